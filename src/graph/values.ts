import neo4j from 'neo4j-driver';

/**
 * Converters from driver values to plain JavaScript: Integers to numbers, temporals to ISO
 * strings. Row mappers use these so nothing above `graph/` sees a driver type.
 */
export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return Number(value ?? 0);
}

export function toNullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}

export function toIsoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (neo4j.isDate(value)) return value.toString();
  if (neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return fixedFraction(value.toString());
  return typeof value === 'string' ? value : String(value);
}

/**
 * The driver prints a date-time without its fraction when the nanoseconds are zero
 * ("…T10:12:46Z" next to "…T10:12:46.832000000Z"); always nine digits keeps equal-width strings,
 * so they sort as the instants they name.
 */
function fixedFraction(iso: string): string {
  const match = /^(\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(.*)$/.exec(iso);
  if (!match) return iso;
  return `${match[1]}.${(match[2] ?? '').padEnd(9, '0')}${match[3]}`;
}

export function toStringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v) => String(v)) : [];
}

export function toNullableString(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** A JavaScript number as a Cypher INTEGER parameter (LIMIT/SKIP need integers). */
export function int(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(Math.trunc(value));
}
