import neo4j, { type Driver } from 'neo4j-driver';
import type { Actor, Article, ExtractedRelation, ExtractionResult } from '../../../src/domain/index.js';
import { isRelationType, RELATION_TYPE_INFO } from '../../../src/domain/index.js';
import type { Extractor } from '../../../src/extract/index.js';
import { Graph } from '../../../src/graph/graph.js';
import { edgeFields, formatMeta, STRONGEST_HEAD, STRONGEST_SIZE } from '../../../src/graph/strongest.js';
import { testEndpoint } from '../../support/neo4j.js';

/**
 * A scripted extractor so storage tests control exactly what is extracted: every sentence
 * `<source> <TYPE> <target>[ per <claimant>][ allegedly][ @80].` (confidence in percent) gives one relation between
 * actor ids; every id token becomes an actor named after it ("alias:<id>=<name>" lines add
 * aliases). Independent of the real extractor, whose output changes as it improves.
 */
export function scriptExtractor(): Extractor {
  return {
    extract(article: Article): ExtractionResult {
      const actors = new Map<string, { id: string; name: string; aliases: string[] }>();
      const actor = (id: string): void => {
        if (!actors.has(id)) actors.set(id, { id, name: id.toUpperCase(), aliases: [] });
      };
      const relations: ExtractedRelation[] = [];
      const sentence = /([^.\n]+)\./g;
      for (let m = sentence.exec(article.text); m; m = sentence.exec(article.text)) {
        const text = (m[1] ?? '').trim();
        const alias = /^alias:(\S+)=(.+)$/.exec(text);
        if (alias?.[1] && alias[2]) {
          actor(alias[1]);
          actors.get(alias[1])?.aliases.push(alias[2]);
          continue;
        }
        const rel = /^(\S+) ([A-Z_]+) (\S+)(?: per (\S+))?( allegedly)?(?: @(\d+))?$/.exec(text);
        if (!rel?.[1] || !rel[2] || !rel[3] || !isRelationType(rel[2])) continue;
        const [source, type, target, claimant] = [rel[1], rel[2], rel[3], rel[4] ?? null];
        actor(source);
        actor(target);
        if (claimant) actor(claimant);
        const start = m.index + (m[0].length - m[0].trimStart().length);
        const end = m.index + m[0].length;
        relations.push({
          source,
          target,
          type,
          evidence: article.text.slice(start, end),
          start,
          end,
          confidence: rel[6] ? Number(rel[6]) / 100 : 0.5,
          claimant,
          alleged: rel[5] !== undefined,
          cameo: RELATION_TYPE_INFO[type].cameo,
          goldstein: RELATION_TYPE_INFO[type].goldstein,
        });
      }
      const list: Actor[] = [...actors.values()].map((a) => ({ ...a, type: 'COUNTRY', affiliation: null }));
      return { id: article.id, actors: list, relations };
    },
  };
}

export function testGraph(driver: Driver): Graph {
  return new Graph(driver, { database: testEndpoint().database }, { txTimeoutMs: 30_000 });
}

/** Deletes everything a test wrote under its prefix (articles, mentions, actors and their edges). */
export async function cleanPrefix(graph: Graph, prefix: string): Promise<void> {
  await graph.write('test/clean', async (tx) => {
    await tx.run('MATCH (m:Mention) WHERE m.articleId STARTS WITH $p DETACH DELETE m', { p: prefix });
    await tx.run('MATCH (a:Article) WHERE a.id STARTS WITH $p DETACH DELETE a', { p: prefix });
    await tx.run('MATCH (a:Actor) WHERE a.id STARTS WITH $p DETACH DELETE a', { p: prefix });
  });
}

export interface PrefixCounts {
  readonly actors: number;
  readonly articles: number;
  readonly mentions: number;
  readonly edges: number;
}

/** Counts of what lives under a prefix. */
export async function countPrefix(graph: Graph, prefix: string): Promise<PrefixCounts> {
  return graph.read('test/count', async (tx) => {
    const one = async (q: string): Promise<number> => {
      const r = await tx.run(q, { p: prefix });
      return Number(r.records[0]?.get('n'));
    };
    return {
      actors: await one('MATCH (a:Actor) WHERE a.id STARTS WITH $p RETURN count(a) AS n'),
      articles: await one('MATCH (a:Article) WHERE a.id STARTS WITH $p RETURN count(a) AS n'),
      mentions: await one('MATCH (m:Mention)-[:IN_ARTICLE]->(a:Article) WHERE a.id STARTS WITH $p RETURN count(m) AS n'),
      edges: await one('MATCH (s:Actor)-[e]->(:Actor) WHERE s.id STARTS WITH $p RETURN count(e) AS n'),
    };
  });
}

export interface EdgeSnapshot {
  readonly id: string;
  readonly type: string;
  readonly count: number;
  readonly articleCount: number;
  readonly allegedCount: number;
  readonly confidence: number;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly claimantIds: string[];
  readonly retracted: boolean;
}

/** Every aggregated edge under a prefix, sorted by id, with plain values. */
export async function edgesOf(graph: Graph, prefix: string): Promise<EdgeSnapshot[]> {
  return graph.read('test/edges', async (tx) => {
    const r = await tx.run(
      `MATCH (s:Actor)-[e]->(:Actor) WHERE s.id STARTS WITH $p
       RETURN e.id AS id, type(e) AS type, e.count AS count, e.articleCount AS articleCount,
              e.allegedCount AS allegedCount, e.confidence AS confidence,
              toString(e.firstSeen) AS firstSeen, toString(e.lastSeen) AS lastSeen,
              e.claimantIds AS claimantIds, e.retracted AS retracted
       ORDER BY id`,
      { p: prefix },
    );
    return r.records.map((x) => ({
      id: String(x.get('id')),
      type: String(x.get('type')),
      count: Number(x.get('count')),
      articleCount: Number(x.get('articleCount')),
      allegedCount: Number(x.get('allegedCount')),
      confidence: Math.round(Number(x.get('confidence')) * 1000) / 1000,
      firstSeen: x.get('firstSeen') as string | null,
      lastSeen: x.get('lastSeen') as string | null,
      claimantIds: (x.get('claimantIds') as string[]).slice().sort(),
      retracted: Boolean(x.get('retracted')),
    }));
  });
}

