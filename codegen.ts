import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolvers are typed from the SDL; mappers make parents the graph layer's row types.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/api/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.js#ApiContext',
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string' },
        mappers: {
          Actor: '../../graph/rows.js#ActorRow',
          Relation: '../../graph/rows.js#RelationRow',
          Evidence: '../../graph/rows.js#EvidenceRow',
          Article: '../../graph/rows.js#ArticleRow',
          AuditEntry: '../../graph/rows.js#AuditRow',
          // Connections count lazily: `totalCount` resolves through the parent's `count()`.
          ActorConnection: '../connection.js#ActorConnectionParent',
          RelationConnection: '../connection.js#RelationConnectionParent',
          ArticleConnection: '../connection.js#ArticleConnectionParent',
          // Stats compute each selected part on demand from the arguments kept in the parent.
          Stats: '../resolvers/stats.js#StatsParent',
          Health: '../resolvers/health.js#HealthParent',
        },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};
export default config;
