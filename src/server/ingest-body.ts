import type { ArticleInput } from '../domain/index.js';
import type { LoadedItem } from '../ingest/index.js';

/**
 * The items of a `POST /ingest` body: a JSON object (one article), a JSON array, or JSON lines.
 * Non-objects become failed items with their position, so the summary names them.
 */
export async function* itemsFromBody(body: unknown, jsonLines: boolean): AsyncGenerator<LoadedItem> {
  if (jsonLines) {
    const lines = typeof body === 'string' ? body.split('\n') : [];
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '') continue;
      const origin = `body:${index + 1}`;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch (error) {
        yield { ok: false, origin, reason: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
        continue;
      }
      yield toItem(parsed, origin);
    }
    return;
  }
  if (Array.isArray(body)) {
    for (const [index, value] of body.entries()) yield toItem(value, `body#${index}`);
    return;
  }
  yield toItem(body, 'body');
}

function toItem(value: unknown, origin: string): LoadedItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, origin, reason: 'an article must be a JSON object with a "text" field' };
  }
  // toArticle validates every field; the cast only hands the object over.
  return { ok: true, origin, input: value as ArticleInput };
}
