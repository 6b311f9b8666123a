import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { foldForNlp } from './text.js';

/** One token of the article, with offsets into the original text. */
export interface Token {
  readonly index: number;
  /** The folded surface form (see `foldForNlp`): same length as the original span. */
  readonly text: string;
  readonly lower: string;
  readonly lemma: string;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, AUX, ADP, ...). */
  readonly pos: string;
  readonly start: number;
  readonly end: number;
  /** Whitespace before the token ('' when glued to the previous one, as in "Iran-backed"). */
  readonly space: string;
  readonly sentence: number;
  /** First character is an upper-case letter. */
  readonly capitalised: boolean;
}

export interface Sentence {
  readonly index: number;
  /** Token range [first, end). */
  readonly first: number;
  readonly end: number;
  /** Character range of the sentence in the original text, trimmed. */
  readonly start: number;
  readonly stop: number;
}

export interface AnalysedText {
  readonly text: string;
  readonly folded: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

type WinkNlp = ReturnType<typeof winkNLP>;
let nlp: WinkNlp | null = null;

/** Loads the wink-nlp English model once (about 30 ms); later calls are free. */
export function loadNlp(): WinkNlp {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/** Past forms of irregular verbs, with their lemma; wink-nlp may tag them as nouns ("retook/NOUN"). */
/** The base of a regular past form: "encircled" → "encircle", "raided" → "raid", "shelled" → "shell", "carried" → "carry". */
function pastStem(word: string): string {
  if (word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  const stem = word.slice(0, -2);
  if (/([^aeiou])\1$/.test(stem) && !/(ll|ss|ff|zz)$/.test(stem)) return stem.slice(0, -1);
  return /([^aeiou]l|[vzcgu]|[^aeiou]s)$/.test(stem) && !/ll$/.test(stem) ? `${stem}e` : stem;
}

/** Lemmas the model cuts one letter short ("staged" → "stag", "waged" → "wag"). */
const SHORT_LEMMAS: ReadonlyMap<string, string> = new Map([['stag', 'stage'], ['wag', 'wage'], ['rag', 'rage']]);

function fixLemma(lemma: string, lower: string): string {
  const fixed = SHORT_LEMMAS.get(lemma);
  return fixed !== undefined && lower !== lemma && lower.startsWith(fixed.slice(0, -1)) && !lower.startsWith(`${lemma}g`) ? fixed : lemma;
}

/** Past forms of verbs of naming the tagger may read as adjectives. */
const NAMING_PAST: ReadonlyMap<string, string> = new Map([['branded', 'brand'], ['labelled', 'label'], ['labeled', 'label'], ['dubbed', 'dub'], ['termed', 'term']]);

export const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map([
  ['shot', 'shoot'], ['struck', 'strike'], ['sank', 'sink'], ['sunk', 'sink'], ['retook', 'retake'], ['retaken', 'retake'], ['fought', 'fight'], ['overran', 'overrun'], ['sought', 'seek'], ['met', 'meet'],
  ['held', 'hold'], ['sent', 'send'], ['gave', 'give'], ['given', 'give'], ['told', 'tell'], ['brought', 'bring'], ['sold', 'sell'],
  ['hit', 'hit'], ['waged', 'wage'], ['waging', 'wage'], ['wages', 'wage'], ['beaten', 'beat'], ['spoke', 'speak'], ['spoken', 'speak'], ['withdrew', 'withdraw'], ['swore', 'swear'],
]);

/** A possessive wink-nlp left glued to its noun: "China's" as one token. */
const POSSESSIVE_JOINED = /^[^\s'’]+['’][sS]$/;

function joinedPossessive(value: string): boolean {
  // (Most tokens end in no "s" after an apostrophe: the test on the last characters is cheaper than the pattern.)
  const mark = value.charAt(value.length - 2);
  return value.length > 2 && (mark === "'" || mark === '’') && POSSESSIVE_JOINED.test(value);
}

const SENTENCE_FINAL = new Set(['.', '!', '?', '."', '?"', '!"']);

/**
 * Runs of non-space characters longer than this are blanked before wink-nlp reads the text.
 * Its model tests every token against `/[a-z].*\.$/i`, which is quadratic in the token's length:
 * one 100,000-character token took 28 s of blocked event loop. No name, word or trigger is that
 * long; blanking with as many spaces keeps every offset.
 */
const MAX_TOKEN_CHARS = 200;
const LONG_RUN = new RegExp(`\\S{${MAX_TOKEN_CHARS + 1},}`, 'g');

/**
 * Splits an article into tokens and sentences. Deterministic; offsets are exact into `text`.
 * wink-nlp's sentence breaks are corrected in two ways: a break inside a glued token run
 * ("Afintl.af", "example.org") is undone, and a line break ends a sentence when the line does
 * not run on (a title, a byline, a paragraph without final punctuation).
 */
export function analyse(text: string): AnalysedText {
  const engine = loadNlp();
  const its = engine.its;
  const folded = foldForNlp(text);
  const doc = engine.readDoc(folded.replace(LONG_RUN, (run) => ' '.repeat(run.length)));
  const tokenList = doc.tokens();
  const values = tokenList.out() as string[];
  const pos = tokenList.out(its.pos) as string[];
  // The typings miss that lemma takes the model's addons; the call is the documented one.
  const lemmas = tokenList.out(its.lemma as unknown as Parameters<typeof tokenList.out>[0]) as string[];
  const spaces = tokenList.out(its.precedingSpaces) as string[];

  const winkStarts = new Set<number>();
  doc.sentences().each((s: { out: (f: typeof its.span) => unknown }) => {
    const span = s.out(its.span) as unknown as number[];
    if (typeof span[0] === 'number') winkStarts.add(span[0]);
  });

  // wink-nlp keeps "China's" whole before a punctuation mark ("It was China's.") and then remembers
  // the joined form for every later text of the process. Such a token is split here, and the engine
  // is loaded afresh for the next text, so what one text says never changes how another is read.
  if (values.some(joinedPossessive)) nlp = null;

  const tokens: Token[] = [];
  const breaks: boolean[] = [];
  let cursor = 0;
  let pendingSpace = '';
  let pendingStart = false;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const rawSpace = spaces[i] ?? '';
    let start = cursor + rawSpace.length;
    // wink-nlp is lossless, but guard against any drift by finding the token where it is.
    if (folded.slice(start, start + value.length) !== value) {
      const found = folded.indexOf(value, cursor);
      start = found >= 0 ? found : start;
    }
    const end = Math.min(start + value.length, folded.length);
    cursor = end;
    // Line breaks come out as tokens of their own: fold them into the next token's spacing.
    if (value.trim() === '') {
      pendingSpace += rawSpace + value;
      pendingStart ||= winkStarts.has(i);
      continue;
    }
    const space = pendingSpace + rawSpace;
    const winkStart = pendingStart || winkStarts.has(i);
    pendingSpace = '';
    pendingStart = false;
    const first = value.charAt(0);
    const prev = tokens[tokens.length - 1];
    const joined = joinedPossessive(value);
    const head = joined ? value.slice(0, -2) : value;
    tokens.push({
      index: tokens.length,
      text: head,
      lower: head.toLowerCase(),
      lemma: joined ? head.toLowerCase() : fixLemma((lemmas[i] ?? value).toLowerCase(), value.toLowerCase()),
      pos: pos[i] ?? 'X',
      start,
      end: joined ? end - 2 : end,
      space,
      sentence: 0,
      capitalised: first !== first.toLowerCase() && first === first.toUpperCase(),
    });
    let isBreak = prev === undefined || winkStart;
    if (prev !== undefined && isBreak && space === '') isBreak = false;
    if (prev !== undefined && !isBreak && space.includes('\n')) {
      const blankLine = /\n[^\S\n]*\n/.test(space);
      const prevEndsClause = SENTENCE_FINAL.has(prev.text) || /[.!?:"']$/.test(prev.text);
      // A line without final punctuation followed by a capital is a title or byline, not a wrap.
      isBreak = blankLine || prevEndsClause || (first !== first.toLowerCase() && !/[,;(-]$/.test(prev.text));
    }
    breaks.push(isBreak);
    if (joined) {
      const mark = value.slice(-2);
      tokens.push({ index: tokens.length, text: mark, lower: mark.toLowerCase(), lemma: "'s", pos: 'PART', start: end - 2, end, space: '', sentence: 0, capitalised: false });
      breaks.push(false);
    }
  }

  // "The Malian army retook/NOUN Kidal": an irregular past the model does not know, between a
  // subject's noun and its object, is the verb.
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k] as Token;
    const lemma = IRREGULAR_PAST.get(t.lower);
    const before = tokens[k - 1] as Token;
    const after = tokens[k + 1] as Token;
    // ("was reported to have held/ADJ talks": an adjective right after "have" is the participle.)
    const perfect = ['has', 'have', 'had'].includes(before.lower);
    if (lemma === undefined || !(t.pos === 'NOUN' || (t.pos === 'ADJ' && perfect)) || t.lemma !== t.lower || !(['NOUN', 'PROPN'].includes(before.pos) || perfect) || !(['DET', 'PROPN', 'NUM'].includes(after.pos) || ['down', 'at', 'back'].includes(after.lower) || (perfect && after.pos === 'NOUN'))) continue;
    tokens[k] = { ...t, pos: 'VERB', lemma };
  }
  // ("Qatar branded/ADJ the Israeli attack \"state terrorism\"": a verb of naming after its subject.)
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k] as Token;
    const lemma = NAMING_PAST.get(t.lower);
    if (lemma === undefined || t.pos === 'VERB' || !['NOUN', 'PROPN'].includes((tokens[k - 1] as Token).pos) || !['DET', 'PROPN'].includes((tokens[k + 1] as Token).pos)) continue;
    tokens[k] = { ...t, pos: 'VERB', lemma };
  }

