import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, gql, seedWorld, startTestApi, type Seed, type TestApi } from './support.js';

let api: TestApi;
let seed: Seed;

beforeAll(async () => {
  api = await startTestApi();
  seed = await seedWorld(api, 'rel');
});

afterAll(async () => {
  await cleanup(api, seed.prefix);
  await api.stop();
});

const RELATIONS = /* GraphQL */ `
  query Relations($filter: RelationFilter, $first: Int, $after: String) {
    relations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id } }
      nodes {
        id type cameo goldstein confidence count articleCount firstSeen lastSeen alleged retracted
        source { id name } target { id }
        claimant { id }
        claimants { id }
        evidence(first: 5) { sentence start end date confidence alleged claimant { id } article { id title } }
      }
    }
  }
`;

interface RelationsData {
  relations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string } }>;
    nodes: Array<{
      id: string;
      type: string;
      cameo: string;
      goldstein: number;
      confidence: number;
      count: number;
      articleCount: number;
      firstSeen: string | null;
      lastSeen: string | null;
      alleged: boolean;
      retracted: boolean;
      source: { id: string; name: string };
      target: { id: string };
      claimant: { id: string } | null;
      claimants: Array<{ id: string }>;
      evidence: Array<{
        sentence: string;
        start: number;
        end: number;
        date: string | null;
        confidence: number;
        alleged: boolean;
        claimant: { id: string } | null;
        article: { id: string; title: string };
      }>;
    }>;
  };
}

async function relations(filter: Record<string, unknown>, first = 50, after?: string) {
  const res = await gql<RelationsData>(api, RELATIONS, { filter, first, after });
  expect(res.errors).toBeUndefined();
  return res.data!.relations;
}

