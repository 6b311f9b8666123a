import type { Logger } from 'pino';
import type { ArticleInput } from '../domain/index.js';
import type { IngestReport } from '../ingest/types.js';
import type { Principal } from './auth.js';
import type { CurationService } from './curation.js';
import type { Loaders } from './loaders.js';
import type { GraphRunner } from './observed-graph.js';
import type { RelationEvents } from './relation-events.js';

/** Bounds the API enforces on arguments (BAD_USER_INPUT beyond them). */
export interface ApiLimits {
  /** Largest `first` of any list (config: KG_MAX_PAGE_SIZE). */
  readonly maxPageSize: number;
  /** Largest `limit` of `egoNetwork`. */
  readonly maxGraphEdges: number;
  /** Largest `depth` of `egoNetwork`. */
  readonly maxDepth: number;
  /** Largest `maxLength` of `paths`. */
  readonly maxPathLength: number;
  /** Largest `first` of `paths`. */
  readonly maxPaths: number;
}

/** Long-lived services shared by every request. */
export interface ApiServices {
  readonly version: string;
  readonly ingestArticle: (input: ArticleInput) => Promise<IngestReport>;
  readonly curation: CurationService;
  readonly events: RelationEvents;
}

/** Per-request context: the caller, fresh loaders, and the shared services. */
export interface ApiContext {
  readonly graph: GraphRunner;
  readonly loaders: Loaders;
  readonly principal: Principal;
  readonly limits: ApiLimits;
  readonly services: ApiServices;
  readonly logger: Logger;
}
