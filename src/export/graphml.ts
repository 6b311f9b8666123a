import type { ExportSlice } from './types.js';
import { buildXml, xmlAttr, xmlSafe, type XmlElement } from './xml.js';

interface KeySpec {
  readonly id: string;
  readonly for: 'node' | 'edge';
  readonly name: string;
  readonly type: 'string' | 'int' | 'double';
}

// Key ids are unique in the document; the attribute names are what Gephi, yEd and NetworkX show.
// Gephi maps the `label` and `weight` names onto its own label and weight columns.
const KEYS: readonly KeySpec[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'type', for: 'node', name: 'type', type: 'string' },
  { id: 'affiliation', for: 'node', name: 'affiliation', type: 'string' },
  { id: 'edgelabel', for: 'edge', name: 'label', type: 'string' },
  { id: 'relationType', for: 'edge', name: 'type', type: 'string' },
  { id: 'weight', for: 'edge', name: 'weight', type: 'double' },
  { id: 'count', for: 'edge', name: 'count', type: 'int' },
  { id: 'confidence', for: 'edge', name: 'confidence', type: 'double' },
  { id: 'goldstein', for: 'edge', name: 'goldstein', type: 'double' },
  { id: 'cameo', for: 'edge', name: 'cameo', type: 'string' },
  { id: 'firstSeen', for: 'edge', name: 'firstSeen', type: 'string' },
  { id: 'lastSeen', for: 'edge', name: 'lastSeen', type: 'string' },
];

function data(key: string, value: string | number | null): XmlElement[] {
  // GraphML has no null: an absent <data> element is the missing value.
  if (value === null) return [];
  return [{ '@_key': key, '#text': typeof value === 'string' ? xmlSafe(value) : value }];
}

/**
 * GraphML 1.0, directed: nodes carry label, type and affiliation; edges carry the relation type
 * (also as label), weight = distinct articles, count, confidence, Goldstein value, CAMEO code
 * and first/last seen. Parallel edges of different types between two actors are kept.
 */
export function renderGraphml(slice: ExportSlice): string {
  return buildXml({
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation':
        'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
      key: KEYS.map((k) => ({ '@_id': k.id, '@_for': k.for, '@_attr.name': k.name, '@_attr.type': k.type })),
      graph: {
        '@_id': 'news-kg',
        '@_edgedefault': 'directed',
        node: slice.nodes.map((n) => ({
          '@_id': xmlAttr(n.id),
          data: [...data('label', n.label), ...data('type', n.type), ...data('affiliation', n.affiliation)],
        })),
        edge: slice.edges.map((e) => ({
          '@_id': xmlAttr(e.id),
          '@_source': xmlAttr(e.source),
          '@_target': xmlAttr(e.target),
          data: [
            ...data('edgelabel', e.type),
            ...data('relationType', e.type),
            ...data('weight', e.weight),
            ...data('count', e.count),
            ...data('confidence', e.confidence),
            ...data('goldstein', e.goldstein),
            ...data('cameo', e.cameo),
            ...data('firstSeen', e.firstSeen),
            ...data('lastSeen', e.lastSeen),
          ],
        })),
      },
    },
  });
}
