import type { ActorType, RelationType } from '../domain/index.js';

/**
 * One palette for the explorer and the exports (GEXF `viz:color`), so a picture made in Gephi
 * reads like the explorer. Conflictual types are warm, cooperative ones cool, MEETS_WITH neutral;
 * all are legible on white.
 */
export const ACTOR_TYPE_COLORS: Readonly<Record<ActorType, string>> = Object.freeze({
  COUNTRY: '#2b6cb0',
  ORGANIZATION: '#805ad5',
  PERSON: '#d69e2e',
});

export const RELATION_TYPE_COLORS: Readonly<Record<RelationType, string>> = Object.freeze({
  MEDIATES: '#16a34a',
  OFFERS_MEDIATION: '#65a30d',
  NEGOTIATES_WITH: '#0284c7',
  MEETS_WITH: '#64748b',
  ACCUSES: '#dc2626',
  CRITICIZES: '#fb923c',
  DENIES: '#db2777',
  DEMANDS: '#ca8a04',
  THREATENS: '#c2410c',
  ATTACKS: '#7f1d1d',
  AGREES_WITH: '#0d9488',
  SUPPORTS: '#4f46e5',
});

/** `#rrggbb` as the 0 … 255 channels GEXF's viz namespace wants. */
export function rgb(hex: string): { r: number; g: number; b: number } {
  const value = Number.parseInt(hex.slice(1), 16);
  return { r: (value >> 16) & 0xff, g: (value >> 8) & 0xff, b: value & 0xff };
}
