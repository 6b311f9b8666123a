import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { LoadedItem } from '../types.js';
import { recordToInput } from './fields.js';

function item(origin: string, value: unknown): LoadedItem {
  const input = recordToInput(value);
  return typeof input === 'string' ? { ok: false, origin, reason: input } : { ok: true, origin, input };
}

function parseError(error: unknown): string {
  return `invalid JSON: ${error instanceof Error ? error.message : String(error)}`;
}

/** A `.json` document: one article object, or an array of them (`origin#i` per element). */
export function parseJsonDocument(content: string, origin: string): LoadedItem[] {
  let value: unknown;
  try {
    value = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    return [{ ok: false, origin, reason: parseError(error) }];
  }
  if (Array.isArray(value)) return value.map((v, i) => item(`${origin}#${i}`, v));
  return [item(origin, value)];
}

/** One JSONL line (1-based `line`); blank lines give nothing. */
export function parseJsonLine(line: string, origin: string, lineNumber: number): LoadedItem | null {
  if (line.trim() === '') return null;
  const where = `${origin}:${lineNumber}`;
  try {
    return item(where, JSON.parse(line));
  } catch (error) {
    return { ok: false, origin: where, reason: parseError(error) };
  }
}

/** JSONL held in memory (an HTTP body, standard input already read). */
export function parseJsonLines(content: string, origin: string): LoadedItem[] {
  const items: LoadedItem[] = [];
  content
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      const parsed = parseJsonLine(line, origin, i + 1);
      if (parsed) items.push(parsed);
    });
  return items;
}

/** A `.jsonl` file or stream, line by line: never more than one line in memory. */
export async function* streamJsonLines(input: Readable | string, origin: string): AsyncGenerator<LoadedItem> {
  const stream = typeof input === 'string' ? createReadStream(input, { encoding: 'utf8' }) : input;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  let items = 0;
  for await (const line of lines) {
    lineNumber += 1;
    const parsed = parseJsonLine(lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line, origin, lineNumber);
    if (parsed) {
      items += 1;
      yield parsed;
    }
  }
  // An empty file is reported, not silently counted as nothing to do.
  if (items === 0) yield { ok: false, origin, reason: 'empty: no JSON lines' };
}
