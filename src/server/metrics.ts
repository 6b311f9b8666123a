import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { ApiContext } from '../api/context.js';
import type { QueryObservation } from '../api/observed-graph.js';

/**
 * Prometheus metrics on a registry of this server's own (not prom-client's global one), so two
 * servers in one process (tests) never collide.
 */
export interface Metrics {
  readonly registry: Registry;
  observeQuery(o: QueryObservation): void;
  readonly plugin: ApolloServerPlugin<ApiContext>;
  readonly httpRequests: Counter<'route' | 'status'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'kg_' });
  const operations = new Counter({
    name: 'kg_graphql_requests_total',
    help: 'GraphQL operations by name, type and outcome.',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [registry],
  });
  const operationSeconds = new Histogram({
    name: 'kg_graphql_request_duration_seconds',
    help: 'GraphQL operation latency by name.',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const querySeconds = new Histogram({
    name: 'kg_neo4j_query_duration_seconds',
    help: 'Neo4j unit-of-work latency by query (Cypher file) name.',
    labelNames: ['query', 'mode', 'outcome'] as const,
    buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 5, 15],
    registers: [registry],
  });
  const httpRequests = new Counter({
    name: 'kg_http_requests_total',
    help: 'HTTP requests outside GraphQL by route and status.',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });

  const plugin: ApolloServerPlugin<ApiContext> = {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse(ctx) {
          // Unnamed operations share one label, so clients cannot grow the label set at will.
          const operation = ctx.operationName ?? (ctx.operation ? 'anonymous' : 'invalid');
          const type = ctx.operation?.operation ?? 'unknown';
          const outcome = ctx.errors && ctx.errors.length > 0 ? 'error' : 'ok';
          operations.inc({ operation, type, outcome });
          operationSeconds.observe({ operation, type }, (performance.now() - started) / 1000);
        },
      };
    },
  };

  return {
    registry,
    plugin,
    httpRequests,
    observeQuery: (o) => querySeconds.observe({ query: o.name, mode: o.mode, outcome: o.ok ? 'ok' : 'error' }, o.ms / 1000),
  };
}
