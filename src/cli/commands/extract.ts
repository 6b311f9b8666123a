import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import type { Article, ArticleInput } from '../../domain/index.js';
import { AppError, isAppError } from '../../errors.js';
import { createExtractor, toArticle, type Extractor } from '../../extract/index.js';
import { formatOfPath, parseHtmlPage, parseMarkdown, parseText } from '../../ingest/loaders/index.js';

interface ExtractCommandOptions {
  readonly jsonl?: boolean;
  readonly lexicon: string[];
  readonly minConfidence?: string;
  readonly compact?: boolean;
}

function parseMinConfidence(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new AppError('INVALID_INPUT', `--min-confidence must be a number from 0 to 1, got "${raw}"`);
  return value;
}

function parseArticleJson(raw: string, where: string): ArticleInput {
  let value: unknown;
  try {
    value = JSON.parse(raw) as unknown;
  } catch (cause) {
    throw new AppError('INVALID_ARTICLE', `${where}: not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AppError('INVALID_ARTICLE', `${where}: an article must be a JSON object with a "text" field`);
  }
  return value as ArticleInput;
}

export async function readArticleFile(file: string): Promise<ArticleInput> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (cause) {
    throw new AppError('INVALID_INPUT', `cannot read ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  // Read as `kg ingest` reads the file, so the id and the offsets are the ones stored.
  switch (formatOfPath(file)) {
    case 'json':
      return parseArticleJson(raw, file);
    case 'markdown':
      return parseMarkdown(raw);
    case 'html':
      return parseHtmlPage(raw);
    case 'jsonl':
      throw new AppError('INVALID_INPUT', `${file} holds several articles: use "kg extract --jsonl < ${file}"`);
    case 'feed':
      throw new AppError('INVALID_INPUT', `${file} is a feed of several articles: use "kg ingest --dry-run ${file}"`);
    default:
      return parseText(raw);
  }
}

/** An article that cannot be extracted is reported with the file it came from. */
export function articleOf(input: ArticleInput, file: string, maxTextBytes: number): Article {
  try {
    return toArticle(input, { maxTextBytes });
  } catch (error) {
    if (isAppError(error)) throw new AppError(error.code, `${file}: ${error.message}`, { cause: error });
    throw error;
  }
}

/** Reads one article JSON per line from stdin and prints one result (or error) line per input line, in order. */
async function extractLines(extractor: Extractor, maxTextBytes: number, minConfidence: number | undefined): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let failed = 0;
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let id: string | null = null;
    try {
      const input = parseArticleJson(line, `line ${lineNo}`);
      if (typeof input.id === 'string') id = input.id;
      const article = toArticle(input, { maxTextBytes });
      id = article.id;
      const result = extractor.extract(article, minConfidence === undefined ? undefined : { minConfidence });
      process.stdout.write(`${JSON.stringify(result)}\n`);
    } catch (error) {
      failed++;
      const message = isAppError(error) ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
      const where = `line ${lineNo}: `;
      process.stdout.write(`${JSON.stringify({ id, line: lineNo, error: message.startsWith(where) ? message : where + message })}\n`);
    }
  }
  return failed;
}

/**
 * `kg extract FILE` prints the actors and relations of one article (`.txt`/`.md` text, or
 * `.json` `{id?, title?, url?, source?, published?, text}`); `kg extract --jsonl` reads one
 * article JSON per line on stdin and writes one result per line, in order, with an error line
 * for a bad input line, and exits non-zero at the end if any line failed.
 */
export function register(program: Command): void {
  program
    .command('extract')
    .description('Extract actors and relations from an article (or from JSON lines on stdin)')
    .argument('[file]', 'article file: .txt or .md text, or .json {id?, title?, url?, source?, published?, text}')
    .option('--jsonl', 'read one article JSON per line from stdin, write one result per line')
    .option('--lexicon <file>', 'extra lexicon JSON file (repeatable; adds to KG_LEXICON)', (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option('--min-confidence <n>', 'drop relations below this confidence (default 0.4)')
    .option('--compact', 'print the single-file result on one line')
    .action(async (file: string | undefined, options: ExtractCommandOptions) => {
      const minConfidence = parseMinConfidence(options.minConfidence);
      if (options.jsonl && file) throw new AppError('INVALID_INPUT', 'give either a FILE or --jsonl (stdin), not both');
      if (!options.jsonl && !file) throw new AppError('INVALID_INPUT', 'give an article FILE, or --jsonl to read JSON lines from stdin');
      const config = loadConfig();
      const extractor = createExtractor({ lexiconFiles: [...config.extract.lexiconFiles, ...options.lexicon] });
      const maxTextBytes = config.ingest.maxArticleBytes;
      if (options.jsonl) {
        const failed = await extractLines(extractor, maxTextBytes, minConfidence);
        if (failed > 0) {
          process.stderr.write(`kg: ${failed} article(s) failed\n`);
          process.exitCode = 2;
        }
        return;
      }
      const article = articleOf(await readArticleFile(file as string), file as string, maxTextBytes);
      const result = extractor.extract(article, minConfidence === undefined ? undefined : { minConfidence });
      process.stdout.write(`${JSON.stringify(result, null, options.compact ? undefined : 2)}\n`);
    });
}
