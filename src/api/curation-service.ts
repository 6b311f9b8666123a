import { AppError } from '../errors.js';
import type { CurationService } from './curation.js';
import type { GraphRunner } from './observed-graph.js';

export function createCurationService(_graph: GraphRunner): CurationService {
  const pending = (): never => {
    throw new AppError('INTERNAL', 'Curation is not available yet.');
  };
  return { mergeActors: pending, addAlias: pending, retractRelation: pending, revert: pending };
}
