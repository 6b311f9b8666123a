import cytoscape from 'cytoscape';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderExport, type ExportSlice } from '../../../src/export/index.js';
import { SLICE } from './fixture.js';

type XmlNode = Record<string, unknown>;

// Every element that can repeat is an array, so one-element documents parse like big ones.
const REPEATED = new Set(['key', 'node', 'edge', 'data', 'attributes', 'attribute', 'attvalue']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && REPEATED.has(name),
});

function parseXml(body: string): XmlNode {
  // The validator reports malformed XML (bad escaping, unclosed tags) that a lenient parse would skip.
  expect(XMLValidator.validate(body)).toBe(true);
  return parser.parse(body) as XmlNode;
}

function list(value: unknown): XmlNode[] {
  return (value ?? []) as XmlNode[];
}

function child(value: unknown, name: string): XmlNode {
  return (value as XmlNode)[name] as XmlNode;
}

const EMPTY: ExportSlice = { nodes: [], edges: [] };

describe('GraphML', () => {
  const file = renderExport(SLICE, 'graphml');
  const doc = child(parseXml(file.body), 'graphml');
  const graph = child(doc, 'graph');

  it('declares every key once, for nodes and edges', () => {
    const keys = list(doc['key']);
    expect(new Set(keys.map((k) => k['id'])).size).toBe(keys.length);
    expect(keys.filter((k) => k['for'] === 'node').map((k) => k['attr.name'])).toEqual(['label', 'type', 'affiliation']);
    expect(keys.find((k) => k['attr.name'] === 'weight')).toMatchObject({ for: 'edge', 'attr.type': 'double' });
  });

  it('holds every node and edge, directed, with labels and types unharmed', () => {
    expect(graph['edgedefault']).toBe('directed');
    const nodes = list(graph['node']);
    const edges = list(graph['edge']);
    expect(nodes).toHaveLength(4);
    expect(edges).toHaveLength(5);
    const keyOf = new Map(list(doc['key']).map((k) => [k['id'], k['attr.name']]));
    const dataOf = (el: XmlNode): Record<string, string> =>
      Object.fromEntries(list(el['data']).map((d) => [keyOf.get(d['key']), String(d['#text'])]));
    const pakistan = nodes.find((n) => n['id'] === 'pakistan');
    // The control character is dropped, the XML specials survive the round trip.
    expect(dataOf(pakistan!)).toEqual({ label: 'Pakistan & <Friends>', type: 'COUNTRY' });
    expect(dataOf(nodes.find((n) => n['id'] === 'khawaja-asif')!)['label']).toBe('Khawaja "K" Asif, Minister');
    const accuses = edges.find((e) => e['id'] === 'pakistan|ACCUSES|afghan-taliban')!;
    expect(accuses).toMatchObject({ source: 'pakistan', target: 'afghan-taliban' });
    expect(dataOf(accuses)).toMatchObject({ type: 'ACCUSES', label: 'ACCUSES', weight: '4', count: '5', firstSeen: '2025-10-25', lastSeen: '2025-10-30' });
    // A zero is a value, not an empty element.
    expect(dataOf(edges.find((e) => e['id'] === 'pakistan|NEGOTIATES_WITH|afghan-taliban')!)['confidence']).toBe('0');
    // Unknown dates are absent, not empty strings.
    expect(dataOf(edges.find((e) => e['id'] === 'turkey|MEDIATES|pakistan')!)).not.toHaveProperty('firstSeen');
  });

  it('every edge end is a declared node', () => {
    const ids = new Set(list(graph['node']).map((n) => n['id']));
    for (const edge of list(graph['edge'])) {
      expect(ids.has(edge['source'])).toBe(true);
      expect(ids.has(edge['target'])).toBe(true);
    }
  });

  it('an empty slice is still a valid document', () => {
    const empty = child(parseXml(renderExport(EMPTY, 'graphml').body), 'graphml');
    expect(list(child(empty, 'graph')['node'])).toHaveLength(0);
  });
});

