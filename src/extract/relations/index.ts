/**
 * Clause rules over tokens and actor mentions (there is no dependency parser for JavaScript):
 * each trigger finds its source and target where English puts them, in the active and passive
 * voice, in nominalisations and coordinations; negation and hypotheticals suppress, hedges lower
 * the confidence; reported speech gives the claimant.
 */
export { findRelations } from './sentence.js';
export type { RawRelation } from './words.js';
