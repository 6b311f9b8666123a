import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATION_TYPE_INFO, type RelationType } from '../../../src/domain/index.js';
import { mergeRelations, type MergeRelationParams } from '../../../src/graph/ingest-writes.js';
import { runQuery } from '../../../src/graph/graph.js';
import { ensureSchema } from '../../../src/graph/schema.js';
import { edgeFields, formatMeta, refreshStrongest } from '../../../src/graph/strongest.js';
import { int, toNumber } from '../../../src/graph/values.js';
import { cleanup, gql, KEYS, seedWorld, startTestApi, type Seed, type TestApi } from '../api/support.js';

let api: TestApi;
let seed: Seed;

beforeAll(async () => {
  api = await startTestApi();
  seed = await seedWorld(api, 'strong');
});

afterAll(async () => {
  await cleanup(api, seed.prefix);
  await api.stop();
});

/** An aggregated edge as the write path merges it, `articleCount` articles of one mention each. */
function edgeRow(type: RelationType, sourceId: string, targetId: string, articleCount: number): MergeRelationParams {
  return {
    id: `${sourceId}|${type}|${targetId}`,
    type,
    sourceId,
    targetId,
    reset: true,
    count: articleCount,
    articleCount,
    confidenceSum: articleCount * 0.8,
    allegedCount: 0,
    firstSeen: null,
    lastSeen: null,
    claimantIds: [],
    cameo: RELATION_TYPE_INFO[type].cameo,
    goldstein: RELATION_TYPE_INFO[type].goldstein,
  };
}

interface Lists {
  readonly stored: string[] | null;
  readonly counts: number[] | null;
  readonly head: string[] | null;
  readonly live: string[];
  readonly liveCounts: number[];
  /** `strongestMeta` and `strongestHeadMeta` as stored, and as the edges' fields say now. */
  readonly metas: string[] | null;
  readonly headMetas: string[] | null;
  readonly liveMetas: string[];
}

/** Each actor's stored list of strongest edges next to what its edges say now. */
async function lists(prefix: string): Promise<Map<string, Lists>> {
  return api.graph.read('test/strongest', async (tx) => {
    const res = await tx.run(
      `MATCH (a:Actor) WHERE a.id STARTS WITH $prefix
       CALL (a) {
         OPTIONAL MATCH (a)-[r]-(:Actor) WHERE coalesce(r.retracted, false) = false
         WITH r ORDER BY r.articleCount DESC, r.id
         RETURN collect(r.id) AS live, collect(r.articleCount) AS liveCounts,
           collect(r {.articleCount, .count, .confidence, .goldstein, firstSeen: toString(r.firstSeen), lastSeen: toString(r.lastSeen)}) AS fields
       }
       RETURN a.id AS id, a.strongest AS stored, a.strongestCounts AS counts, a.strongestHead AS head, live, liveCounts,
         a.strongestMeta AS metas, a.strongestHeadMeta AS headMetas, fields`,
      { prefix },
    );
    return new Map(
      res.records.map((r) => [
        r.get('id') as string,
        {
          stored: r.get('stored') as string[] | null,
          counts: (r.get('counts') as unknown[] | null)?.map(toNumber) ?? null,
          head: r.get('head') as string[] | null,
          live: r.get('live') as string[],
          liveCounts: (r.get('liveCounts') as unknown[]).map(toNumber),
          metas: r.get('metas') as string[] | null,
          headMetas: r.get('headMetas') as string[] | null,
          liveMetas: (r.get('fields') as Array<Parameters<typeof edgeFields>[0]>).map((f) => formatMeta(edgeFields(f))),
        },
      ]),
    );
  });
}

/** Every actor of the seed that has edges has a stored list equal to what its edges say. */
async function expectListsMatchEdges(): Promise<void> {
  const all = await lists(seed.prefix);
  expect(all.size).toBeGreaterThan(0);
  for (const [id, l] of all) {
    if (l.live.length === 0 && l.stored === null) continue;
    expect({ id, ids: l.stored, counts: l.counts, head: l.head, metas: l.metas, headMetas: l.headMetas }).toEqual({
      id,
      ids: l.live,
      counts: l.liveCounts,
      head: l.live.slice(0, 64),
      metas: l.liveMetas,
      headMetas: l.liveMetas.slice(0, 64),
    });
  }
}

