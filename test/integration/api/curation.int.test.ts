import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/ingest/index.js';
import { cleanup, gql, KEYS, scriptArticle, seedWorld, startTestApi, type Seed, type TestApi } from './support.js';

let api: TestApi;
let seed: Seed;
let kabul: string;

beforeAll(async () => {
  api = await startTestApi();
  seed = await seedWorld(api, 'cur');
  // A duplicate of Afghanistan under another name, to be merged.
  kabul = `${seed.prefix}kabul`;
  const [pak, afg] = [seed.id('pak'), seed.id('afg')];
  const actors = [
    { id: kabul, name: `Kabul Government ${seed.tag}`, type: 'COUNTRY' as const, aliases: [], affiliation: null },
    { id: pak, name: `Pakistan ${seed.tag}`, type: 'COUNTRY' as const, aliases: [], affiliation: null },
    { id: afg, name: `Afghanistan ${seed.tag}`, type: 'COUNTRY' as const, aliases: [], affiliation: null },
  ];
  const { text, result } = scriptArticle(
    {
      id: `${seed.prefix}a5`,
      title: 'Kabul answers',
      source: 'Tolo',
      published: '1991-12-01',
      sentences: [
        { text: 'The Kabul government accused Pakistan.', relations: [{ source: kabul, type: 'ACCUSES', target: pak, confidence: 0.7 }] },
        { text: 'Pakistan denied it.', relations: [{ source: pak, type: 'DENIES', target: kabul, confidence: 0.5 }] },
        {
          text: 'Kabul and Afghanistan negotiated.',
          relations: [
            { source: kabul, type: 'NEGOTIATES_WITH', target: afg, confidence: 0.5 },
            { source: afg, type: 'NEGOTIATES_WITH', target: kabul, confidence: 0.5 },
          ],
        },
      ],
    },
    actors,
  );
  api.extractor.script(result);
  await ingestArticle({ id: result.id, text, published: '1991-12-01', title: 'Kabul answers', source: 'Tolo' }, { graph: api.graph, extractor: api.extractor, maxArticleBytes: 100_000 });
});

afterAll(async () => {
  await cleanup(api, seed.prefix);
  await api.stop();
});

const ACTOR = `query ($id: ID!) { actor(id: $id) { id name aliases degree relations(first: 50) { totalCount nodes { id } } } }`;
type ActorData = { actor: { id: string; name: string; aliases: string[]; degree: number; relations: { totalCount: number; nodes: Array<{ id: string }> } } | null };
const AUDIT = `query { auditLog(first: 50) { id at who action targetId reason reverted cursor } }`;
type AuditData = { auditLog: Array<{ id: string; at: string; who: string; action: string; targetId: string; reason: string | null; reverted: boolean; cursor: string }> };

