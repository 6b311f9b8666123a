import { isRelationType, type RelationType } from '../domain/index.js';
import { AppError } from '../errors.js';
import { CSV_PARTS, EXPORT_FORMATS, type CsvPart, type ExportFilters, type ExportFormat } from './types.js';

/**
 * Turns the raw strings of a command line or a query string into checked export options, so the
 * CLI and the HTTP route accept exactly the same input and reject it with the same message.
 */
export interface RawExportFilters {
  /** Comma-separated or repeated relation type names, case-insensitive. */
  readonly types?: string | readonly string[] | undefined;
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  readonly minConfidence?: string | number | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseExportFormat(raw: string): ExportFormat {
  const format = raw.trim().toLowerCase();
  if ((EXPORT_FORMATS as readonly string[]).includes(format)) return format as ExportFormat;
  throw new AppError('INVALID_INPUT', `Unknown export format "${raw}"; use one of ${EXPORT_FORMATS.join(', ')}.`);
}

export function parseCsvPart(raw: string | undefined): CsvPart {
  if (raw === undefined || raw === '') return 'edges';
  if ((CSV_PARTS as readonly string[]).includes(raw)) return raw as CsvPart;
  throw new AppError('INVALID_INPUT', `Unknown CSV part "${raw}"; use nodes or edges.`);
}

function parseDate(name: string, raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  const value = raw.trim();
  // The shape check alone would let 2024-02-31 through; a round trip through Date rejects it.
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw new AppError('INVALID_INPUT', `--${name} must be a date as YYYY-MM-DD, got "${raw}".`);
  }
  return value;
}

function parseTypes(raw: RawExportFilters['types']): RelationType[] | null {
  if (raw === undefined) return null;
  const list = (typeof raw === 'string' ? [raw] : raw)
    .flatMap((entry) => entry.split(','))
    .map((entry) => entry.trim().toUpperCase())
    .filter((entry) => entry !== '');
  if (list.length === 0) return null;
  const unknown = list.filter((entry) => !isRelationType(entry));
  if (unknown.length > 0) throw new AppError('INVALID_INPUT', `Unknown relation type(s): ${unknown.join(', ')}.`);
  return [...new Set(list as RelationType[])];
}

function parseConfidence(raw: RawExportFilters['minConfidence']): number | null {
  if (raw === undefined || raw === '') return null;
  const value = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new AppError('INVALID_INPUT', `--min-confidence must be a number from 0 to 1, got "${String(raw)}".`);
  }
  return value;
}

export function parseExportFilters(raw: RawExportFilters): ExportFilters {
  const since = parseDate('since', raw.since);
  const until = parseDate('until', raw.until);
  // ISO dates compare correctly as strings.
  if (since !== null && until !== null && since > until) {
    throw new AppError('INVALID_INPUT', `--since (${since}) is after --until (${until}).`);
  }
  return { types: parseTypes(raw.types), since, until, minConfidence: parseConfidence(raw.minConfidence) };
}
