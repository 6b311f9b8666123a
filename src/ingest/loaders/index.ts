import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import fg from 'fast-glob';
import type { LoadedItem } from '../types.js';
import { looksLikeFeed, parseFeed } from './feed.js';
import { parseHtmlPage } from './html.js';
import { parseJsonDocument, parseJsonLines, streamJsonLines } from './json.js';
import { parseMarkdown, parseText } from './text.js';

export { htmlToText } from './html-to-text.js';
export { parseFeed } from './feed.js';
export { parseHtmlPage } from './html.js';
export { parseJsonDocument, parseJsonLines } from './json.js';
export { parseMarkdown, parseText } from './text.js';

export const SOURCE_FORMATS = ['text', 'markdown', 'json', 'jsonl', 'html', 'feed'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

const EXTENSIONS: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
};

/** The format a file name implies, null when the extension is not supported. */
export function formatOfPath(path: string): SourceFormat | null {
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

/** The format of content without a file name (standard input): by its first characters. */
export function sniffFormat(content: string): SourceFormat {
  const head = content.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    // One object over several lines is JSON; several objects one per line are JSONL.
    const lines = head.split(/\r?\n/).filter((l) => l.trim() !== '');
    return lines.length > 1 && lines.every((l) => l.trim().startsWith('{') && l.trim().endsWith('}')) ? 'jsonl' : 'json';
  }
  if (head.startsWith('<')) return looksLikeFeed(head) ? 'feed' : 'html';
  if (head.startsWith('---') || head.startsWith('# ')) return 'markdown';
  return 'text';
}

/** Articles of a document held in memory, in the given format. Never throws: errors are items. */
export function parseDocument(content: string, origin: string, format: SourceFormat): LoadedItem[] {
  try {
    switch (format) {
      case 'text':
        return [{ ok: true, origin, input: parseText(content) }];
      case 'markdown':
        return [{ ok: true, origin, input: parseMarkdown(content) }];
      case 'json':
        return parseJsonDocument(content, origin);
      case 'jsonl':
        return parseJsonLines(content, origin);
      case 'html':
        return [{ ok: true, origin, input: parseHtmlPage(content) }];
      case 'feed':
        return parseFeed(content, origin);
    }
  } catch (error) {
    return [{ ok: false, origin, reason: `could not read ${format}: ${error instanceof Error ? error.message : String(error)}` }];
  }
}

const DIRECTORY_PATTERN = `**/*.{${Object.keys(EXTENSIONS)
  .map((e) => e.slice(1))
  .join(',')}}`;

export interface ExpandedPaths {
  /** Files to read, in a deterministic order (each argument's matches sorted, first occurrence wins). */
  readonly files: string[];
  /** True when `-` (standard input) was among the arguments. */
  readonly stdin: boolean;
  /** Arguments that matched nothing, with the reason. */
  readonly missing: Array<{ origin: string; reason: string }>;
}

/**
 * Expands `kg ingest` arguments: `-` is standard input, a file is itself, a folder is every
 * supported file below it (hidden files and node_modules skipped), anything else is a glob.
 */
export async function expandPaths(args: readonly string[]): Promise<ExpandedPaths> {
  const files: string[] = [];
  const seen = new Set<string>();
  const missing: Array<{ origin: string; reason: string }> = [];
  let stdin = false;
  const add = (path: string): void => {
    if (!seen.has(path)) {
      seen.add(path);
      files.push(path);
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      stdin = true;
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (info?.isFile()) {
      add(arg);
    } else if (info?.isDirectory()) {
      const found = await fg(DIRECTORY_PATTERN, { cwd: arg, caseSensitiveMatch: false, ignore: ['**/node_modules/**'] });
      for (const f of found.sort()) add(`${arg.replace(/\/+$/, '')}/${f}`);
    } else {
      const found = fg.isDynamicPattern(arg) ? await fg(arg, { onlyFiles: true, ignore: ['**/node_modules/**'] }) : [];
      if (found.length === 0) missing.push({ origin: arg, reason: fg.isDynamicPattern(arg) ? 'no file matches' : 'no such file or folder' });
      for (const f of found.sort()) add(f);
    }
  }
  return { files, stdin, missing };
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decodeUtf8(Buffer.concat(chunks));
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes UTF-8 or throws: a lenient decode would turn a binary or Latin-1 file into text full of
 * U+FFFD and store it as an article.
 */
function decodeUtf8(bytes: Buffer): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text (a binary file, or another encoding)');
  }
}

