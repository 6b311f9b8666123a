import type { Graph } from '../graph/graph.js';

/** Per-request context; the API module fills in loaders, the caller's role and services. */
export interface ApiContext {
  readonly graph: Graph;
}
