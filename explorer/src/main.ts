import './style.css';
import { ACTOR_TYPES, RELATION_TYPES, RELATION_TYPE_INFO, type RelationType } from '../../src/domain/index.js';
import { ACTOR_TYPE_COLORS, RELATION_TYPE_COLORS } from '../../src/export/palette.js';
import * as api from './api.js';
import { byId, h, humanize } from './dom.js';
import { GraphView } from './graph-view.js';
import { renderActor, renderError, renderIntro, renderLoading, renderRelation, renderRelationList } from './panel.js';
import { setupSearch } from './search.js';

/**
 * The explorer: one searched actor (the root) plus the actors the analyst expanded, each drawn
 * as an ego network under the same filters. Changing a filter redraws every one of them; the
 * state lives in the URL hash so a view can be shared.
 */
interface State {
  root: string | null;
  expanded: string[];
  depth: number;
  types: Set<RelationType>;
  since: string;
  until: string;
  minConfidence: number;
}

const state: State = {
  root: null,
  expanded: [],
  depth: 1,
  types: new Set(RELATION_TYPES),
  since: '',
  until: '',
  minConfidence: 0,
};

const statusEl = byId('status');
const panelBody = byId('panel-body');
const emptyEl = byId('empty');
const depthEl = byId<HTMLSelectElement>('depth');
const sinceEl = byId<HTMLInputElement>('since');
const untilEl = byId<HTMLInputElement>('until');
const confidenceEl = byId<HTMLInputElement>('min-confidence');
const confidenceOut = byId<HTMLOutputElement>('min-confidence-value');
const typesEl = byId('relation-types');

const view = new GraphView(byId('cy'), {
  onNode: (actorId) => void expand(actorId),
  onEdge: (relationId) => void showRelation(relationId),
  onBackground: () => showRelationList(),
});

// The browser test and curious analysts reach the graph through this handle.
declare global {
  interface Window {
    __kg?: { cy: GraphView['cy']; ready: boolean; loads: number };
  }
}
window.__kg = { cy: view.cy, ready: false, loads: 0 };

function setStatus(text: string, kind: 'info' | 'error' = 'info'): void {
  statusEl.textContent = text;
  statusEl.dataset['kind'] = kind;
}

function filter(): api.NetworkFilter {
  const all = state.types.size === RELATION_TYPES.length;
  return {
    types: all ? null : RELATION_TYPES.filter((t) => state.types.has(t)),
    since: state.since || null,
    until: state.until || null,
    minConfidence: state.minConfidence > 0 ? state.minConfidence : null,
  };
}

// ---- URL hash <-> state -------------------------------------------------------------------

function writeHash(): void {
  const params = new URLSearchParams();
  if (state.root) params.set('actor', state.root);
  if (state.expanded.length > 0) params.set('expand', state.expanded.join(','));
  if (state.depth !== 1) params.set('depth', String(state.depth));
  const f = filter();
  if (f.types) params.set('types', f.types.join(','));
  if (f.since) params.set('since', f.since);
  if (f.until) params.set('until', f.until);
  if (f.minConfidence !== null) params.set('minConfidence', String(f.minConfidence));
  const hash = params.toString();
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}

function readHash(): void {
  const params = new URLSearchParams(location.hash.slice(1));
  state.root = params.get('actor');
  state.expanded = (params.get('expand') ?? '').split(',').filter(Boolean);
  const depth = Number(params.get('depth') ?? '1');
  state.depth = depth >= 1 && depth <= 3 ? Math.trunc(depth) : 1;
  const types = (params.get('types') ?? '').split(',').filter((t): t is RelationType => (RELATION_TYPES as readonly string[]).includes(t));
  state.types = new Set(types.length > 0 ? types : RELATION_TYPES);
  state.since = params.get('since') ?? '';
  state.until = params.get('until') ?? '';
  const confidence = Number(params.get('minConfidence') ?? '0');
  state.minConfidence = confidence >= 0 && confidence <= 1 ? confidence : 0;
}

// ---- Filters and legend -------------------------------------------------------------------

