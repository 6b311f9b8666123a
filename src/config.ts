import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AppError } from './errors.js';

/** The project folder (the same from `src/` and the built `dist/`). */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The only reader of `process.env`. Every bad variable is reported at once; disabled features
 * are `null`. Callers pass slices (`config.neo4j`) onwards, never the whole object.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = z.coerce.number().int();
/** The schemes neo4j-driver speaks; anything else (http://, a bare host) fails at startup, not at first use. */
const NEO4J_URI_PATTERN = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/?#]+/i;

const envSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(NEO4J_URI_PATTERN, 'must be a Neo4j URI: bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc:// and a host')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_TX_TIMEOUT_MS: int.positive().default(15_000),
  NEO4J_LOCAL_DIR: z.string().default('.data/neo4j'),
  NEO4J_LOCAL_PORT: int.min(0).max(65_535).default(0),
  NEO4J_LOCAL_HEAP: z.string().default('1g'),
  NEO4J_LOCAL_PAGECACHE: z.string().default('512m'),
  NEO4J_START_TIMEOUT_MS: int.positive().default(120_000),
  KG_NO_CONTAINERS: bool.default(false),
  PORT: int.min(0).max(65_535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  KG_MAX_ARTICLE_BYTES: int.positive().default(2_000_000),
  KG_MAX_BODY_BYTES: int.positive().default(20_000_000),
  KG_MAX_PAGE_SIZE: int.positive().default(500),
  KG_API_KEYS: z.string().optional(),
  KG_ANONYMOUS_READ: bool.default(true),
  KG_LEXICON: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Role = 'read' | 'write';
export interface ApiKey {
  /** sha256 hex of the key. */
  readonly hash: string;
  readonly role: Role;
  readonly name: string;
}

export interface Neo4jConfig {
  /** An existing server (bolt://, neo4j://, neo4j+s:// …); null = find or start one. */
  readonly uri: string | null;
  readonly user: string;
  readonly password: string | null;
  readonly database: string | null;
  readonly txTimeoutMs: number;
  readonly local: {
    readonly dir: string;
    /** 0 = pick a free port. */
    readonly port: number;
    readonly heap: string;
    readonly pageCache: string;
    readonly startTimeoutMs: number;
  };
  readonly containers: boolean;
}

export interface Config {
  readonly neo4j: Neo4jConfig;
  readonly http: { readonly port: number; readonly host: string; readonly maxBodyBytes: number };
  readonly api: { readonly maxPageSize: number };
  readonly auth: { readonly keys: readonly ApiKey[]; readonly anonymousRead: boolean };
  readonly ingest: { readonly maxArticleBytes: number };
  readonly extract: { readonly lexiconFiles: readonly string[] };
  readonly log: { readonly level: z.infer<typeof envSchema>['LOG_LEVEL'] };
}

/**
 * `KG_API_KEYS` is a comma-separated list of `name:role:sha256hex` entries, so plain keys never
 * sit in configuration.
 */
function parseKeys(raw: string | undefined, issues: string[]): ApiKey[] {
  if (!raw) return [];
  const keys: ApiKey[] = [];
  for (const entry of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [name, role, hash] = entry.split(':');
    if (!name || (role !== 'read' && role !== 'write') || !hash || !/^[0-9a-f]{64}$/i.test(hash)) {
      issues.push(`KG_API_KEYS: entry "${name ?? entry}" must be name:read|write:<sha256 hex>`);
      continue;
    }
    keys.push({ name, role, hash: hash.toLowerCase() });
  }
  return keys;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(defined);
  const issues: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push(`${issue.path.join('.')}: ${issue.message}`);
    throw new AppError('CONFIG', `Invalid configuration: ${issues.join('; ')}`);
  }
  const e = parsed.data;
  const keys = parseKeys(e.KG_API_KEYS, issues);
  if (issues.length > 0) throw new AppError('CONFIG', `Invalid configuration: ${issues.join('; ')}`);
  return {
    neo4j: {
      uri: e.NEO4J_URI ?? null,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD ?? null,
      database: e.NEO4J_DATABASE ?? null,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
      local: {
        // A relative folder is the project's, wherever `kg` runs from: one local database per
        // checkout, not one per working directory.
        dir: path.resolve(PROJECT_ROOT, e.NEO4J_LOCAL_DIR),
        port: e.NEO4J_LOCAL_PORT,
        heap: e.NEO4J_LOCAL_HEAP,
        pageCache: e.NEO4J_LOCAL_PAGECACHE,
        startTimeoutMs: e.NEO4J_START_TIMEOUT_MS,
      },
      containers: !e.KG_NO_CONTAINERS,
    },
    http: { port: e.PORT, host: e.HOST, maxBodyBytes: e.KG_MAX_BODY_BYTES },
    api: { maxPageSize: e.KG_MAX_PAGE_SIZE },
    auth: { keys, anonymousRead: e.KG_ANONYMOUS_READ },
    ingest: { maxArticleBytes: e.KG_MAX_ARTICLE_BYTES },
    extract: { lexiconFiles: e.KG_LEXICON ? e.KG_LEXICON.split(',').map((s) => s.trim()) : [] },
    log: { level: e.LOG_LEVEL },
  };
}
