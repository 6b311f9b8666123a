import type { ActorType, RelationType } from '../domain/index.js';

/**
 * Plain rows the graph layer returns (Integers and temporals already converted). The API's
 * resolvers receive these as parents (codegen mappers), so GraphQL never sees a driver type.
 */
export interface ActorRow {
  readonly id: string;
  readonly name: string;
  readonly type: ActorType;
  readonly aliases: readonly string[];
  readonly affiliation: string | null;
}

/** An aggregated relation: one edge per (source, type, target). */
export interface RelationRow {
  readonly id: string;
  readonly type: RelationType;
  readonly sourceId: string;
  readonly targetId: string;
  readonly cameo: string;
  readonly goldstein: number;
  readonly count: number;
  readonly articleCount: number;
  readonly confidence: number;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly claimantIds: readonly string[];
  readonly alleged: boolean;
  readonly retracted: boolean;
  /**
   * Source and target actors when the query read them with the edge (pages of relations, paths):
   * `Relation.source/target` then need no second round trip.
   */
  readonly ends?: readonly [ActorRow, ActorRow];
}

/** One mention: the evidence of a relation in one article. */
export interface EvidenceRow {
  readonly id: string;
  readonly relationId: string;
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  readonly articleId: string;
  readonly date: string | null;
  readonly claimantId: string | null;
  readonly confidence: number;
  readonly alleged: boolean;
}

export interface ArticleRow {
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly source: string | null;
  readonly published: string | null;
  readonly ingestedAt: string;
  /** Fingerprint of the extractor that read it ('' for one without; null before fingerprints were stored). */
  readonly extractor: string | null;
}

export interface AuditRow {
  readonly id: string;
  readonly at: string;
  readonly who: string;
  readonly action: string;
  readonly targetId: string;
  readonly reason: string | null;
  readonly reverted: boolean;
}
