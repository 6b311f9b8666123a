import type { ExportSlice } from './types.js';

/**
 * Cytoscape.js elements JSON (`cytoscape({ elements })` or `cy.json({ elements })` load it as is).
 * Ids use the API's graph-slice convention, `a:<actor>` for nodes and `r:<relation>` for edges,
 * so they are unique across nodes and edges and match what `egoNetwork` returns.
 */
export interface CytoscapeElements {
  readonly elements: {
    readonly nodes: ReadonlyArray<{ readonly data: Readonly<Record<string, string | number | null>> }>;
    readonly edges: ReadonlyArray<{ readonly data: Readonly<Record<string, string | number | null>> }>;
  };
}

export function toCytoscapeElements(slice: ExportSlice): CytoscapeElements {
  return {
    elements: {
      nodes: slice.nodes.map((n) => ({
        data: {
          id: `a:${n.id}`,
          actorId: n.id,
          label: n.label,
          type: n.type,
          affiliation: n.affiliation,
          start: n.start,
          end: n.end,
        },
      })),
      edges: slice.edges.map((e) => ({
        data: {
          id: `r:${e.id}`,
          relationId: e.id,
          source: `a:${e.source}`,
          target: `a:${e.target}`,
          type: e.type,
          label: e.type,
          weight: e.weight,
          count: e.count,
          confidence: e.confidence,
          goldstein: e.goldstein,
          cameo: e.cameo,
          firstSeen: e.firstSeen,
          lastSeen: e.lastSeen,
        },
      })),
    },
  };
}

export function renderCytoscape(slice: ExportSlice): string {
  return `${JSON.stringify(toCytoscapeElements(slice), null, 2)}\n`;
}