describe('curation', () => {
  it('needs a write key for every mutation', async () => {
    const m = `mutation { addAlias(actor: "${seed.id('pak')}", alias: "Pak") { id } }`;
    expect((await gql(api, m, {}, null)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await gql(api, m, {}, KEYS.read)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    for (const doc of [
      `mutation { mergeActors(keep: "a", merge: "b", reason: "x") { id } }`,
      `mutation { retractRelation(id: "a|ACCUSES|b", reason: "x") { id } }`,
      `mutation { revert(auditId: "x", reason: "x") { id } }`,
      `mutation { ingestArticle(input: { text: "x" }) { status } }`,
    ]) {
      expect((await gql(api, doc, {}, KEYS.read)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
  });

  it('adds an alias that search finds, audits it, and reverts it', async () => {
    const alias = `Land of the Pure ${seed.tag}`;
    const res = await gql<{ addAlias: { aliases: string[] } }>(
      api,
      `mutation ($id: ID!, $alias: String!) { addAlias(actor: $id, alias: $alias, reason: "common epithet") { aliases } }`,
      { id: seed.id('pak'), alias },
      KEYS.write,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.addAlias.aliases).toContain(alias);
    const hits = await gql<{ searchActors: Array<{ actor: { id: string } }> }>(api, `query ($q: String!) { searchActors(query: $q) { actor { id } } }`, { q: `pure ${seed.tag}` });
    expect(hits.data!.searchActors.map((h) => h.actor.id)).toEqual([seed.id('pak')]);
    const again = await gql(api, `mutation ($id: ID!, $alias: String!) { addAlias(actor: $id, alias: $alias) { id } }`, { id: seed.id('pak'), alias }, KEYS.write);
    expect(again.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');

    const log = (await gql<AuditData>(api, AUDIT)).data!.auditLog;
    const entry = log.find((e) => e.targetId === seed.id('pak') && e.action === 'ADD_ALIAS');
    expect(entry).toMatchObject({ who: 'curator', reason: 'common epithet', reverted: false });

    const revert = await gql<{ revert: { action: string; targetId: string } }>(
      api,
      `mutation ($id: ID!) { revert(auditId: $id, reason: "not in use") { action targetId } }`,
      { id: entry!.id },
      KEYS.write,
    );
    expect(revert.data!.revert).toEqual({ action: 'REVERT', targetId: entry!.id });
    const after = (await gql<ActorData>(api, ACTOR, { id: seed.id('pak') })).data!.actor!;
    expect(after.aliases).not.toContain(alias);
    const log2 = (await gql<AuditData>(api, AUDIT)).data!.auditLog;
    expect(log2.find((e) => e.id === entry!.id)?.reverted).toBe(true);
    const twice = await gql(api, `mutation ($id: ID!) { revert(auditId: $id, reason: "again") { id } }`, { id: entry!.id }, KEYS.write);
    expect(twice.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('retracts a relation from every query and restores it on revert', async () => {
    const id = seed.rel(seed.id('pak'), 'ACCUSES', seed.id('afg'));
    const pakAfgDegreeBefore = (await gql<ActorData>(api, ACTOR, { id: seed.id('afg') })).data!.actor!.degree;
    const res = await gql<{ retractRelation: { id: string; retracted: boolean } }>(
      api,
      `mutation ($id: ID!) { retractRelation(id: $id, reason: "misread sentence") { id retracted } }`,
      { id },
      KEYS.write,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.retractRelation).toEqual({ id, retracted: true });
    expect((await gql<{ relation: unknown }>(api, `query ($id: ID!) { relation(id: $id) { id } }`, { id })).data!.relation).toBeNull();
    const pak = (await gql<ActorData>(api, ACTOR, { id: seed.id('pak') })).data!.actor!;
    // 7 in the seed world and 2 with the Kabul duplicate, one of them now hidden.
    expect(pak.degree).toBe(8);
    expect(pak.relations.nodes.map((n) => n.id)).not.toContain(id);
    const timeline = await gql<{ timeline: Array<{ counts: Array<{ type: string }> }> }>(
      api,
      `query ($a: ID!, $b: ID!) { timeline(a: $a, b: $b) { counts { type } } }`,
      { a: seed.id('pak'), b: seed.id('afg') },
    );
    expect(timeline.data!.timeline.flatMap((b) => b.counts.map((c) => c.type))).not.toContain('ACCUSES');
    const EGO = `query ($id: ID!) { egoNetwork(actor: $id) { nodes { actorId degree } edges { relationId } } }`;
    type Ego = { egoNetwork: { nodes: Array<{ actorId: string; degree: number }>; edges: Array<{ relationId: string }> } };
    const degreeIn = (ego: Ego, actorId: string): number | undefined => ego.egoNetwork.nodes.find((n) => n.actorId === actorId)?.degree;
    const ego = (await gql<Ego>(api, EGO, { id: seed.id('pak') })).data!;
    expect(ego.egoNetwork.edges.map((e) => e.relationId)).not.toContain(id);
    // The graph's degrees leave the retracted relation out too, at both of its ends.
    expect(degreeIn(ego, seed.id('pak'))).toBe(8);
    expect(degreeIn(ego, seed.id('afg'))).toBe(pakAfgDegreeBefore - 1);
    // So do the actor lists: by degree, and their degree filter.
    const LIST = `query ($q: String!, $min: Int) { actors(filter: { nameContains: $q, minDegree: $min }, sort: DEGREE, first: 50) { totalCount nodes { id degree } } }`;
    type List = { actors: { totalCount: number; nodes: Array<{ id: string; degree: number }> } };
    const listed = (await gql<List>(api, LIST, { q: seed.tag })).data!.actors;
    expect(listed.nodes.find((n) => n.id === seed.id('pak'))?.degree).toBe(8);
    expect((await gql<List>(api, LIST, { q: seed.tag, min: 9 })).data!.actors.totalCount).toBe(0);
    expect((await gql<List>(api, LIST, { q: seed.tag, min: 8 })).data!.actors.nodes.map((n) => n.id)).toContain(seed.id('pak'));

    const entry = (await gql<AuditData>(api, AUDIT)).data!.auditLog.find((e) => e.targetId === id && e.action === 'RETRACT_RELATION')!;
    expect(entry.reason).toBe('misread sentence');
    await gql(api, `mutation ($id: ID!) { revert(auditId: $id, reason: "it was right") { id } }`, { id: entry.id }, KEYS.write);
    const back = await gql<{ relation: { id: string; count: number; evidence: unknown[] } | null }>(api, `query ($id: ID!) { relation(id: $id) { id count evidence { sentence } } }`, { id });
    expect(back.data!.relation).toMatchObject({ id, count: 2 });
    expect(back.data!.relation!.evidence).toHaveLength(2);
    expect((await gql<ActorData>(api, ACTOR, { id: seed.id('pak') })).data!.actor!.degree).toBe(9);
    const egoBack = (await gql<Ego>(api, EGO, { id: seed.id('pak') })).data!;
    expect(degreeIn(egoBack, seed.id('pak'))).toBe(9);
    expect(degreeIn(egoBack, seed.id('afg'))).toBe(pakAfgDegreeBefore);
    expect((await gql<List>(api, LIST, { q: seed.tag, min: 9 })).data!.actors.nodes.map((n) => n.id)).toEqual([seed.id('pak')]);
  });

  it('merges a duplicate actor (relations, aliases, redirect) and reverts the merge exactly', async () => {
    const afg = seed.id('afg');
    const pak = seed.id('pak');
    const before = (await gql<ActorData>(api, ACTOR, { id: afg })).data!.actor!;
    expect(before.degree).toBe(8);
    const beforeIds = before.relations.nodes.map((n) => n.id).sort();

    const res = await gql<{ mergeActors: { id: string; aliases: string[]; degree: number } }>(
      api,
      `mutation ($keep: ID!, $merge: ID!) { mergeActors(keep: $keep, merge: $merge, reason: "same government") { id aliases degree } }`,
      { keep: afg, merge: kabul },
      KEYS.write,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.mergeActors.aliases).toContain(`Kabul Government ${seed.tag}`);
    // The two NEGOTIATES_WITH edges became self-relations (dropped); ACCUSES and DENIES moved.
    expect(res.data!.mergeActors.degree).toBe(8);
    const merged = (await gql<ActorData>(api, ACTOR, { id: afg })).data!.actor!;
    expect(merged.relations.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([seed.rel(afg, 'ACCUSES', pak), seed.rel(pak, 'DENIES', afg)]),
    );
    expect(merged.relations.nodes.map((n) => n.id).some((id) => id.includes(kabul))).toBe(false);
    // The old id redirects; lists and search hide it.
    const redirected = (await gql<ActorData>(api, ACTOR, { id: kabul })).data!.actor!;
    expect(redirected.id).toBe(afg);
    // Its relations are the surviving actor's, read under the surviving id.
    expect(redirected.relations.nodes.map((n) => n.id).sort()).toEqual(merged.relations.nodes.map((n) => n.id).sort());
    expect(redirected.relations.totalCount).toBe(merged.relations.totalCount);
    const listed = await gql<{ actors: { nodes: Array<{ id: string }> } }>(api, `query ($q: String!) { actors(filter: { nameContains: $q }) { nodes { id } } }`, { q: seed.tag });
    expect(listed.data!.actors.nodes.map((n) => n.id)).not.toContain(kabul);
    // pak DENIES afg now carries the Kabul evidence.
    const denies = await gql<{ relation: { count: number; firstSeen: string; evidence: Array<{ sentence: string }> } }>(
      api,
      `query ($id: ID!) { relation(id: $id) { count firstSeen evidence { sentence } } }`,
      { id: seed.rel(pak, 'DENIES', afg) },
    );
    expect(denies.data!.relation).toEqual({ count: 1, firstSeen: '1991-12-01', evidence: [{ sentence: 'Pakistan denied it.' }] });
    const twice = await gql(api, `mutation ($keep: ID!, $merge: ID!) { mergeActors(keep: $keep, merge: $merge, reason: "again") { id } }`, { keep: pak, merge: kabul }, KEYS.write);
    expect(twice.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');

    const entry = (await gql<AuditData>(api, AUDIT)).data!.auditLog.find((e) => e.targetId === kabul && e.action === 'MERGE_ACTORS')!;
    expect(entry).toMatchObject({ who: 'curator', reason: 'same government' });
    const reverted = await gql(api, `mutation ($id: ID!) { revert(auditId: $id, reason: "different bodies") { id } }`, { id: entry.id }, KEYS.write);
    expect(reverted.errors).toBeUndefined();
    const restored = (await gql<ActorData>(api, ACTOR, { id: afg })).data!.actor!;
    expect(restored.relations.nodes.map((n) => n.id).sort()).toEqual(beforeIds);
    expect(restored.aliases).toEqual(before.aliases);
    expect(restored.degree).toBe(8);
    const k = (await gql<ActorData>(api, ACTOR, { id: kabul })).data!.actor!;
    expect(k.id).toBe(kabul);
    expect(k.relations.totalCount).toBe(4);
    expect((await gql<{ relation: unknown }>(api, `query ($id: ID!) { relation(id: $id) { id } }`, { id: seed.rel(afg, 'ACCUSES', pak) })).data!.relation).toBeNull();
  });

  it('pages the audit log newest first by cursor', async () => {
    const all = (await gql<AuditData>(api, AUDIT)).data!.auditLog;
    expect(all.length).toBeGreaterThanOrEqual(4);
    const first = await gql<AuditData>(api, `query { auditLog(first: 2) { id cursor } }`);
    const next = await gql<AuditData>(api, `query ($after: String) { auditLog(first: 2, after: $after) { id } }`, { after: first.data!.auditLog[1]!.cursor });
    expect([...first.data!.auditLog, ...next.data!.auditLog].map((e) => e.id)).toEqual(all.slice(0, 4).map((e) => e.id));
    expect(all.map((e) => e.at)).toEqual([...all.map((e) => e.at)].sort().reverse());
  });

  it('ingests an article through the mutation, idempotently', async () => {
    const id = `${seed.prefix}a9`;
    const pak = seed.id('pak');
    const qat = seed.id('qat');
    const { text, result } = scriptArticle(
      { id, title: 'Qatar offers', source: 'AJ', published: '1991-12-05', sentences: [{ text: 'Qatar offered to mediate for Pakistan.', relations: [{ source: qat, type: 'OFFERS_MEDIATION', target: pak, confidence: 0.75 }] }] },
      [
        { id: qat, name: `Qatar ${seed.tag}`, type: 'COUNTRY', aliases: [], affiliation: null },
        { id: pak, name: `Pakistan ${seed.tag}`, type: 'COUNTRY', aliases: [], affiliation: null },
      ],
    );
    api.extractor.script(result);
    const M = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) {
      status article { id title published relations { totalCount } } actors { id } relations { source target type evidence start end confidence claimant alleged } } }`;
    const input = { id, text, title: 'Qatar offers', source: 'AJ', published: '1991-12-05' };
    const res = await gql<{ ingestArticle: { status: string; article: { id: string; published: string; relations: { totalCount: number } }; actors: Array<{ id: string }>; relations: Array<{ type: string; start: number; end: number }> } }>(api, M, { input }, KEYS.write);
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestArticle).toMatchObject({ status: 'NEW', article: { id, published: '1991-12-05', relations: { totalCount: 1 } } });
    expect(res.data!.ingestArticle.relations).toEqual([
      { source: qat, target: pak, type: 'OFFERS_MEDIATION', evidence: 'Qatar offered to mediate for Pakistan.', start: 0, end: 38, confidence: 0.75, claimant: null, alleged: false },
    ]);
    const again = await gql<{ ingestArticle: { status: string } }>(api, M, { input }, KEYS.write);
    expect(again.data!.ingestArticle.status).toBe('UNCHANGED');
    const invalid = await gql(api, M, { input: { text: '   ' } }, KEYS.write);
    expect(invalid.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('audits ingests and reverts them: an update restores the previous version, a new article is withdrawn', async () => {
    const id = `${seed.prefix}a10`;
    const [qat, tur] = [seed.id('qat'), seed.id('tur')];
    const actors = [
      { id: qat, name: `Qatar ${seed.tag}`, type: 'COUNTRY' as const, aliases: [], affiliation: null },
      { id: tur, name: `Turkey ${seed.tag}`, type: 'COUNTRY' as const, aliases: [], affiliation: null },
    ];
    const version = (title: string, text: string, type: 'THREATENS' | 'CRITICIZES') => {
      const scripted = scriptArticle({ id, title, source: 'Wire', published: '1991-12-07', sentences: [{ text, relations: [{ source: qat, type, target: tur, confidence: 0.7 }] }] }, actors);
      api.extractor.scriptVersion(scripted.text, scripted.result);
      return { id, title, text: scripted.text, source: 'Wire', published: '1991-12-07' };
    };
    const v1 = version('First report', 'Qatar threatened Turkey.', 'THREATENS');
    const v2 = version('Corrected report', 'Qatar criticized Turkey.', 'CRITICIZES');
    const INGEST = `mutation ($input: ArticleInput!, $reason: String) { ingestArticle(input: $input, reason: $reason) { status } }`;
    const REVERT = `mutation ($id: ID!) { revert(auditId: $id, reason: "undo") { id action targetId } }`;
    const STATE = `query ($article: ID!) { article(id: $article) { title } relations(filter: { article: $article }) { nodes { type } } }`;
    type State = { article: { title: string } | null; relations: { nodes: Array<{ type: string }> } };
    const ingest = async (input: typeof v1, reason?: string) => {
      const res = await gql<{ ingestArticle: { status: string } }>(api, INGEST, { input, reason }, KEYS.write);
      expect(res.errors).toBeUndefined();
      return res.data!.ingestArticle.status;
    };
    const entries = async () => (await gql<AuditData>(api, AUDIT)).data!.auditLog.filter((e) => e.targetId === id);
    const state = async () => (await gql<State>(api, STATE, { article: id })).data!;

    expect(await ingest(v1, 'first report')).toBe('NEW');
    expect(await ingest(v1)).toBe('UNCHANGED');
    expect(await ingest(v2, 'the outlet corrected it')).toBe('UPDATED');
    const [updated, created, ...rest] = await entries();
    expect(rest).toEqual([]); // UNCHANGED changed nothing and is not audited
    expect(created).toMatchObject({ action: 'INGEST_ARTICLE', who: 'curator', reason: 'first report', reverted: false });
    expect(updated).toMatchObject({ action: 'INGEST_ARTICLE', who: 'curator', reason: 'the outlet corrected it' });
    expect(await state()).toEqual({ article: { title: 'Corrected report' }, relations: { nodes: [{ type: 'CRITICIZES' }] } });

    // The first ingest cannot be undone while the update stands on it.
    const early = await gql(api, REVERT, { id: created!.id }, KEYS.write);
    expect(early.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');

    expect((await gql(api, REVERT, { id: updated!.id }, KEYS.write)).errors).toBeUndefined();
    expect(await state()).toEqual({ article: { title: 'First report' }, relations: { nodes: [{ type: 'THREATENS' }] } });
    expect((await gql(api, REVERT, { id: created!.id }, KEYS.write)).errors).toBeUndefined();
    expect(await state()).toEqual({ article: null, relations: { nodes: [] } });
    const gone = await gql<{ relation: unknown }>(api, `query ($id: ID!) { relation(id: $id) { id } }`, { id: seed.rel(qat, 'THREATENS', tur) });
    expect(gone.data!.relation).toBeNull();
    expect((await entries()).map((e) => e.reverted)).toEqual([true, true]);
  });
});
