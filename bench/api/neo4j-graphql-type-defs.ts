import { RELATION_TYPES, type RelationType } from '../../src/domain/index.js';

/**
 * The field name of a relation type in the generated API: `ACCUSES` → `accuses` (outgoing) and
 * `accusesIn` (incoming). @neo4j/graphql maps one GraphQL field to one relationship type and one
 * direction, so the product's 12 typed edges become 24 fields on Actor.
 */
export function fieldOf(type: RelationType, direction: 'OUT' | 'IN'): string {
  const camel = type.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  return direction === 'OUT' ? camel : `${camel}In`;
}

/**
 * Type definitions for @neo4j/graphql over the product's graph model (docs/graph-model.md): the
 * same labels, properties and relationship types, so the generated API reads the very same data.
 * This is what a user would write to get a generated GraphQL API instead of ours.
 */
export function neo4jGraphqlTypeDefs(): string {
  const fields = RELATION_TYPES.flatMap((t) => [
    `  ${fieldOf(t, 'OUT')}: [Actor!]! @relationship(type: "${t}", direction: OUT, properties: "Relation")`,
    `  ${fieldOf(t, 'IN')}: [Actor!]! @relationship(type: "${t}", direction: IN, properties: "Relation")`,
  ]);
  return `
type Actor @node {
  id: ID!
  name: String!
  type: String!
  aliases: [String!]
  affiliation: String
${fields.join('\n')}
}

type Relation @relationshipProperties {
  id: String!
  count: Int!
  articleCount: Int!
  confidence: Float!
  goldstein: Float!
  cameo: String
  firstSeen: Date
  lastSeen: Date
  claimantIds: [String!]
  retracted: Boolean
}

type Article @node {
  id: ID!
  url: String
  title: String
  source: String
  published: Date
}

type Mention @node {
  id: ID!
  relationId: String!
  articleId: String!
  type: String!
  sourceId: String!
  targetId: String!
  date: Date
  evidence: String!
  start: Int!
  end: Int!
  confidence: Float!
  goldstein: Float
  claimantId: String
  alleged: Boolean
  retracted: Boolean
  article: [Article!]! @relationship(type: "IN_ARTICLE", direction: OUT)
}
`;
}
