import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../../src/domain/index.js';
import type { Graph } from '../../../src/graph/graph.js';
import { type CommittedArticle, ensureSchema, ingestArticle, type IngestDeps } from '../../../src/ingest/index.js';
import { mentionId } from '../../../src/ingest/prepare.js';
import { testDriver, uniquePrefix } from '../../support/neo4j.js';
import { cleanPrefix, countPrefix, edgesOf, scriptExtractor, testGraph } from './support.js';

let driver: Driver;
let graph: Graph;
const prefixes: string[] = [];

beforeAll(async () => {
  driver = testDriver();
  graph = testGraph(driver);
  await ensureSchema(graph);
});

afterAll(async () => {
  for (const p of prefixes) await cleanPrefix(graph, p);
  await driver.close();
});

function setup(): { p: string; deps: IngestDeps; events: CommittedArticle[] } {
  const p = uniquePrefix('ia');
  prefixes.push(p);
  const events: CommittedArticle[] = [];
  return {
    p,
    events,
    deps: { graph, extractor: scriptExtractor(), maxArticleBytes: 100_000, onCommitted: (e) => events.push(e) },
  };
}

describe('ingestArticle', () => {
  it('writes an article with its actors, evidence and aggregated edges', async () => {
    const { p, deps, events } = setup();
    const input: ArticleInput = {
      id: `${p}a1`,
      title: 'Talks',
      url: 'https://example.org/talks',
      published: '2025-10-27T08:30:00Z',
      text: `${p}pk ACCUSES ${p}af per ${p}src @80. ${p}pk ACCUSES ${p}af @60. ${p}tr MEDIATES ${p}pk allegedly.`,
    };
    const report = await ingestArticle(input, deps);
    expect(report.status).toBe('NEW');
    expect(report.article.id).toBe(`${p}a1`);
    expect(report.relations).toHaveLength(3);
    expect(await countPrefix(graph, p)).toEqual({ actors: 4, articles: 1, mentions: 3, edges: 2 });
    expect(await edgesOf(graph, p)).toEqual([
      {
        id: `${p}pk|ACCUSES|${p}af`,
        type: 'ACCUSES',
        count: 2,
        articleCount: 1,
        allegedCount: 0,
        confidence: 0.7,
        firstSeen: '2025-10-27',
        lastSeen: '2025-10-27',
        claimantIds: [`${p}src`],
        retracted: false,
      },
      {
        id: `${p}tr|MEDIATES|${p}pk`,
        type: 'MEDIATES',
        count: 1,
        articleCount: 1,
        allegedCount: 1,
        confidence: 0.5,
        firstSeen: '2025-10-27',
        lastSeen: '2025-10-27',
        claimantIds: [],
        retracted: false,
      },
    ]);
    // The evidence traces back to the article with its exact offsets.
    const evidence = await graph.read('test/evidence', async (tx) => {
      const r = await tx.run(
        `MATCH (m:Mention {relationId: $rid})-[:IN_ARTICLE]->(a:Article)
         RETURN m.evidence AS evidence, m.start AS start, m.end AS end, a.text AS text, toString(m.date) AS date,
                toString(a.published) AS published
         ORDER BY m.start`,
        { rid: `${p}pk|ACCUSES|${p}af` },
      );
      return r.records.map((x) => x.toObject());
    });
    expect(evidence).toHaveLength(2);
    for (const e of evidence) {
      expect((e['text'] as string).slice(Number(e['start']), Number(e['end']))).toBe(e['evidence']);
      expect(e['date']).toBe('2025-10-27');
      expect(e['published']).toBe('2025-10-27');
    }
    expect(events).toHaveLength(1);
    expect(events[0]?.status).toBe('NEW');
    expect(events[0]?.relationIds.sort()).toEqual([`${p}pk|ACCUSES|${p}af`, `${p}tr|MEDIATES|${p}pk`]);
    expect(events[0]?.mentionIds).toHaveLength(3);
  });

  it('is a no-op the second time: UNCHANGED, identical counts and aggregates, no event', async () => {
    const { p, deps, events } = setup();
    const input: ArticleInput = { id: `${p}a1`, published: '2024-01-02', text: `${p}x ATTACKS ${p}y. ${p}y DENIES ${p}x.` };
    expect((await ingestArticle(input, deps)).status).toBe('NEW');
    const counts = await countPrefix(graph, p);
    const edges = await edgesOf(graph, p);
    const again = await ingestArticle(input, deps);
    expect(again.status).toBe('UNCHANGED');
    expect(again.relations).toHaveLength(2);
    expect(await countPrefix(graph, p)).toEqual(counts);
    expect(await edgesOf(graph, p)).toEqual(edges);
    expect(events).toHaveLength(1);
  });

  it('an updated article replaces only its own evidence and the aggregates follow', async () => {
    const { p, deps, events } = setup();
    const a = { id: `${p}a`, published: '2024-03-01' };
    const b = { id: `${p}b`, published: '2024-05-01' };
    await ingestArticle({ ...a, text: `${p}x ACCUSES ${p}y @90. ${p}x ATTACKS ${p}y. ${p}x ACCUSES ${p}y per ${p}c.` }, deps);
    await ingestArticle({ ...b, text: `${p}x ACCUSES ${p}y @30. ${p}y DENIES ${p}x.` }, deps);
    const before = await edgesOf(graph, p);
    expect(before.find((e) => e.type === 'ACCUSES')).toMatchObject({
      count: 3,
      articleCount: 2,
      firstSeen: '2024-03-01',
      lastSeen: '2024-05-01',
      claimantIds: [`${p}c`],
    });
    const denies = before.find((e) => e.type === 'DENIES');

    // Article a changes: no more ATTACKS, one ACCUSES left, a new THREATENS, and a later date.
    const report = await ingestArticle({ ...a, published: '2024-06-01', text: `${p}x ACCUSES ${p}y @50. ${p}x THREATENS ${p}y.` }, deps);
    expect(report.status).toBe('UPDATED');
    expect(events.map((e) => e.status)).toEqual(['NEW', 'NEW', 'UPDATED']);

    const after = await edgesOf(graph, p);
    expect(after.map((e) => e.type).sort()).toEqual(['ACCUSES', 'DENIES', 'THREATENS']);
    expect(after.find((e) => e.type === 'ACCUSES')).toMatchObject({
      count: 2,
      articleCount: 2,
      confidence: 0.4,
      firstSeen: '2024-05-01',
      lastSeen: '2024-06-01',
      claimantIds: [],
    });
    expect(after.find((e) => e.type === 'THREATENS')).toMatchObject({ count: 1, articleCount: 1, firstSeen: '2024-06-01' });
    // Article b's edge is untouched.
    expect(after.find((e) => e.type === 'DENIES')).toEqual(denies);
    expect(await countPrefix(graph, p)).toEqual({ actors: 3, articles: 2, mentions: 4, edges: 3 });

    // Reverting to the original text restores the original aggregates exactly.
    await ingestArticle({ ...a, text: `${p}x ACCUSES ${p}y @90. ${p}x ATTACKS ${p}y. ${p}x ACCUSES ${p}y per ${p}c.` }, deps);
    expect(await edgesOf(graph, p)).toEqual(before);
  });

  it('keeps a retracted mention retracted when its article is re-ingested with changes', async () => {
    const { p, deps } = setup();
    const text = `${p}x ACCUSES ${p}y.`;
    await ingestArticle({ id: `${p}a`, text }, deps);
    const id = mentionId(`${p}a`, 'ACCUSES', `${p}x`, `${p}y`, 0, text.length);
    await graph.write('test/retract', (tx) => tx.run('MATCH (m:Mention {id: $id}) SET m.retracted = true', { id }));
    await ingestArticle({ id: `${p}a`, text: `${text} ${p}x ATTACKS ${p}y.` }, deps);
    const flags = await graph.read('test/flags', async (tx) => {
      const r = await tx.run('MATCH (m:Mention {articleId: $a}) RETURN m.id AS id, m.retracted AS retracted ORDER BY m.start', { a: `${p}a` });
      return r.records.map((x) => [x.get('id'), x.get('retracted')]);
    });
    expect(flags).toEqual([
      [id, true],
      [expect.any(String), false],
    ]);
  });

  it('unions aliases and keeps the first name of an actor', async () => {
    const { p, deps } = setup();
    await ingestArticle({ id: `${p}a`, text: `alias:${p}x=Islamabad. ${p}x ACCUSES ${p}y.` }, deps);
    await ingestArticle({ id: `${p}b`, text: `alias:${p}x=Pakistani government. alias:${p}x=Islamabad. ${p}x DENIES ${p}y.` }, deps);
    const actor = await graph.read('test/actor', async (tx) => {
      const r = await tx.run('MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.aliases AS aliases, a.searchText AS searchText', {
        id: `${p}x`,
      });
      return r.records[0]?.toObject();
    });
    expect(actor).toEqual({
      name: `${p}x`.toUpperCase(),
      aliases: ['Islamabad', 'Pakistani government'],
      searchText: `${`${p}x`.toUpperCase()} Islamabad Pakistani government`,
    });
  });

  it('rejects an invalid article before touching the database', async () => {
    const { p, deps } = setup();
    await expect(ingestArticle({ id: `${p}a`, text: '   ' }, deps)).rejects.toMatchObject({ code: 'INVALID_ARTICLE' });
    expect(await countPrefix(graph, p)).toEqual({ actors: 0, articles: 0, mentions: 0, edges: 0 });
  });
});
