import type { Driver } from 'neo4j-driver';
import { pino, type Logger } from 'pino';
import { RELATION_TYPE_INFO, type Actor, type ExtractedRelation, type ExtractionResult, type RelationType } from '../../../src/domain/index.js';
import type { Extractor } from '../../../src/extract/index.js';
import { Graph } from '../../../src/graph/graph.js';
import { ensureSchema, ingestArticle } from '../../../src/ingest/index.js';
import type { QueryObservation } from '../../../src/api/observed-graph.js';
import { createServer, type KgServer } from '../../../src/server/create-server.js';
import { sha256Hex } from '../../../src/api/auth.js';
import { testDriver, testEndpoint, uniquePrefix } from '../../support/neo4j.js';

/**
 * A scripted extractor: returns what a test wrote for each article id, so API tests control their
 * actors and relations exactly while going through the real ingestion write path.
 */
export class ScriptedExtractor implements Extractor {
  private readonly scripts = new Map<string, ExtractionResult>();
  private readonly byText = new Map<string, ExtractionResult>();

  /** The result for an article id, whatever its text. */
  script(result: ExtractionResult): void {
    this.scripts.set(result.id, result);
  }

  /** The result for one version of an article (its exact text); takes precedence over `script`. */
  scriptVersion(text: string, result: ExtractionResult): void {
    this.byText.set(`${result.id}\u0000${text}`, result);
  }

  extract(article: { id: string; text: string }): ExtractionResult {
    return this.byText.get(`${article.id}\u0000${article.text}`) ?? this.scripts.get(article.id) ?? { id: article.id, actors: [], relations: [] };
  }
}

export interface SentenceSpec {
  readonly text: string;
  readonly relations: ReadonlyArray<{
    readonly source: string;
    readonly type: RelationType;
    readonly target: string;
    readonly confidence: number;
    readonly claimant?: string;
    readonly alleged?: boolean;
  }>;
}

export interface ArticleSpec {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly published: string | null;
  readonly url?: string;
  readonly sentences: readonly SentenceSpec[];
}

/** Builds the text and the scripted extraction (offsets exact) for one article. */
export function scriptArticle(spec: ArticleSpec, actors: readonly Actor[]): { text: string; result: ExtractionResult } {
  let text = '';
  const relations: ExtractedRelation[] = [];
  const used = new Set<string>();
  for (const sentence of spec.sentences) {
    const start = text.length;
    text += sentence.text;
    const end = text.length;
    text += ' ';
    for (const r of sentence.relations) {
      used.add(r.source).add(r.target);
      if (r.claimant) used.add(r.claimant);
      const info = RELATION_TYPE_INFO[r.type];
      relations.push({
        source: r.source,
        target: r.target,
        type: r.type,
        evidence: sentence.text,
        start,
        end,
        confidence: r.confidence,
        claimant: r.claimant ?? null,
        alleged: r.alleged ?? false,
        cameo: info.cameo,
        goldstein: info.goldstein,
      });
    }
  }
  return { text: text.trimEnd(), result: { id: spec.id, actors: actors.filter((a) => used.has(a.id)), relations } };
}

export const KEYS = {
  read: 'read-key-for-tests',
  write: 'write-key-for-tests',
} as const;

export interface TestApi {
  readonly driver: Driver;
  readonly graph: Graph;
  readonly server: KgServer;
  readonly extractor: ScriptedExtractor;
  readonly queries: QueryObservation[];
  stop(): Promise<void>;
}

