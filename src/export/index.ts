import type { Graph } from '../graph/graph.js';
import { UnreachableCaseError } from '../errors.js';
import { renderCsv } from './csv.js';
import { renderCytoscape } from './cytoscape.js';
import { renderGexf } from './gexf.js';
import { renderGraphml } from './graphml.js';
import { loadExportSlice } from './load.js';
import type { CsvPart, ExportFile, ExportFilters, ExportFormat, ExportSlice } from './types.js';

export * from './types.js';
export { parseCsvPart, parseExportFilters, parseExportFormat, type RawExportFilters } from './filters.js';
export { loadExportSlice } from './load.js';
export { toCytoscapeElements } from './cytoscape.js';
export { ACTOR_TYPE_COLORS, RELATION_TYPE_COLORS } from './palette.js';

export interface ExportOptions {
  /** Which CSV table; ignored by the other formats. Defaults to `edges`. */
  readonly part?: CsvPart;
}

/**
 * Renders a slice in one format. Pure and deterministic: the same slice gives the same bytes.
 */
export function renderExport(slice: ExportSlice, format: ExportFormat, options: ExportOptions = {}): ExportFile {
  switch (format) {
    case 'graphml':
      return { contentType: 'application/graphml+xml; charset=utf-8', filename: 'news-kg.graphml', body: renderGraphml(slice) };
    case 'gexf':
      return { contentType: 'application/gexf+xml; charset=utf-8', filename: 'news-kg.gexf', body: renderGexf(slice) };
    case 'cytoscape':
      return { contentType: 'application/json; charset=utf-8', filename: 'news-kg.cyjs.json', body: renderCytoscape(slice) };
    case 'csv': {
      const part = options.part ?? 'edges';
      return { contentType: 'text/csv; charset=utf-8', filename: `${part}.csv`, body: renderCsv(slice, part) };
    }
    default:
      throw new UnreachableCaseError(format);
  }
}

/**
 * Exports the live aggregated relation graph (retracted edges left out) in one format, after
 * the filters. One read transaction; read-only; deterministic for a given graph.
 */
export async function exportGraph(
  graph: Pick<Graph, 'read'>,
  format: ExportFormat,
  filters: ExportFilters,
  options: ExportOptions = {},
): Promise<ExportFile> {
  return renderExport(await loadExportSlice(graph, filters), format, options);
}