/**
 * Edges whose stored aggregates differ from a recomputation over their mentions, and mentions
 * whose edge is missing: both lists must be empty after any sequence of ingests.
 */
/**
 * What the stored graph of actors with this id prefix gets wrong: `edges` whose aggregates differ
 * from their mentions, mentions whose edge is missing (`orphans`), and actors whose stored list of
 * strongest edges differs from what their edges say (`lists`).
 */
export async function inconsistencies(graph: Graph, prefix: string): Promise<{ edges: string[]; orphans: string[]; lists: string[] }> {
  return graph.read('test/consistency', async (tx) => {
    const edges = await tx.run(
      `MATCH (s:Actor)-[e]->(:Actor) WHERE s.id STARTS WITH $p
       OPTIONAL MATCH (m:Mention {relationId: e.id})
       WITH s, e, count(m) AS c, count(DISTINCT m.articleId) AS ac, coalesce(sum(m.confidence), 0.0) AS cs,
            sum(CASE WHEN m.alleged THEN 1 ELSE 0 END) AS al, min(m.date) AS f, max(m.date) AS l,
            collect(DISTINCT m.claimantId) AS cl
       WHERE c <> e.count OR ac <> e.articleCount OR abs(cs - e.confidenceSum) > 1e-6 OR al <> e.allegedCount
          OR coalesce(toString(f), '') <> coalesce(toString(e.firstSeen), '')
          OR coalesce(toString(l), '') <> coalesce(toString(e.lastSeen), '')
          OR size(cl) <> size(e.claimantIds) OR any(x IN cl WHERE NOT x IN e.claimantIds)
          OR abs(e.confidence - e.confidenceSum / e.count) > 1e-6 OR e.id <> s.id + '|' + type(e) + '|' + endNode(e).id
       RETURN e.id AS id`,
      { p: prefix },
    );
    const orphans = await tx.run(
      `MATCH (m:Mention) WHERE m.articleId STARTS WITH $p
       WITH DISTINCT m.relationId AS rid, m.sourceId AS s, m.targetId AS t
       WHERE NOT EXISTS { MATCH (:Actor {id: s})-[e]->(:Actor {id: t}) WHERE e.id = rid }
       RETURN rid`,
      { p: prefix },
    );
    const lists = await tx.run(
      `MATCH (a:Actor) WHERE a.id STARTS WITH $p
       CALL (a) {
         OPTIONAL MATCH (a)-[r]-(:Actor) WHERE coalesce(r.retracted, false) = false
         WITH r ORDER BY r.articleCount DESC, r.id LIMIT $size
         RETURN collect(r.id) AS live, collect(r.articleCount) AS counts,
           collect(r {.articleCount, .count, .confidence, .goldstein, firstSeen: toString(r.firstSeen), lastSeen: toString(r.lastSeen)}) AS fields
       }
       RETURN a.id AS id, a.strongestMeta AS metas, a.strongestHeadMeta AS headMetas, fields,
         (a.strongest IS NULL AND size(live) > 0)
          OR (a.strongest IS NOT NULL AND (a.strongest <> live OR [c IN a.strongestCounts | toInteger(c)] <> counts
              OR a.strongestHead <> live[0..$head] OR a.strongestSize <> size(live))) AS wrong`,
      { p: prefix, size: neo4j.int(STRONGEST_SIZE), head: neo4j.int(STRONGEST_HEAD) },
    );
    // Each listed edge's stored fields (`strongestMeta`) must be the edge's fields now.
    const wrongList = (r: { get(key: string): unknown }): boolean => {
      if (r.get('wrong') === true) return true;
      const metas = r.get('metas') as string[] | null;
      const fields = (r.get('fields') as Array<Parameters<typeof edgeFields>[0]>).map((f) => formatMeta(edgeFields(f)));
      if (metas === null) return fields.length > 0;
      const head = r.get('headMetas') as string[] | null;
      return JSON.stringify(metas) !== JSON.stringify(fields) || JSON.stringify(head) !== JSON.stringify(fields.slice(0, STRONGEST_HEAD));
    };
    return {
      edges: edges.records.map((r) => String(r.get('id'))),
      orphans: orphans.records.map((r) => String(r.get('rid'))),
      lists: lists.records.filter(wrongList).map((r) => String(r.get('id'))),
    };
  });
}

/** Wraps an extractor so every actor id (and relation end, claimant) carries the test's prefix; same fingerprint. */
export function prefixedExtractor(inner: Extractor, prefix: string): Extractor {
  const p = (id: string): string => `${prefix}${id}`;
  return {
    fingerprint: inner.fingerprint,
    extract(article, options) {
      const result = inner.extract(article, options);
      return {
        id: result.id,
        actors: result.actors.map((a) => ({ ...a, id: p(a.id), affiliation: a.affiliation === null ? null : p(a.affiliation) })),
        relations: result.relations.map((r) => ({
          ...r,
          source: p(r.source),
          target: p(r.target),
          claimant: r.claimant === null ? null : p(r.claimant),
        })),
      };
    },
  };
}
