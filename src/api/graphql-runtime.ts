import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * graphql-js as Node's `require` loads it: the one instance Apollo, graphql-ws and graphql-tools
 * share. (A bundler such as Vite prefers graphql's ESM build for our own files, and graphql refuses
 * a schema built by the other copy.)
 */
export const graphqlRuntime = require('graphql') as typeof import('graphql');

/** graphql-jit loaded the same way, so that it compiles against that same graphql-js. */
export const graphqlJit = require('graphql-jit') as typeof import('graphql-jit');
