import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, gql, seedWorld, startTestApi, type Seed, type TestApi } from './support.js';

let api: TestApi;
let seed: Seed;

beforeAll(async () => {
  api = await startTestApi();
  seed = await seedWorld(api, 'net');
});

afterAll(async () => {
  await cleanup(api, seed.prefix);
  await api.stop();
});

const EGO = /* GraphQL */ `
  query ($actor: ID!, $depth: Int, $filter: NetworkFilter, $limit: Int) {
    egoNetwork(actor: $actor, depth: $depth, filter: $filter, limit: $limit) {
      truncated
      nodes { id actorId label type degree depth }
      edges { id relationId source target type weight count confidence goldstein firstSeen lastSeen }
    }
  }
`;

interface Ego {
  egoNetwork: {
    truncated: boolean;
    nodes: Array<{ id: string; actorId: string; label: string; type: string; degree: number; depth: number }>;
    edges: Array<{ id: string; relationId: string; source: string; target: string; type: string; weight: number; count: number; confidence: number; goldstein: number; firstSeen: string | null; lastSeen: string | null }>;
  };
}

describe('egoNetwork', () => {
  it('returns the induced depth-1 slice with prefixed ids, ready for Cytoscape.js and graphology', async () => {
    const res = await gql<Ego>(api, EGO, { actor: seed.id('qat'), depth: 1 });
    expect(res.errors).toBeUndefined();
    const g = res.data!.egoNetwork;
    expect(g.truncated).toBe(false);
    expect(g.nodes).toEqual([
      { id: `a:${seed.id('qat')}`, actorId: seed.id('qat'), label: `Qatar ${seed.tag}`, type: 'COUNTRY', degree: 2, depth: 0 },
      { id: `a:${seed.id('tur')}`, actorId: seed.id('tur'), label: `Turkey ${seed.tag}`, type: 'COUNTRY', degree: 4, depth: 1 },
    ]);
    expect(g.edges.map((e) => [e.id, e.source, e.target, e.type, e.weight]).sort()).toEqual(
      [
        [`r:${seed.rel(seed.id('qat'), 'MEETS_WITH', seed.id('tur'))}`, `a:${seed.id('qat')}`, `a:${seed.id('tur')}`, 'MEETS_WITH', 1],
        [`r:${seed.rel(seed.id('tur'), 'MEETS_WITH', seed.id('qat'))}`, `a:${seed.id('tur')}`, `a:${seed.id('qat')}`, 'MEETS_WITH', 1],
      ].sort(),
    );
    // Every edge end is a node; node and edge ids never collide.
    const ids = new Set(g.nodes.map((n) => n.id));
    for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(new Set([...g.nodes.map((n) => n.id), ...g.edges.map((e) => e.id)]).size).toBe(g.nodes.length + g.edges.length);
    expect(g.edges[0]).toMatchObject({ count: 1, confidence: 0.6, goldstein: 1, firstSeen: '1991-11-02', lastSeen: '1991-11-02' });
  });

  it('walks two rings, includes edges among the outer ring, and honours filters and limits', async () => {
    const two = (await gql<Ego>(api, EGO, { actor: seed.id('qat'), depth: 2 })).data!.egoNetwork;
    expect(two.nodes.map((n) => [n.actorId, n.depth])).toEqual([
      [seed.id('qat'), 0],
      [seed.id('tur'), 1],
      [seed.id('afg'), 2],
      [seed.id('pak'), 2],
    ]);
    // 2 MEETS_WITH + 2 MEDIATES + the outer ring's pak–afg edges (2 ACCUSES-side + DENIES + 2 NEGOTIATES_WITH = 4).
    expect(two.edges.map((e) => e.type).sort()).toEqual(
      ['ACCUSES', 'DENIES', 'MEDIATES', 'MEDIATES', 'MEETS_WITH', 'MEETS_WITH', 'NEGOTIATES_WITH', 'NEGOTIATES_WITH'].sort(),
    );
    // Ring order, strongest first: ring-1 edges precede ring-2 edges.
    expect(two.edges.slice(0, 2).map((e) => e.type)).toEqual(['MEETS_WITH', 'MEETS_WITH']);

    const limited = (await gql<Ego>(api, EGO, { actor: seed.id('pak'), depth: 1, limit: 3 })).data!.egoNetwork;
    expect(limited.truncated).toBe(true);
    expect(limited.edges).toHaveLength(3);
    // ACCUSES (2 articles) is the strongest.
    expect(limited.edges[0]!.type).toBe('ACCUSES');

    const typed = (await gql<Ego>(api, EGO, { actor: seed.id('pak'), filter: { types: ['ATTACKS', 'MEDIATES'] } })).data!.egoNetwork;
    expect(typed.edges.map((e) => e.type).sort()).toEqual(['ATTACKS', 'MEDIATES']);
    const weighty = (await gql<Ego>(api, EGO, { actor: seed.id('pak'), filter: { minWeight: 2 } })).data!.egoNetwork;
    expect(weighty.edges.map((e) => e.type)).toEqual(['ACCUSES']);
    const november = (await gql<Ego>(api, EGO, { actor: seed.id('pak'), filter: { since: '1991-11-01' } })).data!.egoNetwork;
    expect(november.edges.map((e) => e.type)).toEqual(['ATTACKS']);
    const sure = (await gql<Ego>(api, EGO, { actor: seed.id('pak'), filter: { minConfidence: 0.9 } })).data!.egoNetwork;
    expect(sure.edges.map((e) => e.type)).toEqual(['ATTACKS']);
  });

  it('refuses out-of-range depth and limit and unknown actors', async () => {
    expect((await gql(api, EGO, { actor: seed.id('pak'), depth: 4 })).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect((await gql(api, EGO, { actor: seed.id('pak'), limit: 0 })).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect((await gql(api, EGO, { actor: `${seed.prefix}nobody` })).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});

describe('paths', () => {
  const PATHS = `query ($from: ID!, $to: ID!, $maxLength: Int, $types: [RelationType!], $first: Int) {
    paths(from: $from, to: $to, maxLength: $maxLength, types: $types, first: $first) { length nodes { id } relations { id type } } }`;
  type Paths = { paths: Array<{ length: number; nodes: Array<{ id: string }>; relations: Array<{ id: string; type: string }> }> };

  it('finds the shortest paths first, ignoring direction', async () => {
    const res = await gql<Paths>(api, PATHS, { from: seed.id('qat'), to: seed.id('ttp'), maxLength: 3, first: 10 });
    expect(res.errors).toBeUndefined();
    const paths = res.data!.paths;
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0]!.length).toBe(3);
    // Only paths of the least length: the search stops there.
    expect(paths.every((p) => p.length === 3)).toBe(true);
    // qat – tur – pak – ttp, through MEETS_WITH (one of the mirror edges), MEDIATES, then ATTACKS or CRITICIZES.
    const shapes = paths.filter((p) => p.length === 3).map((p) => `${p.nodes.map((n) => n.id.slice(seed.prefix.length)).join('>')} ${p.relations.map((r) => r.type).join(',')}`);
    expect(shapes).toContain('qat>tur>pak>ttp MEETS_WITH,MEDIATES,ATTACKS');
    expect(shapes).toContain('qat>tur>pak>ttp MEETS_WITH,MEDIATES,CRITICIZES');
    expect(shapes).toContain('qat>tur>afg>ttp MEETS_WITH,MEDIATES,SUPPORTS');
    expect(new Set(shapes).size).toBe(shapes.length);
  });

  it('honours types and maxLength', async () => {
    const none = await gql<Paths>(api, PATHS, { from: seed.id('qat'), to: seed.id('ttp'), maxLength: 2 });
    expect(none.data!.paths).toEqual([]);
    const one = await gql<Paths>(api, PATHS, { from: seed.id('qat'), to: seed.id('ttp'), maxLength: 3, first: 1 });
    expect(one.data!.paths).toHaveLength(1);
    expect(one.data!.paths[0]!.length).toBe(3);
    const longer = await gql<Paths>(api, PATHS, { from: seed.id('qat'), to: seed.id('ttp'), maxLength: 4, first: 20 });
    expect(longer.data!.paths.map((p) => p.length)).toEqual(longer.data!.paths.map(() => 3));
    const typed = await gql<Paths>(api, PATHS, { from: seed.id('pak'), to: seed.id('ttp'), types: ['ATTACKS'] });
    expect(typed.data!.paths.map((p) => p.relations.map((r) => r.type))).toEqual([['ATTACKS']]);
    const bad = await gql(api, PATHS, { from: seed.id('pak'), to: seed.id('ttp'), maxLength: 9 });
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('timeline', () => {
  const TIMELINE = `query ($a: ID!, $b: ID!, $bucket: TimeBucket, $types: [RelationType!]) {
    timeline(a: $a, b: $b, bucket: $bucket, types: $types) { start total goldstein counts { type count } } }`;
  type Timeline = { timeline: Array<{ start: string; total: number; goldstein: number | null; counts: Array<{ type: string; count: number }> }> };

  it('counts evidence between two actors per month, a symmetric sentence once', async () => {
    const res = await gql<Timeline>(api, TIMELINE, { a: seed.id('afg'), b: seed.id('pak') });
    expect(res.errors).toBeUndefined();
    // October: ACCUSES ×2, DENIES, NEGOTIATES_WITH once (stored both ways); November: nothing between them.
    expect(res.data!.timeline).toEqual([
      {
        start: '1991-10-01',
        total: 4,
        goldstein: 0.25, // (-2 -2 -2 + 7) / 4
        counts: [
          { type: 'ACCUSES', count: 2 },
          { type: 'DENIES', count: 1 },
          { type: 'NEGOTIATES_WITH', count: 1 },
        ],
      },
    ]);
  });

  it('fills empty buckets and filters by type', async () => {
    const res = await gql<Timeline>(api, TIMELINE, { a: seed.id('pak'), b: seed.id('afg'), bucket: 'WEEK', types: ['ACCUSES'] });
    expect(res.data!.timeline.map((b) => [b.start, b.total])).toEqual([
      ['1991-09-30', 1],
      ['1991-10-07', 0],
      ['1991-10-14', 1],
    ]);
    expect(res.data!.timeline[1]!.goldstein).toBeNull();
  });

  it('names an unknown actor, and follows an id merged away', async () => {
    for (const [a, b, missing] of [
      [`${seed.prefix}nobody`, seed.id('afg'), `${seed.prefix}nobody`],
      [seed.id('pak'), `${seed.prefix}nobody`, `${seed.prefix}nobody`],
    ] as const) {
      const res = await gql<Timeline>(api, TIMELINE, { a, b, bucket: 'MONTH' });
      expect(res.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      expect(res.errors?.[0]?.message).toContain(missing);
    }
    // An actor merged away redirects to the one it was merged into.
    const alias = `${seed.prefix}pak-old`;
    await api.graph.write('test/timeline', (tx) =>
      tx.run(`CREATE (:Actor {id: $id, name: $id, type: 'COUNTRY', aliases: [], mergedInto: $into})`, { id: alias, into: seed.id('pak') }),
    );
    const direct = await gql<Timeline>(api, TIMELINE, { a: seed.id('pak'), b: seed.id('afg'), bucket: 'MONTH' });
    const redirected = await gql<Timeline>(api, TIMELINE, { a: alias, b: seed.id('afg'), bucket: 'MONTH' });
    expect(redirected.errors).toBeUndefined();
    expect(redirected.data!.timeline).toEqual(direct.data!.timeline);
    expect(direct.data!.timeline.length).toBeGreaterThan(0);
  });
});

describe('stats', () => {
  it('counts a window by type and period, with the top actors', async () => {
    const res = await gql<{
      stats: {
        actorCount: number;
        articleCount: number;
        relationCount: number;
        evidenceCount: number;
        byType: Array<{ type: string; count: number }>;
        byPeriod: Array<{ start: string; total: number }>;
        topActors: Array<{ actor: { id: string }; degree: number }>;
      };
    }>(
      api,
      `{ stats(since: "1991-01-01", until: "1991-12-31", top: 3) {
          actorCount articleCount relationCount evidenceCount
          byType { type count } byPeriod { start total } topActors { actor { id } degree } } }`,
    );
    expect(res.errors).toBeUndefined();
    const s = res.data!.stats;
    // In 1991: 3 dated articles, 10 relations with dated evidence, 11 dated mentions, 5 actors.
    expect(s).toMatchObject({ articleCount: 3, relationCount: 10, evidenceCount: 11, actorCount: 5 });
    expect(s.byType).toContainEqual({ type: 'ACCUSES', count: 1 });
    expect(s.byType).toContainEqual({ type: 'MEDIATES', count: 2 });
    expect(s.byPeriod).toEqual([
      { start: '1991-10-01', total: 7 },
      { start: '1991-11-01', total: 2 },
    ]);
    expect(s.topActors).toEqual([
      { actor: { id: seed.id('afg') }, degree: 6 },
      { actor: { id: seed.id('pak') }, degree: 6 },
      { actor: { id: seed.id('tur') }, degree: 4 },
    ]);
  });

  it('counts the whole graph when no window is given', async () => {
    const res = await gql<{ stats: { relationCount: number; topActors: Array<{ degree: number }> } }>(
      api,
      `{ stats { relationCount topActors { degree } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.stats.relationCount).toBeGreaterThanOrEqual(11);
    const degrees = res.data!.stats.topActors.map((t) => t.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
  });
});
