import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createFormatError, graphqlCodeFor } from '../../../src/api/format-error.js';
import { AppError, ERROR_CODES } from '../../../src/errors.js';

const logged: unknown[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => void logged.push(JSON.parse(line)) });
const format = createFormatError(logger);

/** What graphql-js hands formatError for an error thrown inside a resolver. */
function fromResolver(error: Error): GraphQLError {
  return new GraphQLError(error.message, { path: ['field'], originalError: error });
}

describe('formatError', () => {
  it('maps every domain code, masking only the internal ones', () => {
    const mapped = Object.fromEntries(ERROR_CODES.map((code) => [code, graphqlCodeFor(code)]));
    expect(mapped).toEqual({
      INVALID_ARTICLE: 'BAD_USER_INPUT',
      INVALID_INPUT: 'BAD_USER_INPUT',
      NOT_FOUND: 'NOT_FOUND',
      CONFLICT: 'CONFLICT',
      DATABASE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
      UNAUTHENTICATED: 'UNAUTHENTICATED',
      FORBIDDEN: 'FORBIDDEN',
      CONFIG: null,
      INTERNAL: null,
    });
  });

  it('passes a domain error with its code and message', () => {
    const error = fromResolver(new AppError('NOT_FOUND', 'No actor "x"'));
    expect(format({ message: error.message, path: ['field'] }, error)).toEqual({
      message: 'No actor "x"',
      path: ['field'],
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('masks unexpected errors and logs them', () => {
    logged.length = 0;
    const error = fromResolver(new TypeError("Cannot read properties of undefined (reading 'neo4j')"));
    const out = format({ message: error.message, path: ['field'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(out).toEqual({ message: 'Unexpected error.', path: ['field'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(logged)).toContain("reading 'neo4j'");
    const internal = fromResolver(new AppError('INTERNAL', 'secret detail'));
    expect(format({ message: 'secret detail' }, internal).message).toBe('Unexpected error.');
  });

  it('keeps GraphQL validation errors, which describe the request', () => {
    const error = new GraphQLError('Cannot query field "x" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const formatted = { message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(format(formatted, error)).toBe(formatted);
  });

  it('masks a GraphQLError of ours that carries no client code', () => {
    const error = fromResolver(new GraphQLError('driver says: ECONNRESET at 10.0.0.3'));
    expect(format({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error).message).toBe('Unexpected error.');
  });
});
