#!/usr/bin/env node
// Entry point of the `kg` command. Builds the TypeScript sources on first use, and again when a
// source file is newer than the build (after a `git pull`), so a clone never runs stale code and
// never needs a manual build step.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'dist', 'cli', 'main.js');

/** Newest modification time under `dir` (0 when it does not exist, as in a published package). */
function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const dirent of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, dirent.name);
    const mtime = dirent.isDirectory() ? newestMtime(file) : statSync(file).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

if (!existsSync(entry) || newestMtime(join(root, 'src')) > statSync(entry).mtimeMs) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', process.stderr, 'inherit'] });
  if (build.status !== 0) {
    console.error('kg: the TypeScript build failed; run "npm run build" to see why.');
    process.exit(1);
  }
}
await import('./../dist/cli/main.js');