/** Articles of one file, streamed for JSONL, parsed whole otherwise. */
export async function* loadFile(path: string, format: SourceFormat | null = formatOfPath(path)): AsyncGenerator<LoadedItem> {
  if (format === null) {
    yield { ok: false, origin: path, reason: `unsupported file type "${extname(path) || path}"` };
    return;
  }
  try {
    if (format === 'jsonl') {
      yield* streamJsonLines(path, path);
      return;
    }
    const content = decodeUtf8(await readFile(path));
    if (format === 'feed' && !looksLikeFeed(content)) {
      yield { ok: false, origin: path, reason: 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)' };
      return;
    }
    yield* parseDocument(content, path, format);
  } catch (error) {
    yield { ok: false, origin: path, reason: `cannot read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export interface LoadOptions {
  /** Standard input, read when `-` is among the paths (default `process.stdin`). */
  readonly stdin?: Readable;
  /** Forces the format of standard input (default: sniffed from its content). */
  readonly stdinFormat?: SourceFormat;
}

/**
 * Every article under the given arguments as a lazy stream: one file read at a time, JSONL line
 * by line, so a folder of 100k articles is never held in memory. Missing paths and unreadable
 * files come out as failed items.
 */
export async function* loadPaths(args: readonly string[], options: LoadOptions = {}): AsyncGenerator<LoadedItem> {
  yield* loadExpanded(await expandPaths(args), options);
}

/** `loadPaths` over arguments already expanded (the CLI expands first to size its progress bar). */
export async function* loadExpanded(expanded: ExpandedPaths, options: LoadOptions = {}): AsyncGenerator<LoadedItem> {
  const { files, stdin, missing } = expanded;
  for (const m of missing) yield { ok: false, origin: m.origin, reason: m.reason };
  for (const file of files) yield* loadFile(file);
  if (stdin) {
    const input = options.stdin ?? process.stdin;
    if (options.stdinFormat === 'jsonl') {
      yield* streamJsonLines(input, 'stdin');
      return;
    }
    let content: string;
    try {
      content = await readAll(input);
    } catch (error) {
      yield { ok: false, origin: 'stdin', reason: `cannot read: ${error instanceof Error ? error.message : String(error)}` };
      return;
    }
    yield* parseDocument(content, 'stdin', options.stdinFormat ?? sniffFormat(content));
  }
}

/**
 * A cheap estimate of how many articles the files hold, for a progress bar: JSONL files count
 * their non-empty lines (a streamed byte scan), every other file counts one.
 */
export async function estimateItems(files: readonly string[]): Promise<number> {
  let total = 0;
  for (const file of files) {
    if (formatOfPath(file) !== 'jsonl') {
      total += 1;
      continue;
    }
    let lines = 0;
    let lineHasContent = false;
    try {
      for await (const chunk of createReadStream(file)) {
        for (const byte of chunk as Buffer) {
          if (byte === 10) {
            if (lineHasContent) lines += 1;
            lineHasContent = false;
          } else if (byte !== 13 && byte !== 32 && byte !== 9) lineHasContent = true;
        }
      }
    } catch {
      // Unreadable: loadFile reports it; count it as one item.
    }
    total += Math.max(1, lines + (lineHasContent ? 1 : 0));
  }
  return total;
}
