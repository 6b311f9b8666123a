import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import { graphqlJit, graphqlRuntime } from './graphql-runtime.js';

/**
 * Executes operations with graphql-jit: each distinct operation is compiled once into a function
 * that resolves and completes its selection without re-walking the document, which on a
 * 500-edge ego network takes a tenth of graphql-js's time. Apollo still parses, validates,
 * caches documents and runs its plugins; only execution is replaced.
 *
 * Apollo Server 5 accepts a custom executor only through its gateway interface, so the schema
 * is handed over as a gateway that never changes. Subscriptions (graphql-ws) keep graphql-js.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const executor = jitExecutor(schema);
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: graphqlRuntime.printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}

/** Compiled operations per parsed document (Apollo reuses one document per distinct query text). */
type Compiled = Map<string, CompiledQuery | null>;

export function jitExecutor(schema: GraphQLSchema): GatewayExecutor {
  const compiled = new WeakMap<DocumentNode, Compiled>();
  return async ({ document, operation, operationName, request, context }) => {
    // Variables are checked by graphql-js first: its errors name the variable definition, which
    // is how Apollo tells a caller's bad variable (BAD_USER_INPUT, status 400) from a failure.
    const coerced = graphqlRuntime.getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
    if (coerced.errors) return { errors: coerced.errors };
    let byName = compiled.get(document);
    if (!byName) {
      byName = new Map();
      compiled.set(document, byName);
    }
    const key = operationName ?? '';
    let query = byName.get(key);
    if (query === undefined) {
      const result = graphqlJit.compileQuery(schema, document, operationName ?? undefined);
      // What the compiler refuses, graphql-js runs, so the caller gets graphql-js's answer.
      query = graphqlJit.isCompiledQuery(result) ? result : null;
      byName.set(key, query);
    }
    if (query === null) {
      return graphqlRuntime.execute({ schema, document, operationName, variableValues: request.variables, contextValue: context });
    }
    const result = await query.query(undefined, context, request.variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
}

/**
 * graphql-jit's errors inherit from graphql-js's but leave `extensions` undefined where graphql-js
 * gives `{}`, which Apollo's error formatting does not expect: they are rebuilt as graphql-js
 * errors with the same message, path, locations and cause.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new graphqlRuntime.GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  return Object.assign(rebuilt, { locations: error.locations });
}