describe('stored lists of strongest edges', () => {
  it('are written with the edges by ingestion', async () => {
    const all = await lists(seed.prefix);
    // pak has 7 edges, its two ACCUSES articles make pak→afg the strongest.
    expect(all.get(seed.id('pak'))!.stored).toHaveLength(7);
    expect(all.get(seed.id('pak'))!.stored![0]).toBe(seed.rel(seed.id('pak'), 'ACCUSES', seed.id('afg')));
    await expectListsMatchEdges();
  });

  it('follow retractions, reverts and merges', async () => {
    const id = seed.rel(seed.id('pak'), 'ACCUSES', seed.id('afg'));
    const retracted = await gql<{ retractRelation: { id: string } }>(
      api,
      `mutation ($id: ID!) { retractRelation(id: $id, reason: "test") { id } }`,
      { id },
      KEYS.write,
    );
    expect(retracted.errors).toBeUndefined();
    const after = await lists(seed.prefix);
    expect(after.get(seed.id('pak'))!.stored).not.toContain(id);
    expect(after.get(seed.id('afg'))!.stored).not.toContain(id);
    await expectListsMatchEdges();

    const log = await gql<{ auditLog: Array<{ id: string; action: string }> }>(api, `{ auditLog(first: 50) { id action } }`, {}, KEYS.read);
    const entry = log.data!.auditLog.find((e) => e.action === 'RETRACT_RELATION');
    expect(entry).toBeDefined();
    const reverted = await gql(api, `mutation ($id: ID!) { revert(auditId: $id, reason: "test") { id } }`, { id: entry!.id }, KEYS.write);
    expect(reverted.errors).toBeUndefined();
    expect((await lists(seed.prefix)).get(seed.id('pak'))!.stored![0]).toBe(id);
    await expectListsMatchEdges();

    const merged = await gql(
      api,
      `mutation ($keep: ID!, $merge: ID!) { mergeActors(keep: $keep, merge: $merge, reason: "test") { id } }`,
      { keep: seed.id('qat'), merge: seed.id('tur') },
      KEYS.write,
    );
    expect(merged.errors).toBeUndefined();
    const folded = await lists(seed.prefix);
    expect(folded.get(seed.id('tur'))!.stored).toEqual([]);
    expect(folded.get(seed.id('qat'))!.stored).toContain(seed.rel(seed.id('qat'), 'MEDIATES', seed.id('pak')));
    await expectListsMatchEdges();
  });

  it('are recomputed from all edges when a full list loses an edge, and updated in place otherwise', async () => {
    const hub = `${seed.prefix}hub`;
    const leaves = Array.from({ length: 6 }, (_, i) => `${seed.prefix}leaf${i}`);
    const edge = (leaf: string, articleCount: number): MergeRelationParams => edgeRow('ATTACKS', hub, leaf, articleCount);
    const touched = (ids: readonly string[]) => ids.map((leaf) => ({ id: `${hub}|ATTACKS|${leaf}`, sourceId: hub, targetId: leaf }));
    const stored = async (): Promise<string[]> =>
      api.graph.read('test/strongest', async (tx) => {
        const res = await runQuery(tx, 'network/get-strongest', { ids: [hub], take: int(10), headSize: int(64), retractedEnds: [] });
        return res.records[0]!.get('ids') as string[];
      });
    const leaf = (i: number): string => `${hub}|ATTACKS|${leaves[i]}`;
    // Lists of at most 3: weights 6, 5, 4, 3, 2, 1 keep leaf0, leaf1, leaf2.
    await api.graph.write('test/strongest', async (tx) => {
      await tx.run(`UNWIND $ids AS id CREATE (:Actor {id: id, name: id, type: 'ARMED_GROUP', aliases: []})`, { ids: [hub, ...leaves] });
      await mergeRelations(tx, leaves.map((l, i) => edge(l, 6 - i)));
      await refreshStrongest(tx, touched(leaves), { size: 3 });
    });
    expect(await stored()).toEqual([leaf(0), leaf(1), leaf(2)]);
    // Gaining weight: updated in place (leaf4 from 2 to 10 moves to the front).
    await api.graph.write('test/strongest', async (tx) => {
      await mergeRelations(tx, [edge(leaves[4]!, 10)]);
      await refreshStrongest(tx, touched([leaves[4]!]), { size: 3 });
    });
    expect(await stored()).toEqual([leaf(4), leaf(0), leaf(1)]);
    // A listed edge losing weight in a full list: leaf2 (4) must come back from beyond the list.
    await api.graph.write('test/strongest', async (tx) => {
      await mergeRelations(tx, [edge(leaves[0]!, 1)]);
      await refreshStrongest(tx, touched([leaves[0]!]), { size: 3 });
    });
    expect(await stored()).toEqual([leaf(4), leaf(1), leaf(2)]);
    // A listed edge deleted: recomputed as well (leaf3, weight 3, comes back).
    await api.graph.write('test/strongest', async (tx) => {
      await tx.run(`MATCH ()-[r:ATTACKS {id: $id}]->() DELETE r`, { id: leaf(4) });
      await refreshStrongest(tx, touched([leaves[4]!]), { size: 3 });
    });
    expect(await stored()).toEqual([leaf(1), leaf(2), leaf(3)]);
  });

  it('hold the fields of each edge, so ego networks show what the edges say', async () => {
    const ego = await gql<{ egoNetwork: { edges: Array<{ relationId: string; weight: number; count: number; confidence: number; goldstein: number; firstSeen: string | null; lastSeen: string | null }> } }>(
      api,
      `query ($id: ID!) { egoNetwork(actor: $id, depth: 2, limit: 50) { edges { relationId weight count confidence goldstein firstSeen lastSeen } } }`,
      { id: seed.id('pak') },
    );
    expect(ego.errors).toBeUndefined();
    const edges = ego.data!.egoNetwork.edges;
    expect(edges.length).toBeGreaterThan(3);
    for (const e of edges) {
      const res = await gql<{ relation: { count: number; articleCount: number; confidence: number; goldstein: number; firstSeen: string | null; lastSeen: string | null } }>(
        api,
        `query ($id: ID!) { relation(id: $id) { count articleCount confidence goldstein firstSeen lastSeen } }`,
        { id: e.relationId },
      );
      const r = res.data!.relation;
      expect({ ...e, relationId: undefined }).toEqual({
        relationId: undefined,
        weight: r.articleCount,
        count: r.count,
        confidence: r.confidence,
        goldstein: r.goldstein,
        firstSeen: r.firstSeen,
        lastSeen: r.lastSeen,
      });
    }
  });

  it('are computed at start-up for actors written without them, or without their fields', async () => {
    await api.graph.write('test/strongest', (tx) =>
      tx.run(
        `MATCH (a:Actor) WHERE a.id STARTS WITH $prefix
         REMOVE a.strongest, a.strongestCounts, a.strongestMeta, a.strongestHead, a.strongestHeadMeta, a.strongestSize`,
        { prefix: seed.prefix },
      ),
    );
    const bare = await lists(seed.prefix);
    expect([...bare.values()].every((l) => l.stored === null)).toBe(true);
    await ensureSchema(api.graph);
    await expectListsMatchEdges();
    // Lists written before they held each edge's fields are computed again too.
    await api.graph.write('test/strongest', (tx) =>
      tx.run(`MATCH (a:Actor) WHERE a.id STARTS WITH $prefix REMOVE a.strongestMeta, a.strongestHeadMeta`, { prefix: seed.prefix }),
    );
    expect([...(await lists(seed.prefix)).values()].every((l) => l.metas === null)).toBe(true);
    // Until then an ego network seeks the edges those lists name: the same slice.
    const slice = async (): Promise<unknown> =>
      (
        await gql<{ egoNetwork: unknown }>(
          api,
          `query ($id: ID!) { egoNetwork(actor: $id, depth: 2, limit: 20) { truncated nodes { id degree depth } edges { id weight count confidence firstSeen lastSeen } } }`,
          { id: seed.id('pak') },
        )
      ).data!.egoNetwork;
    const withoutFields = await slice();
    await ensureSchema(api.graph);
    await expectListsMatchEdges();
    expect(await slice()).toEqual(withoutFields);
    // An ego network reads its edges live from an actor without a list and from the list after.
    const ego = await gql<{ egoNetwork: { edges: Array<{ relationId: string }> } }>(
      api,
      `query ($id: ID!) { egoNetwork(actor: $id, depth: 1, limit: 2) { edges { relationId } } }`,
      { id: seed.id('pak') },
    );
    expect(ego.data!.egoNetwork.edges.map((e) => e.relationId)[0]).toBe(seed.rel(seed.id('pak'), 'ACCUSES', seed.id('afg')));
  });
});

