/** Deterministic synthetic data for benchmarks: articles with ground truth, and graphs built from them. */
export { actorPool, type SyntheticActor } from './actors.js';
export { generateArticles, type ArticleGeneratorOptions, type SyntheticArticle } from './articles.js';
export { loadSyntheticGraph, prefixActors, syntheticSource } from './graph.js';
export { createRandom, type Random } from './random.js';