function buildTypeFilters(): void {
  const boxes = RELATION_TYPES.map((type) => {
    const input = h('input', { type: 'checkbox', name: 'types', value: type, id: `type-${type}` });
    input.checked = state.types.has(type);
    input.addEventListener('change', () => {
      if (input.checked) state.types.add(type);
      else state.types.delete(type);
      void reload();
    });
    const info = RELATION_TYPE_INFO[type];
    return h(
      'label',
      { class: 'type-option', for: `type-${type}`, title: `CAMEO ${info.cameo}, Goldstein ${info.goldstein}` },
      input,
      h('span', { class: 'swatch line', style: `background:${RELATION_TYPE_COLORS[type]}`, 'aria-hidden': 'true' }),
      h('span', {}, humanize(type)),
    );
  });
  typesEl.replaceChildren(...boxes);
  const setAll = (on: boolean): void => {
    state.types = new Set(on ? RELATION_TYPES : []);
    typesEl.querySelectorAll<HTMLInputElement>('input').forEach((box) => (box.checked = on));
    void reload();
  };
  byId('types-all').addEventListener('click', () => setAll(true));
  byId('types-none').addEventListener('click', () => setAll(false));

  byId('actor-legend').replaceChildren(
    ...ACTOR_TYPES.map((type) =>
      h('li', {}, h('span', { class: 'swatch dot', style: `background:${ACTOR_TYPE_COLORS[type]}`, 'aria-hidden': 'true' }), humanize(type)),
    ),
  );
}

function syncControls(): void {
  depthEl.value = String(state.depth);
  sinceEl.value = state.since;
  untilEl.value = state.until;
  confidenceEl.value = String(state.minConfidence);
  confidenceOut.value = state.minConfidence.toFixed(2);
}

function bindControls(): void {
  depthEl.addEventListener('change', () => {
    state.depth = Number(depthEl.value);
    void reload();
  });
  const onDate = (): void => {
    state.since = sinceEl.value;
    state.until = untilEl.value;
    if (state.since && state.until && state.since > state.until) {
      setStatus('The start date is after the end date.', 'error');
      return;
    }
    void reload();
  };
  sinceEl.addEventListener('change', onDate);
  untilEl.addEventListener('change', onDate);
  confidenceEl.addEventListener('input', () => (confidenceOut.value = Number(confidenceEl.value).toFixed(2)));
  confidenceEl.addEventListener('change', () => {
    state.minConfidence = Number(confidenceEl.value);
    void reload();
  });
  byId('fit').addEventListener('click', () => view.fit());
  byId('relayout').addEventListener('click', () => view.relayout());
}

function updateExportLinks(): void {
  const f = filter();
  const query = new URLSearchParams();
  if (f.types) query.set('types', f.types.join(','));
  if (f.since) query.set('since', f.since);
  if (f.until) query.set('until', f.until);
  if (f.minConfidence !== null) query.set('minConfidence', String(f.minConfidence));
  const link = (format: string, label: string, extra?: Record<string, string>): HTMLElement => {
    const q = new URLSearchParams(query);
    for (const [k, v] of Object.entries(extra ?? {})) q.set(k, v);
    const qs = q.toString();
    return h('li', {}, h('a', { href: `export/${format}${qs ? `?${qs}` : ''}`, download: '' }, label));
  };
  byId('export-links').replaceChildren(
    link('gexf', 'GEXF 1.3 (Gephi, with timeline)'),
    link('graphml', 'GraphML'),
    link('cytoscape', 'Cytoscape.js JSON'),
    link('csv', 'CSV — nodes', { part: 'nodes' }),
    link('csv', 'CSV — edges', { part: 'edges' }),
  );
}

// ---- Loading ------------------------------------------------------------------------------

let generation = 0;
let drawnEdges: api.GraphEdge[] = [];
const names = new Map<string, string>();
let truncated = false;

function remember(slice: api.GraphSlice): void {
  for (const node of slice.nodes) names.set(node.id, node.label);
  const known = new Set(drawnEdges.map((e) => e.id));
  for (const edge of slice.edges) if (!known.has(edge.id)) drawnEdges.push(edge);
  truncated ||= slice.truncated;
}