  const sentences: Sentence[] = [];
  let begin = 0;
  const close = (endToken: number): void => {
    if (endToken <= begin) return;
    const firstTok = tokens[begin] as Token;
    const lastTok = tokens[endToken - 1] as Token;
    const index = sentences.length;
    for (let k = begin; k < endToken; k++) (tokens[k] as { sentence: number }).sentence = index;
    sentences.push({ index, first: begin, end: endToken, start: firstTok.start, stop: lastTok.end });
    begin = endToken;
  };
  for (let i = 1; i < tokens.length; i++) if (breaks[i]) close(i);
  close(tokens.length);
  // ("Chinese warships encircled/ADJ Taiwan in drills": a past form between a plural subject and a
  // name or an article, with no verb before it in the sentence, is the main verb.)
  for (const sentence of sentences) {
    let verbSeen = false;
    for (let k = sentence.first + 1; k < sentence.end - 1; k++) {
      const t = tokens[k] as Token;
      if (t.pos === 'VERB' || t.pos === 'AUX') verbSeen = true;
      // (A reported clause opens anew: "argued that the UAE armed and financed the RSF".)
      if (t.lower === 'that') verbSeen = false;
      if (verbSeen || t.pos !== 'ADJ' || !/^[a-z]+ed$/.test(t.text)) continue;
      const before = tokens[k - 1] as Token;
      const after = tokens[k + 1] as Token;
      // ("the UAE armed/ADJ and financed the RSF": after a name, too, and before a coordinated verb.)
      const subjectBefore = (before.pos === 'NOUN' && /^[a-z]+s$/.test(before.text)) || (before.pos === 'PROPN' && k - 1 > sentence.first);
      const objectAfter = ['PROPN', 'DET'].includes(after.pos) || (after.lower === 'and' && tokens[k + 2]?.pos === 'VERB' && /ed$/.test(tokens[k + 2]?.lower ?? ''));
      if (!subjectBefore || t.space === '' || !objectAfter) continue;
      tokens[k] = { ...t, pos: 'VERB', lemma: pastStem(t.lower) };
      verbSeen = true;
    }
  }
  return { text, folded, tokens, sentences };
}
