import type { ActorType } from '../domain/index.js';
import type { ActorInfo, ActorKind, KnowledgeBase, NameEntry, NameForm, TrieNode } from './knowledge.js';
import type { AnalysedText, Token } from './nlp.js';
import { longFormFits, personNameStart, relabelShortForm, roleOwnerAfter, scanNamedBodies, scanNamedPeople, scanPartyNames, scanPolities, scanStateOrgans, stateOverRegion } from './entities.js';
import { slugify } from './text.js';

import {
  ARMED_HEADS,
  CALENDAR_WORDS,
  COREF_HEADS,
  GENERIC_ORG_WORDS,
  HONORIFICS,
  NAMED_ARMED_HEADS,
  NAME_LIKE_COUNTRIES,
  ORG_HEADS,
  PERSON_PRONOUNS,
  PLACE_HEADS,
  FORCE_NOUNS,
  THING_PRONOUNS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './vocabulary.js';

/** What "government X" names as the army of the state in view: its troops and its aircraft. */
const GOVERNMENT_FORCE_NOUNS = new Set(['forces', 'troops', 'soldiers', 'gunships', 'warplanes', 'jets', 'aircraft', 'helicopters', 'drones', 'artillery']);
/** Titles after "army" that name an officer, not the army acting: "Uganda's army chief". */
/** Nouns of attacks whose modifiers name the attackers: "U.S. and Israeli strikes on ...". */
const ATTACK_HEADS = new Set(['strike', 'strikes', 'airstrikes', 'attack', 'attacks', 'raids', 'raid', 'bombing', 'bombings', 'shelling', 'assault', 'offensive', 'incursion', 'incursions', 'missiles', 'drones', 'fire']);
/** Heads of a reference back to a state ("the country", "the Gulf state", "the island nation"). */
const STATE_HEADS = new Set(['country', 'state', 'kingdom', 'nation', 'republic', 'emirate']);
const ARMY_TITLE_NOUNS = new Set(['chief', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'officer', 'officers', 'general', 'head']);

/**
 * Finds who is named where: gazetteer and lexicon names, demonyms, capitals, abbreviations
 * defined in the text, people introduced by their role, organisations with a name-like head,
 * and definite descriptions or pronouns that point back to one of them.
 */

export type MentionForm =
  | NameForm
  | 'abbreviation'
  | 'person'
  | 'organisation'
  | 'coreference'
  | 'pronoun';

export interface Mention {
  readonly actorId: string;
  /** Token range [first, end). */
  readonly first: number;
  readonly end: number;
  readonly sentence: number;
  readonly form: MentionForm;
  /**
   * Part of a larger phrase, not an argument on its own: the "Pakistan's" of "Pakistan's Defense
   * Minister Khawaja Asif".
   */
  absorbed: boolean;
  /** A demonym on a place noun ("Afghan soil") or a capital in a locative: a place, not an actor. */
  place: boolean;
  /** Found by reference resolution: lowers the confidence of what it takes part in. */
  readonly resolved: boolean;
}

/** The actors of one article with their mentions, in text order. */
export interface DocActors {
  readonly actors: Map<string, ActorInfo>;
  readonly mentions: readonly Mention[];
  /** Mention index covering each token, -1 where none. */
  readonly mentionAt: Int32Array;
  /** Tokens that belong to a news outlet or a web address: provenance, never actors. */
  readonly outletAt: Uint8Array;
  /** Surface forms seen for each actor, for its `aliases`. */
  readonly surfaces: Map<string, Set<string>>;
}

interface Candidate {
  actorId: string | null;
  first: number;
  end: number;
  form: MentionForm;
  absorbed?: boolean;
  resolved?: boolean;
}

/** Days a speech verb may be followed by before its clause: "said on Monday it ...". */
/** The army an unowned "the army" first named in a story. */
interface StoryArmy {
  readonly actorId: string;
  readonly sentence: number;
  readonly head: string;
}
const SPEECH_DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Words before "at", "of", "to" that make a capital after them the government addressed, not a place. */
const ADDRESSED_BY: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['at', new Set(['out', 'back', 'swipe', 'swipes', 'jab', 'jabs', 'dig', 'digs', 'aim', 'broadside'])],
  ['of', new Set(['critic', 'critics', 'critical', 'ally', 'allies', 'backer', 'backers', 'patron', 'patrons', 'sponsor', 'sponsors', 'supporter', 'supporters', 'benefactor'])],
  ['to', new Set(['warning', 'warnings', 'threat', 'threats', 'rebuke', 'ultimatum'])],
  // "drawing criticism from Washington", "with backing from Moscow": the government that acts.
  ['from', new Set(['criticism', 'condemnation', 'rebuke', 'rebukes', 'protests', 'protest', 'backing', 'support', 'pressure', 'warnings', 'warning', 'threats', 'accusations', 'demands', 'objections', 'praise'])],
]);

const DOMAIN = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.(com|org|net|af|pk|in|uk|ru|ua|ir|il|tr|cn|info|news|tv|co|io|de|fr|eu|gov|int)$/i;

function caseOk(entry: NameEntry, tokens: readonly Token[], first: number): boolean {
  for (let k = 0; k < entry.tokens.length; k++) {
    const want = entry.tokens[k] as string;
    const got = tokens[first + k] as Token;
    if (entry.exact) {
      if (got.text !== want) return false;
      continue;
    }
    const w0 = want.charAt(0);
    const wantCapital = w0 !== w0.toLowerCase();
    if (wantCapital && !got.capitalised) return false;
  }
  return true;
}

/** Longest match of the trie at `first` whose entry passes the case check. */
function matchAt(
  root: TrieNode,
  tokens: readonly Token[],
  first: number,
  limit: number,
): { end: number; entry: NameEntry } | null {
  let node: TrieNode | undefined = root;
  let best: { end: number; entry: NameEntry } | null = null;
  for (let i = first; i < limit; i++) {
    const token = tokens[i] as Token;
    // A name does not continue across a space-less join into a web address or a longer word.
    node = node.children.get(token.lower);
    if (!node) break;
    for (const entry of node.entries) {
      if (caseOk(entry, tokens, first)) {
        best = { end: i + 1, entry };
        break;
      }
    }
  }
  return best;
}

