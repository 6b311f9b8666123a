export * from './actor.js';
export * from './article.js';
export * from './extraction.js';
export * from './relation.js';
export * from './relation-type.js';