describe('relations', () => {
  it('answers every field of an aggregated relation with its evidence', async () => {
    const page = await relations({ source: seed.id('pak'), target: seed.id('afg'), types: ['ACCUSES'] });
    expect(page.totalCount).toBe(1);
    const [r] = page.nodes;
    expect(r).toMatchObject({
      id: seed.rel(seed.id('pak'), 'ACCUSES', seed.id('afg')),
      type: 'ACCUSES',
      cameo: '112',
      goldstein: -2,
      count: 2,
      articleCount: 2,
      firstSeen: '1991-10-01',
      lastSeen: '1991-10-15',
      alleged: false,
      retracted: false,
      source: { id: seed.id('pak'), name: `Pakistan ${seed.tag}` },
      target: { id: seed.id('afg') },
      claimant: null,
      claimants: [{ id: seed.id('asif') }],
    });
    expect(r!.confidence).toBeCloseTo(0.85, 5);
    // Most confident evidence first.
    expect(r!.evidence.map((e) => [e.confidence, e.date, e.article.id, e.claimant?.id ?? null])).toEqual([
      [0.9, '1991-10-01', seed.article(1), null],
      [0.8, '1991-10-15', seed.article(2), seed.id('asif')],
    ]);
    expect(r!.evidence[0]!.sentence).toBe('Pakistan accused Afghanistan of sheltering TTP fighters.');
    expect(r!.evidence[0]!.start).toBe(0);
    expect(r!.evidence[0]!.end).toBe(r!.evidence[0]!.sentence.length);
  });

  it('marks relations whose every evidence is an allegation and names the claimant', async () => {
    const page = await relations({ source: seed.id('afg'), types: ['SUPPORTS'] });
    expect(page.nodes.map((n) => [n.id, n.alleged, n.claimant?.id])).toEqual([
      [seed.rel(seed.id('afg'), 'SUPPORTS', seed.id('ttp')), true, seed.id('pak')],
    ]);
  });

  it('filters by actor at either end, by source, by target and by type', async () => {
    const byActor = await relations({ actor: seed.id('ttp') });
    expect(byActor.nodes.map((n) => n.id).sort()).toEqual(
      [
        seed.rel(seed.id('afg'), 'SUPPORTS', seed.id('ttp')),
        seed.rel(seed.id('ttp'), 'ATTACKS', seed.id('pak')),
        seed.rel(seed.id('pak'), 'CRITICIZES', seed.id('ttp')),
      ].sort(),
    );
    expect(byActor.totalCount).toBe(3);
    const bySource = await relations({ source: seed.id('tur') });
    expect(bySource.nodes.map((n) => n.type).sort()).toEqual(['MEDIATES', 'MEDIATES', 'MEETS_WITH']);
    const byTarget = await relations({ target: seed.id('pak') });
    expect(byTarget.nodes.map((n) => n.source.id).sort()).toEqual(
      [seed.id('afg'), seed.id('afg'), seed.id('ttp'), seed.id('tur')].sort(),
    );
    const byTypes = await relations({ actor: seed.id('pak'), types: ['ATTACKS', 'DENIES'] });
    expect(byTypes.nodes.map((n) => n.type).sort()).toEqual(['ATTACKS', 'DENIES']);
  });

  it('filters by date window on the evidence, by confidence and by article', async () => {
    const october = await relations({ actor: seed.id('pak'), since: '1991-10-10', until: '1991-10-31' });
    expect(october.nodes.map((n) => n.type).sort()).toEqual(['ACCUSES', 'DENIES', 'NEGOTIATES_WITH', 'NEGOTIATES_WITH']);
    // pak ACCUSES afg has evidence on 10-01 and 10-15, so a window between them excludes it.
    const between = await relations({ actor: seed.id('pak'), since: '1991-10-02', until: '1991-10-14' });
    expect(between.nodes).toEqual([]);
    const confident = await relations({ actor: seed.id('pak'), minConfidence: 0.86 });
    expect(confident.nodes.map((n) => n.type)).toEqual(['ATTACKS']);
    const inArticle = await relations({ article: seed.article(3) });
    expect(inArticle.nodes.map((n) => n.type).sort()).toEqual(['ATTACKS', 'MEETS_WITH', 'MEETS_WITH']);
    expect(inArticle.totalCount).toBe(3);
    const inArticleBySource = await relations({ article: seed.article(1), source: seed.id('tur') });
    expect(inArticleBySource.nodes.map((n) => n.target.id).sort()).toEqual([seed.id('afg'), seed.id('pak')].sort());
  });

  it('pages the whole graph by keyset with no gaps or repeats', async () => {
    const filter = { since: '1991-01-01', until: '1991-12-31' };
    const all = await relations(filter, 100);
    const ours = all.nodes.map((n) => n.id).filter((id) => id.startsWith(seed.prefix));
    expect(ours).toHaveLength(10); // the undated CRITICIZES has no evidence in the window
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 50; page++) {
      const p = await relations(filter, 3, after);
      seen.push(...p.nodes.map((n) => n.id));
      expect(p.edges.map((e) => e.node.id)).toEqual(p.nodes.map((n) => n.id));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor ?? undefined;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(all.nodes.map((n) => n.id));
    expect(all.totalCount).toBe(all.nodes.length);
  });

  it('pages an anchored list with no gaps or repeats', async () => {
    const all = await relations({ actor: seed.id('pak') });
    expect(all.totalCount).toBe(7);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const p = await relations({ actor: seed.id('pak') }, 2, after);
      expect(p.nodes.length).toBeLessThanOrEqual(2);
      seen.push(...p.nodes.map((n) => n.id));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor ?? undefined;
    }
    expect(seen).toEqual(all.nodes.map((n) => n.id));
    expect(new Set(seen).size).toBe(7);
  });

  it('looks a relation up by id and refuses bad arguments', async () => {
    const id = seed.rel(seed.id('ttp'), 'ATTACKS', seed.id('pak'));
    const one = await gql<{ relation: { id: string; count: number } | null }>(api, `query($id: ID!) { relation(id: $id) { id count } }`, { id });
    expect(one.data?.relation).toEqual({ id, count: 1 });
    const missing = await gql<{ relation: null }>(api, `{ relation(id: "nobody|ATTACKS|nothing") { id } }`);
    expect(missing.data?.relation).toBeNull();
    const tooMany = await gql(api, RELATIONS, { filter: {}, first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const badCursor = await gql(api, RELATIONS, { filter: {}, first: 1, after: 'bm90LWEtY3Vyc29y' });
    expect(badCursor.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const badDate = await gql(api, RELATIONS, { filter: { since: '1991-02-30' } });
    expect(badDate.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const badConfidence = await gql(api, RELATIONS, { filter: { minConfidence: 2 } });
    expect(badConfidence.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
