import { isUtf8 } from 'node:buffer';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { ApiContext, ApiLimits, ApiServices } from '../api/context.js';
import { createAuthenticator, keyFromHeaders, type Principal, requireWrite } from '../api/auth.js';
import { createCurationService } from '../api/curation-service.js';
import { jitGateway } from '../api/executor.js';
import { graphqlRuntime } from '../api/graphql-runtime.js';
import { createFormatError, graphqlCodeFor } from '../api/format-error.js';
import { createLoaders } from '../api/loaders.js';
import { observeGraph, type QueryObservation } from '../api/observed-graph.js';
import { RelationEvents } from '../api/relation-events.js';
import { buildSchema } from '../api/schema.js';
import type { Config } from '../config.js';
import { AppError, isAppError } from '../errors.js';
import type { Extractor } from '../extract/index.js';
import type { Graph } from '../graph/graph.js';
import { getMentions, getRelations } from '../graph/queries/relation.js';
import { exportRoute, explorerStatic } from '../export/http.js';
import { type CommittedArticle, type IngestSummary, ingestArticle, ingestMany } from '../ingest/index.js';
import { itemsFromBody } from './ingest-body.js';
import { createMetrics, type Metrics } from './metrics.js';
import { requestLogPlugin } from './request-log.js';

export interface ServerDeps {
  readonly graph: Graph;
  readonly extractor: Extractor;
  readonly config: Pick<Config, 'http' | 'api' | 'auth' | 'ingest'>;
  readonly logger: Logger;
  readonly version?: string;
  /** Every Neo4j unit of work a request runs (tests count them). */
  readonly onQuery?: (o: QueryObservation) => void;
}

export interface KgServer {
  readonly apollo: ApolloServer<ApiContext>;
  readonly httpServer: Server;
  readonly events: RelationEvents;
  readonly metrics: Metrics;
  /** A request context as the HTTP layer would build it for this key (tests: `executeOperation`). */
  contextFor(key: string | null): ApiContext;
  /** Listens (port 0 = ephemeral) and resolves to the GraphQL URL. */
  listen(port: number, host: string): Promise<string>;
  /** Drains HTTP and WebSocket connections and stops Apollo; the driver stays the caller's. */
  stop(): Promise<void>;
}

/** Batched HTTP operations beyond this are refused (each may be as costly as a single one). */
export const MAX_BATCH = 5;

export const DEFAULT_LIMITS: Omit<ApiLimits, 'maxPageSize'> = {
  maxGraphEdges: 2000,
  maxDepth: 3,
  maxPathLength: 4,
  maxPaths: 20,
};

const JSON_LINES_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/json-lines', 'application/jsonlines'];

/**
 * The API server: Express 5 with Apollo at /graphql (HTTP) and graphql-ws on the same path
 * (subscriptions), /healthz, /readyz, /metrics and POST /ingest. Builds nothing it does not own:
 * the caller passes the graph (and closes its driver after `stop()`).
 */
