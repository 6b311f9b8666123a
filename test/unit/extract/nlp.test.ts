import { describe, expect, it } from 'vitest';
import { extractArticle, toArticle } from '../../../src/extract/index.js';
import { analyse } from '../../../src/extract/nlp.js';

const triples = (id: string, text: string): string[] => extractArticle(toArticle({ id, text })).relations.map((r) => `${r.source} ${r.type} ${r.target}`).sort();

describe('analyse', () => {
  it('splits a possessive the tagger kept whole before a punctuation mark', () => {
    const { tokens, text } = analyse("It was China's. Not Moscow's, but Kyiv's.");
    const words = tokens.map((t) => t.text);
    expect(words).toEqual(['It', 'was', 'China', "'s", '.', 'Not', 'Moscow', "'s", ',', 'but', 'Kyiv', "'s", '.']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads a text the same whatever texts came before it in the process', () => {
    const text = "China's army attacked Taiwan. Russia's navy shelled Odesa.";
    const alone = triples('alone', text);
    triples('before', "It was China's. The ships were Russia's, officials said.");
    expect(alone).toContain('china ATTACKS taiwan');
    expect(triples('after', text)).toEqual(alone);
    expect(triples('same', `It was China's. ${text}`)).toEqual(alone);
  });
});