/** A server on the run's Neo4j with a read key and a write key; anonymous reading per `anonymousRead`. */
export async function startTestApi(
  options: {
    anonymousRead?: boolean;
    maxPageSize?: number;
    maxBodyBytes?: number;
    /** The server's extractor (ingestArticle, POST /ingest); the scripted one by default. */
    extractor?: Extractor;
    logger?: Logger;
  } = {},
): Promise<TestApi> {
  const driver = testDriver();
  const graph = new Graph(driver, { database: testEndpoint().database }, { txTimeoutMs: 30_000 });
  await ensureSchema(graph);
  const extractor = new ScriptedExtractor();
  const queries: QueryObservation[] = [];
  const server = await createServer({
    graph,
    extractor: options.extractor ?? extractor,
    logger: options.logger ?? pino({ level: process.env['KG_DEBUG'] ? 'debug' : 'silent' }),
    config: {
      http: { port: 0, host: '127.0.0.1', maxBodyBytes: options.maxBodyBytes ?? 1_000_000 },
      api: { maxPageSize: options.maxPageSize ?? 100 },
      auth: {
        anonymousRead: options.anonymousRead ?? true,
        keys: [
          { name: 'reader', role: 'read', hash: sha256Hex(KEYS.read) },
          { name: 'curator', role: 'write', hash: sha256Hex(KEYS.write) },
        ],
      },
      ingest: { maxArticleBytes: 100_000 },
    },
    onQuery: (o) => queries.push(o),
  });
  return {
    driver,
    graph,
    server,
    extractor,
    queries,
    stop: async () => {
      await server.stop();
      await driver.close();
    },
  };
}

/** The seeded world of one test file; every id starts with `prefix`. */
export interface Seed {
  readonly prefix: string;
  /** A word in every actor name, so full-text searches see only this file's actors. */
  readonly tag: string;
  readonly id: (name: 'pak' | 'afg' | 'tur' | 'qat' | 'ttp' | 'asif') => string;
  readonly article: (n: 1 | 2 | 3 | 4) => string;
  readonly rel: (source: string, type: RelationType, target: string) => string;
}

/**
 * Seeds four articles through `ingestArticle` (the real write path) with a scripted extraction:
 *
 * a1 1991-10-01 Dawn    (with a url) pak ACCUSES afg 0.9; afg SUPPORTS ttp 0.6 (alleged, claimant pak);
 *                       tur MEDIATES pak 0.8; tur MEDIATES afg 0.8
 * a2 1991-10-15 Reuters afg DENIES pak 0.7; pak ACCUSES afg 0.8 (claimant asif);
 *                       pak NEGOTIATES_WITH afg 0.85 (both directions)
 * a3 1991-11-02 Dawn    ttp ATTACKS pak 0.95; qat MEETS_WITH tur 0.6 (both directions)
 * a4 undated    Blog    pak CRITICIZES ttp 0.4
 *
 * 11 relations; degrees pak 7, afg 6, tur 4, ttp 3, qat 2, asif 0. The dates are in 1991 so
 * windowed queries over a shared database see only this seed.
 */
