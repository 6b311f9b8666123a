import { RELATION_TYPE_INFO, type Actor, type Article, type ExtractedRelation, type ExtractionResult } from '../domain/index.js';
import type { KnowledgeBase } from './knowledge.js';
import { findMentions } from './mentions.js';
import { analyse } from './nlp.js';
import { findRelations, type RawRelation } from './relations/index.js';

export const DEFAULT_MIN_CONFIDENCE = 0.4;

/**
 * One article through the pipeline: tokens and sentences, actor mentions, relation rules, then
 * one relation per (source, target, type, sentence) with its evidence sentence and offsets.
 * Pure and deterministic for a given knowledge base.
 */
export function extractWith(kb: KnowledgeBase, article: Article, minConfidence = DEFAULT_MIN_CONFIDENCE): ExtractionResult {
  const doc = analyse(article.text);
  const found = findMentions(kb, doc);
  const raw = findRelations(kb, doc, found);

  const best = new Map<string, RawRelation>();
  for (const r of raw) {
    if (r.confidence < minConfidence) continue;
    const key = `${r.sentence}\u0000${r.type}\u0000${r.source}\u0000${r.target}`;
    const prev = best.get(key);
    if (!prev || r.confidence > prev.confidence) best.set(key, r);
  }
  const relations: ExtractedRelation[] = [];
  for (const r of [...best.values()].sort((a, b) => a.sentence - b.sentence)) {
    const s = doc.sentences[r.sentence];
    if (!s) continue;
    const info = RELATION_TYPE_INFO[r.type];
    relations.push({
      source: r.source,
      target: r.target,
      type: r.type,
      evidence: article.text.slice(s.start, s.stop),
      start: s.start,
      end: s.stop,
      confidence: Math.round(r.confidence * 100) / 100,
      claimant: r.claimant,
      alleged: r.alleged,
      cameo: info.cameo,
      goldstein: info.goldstein,
    });
  }

  // Actors: everyone named as an actor (not only as a place), plus every relation end.
  const wanted = new Set<string>();
  for (const m of found.mentions) if (!m.place && m.form !== 'capital' && m.form !== 'pronoun' && m.form !== 'coreference') wanted.add(m.actorId);
  for (const r of relations) {
    wanted.add(r.source);
    wanted.add(r.target);
    if (r.claimant) wanted.add(r.claimant);
  }
  const actors: Actor[] = [];
  for (const id of [...wanted].sort()) {
    const info = found.actors.get(id) ?? kb.actors.get(id);
    if (!info) continue;
    const aliases = new Set<string>(info.aliases);
    for (const surface of found.surfaces.get(id) ?? []) aliases.add(surface);
    aliases.delete(info.name);
    actors.push({ id: info.id, name: info.name, type: info.type, aliases: [...aliases], affiliation: info.affiliation });
  }
  return { id: article.id, actors, relations };
}
