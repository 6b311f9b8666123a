import type { ArticleInput } from '../../domain/index.js';
import { compactInput } from './fields.js';

const MAX_TITLE = 300;

/**
 * A `.txt` article: the first non-empty line is the title when it is short and more text follows.
 * The text is the file as written (title included), so evidence offsets point into the file.
 */
export function parseText(content: string): ArticleInput {
  const text = content.replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  const firstIndex = lines.findIndex((l) => l.trim() !== '');
  const first = firstIndex >= 0 ? (lines[firstIndex] ?? '').trim() : '';
  const more = lines.slice(firstIndex + 1).some((l) => l.trim() !== '');
  const title = first.length > 0 && first.length <= MAX_TITLE && more ? first : null;
  return compactInput({ title }, text);
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const KEYS: Readonly<Record<string, keyof ArticleInput>> = {
  id: 'id',
  title: 'title',
  url: 'url',
  link: 'url',
  source: 'source',
  date: 'published',
  published: 'published',
};

/**
 * A `.md` article: optional front matter (`---` block of `key: value` lines: id, title, url,
 * source, date/published), title from it or from the first `# heading`, text without the front
 * matter.
 */
export function parseMarkdown(content: string): ArticleInput {
  let text = content.replace(/^\uFEFF/, '');
  const fields: { -readonly [K in keyof ArticleInput]?: string } = {};
  const front = FRONT_MATTER.exec(text);
  if (front) {
    for (const line of (front[1] ?? '').split(/\r?\n/)) {
      const kv = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
      const key = kv?.[1] ? KEYS[kv[1].toLowerCase()] : undefined;
      if (key && kv?.[2] !== undefined) fields[key] = kv[2].trim().replace(/^(["'])(.*)\1$/, '$2');
    }
    text = text.slice(front[0].length);
  }
  if (!fields.title) {
    const heading = /^#\s+(.+?)\s*#*\s*$/m.exec(text);
    if (heading?.[1]) fields.title = heading[1];
  }
  return compactInput(fields, text);
}
