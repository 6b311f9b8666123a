import type { ArticleInput } from '../domain/index.js';
import type { ActorRow, AuditRow, RelationRow } from '../graph/rows.js';
import type { IngestReport } from '../ingest/types.js';

/** Audited, reversible curation changes; `who` is the API key's name. */
export interface CurationService {
  mergeActors(p: { keep: string; merge: string; reason: string; who: string }): Promise<ActorRow>;
  addAlias(p: { actor: string; alias: string; reason: string | null; who: string }): Promise<ActorRow>;
  retractRelation(p: { id: string; reason: string; who: string }): Promise<RelationRow>;
  revert(p: { auditId: string; reason: string; who: string }): Promise<AuditRow>;
  /** Ingests one article; a NEW or UPDATED one is audited with the version it replaced. */
  ingestArticle(p: { input: ArticleInput; reason: string | null; who: string }): Promise<IngestReport>;
}
