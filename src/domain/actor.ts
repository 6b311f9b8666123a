export const ACTOR_TYPES = ['COUNTRY', 'ORGANIZATION', 'PERSON'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/**
 * An actor with a canonical id. Ids are stable slugs ("pakistan", "afghan-taliban",
 * "khawaja-asif") so that the same actor from two articles meets in one graph node.
 */
export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly type: ActorType;
  /** Other names seen or known for the actor, without `name` itself. */
  readonly aliases: readonly string[];
  /** Canonical id of the actor this one belongs to (an official's country, a group's state), if known. */
  readonly affiliation: string | null;
}
