import type { Graph } from '../graph/graph.js';

/** What the API needs from the graph layer: named read and write units of work, and a ping. */
export type GraphRunner = Pick<Graph, 'read' | 'write' | 'ping'>;

export interface QueryObservation {
  readonly name: string;
  readonly mode: 'read' | 'write';
  readonly ms: number;
  readonly ok: boolean;
}

/**
 * Wraps a graph so every unit of work is reported (name, duration, outcome): the metrics use it
 * for Neo4j durations by query name, and tests use it to count the queries one request makes.
 */
export function observeGraph(graph: GraphRunner, observe: (o: QueryObservation) => void): GraphRunner {
  const timed = async <T>(mode: 'read' | 'write', name: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    let ok = false;
    try {
      const result = await run();
      ok = true;
      return result;
    } finally {
      observe({ name, mode, ms: performance.now() - started, ok });
    }
  };
  return {
    read: (name, work) => timed('read', name, () => graph.read(name, work)),
    write: (name, work) => timed('write', name, () => graph.write(name, work)),
    ping: () => graph.ping(),
  };
}
