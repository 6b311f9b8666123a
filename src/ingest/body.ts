import { parseJsonDocument, parseJsonLines } from './loaders/json.js';
import type { LoadedItem } from './types.js';

/**
 * Parses a `POST /ingest` body into items for `ingestMany`: JSON (one article object or an array,
 * origins `body`, `body#3`) or JSONL (one article per line, origins `body:12`), chosen by the
 * content type (`application/x-ndjson`, `application/jsonl`, `application/json-lines` → JSONL;
 * otherwise JSON, unless the body is several `{…}` lines). Bad lines or elements become failed
 * items; the rest still load. Never throws.
 */
export function parseIngestBody(body: string, contentType?: string | null): LoadedItem[] {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (/ndjson|jsonl|json-lines|jsonlines/.test(type)) return parseJsonLines(body, 'body');
  const trimmed = body.trim();
  if (trimmed === '') return [{ ok: false, origin: 'body', reason: 'empty body' }];
  const single = parseJsonDocument(trimmed, 'body');
  const onlyItem = single[0];
  if (single.length === 1 && onlyItem && !onlyItem.ok && onlyItem.reason.startsWith('invalid JSON') && /\}\s*\r?\n\s*\{/.test(trimmed)) {
    return parseJsonLines(body, 'body');
  }
  return single;
}
