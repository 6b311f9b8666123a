import type { CsvPart, ExportSlice } from './types.js';

type Cell = string | number | null;

/**
 * RFC 4180: quote a field holding a comma, quote, CR or LF, doubling inner quotes. A text cell
 * that a spreadsheet would run as a formula (leading `= + - @`, tab or CR) gets a leading
 * apostrophe, as OWASP advises, because actor names come from untrusted articles; numbers stay
 * numbers.
 */
function cell(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function table(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  // CRLF as RFC 4180 asks; spreadsheet programs and csv parsers accept it everywhere.
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Two tables in Gephi's spreadsheet-import shape: `Id`/`Label` for nodes, and
 * `Source`/`Target`/`Type` (= Directed)/`Weight` for edges, with the relation type in `Relation`
 * and the rest as extra columns.
 */
export function renderCsv(slice: ExportSlice, part: CsvPart): string {
  if (part === 'nodes') {
    return table(
      ['Id', 'Label', 'ActorType', 'Affiliation'],
      slice.nodes.map((n) => [n.id, n.label, n.type, n.affiliation]),
    );
  }
  return table(
    ['Id', 'Source', 'Target', 'Type', 'Label', 'Relation', 'Weight', 'Count', 'Confidence', 'Goldstein', 'Cameo', 'FirstSeen', 'LastSeen'],
    slice.edges.map((e) => [
      e.id,
      e.source,
      e.target,
      'Directed',
      e.type,
      e.type,
      e.weight,
      e.count,
      e.confidence,
      e.goldstein,
      e.cameo,
      e.firstSeen,
      e.lastSeen,
    ]),
  );
}
