import cytoscape from 'cytoscape';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph, NO_FILTERS, parseExportFilters, type ExportFilters } from '../../../src/export/index.js';
import { createDriver, Graph } from '../../../src/graph/graph.js';
import { testDriver, testEndpoint, uniquePrefix } from '../../support/neo4j.js';
import { SEED } from './seed.js';

type XmlNode = Record<string, unknown>;

const REPEATED = new Set(['key', 'node', 'edge', 'data', 'attvalue']);
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && REPEATED.has(name),
});

const p = uniquePrefix('exp');
const PAK = `${p}pakistan`;
const TAL = `${p}afghan-taliban`;
const TUR = `${p}turkey`;

let driver: Driver;
let graph: Graph;


beforeAll(async () => {
  const endpoint = testEndpoint();
  driver = testDriver();
  graph = new Graph(createDriver(endpoint), endpoint, { txTimeoutMs: 30_000 });
  await driver.executeQuery(SEED, { p }, { database: endpoint.database ?? undefined });
});

afterAll(async () => {
  await driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p }, {
    database: testEndpoint().database ?? undefined,
  });
  await graph.close();
  await driver.close();
});

/** This file's part of an export (other files may share the database). */
async function cytoscapeOf(filters: ExportFilters): Promise<cytoscape.Core> {
  const file = await exportGraph(graph, 'cytoscape', filters);
  const { elements } = JSON.parse(file.body) as { elements: cytoscape.ElementsDefinition };
  const own = (id: string | undefined): boolean => (id ?? '').startsWith(`a:${p}`) || (id ?? '').startsWith(`r:${p}`);
  return cytoscape({
    headless: true,
    elements: { nodes: elements.nodes.filter((n) => own(n.data.id)), edges: elements.edges.filter((e) => own(e.data.id)) },
  });
}

function summary(cy: cytoscape.Core): Record<string, unknown> {
  const edges = cy.edges().map((e) => ({
    type: String(e.data('type')),
    weight: Number(e.data('weight')),
    count: Number(e.data('count')),
    firstSeen: e.data('firstSeen') as unknown,
    lastSeen: e.data('lastSeen') as unknown,
  }));
  return {
    nodes: cy.nodes().map((n) => String(n.data('actorId')).slice(p.length)).sort(),
    edges: edges.sort((a, b) => a.type.localeCompare(b.type)),
  };
}

describe('exportGraph on the real graph', () => {
  it('exports live aggregated edges with their ends, leaving retracted edges out', async () => {
    const cy = await cytoscapeOf(NO_FILTERS);
    expect(summary(cy)).toEqual({
      nodes: ['afghan-taliban', 'pakistan', 'turkey'],
      edges: [
        { type: 'ACCUSES', weight: 2, count: 2, firstSeen: '2025-10-25', lastSeen: '2025-10-30' },
        { type: 'DENIES', weight: 1, count: 1, firstSeen: '2025-10-30', lastSeen: '2025-10-30' },
        { type: 'MEDIATES', weight: 1, count: 1, firstSeen: '2025-10-25', lastSeen: '2025-10-25' },
      ],
    });
    expect(cy.getElementById(`a:${TUR}`).data('label')).toBe('Türkiye & "Friends" <mediators>');
  });

  it('keeps only the requested types, and only the actors those edges touch', async () => {
    const cy = await cytoscapeOf(parseExportFilters({ types: 'accuses' }));
    expect(summary(cy)).toMatchObject({ nodes: ['afghan-taliban', 'pakistan'], edges: [{ type: 'ACCUSES', weight: 2 }] });
  });

  it('recomputes weights and first/last seen inside a date window from the evidence', async () => {
    const cy = await cytoscapeOf(parseExportFilters({ since: '2025-10-28' }));
    // The MEDIATES edge only has live evidence on 2025-10-25 (its later mention is retracted).
    expect(summary(cy)).toEqual({
      nodes: ['afghan-taliban', 'pakistan'],
      edges: [
        { type: 'ACCUSES', weight: 1, count: 1, firstSeen: '2025-10-30', lastSeen: '2025-10-30' },
        { type: 'DENIES', weight: 1, count: 1, firstSeen: '2025-10-30', lastSeen: '2025-10-30' },
      ],
    });
    const until = await cytoscapeOf(parseExportFilters({ until: '2025-10-26', types: ['ACCUSES', 'MEDIATES'] }));
    expect(summary(until)['edges']).toEqual([
      { type: 'ACCUSES', weight: 1, count: 1, firstSeen: '2025-10-25', lastSeen: '2025-10-25' },
      { type: 'MEDIATES', weight: 1, count: 1, firstSeen: '2025-10-25', lastSeen: '2025-10-25' },
    ]);
  });

  it('applies the minimum confidence to the mean confidence', async () => {
    const cy = await cytoscapeOf(parseExportFilters({ minConfidence: '0.85' }));
    expect(summary(cy)).toMatchObject({ nodes: ['pakistan', 'turkey'], edges: [{ type: 'MEDIATES' }] });
  });

  it('writes GraphML and GEXF that parse, with every edge end declared as a node', async () => {
    for (const format of ['graphml', 'gexf'] as const) {
      const file = await exportGraph(graph, format, NO_FILTERS);
      expect(XMLValidator.validate(file.body)).toBe(true);
      const doc = xml.parse(file.body) as XmlNode;
      const root = doc[format] as XmlNode;
      const g = root['graph'] as XmlNode;
      const nodes = (format === 'graphml' ? g['node'] : (g['nodes'] as XmlNode)['node']) as XmlNode[];
      const edges = (format === 'graphml' ? g['edge'] : (g['edges'] as XmlNode)['edge']) as XmlNode[];
      const ids = new Set(nodes.map((n) => n['id']));
      for (const edge of edges) expect(ids.has(edge['source']) && ids.has(edge['target'])).toBe(true);
      const accuses = edges.find((e) => e['id'] === `${PAK}|ACCUSES|${TAL}`);
      expect(accuses).toMatchObject({ source: PAK, target: TAL });
      if (format === 'gexf') expect(accuses).toMatchObject({ weight: '2', kind: 'ACCUSES', start: '2025-10-25', end: '2025-10-30' });
      expect(edges.some((e) => String(e['id']).startsWith(`${TUR}|SUPPORTS`))).toBe(false);
    }
  });

  it('writes CSV tables that a CSV parser reads back', async () => {
    const nodes = parseCsv((await exportGraph(graph, 'csv', NO_FILTERS, { part: 'nodes' })).body, { columns: true }) as Record<string, string>[];
    const edges = parseCsv((await exportGraph(graph, 'csv', NO_FILTERS, { part: 'edges' })).body, { columns: true }) as Record<string, string>[];
    expect(nodes.filter((n) => n['Id']?.startsWith(p)).map((n) => n['Label'])).toEqual([
      'Afghan Taliban',
      'Pakistan',
      'Türkiye & "Friends" <mediators>',
    ]);
    expect(edges.find((e) => e['Id'] === `${TUR}|MEDIATES|${PAK}`)).toMatchObject({ Source: TUR, Target: PAK, Weight: '1', Type: 'Directed' });
  });
});
