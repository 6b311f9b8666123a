import { XMLParser } from 'fast-xml-parser';
import type { LoadedItem } from '../types.js';
import { compactInput, lenientDate } from './fields.js';
import { htmlToText } from './html-to-text.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // Keep every value a string: "2025" in a title must not become a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

type Node = Record<string, unknown>;

/** The text of an element that may carry attributes (`{'#text': …, '@_type': 'html'}`). */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object' && value !== null) return text((value as Node)['#text']);
  return undefined;
}

/** RSS `<link>` is text; Atom `<link href rel>` prefers rel="alternate" (or no rel). */
function link(value: unknown): string | undefined {
  const links = Array.isArray(value) ? value : value === undefined ? [] : [value];
  let fallback: string | undefined;
  for (const l of links) {
    if (typeof l === 'string') return l.trim();
    if (typeof l === 'object' && l !== null) {
      const node = l as Node;
      const href = typeof node['@_href'] === 'string' ? node['@_href'] : text(node);
      const rel = node['@_rel'];
      if (href && (rel === undefined || rel === 'alternate')) return href.trim();
      fallback ??= href?.trim();
    }
  }
  return fallback;
}

function entryToItem(entry: Node, origin: string, channelTitle: string | undefined): LoadedItem {
  const body =
    text(entry['content:encoded']) ?? text(entry['content']) ?? text(entry['description']) ?? text(entry['summary']) ?? '';
  const url = link(entry['link']) ?? (text(entry['guid'])?.startsWith('http') ? text(entry['guid']) : undefined);
  const input = compactInput(
    {
      title: text(entry['title']) ? htmlToText(text(entry['title']) ?? '') : undefined,
      url,
      source: channelTitle,
      published: lenientDate(
        text(entry['pubDate']) ?? text(entry['published']) ?? text(entry['updated']) ?? text(entry['dc:date']),
      ),
    },
    htmlToText(body),
  );
  return { ok: true, origin, input };
}

/** True when the XML looks like an RSS, RDF or Atom feed. */
export function looksLikeFeed(content: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(content.slice(0, 4096));
}

/**
 * An RSS 2.0, RSS 1.0 (RDF) or Atom feed: each item is an article (`origin#i`). Text from
 * `content:encoded`, `content`, `description` or `summary`, stripped of HTML; date from `pubDate`,
 * `published`, `updated` or `dc:date`; source from the channel title.
 */
export function parseFeed(content: string, origin: string): LoadedItem[] {
  let doc: Node;
  try {
    doc = parser.parse(content) as Node;
  } catch (error) {
    return [{ ok: false, origin, reason: `invalid XML: ${error instanceof Error ? error.message : String(error)}` }];
  }
  const rss = doc['rss'] as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc['feed'] as Node | undefined;
  let entries: unknown;
  let channelTitle: string | undefined;
  if (rss) {
    const channel = (Array.isArray(rss['channel']) ? rss['channel'][0] : rss['channel']) as Node | undefined;
    entries = channel?.['item'];
    channelTitle = text(channel?.['title']);
  } else if (rdf) {
    entries = rdf['item'];
    channelTitle = text((rdf['channel'] as Node | undefined)?.['title']);
  } else if (atom) {
    entries = atom['entry'];
    channelTitle = text(atom['title']);
  } else {
    return [{ ok: false, origin, reason: 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)' }];
  }
  const list = Array.isArray(entries) ? (entries as Node[]) : [];
  return list.map((entry, i) => entryToItem(entry, `${origin}#${i}`, channelTitle?.trim()));
}