export async function seedWorld(api: TestApi, label = 'api'): Promise<Seed> {
  const prefix = uniquePrefix(label);
  const tag = prefix.slice(0, -1);
  const id = (name: string): string => `${prefix}${name}`;
  const actors: Actor[] = [
    { id: id('pak'), name: `Pakistan ${tag}`, type: 'COUNTRY', aliases: [`Islamabad ${tag}`], affiliation: null },
    { id: id('afg'), name: `Afghanistan ${tag}`, type: 'COUNTRY', aliases: [`Kabul ${tag}`], affiliation: null },
    { id: id('tur'), name: `Turkey ${tag}`, type: 'COUNTRY', aliases: [], affiliation: null },
    { id: id('qat'), name: `Qatar ${tag}`, type: 'COUNTRY', aliases: [], affiliation: null },
    { id: id('ttp'), name: `Tehrik-i-Taliban ${tag}`, type: 'ORGANIZATION', aliases: [`TTP ${tag}`], affiliation: null },
    { id: id('asif'), name: `Khawaja Asif ${tag}`, type: 'PERSON', aliases: [], affiliation: id('pak') },
  ];
  const [pak, afg, tur, qat, ttp, asif] = ['pak', 'afg', 'tur', 'qat', 'ttp', 'asif'].map(id) as [string, string, string, string, string, string];
  const articles: ArticleSpec[] = [
    {
      id: `${prefix}a1`,
      title: 'Pakistan accuses Afghanistan',
      source: 'Dawn',
      published: '1991-10-01',
      url: `https://example.org/${prefix}a1`,
      sentences: [
        {
          text: 'Pakistan accused Afghanistan of sheltering TTP fighters.',
          relations: [
            { source: pak, type: 'ACCUSES', target: afg, confidence: 0.9 },
            { source: afg, type: 'SUPPORTS', target: ttp, confidence: 0.6, claimant: pak, alleged: true },
          ],
        },
        {
          text: 'Turkey mediated talks between Pakistan and Afghanistan.',
          relations: [
            { source: tur, type: 'MEDIATES', target: pak, confidence: 0.8 },
            { source: tur, type: 'MEDIATES', target: afg, confidence: 0.8 },
          ],
        },
      ],
    },
    {
      id: `${prefix}a2`,
      title: 'Talks in Istanbul',
      source: 'Reuters',
      published: '1991-10-15',
      sentences: [
        { text: 'Afghanistan denied the accusations.', relations: [{ source: afg, type: 'DENIES', target: pak, confidence: 0.7 }] },
        {
          text: 'Khawaja Asif said Pakistan again accused Afghanistan.',
          relations: [{ source: pak, type: 'ACCUSES', target: afg, confidence: 0.8, claimant: asif }],
        },
        {
          text: 'Pakistan and Afghanistan negotiated in Istanbul.',
          relations: [
            { source: pak, type: 'NEGOTIATES_WITH', target: afg, confidence: 0.85 },
            { source: afg, type: 'NEGOTIATES_WITH', target: pak, confidence: 0.85 },
          ],
        },
      ],
    },
    {
      id: `${prefix}a3`,
      title: 'Attack and a meeting',
      source: 'Dawn',
      published: '1991-11-02',
      sentences: [
        { text: 'The TTP attacked Pakistan.', relations: [{ source: ttp, type: 'ATTACKS', target: pak, confidence: 0.95 }] },
        {
          text: 'Qatar met Turkey.',
          relations: [
            { source: qat, type: 'MEETS_WITH', target: tur, confidence: 0.6 },
            { source: tur, type: 'MEETS_WITH', target: qat, confidence: 0.6 },
          ],
        },
      ],
    },
    {
      id: `${prefix}a4`,
      title: 'An undated opinion',
      source: `Blog ${tag}`,
      published: null,
      sentences: [{ text: 'Pakistan criticized the TTP.', relations: [{ source: pak, type: 'CRITICIZES', target: ttp, confidence: 0.4 }] }],
    },
  ];
  for (const spec of articles) {
    const { text, result } = scriptArticle(spec, actors);
    api.extractor.script(result);
    await ingestArticle(
      {
        id: spec.id,
        title: spec.title,
        source: spec.source,
        text,
        ...(spec.published ? { published: spec.published } : {}),
        ...(spec.url ? { url: spec.url } : {}),
      },
      { graph: api.graph, extractor: api.extractor, maxArticleBytes: 100_000 },
    );
  }
  return {
    prefix,
    tag,
    id: id as Seed['id'],
    article: (n) => `${prefix}a${n}`,
    rel: (source, type, target) => `${source}|${type}|${target}`,
  };
}

/** Deletes everything whose id starts with the prefix (actors, their edges, articles, mentions, audit). */
export async function cleanup(api: TestApi, prefix: string): Promise<void> {
  const database = testEndpoint().database ?? undefined;
  await api.driver.executeQuery(
    `MATCH (n) WHERE (n:Actor OR n:Article OR n:Mention) AND n.id STARTS WITH $prefix DETACH DELETE n`,
    { prefix },
    database ? { database } : {},
  );
  await api.driver.executeQuery(
    `MATCH (m:Mention) WHERE m.articleId STARTS WITH $prefix DETACH DELETE m`,
    { prefix },
    database ? { database } : {},
  );
  await api.driver.executeQuery(
    `MATCH (e:AuditEntry) WHERE e.targetId STARTS WITH $prefix
     OPTIONAL MATCH (r:AuditEntry {targetId: e.id})
     DETACH DELETE e, r`,
    { prefix },
    database ? { database } : {},
  );
}

/** Runs a GraphQL operation in-process with the given key (null = anonymous). */
export async function gql<T = Record<string, unknown>>(
  api: TestApi,
  query: string,
  variables: Record<string, unknown> = {},
  key: string | null = null,
): Promise<{ data: T | null; errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> | undefined }> {
  const response = await api.server.apollo.executeOperation<T>({ query, variables }, { contextValue: api.server.contextFor(key) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const result = response.body.singleResult;
  return { data: (result.data ?? null) as T | null, errors: result.errors as never };
}
