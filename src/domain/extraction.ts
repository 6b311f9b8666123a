import type { Actor } from './actor.js';
import type { ExtractedRelation } from './relation.js';

/** What `kg extract` prints for one article. */
export interface ExtractionResult {
  readonly id: string;
  readonly actors: readonly Actor[];
  readonly relations: readonly ExtractedRelation[];
}
