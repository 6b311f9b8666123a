import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { ApiContext } from '../api/context.js';

/**
 * One structured log line per GraphQL operation: its name and type, who asked (the key's name),
 * how long it took, and the error codes it returned. Variables and documents stay out of the log
 * (they may carry article text); the operation name is enough to find a slow or failing caller.
 */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart(request) {
      const started = performance.now();
      return {
        async willSendResponse(ctx) {
          // The errors as the client got them (after formatError), so the codes match its view.
          const sent = ctx.response.body.kind === 'single' ? (ctx.response.body.singleResult.errors ?? []) : [];
          const codes = sent.map((e) => String(e.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'));
          const line = {
            operation: ctx.operationName ?? null,
            type: ctx.operation?.operation ?? null,
            who: request.contextValue.principal.name,
            ms: Math.round(performance.now() - started),
            ...(codes.length > 0 ? { errors: [...new Set(codes)] } : {}),
          };
          if (codes.length > 0) logger.warn(line, 'graphql request failed');
          else logger.info(line, 'graphql request');
        },
      };
    },
  };
}
