/**
 * The read benchmark's graph: N actors with power-law (Zipf) degrees and M extracted relations
 * (evidence mentions) of every type spread over five years, aggregated into typed edges exactly as
 * the ingestion write path aggregates them (`count`, `articleCount`, `confidenceSum`, `firstSeen`,
 * `lastSeen`, `claimantIds`, …). Deterministic for a seed.
 *
 * It is bulk-loaded with `UNWIND … CREATE` rather than through `ingestMany`: a million mentions
 * through the MERGE path takes far longer than the benchmark's budget, and the read side only
 * needs the same graph model (same labels, properties, ids, relationship types and indexes).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { RELATION_TYPE_INFO, RELATION_TYPES, type RelationType } from '../../src/domain/index.js';
import { cypherDate } from '../../src/graph/ingest-writes.js';
import { mentionId, relationId } from '../../src/ingest/prepare.js';
import { actorPool } from '../synthetic/actors.js';
import { createRandom } from '../synthetic/random.js';

export interface GraphParams {
  readonly actors: number;
  readonly relations: number;
  readonly seed: number;
  /** Mentions per article (the article count follows). */
  readonly perArticle: number;
  readonly from: string;
  readonly to: string;
}

/** Bumped when the generator changes, so a cached graph built by an older one is reloaded. */
export const GENERATOR_VERSION = 1;

export function paramsKey(p: GraphParams): string {
  return JSON.stringify({ v: GENERATOR_VERSION, ...p });
}

interface EdgeAgg {
  id: string;
  type: RelationType;
  sourceId: string;
  targetId: string;
  count: number;
  articles: number;
  lastArticle: number;
  confidenceSum: number;
  allegedCount: number;
  firstSeen: string;
  lastSeen: string;
  claimantIds: string[];
}

const DAY_MS = 86_400_000;

const VERBS: Record<RelationType, string> = {
  MEDIATES: 'mediated between',
  OFFERS_MEDIATION: 'offered to mediate with',
  NEGOTIATES_WITH: 'negotiated with',
  MEETS_WITH: 'met',
  ACCUSES: 'accused',
  CRITICIZES: 'criticized',
  DENIES: 'denied the claims of',
  DEMANDS: 'made demands of',
  THREATENS: 'threatened',
  ATTACKS: 'attacked',
  AGREES_WITH: 'agreed with',
  SUPPORTS: 'backed',
};

export interface LoadReport {
  readonly actors: number;
  readonly articles: number;
  readonly mentions: number;
  readonly edges: number;
  readonly seconds: number;
}

async function runBatched(driver: Driver, database: string | undefined, query: string, rows: readonly unknown[], size: number): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    const session = driver.session({ ...(database ? { database } : {}), defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite((tx) => tx.run(query, { rows: rows.slice(i, i + size) }));
    } finally {
      await session.close();
    }
  }
}

/**
 * Writes the graph into an empty database (the caller wipes it first and creates the schema).
 * Articles are generated one at a time and flushed in chunks, so memory holds only the edge
 * aggregates (one small object per distinct edge) and one chunk of mentions.
 */
