/** The closed vocabulary of relation types, with the CAMEO root code and Goldstein value of each. */
export const RELATION_TYPES = [
  'MEDIATES',
  'OFFERS_MEDIATION',
  'NEGOTIATES_WITH',
  'MEETS_WITH',
  'ACCUSES',
  'CRITICIZES',
  'DENIES',
  'DEMANDS',
  'THREATENS',
  'ATTACKS',
  'AGREES_WITH',
  'SUPPORTS',
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

export interface RelationTypeInfo {
  /** CAMEO root (or most specific default) event code. */
  readonly cameo: string;
  /** Goldstein conflict–cooperation value of that code, -10 … +10. */
  readonly goldstein: number;
  /** Symmetric types hold in both directions: one mention gives an edge each way. */
  readonly symmetric: boolean;
}

export const RELATION_TYPE_INFO: Readonly<Record<RelationType, RelationTypeInfo>> = Object.freeze({
  MEDIATES: { cameo: '045', goldstein: 5.0, symmetric: false },
  OFFERS_MEDIATION: { cameo: '039', goldstein: 5.0, symmetric: false },
  NEGOTIATES_WITH: { cameo: '046', goldstein: 7.0, symmetric: true },
  MEETS_WITH: { cameo: '040', goldstein: 1.0, symmetric: true },
  ACCUSES: { cameo: '112', goldstein: -2.0, symmetric: false },
  CRITICIZES: { cameo: '111', goldstein: -2.0, symmetric: false },
  DENIES: { cameo: '016', goldstein: -2.0, symmetric: false },
  DEMANDS: { cameo: '100', goldstein: -5.0, symmetric: false },
  THREATENS: { cameo: '130', goldstein: -4.4, symmetric: false },
  ATTACKS: { cameo: '190', goldstein: -10.0, symmetric: false },
  AGREES_WITH: { cameo: '057', goldstein: 8.0, symmetric: true },
  SUPPORTS: { cameo: '070', goldstein: 7.0, symmetric: false },
});

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}
