import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors.js';
import { parseCsvPart, parseExportFilters, parseExportFormat } from '../../../src/export/index.js';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
  return undefined;
}

describe('parseExportFilters', () => {
  it('accepts comma-separated and repeated types in any case, without duplicates', () => {
    expect(parseExportFilters({ types: ['accuses,denies', 'ACCUSES'] }).types).toEqual(['ACCUSES', 'DENIES']);
    expect(parseExportFilters({ types: '' }).types).toBeNull();
  });

  it('rejects unknown types, impossible dates, inverted windows and out-of-range confidence', () => {
    expect(code(() => parseExportFilters({ types: 'ACCUSES,HUGS' }))).toBe('INVALID_INPUT');
    expect(code(() => parseExportFilters({ since: '2025-02-31' }))).toBe('INVALID_INPUT');
    expect(code(() => parseExportFilters({ since: '25-10-2025' }))).toBe('INVALID_INPUT');
    expect(code(() => parseExportFilters({ since: '2025-11-01', until: '2025-10-01' }))).toBe('INVALID_INPUT');
    expect(code(() => parseExportFilters({ minConfidence: '1.5' }))).toBe('INVALID_INPUT');
    expect(code(() => parseExportFilters({ minConfidence: 'high' }))).toBe('INVALID_INPUT');
  });

  it('passes a valid window and confidence through', () => {
    expect(parseExportFilters({ since: '2025-10-01', until: '2025-10-31', minConfidence: '0.5' })).toEqual({
      types: null,
      since: '2025-10-01',
      until: '2025-10-31',
      minConfidence: 0.5,
    });
  });
});

describe('parseExportFormat and parseCsvPart', () => {
  it('know the four formats and the two CSV tables', () => {
    expect(parseExportFormat('GEXF')).toBe('gexf');
    expect(code(() => parseExportFormat('dot'))).toBe('INVALID_INPUT');
    expect(parseCsvPart(undefined)).toBe('edges');
    expect(parseCsvPart('nodes')).toBe('nodes');
    expect(code(() => parseCsvPart('all'))).toBe('INVALID_INPUT');
  });
});
