import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { AppError, type ErrorCode, UnreachableCaseError } from '../errors.js';

/** `extensions.code` for each domain code; null means "internal: mask it". */
export function graphqlCodeFor(code: ErrorCode): string | null {
  switch (code) {
    case 'INVALID_ARTICLE':
    case 'INVALID_INPUT':
      return 'BAD_USER_INPUT';
    case 'NOT_FOUND':
      return 'NOT_FOUND';
    case 'CONFLICT':
      return 'CONFLICT';
    case 'DATABASE_UNAVAILABLE':
      return 'SERVICE_UNAVAILABLE';
    case 'UNAUTHENTICATED':
      return 'UNAUTHENTICATED';
    case 'FORBIDDEN':
      return 'FORBIDDEN';
    case 'CONFIG':
    case 'INTERNAL':
      return null;
    default:
      throw new UnreachableCaseError(code);
  }
}

/** Codes GraphQL itself and Apollo produce for the client's mistakes; these pass through. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

/**
 * Apollo's `formatError`: domain errors get their `extensions.code`; GraphQL's own client errors
 * pass; anything else (a bug, a driver error) is masked as "Unexpected error." and logged with its
 * stack, so internals never reach a client.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    if (original instanceof AppError) {
      const code = graphqlCodeFor(original.code);
      if (code !== null) {
        if (code === 'SERVICE_UNAVAILABLE') logger.warn({ err: original, path: formatted.path }, original.message);
        return {
          message: original.message,
          ...(formatted.locations ? { locations: formatted.locations } : {}),
          ...(formatted.path ? { path: formatted.path } : {}),
          extensions: { code },
        };
      }
    }
    const code = formatted.extensions?.['code'];
    // Errors GraphQL and Apollo raise about the request itself (syntax, validation, variables,
    // limits) describe the client's mistake and pass; an Error of ours never gets here unmasked.
    if (isGraphQLError(original) && typeof code === 'string' && CLIENT_CODES.has(code)) {
      return formatted;
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
    return {
      message: 'Unexpected error.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * By tag too: a bundler may load graphql twice (ESM and CJS), and `instanceof` then fails; every
 * GraphQLError and subclass (Apollo's ValidationError …) reports the tag `GraphQLError`.
 */
function isGraphQLError(value: unknown): value is GraphQLError {
  return value instanceof GraphQLError || Object.prototype.toString.call(value) === '[object GraphQLError]';
}

/** Apollo's `unwrapResolverError`, which also misses when the error comes from the other graphql copy. */
function unwrap(error: unknown): unknown {
  const original = unwrapResolverError(error);
  if (original !== error) return original;
  return isGraphQLError(error) && error.path && error.originalError ? error.originalError : error;
}