/** Family names written before the given name (Chinese, Korean, Vietnamese): "Li Qiang", "Kim Jong Un". */
const FAMILY_FIRST = new Set(['li', 'xi', 'wang', 'zhang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'xu', 'sun', 'ma', 'hu', 'guo', 'lin', 'dong', 'han', 'kim', 'lee', 'park', 'choi', 'yoon', 'moon', 'kang', 'cho', 'jang', 'ahn', 'nguyen', 'tran', 'pham', 'vo', 'hun', 'lai', 'tsai', 'ko']);

/** Forms of "be" that open a predicate noun phrase. */
const BE_WORDS = new Set(['is', 'was', 'are', 'were', 'remains', 'remained', 'became', 'becomes']);

/** Two-letter English words that are never taken for a surname learnt in the article. */
const SHORT_WORDS = new Set(['he', 'me', 'we', 'us', 'it', 'an', 'as', 'at', 'by', 'in', 'is', 'of', 'on', 'or', 'to', 'up', 'so', 'no', 'do', 'go', 'my', 'if', 'be', 'am', 'oh', 'ok', 'un', 'eu', 'us']);

const SURNAMES = new WeakMap<KnowledgeBase, ReadonlyMap<string, string>>();

/** Surnames of the known people with a state, each naming one person only. */
function surnameIndex(kb: KnowledgeBase): ReadonlyMap<string, string> {
  let index = SURNAMES.get(kb);
  if (index) return index;
  const found = new Map<string, string | null>();
  for (const a of kb.actors.values()) {
    if (a.type !== 'PERSON' || !a.affiliation || kb.actors.get(a.affiliation)?.kind !== 'country') continue;
    const surname = a.name.split(/\s+/).pop()?.toLowerCase();
    if (!surname || surname.length < 3) continue;
    found.set(surname, found.has(surname) && found.get(surname) !== a.id ? null : a.id);
  }
  index = new Map([...found].filter((e): e is [string, string] => e[1] !== null));
  SURNAMES.set(kb, index);
  return index;
}

function isNameWord(t: Token | undefined): boolean {
  if (!t) return false;
  if (!t.capitalised) return false;
  if (CALENDAR_WORDS.has(t.lower)) return false;
  return /^[A-Z][A-Za-z'.-]*$/.test(t.text) && t.pos !== 'PUNCT';
}

const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'von', 'van', 'der', 'de', 'abu', 'ul', 'ud', 'bint', 'da', 'di', 'le', 'la']);

/**
 * A personal name starting at `i`: two to five name words, particles ("bin", "al-") and glued
 * hyphen parts included. Returns the exclusive end, or -1.
 */
function personNameEnd(tokens: readonly Token[], i: number, limit: number, covered: (k: number) => boolean): number {
  let k = i;
  let words = 0;
  while (k < limit) {
    const t = tokens[k] as Token;
    if (covered(k)) break;
    if (isNameWord(t)) {
      words++;
      k++;
    } else if (NAME_PARTICLES.has(t.lower) && words >= 0 && isNameWord(tokens[k + 1]) && k + 1 < limit) {
      k++;
    } else if (t.text === '-' && t.space === '' && words > 0 && (tokens[k + 1]?.space ?? ' ') === '' && k + 1 < limit) {
      k++;
    } else if (NAME_PARTICLES.has(t.lower) && (tokens[k + 1]?.text === '-') && words >= 0) {
      k++;
    } else break;
    if (words >= 5) break;
  }
  // Do not end on a particle or hyphen.
  while (k > i && !isNameWord(tokens[k - 1])) k--;
  return words >= 2 ? k : -1;
}

/**
 * Schwartz & Hearst (2003): the short form's letters appear in order in the long form, the
 * first one at the start of a word. Returns how many trailing tokens form the long form, or 0.
 */
export function abbreviationLongFormLength(shortForm: string, words: readonly string[]): number {
  const sf = shortForm.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (sf.length < 2) return 0;
  const lf = words.join(' ');
  const lower = lf.toLowerCase();
  let s = sf.length - 1;
  let l = lower.length - 1;
  while (s >= 0) {
    const c = sf[s] as string;
    while (l >= 0 && (lower[l] !== c || (s === 0 && l > 0 && /[a-z0-9]/.test(lower[l - 1] as string)))) l--;
    if (l < 0) return 0;
    l--;
    s--;
  }
  const startChar = l + 1;
  // Count the words from the one containing startChar to the end.
  let pos = 0;
  for (let w = 0; w < words.length; w++) {
    const len = (words[w] as string).length;
    if (startChar < pos + len + 1) return words.length - w;
    pos += len + 1;
  }
  return 0;
}

/** Modifiers that make "the X" another body than the one named before: "the rival faction". */
const OTHER_BODY_MODIFIERS = new Set(['interim', 'regional', 'local', 'provincial', 'municipal', 'rival', 'former', 'previous', 'opposition', 'shadow', 'parallel', 'breakaway', 'splinter', 'ousted', 'other', 'new', 'another', 'allied', 'separatist', 'state-level', 'county', 'district']);

/** People of a state or group named by a coordinated modifier: "Saudi and U.S. mediators". */
const COORDINATED_PEOPLE_NOUNS = new Set(['mediation', 'mediators', 'mediator', 'negotiators', 'delegations', 'delegation', 'officials', 'envoys', 'diplomats', 'leaders', 'teams', 'representatives', 'counterparts', 'foreign', 'ministers', 'troops', 'forces', 'soldiers', 'peacekeepers', 'warships', 'jets', 'personnel', 'navies', 'militaries', 'strikes', 'airstrikes', 'attacks', 'raids', 'drones', 'missiles', 'warplanes', 'aircraft', 'bombers', 'sanctions', 'pressure', 'support', 'backing', 'aid', 'assistance']);

/** Nouns after a demonym that name people who are not its state: "Colombian rebels". */
const NON_STATE_NOUNS = new Set(['rebel', 'rebels', 'guerrilla', 'guerrillas', 'militant', 'militants', 'insurgent', 'insurgents', 'jihadist', 'jihadists', 'separatist', 'separatists', 'dissident', 'dissidents', 'gang', 'gangs', 'gunmen', 'opposition', 'extremist', 'extremists', 'protesters', 'protestors', 'demonstrators', 'activists', 'exiles', 'mercenary', 'smugglers', 'traffickers', 'pirates', 'defectors', 'deserters', 'cartel', 'cartels', 'armed', 'faction', 'factions', 'militia', 'militias', 'militiamen', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'senator', 'senators', 'mp', 'mps', 'member', 'members', 'broadcaster', 'broadcasters', 'newspaper', 'newspapers', 'tabloid', 'daily', 'outlet', 'outlets', 'website', 'journalist', 'journalists', 'reporter', 'reporters']);

const RANKS = new Set(['senior', 'colonel', 'col.', 'general', 'gen.', 'captain', 'capt.', 'major', 'lieutenant', 'lt.', 'brigadier', 'admiral', 'marshal', 'sergeant', 'commander', 'dr', 'dr.', 'sheikh', 'imam']);

const MINOR_WORDS = new Set(['of', 'for', 'and', 'the', 'in', 'de', 'du', 'des', 'la', 'le', 'al', 'el', 'i', 'e', 'y', 'to', 'on']);

/**
 * The short form's letters are exactly the initials of the last content words of the long form,
 * in any order (a translated name). Returns how many trailing words form the long form, or 0.
 */
export function permutedInitialsLength(shortForm: string, words: readonly string[]): number {
  const sf = shortForm.toUpperCase().replace(/[^A-Z]/g, '');
  if (sf.length < 3 || sf.length !== shortForm.replace(/[^A-Za-z]/g, '').length) return 0;
  const want = [...sf].sort().join('');
  let initials: string[] = [];
  for (let w = words.length - 1; w >= 0; w--) {
    const word = words[w] as string;
    if (MINOR_WORDS.has(word.toLowerCase())) continue;
    if (!/^[A-Z]/.test(word)) return 0;
    initials = [word.charAt(0), ...initials];
    if (initials.length === sf.length) {
      return [...initials].sort().join('') === want ? words.length - w : 0;
    }
  }
  return 0;
}

class MentionFinder {
  readonly actors = new Map<string, ActorInfo>();
  readonly candidates: Candidate[] = [];
  readonly owner: Int32Array;
  readonly outletAt: Uint8Array;
  /** Doc-level names learnt while reading: abbreviations, surnames, new organisations. */
  readonly docRoot: TrieNode = { children: new Map(), entries: [] };
  readonly surfaces = new Map<string, Set<string>>();

  constructor(
    readonly kb: KnowledgeBase,
    readonly doc: AnalysedText,
  ) {
    this.owner = new Int32Array(doc.tokens.length).fill(-1);
    this.outletAt = new Uint8Array(doc.tokens.length);
  }

  get tokens(): readonly Token[] {
    return this.doc.tokens;
  }

  actor(id: string): ActorInfo | undefined {
    return this.actors.get(id) ?? this.kb.actors.get(id);
  }

  covered = (k: number): boolean => this.owner[k] !== -1 || this.outletAt[k] === 1;

  add(c: Candidate): number {
    const index = this.candidates.length;
    this.candidates.push(c);
    for (let k = c.first; k < c.end; k++) this.owner[k] = index;
    return index;
  }

  learn(surface: readonly string[], actorId: string, exact: boolean): void {
    let node = this.docRoot;
    for (const t of surface) {
      const key = t.toLowerCase();
      let next = node.children.get(key);
      if (!next) {
        next = { children: new Map(), entries: [] };
        node.children.set(key, next);
      }
      node = next;
    }
    if (!node.entries.some((e) => e.actorId === actorId)) {
      node.entries.push({ actorId, form: 'name', tokens: [...surface], exact, priority: 0 });
    }
  }

  newActor(name: string, type: ActorType, kind: ActorKind, affiliation: string | null): string {
    const id = slugify(name);
    if (!this.actor(id)) this.actors.set(id, { id, name, type, kind, aliases: [], affiliation });
    return id;
  }

  /** Pass 1: names from the gazetteer and lexicon, outlets, web addresses. */
  scanKnown(): void {
    const { tokens, sentences } = this.doc;
    for (const s of sentences) {
      let i = s.first;
      while (i < s.end) {
        const t = tokens[i] as Token;
        if (t.space !== '' || i === s.first) {
          // A web address comes as glued tokens ("Afintl", ".", "af"): test the glued run.
          let k = i;
          let glued = t.text;
          while (k + 1 < s.end && (tokens[k + 1] as Token).space === '') glued += (tokens[++k] as Token).text;
          if (k > i && DOMAIN.test(glued.replace(/[.,;:!?"')]+$/, ''))) {
            for (let j = i; j <= k; j++) this.outletAt[j] = 1;
            i = k + 1;
            continue;
          }
          if (DOMAIN.test(t.text)) {
            this.outletAt[i] = 1;
            i++;
            continue;
          }
        }
        const hit = matchAt(this.kb.root, tokens, i, s.end);
        // "The National Liberation Army" is no outlet "The National": a longer name inside wins.
        const inner = hit && hit.entry.actorId === null && hit.end - i > 1 ? matchAt(this.kb.root, tokens, i + 1, s.end) : null;
        if (hit && inner && inner.entry.actorId !== null && inner.end > hit.end) {
          i++;
          continue;
        }
        if (!hit || hit.entry.actorId === null) {
          if (hit) for (let k = i; k < hit.end; k++) this.outletAt[k] = 1;
          i = hit ? hit.end : i + 1;
          continue;
        }
        // "Lake Chad", "the Gulf of Oman", "the Sea of Japan": a body of water named after a state.
        const water = i > s.first && ((tokens[i - 1] as Token).text === 'Lake' || ((tokens[i - 1] as Token).lower === 'of' && ['Gulf', 'Sea', 'Bay', 'Strait', 'Straits'].includes(tokens[i - 2]?.text ?? '')));
        if (water && hit.entry.form === 'name') {
          i = hit.end;
          continue;
        }
        // A name glued to a longer word is not the name ("Pakistanis" is, "Pakistan-based" is).
        const after = tokens[hit.end];
        if (after && after.space === '' && /^[A-Za-z]/.test(after.text)) {
          i = hit.end;
          continue;
        }
        if (
          hit.end - i === 1 &&
          hit.entry.form === 'name' &&
          NAME_LIKE_COUNTRIES.has(t.lower) &&
          isNameWord(after) &&
          matchAt(this.kb.root, tokens, hit.end, s.end) === null
        ) {
          i = hit.end;
          continue;
        }
        // "Hazem Qassem" is not "Naim Qassem": a known surname after another first name is someone else.
        const prevWord = tokens[i - 1];
        if (hit.end - i === 1 && i > s.first && isNameWord(prevWord) && !TITLE_HEADS.has(prevWord?.lower ?? '') && !TITLE_MODIFIERS.has(prevWord?.lower ?? '') && this.owner[i - 1] === -1 && this.kb.actors.get(hit.entry.actorId)?.type === 'PERSON') {
          i = hit.end;
          continue;
        }
        // "Abbas Araqchi" is not "Mahmoud Abbas": a known one-word name before an unknown surname is someone else.
        if (hit.end - i === 1 && isNameWord(after) && matchAt(this.kb.root, tokens, hit.end, s.end) === null && this.kb.actors.get(hit.entry.actorId)?.type === 'PERSON' && !/^[A-Z]+$/.test(after?.text ?? '')) {
          i = hit.end;
          continue;
        }
        // "María Ángela Holguín", "Hassan Rashad", "Kursk Oblast": a town's name next to another
        // name word is part of a person's name or of a longer place name.
        if (hit.entry.form === 'city' && (isNameWord(after) || (i > s.first && isNameWord(tokens[i - 1]) && this.owner[i - 1] === -1) || ['oblast', 'province', 'governorate', 'region', 'state', 'district', 'division', 'county', 'prefecture'].includes(after?.lower ?? ''))) {
          i = hit.end;
          continue;
        }
        // "Mexico City", "Kuwait City": a city named after its state.
        if (after && after.text === 'City' && hit.entry.form === 'name') {
          i = hit.end + 1;
          continue;
        }
        this.add({ actorId: hit.entry.actorId, first: i, end: hit.end, form: hit.entry.form });
        i = hit.end;
      }
    }
  }

  /** Pass 2: "Long Form (LF)" and "LF (Long Form)". */
  scanAbbreviations(): void {
    const { tokens, sentences } = this.doc;
    for (const s of sentences) {
      for (let i = s.first + 1; i + 2 < s.end; i++) {
        if ((tokens[i] as Token).text !== '(' || (tokens[i + 2] as Token).text !== ')') continue;
        const short = tokens[i + 1] as Token;
        if (!/^[A-Z][A-Za-z0-9/&-]{1,9}$/.test(short.text) || (short.text.match(/[A-Z]/g) ?? []).length < 2) continue;
        // Candidate long form: the name-cased words right before the bracket.
        let k = i - 1;
        const maxWords = Math.min(short.text.length + 5, short.text.length * 2);
        let words = 0;
        while (k >= s.first && words < maxWords) {
          const w = tokens[k] as Token;
          if (w.pos === 'PUNCT' && w.text !== '-' && w.text !== "'") break;
          if (w.text !== '-' && w.text !== "'") words++;
          k--;
        }
        const first = k + 1;
        const span = tokens.slice(first, i);
        // Hyphenated parts count as words (Tehrik-i-Taliban → T, T): join glued pieces by spaces.
        const parts = span.filter((w) => w.text !== '-').map((w) => w.text);
        let n = abbreviationLongFormLength(short.text, parts);
        // "Azawad Liberation Front (FLA)", "National Liberation Army (ELN)": the short form of a name in
        // another language has the English initials in another order.
        if (n === 0) n = permutedInitialsLength(short.text, parts);
        if (n === 0) continue;
        // Map the n trailing parts back to tokens.
        let count = 0;
        let start = i;
        while (start > first && count < n) {
          start--;
          if ((tokens[start] as Token).text !== '-') count++;
        }
        while ((tokens[start] as Token).lower === 'the') start++;
        if (start >= i) continue;
        const longTokens = tokens.slice(start, i);
        const content = longTokens.filter((w) => w.text !== '-' && !NAME_PARTICLES.has(w.lower) && !['of', 'for', 'and', 'the', 'i', 'e', 'in', 'on', 'at', 'to', 'against', 'des', 'du', 'pour', 'y'].includes(w.lower));
        if (content.length === 0 || !content.every((w) => w.capitalised)) continue;
        this.defineAbbreviation(start, i, i + 1);
      }
    }
  }

  private defineAbbreviation(longFirst: number, longEnd: number, shortIndex: number): void {
    const { tokens } = this;
    const short = tokens[shortIndex] as Token;
    // The long form is a known actor exactly: the short form becomes its alias in this article.
    const owners = new Set<number>();
    for (let k = longFirst; k < longEnd; k++) owners.add(this.owner[k] as number);
    let actorId: string | null = null;
    const lastOwner = this.owner[longEnd - 1] as number;
    if (lastOwner !== -1) {
      const c = this.candidates[lastOwner] as Candidate;
      // Only a name that spans the long form defines it: "Support Mission in Libya" is not Libya.
      if (c.actorId && (c.form === 'name' || c.form === 'institution') && c.first <= longFirst) actorId = c.actorId;
    }
    const shortOwner = this.owner[shortIndex] as number;
    const knownShort = shortOwner === -1 ? null : (this.candidates[shortOwner] as Candidate).actorId;
    // "Ambazonia Defence Forces (ADF)" is not the Allied Democratic Forces: another long form defines another actor here.
    const longText = this.doc.folded.slice((tokens[longFirst] as Token).start, (tokens[longEnd - 1] as Token).end);
    const knownInfo = knownShort === null ? undefined : this.actor(knownShort);
    const redefined = actorId === null && knownInfo !== undefined && !longFormFits(knownInfo, longText);
    if (actorId === null && shortOwner !== -1 && !redefined) {
      // The short form is known ("RSF"): the long form is its name here.
      actorId = (this.candidates[shortOwner] as Candidate).actorId;
      if (actorId) {
        for (const o of owners) if (o !== -1) this.release(o);
        this.add({ actorId, first: longFirst, end: longEnd, form: 'abbreviation' });
      }
    }
    if (actorId === null) {
      if (owners.size > 1 || owners.has(-1) === false) {
        // Partly covered long forms ("Pakistani Taliban Movement") become a new actor over them.
        for (const o of owners) if (o !== -1) this.release(o);
      }
      const text = this.doc.folded.slice((tokens[longFirst] as Token).start, (tokens[longEnd - 1] as Token).end);
      const head = (tokens[longEnd - 1] as Token).lower;
      const kind: ActorKind = ARMED_HEADS.has(head) || /taliban|mujahideen|jihad|liberation|resistance/i.test(text) ? 'armed-group' : 'organization';
      actorId = this.newActor(text, 'ORGANIZATION', kind, null);
      this.add({ actorId, first: longFirst, end: longEnd, form: 'abbreviation' });
      this.learn(tokens.slice(longFirst, longEnd).map((t) => t.text), actorId, false);
    }
    if (actorId === null) return;
    if (shortOwner !== -1) this.release(shortOwner);
    this.add({ actorId, first: shortIndex, end: shortIndex + 1, form: 'abbreviation', absorbed: true });
    this.learn([short.text], actorId, true);
    // The article's definition wins over the lexicon's reading of the short form elsewhere in it.
    if (knownShort !== null && knownShort !== actorId) relabelShortForm(this, short.text, knownShort, actorId);
  }

  release(index: number): void {
    const c = this.candidates[index];
    if (!c) return;
    for (let k = c.first; k < c.end; k++) if (this.owner[k] === index) this.owner[k] = -1;
    c.actorId = null;
  }

  /** Pass 3: people introduced by a role, with the affiliation the role names. */
  scanTitles(): void {
    const { tokens, sentences } = this.doc;
    for (const s of sentences) {
      for (let h = s.first; h < s.end; h++) {
        const head = tokens[h] as Token;
        if (!TITLE_HEADS.has(head.lower) || this.covered(h)) continue;
        // The role runs left over modifiers: "Pakistan's Defense Minister", "Taliban chief spokesman".
        let roleFirst = h;
        while (roleFirst - 1 >= s.first) {
          const w = tokens[roleFirst - 1] as Token;
          if (this.covered(roleFirst - 1)) break;
          if (TITLE_MODIFIERS.has(w.lower) || TITLE_HEADS.has(w.lower) || (w.text === '-' && w.space === '')) roleFirst--;
          else break;
        }
        // The name follows the role, with or without a comma: "chief spokesman Zabihullah Mujahid".
        let nameFirst = h + 1;
        // "spokesman for the Afghan Taliban, Zabihullah Mujahid"
        let forAffiliation: number | null = null;
        if (['for', 'of'].includes(tokens[nameFirst]?.lower ?? '')) {
          let k = nameFirst + 1;
          if (tokens[k]?.lower === 'the') k++;
          const o = this.owner[k] ?? -1;
          if (o !== -1) {
            const c = this.candidates[o] as Candidate;
            if (c.actorId && tokens[c.end]?.text === ',') {
              forAffiliation = o;
              nameFirst = c.end + 1;
            }
          }
        }
        if (tokens[nameFirst]?.text === ',' && forAffiliation === null) nameFirst++;
        // "Chief Cabinet Secretary Yoshimasa Hayashi": the role goes on over title words and over a
        // capitalised word that another title word follows.
        while (
          nameFirst < s.end - 1 &&
          forAffiliation === null &&
          !this.covered(nameFirst) &&
          ((TITLE_HEADS.has(tokens[nameFirst]?.lower ?? '') && (tokens[nameFirst] as Token).capitalised && isNameWord(tokens[nameFirst + 1])) ||
            ((tokens[nameFirst] as Token).capitalised && TITLE_HEADS.has(tokens[nameFirst + 1]?.lower ?? '') && (tokens[nameFirst + 1] as Token).capitalised))
        ) {
          nameFirst++;
        }
        // "junta spokesman Colonel Abdoulaye Maiga": a rank before the name is not part of it.
        while (RANKS.has(tokens[nameFirst]?.lower ?? '') && isNameWord(tokens[nameFirst + 1]) && !this.covered(nameFirst)) nameFirst++;
        const existing = this.owner[nameFirst] ?? -1;
        let personIndex = -1;
        if (existing !== -1) {
          const c = this.candidates[existing] as Candidate;
          if (c.actorId && this.actor(c.actorId)?.type === 'PERSON' && c.first === nameFirst) personIndex = existing;
        } else {
          const nameEnd = personNameEnd(tokens, nameFirst, s.end, this.covered);
          if (nameEnd !== -1) personIndex = this.addPerson(nameFirst, nameEnd, null);
        }
        if (personIndex === -1) {
          // "Name, Pakistan's defence minister,": an appositive after the name.
          this.appositive(roleFirst, h, s.first);
          continue;
        }
        const affiliation = forAffiliation ?? this.affiliationBefore(roleFirst, s.first);
        if (affiliation !== -1) this.attach(personIndex, affiliation);
      }
    }
  }

  /**
   * Known people named with their state or group right before them ("Saudi Crown Prince Mohammed
   * bin Salman", "Russia's Vladimir Putin"): that mention is part of the person's phrase.
   */
  /** "The Biden administration", "Trump's administration": the government the leader heads. */
  scanAdministrations(): void {
    const { tokens } = this;
    // "The Biden administration" with no full name before: a known leader's surname.
    for (let k = 1; k < tokens.length; k++) {
      const w = tokens[k - 1] as Token;
      if (tokens[k]?.lower !== 'administration' || this.owner[k] !== -1 || this.owner[k - 1] !== -1 || !w.capitalised || tokens[k - 2]?.lower !== 'the') continue;
      const leader = surnameIndex(this.kb).get(w.lower);
      if (leader) this.add({ actorId: leader, first: k - 1, end: k - 1 + 1, form: 'name' });
    }
    for (const [index, c] of this.candidates.entries()) {
      const info = c.actorId ? this.actor(c.actorId) : undefined;
      if (!info || info.type !== 'PERSON' || !info.affiliation) continue;
      const state = this.actor(info.affiliation);
      if (!state || state.kind !== 'country') continue;
      let k = c.end;
      if (tokens[k]?.lower === "'s") k++;
      if (tokens[k]?.lower !== 'administration' || this.owner[k] !== -1) continue;
      c.actorId = this.kb.governorOf.get(state.id) ?? state.id;
      for (let j = c.end; j <= k; j++) this.owner[j] = index;
      c.end = k + 1;
    }
  }

  absorbPersonModifiers(): void {
    const { tokens } = this;
    for (const c of this.candidates) {
      if (!c.actorId || this.actor(c.actorId)?.type !== 'PERSON') continue;
      let k = c.first - 1;
      while (k >= 0 && (TITLE_HEADS.has((tokens[k] as Token).lower) || TITLE_MODIFIERS.has((tokens[k] as Token).lower)) && this.owner[k] === -1) k--;
      if (k >= 0 && ["'s", "'"].includes((tokens[k] as Token).lower)) k--;
      if (k < 0 || (tokens[k] as Token).sentence !== (tokens[c.first] as Token).sentence) continue;
      const o = this.owner[k] as number;
      if (o === -1) continue;
      const modifier = this.candidates[o] as Candidate;
      const info = modifier.actorId ? this.actor(modifier.actorId) : undefined;
      if (!info || info.type === 'PERSON' || modifier === c) continue;
      modifier.absorbed = true;
      // "Greek Cypriot leader X": a demonym stacked on the affiliation belongs to the same phrase.
      let m = modifier;
      for (;;) {
        const o2 = this.owner[m.first - 1] ?? -1;
        if (o2 === -1) break;
        const prev = this.candidates[o2] as Candidate;
        if (!prev.actorId || prev.form !== 'demonym' || prev.end !== m.first) break;
        prev.absorbed = true;
        m = prev;
      }
    }
  }

  /** The mention that owns the role: "Pakistan's" / "Pakistani" / "Taliban" right before it. */
  private affiliationBefore(roleFirst: number, sentenceFirst: number): number {
    let k = roleFirst - 1;
    if (k >= sentenceFirst && ["'s", "'"].includes((this.tokens[k] as Token).lower)) k--;
    if (k < sentenceFirst) return -1;
    const o = this.owner[k] as number;
    if (o === -1) return -1;
    const c = this.candidates[o] as Candidate;
    if (!c.actorId || this.actor(c.actorId)?.type === 'PERSON') return -1;
    return o;
  }

  private attach(personIndex: number, affiliationIndex: number): void {
    const person = this.candidates[personIndex] as Candidate;
    const aff = this.candidates[affiliationIndex] as Candidate;
    if (!person.actorId || !aff.actorId) return;
    aff.absorbed = true;
    const info = this.actor(person.actorId);
    if (info && info.affiliation === null && this.actors.has(info.id)) {
      this.actors.set(info.id, { ...info, affiliation: aff.actorId });
    }
  }

  private addPerson(nameFirst: number, end: number, affiliation: string | null): number {
    const { tokens } = this;
    // "Gen. Brice Oligui Nguema", "Chief Minister M.K. Stalin": the role is not the name.
    const first = personNameStart(tokens, nameFirst, end);
    const parts = tokens.slice(first, end);
    const name = this.doc.folded.slice((parts[0] as Token).start, (parts[parts.length - 1] as Token).end);
    const original = this.doc.text.slice((parts[0] as Token).start, (parts[parts.length - 1] as Token).end);
    const id = this.newActor(original, 'PERSON', 'person', affiliation);
    const index = this.add({ actorId: id, first, end, form: 'person' });
    this.learn(parts.map((t) => t.text), id, false);
    const surname = parts[parts.length - 1] as Token;
    if (surname.text.length > 2) this.learn([surname.text], id, false);
    void name;
    return index;
  }

  /** "Khawaja Asif, Pakistan's defence minister, said": name, comma, affiliation, role. */
  private appositive(roleFirst: number, head: number, sentenceFirst: number): void {
    const { tokens } = this;
    let k = roleFirst - 1;
    let affiliation = -1;
    if (k >= sentenceFirst && ["'s", "'"].includes((tokens[k] as Token).lower)) k--;
    if (k >= sentenceFirst && (this.owner[k] as number) !== -1) {
      affiliation = this.owner[k] as number;
      k = (this.candidates[affiliation] as Candidate).first - 1;
    }
    while (k >= sentenceFirst && ['the', 'a', 'an'].includes((tokens[k] as Token).lower)) k--;
    // "Name, the chairperson of the African Union Commission,": the role's "of X" owns it.
    if (affiliation === -1) affiliation = roleOwnerAfter(this, head);
    if (k < sentenceFirst || (tokens[k] as Token).text !== ',') return;
    let nameEnd = k;
    let nameFirst = nameEnd;
    while (nameFirst - 1 >= sentenceFirst && !this.covered(nameFirst - 1) && (isNameWord(tokens[nameFirst - 1]) || NAME_PARTICLES.has((tokens[nameFirst - 1] as Token).lower) || (tokens[nameFirst - 1] as Token).text === '-')) nameFirst--;
    if (nameEnd - nameFirst < 2 || personNameEnd(tokens, nameFirst, nameEnd, this.covered) !== nameEnd) {
      // The name may be a known person: "Asim Munir, Pakistan's army chief".
      const o = (this.owner[k - 1] ?? -1) as number;
      if (o === -1) return;
      const c = this.candidates[o] as Candidate;
      if (!c.actorId || this.actor(c.actorId)?.type !== 'PERSON') return;
      if (affiliation !== -1) this.attach(o, affiliation);
      return;
    }
    nameEnd = personNameEnd(tokens, nameFirst, nameEnd, this.covered);
    const index = this.addPerson(nameFirst, nameEnd, null);
    if (affiliation !== -1) this.attach(index, affiliation);
  }

  /**
   * "Turkish Cypriot leader Ersin Tatar ... Tatar said": a known person named in full in the article
   * is named by his surname later, even when the lexicon gives no short alias for it.
   */
  learnKnownSurnames(): void {
    const { tokens } = this.doc;
    // "Chinese Premier Li Qiang ... Li said", "Kim Jong Un ... Kim warned": a family name written
    // first, when one person of the article bears it.
    const firsts = new Map<string, Set<string>>();
    for (const c of this.candidates) {
      if (!c.actorId || c.form !== 'name' || c.end - c.first < 2 || this.actor(c.actorId)?.type !== 'PERSON') continue;
      const family = tokens[c.first] as Token;
      if (!FAMILY_FIRST.has(family.lower)) continue;
      firsts.set(family.lower, new Set([...(firsts.get(family.lower) ?? []), c.actorId]));
    }
    for (const [family, ids] of firsts) {
      const id = [...ids][0];
      // (Only a known name of its own blocks it; "Li" opening "Li Qiang" in the lexicon does not.)
      if (ids.size !== 1 || id === undefined || (this.kb.root.children.get(family)?.entries.length ?? 0) > 0 || this.docRoot.children.has(family)) continue;
      this.learn([family.charAt(0).toUpperCase() + family.slice(1)], id, false);
    }
    for (const c of this.candidates) {
      if (!c.actorId || c.form !== 'name' || c.end - c.first < 2) continue;
      if (this.actor(c.actorId)?.type !== 'PERSON') continue;
      const surname = tokens[c.end - 1] as Token;
      // ("Chinese Premier Li Qiang ... Li said": two letters are a surname too, but no English word.)
      if (surname.text.length < 2 || (surname.text.length === 2 && SHORT_WORDS.has(surname.lower)) || !surname.capitalised || !/^[A-Za-z][a-z'-]+$/.test(surname.text)) continue;
      // A surname that is itself a known name ("Abbas", a country) keeps its own reading; a town's
      // name does not ("Delcy Rodriguez ... Rodriguez met": not Rodriguez, Rizal).
      const known = this.kb.root.children.get(surname.lower)?.entries ?? [];
      if (known.some((e) => e.form !== 'city') || this.docRoot.children.has(surname.lower)) continue;
      this.learn([surname.text], c.actorId, false);
    }
  }

  /** Pass 4: "Mr. Asif", and later mentions of anyone learnt in this article ("Mujahid said"). */
  scanLearnt(): void {
    const { tokens, sentences } = this.doc;
    for (const s of sentences) {
      let i = s.first;
      while (i < s.end) {
        // ("Delcy Rodriguez ... Rodriguez met": a one-word town taken before is the surname learnt.)
        const o = this.owner[i] ?? -1;
        const town = o !== -1 && (this.candidates[o] as Candidate).form === 'city' && (this.candidates[o] as Candidate).end === i + 1 ? (this.candidates[o] as Candidate) : null;
        const learnt = town ? matchAt(this.docRoot, tokens, i, s.end) : null;
        if (town && learnt && learnt.end === i + 1 && learnt.entry.actorId && this.actor(learnt.entry.actorId)?.type === 'PERSON' && ['VERB', 'AUX', 'PART'].includes(tokens[i + 1]?.pos ?? '')) {
          town.actorId = null;
          this.owner[i] = -1;
        }
        if (this.covered(i)) {
          i++;
          continue;
        }
        const hit = matchAt(this.docRoot, tokens, i, s.end);
        if (hit && hit.entry.actorId) {
          let end = hit.end;
          while (end < s.end && !this.covered(end) && end - i < 6 && matchAt(this.docRoot, tokens, i, end + 1)?.end === end + 1) end++;
          let free = true;
          for (let k = i; k < end; k++) if (this.covered(k)) free = false;
          if (free) {
            this.add({ actorId: hit.entry.actorId, first: i, end, form: 'name' });
            i = end;
            continue;
          }
        }
        const t = tokens[i] as Token;
        if (HONORIFICS.has(t.lower) && isNameWord(tokens[i + 1]) && !this.covered(i + 1)) {
          const nameEnd = personNameEnd(tokens, i + 1, s.end, this.covered);
          if (nameEnd !== -1) {
            this.addPerson(i + 1, nameEnd, null);
            i = nameEnd;
            continue;
          }
        }
        i++;
      }
    }
  }

  /** Pass 5: capitalised names with an organisation head: "National Liberation Front". */
  scanOrganisations(): void {
    const { tokens, sentences } = this.doc;
    for (const s of sentences) {
      for (let h = s.first + 1; h < s.end; h++) {
        const head = tokens[h] as Token;
        const governmentHead = ['government', 'administration'].includes(head.lower);
        if ((!ORG_HEADS.has(head.lower) && !governmentHead) || !head.capitalised || this.covered(h)) continue;
        // "Government of National Stability", "Army of Islam": the name may go on after "of"/"for".
        let last = h;
        if (['of', 'for'].includes(tokens[h + 1]?.lower ?? '')) {
          let k = h + 2;
          if (tokens[k]?.lower === 'the') k++;
          let words = 0;
          while (k < s.end && words < 4 && !this.covered(k) && (isNameWord(tokens[k]) || (tokens[k]?.lower === 'and' && isNameWord(tokens[k + 1]) && !this.covered(k + 1)))) {
            if (isNameWord(tokens[k])) words++;
            last = k;
            k++;
          }
          // "Government of Sudan" is the state: a country right after stops the name.
          if (k < s.end && this.covered(k) && words === 0) last = h;
        }
        if (governmentHead && last === h) continue;
        let first = h;
        while (first - 1 >= s.first) {
          const w = tokens[first - 1] as Token;
          if (this.covered(first - 1)) break;
          if (isNameWord(w) || (['of', 'for', 'and', 'the'].includes(w.lower) && isNameWord(tokens[first - 2]) && !this.covered(first - 2))) first--;
          else if (w.text === '-' && w.space === '' && isNameWord(tokens[first - 2])) first--;
          else break;
        }
        while (first < h && ['of', 'for', 'and', 'the', '-'].includes((tokens[first] as Token).lower)) first++;
        // "The" and other sentence-initial capitals are not part of the name.
        if (first === s.first && (tokens[first] as Token).pos !== 'PROPN') first++;
        if (h - first < 1 && last === h) continue;
        const words = tokens.slice(first, last + 1);
        if (words.every((w) => GENERIC_ORG_WORDS.has(w.lower))) continue;
        if (words.some((w) => CALENDAR_WORDS.has(w.lower))) continue;
        // "Pakistan's Foreign Ministry": the state's own institution is the state.
        const before = tokens[first - 1];
        // ("the junta's Western Command", "Russia's Southern Military District": a unit of its owner.)
        if (before?.lower === "'s" && ['command', 'division', 'brigade', 'corps', 'regiment', 'district', 'battalion', 'fleet', 'group'].includes(head.lower)) continue;
        if (before && (before.lower === "'s" || this.owner[first - 1] !== -1) && words.every((w) => GENERIC_ORG_WORDS.has(w.lower) || !w.capitalised)) continue;
        const name = this.doc.text.slice((words[0] as Token).start, (tokens[last] as Token).end);
        const kind: ActorKind = ARMED_HEADS.has(head.lower) ? 'armed-group' : governmentHead ? 'government' : 'organization';
        const id = this.newActor(name, 'ORGANIZATION', kind, null);
        this.add({ actorId: id, first, end: last + 1, form: 'organisation' });
        this.learn(words.map((w) => w.text), id, false);
      }
    }
    this.scanNamedArmedGroups();
  }

  /**
   * "the Radaa militia", "the RED-Tabara rebels", "the Viv Ansanm gang": a name no list knows,
   * followed by a common noun of armed groups, names an armed group (the head stays out of the name).
   */
  private scanNamedArmedGroups(): void {
    const { tokens, sentences } = this.doc;
    for (const s of sentences) {
      for (let h = s.first + 1; h < s.end; h++) {
        const head = tokens[h] as Token;
        if (!NAMED_ARMED_HEADS.has(head.lower) || head.capitalised || this.covered(h)) continue;
        let first = h;
        while (first - 1 >= s.first && !this.covered(first - 1)) {
          const w = tokens[first - 1] as Token;
          if (isNameWord(w) && !TITLE_HEADS.has(w.lower) && !TITLE_MODIFIERS.has(w.lower)) first--;
          else if (w.text === '-' && w.space === '' && isNameWord(tokens[first - 2])) first--;
          else break;
        }
        if (first === s.first && (tokens[first] as Token).pos !== 'PROPN') first++;
        if (h - first < 1 || h - first > 4) continue;
        // Only after a determiner or a clause edge: "the Radaa militia", "Radaa militiamen said".
        // ("a Hutu militia", "a Tuareg militia": an indefinite article describes a kind of group.)
        const before = tokens[first - 1];
        if (before && !['the', 'of', 'by', 'with', 'against', 'and', ',', 'from', 'between', 'his', 'its', 'their', 'her'].includes(before.lower)) continue;
        const words = tokens.slice(first, h);
        if (words.every((w) => GENERIC_ORG_WORDS.has(w.lower))) continue;
        const name = this.doc.text.slice((words[0] as Token).start, (words[words.length - 1] as Token).end);
        const id = this.newActor(name, 'ORGANIZATION', 'armed-group', null);
        this.add({ actorId: id, first, end: h + 1, form: 'organisation' });
        this.learn(words.map((w) => w.text), id, false);
      }
    }
  }

  /** Demonyms and capitals: keep where they can name an actor, mark where they name a place. */
  classifyPlaces(): void {
    const { tokens } = this;
    for (const c of this.candidates) {
      if (!c.actorId) continue;
      // ("seized the Palestinian side of the Rafah crossing": one side of a place.)
      if (c.form === 'demonym' && tokens[c.end]?.lower === 'side' && tokens[c.end + 1]?.lower === 'of' && tokens[c.first - 1]?.lower === 'the') {
        c.actorId = null;
        continue;
      }
      // ("met Yunus-Bek Yevkurov": a known person's name glued to another name part is someone else's name.)
      if (this.actor(c.actorId)?.type === 'PERSON' && tokens[c.end]?.text === '-' && tokens[c.end]?.space === '' && (tokens[c.end + 1]?.capitalised ?? false) && tokens[c.end + 1]?.space === '' && (this.owner[c.end + 1] ?? -1) === -1) {
        c.actorId = null;
        continue;
      }
      // ("Armenia's opposition accused ...": the possessor of a camp against its state is not the state.)
      if (c.form === 'name' && tokens[c.end]?.lower === "'s" && ['opposition', 'rebels', 'separatists', 'insurgents', 'dissidents', 'exiles', 'diaspora', 'protesters'].includes(tokens[c.end + 1]?.lower ?? '') && this.actor(c.actorId)?.type === 'COUNTRY') {
        c.actorId = null;
        continue;
      }
      // ("a Greek-owned tanker", "a Russian-Armenian billionaire": an owner's or a person's nationality is no state.)
      if (c.form === 'demonym' && tokens[c.end]?.text === '-' && tokens[c.end]?.space === '' && (['owned', 'operated', 'managed', 'chartered'].includes(tokens[c.end + 1]?.lower ?? '') || ((this.owner[c.end + 1] ?? -1) !== -1 && (this.candidates[this.owner[c.end + 1] as number] as Candidate).form === 'demonym' && ['billionaire', 'businessman', 'tycoon', 'oligarch', 'citizen', 'national', 'journalist', 'writer', 'activist', 'dual'].includes(tokens[(this.candidates[this.owner[c.end + 1] as number] as Candidate).end]?.lower ?? '')))) {
        c.actorId = null;
        const second = this.owner[c.end + 1] ?? -1;
        if (second !== -1 && (this.candidates[second] as Candidate).form === 'demonym') (this.candidates[second] as Candidate).actorId = null;
        continue;
      }
      // ("the Liberia-flagged Eternity C": a flag of registry names no owner.)
      if (tokens[c.end]?.text === '-' && ['flagged', 'registered'].includes(tokens[c.end + 1]?.lower ?? '')) {
        c.actorId = null;
        continue;
      }
      // ("the first time a NATO member has fired", "another EU state": one member, not the body.)
      if (c.form === 'name' && ['a', 'an', 'another', 'any', 'one', 'every', 'each'].includes(tokens[c.first - 1]?.lower ?? '') && ['member', 'ally', 'country', 'state', 'nation', 'partner', 'government'].includes(tokens[c.end]?.lower ?? '') && this.actor(c.actorId)?.type !== 'COUNTRY') {
        c.actorId = null;
        continue;
      }
      if (c.form === 'demonym') {
        const next = tokens[c.end];
        // "the Greek Cypriot side", "Bosnian Serb forces": the first of two stacked demonyms
        // qualifies the second; it does not name its own state.
        if (this.owner[c.end] !== -1 && this.candidates[this.owner[c.end] as number]?.form === 'demonym' && next?.space !== '') {
          c.actorId = null;
          continue;
        }
        // ("Greek Cypriots", "Bosnian Serbs": a people within another state, named by two demonyms.)
        const people = next && next.capitalised && next.lower.endsWith('s') && this.owner[c.end] === -1 && (this.kb.root.children.get(next.lower.slice(0, -1))?.entries.some((e) => e.form === 'demonym') ?? false);
        if (people) {
          c.actorId = null;
          continue;
        }
        const plural = (tokens[c.end - 1] as Token).lower.endsWith('s') && !(tokens[c.end - 1] as Token).lower.endsWith('ese');
        // A demonym names the state when it modifies a noun; alone, it is a language or a predicate.
        // "Russian and Ukrainian delegations": a demonym coordinated with another keeps its noun.
        const coordinated = (next && ['and', 'or', ','].includes(next.lower) && this.owner[c.end + 1] !== -1 && this.candidates[this.owner[c.end + 1] as number]?.form === 'demonym') || this.coordinatedWithName(c);
        // "the Saudi-led coalition": a demonym glued to a participle still names its state.
        const gluedOn = next && next.text === '-' && next.space === '' && tokens[c.end + 1]?.space === '';
        if (!plural && !coordinated && !gluedOn && !(next && ['NOUN', 'PROPN', 'ADJ', 'VERB'].includes(next.pos) && this.owner[c.end] === -1) && !(next && this.owner[c.end] !== -1)) {
          c.actorId = null;
          continue;
        }
        // "Colombian rebels", "Kurdish militant positions", "Venezuelan opposition": people against or
        // apart from the state are not the state.
        let h = c.end;
        if (tokens[h]?.lower === 'and' || tokens[h]?.text === ',') continue;
        while (h < c.end + 2 && tokens[h] && ['ADJ'].includes((tokens[h] as Token).pos) && !NON_STATE_NOUNS.has((tokens[h] as Token).lower)) h++;
        if (NON_STATE_NOUNS.has(tokens[h]?.lower ?? '')) c.actorId = null;
      }
    }
  }

  /**
   * "Saudi and U.S. mediators", "the Israeli and Hamas delegations": a demonym coordinated with a
   * name that heads a noun of people belongs to that noun as well.
   */
  private coordinatedWithName(c: Candidate): boolean {
    const { tokens } = this;
    if (tokens[c.end]?.lower !== 'and') return false;
    const o = this.owner[c.end + 1] as number;
    if (o === -1) return false;
    const other = this.candidates[o] as Candidate;
    if (!other.actorId || other.first !== c.end + 1) return false;
    return COORDINATED_PEOPLE_NOUNS.has(tokens[other.end]?.lower ?? '');
  }

  /** Pass 6: "the group", "the movement", "he": the nearest fitting actor before, within two sentences. */
  scanReferences(): void {
    const { tokens, sentences } = this.doc;
    // "the army" left unowned is the same army all through a story: the first reading holds.
    let storyArmy: StoryArmy | null = null;
    for (const s of sentences) {
      for (let i = s.first; i < s.end; i++) {
        if (this.covered(i)) continue;
        const t = tokens[i] as Token;
        let fit: 'armed' | 'government' | 'organisation' | 'person' | 'military' | 'thing' | null = null;
        let first = i;
        let end = i + 1;
        // ("the Gulf state", "the West African nation": the states a region word fits.)
        let area = null as ReadonlySet<string> | null;
        // ("Seoul urged the North to return to talks", "the North's missile launch": one half of a
        // divided land, once the article named it or the other half.)
        // ("Netanyahu warned that his country would strike": the state of the person who speaks.)
        // (Only as a subject: "his country would strike", not "an attack on his country".)
        if (['his', 'her'].includes(t.lower) && ['country', 'government', 'nation'].includes(tokens[i + 1]?.lower ?? '') && !this.covered(i + 1) && ['AUX', 'VERB'].includes(tokens[i + 2]?.pos ?? '')) {
          let person: string | null = null;
          for (let k = i - 1; k >= s.first && person === null; k--) {
            const o = this.owner[k] as number;
            if (o === -1) continue;
            const c = this.candidates[o] as Candidate;
            const info = c.actorId ? this.actor(c.actorId) : undefined;
            if (info?.type === 'PERSON') person = info.id;
            k = Math.min(k, c.first);
          }
          const state = person ? this.actor(this.actor(person)?.affiliation ?? '') : undefined;
          if (state?.kind === 'country') {
            const id = tokens[i + 1]?.lower === 'government' ? (this.kb.governorOf.get(state.id) ?? state.id) : state.id;
            this.add({ actorId: id, first: i, end: i + 2, form: 'coreference', resolved: true });
          }
          continue;
        }
        // ("turned against Addis Ababa ... threatened to march on the capital": the capital the
        // article named last, within two sentences, as the same place.)
        if (t.lower === 'the' && tokens[i + 1]?.lower === 'capital' && !this.covered(i + 1) && !['of', ',', 'city'].includes(tokens[i + 2]?.lower ?? '') && tokens[i + 2]?.pos !== 'PROPN') {
          let named: Candidate | null = null;
          for (let k = i - 1; k >= 0 && (tokens[k] as Token).sentence >= s.index - 2 && named === null; k--) {
            const o = this.owner[k] as number;
            if (o === -1) continue;
            const c = this.candidates[o] as Candidate;
            if (c.form === 'capital' && c.actorId !== null && this.actor(c.actorId)?.kind === 'country') named = c;
            k = Math.min(k, c.first);
          }
          if (named !== null) this.add({ actorId: named.actorId, first: i + 1, end: i + 2, form: 'capital', resolved: true });
          continue;
        }
        const half = t.lower === 'the' ? this.kb.halves.get(tokens[i + 1]?.text ?? '') : undefined;
        if (half && !this.covered(i + 1) && !(tokens[i + 2]?.capitalised ?? false) && this.candidates.some((c) => c.first < i && c.actorId !== null && half.context.has(c.actorId))) {
          this.add({ actorId: half.id, first: i + 1, end: i + 2, form: 'coreference', resolved: true });
          continue;
        }
        if (t.lower === 'the' && i + 1 < s.end) {
          // "the group", "the paramilitary group", "the Iran-aligned group": modifiers may come between.
          let h = i + 1;
          // ("The Palestinian militant group": a nationality among the modifiers of an armed group.)
          let demonymAt = -1;
          while (h < s.end && h < i + 5 && !COREF_HEADS.has((tokens[h] as Token).lower)) {
            const w = tokens[h] as Token;
            const glued = w.text === '-' || (tokens[h + 1]?.text === '-' && tokens[h + 1]?.space === '') || w.space === '';
            const nationality = h === i + 1 && this.owner[h] !== -1 && (this.candidates[this.owner[h] as number] as Candidate).form === 'demonym' && (this.candidates[this.owner[h] as number] as Candidate).end === h + 1 && ['ADJ', 'NOUN'].includes(tokens[h + 1]?.pos ?? '');
            if (nationality) demonymAt = h;
            // ("the UN-recognised government": one token, a name glued to a participle.)
            const compound = /^[A-Za-z]+-[a-z]+ed$/.test(w.text);
            // ("the South American country", "the West African nation": a compass word and a continent's adjective.)
            const pairKey = `${w.lower} ${tokens[h + 1]?.lower ?? ''}`;
            if (w.capitalised && this.kb.areas.has(pairKey) && COREF_HEADS.get(tokens[h + 2]?.lower ?? '') === 'government') {
              const o = this.owner[h + 1] ?? -1;
              if (o !== -1 && (this.candidates[o] as Candidate).form === 'demonym') {
                (this.candidates[o] as Candidate).actorId = null;
                this.owner[h + 1] = -1;
              }
              area = this.kb.areas.get(pairKey) ?? null;
              h += 2;
              break;
            }
            const region = this.owner[h] === -1 && this.kb.areas.has(w.lower);
            if (!(w.pos === 'ADJ' || (w.pos === 'NOUN' && !w.capitalised) || glued || compound || region || (this.owner[h] !== -1 && tokens[h + 1]?.text === '-') || nationality)) break;
            h++;
          }
          // "the paramilitary group": the last of two head words is the head ("the Radaa militia" is a name).
          // ("the paramilitary force": a force is an armed group only when the word before says so.)
          const paramilitaryForce = tokens[h]?.lower === 'paramilitary' && ['force', 'forces'].includes(tokens[h + 1]?.lower ?? '');
          if ((COREF_HEADS.has(tokens[h + 1]?.lower ?? '') || paramilitaryForce) && !(tokens[h] as Token).capitalised) h++;
          const head = tokens[h];
          const kind = head ? (paramilitaryForce ? 'armed' : COREF_HEADS.get(head.lower)) : undefined;
          // (The phrase ends with its sentence: "shrugged off the warning. Spokesman Dmitry Peskov".)
          if (!head || !kind || this.covered(h) || h >= s.end) continue;
          const next = tokens[h + 1];
          // "the group of", "the government in Kabul": explicit structure names the actor itself.
          const relative = next && ['that', 'which', 'who'].includes(next.lower) && ['VERB', 'AUX'].includes(tokens[h + 2]?.pos ?? '');
          // "accused the guerrillas of choosing war": "of" + gerund is the allegation, not the name.
          // ("accused the rebels of atrocities": after a verb of accusing, "of" is always the charge.)
          const accusedBefore = ['accused', 'accusing', 'accuse', 'accuses', 'suspected', 'convicted', 'charged'].includes(tokens[i - 1]?.lower ?? '');
          const ofName = next?.lower === 'of' && !(tokens[h + 2]?.lower.endsWith('ing') ?? false) && !accusedBefore;
          // ("the group in May", "the rebels in 2022": a time after "in" is no place of another body.)
          const timeAfter = next?.lower === 'in' && (CALENDAR_WORDS.has(tokens[h + 2]?.lower ?? '') || /^(1[89]|20)\d\d$/.test(tokens[h + 2]?.text ?? '') || ['recent', 'late', 'early', 'mid'].includes(tokens[h + 2]?.lower ?? ''));
          // ("talks between Congo and the group in Doha": after an armed group, "in" places the event, it names no other group.)
          // ("the military in talks mediated by China" is the military: only a named place locates another body.)
          const locatedBody = next?.lower === 'in' && !timeAfter && kind !== 'armed' && ((tokens[h + 2]?.capitalised ?? false) || (tokens[h + 2]?.lower === 'the' && (tokens[h + 3]?.capitalised ?? false)));
          // "the junta in Niger", "the government in Kabul": the government of the state named there.
          // ("the new government in Damascus", "the interim authorities in Niamey": a modifier may come first.)
          // ("the UN-recognised government in Tripoli", "the internationally recognized authorities in Aden".)
          const plainModifiers = tokens.slice(i + 1, h).every((w) => ['new', 'interim', 'transitional', 'military', 'current', 'caretaker', 'central', 'federal', 'de', 'facto', 'ruling', 'un', '-', 'recognised', 'recognized', 'internationally', 'legitimate', 'elected'].includes(w.lower) || /-(recogni[sz]ed|backed)$/.test(w.lower));
          if (locatedBody && kind === 'government' && plainModifiers) {
            const o = this.owner[h + 2] ?? -1;
            const c = o === -1 ? undefined : this.candidates[o];
            const info = c?.actorId && c.first === h + 2 && ['name', 'capital'].includes(c.form) ? this.actor(c.actorId) : undefined;
            if (info && info.kind === 'country') this.add({ actorId: this.kb.governorOf.get(info.id) ?? info.id, first: h, end: h + 1, form: 'coreference', resolved: true });
            continue;
          }
          // ("demanded that the group halt attacks": the tagger's noun is the subjunctive verb.)
          const subjunctive = tokens[i - 1]?.lower === 'that' && ['demanded', 'demands', 'demand', 'insisted', 'insists', 'urged', 'asked', 'requested', 'required'].includes(tokens[i - 2]?.lower ?? '');
          // ("The army chief/ADJ, General X,": a title after the head names a person, not the body.)
          if (next && (ofName || locatedBody || relative || (next.pos === 'NOUN' && next.space !== '' && next.lower !== 'on' && !subjunctive) || ARMY_TITLE_NOUNS.has(next.lower))) continue;
          // A demonym or name right before the head makes it that actor's: "the Pakistani government".
          // ("the Lebanese group": a nationality before an armed group's head is read below.)
          if (h - 1 > i && this.owner[h - 1] !== -1 && tokens[h]?.text !== '-' && !(kind === 'armed' && demonymAt === h - 1 && ['group', 'movement', 'militia'].includes(head.lower))) continue;
          // ("the Saudi-led coalition": a body named by its leader, not one named before.)
          if (kind === 'organisation' && tokens.slice(i + 1, h).some((w, n) => w.lower === 'led' && tokens[i + n]?.text === '-' && this.owner[i + n - 1] !== -1)) continue;
          // "the interim administration", "the rival faction", "the local authorities": another body.
          let other = false;
          for (let m = i + 1; m < h; m++) if (OTHER_BODY_MODIFIERS.has((tokens[m] as Token).lower)) other = true;
          if (other) continue;
          if (demonymAt !== -1) {
            // The group of that nationality named just before; the nationality is then no state of its own.
            const demonym = this.candidates[this.owner[demonymAt] as number] as Candidate;
            // (The demonym may already be set aside as a people: "Palestinian militant"; its state is the word's.)
            const state = demonym.actorId ?? this.kb.root.children.get((tokens[demonymAt] as Token).lower)?.entries.find((e) => e.form === 'demonym')?.actorId ?? null;
            let group = kind === 'armed' ? this.antecedent(h, s.index, 'armed') : null;
            // ("Iran's Quds Force was smuggling money to the Lebanese group": the group of that
            // nationality named last, past other armed groups.)
            if (kind === 'armed' && state !== null && group !== null && this.actor(group)?.affiliation !== state) {
              group = null;
              for (let k = i - 1; k >= 0 && (tokens[k] as Token).sentence >= s.index - 2 && group === null; k--) {
                const o = this.owner[k] as number;
                if (o === -1) continue;
                const c = this.candidates[o] as Candidate;
                const info = c.actorId ? this.actor(c.actorId) : undefined;
                if (info && info.affiliation === state && info.kind === 'armed-group') group = info.id;
                k = Math.min(k, c.first);
              }
            }
            // (A group of that nationality with none named: the nationality is not the state either.)
            if (kind === 'armed' && group === null && state !== null) demonym.actorId = null;
            if (group === null || state === null || this.actor(group)?.affiliation !== state) continue;
            demonym.actorId = null;
            this.add({ actorId: group, first: h, end: h + 1, form: 'coreference', resolved: true });
            continue;
          }
          if (kind === 'government' && STATE_HEADS.has(head.lower) && area === null) {
            let found: ReadonlySet<string> | null = null;
            for (let m = i + 1; m < h; m++) {
              const states = this.kb.areas.get((tokens[m] as Token).lower);
              if (states) found = found === null ? states : new Set([...(found as ReadonlySet<string>)].filter((id: string) => states.has(id)));
            }
            area = found;
          }
          fit = kind;
          first = h;
          end = h + 1;
        } else if (['junta', 'regime'].includes(t.lower) && tokens[i + 1]?.pos === 'NOUN' && !tokens[i + 1]?.capitalised && tokens[i + 1]?.space !== '' && !this.covered(i + 1) && this.owner[i - 1] === -1 && tokens[i - 1]?.lower !== "'s") {
          // "junta strongholds", "a junta spokesman": the junta the article already named owns them.
          const named = this.namedOwnerOf(t.lower, i);
          if (named !== null) this.add({ actorId: named, first: i, end: i + 1, form: 'coreference', resolved: true });
          continue;
        } else if (['government', 'federal'].includes(t.lower) && GOVERNMENT_FORCE_NOUNS.has(tokens[i + 1]?.lower ?? '') && !this.covered(i + 1) && (i === s.first || ['the', ',', 'and', 'by', 'with', 'against', 'between', 'that', 'said', '-', '—', '–', 'on', 'at', 'as', 'when', 'while', 'after', 'before', 'where', 'until'].includes(tokens[i - 1]?.lower ?? '') || tokens[i - 1]?.pos === 'VERB')) {
          // ("government gunships attacked its positions", "as government forces pushed on": aircraft, and after a conjunction, too.)
          // ("ambushed government troops", "an attack on government forces": the object, too.)
          // "Government forces bombed RSF positions": the army of the state in view, as "the army" is.
          fit = 'military';
          first = i === s.first || tokens[i - 1]?.lower !== 'the' ? i : i - 1;
          end = i + 2;
        } else if (PERSON_PRONOUNS.has(t.lower) || THING_PRONOUNS.has(t.lower)) {
          // A subject pronoun starts a clause; "made it clear" has an object pronoun.
          const before = tokens[i - 1];
          // "Trump said on Sunday he was willing": a speech verb a few words back also opens the clause.
          const afterSpeech = [1, 2, 3, 4].some((d) => ['said', 'says', 'told', 'added', 'stated', 'insisted', 'warned', 'confirmed', 'announced', 'acknowledged', 'admitted'].includes(tokens[i - d]?.lower ?? '') && (tokens[i - d]?.sentence ?? -1) === s.index) && before !== undefined && (before.pos === 'PROPN' || before.pos === 'NOUN' || before.pos === 'ADV');
          // ("Israel carried out strikes on Sunday, saying it had targeted ...": the participle of saying.)
          const afterSaying = ['saying', 'adding', 'insisting', 'claiming'].includes(before?.lower ?? '');
          // "North Korea criticised Seoul and Washington, which it accuses of ...": "it" after an object
          // relative pronoun is the main clause's subject.
          const objectRelative = before !== undefined && ['which', 'whom'].includes(before.lower) && tokens[i - 2]?.text === ',' && THING_PRONOUNS.has(t.lower);
          if (objectRelative) {
            const main = this.subjectOfSentence(s.index);
            if (main !== null) {
              this.add({ actorId: main, first: i, end: i + 1, form: 'pronoun', resolved: true });
              continue;
            }
          }
          if (before && !afterSpeech && !afterSaying && !(before.pos === 'PUNCT' || before.pos === 'SCONJ' || before.pos === 'CCONJ' || ['that', 'said', 'says', 'but', 'and', 'where', 'when', 'while', 'after', 'before', 'confirmed', 'announced', 'acknowledged', 'admitted', 'insisted', 'stated', 'added'].includes(before.lower))) continue;
          const next = tokens[i + 1];
          // ('said it "deeply regrets"': a quote may open between the pronoun and its verb.)
          const quoted = next?.text === '"' && ['VERB', 'AUX', 'ADV'].includes(tokens[i + 2]?.pos ?? '');
          if (!next || (!['VERB', 'AUX', 'ADV'].includes(next.pos) && !quoted)) continue;
          fit = PERSON_PRONOUNS.has(t.lower) ? 'person' : 'thing';
          first = i;
        } else if ((t.lower === 'him' || (t.lower === 'her' && ['of', 'to', 'that', 'for', 'over', 'on', 'in', 'at', 'with', '.', ',', ';'].includes(tokens[i + 1]?.text.toLowerCase() ?? '.'))) && tokens[i - 1]?.pos === 'VERB') {
          // "Lin Jian accused her of interfering", "Trump pressed him to join": the object is the person
          // named before, never the clause's own subject.
          fit = 'person';
          first = i;
        } else continue;
        if (fit === null) continue;
        // "talks between the government and the M23": the government the armed group fights.
        const facing = fit === 'government' ? this.facedGovernment(end, s.end) : null;
        // "the junta", "the regime": the state the article already called so ("Mali's junta", "the Malian junta").
        const headWord = (tokens[first] as Token).lower;
        const named =
          (fit === 'government' && ['junta', 'regime'].includes(headWord)) || fit === 'military' ? this.namedOwnerOf(headWord, first, fit === 'military') : null;
        // "Zelenskiy met Duda in Kyiv. He thanked Poland": a sentence-initial pronoun continues the last subject.
        // ("Egypt criticised Israel ... The country also accused Israel": an opening "the country"
        // continues the previous subject when that is a state.)
        // ("The central African nation has long accused Kinshasa": modifiers may come between.)
        // ("The emirate has denied ...": a head that names a kind of state is left to the nearest state.)
        const openingState = fit === 'government' && i === s.first && t.lower === 'the' && ['country', 'state', 'kingdom', 'nation'].includes(headWord) ? this.subjectOfSentence(s.index - 1) : null;
        // ("Noboa invited U.S. troops ... The government has accused Los Lobos": the state of the leader
        // who opened the sentence before.)
        const openingGovernment = fit === 'government' && i === s.first && t.lower === 'the' && headWord === 'government' ? this.leaderStateOf(s.index - 1) : null;
        const subjectFirst = fit === 'person' && first === s.first ? this.firstPersonOf(s.index - 1) : fit === 'thing' && first === s.first ? this.subjectOfSentence(s.index - 1) : openingState !== null && this.actor(openingState)?.kind === 'country' && (area === null || area.has(openingState)) ? openingState : openingGovernment;
        // "the federal government" after "Jubaland": the state the region belongs to.
        // "Ankara said it had targeted PKK militants": a pronoun right after "X said" is X.
        const speaker = (fit === 'thing' || fit === 'person') && first === i ? this.speakerBefore(i, fit) : null;
        // ("Egypt and Saudi Arabia rejected the announcement, saying it undermined": "it" is no one of a
        // pair that speaks together; the pair would be "they".)
        if (fit === 'thing' && ['saying', 'adding', 'insisting', 'claiming'].includes(tokens[i - 1]?.lower ?? '') && this.pairSubjectOf(s.first, i)) continue;
        const unowned: string | null = fit === 'military' && named === null && storyArmy !== null && storyArmy.sentence < s.index && storyArmy.head === headWord ? storyArmy.actorId : null;
        // "Congo's foreign ministry said ... The ministry slammed ...": only the owner of a ministry named before.
        if (headWord === 'ministry') {
          const owner = this.ministryOwner(first);
          if (owner !== null) this.add({ actorId: owner, first, end, form: 'coreference', resolved: true });
          continue;
        }
        // "M23 spokesman Lawrence Kanyuka accused government forces of ...": the forces of the state an
        // armed group named earlier in the sentence belongs to and fights.
        // ("The Kachin Independence Army accused the junta": the rulers of the state the group fights.)
        const foughtJunta = (headWord === 'junta' || headWord === 'regime') && named === null ? this.insurgentsState(first, s.first, true) : null;
        // ("with the M23 accusing the army of bombing its positions": the army the group fights.)
        const fought = fit === 'military' && (headWord === 'government' || headWord === 'federal' || (['army', 'military'].includes(headWord) && named === null)) ? this.insurgentsState(first, s.first, true) : foughtJunta === null ? null : (this.kb.governorOf.get(foughtJunta) ?? foughtJunta);
        // ("Israel Katz said the army would continue striking": the army of the official who speaks.)
        let speakersArmy: string | null = null;
        if (fit === 'military' && tokens[first - 1]?.lower === 'the' && ['said', 'says', 'warned', 'added', 'stated', 'insisted', 'vowed'].includes(tokens[first - 2]?.lower ?? '')) {
          const o = this.owner[first - 3] ?? -1;
          const c = o === -1 ? undefined : (this.candidates[o] as Candidate);
          const info = c?.actorId ? this.actor(c.actorId) : undefined;
          const state = info?.type === 'PERSON' && info.affiliation ? this.actor(info.affiliation) : undefined;
          if (c && c.end === first - 2 && state?.kind === 'country') speakersArmy = state.id;
        }
        // ("talks with the army and the RSF": an army coordinated with an armed group is the army of its home state.)
        let pairedArmy: string | null = null;
        if (fit === 'military' && named === null && ['army', 'military'].includes(headWord) && tokens[end]?.lower === 'and') {
          const o = this.owner[tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1] ?? -1;
          const c = o === -1 ? undefined : (this.candidates[o] as Candidate);
          const info = c?.actorId ? this.actor(c.actorId) : undefined;
          const home = info?.kind === 'armed-group' && info.affiliation ? this.actor(info.affiliation) : undefined;
          if (home?.type === 'COUNTRY') pairedArmy = home.id;
        }
        let antecedent: string | null = speakersArmy ?? pairedArmy ?? unowned ?? fought ?? stateOverRegion(this, facing ?? named ?? speaker ?? subjectFirst ?? this.antecedent(first, s.index, fit, area), fit, i, first);
        // "JUBA (Reuters) - Uganda deployed troops to South Sudan's capital ... government troops":
        // an unowned government in a story filed from a state the story names is that state's,
        // not that of a foreign state named nearer.
        if (antecedent !== null && facing === null && named === null && speaker === null && subjectFirst === null && (fit === 'government' || fit === 'military') && tokens.slice(first, end).some((w) => w.lower === 'government')) {
          const home = this.datelineState();
          const homeGov = home === null ? null : (this.kb.governorOf.get(home) ?? home);
          // ("NAIROBI (AFP) - Jubaland's ministry accused the federal government": the dateline itself names no state in the story.)
          if (home !== null && antecedent !== home && antecedent !== homeGov && this.actor(antecedent)?.kind === 'country' && this.candidates.some((c) => c.first < first && c.first > 0 && (c.actorId === home || c.actorId === homeGov))) antecedent = fit === 'government' ? homeGov : home;
        }
        // "Colombia's government and the ELN ended talks. Venezuela said ... The rebels accused the
        // government": an armed group's "government" is its own state's, when the article named it.
        if (antecedent !== null && fit === 'government' && headWord === 'government' && facing === null && speaker === null && subjectFirst === null) {
          const home = this.insurgentsState(first, s.first, true);
          const homeGov = home === null ? null : (this.kb.governorOf.get(home) ?? home);
          const own = (id: string): boolean => id === home || id === homeGov;
          if (home !== null && !own(antecedent) && this.candidates.some((c) => c.first < first && c.actorId !== null && own(c.actorId) && (tokens[c.first] as Token).sentence >= s.index - 3)) antecedent = homeGov;
        }
        if (antecedent === null) continue;
        if (fit === 'military' && named === null && storyArmy === null) storyArmy = { actorId: antecedent, sentence: s.index, head: headWord };
        this.add({ actorId: antecedent, first, end, form: fit === 'person' || fit === 'thing' ? 'pronoun' : 'coreference', resolved: true });
      }
    }
  }

  /**
   * The state owning the latest ministry named before `before`, in this sentence or the two before:
   * "Congo's foreign ministry", "the Congolese foreign ministry", "Rwanda's Ministry of Defence".
   */
  private ministryOwner(before: number): string | null {
    const { tokens } = this;
    const sentence = (tokens[before] as Token).sentence;
    for (let k = before - 1; k >= 0; k--) {
      const t = tokens[k] as Token;
      if (t.sentence < sentence - 2) break;
      if (t.lower !== 'ministry') continue;
      let j = k - 1;
      while (j > 0 && ['foreign', 'defence', 'defense', 'interior', 'information', 'affairs', 'justice', 'security', 'external', 'home'].includes((tokens[j] as Token).lower)) j--;
      if ((tokens[j] as Token).lower === "'s") j--;
      const o = this.owner[j] ?? -1;
      const c = o === -1 ? undefined : this.candidates[o];
      const info = c?.actorId ? this.actor(c.actorId) : undefined;
      // ("Congo's Foreign Ministry" may be one name: its owner is the state it names.)
      if (info && info.kind === 'country' && c?.form !== 'capital') return this.kb.governorOf.get(info.id) ?? info.id;
      const self = this.owner[k] ?? -1;
      const own = self === -1 ? undefined : this.candidates[self];
      const ownInfo = own?.actorId ? this.actor(own.actorId) : undefined;
      if (ownInfo && ownInfo.kind === 'country' && own?.form !== 'coreference') return this.kb.governorOf.get(ownInfo.id) ?? ownInfo.id;
      return null;
    }
    return null;
  }

  /** Whether the sentence opens with two actors coordinated as its subject ("Egypt and Saudi Arabia rejected ..."), before `before`. */
  private pairSubjectOf(from: number, before: number): boolean {
    const { tokens } = this;
    let k = from;
    if (tokens[k]?.lower === 'the') k++;
    const a = this.owner[k] ?? -1;
    if (a === -1) return false;
    let e = (this.candidates[a] as Candidate).end;
    if (tokens[e]?.lower !== 'and') return false;
    e++;
    if (tokens[e]?.lower === 'the') e++;
    const b = this.owner[e] ?? -1;
    return b !== -1 && (this.candidates[b] as Candidate).end < before && (tokens[(this.candidates[b] as Candidate).end] as Token | undefined)?.pos === 'VERB';
  }

  /** The latest "X('s) (military) <head>" before `before`: the state that owns a "junta" or "regime". */
  private namedOwnerOf(head: string, before: number, military = false): string | null {
    const { tokens } = this;
    // ("Myanmar's military ... The junta rejected": a junta is the military the article named, too.)
    const heads = military ? ['military', 'army', 'armed', 'forces', 'junta', 'force'] : head === 'junta' ? ['junta', 'military', 'army'] : [head];
    for (let k = before - 1; k > 0; k--) {
      if (!heads.includes((tokens[k] as Token).lower)) continue;
      // "Uganda's army chief said ...": an army named only in an officer's title is not in view.
      if (military && ARMY_TITLE_NOUNS.has(tokens[k + 1]?.lower ?? '')) continue;
      // A known actor whose name ends in the head: "the Myanmar junta", "Sudan's army".
      const self = this.owner[k] ?? -1;
      const own = self === -1 ? undefined : this.candidates[self];
      if (own?.actorId && own.end === k + 1 && own.form !== 'coreference' && own.form !== 'pronoun') {
        const info = this.actor(own.actorId);
        if (info && ['military', 'government', 'country'].includes(info.kind)) return info.kind === 'country' ? (this.kb.governorOf.get(info.id) ?? info.id) : info.id;
      }
      if (self !== -1) continue;
      let j = k - 1;
      // ("Sudan's air force": the force of a state's arm.)
      if ((tokens[k] as Token).lower === 'force' && !['air', 'naval'].includes(tokens[j]?.lower ?? '')) continue;
      if ((tokens[k] as Token).lower === 'force') j--;
      while (j > 0 && ['military', 'ruling', 'army-led', 'transitional'].includes((tokens[j] as Token).lower)) j--;
      if ((tokens[j] as Token).lower === "'s") j--;
      const o = this.owner[j] ?? -1;
      const c = o === -1 ? undefined : this.candidates[o];
      const info = c?.actorId ? this.actor(c.actorId) : undefined;
      if (info && info.kind === 'country') return this.kb.governorOf.get(info.id) ?? info.id;
    }
    return null;
  }

  /** The subject of a speech verb right before token `i`, when it fits the pronoun there. */
  private speakerBefore(i: number, fit: 'person' | 'thing' | 'armed' | 'government' | 'organisation' | 'military'): string | null {
    const { tokens } = this;
    let v = i - 1;
    if (tokens[v]?.lower === 'that') v--;
    // "said on Monday it had ...": a day between the verb and the pronoun.
    if (SPEECH_DAYS.has(tokens[v]?.lower ?? '') && tokens[v - 1]?.lower === 'on') v -= 2;
    if (tokens[v]?.lower === 'that') v--;
    const speech = ['said', 'says', 'added', 'insisted', 'stated', 'claimed', 'announced', 'confirmed', 'warned'];
    // "The group said in a statement that it ...", "said on Tuesday that it": a short phrase after the verb.
    if (!speech.includes(tokens[v]?.lower ?? '')) {
      let w = v;
      while (w > v - 4 && w > 0 && (this.owner[w] ?? -1) === -1 && ['a', 'an', 'the', 'in', 'on', 'statement', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'later', 'also'].includes((tokens[w] as Token).lower)) w--;
      if (w < v && speech.includes(tokens[w]?.lower ?? '')) v = w;
    }
    if (!speech.includes(tokens[v]?.lower ?? '')) return null;
    let o = this.owner[v - 1] ?? -1;
    // "The GNU, which Turkey has armed, said it ...", "The group, which has been at war with Mali's
    // junta since 2017, said that it": the speaker is named before the relative clause.
    if (o === -1 && tokens[v - 1]?.text === ',') {
      for (let r = v - 2; r > Math.max(0, v - 30); r--) {
        const w = tokens[r] as Token;
        if (w.sentence !== tokens[v]?.sentence || ['.', ';', ':'].includes(w.text)) break;
        // ("Russia, Armenia's nominal ally, said it": past an aside that opens with a possessive.)
        if (w.text === ',' && (this.owner[r + 1] ?? -1) !== -1) {
          const inner = this.candidates[this.owner[r + 1] as number] as Candidate;
          const outer = (this.owner[r - 1] ?? -1) === -1 ? undefined : this.candidates[this.owner[r - 1] as number];
          const info = outer?.actorId ? this.actor(outer.actorId) : undefined;
          if (inner.first === r + 1 && tokens[inner.end]?.lower === "'s" && outer && info && outer.end === r && outer.form !== 'demonym' && outer.form !== 'city' && (fit === 'person' ? info.type === 'PERSON' : info.type !== 'PERSON')) {
            return outer.form === 'capital' || info.kind === 'country' ? (this.kb.governorOf.get(info.id) ?? info.id) : info.id;
          }
        }
        // (", which/who ...,", or a participle aside: ", backed by allied militias,".)
        if (!['which', 'who', 'backed', 'supported', 'led', 'based', 'aided'].includes(w.lower) || tokens[r - 1]?.text !== ',') continue;
        const oo = this.owner[r - 2] ?? -1;
        const c = oo === -1 ? undefined : this.candidates[oo];
        const info = c?.actorId ? this.actor(c.actorId) : undefined;
        if (!c || !info || c.end !== r - 1 || c.form === 'demonym' || c.form === 'city' || (fit === 'person' ? info.type !== 'PERSON' : info.type === 'PERSON')) return null;
        return c.form === 'capital' || info.kind === 'country' ? (this.kb.governorOf.get(info.id) ?? info.id) : info.id;
      }
    }
    // "The Iranian foreign ministry said it ...": the state whose institution speaks.
    if (o === -1 && fit === 'thing' && ['ministry', 'government', 'office', 'presidency', 'cabinet', 'embassy', 'mission', 'army', 'military'].includes(tokens[v - 1]?.lower ?? '')) {
      for (let f = v - 2; f >= Math.max(0, v - 4); f--) {
        const oo = this.owner[f] ?? -1;
        if (oo === -1) continue;
        const c = this.candidates[oo];
        const info = c?.actorId ? this.actor(c.actorId) : undefined;
        if (!info || info.kind !== 'country' || !c || c.end !== f + 1 || c.form === 'city') return null;
        return this.kb.governorOf.get(info.id) ?? info.id;
      }
    }
    // "The UAE denied arming the RSF but said it ...": a coordinated speech verb shares the sentence's subject.
    if (o === -1 && ['and', 'but'].includes(tokens[v - 1]?.lower ?? '')) {
      let f = v - 2;
      while (f > 0 && tokens[f - 1]?.sentence === tokens[v]?.sentence) f--;
      if (tokens[f]?.lower === 'the') f++;
      o = this.owner[f] ?? -1;
      const c = o === -1 ? undefined : this.candidates[o];
      if (!c?.actorId || c.form === 'city') return null;
      const info = this.actor(c.actorId);
      if (!info || (fit === 'person' ? info.type !== 'PERSON' : info.type === 'PERSON')) return null;
      return c.form === 'capital' || (info.kind === 'country' && c.form !== 'demonym') ? (this.kb.governorOf.get(info.id) ?? info.id) : c.form === 'demonym' ? null : info.id;
    }
    if (o === -1) return null;
    const c = this.candidates[o] as Candidate;
    if (!c.actorId || c.end !== v || c.form === 'city') return null;
    const info = this.actor(c.actorId);
    if (!info) return null;
    if (fit === 'person' ? info.type !== 'PERSON' : info.type === 'PERSON') return null;
    return c.form === 'capital' || (info.kind === 'country' && c.form !== 'demonym') ? (this.kb.governorOf.get(info.id) ?? info.id) : c.form === 'demonym' ? null : info.id;
  }

  /**
   * "The TTP has stepped up attacks since the Taliban returned to power. It killed ...": the
   * organisation or state that opens sentence `index` as its subject ("X has", "The X said"), or null.
   */
  private subjectOfSentence(index: number): string | null {
    const s = this.doc.sentences[index];
    if (!s) return null;
    const { tokens } = this;
    let k = s.first;
    // A wire dateline: "ISLAMABAD (Reuters) -".
    for (let d = s.first; d < Math.min(s.end, s.first + 8); d++) {
      if (['-', '—', '–'].includes((tokens[d] as Token).text) && tokens[d - 1]?.text === ')') {
        k = d + 1;
        break;
      }
    }
    if (tokens[k]?.lower === 'the') k++;
    const o = this.owner[k] ?? -1;
    if (o === -1) return null;
    const c = this.candidates[o] as Candidate;
    // ("The Yemeni government accused ... It also accused": a state's body named by its nationality.)
    const body = c.form === 'demonym' && ['government', 'authorities', 'army', 'military', 'administration', 'leadership'].includes(tokens[c.end]?.lower ?? '') && ['VERB', 'AUX'].includes(tokens[c.end + 1]?.pos ?? '');
    if (!c.actorId || c.first !== k || (['demonym', 'pronoun', 'capital', 'city'].includes(c.form) && !body)) return null;
    if (body) return c.actorId;
    // ("Pakistan's army said ... It also accused": the owner of the body that speaks.)
    let e = c.end;
    if (tokens[e]?.lower === "'s") {
      e++;
      while (e < Math.min(s.end, c.end + 4) && ['NOUN', 'ADJ'].includes((tokens[e] as Token).pos) && (this.owner[e] ?? -1) === -1) e++;
    }
    const next = tokens[e];
    if (!next || !['VERB', 'AUX'].includes(next.pos)) return null;
    const info = this.actor(c.actorId);
    return info && info.type !== 'PERSON' ? info.id : null;
  }

  /** The government of the state whose leader opens sentence `index` as its subject, or null. */
  private leaderStateOf(index: number): string | null {
    const s = this.doc.sentences[index];
    if (!s) return null;
    const { tokens } = this;
    const o = this.owner[s.first] ?? -1;
    if (o === -1) return null;
    const c = this.candidates[o] as Candidate;
    const info = c.actorId ? this.actor(c.actorId) : undefined;
    if (!info || info.type !== 'PERSON' || !info.affiliation || !['VERB', 'AUX'].includes(tokens[c.end]?.pos ?? '')) return null;
    const state = this.actor(info.affiliation);
    return state?.kind === 'country' ? (this.kb.governorOf.get(state.id) ?? state.id) : null;
  }

  /** The first person named in sentence `index` (its subject, as a rule), or null. */
  private firstPersonOf(index: number): string | null {
    const s = this.doc.sentences[index];
    if (!s) return null;
    for (let k = s.first; k < s.end; k++) {
      const o = this.owner[k] ?? -1;
      if (o === -1) continue;
      const c = this.candidates[o] as Candidate;
      if (c.actorId && this.actor(c.actorId)?.type === 'PERSON') return c.actorId;
      k = c.end - 1;
    }
    return null;
  }

  /** The state of the armed group named next in the sentence, if any. */
  private facedGovernment(from: number, limit: number): string | null {
    for (let k = from; k < Math.min(limit, from + 6); k++) {
      const o = this.owner[k] as number;
      // ("the administration said were members of the Tren de Aragua gang": a verb between ends the pairing.)
      if (o === -1 && ['VERB', 'AUX'].includes((this.doc.tokens[k] as Token).pos)) return null;
      if (o === -1) continue;
      const c = this.candidates[o] as Candidate;
      const info = c.actorId ? this.actor(c.actorId) : undefined;
      if (info?.kind === 'armed-group' && info.affiliation && this.actor(info.affiliation)?.type === 'COUNTRY') {
        return this.kb.governorOf.get(info.affiliation) ?? info.affiliation;
      }
      return null;
    }
    return null;
  }

  /** Whether mention `c` names a backer or a mediator: "backed by X", "X-backed", "X, which backs", "Qatari mediators". */
  private backerOrMediator(c: Candidate): boolean {
    const { tokens } = this;
    const at = tokens[c.first - 1]?.lower === 'the' ? c.first - 1 : c.first;
    const before = tokens[at - 1]?.lower ?? '';
    const verb = tokens[at - 2]?.lower ?? '';
    if (before === 'by' && /^(backed|supported|armed|funded|financed|sponsored|equipped|mediated|brokered|hosted|facilitated|aided)$/.test(verb)) return true;
    if (before === 'and' || before === ',') {
      // "backed by Iran and Russia": the second of coordinated backers.
      for (let k = at - 2; k >= Math.max(0, at - 8); k--) {
        const w = tokens[k]?.lower ?? '';
        if (w === 'by') return /^(backed|supported|armed|funded|financed|sponsored|mediated|brokered|facilitated)$/.test(tokens[k - 1]?.lower ?? '');
        if ((this.owner[k] ?? -1) === -1 && !['and', ',', 'the'].includes(w)) break;
      }
    }
    const after = tokens[c.end]?.lower ?? '';
    if (after === '-' && /^(backed|supported|sponsored|armed|funded|brokered|mediated)$/.test(tokens[c.end + 1]?.lower ?? '')) return true;
    if (/^(mediators?|mediation|backers?|sponsors?|patrons?)$/.test(after)) return true;
    // "M23 rebels, which Rwanda backs, clashed with the army".
    if (['which', 'whom'].includes(before) && /^(backs|backed|supports|supported|arms|armed|funds|funded|sponsors|sponsored)$/.test(after)) return true;
    if ((after === ',' && ['which', 'who'].includes(tokens[c.end + 1]?.lower ?? '')) && /^(backs|backed|supports|supported|arms|armed|mediates|mediated|brokered|hosts|hosted|funds|sponsors)$/.test(tokens[c.end + 2]?.lower ?? '')) return true;
    // "Iran has armed the Houthis for years", "Rwanda denies backing the M23": the subject of a verb of
    // backing or mediation (active, not "has been backed") backs or mediates for another.
    for (let k = c.end; k < c.end + 5; k++) {
      const w = tokens[k]?.lower ?? '';
      if (['has', 'have', 'had', 'long', 'also', 'reportedly', 'allegedly', 'denies', 'denied', 'deny', 'openly', 'repeatedly', 'continued', 'continues', 'helped', 'helps'].includes(w)) continue;
      if (['is', 'are', 'was', 'were', 'been', 'be', 'being'].includes(w)) return false;
      return /^(armed|arms|arming|backed|backs|backing|supports|supported|supporting|supplied|supplies|supplying|funded|funds|funding|financed|finances|financing|sponsored|sponsors|mediated|mediates|mediating|brokered|brokers|hosted|hosts|hosting|equipped|trained)$/.test(w) && /^(the|a|an|talks|negotiations|meetings|consultations)$|^[A-Z]/.test(tokens[k + 1]?.text ?? '');
    }
    return false;
  }

  /** The state of the article's wire dateline (see `datelineState`), or null. */
  private datelineState(): string | null {
    const o = this.owner[0] ?? -1;
    return datelineState(this.tokens, o === -1 ? undefined : this.candidates[o], (id) => this.actor(id));
  }

  /**
   * Where the phrase whose head is at `head` ("the country" in "Russia launched drones at the
   * country") is the object of a verb or of a preposition after it, the first token of the mention
   * that is the subject of that verb in the same clause; else -1.
   */
  private clauseMateSubject(head: number): number {
    const { tokens } = this;
    let d = head - 1;
    while (d >= 0) {
      const t = tokens[d] as Token;
      if (['DET', 'ADJ'].includes(t.pos)) d--;
      // ("accused the Iran-backed group": a modifier glued by a hyphen, with its name.)
      else if (t.space === '' && tokens[d - 1]?.text === '-' && tokens[d - 1]?.space === '') {
        const o = this.owner[d - 2] ?? -1;
        d = o === -1 ? d - 3 : (this.candidates[o] as Candidate).first - 1;
      } else break;
    }
    const sentence = (tokens[head] as Token).sentence;
    const before = tokens[d];
    if (!before || before.sentence !== sentence || !(before.pos === 'ADP' || before.pos === 'VERB')) return -1;
    // Back to the clause's verb, through its objects and adjuncts, never past a clause boundary.
    let k = d;
    while (k >= 0 && (tokens[k] as Token).sentence === sentence && (tokens[k] as Token).pos !== 'VERB') {
      const w = tokens[k] as Token;
      if (w.pos === 'PUNCT' || w.pos === 'SCONJ' || ['that', 'which', 'who'].includes(w.lower)) return -1;
      k--;
    }
    if (k < 0 || (tokens[k] as Token).sentence !== sentence) return -1;
    let j = k - 1;
    while (j >= 0 && ['AUX', 'ADV', 'PART'].includes((tokens[j] as Token).pos)) j--;
    // ("The United States and Britain said they were appalled and called on the regime": the
    // speakers "they" stands for are the clause's subject.)
    if (tokens[j]?.lower === 'and') {
      for (let q = j - 1; q > 1 && (tokens[q] as Token).sentence === sentence; q--) {
        if (!['they', 'it'].includes((tokens[q] as Token).lower) || !['said', 'says', 'say'].includes(tokens[q - 1]?.lower ?? '')) continue;
        const speaker = this.owner[q - 2] ?? -1;
        return speaker === -1 ? -1 : (this.candidates[speaker] as Candidate).first;
      }
    }
    const o = this.owner[j] ?? -1;
    if (o === -1) return -1;
    const c = this.candidates[o] as Candidate;
    return c.end === j + 1 ? c.first : -1;
  }

  /** The first tokens of the names coordinated before the name that starts at `first`: "France and Germany". */
  private coordinatedBefore(first: number): number[] {
    const { tokens } = this;
    const found: number[] = [];
    let k = first - 1;
    while (k > 0 && (tokens[k]?.lower === 'and' || tokens[k]?.text === ',')) {
      let j = k - 1;
      if (tokens[j]?.text === ',') j--;
      const o = this.owner[j] ?? -1;
      if (o === -1) break;
      const c = this.candidates[o] as Candidate;
      found.push(c.first);
      k = c.first - 1;
    }
    return found;
  }

  private antecedent(before: number, sentence: number, fit: 'armed' | 'government' | 'organisation' | 'person' | 'military' | 'thing', area: ReadonlySet<string> | null = null): string | null {
    const minSentence = sentence - 2;
    const { tokens } = this;
    // "Qatar's Prime Minister X met Hamas leader Y. The prime minister later received ...": the person
    // the article introduced with that title.
    if (fit === 'person' && COREF_HEADS.get((tokens[before] as Token).lower) === 'person') {
      const title = (tokens[before] as Token).lower;
      for (let k = before - 1; k >= 0 && (tokens[k] as Token).sentence >= minSentence; k--) {
        const o = this.owner[k] as number;
        if (o === -1) continue;
        const c = this.candidates[o] as Candidate;
        k = c.first;
        const info = c.actorId ? this.actor(c.actorId) : undefined;
        if (info?.type !== 'PERSON' || c.form === 'pronoun' || c.form === 'coreference') continue;
        for (let j = c.first - 1; j >= Math.max(0, c.first - 4); j--) {
          const w = (tokens[j] as Token).lower;
          if (w === title) return info.id;
          if (!TITLE_HEADS.has(w) && !TITLE_MODIFIERS.has(w) && !RANKS.has(w)) break;
        }
      }
    }
    let fallback: string | null = null;
    const mate = this.clauseMateSubject(before);
    // "M23 rebels captured Uvira from allied Wazalendo militias. ... the rebels": the group the
    // article named with the same head word comes first.
    if (fit === 'armed') {
      const head = (tokens[before] as Token).lower;
      // ("accused separatist fighters in the Anglophone regions ..., a charge the separatists denied":
      // the group told before under the same word is no known actor; none is guessed.)
      const singular = head.endsWith('s') ? head.slice(0, -1) : head;
      const described = ['rebels', 'separatists', 'militants', 'insurgents', 'jihadists', 'gunmen', 'militias', 'guerrillas', 'extremists', 'group', 'faction'].includes(head);
      // ("The ELN ... is the country's largest guerrilla group": a predicate describes the subject; it introduces no group.)
      const predicate = (k: number): boolean => {
        for (let q = k - 1; q >= Math.max(0, k - 7); q--) {
          const t = tokens[q] as Token;
          if (BE_WORDS.has(t.lower)) return true;
          // ("the country's largest remaining guerrilla group": a participle inside the noun phrase.)
          if ((this.owner[q] !== -1 && tokens[q + 1]?.lower !== "'s") || t.pos === 'PUNCT' || (t.pos === 'VERB' && !t.lower.endsWith('ing'))) return false;
        }
        return false;
      };
      for (let k = before - 1; described && k >= 0 && (tokens[k] as Token).sentence >= minSentence; k--) {
        const w = (tokens[k] as Token).lower;
        if ((w === head || w === singular) && this.owner[k] === -1 && (this.owner[k - 1] ?? -1) === -1 && !predicate(k)) return null;
      }
      for (let k = before - 1; k >= 0 && (tokens[k] as Token).sentence >= minSentence; k--) {
        const o = this.owner[k] as number;
        if (o === -1) continue;
        const c = this.candidates[o] as Candidate;
        k = c.first;
        const info = c.actorId ? this.actor(c.actorId) : undefined;
        if (info && info.kind === 'armed-group' && c.form !== 'demonym' && (tokens[c.end]?.lower === head || (c.end - 1 > c.first && tokens[c.end - 1]?.lower === head))) return info.id;
      }
    }
    for (let k = before - 1; k >= 0; k--) {
      const t = tokens[k] as Token;
      if (t.sentence < minSentence) break;
      const o = this.owner[k] as number;
      if (o === -1) continue;
      const c = this.candidates[o] as Candidate;
      k = c.first;
      // A demonym modifies ("a Rwandan proxy"); it is not what "the government" points back to,
      // except that "Malian forces" is what "the army" points back to.
      const forces = c.form === 'demonym' && fit === 'military' && FORCE_NOUNS.has(tokens[c.end]?.lower ?? '') || (c.form === 'demonym' && fit === 'military' && ['army', 'military', 'soldiers', 'tanks', 'jets', 'warplanes', 'aircraft', 'drones', 'warships', 'artillery', 'gunboats'].includes(tokens[c.end]?.lower ?? ''));
      if (!c.actorId || c.form === 'capital' || c.form === 'city' || (c.form === 'demonym' && !forces)) continue;
      // "U.N. experts said it had supplied the RSF": a name modifying people in the plural is not "it".
      if (fit === 'thing' && ['experts', 'officials', 'diplomats', 'investigators', 'monitors', 'analysts', 'sources', 'observers', 'inspectors', 'envoys', 'mediators', 'negotiators', 'lawmakers', 'leaders', 'ministers'].includes(tokens[c.end]?.lower ?? '')) continue;
      // "Russia's Africa Corps": the possessor of another actor is not what a reference points back to.
      if (tokens[c.end]?.lower === "'s" && this.owner[c.end + 1] !== -1) continue;
      // "resumed talks in Mexico. The government ...": a state named as a place is not referred back to.
      // (It stays a fallback: "the coup in Niger ... the junta".)
      // ("taking sides in Sudan's war": a possessor after the preposition is no place.)
      const LOCATIVE = ['in', 'to', 'from', 'at', 'near', 'into', 'across', 'via', 'through'];
      // ("highways from Senegal and Ivory Coast": the second of two places after the preposition, too.)
      const prevConjunct = ['and', 'or'].includes(tokens[c.first - 1]?.lower ?? '') ? (this.owner[c.first - 2] ?? -1) : -1;
      const placedConjunct = prevConjunct !== -1 && LOCATIVE.includes(tokens[(this.candidates[prevConjunct] as Candidate).first - 1]?.lower ?? '');
      if (c.form === 'name' && (LOCATIVE.includes(tokens[c.first - 1]?.lower ?? '') || placedConjunct) && tokens[c.end]?.lower !== "'s") {
        const placed = this.actor(c.actorId);
        if (placed && fallback === null && (fit === 'government' || fit === 'military' || fit === 'thing') && placed.kind === 'country' && (area === null || area.has(placed.id))) fallback = fit === 'government' ? (this.kb.governorOf.get(placed.id) ?? placed.id) : placed.id;
        continue;
      }
      // ("U.S. and Israeli strikes on the country's nuclear sites": the agents of the act a reference
      // is the object of are not what it points back to.)
      if (['on', 'against', 'at'].includes(tokens[before - 2]?.lower ?? '') && tokens[before - 1]?.lower === 'the' && c.end < before - 2 && c.end >= before - 8) {
        const between = tokens.slice(c.end, before - 2);
        if (between.every((w, n) => ['NOUN', 'ADJ', 'PROPN'].includes(w.pos) || ['and', ','].includes(w.lower) || this.owner[c.end + n] !== -1) && ATTACK_HEADS.has(tokens[before - 3]?.lower ?? '')) continue;
      }
      // "Russia launched drones at the country": an object never points back to its own clause's subject.
      // ("France and Germany called on the authorities": nor to any member of a coordinated subject.)
      if (c.first === mate || (mate !== -1 && this.coordinatedBefore(mate).includes(c.first))) continue;
      const info = this.actor(c.actorId);
      if (!info) continue;
      // ("Petro turned back two U.S. aircraft ... the South American country": a leader of a state the region fits.)
      if (fit === 'government' && area !== null && info.type === 'PERSON' && info.affiliation && area.has(info.affiliation)) return this.kb.governorOf.get(info.affiliation) ?? info.affiliation;
      // ("Israel struck Doha. The Gulf state condemned ...": a region word rules out states outside it.)
      if (area !== null && !area.has(info.id)) continue;
      // ("Rights groups, including Human Rights Watch, ... China warned the court": a body named by its
      // kind ("the court", "the council", "the agency") is one whose name says so.)
      const kindWord = (tokens[before] as Token).lower;
      if (fit === 'organisation' && ['court', 'tribunal', 'council', 'agency', 'bank', 'fund'].includes(kindWord) && !info.name.toLowerCase().split(/\s+/).includes(kindWord) && !info.aliases.some((a) => a.toLowerCase().split(/\s+/).includes(kindWord))) continue;
      // "France trained the elite Rapid Intervention Battalion. The separatists ...": a unit found
      // in the text by its head word is a state's unit, not what "the rebels" point back to.
      if (fit === 'armed' && NON_STATE_NOUNS.has(tokens[before]?.lower ?? '') && !this.kb.actors.has(info.id) && ['battalion', 'battalions', 'brigade', 'regiment', 'division', 'guard', 'corps', 'unit', 'police', 'army'].includes(info.name.split(/\s+/).pop()?.toLowerCase() ?? '')) continue;
      // "The RSF, backed by the UAE, attacked the army": a state named only as a backer or a
      // mediator of others is not the owner of an unowned army or government.
      if ((fit === 'military' || fit === 'government') && info.kind === 'country' && this.backerOrMediator(c)) continue;
      const ok =
        fit === 'person'
          ? info.type === 'PERSON'
          : fit === 'armed'
            ? info.kind === 'armed-group' || (info.kind === 'government' && info.type === 'ORGANIZATION')
            : fit === 'government'
              ? info.kind === 'country' || info.kind === 'government'
              : fit === 'organisation'
                ? ['international', 'ngo', 'organization', 'party'].includes(info.kind)
                : fit === 'military'
                  ? info.kind === 'military' || info.kind === 'country'
                  : info.type !== 'PERSON';
      if (!ok) continue;
      if (fit === 'government' && info.kind === 'country') return this.kb.governorOf.get(info.id) ?? info.id;
      return info.id;
    }
    // "KHARTOUM (Reuters) - The army shelled ...": an army no earlier sentence owns is the dateline state's.
    return fallback ?? (fit === 'military' ? (this.opposedState(before) ?? this.datelineState() ?? this.insurgentsState(before)) : null);
  }

  /**
   * "The RSF, which has been at war with the army since 2023": with no state named before it in the
   * article (from `from` on), an army is the state of the armed groups named before it, when they
   * all belong to one. With `nearestOnly`, the home state of the nearest armed group ("M23
   * spokesman Lawrence Kanyuka accused government forces"). A state or a force named in between: none.
   */
  /**
   * "BANGKOK - The National Unity Government denounced the military's election": an opposition
   * government or armed group earlier in the sentence faces its own state's army, whatever the dateline.
   */
  private opposedState(before: number): string | null {
    const sentence = (this.doc.tokens[before] as Token).sentence;
    for (let k = before - 1; k >= 0 && (this.doc.tokens[k] as Token).sentence === sentence; k--) {
      const o = this.owner[k] ?? -1;
      if (o === -1) continue;
      const c = this.candidates[o] as Candidate;
      k = c.first;
      const info = c.actorId && c.form !== 'city' ? this.actor(c.actorId) : undefined;
      if (!info || !['government', 'armed-group', 'party'].includes(info.kind) || !info.affiliation) continue;
      const home = this.actor(info.affiliation);
      if (home?.type === 'COUNTRY' && this.kb.governorOf.get(home.id) !== info.id) return this.kb.governorOf.get(home.id) ?? home.id;
    }
    return null;
  }

  private insurgentsState(before: number, from = 0, nearestOnly = false): string | null {
    let state: string | null = null;
    for (let k = before - 1; k >= from; k--) {
      const o = this.owner[k] ?? -1;
      if (o === -1) continue;
      const c = this.candidates[o] as Candidate;
      k = c.first;
      const info = c.actorId && c.form !== 'city' ? this.actor(c.actorId) : undefined;
      if (!info) continue;
      if (info.type === 'COUNTRY' || info.kind === 'military' || info.kind === 'government') return null;
      if (info.kind !== 'armed-group') continue;
      const home = info.affiliation ? this.actor(info.affiliation) : undefined;
      if (home?.type !== 'COUNTRY') return null;
      if (nearestOnly) return home.id;
      if (state !== null && state !== home.id) return null;
      state = home.id;
    }
    return state;
  }

  result(): DocActors {
    const { tokens } = this;
    const mentions: Mention[] = [];
    const mentionAt = new Int32Array(tokens.length).fill(-1);
    const order = this.candidates
      .map((c, index) => ({ c, index }))
      .filter(({ c, index }) => c.actorId !== null && this.owner[c.first] === index)
      .sort((a, b) => a.c.first - b.c.first);
    for (const { c } of order) {
      const actorId = c.actorId as string;
      const info = this.actor(actorId);
      if (!info) continue;
      if (!this.actors.has(actorId)) this.actors.set(actorId, info);
      const next = tokens[c.end];
      const prev = tokens[c.first - 1];
      // A town or city is only ever a place: "an attack on Kharkiv" is on Ukraine; "Kharkiv" never speaks.
      let place = c.form === 'city';
      // "Afghan soil" is a place; "Chinese coast guard", "Pakistani border guards" are forces.
      // ("The Tajik side accused Kyrgyzstan" is the state in talks or dispute; "on the Afghan side of the border" a place.)
      const sideOfTalks = next?.lower === 'side' && tokens[c.end + 1]?.lower !== 'of' && !['on', 'from', 'across', 'to', 'at', 'into', 'onto', 'inside', 'in'].includes(tokens[c.first - 1]?.lower === 'the' ? (tokens[c.first - 2]?.lower ?? '') : (tokens[c.first - 1]?.lower ?? ''));
      if (c.form === 'demonym' && next && PLACE_HEADS.has(next.lower) && !FORCE_NOUNS.has(tokens[c.end + 1]?.lower ?? '') && !sideOfTalks) place = true;
      if (c.form === 'capital') {
        // "in Kabul", "Kabul province", "Kyiv-based": the city, not its government.
        if (prev && ['in', 'at', 'from', 'to', 'near', 'into', 'outside', 'around', 'across', 'toward', 'towards', 'via', 'through', 'over', 'within', 'of'].includes(prev.lower)) place = true;
        if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || (next.text === '-' && next.space === ''))) place = true;
        // ("demanded that Tehran release the prisoners": the tagger's noun is the subjunctive verb.)
        if (prev?.lower === 'that' && ['demanded', 'demands', 'demand', 'insisted', 'urged', 'asked', 'requested'].includes(tokens[c.first - 2]?.lower ?? '') && next?.pos === 'NOUN' && !['government', 'authorities'].includes(next.lower)) place = false;
        // "the Tripoli government", "the Kabul regime": the government seated there.
        // ("its Manila ally": the state it stands for.)
        if (next && ['government', 'regime', 'administration', 'authorities', 'leadership', 'ally', 'allies', 'partner', 'partners'].includes(next.lower) && !(prev && ['in', 'at', 'from', 'near'].includes(prev.lower))) place = false;
        // "hit out at Washington", "a swipe at Kigali", "a critic of Kigali", "a warning to Moscow": the government addressed.
        const addressed = ADDRESSED_BY.get(prev?.lower ?? '');
        if (addressed && addressed.has(tokens[c.first - 2]?.lower ?? '') && !(next && (next.pos === 'NOUN' || next.pos === 'PROPN'))) place = false;
      }
      const index = mentions.length;
      mentions.push({
        actorId,
        first: c.first,
        end: c.end,
        sentence: (tokens[c.first] as Token).sentence,
        form: c.form,
        absorbed: c.absorbed ?? false,
        place,
        resolved: c.resolved ?? false,
      });
      for (let k = c.first; k < c.end; k++) mentionAt[k] = index;
      if (['name', 'institution', 'abbreviation', 'person', 'organisation'].includes(c.form)) {
        const surface = this.doc.text.slice((tokens[c.first] as Token).start, (tokens[c.end - 1] as Token).end);
        let seen = this.surfaces.get(actorId);
        if (!seen) this.surfaces.set(actorId, (seen = new Set()));
        seen.add(surface);
      }
    }
    return { actors: this.actors, mentions, mentionAt, outletAt: this.outletAt, surfaces: this.surfaces };
  }
}

/**
 * Finds the actor mentions of an analysed article. Pure and deterministic; mentions come in
 * text order and never overlap.
 */
export function findMentions(kb: KnowledgeBase, doc: AnalysedText): DocActors {
  const finder = new MentionFinder(kb, doc);
  finder.scanKnown();
  finder.learnKnownSurnames();
  scanPolities(finder);
  scanStateOrgans(finder);
  finder.scanAbbreviations();
  finder.scanTitles();
  finder.scanLearnt();
  scanNamedBodies(finder);
  scanPartyNames(finder);
  finder.scanOrganisations();
  scanNamedPeople(finder);
  finder.scanLearnt();
  finder.scanAdministrations();
  finder.absorbPersonModifiers();
  finder.classifyPlaces();
  finder.scanReferences();
  return finder.result();
}

/**
 * The state of a wire dateline ("KHARTOUM (Reuters) -", "ADDIS ABABA, May 3 (AP) —"): the capital
 * or country written in capitals at the very start of the article (`first`, the mention there, if
 * any), or null. Shared by mention resolution and the relation rules.
 */
export function datelineState(
  tokens: readonly Token[],
  first: { readonly actorId: string | null; readonly first: number; readonly end: number; readonly form: string } | null | undefined,
  infoOf: (actorId: string) => { readonly id: string; readonly kind: string } | undefined,
): string | null {
  if (!first?.actorId || first.first !== 0 || !['capital', 'name'].includes(first.form)) return null;
  for (let k = first.first; k < first.end; k++) {
    const text = (tokens[k] as Token).text;
    if (!/[A-Z]/.test(text) || text !== text.toUpperCase()) return null;
  }
  if (!['(', ',', '-', '—', '–'].includes(tokens[first.end]?.text ?? '')) return null;
  const info = infoOf(first.actorId);
  return info?.kind === 'country' ? info.id : null;
}
