import { ACTOR_TYPE_COLORS, RELATION_TYPE_COLORS, rgb } from './palette.js';
import type { ExportSlice } from './types.js';
import { buildXml, xmlAttr, type XmlElement } from './xml.js';

function attvalues(values: Record<string, string | number | null>): XmlElement[] {
  const list = Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== null)
    .map(([key, value]) => ({ '@_for': key, '@_value': typeof value === 'string' ? xmlAttr(value) : value }));
  return list.length === 0 ? [] : [{ attvalue: list }];
}

/** Present only when known: a dynamic element without start/end exists for the whole timeline. */
function interval(start: string | null, end: string | null): Record<string, string> {
  return { ...(start === null ? {} : { '@_start': start }), ...(end === null ? {} : { '@_end': end }) };
}

/**
 * GEXF 1.3 in dynamic mode (`timeformat="date"`): each edge lives from its first to its last
 * evidence date and each node over the span of its edges, so Gephi's timeline replays the
 * relations. Edges carry weight = distinct articles, `kind` = relation type (GEXF 1.3's field for
 * parallel edges of different kinds) and the explorer's colours in the `viz` namespace.
 */
export function renderGexf(slice: ExportSlice): string {
  return buildXml({
    gexf: {
      '@_xmlns': 'http://gexf.net/1.3',
      '@_xmlns:viz': 'http://gexf.net/1.3/viz',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
      '@_version': '1.3',
      meta: {
        creator: 'news-kg',
        description: 'Actors and relations extracted from news articles; edge weight = distinct articles.',
      },
      graph: {
        '@_defaultedgetype': 'directed',
        '@_mode': 'dynamic',
        '@_timeformat': 'date',
        '@_timerepresentation': 'interval',
        attributes: [
          {
            '@_class': 'node',
            '@_mode': 'static',
            attribute: [
              { '@_id': 'type', '@_title': 'type', '@_type': 'string' },
              { '@_id': 'affiliation', '@_title': 'affiliation', '@_type': 'string' },
            ],
          },
          {
            '@_class': 'edge',
            '@_mode': 'static',
            attribute: [
              { '@_id': 'type', '@_title': 'type', '@_type': 'string' },
              { '@_id': 'count', '@_title': 'count', '@_type': 'integer' },
              { '@_id': 'confidence', '@_title': 'confidence', '@_type': 'double' },
              { '@_id': 'goldstein', '@_title': 'goldstein', '@_type': 'double' },
              { '@_id': 'cameo', '@_title': 'cameo', '@_type': 'string' },
              { '@_id': 'firstSeen', '@_title': 'firstSeen', '@_type': 'string' },
              { '@_id': 'lastSeen', '@_title': 'lastSeen', '@_type': 'string' },
            ],
          },
        ],
        nodes: {
          node: slice.nodes.map((n) => ({
            '@_id': xmlAttr(n.id),
            '@_label': xmlAttr(n.label),
            ...interval(n.start, n.end),
            attvalues: attvalues({ type: n.type, affiliation: n.affiliation }),
            'viz:color': { ...prefixed(rgb(ACTOR_TYPE_COLORS[n.type])) },
          })),
        },
        edges: {
          edge: slice.edges.map((e) => ({
            '@_id': xmlAttr(e.id),
            '@_source': xmlAttr(e.source),
            '@_target': xmlAttr(e.target),
            '@_label': e.type,
            '@_kind': e.type,
            '@_weight': e.weight,
            ...interval(e.firstSeen, e.lastSeen),
            attvalues: attvalues({
              type: e.type,
              count: e.count,
              confidence: e.confidence,
              goldstein: e.goldstein,
              cameo: e.cameo,
              firstSeen: e.firstSeen,
              lastSeen: e.lastSeen,
            }),
            'viz:color': { ...prefixed(rgb(RELATION_TYPE_COLORS[e.type])) },
          })),
        },
      },
    },
  });
}

function prefixed(channels: { r: number; g: number; b: number }): Record<string, number> {
  return { '@_r': channels.r, '@_g': channels.g, '@_b': channels.b };
}
