import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createExtractor } from '../../../src/extract/index.js';
import { createDriver, Graph } from '../../../src/graph/graph.js';
import { createServer, type KgServer } from '../../../src/server/create-server.js';
import { testEndpoint, uniquePrefix } from '../../support/neo4j.js';
import { SEED } from './seed.js';

/** `GET /export/:format` through the real HTTP server: same filters and errors as the CLI. */
const p = uniquePrefix('hx');
let graph: Graph;
let server: KgServer;
let base: string;

beforeAll(async () => {
  const endpoint = testEndpoint();
  graph = new Graph(createDriver(endpoint), endpoint, { txTimeoutMs: 30_000 });
  await graph.write('test/seed-export', (tx) => tx.run(SEED, { p }));
  const config = loadConfig({ KG_ANONYMOUS_READ: 'true' });
  server = await createServer({ graph, extractor: createExtractor({}), config, logger: pino({ level: 'silent' }) });
  base = (await server.listen(0, '127.0.0.1')).replace(/graphql$/, '');
});

afterAll(async () => {
  await server?.stop();
  await graph?.write('test/clean-export', (tx) => tx.run('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p }));
  await graph?.close();
});

describe('GET /export/:format', () => {
  it('answers GEXF as an attachment that parses, with the type filter applied', async () => {
    const response = await fetch(`${base}export/gexf?types=ACCUSES,DENIES`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/gexf\+xml/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="news-kg.gexf"');
    const body = await response.text();
    expect(XMLValidator.validate(body)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'edge' }).parse(body) as {
      gexf: { graph: { edges: { edge: Array<{ id: string; kind: string }> } } };
    };
    const own = doc.gexf.graph.edges.edge.filter((e) => e.id.startsWith(p));
    expect(own.map((e) => e.kind).sort()).toEqual(['ACCUSES', 'DENIES']);
  });

  it('serves each CSV table by part, with the date window applied', async () => {
    const edges = await fetch(`${base}export/csv?part=edges&since=2025-10-28`);
    expect(edges.headers.get('content-disposition')).toContain('edges.csv');
    const rows = (parseCsv(await edges.text(), { columns: true }) as Record<string, string>[]).filter((r) => r['Id']?.startsWith(p));
    // Rows come sorted by edge id: afghan-taliban|DENIES|… before pakistan|ACCUSES|….
    expect(rows.map((r) => [r['Relation'], r['Weight'], r['FirstSeen']])).toEqual([
      ['DENIES', '1', '2025-10-30'],
      ['ACCUSES', '1', '2025-10-30'],
    ]);
    const nodes = await fetch(`${base}export/csv?part=nodes&min-confidence=0.9`);
    const nodeRows = (parseCsv(await nodes.text(), { columns: true }) as Record<string, string>[]).filter((r) => r['Id']?.startsWith(p));
    expect(nodeRows.map((r) => r['Id']?.slice(p.length))).toEqual(['pakistan', 'turkey']);
  });

  it('rejects a bad format or filter with 400 and the reason', async () => {
    const format = await fetch(`${base}export/dot`);
    expect(format.status).toBe(400);
    expect(((await format.json()) as { error: { message: string } }).error.message).toMatch(/Unknown export format/);
    const date = await fetch(`${base}export/graphml?since=2025-13-01`);
    expect(date.status).toBe(400);
    const part = await fetch(`${base}export/csv?part=everything`);
    expect(part.status).toBe(400);
  });
});
