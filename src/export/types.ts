import type { ActorType, RelationType } from '../domain/index.js';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'cytoscape', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** CSV is two tables; HTTP serves one per request, the CLI writes both. */
export const CSV_PARTS = ['nodes', 'edges'] as const;
export type CsvPart = (typeof CSV_PARTS)[number];

/** The same filters for `kg export` and `GET /export/:format`. */
export interface ExportFilters {
  /** Relation types to keep; null keeps all. */
  readonly types: readonly RelationType[] | null;
  /** ISO date (YYYY-MM-DD): keep evidence dated on or after this day. */
  readonly since: string | null;
  /** ISO date (YYYY-MM-DD): keep evidence dated on or before this day. */
  readonly until: string | null;
  /** 0 … 1, compared with the edge's mean confidence. */
  readonly minConfidence: number | null;
}

export const NO_FILTERS: ExportFilters = Object.freeze({ types: null, since: null, until: null, minConfidence: null });

/** An actor at either end of an exported edge. */
export interface ExportNode {
  readonly id: string;
  readonly label: string;
  readonly type: ActorType;
  readonly affiliation: string | null;
  /** Earliest first-seen over the node's exported edges (dynamic GEXF), null when undated. */
  readonly start: string | null;
  /** Latest last-seen over the node's exported edges, null when undated. */
  readonly end: string | null;
}

/** One aggregated relation, weighted by distinct articles. */
export interface ExportEdge {
  /** `source|TYPE|target`, the relation id of the API. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: RelationType;
  /** Distinct articles: the weight visualization tools draw. */
  readonly weight: number;
  /** Evidence mentions. */
  readonly count: number;
  readonly confidence: number;
  readonly goldstein: number;
  readonly cameo: string;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
}

/** What every format renders: nodes sorted by id, edges sorted by id. */
export interface ExportSlice {
  readonly nodes: readonly ExportNode[];
  readonly edges: readonly ExportEdge[];
}

/** One rendered file. */
export interface ExportFile {
  readonly contentType: string;
  readonly filename: string;
  readonly body: string;
}
