import type { RelationType } from './relation-type.js';

/** One relation extracted from one sentence of one article. */
export interface ExtractedRelation {
  /** Actor id of the source (the accuser, the attacker, the mediator …). */
  readonly source: string;
  /** Actor id of the target. */
  readonly target: string;
  readonly type: RelationType;
  /** The evidence sentence, exactly `text.slice(start, end)`. */
  readonly evidence: string;
  readonly start: number;
  readonly end: number;
  /** 0 … 1. */
  readonly confidence: number;
  /** Actor id of who makes the claim (the speaker of reported speech), null when the article asserts it itself. */
  readonly claimant: string | null;
  /** True for an event reported only as an allegation inside another claim ("accused X of supporting Y"). */
  readonly alleged: boolean;
  readonly cameo: string;
  readonly goldstein: number;
}
