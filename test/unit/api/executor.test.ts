import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { jitExecutor } from '../../../src/api/executor.js';
import { graphqlRuntime } from '../../../src/api/graphql-runtime.js';
import { AppError } from '../../../src/errors.js';

const { execute, parse, Kind } = graphqlRuntime;

let resolved = 0;
const schema = makeExecutableSchema({
  typeDefs: `
    type Edge { id: ID! weight: Int! label: String }
    type Graph { edges: [Edge!]! truncated: Boolean! }
    type Query {
      graph(size: Int!): Graph!
      failing: String
      nonNull: String!
      greet(name: String = "world"): String!
    }`,
  resolvers: {
    Query: {
      graph: (_: unknown, { size }: { size: number }) => {
        resolved += 1;
        return { edges: Array.from({ length: size }, (_, i) => ({ id: `r:${i}`, weight: i, label: i % 2 ? null : `e${i}` })), truncated: size > 2 };
      },
      failing: () => {
        throw new AppError('NOT_FOUND', 'no such actor');
      },
      nonNull: () => null,
      greet: (_: unknown, { name }: { name: string }) => `hello ${name}`,
    },
  },
});

/** The parts of Apollo's request context the executor reads. */
function request(document: DocumentNode, variables: Record<string, unknown> = {}): GatewayGraphQLRequestContext {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  return { document, operation, operationName: operation.name?.value ?? null, request: { variables }, context: {} } as unknown as GatewayGraphQLRequestContext;
}

describe('the compiled executor', () => {
  const run = jitExecutor(schema);

  it('answers what graphql-js answers: data, nulls, defaults, errors with path and locations', async () => {
    const queries: Array<[string, Record<string, unknown>]> = [
      ['query G($n: Int!) { graph(size: $n) { truncated edges { id weight label } } }', { n: 5 }],
      ['{ greet a: greet(name: "Kabul") }', {}],
      ['{ greet\n  failing }', {}],
      ['{ greet nonNull }', {}],
      ['{ ... on Query { graph(size: 1) { edges { __typename id } } } }', {}],
    ];
    for (const [text, variables] of queries) {
      const document = parse(text);
      const ours = await run(request(document, variables));
      const reference = await execute({ schema, document, variableValues: variables });
      expect(ours.data).toEqual(reference.data);
      expect(ours.errors?.map((e) => [e.message, e.path, e.locations, e.extensions])).toEqual(reference.errors?.map((e) => [e.message, e.path, e.locations, e.extensions]));
      // A resolver's own error stays the cause, so the error formatter can map its code.
      expect(ours.errors?.map((e) => e.originalError instanceof AppError)).toEqual(reference.errors?.map((e) => e.originalError instanceof AppError));
    }
  });

  it('refuses bad variables with graphql-js errors that name the variable definition', async () => {
    const document = parse('query G($n: Int!) { graph(size: $n) { truncated } }');
    const before = resolved;
    const result = await run(request(document, { n: 'many' }));
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toContain('Variable "$n" got invalid value');
    expect(result.errors?.[0]?.nodes?.[0]?.kind).toBe(Kind.VARIABLE_DEFINITION);
    expect(resolved).toBe(before);
  });

  it('compiles an operation once and runs it again with other variables', async () => {
    const document = parse('query G($n: Int!) { graph(size: $n) { edges { id } } }');
    const first = await run(request(document, { n: 1 }));
    const second = await run(request(document, { n: 3 }));
    expect(first.data).toEqual({ graph: { edges: [{ id: 'r:0' }] } });
    expect(second.data).toEqual({ graph: { edges: [{ id: 'r:0' }, { id: 'r:1' }, { id: 'r:2' }] } });
  });
});