describe('ego networks from the stored lists', () => {
  it('give every actor of a ring a fair share of the limit, strongest edges first', async () => {
    const p = `${seed.prefix}fair-`;
    const [c, a, b] = [`${p}c`, `${p}a`, `${p}b`];
    const aLeaves = Array.from({ length: 10 }, (_, i) => `${p}a${i}`);
    const bLeaves = Array.from({ length: 10 }, (_, i) => `${p}b${i}`);
    const edge = (s: string, t: string, articleCount: number): MergeRelationParams => edgeRow('SUPPORTS', s, t, articleCount);
    // c–a 5, c–b 4; a's ten leaves 3 each, b's ten leaves 1 each (a's leaves are all stronger).
    const edges = [edge(c, a, 5), edge(c, b, 4), ...aLeaves.map((l) => edge(a, l, 3)), ...bLeaves.map((l) => edge(b, l, 1))];
    await api.graph.write('test/strongest', async (tx) => {
      await tx.run(`UNWIND $ids AS id CREATE (:Actor {id: id, name: id, type: 'ORGANIZATION', aliases: []})`, { ids: [c, a, b, ...aLeaves, ...bLeaves] });
      await mergeRelations(tx, edges);
      await refreshStrongest(tx, edges);
    });
    const ego = await gql<{ egoNetwork: { truncated: boolean; edges: Array<{ source: string; target: string; weight: number }>; nodes: Array<{ actorId: string; depth: number }> } }>(
      api,
      `query ($id: ID!) { egoNetwork(actor: $id, depth: 2, limit: 8) { truncated edges { source target weight } nodes { actorId depth } } }`,
      { id: c },
    );
    expect(ego.errors).toBeUndefined();
    const g = ego.data!.egoNetwork;
    expect(g.truncated).toBe(true);
    expect(g.edges.slice(0, 2).map((e) => e.weight)).toEqual([5, 4]);
    // Six edges left for ring 2: three from a and three from b, not six from a.
    expect(g.edges.slice(2).filter((e) => e.source === `a:${a}`)).toHaveLength(3);
    expect(g.edges.slice(2).filter((e) => e.source === `a:${b}`)).toHaveLength(3);
    expect(g.edges.slice(2).filter((e) => e.source === `a:${a}`).map((e) => e.target)).toEqual(aLeaves.slice(0, 3).map((l) => `a:${l}`));
    expect(g.nodes.filter((n) => n.depth === 2)).toHaveLength(6);
    // The same with a filter (read live from the edges) gives the same slice.
    const filtered = await gql<{ egoNetwork: { edges: Array<{ source: string; target: string }> } }>(
      api,
      `query ($id: ID!) { egoNetwork(actor: $id, depth: 2, limit: 8, filter: { types: [SUPPORTS] }) { edges { source target } } }`,
      { id: c },
    );
    expect(filtered.data!.egoNetwork.edges).toEqual(g.edges.map(({ source, target }) => ({ source, target })));
  });
});