export async function createServer(deps: ServerDeps): Promise<KgServer> {
  const { config, logger } = deps;
  const metrics = createMetrics();
  const graph = observeGraph(deps.graph, (o) => {
    metrics.observeQuery(o);
    deps.onQuery?.(o);
  });
  const authenticate = createAuthenticator(config.auth);
  const events = new RelationEvents();
  const limits: ApiLimits = { maxPageSize: config.api.maxPageSize, ...DEFAULT_LIMITS };

  // Publishes `relationAdded` for what one ingest committed; costs a read only when someone listens.
  const onCommitted = (event: CommittedArticle): void => {
    if (events.subscriberCount === 0 || event.mentionIds.length === 0) return;
    graph
      .read('relation/get-mentions', async (tx) => ({
        mentions: await getMentions(tx, event.mentionIds),
        relations: await getRelations(tx, event.relationIds),
      }))
      .then(({ mentions, relations }) => {
        for (const evidence of mentions) {
          const relation = relations.get(evidence.relationId);
          if (relation && !relation.retracted) events.publish({ relation, evidence });
        }
      })
      .catch((error: unknown) => logger.warn({ err: error, articleId: event.articleId }, 'relationAdded not published'));
  };
  const ingestDeps = {
    graph: deps.graph,
    extractor: deps.extractor,
    maxArticleBytes: config.ingest.maxArticleBytes,
    onCommitted,
  };
  const ingestOne: ApiServices['ingestArticle'] = (input) => ingestArticle(input, ingestDeps);
  const services: ApiServices = {
    version: deps.version ?? '0.0.0',
    ingestArticle: ingestOne,
    curation: createCurationService(graph, ingestOne),
    events,
  };
  const contextOf = (principal: Principal): ApiContext => ({
    graph,
    loaders: createLoaders(graph),
    principal,
    limits,
    services,
    logger,
  });

  const schema = buildSchema();
  const app = express();
  const httpServer = createHttpServer(app);
  // Upgrades are routed by hand (noServer) rather than by attaching the WebSocket server to the
  // HTTP server, which would re-emit every HTTP server error (a busy port) as a WebSocket error.
  const wsServer = new WebSocketServer({ noServer: true });
  httpServer.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/graphql') {
      socket.destroy();
      return;
    }
    wsServer.handleUpgrade(req, socket, head, (ws) => wsServer.emit('connection', ws, req));
  });
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    costLimit: { maxCost: 20_000 },
    maxAliases: { n: 20 },
    maxTokens: { n: 4000 },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  const validationRules = [...armor.validationRules];

  const wsCleanup = useServer<Record<string, unknown>, { principal: Principal }>(
    {
      schema,
      validate: (s, document) => graphqlRuntime.validate(s, document, [...graphqlRuntime.specifiedRules, ...validationRules]),
      // The key travels in the connection_init payload ({authorization: 'Bearer …'} or {apiKey}).
      onConnect: (ctx) => {
        const params = ctx.connectionParams ?? {};
        const header = typeof params['authorization'] === 'string' ? params['authorization'] : undefined;
        const apiKey = typeof params['apiKey'] === 'string' ? params['apiKey'] : undefined;
        try {
          ctx.extra.principal = authenticate(keyFromHeaders((name) => (name === 'authorization' ? header : apiKey)));
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx) => contextOf(ctx.extra.principal ?? authenticate(null)),
    },
    wsServer,
  );

  const drainWs: ApolloServerPlugin<ApiContext> = {
    async serverWillStart() {
      return {
        async drainServer() {
          await wsCleanup.dispose();
        },
      };
    },
  };
  const apollo = new ApolloServer<ApiContext>({
    gateway: jitGateway(schema),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The schema sets no cache hints; the default cache-control plugin would still run a hook
      // on every resolved field (measured: a tenth of the server's CPU on a 500-edge ego network).
      ApolloServerPluginCacheControlDisabled(),
      drainWs,
      // Armor's plugins never read the context; their declared BaseContext is only too narrow a type.
      ...(armor.plugins as ApolloServerPlugin<ApiContext>[]),
      metrics.plugin,
      requestLogPlugin(logger),
    ],
    validationRules,
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    // Self-referencing selections (actor → relations → source → relations …) are bounded too.
    maxRecursiveSelections: true,
    allowBatchedHttpRequests: true,
    introspection: true,
    // The composition root owns shutdown (server, driver, then the database it started). Apollo's
    // own handler would stop only itself and then re-raise the signal, which ends the process
    // before the database is stopped.
    stopOnTerminationSignals: false,
    logger,
  });
  await apollo.start();

  // Bodies must be UTF-8: the parsers would otherwise decode invalid bytes as U+FFFD and an
  // article would be stored with text its sender never wrote.
  const verify = (_req: unknown, _res: unknown, body: Buffer): void => {
    if (!isUtf8(body)) throw Object.assign(new Error('The request body is not valid UTF-8.'), { status: 400, type: 'encoding.invalid' });
  };
  const jsonBody = express.json({ limit: config.http.maxBodyBytes, type: ['application/json', 'application/graphql-response+json'], verify });
  const textBody = express.text({ limit: config.http.maxBodyBytes, type: JSON_LINES_TYPES, verify });

  // Any origin may call: keys are bearer tokens, never cookies, so CORS adds no cross-site risk.
  app.use((req, res, next) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'content-type, authorization, x-api-key, apollo-require-preflight');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ok = await graph.ping();
    metrics.httpRequests.inc({ route: '/readyz', status: ok ? '200' : '503' });
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable', database: ok });
  });
  app.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });

  const limitBatch: RequestHandler = (req, res, next) => {
    const body: unknown = req.body;
    if (Array.isArray(body) && body.length > MAX_BATCH) {
      res.status(400).json({
        errors: [{ message: `A batch may hold at most ${MAX_BATCH} operations, got ${body.length}`, extensions: { code: 'BAD_REQUEST' } }],
      });
      return;
    }
    next();
  };
  const principalOf = (req: Request): Principal => authenticate(keyFromHeaders((name) => req.get(name)));

  app.use(
    '/graphql',
    jsonBody,
    limitBatch,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          return contextOf(principalOf(req));
        } catch (error) {
          if (isAppError(error) && error.code === 'UNAUTHENTICATED') {
            throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
          throw error;
        }
      },
    }),
  );

  app.post('/ingest', jsonBody, textBody, async (req, res, next) => {
    try {
      const principal = principalOf(req);
      requireWrite(principal);
      const jsonLines = req.is(JSON_LINES_TYPES) !== false && req.is(JSON_LINES_TYPES) !== null;
      if (!jsonLines && !req.is('application/json')) {
        throw new AppError('INVALID_INPUT', `POST /ingest takes application/json or application/x-ndjson, not ${req.get('content-type') ?? 'no content type'}`);
      }
      const summary: IngestSummary = await ingestMany(itemsFromBody(req.body, jsonLines), ingestDeps);
      logger.info({ who: principal.name, ...summary, failures: summary.failures.length }, 'ingest request');
      metrics.httpRequests.inc({ route: '/ingest', status: '200' });
      res.json(summary);
    } catch (error) {
      next(error);
    }
  });

  // The export module's file downloads and the explorer page (built separately) share the port.
  app.get('/export/:format', exportRoute(graph, { authorize: principalOf }));
  app.use(explorerStatic());

  const onError: ErrorRequestHandler = (error: unknown, req, res, _next) => {
    const status = httpStatusOf(error);
    const code = errorCodeOf(error);
    let message = error instanceof Error && status < 500 ? error.message : 'Unexpected error.';
    if (isBodyTooLarge(error)) {
      message = `The request body is larger than the limit of ${config.http.maxBodyBytes} bytes (KG_MAX_BODY_BYTES).`;
    }
    if (status >= 500) logger.error({ err: error, path: req.path }, 'request failed');
    metrics.httpRequests.inc({ route: req.path, status: String(status) });
    res.status(status).json({ error: { code, message } });
  };
  app.use(onError);

  let stopped = false;
  return {
    apollo,
    httpServer,
    events,
    metrics,
    contextFor: (key) => contextOf(authenticate(key)),
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', (error: NodeJS.ErrnoException) => {
          reject(
            error.code === 'EADDRINUSE'
              ? new AppError('CONFIG', `Port ${port} on ${host} is already in use; set PORT or pass --port.`, { cause: error })
              : error,
          );
        });
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shownHost === '127.0.0.1' ? 'localhost' : shownHost}:${address.port}/graphql`);
        });
      }),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await apollo.stop();
      wsServer.close();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

function isBodyTooLarge(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { type?: unknown }).type === 'entity.too.large';
}

function httpStatusOf(error: unknown): number {
  if (isAppError(error)) {
    switch (error.code) {
      case 'INVALID_ARTICLE':
      case 'INVALID_INPUT':
        return 400;
      case 'UNAUTHENTICATED':
        return 401;
      case 'FORBIDDEN':
        return 403;
      case 'NOT_FOUND':
        return 404;
      case 'CONFLICT':
        return 409;
      case 'DATABASE_UNAVAILABLE':
        return 503;
      default:
        return 500;
    }
  }
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

function errorCodeOf(error: unknown): string {
  if (isAppError(error)) return graphqlCodeFor(error.code) ?? 'INTERNAL_SERVER_ERROR';
  if (isBodyTooLarge(error)) return 'PAYLOAD_TOO_LARGE';
  return httpStatusOf(error) < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
}
