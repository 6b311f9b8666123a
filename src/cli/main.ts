import { Command, CommanderError } from 'commander';
import { AppError, isAppError, type ErrorCode, UnreachableCaseError } from '../errors.js';

/**
 * The `kg` command. Each sub-command lives in `commands/<name>.ts` and exports
 * `register(program)`; this file only wires them and owns the one top-level catch.
 */
type Register = (program: Command) => void;
const commandModules: ReadonlyArray<() => Promise<{ register: Register }>> = [
  // Sub-commands register here, one line each.
  () => import('./commands/db.js'),
  () => import('./commands/export.js'),
  () => import('./commands/extract.js'),
  () => import('./commands/ingest.js'),
  () => import('./commands/serve.js'),
  () => import('./commands/start.js'),
];

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'INVALID_ARTICLE':
    case 'INVALID_INPUT':
    case 'CONFIG':
      return 2;
    case 'NOT_FOUND':
      return 3;
    case 'CONFLICT':
      return 4;
    case 'DATABASE_UNAVAILABLE':
      return 5;
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
      return 6;
    case 'INTERNAL':
      return 1;
    default:
      throw new UnreachableCaseError(code);
  }
}

/**
 * A usage error (unknown option or command, missing argument) is one line on stderr, like every
 * other error of `kg`, naming the help that lists what is accepted.
 */
export function usageErrorLine(message: string, commandPath: string): string {
  const text = message.trim().replace(/^error:\s*/, '');
  return `kg: ${text} (see "${commandPath} --help")\n`;
}

function oneLineUsageErrors(command: Command, path: string): void {
  command.showHelpAfterError(false).configureOutput({ outputError: (message, write) => write(usageErrorLine(message, path)) });
  for (const sub of command.commands) oneLineUsageErrors(sub, `${path} ${sub.name()}`);
}

async function main(argv: string[]): Promise<void> {
  const program = new Command('kg').description('Knowledge graph of actors and relations from news').exitOverride();
  for (const load of commandModules) (await load()).register(program);
  oneLineUsageErrors(program, 'kg');
  await program.parseAsync(argv);
}

// Output piped into a reader that stops early (`kg export … | head`) is not an error of kg.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
    return;
  }
  if (isAppError(error)) {
    process.stderr.write(`kg: ${error.message}\n`);
    process.exitCode = exitCodeFor(error.code);
    return;
  }
  const wrapped = new AppError('INTERNAL', error instanceof Error ? error.message : String(error));
  process.stderr.write(`kg: unexpected error: ${wrapped.message}\n`);
  if (process.env['KG_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
  process.exitCode = 1;
});
