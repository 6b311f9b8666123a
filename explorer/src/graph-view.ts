import cytoscape from 'cytoscape';
import type { ActorType, RelationType } from '../../src/domain/index.js';
import { ACTOR_TYPE_COLORS, RELATION_TYPE_COLORS } from '../../src/export/palette.js';
import type { GraphSlice } from './api.js';

export interface GraphViewHandlers {
  readonly onNode: (actorId: string) => void;
  readonly onEdge: (relationId: string) => void;
  readonly onBackground: () => void;
}

/** Node size grows with degree but stays within a readable band. */
function nodeSize(node: cytoscape.NodeSingular): number {
  return 22 + Math.min(30, Math.sqrt(Number(node.data('degree')) || 0) * 6);
}

/** Width grows with the log of distinct articles: one article is a hairline, fifty a thick band. */
function edgeWidth(edge: cytoscape.EdgeSingular): number {
  const weight = Math.max(1, Number(edge.data('weight')) || 1);
  return 1.5 + Math.min(8, Math.log2(weight) * 2);
}

const MAX_FIT_ZOOM = 1.5;

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      width: nodeSize,
      height: nodeSize,
      label: 'data(label)',
      'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
      'font-size': 11,
      'font-weight': 600,
      color: '#1f2937',
      'text-valign': 'bottom',
      'text-margin-y': 5,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2.5,
      'text-wrap': 'wrap',
      'text-max-width': '110px',
      'min-zoomed-font-size': 7,
      'border-width': 1.5,
      'border-color': '#ffffff',
      'overlay-padding': 4,
    },
  },
  { selector: 'node.root', style: { 'border-width': 4, 'border-color': '#0f172a', 'font-size': 13 } },
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#475569', 'border-style': 'double' } },
  { selector: 'node:selected', style: { 'overlay-color': '#0ea5e9', 'overlay-opacity': 0.18 } },
  {
    selector: 'edge',
    style: {
      width: edgeWidth,
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      'curve-style': 'bezier',
      'control-point-step-size': 28,
      opacity: 0.82,
      'overlay-padding': 5,
    },
  },
  {
    selector: 'edge.hover, edge:selected',
    style: {
      label: 'data(type)',
      'font-size': 9,
      'font-weight': 700,
      color: 'data(color)',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.92,
      'text-background-padding': '2px',
      opacity: 1,
      'z-index': 10,
    },
  },
  { selector: 'edge:selected', style: { 'underlay-color': '#0ea5e9', 'underlay-opacity': 0.22, 'underlay-padding': 4 } },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.2 } },
];

/**
 * The Cytoscape canvas. Slices from `egoNetwork` are merged (ids are unique across nodes and
 * edges, so an expansion never duplicates what is drawn); each node remembers its hop distance
 * from the searched actor, which the concentric layout turns into rings.
 */
export class GraphView {
  readonly cy: cytoscape.Core;

  constructor(container: HTMLElement, handlers: GraphViewHandlers) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.15,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (event) => handlers.onNode(String(event.target.data('actorId'))));
    this.cy.on('tap', 'edge', (event) => handlers.onEdge(String(event.target.data('relationId'))));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) handlers.onBackground();
    });
    this.cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
    this.cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
    // Hovering a node brings its neighbourhood forward.
    this.cy.on('mouseover', 'node', (event) => {
      const keep = event.target.closedNeighborhood();
      this.cy.elements().not(keep).addClass('faded');
    });
    this.cy.on('mouseout', 'node', () => this.cy.elements().removeClass('faded'));
  }

  clear(): void {
    this.cy.elements().remove();
  }

  /**
   * Adds a slice centred on `centreId` whose own hop distance from the root is `centreDepth`.
   * Returns how many nodes and edges were new.
   */
  merge(slice: GraphSlice, centreDepth: number): { nodes: number; edges: number } {
    let nodes = 0;
    let edges = 0;
    this.cy.batch(() => {
      for (const node of slice.nodes) {
        const depth = centreDepth + node.depth;
        const existing = this.cy.getElementById(node.id);
        if (existing.nonempty()) {
          if (depth < Number(existing.data('depth'))) existing.data('depth', depth);
          continue;
        }
        nodes += 1;
        this.cy.add({
          group: 'nodes',
          data: { ...node, depth, color: ACTOR_TYPE_COLORS[node.type as ActorType] ?? '#94a3b8' },
        });
      }
      for (const edge of slice.edges) {
        if (this.cy.getElementById(edge.id).nonempty()) continue;
        // An edge whose end fell outside the slice's limit cannot be drawn.
        if (this.cy.getElementById(edge.source).empty() || this.cy.getElementById(edge.target).empty()) continue;
        edges += 1;
        this.cy.add({
          group: 'edges',
          data: { ...edge, color: RELATION_TYPE_COLORS[edge.type as RelationType] ?? '#94a3b8' },
        });
      }
    });
    return { nodes, edges };
  }

  mark(actorId: string, className: 'root' | 'expanded'): void {
    this.cy.getElementById(`a:${actorId}`).addClass(className);
  }

  depthOf(actorId: string): number {
    const node = this.cy.getElementById(`a:${actorId}`);
    return node.nonempty() ? Number(node.data('depth')) : 0;
  }

  /** Rings by hop distance: deterministic, and the searched actor stays in the middle. */
  layout(animate: boolean): void {
    if (this.cy.nodes().empty()) return;
    this.run({
      name: 'concentric',
      concentric: (node: cytoscape.NodeSingular) => 10 - Number(node.data('depth')),
      levelWidth: () => 1,
      // Room for the wrapped labels under the nodes.
      minNodeSpacing: 64,
      spacingFactor: 1.5,
      avoidOverlap: true,
      padding: 48,
      animate,
      animationDuration: 350,
    } as cytoscape.LayoutOptions);
  }

  /** A force-directed pass from the current positions, for dense multi-hop networks. */
  relayout(): void {
    if (this.cy.nodes().empty()) return;
    this.run({
      name: 'cose',
      randomize: false,
      animate: true,
      animationDuration: 500,
      padding: 48,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 110,
      nodeDimensionsIncludeLabels: true,
    } as cytoscape.LayoutOptions);
  }

  /**
   * Fitting a handful of nodes would zoom in until labels are huge; past MAX_FIT_ZOOM the view
   * stays at that zoom, centred.
   */
  private run(options: cytoscape.LayoutOptions): void {
    const layout = this.cy.layout(options);
    layout.one('layoutstop', () => {
      if (this.cy.zoom() > MAX_FIT_ZOOM) {
        this.cy.zoom(MAX_FIT_ZOOM);
        this.cy.center();
      }
    });
    layout.run();
  }

  select(id: string): void {
    this.cy.elements().unselect();
    this.cy.getElementById(id).select();
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements(), padding: 48 }, duration: 250 });
  }

  counts(): { nodes: number; edges: number } {
    return { nodes: this.cy.nodes().length, edges: this.cy.edges().length };
  }
}
