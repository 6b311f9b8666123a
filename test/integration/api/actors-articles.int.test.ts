import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, gql, seedWorld, startTestApi, type Seed, type TestApi } from './support.js';

let api: TestApi;
let seed: Seed;

beforeAll(async () => {
  api = await startTestApi();
  seed = await seedWorld(api, 'act');
});

afterAll(async () => {
  await cleanup(api, seed.prefix);
  await api.stop();
});

describe('actors', () => {
  it('answers one actor with aliases, affiliation, degree, relations and neighbours', async () => {
    const res = await gql<{
      actor: {
        id: string;
        name: string;
        type: string;
        aliases: string[];
        degree: number;
        affiliation: { id: string } | null;
        relations: { totalCount: number; nodes: Array<{ type: string; target: { id: string } }> };
        neighbors: Array<{ actor: { id: string }; weight: number; types: string[] }>;
      };
      asif: { affiliation: { id: string; name: string }; degree: number };
    }>(
      api,
      /* GraphQL */ `
        query ($id: ID!, $asif: ID!) {
          actor(id: $id) {
            id name type aliases degree affiliation { id }
            relations(filter: { direction: OUT, types: [ACCUSES, CRITICIZES, NEGOTIATES_WITH] }) { totalCount nodes { type target { id } } }
            neighbors { actor { id } weight types }
          }
          asif: actor(id: $asif) { affiliation { id name } degree }
        }
      `,
      { id: seed.id('pak'), asif: seed.id('asif') },
    );
    expect(res.errors).toBeUndefined();
    const pak = res.data!.actor;
    expect(pak).toMatchObject({ id: seed.id('pak'), name: `Pakistan ${seed.tag}`, type: 'COUNTRY', degree: 7, affiliation: null });
    expect(pak.aliases).toEqual([`Islamabad ${seed.tag}`]);
    expect(pak.relations.totalCount).toBe(3);
    expect(pak.relations.nodes.map((n) => `${n.type}>${n.target.id}`).sort()).toEqual(
      [`ACCUSES>${seed.id('afg')}`, `CRITICIZES>${seed.id('ttp')}`, `NEGOTIATES_WITH>${seed.id('afg')}`].sort(),
    );
    // afg: ACCUSES (a1, a2), DENIES (a2), NEGOTIATES_WITH both ways (a2) → 2 distinct articles.
    expect(pak.neighbors).toEqual([
      { actor: { id: seed.id('afg') }, weight: 2, types: ['ACCUSES', 'DENIES', 'NEGOTIATES_WITH'] },
      { actor: { id: seed.id('ttp') }, weight: 2, types: ['ATTACKS', 'CRITICIZES'] },
      { actor: { id: seed.id('tur') }, weight: 1, types: ['MEDIATES'] },
    ]);
    expect(res.data!.asif).toEqual({ affiliation: { id: seed.id('pak'), name: `Pakistan ${seed.tag}` }, degree: 0 });
  });

  it('filters neighbours by direction and window', async () => {
    const res = await gql<{ actor: { neighbors: Array<{ actor: { id: string }; weight: number; types: string[] }> } }>(
      api,
      `query ($id: ID!) { actor(id: $id) { neighbors(filter: { direction: IN, since: "1991-10-10" }) { actor { id } weight types } } }`,
      { id: seed.id('pak') },
    );
    expect(res.data!.actor.neighbors).toEqual([
      { actor: { id: seed.id('afg') }, weight: 1, types: ['DENIES', 'NEGOTIATES_WITH'] },
      { actor: { id: seed.id('ttp') }, weight: 1, types: ['ATTACKS'] },
    ]);
  });

  it('searches names and aliases by word, prefix and fuzzy spelling', async () => {
    const search = async (query: string, types?: string[]) => {
      const res = await gql<{ searchActors: Array<{ actor: { id: string }; score: number }> }>(
        api,
        `query ($q: String!, $types: [ActorType!]) { searchActors(query: $q, types: $types) { actor { id } score } }`,
        { q: query, types },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.searchActors.map((h) => h.actor.id);
    };
    expect((await search(`${seed.tag} kabul`))[0]).toBe(seed.id('afg'));
    expect((await search(`${seed.tag} pakis`))[0]).toBe(seed.id('pak'));
    expect(await search(`${seed.tag} afghanistn`)).toContain(seed.id('afg'));
    expect(await search(`${seed.tag} TTP`)).toEqual([seed.id('ttp')]);
    expect(await search(seed.tag, ['PERSON'])).toEqual([seed.id('asif')]);
    expect((await search(`${seed.tag} ( : "`)).length).toBeGreaterThan(0);
    const empty = await gql(api, `{ searchActors(query: "  ") { score } }`);
    expect(empty.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('lists actors by name and by degree with keyset pages', async () => {
    const ACTORS = /* GraphQL */ `
      query ($filter: ActorFilter, $sort: ActorSort, $first: Int, $after: String) {
        actors(filter: $filter, sort: $sort, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { id degree }
        }
      }
    `;
    type Page = { actors: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<{ id: string; degree: number }> } };
    const collect = async (sort: string, filter: Record<string, unknown>) => {
      const ids: Array<[string, number]> = [];
      let after: string | null = null;
      for (let i = 0; i < 20; i++) {
        const res: Awaited<ReturnType<typeof gql<Page>>> = await gql<Page>(api, ACTORS, { filter, sort, first: 2, after });
        expect(res.errors).toBeUndefined();
        ids.push(...res.data!.actors.nodes.map((n): [string, number] => [n.id, n.degree]));
        if (!res.data!.actors.pageInfo.hasNextPage) break;
        after = res.data!.actors.pageInfo.endCursor;
      }
      return ids;
    };
    const byName = await collect('NAME', { nameContains: seed.tag });
    expect(byName.map(([id]) => id)).toEqual(['afg', 'asif', 'pak', 'qat', 'ttp', 'tur'].map((n) => seed.id(n as 'pak')));
    const byDegree = await collect('DEGREE', { nameContains: seed.tag, minDegree: 1 });
    expect(byDegree).toEqual([
      [seed.id('pak'), 7],
      [seed.id('afg'), 6],
      [seed.id('tur'), 4],
      [seed.id('ttp'), 3],
      [seed.id('qat'), 2],
    ]);
    const countries = await gql<Page>(api, ACTORS, { filter: { nameContains: seed.tag, types: ['COUNTRY'] }, first: 0 });
    expect(countries.data!.actors.totalCount).toBe(4);
    expect(countries.data!.actors.pageInfo.hasNextPage).toBe(true);
  });
});

describe('articles', () => {
  it('answers an article with its relations and evidence', async () => {
    const res = await gql<{
      article: {
        id: string;
        title: string;
        source: string;
        published: string;
        url: string | null;
        ingestedAt: string;
        extractor: string | null;
        relations: { totalCount: number; nodes: Array<{ id: string }> };
        evidence: Array<{ sentence: string; start: number }>;
      };
    }>(
      api,
      `query ($id: ID!) { article(id: $id) { id title source published url ingestedAt extractor relations { totalCount nodes { id } } evidence { sentence start } } }`,
      { id: seed.article(2) },
    );
    expect(res.errors).toBeUndefined();
    const a = res.data!.article;
    expect(a).toMatchObject({ id: seed.article(2), title: 'Talks in Istanbul', source: 'Reuters', published: '1991-10-15', url: null });
    expect(Number.isNaN(Date.parse(a.ingestedAt))).toBe(false);
    // The scripted extractor has no fingerprint: stored as '' (null would mean "before fingerprints").
    expect(a.extractor).toBe('');
    expect(a.relations.totalCount).toBe(4);
    expect(a.evidence.map((e) => e.start)).toEqual([...a.evidence.map((e) => e.start)].sort((x, y) => x - y));
    expect(a.evidence[0]!.sentence).toBe('Afghanistan denied the accusations.');
  });

  it('lists articles newest first, undated last, filtered by source, window and actor', async () => {
    const ARTICLES = `query ($filter: ArticleFilter, $first: Int, $after: String) {
      articles(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id published } } }`;
    type Page = { articles: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<{ id: string; published: string | null }> } };
    const byActor = await gql<Page>(api, ARTICLES, { filter: { actor: seed.id('pak') }, first: 10 });
    expect(byActor.errors).toBeUndefined();
    expect(byActor.data!.articles.nodes.map((n) => n.id)).toEqual([seed.article(3), seed.article(2), seed.article(1), seed.article(4)]);
    expect(byActor.data!.articles.totalCount).toBe(4);
    const qatar = await gql<Page>(api, ARTICLES, { filter: { actor: seed.id('qat') } });
    expect(qatar.data!.articles.nodes.map((n) => n.id)).toEqual([seed.article(3)]);
    const window = await gql<Page>(api, ARTICLES, { filter: { since: '1991-10-02', until: '1991-11-30' } });
    expect(window.data!.articles.nodes.map((n) => n.id).filter((id) => id.startsWith(seed.prefix))).toEqual([seed.article(3), seed.article(2)]);
    const blog = await gql<Page>(api, ARTICLES, { filter: { source: `Blog ${seed.tag}` } });
    expect(blog.data!.articles.nodes).toEqual([{ id: seed.article(4), published: null }]);
    // Pages of one: no gaps, no repeats.
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: Awaited<ReturnType<typeof gql<Page>>> = await gql<Page>(api, ARTICLES, { filter: { actor: seed.id('pak') }, first: 1, after });
      seen.push(...res.data!.articles.nodes.map((n) => n.id));
      if (!res.data!.articles.pageInfo.hasNextPage) break;
      after = res.data!.articles.pageInfo.endCursor;
    }
    expect(seen).toEqual(byActor.data!.articles.nodes.map((n) => n.id));
  });
});