describe('GEXF 1.3', () => {
  const file = renderExport(SLICE, 'gexf');
  const doc = child(parseXml(file.body), 'gexf');
  const graph = child(doc, 'graph');

  it('is a dynamic, directed GEXF 1.3 graph with declared attributes', () => {
    expect(doc).toMatchObject({ xmlns: 'http://gexf.net/1.3', version: '1.3' });
    expect(graph).toMatchObject({ defaultedgetype: 'directed', mode: 'dynamic', timeformat: 'date' });
    const classes = list(graph['attributes']).map((a) => [a['class'], list(a['attribute']).map((x) => x['id'])]);
    expect(classes).toEqual([
      ['node', ['type', 'affiliation']],
      ['edge', ['type', 'count', 'confidence', 'goldstein', 'cameo', 'firstSeen', 'lastSeen']],
    ]);
  });

  it('nodes carry label, type and their time span; edges weight, kind and first/last seen', () => {
    const nodes = list(child(graph['nodes'], 'node') as unknown);
    const edges = list(child(graph['edges'], 'edge') as unknown);
    expect(nodes).toHaveLength(4);
    expect(edges).toHaveLength(5);
    const values = (el: XmlNode): Record<string, string> =>
      Object.fromEntries(list(child(el, 'attvalues')?.['attvalue']).map((v) => [v['for'], String(v['value'])]));
    const pakistan = nodes.find((n) => n['id'] === 'pakistan')!;
    expect(pakistan).toMatchObject({ label: 'Pakistan & <Friends>', start: '2025-10-25', end: '2025-10-30' });
    expect(values(pakistan)).toEqual({ type: 'COUNTRY' });
    expect(child(pakistan, 'viz:color')).toEqual({ r: '43', g: '108', b: '176' });
    const turkey = nodes.find((n) => n['id'] === 'turkey')!;
    expect(turkey['label']).toBe('=Türkiye Republic');
    expect(turkey).not.toHaveProperty('start');
    const accuses = edges.find((e) => e['id'] === 'pakistan|ACCUSES|afghan-taliban')!;
    expect(accuses).toMatchObject({ source: 'pakistan', target: 'afghan-taliban', kind: 'ACCUSES', weight: '4', start: '2025-10-25', end: '2025-10-30' });
    expect(values(accuses)).toMatchObject({ type: 'ACCUSES', count: '5', confidence: '0.9', firstSeen: '2025-10-25' });
  });
});

describe('Cytoscape.js JSON', () => {
  it('loads headless in cytoscape with every node and edge connected', () => {
    const parsed = JSON.parse(renderExport(SLICE, 'cytoscape').body) as { elements: cytoscape.ElementsDefinition };
    const cy = cytoscape({ headless: true, elements: parsed.elements });
    expect(cy.nodes()).toHaveLength(4);
    expect(cy.edges()).toHaveLength(5);
    const pakistan = cy.getElementById('a:pakistan');
    expect(pakistan.data('type')).toBe('COUNTRY');
    expect(pakistan.outgoers('edge').map((e) => String(e.data('type'))).sort()).toEqual(['ACCUSES', 'NEGOTIATES_WITH']);
    expect(cy.getElementById('r:pakistan|ACCUSES|afghan-taliban').data('weight')).toBe(4);
    cy.destroy();
  });
});

describe('CSV', () => {
  const read = (body: string): Record<string, string>[] =>
    parseCsv(body, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

  it('nodes.csv has one row per node, with quoting that survives commas, quotes and newlines', () => {
    const file = renderExport(SLICE, 'csv', { part: 'nodes' });
    expect(file.filename).toBe('nodes.csv');
    const rows = read(file.body);
    expect(rows.map((r) => r['Id'])).toEqual(['afghan-taliban', 'khawaja-asif', 'pakistan', 'turkey']);
    expect(rows[1]).toEqual({ Id: 'khawaja-asif', Label: 'Khawaja "K" Asif, Minister', ActorType: 'PERSON', Affiliation: 'pakistan' });
    // A formula-looking name is defused for spreadsheets; the newline is kept inside the field.
    expect(rows[3]?.['Label']).toBe("'=Türkiye\nRepublic");
  });

  it('edges.csv uses the Gephi columns and keeps numbers as numbers', () => {
    const file = renderExport(SLICE, 'csv', { part: 'edges' });
    const rows = read(file.body);
    expect(rows).toHaveLength(5);
    expect(rows[2]).toMatchObject({
      Source: 'pakistan', Target: 'afghan-taliban', Type: 'Directed', Relation: 'ACCUSES', Weight: '4', Goldstein: '-2', FirstSeen: '2025-10-25',
    });
    expect(rows[4]).toMatchObject({ Relation: 'MEDIATES', FirstSeen: '', LastSeen: '' });
  });
});

describe('renderExport', () => {
  it('is deterministic and names each format', () => {
    for (const format of ['graphml', 'gexf', 'cytoscape', 'csv'] as const) {
      const a = renderExport(SLICE, format);
      expect(renderExport(SLICE, format).body).toBe(a.body);
      expect(a.contentType).toMatch(/charset=utf-8$/);
    }
    expect(renderExport(SLICE, 'gexf').filename).toBe('news-kg.gexf');
  });
});