export async function loadGraph(
  driver: Driver,
  database: string | undefined,
  p: GraphParams,
  log: (message: string) => void,
): Promise<LoadReport> {
  const started = performance.now();
  const rnd = createRandom(p.seed);
  const pool = actorPool(p.actors, p.seed);
  const poolIds = new Set(pool.map((a) => a.id));
  const actorRows = pool.map((a) => ({
    id: a.id,
    name: a.name,
    type: a.type,
    aliases: [...a.aliases],
    affiliation: a.affiliation !== null && poolIds.has(a.affiliation) ? a.affiliation : null,
    searchText: [a.name, ...a.aliases].join(' '),
  }));
  await runBatched(driver, database, 'UNWIND $rows AS row CREATE (a:Actor) SET a = row', actorRows, 10_000);
  log(`actors: ${actorRows.length}`);

  const from = Date.parse(`${p.from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${p.to}T00:00:00Z`) - from) / DAY_MS);
  const edges = new Map<string, EdgeAgg>();
  const articleCount = Math.ceil(p.relations / p.perArticle);
  let mentions = 0;
  let articleChunk: Array<Record<string, unknown>> = [];
  let mentionChunk: Array<Record<string, unknown>> = [];
  const flush = async (): Promise<void> => {
    await runBatched(
      driver,
      database,
      `UNWIND $rows AS row
       CREATE (a:Article {id: row.id, url: row.url, title: row.title, source: row.source, published: row.published,
         contentHash: row.contentHash, text: row.text, mentionCount: row.mentionCount, ingestedAt: datetime()})`,
      articleChunk,
      5_000,
    );
    await runBatched(
      driver,
      database,
      `UNWIND $rows AS row
       MATCH (a:Article {id: row.articleId})
       CREATE (m:Mention {id: row.id, relationId: row.relationId, articleId: row.articleId, type: row.type,
         sourceId: row.sourceId, targetId: row.targetId, date: row.date, evidence: row.evidence, start: row.start,
         end: row.end, confidence: row.confidence, claimantId: row.claimantId, alleged: row.alleged,
         cameo: row.cameo, goldstein: row.goldstein, retracted: false})-[:IN_ARTICLE]->(a)`,
      mentionChunk,
      10_000,
    );
    articleChunk = [];
    mentionChunk = [];
  };

  for (let i = 0; i < articleCount && mentions < p.relations; i++) {
    const articleId = `bench-${p.seed}-${i}`;
    const iso = new Date(from + rnd.int(0, days) * DAY_MS).toISOString().slice(0, 10);
    const date = cypherDate(iso);
    const first = rnd.zipf(pool.length);
    let text = '';
    let k = 0;
    while (k < p.perArticle && mentions < p.relations) {
      const type = RELATION_TYPES[rnd.int(0, RELATION_TYPES.length - 1)] as RelationType;
      const info = RELATION_TYPE_INFO[type];
      const si = rnd.chance(0.3) ? first : rnd.zipf(pool.length);
      let ti = rnd.zipf(pool.length);
      while (ti === si) ti = rnd.int(0, pool.length - 1);
      const s = pool[si]!;
      const t = pool[ti]!;
      const claimant = rnd.chance(0.2) ? pool[rnd.zipf(pool.length)]! : null;
      const claimantId = claimant !== null && claimant.id !== s.id ? claimant.id : null;
      const sentence = `${s.name} ${VERBS[type]} ${t.name}.`;
      const start = text.length;
      text += `${sentence} `;
      const confidence = Math.round((0.5 + rnd.next() * 0.45) * 100) / 100;
      const alleged = type === 'SUPPORTS' && claimantId !== null && rnd.chance(0.5);
      // Symmetric types hold both ways, as the extractor emits them.
      const ends: Array<[string, string]> = info.symmetric ? [[s.id, t.id], [t.id, s.id]] : [[s.id, t.id]];
      for (const [sourceId, targetId] of ends) {
        const rid = relationId(sourceId, type, targetId);
        mentionChunk.push({
          id: mentionId(articleId, type, sourceId, targetId, start, start + sentence.length),
          relationId: rid,
          articleId,
          type,
          sourceId,
          targetId,
          date,
          evidence: sentence,
          start,
          end: start + sentence.length,
          confidence,
          claimantId,
          alleged,
          cameo: info.cameo,
          goldstein: info.goldstein,
        });
        mentions += 1;
        k += 1;
        const e = edges.get(rid);
        if (e === undefined) {
          edges.set(rid, {
            id: rid,
            type,
            sourceId,
            targetId,
            count: 1,
            articles: 1,
            lastArticle: i,
            confidenceSum: confidence,
            allegedCount: alleged ? 1 : 0,
            firstSeen: iso,
            lastSeen: iso,
            claimantIds: claimantId === null ? [] : [claimantId],
          });
        } else {
          e.count += 1;
          if (e.lastArticle !== i) {
            e.articles += 1;
            e.lastArticle = i;
          }
          e.confidenceSum += confidence;
          if (alleged) e.allegedCount += 1;
          if (iso < e.firstSeen) e.firstSeen = iso;
          if (iso > e.lastSeen) e.lastSeen = iso;
          if (claimantId !== null && !e.claimantIds.includes(claimantId) && e.claimantIds.length < 20) e.claimantIds.push(claimantId);
        }
      }
    }
    articleChunk.push({
      id: articleId,
      url: `https://synthetic.example/bench/${p.seed}/${i}`,
      title: `${pool[first]!.name} at the centre of renewed regional tensions`,
      source: 'Synthetic Wire',
      published: date,
      contentHash: `bench-${p.seed}-${i}`,
      text: text.trimEnd(),
      mentionCount: k,
    });
    if (mentionChunk.length >= 50_000) {
      await flush();
      log(`mentions: ${mentions} / ${p.relations}`);
    }
  }
  await flush();
  log(`mentions: ${mentions}, edges: ${edges.size}`);

  // One statement per type: the relationship type must be static in CREATE.
  const byType = new Map<RelationType, Array<Record<string, unknown>>>();
  for (const e of edges.values()) {
    const rows = byType.get(e.type) ?? [];
    rows.push({
      id: e.id,
      sourceId: e.sourceId,
      targetId: e.targetId,
      count: e.count,
      articleCount: e.articles,
      confidenceSum: e.confidenceSum,
      confidence: e.confidenceSum / e.count,
      allegedCount: e.allegedCount,
      firstSeen: cypherDate(e.firstSeen),
      lastSeen: cypherDate(e.lastSeen),
      claimantIds: e.claimantIds,
      cameo: RELATION_TYPE_INFO[e.type].cameo,
      goldstein: RELATION_TYPE_INFO[e.type].goldstein,
    });
    byType.set(e.type, rows);
  }
  edges.clear();
  let edgeCount = 0;
  for (const [type, rows] of byType) {
    await runBatched(
      driver,
      database,
      `UNWIND $rows AS row
       MATCH (s:Actor {id: row.sourceId}), (t:Actor {id: row.targetId})
       CREATE (s)-[e:${type} {id: row.id, cameo: row.cameo, goldstein: row.goldstein, retracted: false,
         confidence: row.confidence, count: row.count, articleCount: row.articleCount,
         confidenceSum: row.confidenceSum, allegedCount: row.allegedCount, firstSeen: row.firstSeen,
         lastSeen: row.lastSeen, claimantIds: row.claimantIds}]->(t)`,
      rows,
      10_000,
    );
    edgeCount += rows.length;
    log(`edges: ${edgeCount}`);
  }
  return {
    actors: actorRows.length,
    articles: articleCount,
    mentions,
    edges: edgeCount,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