function summarize(): void {
  const { nodes, edges } = view.counts();
  emptyEl.hidden = state.root !== null;
  if (state.root === null) {
    setStatus('');
    return;
  }
  setStatus(`${nodes} actors · ${edges} relations${truncated ? ' · limited to the strongest 200 edges per network' : ''}`);
}

/** Redraws the root and every expanded actor under the current filters. */
async function reload(): Promise<void> {
  writeHash();
  updateExportLinks();
  const mine = ++generation;
  view.clear();
  drawnEdges = [];
  truncated = false;
  if (state.root === null) {
    summarize();
    return;
  }
  if (state.types.size === 0) {
    setStatus('Select at least one relation type.', 'error');
    emptyEl.hidden = true;
    return;
  }
  setStatus('Loading the network…');
  emptyEl.hidden = true;
  try {
    const f = filter();
    const rootSlice = await api.egoNetwork(state.root, state.depth, f);
    if (mine !== generation) return;
    if (rootSlice.nodes.length === 0) {
      setStatus('This actor has no relation matching the filters.', 'error');
      return;
    }
    view.merge(rootSlice, 0);
    remember(rootSlice);
    view.mark(state.root, 'root');
    for (const id of state.expanded) {
      const slice = await api.egoNetwork(id, 1, f);
      if (mine !== generation) return;
      view.merge(slice, view.depthOf(id));
      remember(slice);
      view.mark(id, 'expanded');
    }
    view.layout(false);
    summarize();
    showRelationList();
    window.__kg!.loads += 1;
    window.__kg!.ready = true;
  } catch (error) {
    if (mine !== generation) return;
    setStatus(error instanceof Error ? error.message : 'Loading failed.', 'error');
  }
}

async function start(actorId: string): Promise<void> {
  state.root = actorId;
  state.expanded = [];
  names.clear();
  await reload();
}

/** Click on a node: show the actor and draw its one-hop neighbourhood into the picture. */
async function expand(actorId: string): Promise<void> {
  view.select(`a:${actorId}`);
  renderLoading(panelBody, 'the actor');
  const already = actorId === state.root || state.expanded.includes(actorId);
  try {
    const detail = api.actor(actorId);
    if (!already) {
      const slice = await api.egoNetwork(actorId, 1, filter());
      const added = view.merge(slice, view.depthOf(actorId));
      remember(slice);
      state.expanded.push(actorId);
      view.mark(actorId, 'expanded');
      writeHash();
      if (added.nodes > 0) view.layout(true);
      summarize();
      window.__kg!.loads += 1;
    }
    const actor = await detail;
    if (actor) renderActor(panelBody, actor, true);
    else renderError(panelBody, 'This actor no longer exists.');
  } catch (error) {
    renderError(panelBody, error instanceof Error ? error.message : 'Loading failed.');
  }
}

let relationRequest: AbortController | undefined;

async function showRelation(relationId: string): Promise<void> {
  view.select(`r:${relationId}`);
  relationRequest?.abort();
  const controller = new AbortController();
  relationRequest = controller;
  renderLoading(panelBody, 'the evidence');
  try {
    const detail = await api.relation(relationId, controller.signal);
    if (controller.signal.aborted) return;
    if (detail) renderRelation(panelBody, detail);
    else renderError(panelBody, 'This relation was retracted or merged away.');
    byId('panel').focus({ preventScroll: true });
  } catch (error) {
    if (controller.signal.aborted) return;
    renderError(panelBody, error instanceof Error ? error.message : 'Loading failed.');
  }
}

function showRelationList(): void {
  view.cy.elements().unselect();
  renderRelationList(panelBody, drawnEdges, names, (id) => void showRelation(id));
}

// ---- Start --------------------------------------------------------------------------------

readHash();
buildTypeFilters();
syncControls();
bindControls();
updateExportLinks();
setupSearch(byId<HTMLInputElement>('search-input'), byId<HTMLUListElement>('search-results'), (hit) => void start(hit.actor.id));
if (state.root) void reload();
else {
  summarize();
  renderIntro(panelBody);
}
