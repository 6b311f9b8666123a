import type { ActorType } from '../domain/index.js';
import type { ActorInfo, ActorKind, KnowledgeBase, NameEntry, TrieNode } from './knowledge.js';
import type { MentionForm } from './mentions.js';
import type { AnalysedText, Token } from './nlp.js';
import { ARMED_HEADS, CALENDAR_WORDS, GENERIC_ORG_WORDS, HONORIFICS, LOCATIVE_PREPOSITIONS, ORG_HEADS, PLACE_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from './vocabulary.js';

/**
 * Actors that no list names as such, found from how the text names them: sub-national and de
 * facto polities read in context ("South Ossetia accused", but "fighting in Tigray"), state
 * organs that are their state ("the Ukrainian Ground Forces", "Venezuela's Bolivarian National
 * Guard"), and organisation names that hold an ordinal, a country or a head word the generic pass
 * does not read ("the 33rd Front", "Sudan Revolutionary Front", "Patriotic Electoral Bloc").
 * Each pass works on the mention finder's candidates through `MentionSink`.
 */

/** A candidate mention, as the mention finder keeps it. */
export interface EntityCandidate {
  actorId: string | null;
  first: number;
  end: number;
  form: MentionForm;
  absorbed?: boolean;
  resolved?: boolean;
}

/** What the passes here need from the mention finder. */
export interface MentionSink {
  readonly kb: KnowledgeBase;
  readonly doc: AnalysedText;
  /** Actors first met in this article. */
  readonly actors: Map<string, ActorInfo>;
  readonly candidates: EntityCandidate[];
  readonly owner: Int32Array;
  /** Tokens of news outlets: provenance, never actors. */
  readonly outletAt: Uint8Array;
  covered(k: number): boolean;
  add(c: EntityCandidate): number;
  release(index: number): void;
  learn(surface: readonly string[], actorId: string, exact: boolean): void;
  newActor(name: string, type: ActorType, kind: ActorKind, affiliation: string | null): string;
  actor(id: string): ActorInfo | undefined;
}

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Nouns after a region or its possessive that make it the polity: "Jubaland forces", "Abkhazia's leadership". */
const POLITY_NOUNS = set(`
  authorities authority government governments administration administrations leadership leaders leader
  officials official president presidency parliament legislature assembly cabinet forces troops police
  security side delegation delegations negotiators envoy envoys spokesman spokeswoman spokesperson
  ministry minister premier regime rulers governor officers army military militia
`);

/** Verbs whose subject, when it is a region, is its polity acting. */
const SUBJECT_VERBS = set(`
  say tell accuse reject deny demand call urge warn threaten sign agree announce declare condemn blame
  claim insist refuse recognise recognize welcome respond vow criticise criticize dismiss protest appeal
  ask seek offer propose accept hold meet negotiate join withdraw suspend halt resume order ban expel
  summon sever cut impose launch attack shell strike detain arrest seize boycott oppose support back
  denounce slam hail praise thank invite host mediate pledge promise decline
`);

/** Nouns naming a region's backer after its possessive: "Transnistria's patron". */
const REGION_BACKER_NOUNS = set(`patron patrons backer backers sponsor sponsors benefactor protector`);

/** Verbs whose object, when it is a region, is its polity: "accused Transnistria of". */
const OBJECT_VERBS = set(`
  accuse accused accusing blame blamed urge urged warn warned recognise recognised recognize recognized
  criticise criticised criticize criticized condemn condemned threaten threatened call called support
  supported back backed arm armed meet met invite invited tell told thank thanked press pressed
  pressure pressured sanction sanctioned fund funded join joined
`);

/** Words of a state organ's name: "Ground Forces", "State Security Service", "National Police". */
const ORGAN_WORDS = set(`
  army armed forces force air navy naval ground land marine marines coast guard guards border national
  police gendarmerie defence defense self-defense self-defence ministry foreign affairs interior home
  security service services intelligence state general staff presidency presidential government
  military special operations republican federal directorate royal counter-terrorism counterterrorism
  agency command department customs immigration office of the and for joint chiefs central
  investigation investigations public prosecutor prosecutor's external emergency emergencies internal
  civil protection territorial guard's bureau supreme constitutional court parliament senate assembly
  cabinet judiciary election electoral commission
`);

/** Last words of an organ that a possessive state owns even with a proper word in it: "Venezuela's Bolivarian National Guard". */
const OWNED_ORGAN_HEADS = set(`army navy guard guards police gendarmerie service services ministry agency directorate command force`);

/** Heads of organisation names beyond the generic list: "Patriotic Electoral Bloc". */
const EXTRA_ORG_HEADS = set(`bloc police gendarmerie resistance regiment division legion cartel administration junta caucus`);

/** Org heads that make a party or electoral body. */
const PARTY_HEADS = set(`party bloc caucus`);

/** Words that make a name an outlet: "Cyprus News Agency", "Somali National Television". */
const OUTLET_WORDS = set(`news press media broadcasting broadcaster television tv radio newspaper wire`);

/** Words of regions of the world: "the West African bloc" is described, not named. */
const REGION_WORDS = set(`west east north south western eastern northern southern central west-african african arab asian european american latin gulf nordic baltic atlantic pacific caribbean sahel sahelian balkan mediterranean middle`);

/** Lower-case heads after a party's name: "the ruling Georgian Dream party". */
const LOWER_PARTY_HEADS = set(`party bloc`);

/** "33rd", "1st": a unit number before a force. */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;

function isCapitalWord(t: Token | undefined): boolean {
  return !!t && t.capitalised && /^[A-Z][A-Za-z'.-]*$/.test(t.text) && !CALENDAR_WORDS.has(t.lower);
}

/** Longest match of `root` at `first`; capitals in the entry must be capitals in the text. */
function matchTrie(root: TrieNode, tokens: readonly Token[], first: number, limit: number): { end: number; entry: NameEntry } | null {
  let node: TrieNode | undefined = root;
  let best: { end: number; entry: NameEntry } | null = null;
  for (let i = first; i < limit; i++) {
    node = node.children.get((tokens[i] as Token).lower);
    if (!node) break;
    for (const entry of node.entries) {
      let ok = true;
      for (let k = 0; k < entry.tokens.length && ok; k++) {
        const want = entry.tokens[k] as string;
        const got = tokens[first + k] as Token;
        if (entry.exact ? got.text !== want : want.charAt(0) !== want.charAt(0).toLowerCase() && !got.capitalised) ok = false;
      }
      if (ok) {
        best = { end: i + 1, entry };
        break;
      }
    }
  }
  return best;
}

/** The candidate covering token k, if any. */
function candidateAt(f: MentionSink, k: number): { index: number; c: EntityCandidate } | null {
  const index = f.owner[k] ?? -1;
  if (index === -1) return null;
  const c = f.candidates[index];
  return c ? { index, c } : null;
}

function isStateMention(f: MentionSink, c: EntityCandidate): boolean {
  if (!c.actorId || !['name', 'demonym', 'institution'].includes(c.form)) return false;
  return f.actor(c.actorId)?.kind === 'country';
}

/**
 * Whether a region name at [first, end) is its polity acting, not a place: the subject of a
 * political verb, the object of "accused", the owner of "leadership", a noun like "forces", or
 * coordinated with another actor. A locative before it ("in", "across") makes it a place.
 */
function regionActs(f: MentionSink, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  const { tokens } = f.doc;
  let before = first - 1;
  if (before >= sentenceFirst && (tokens[before] as Token).lower === 'the') before--;
  const prev = before >= sentenceFirst ? (tokens[before] as Token) : undefined;
  if (prev && (LOCATIVE_PREPOSITIONS.has(prev.lower) || prev.lower === 'of') && prev.lower !== 'between') return false;
  const next = tokens[end];
  if (!next || end >= sentenceEnd) return false;
  if (PLACE_HEADS.has(next.lower) || next.lower === 'state' || next.lower === 'region') return false;
  if (next.lower === "'s" || next.lower === "'") {
    for (let k = end + 1; k < Math.min(sentenceEnd, end + 5); k++) {
      const w = tokens[k] as Token;
      if (POLITY_NOUNS.has(w.lower) || TITLE_HEADS.has(w.lower)) return true;
      // "Moscow, Transnistria's patron,", "Abkhazia's main backer": a region with a backer is its polity.
      if (REGION_BACKER_NOUNS.has(w.lower)) return true;
      if (w.pos === 'VERB' || w.pos === 'PUNCT') break;
    }
    return false;
  }
  if (POLITY_NOUNS.has(next.lower) || (TITLE_HEADS.has(next.lower) && next.pos !== 'VERB')) return true;
  let v = end;
  if (tokens[v]?.pos === 'ADV') v++;
  if (tokens[v]?.pos === 'AUX' && tokens[v + 1]?.pos === 'VERB') v++;
  const verb = tokens[v];
  if (verb && verb.pos === 'VERB' && SUBJECT_VERBS.has(verb.lemma)) return true;
  if (prev && OBJECT_VERBS.has(prev.lower)) return true;
  // "Georgia and South Ossetia agreed": coordinated with an actor that is not a place.
  if (prev && ['and', ','].includes(prev.lower)) {
    const other = candidateAt(f, before - 1);
    if (other?.c.actorId && other.c.form !== 'capital' && other.c.form !== 'city' && other.c.form !== 'demonym') {
      const p = tokens[other.c.first - 1];
      if (!p || !LOCATIVE_PREPOSITIONS.has(p.lower)) return true;
    }
  }
  return false;
}

/**
 * Pass after the gazetteer: region names and demonyms of sub-national and de facto polities
 * ("Transnistria accused", "Abkhaz leader"), kept only where they act. A longer polity name
 * takes over the state names inside it ("Turkish Cypriot", "Northern Cyprus").
 */
export function scanPolities(f: MentionSink): void {
  const { tokens, sentences } = f.doc;
  for (const s of sentences) {
    let i = s.first;
    while (i < s.end) {
      const hit = matchTrie(f.kb.regions, tokens, i, s.end);
      if (!hit || !hit.entry.actorId) {
        i++;
        continue;
      }
      // Only state names fully inside the match may be taken over.
      const inside: number[] = [];
      let free = true;
      for (let k = i; k < hit.end; k++) {
        const at = candidateAt(f, k);
        if (!at && !f.covered(k)) continue;
        if (!at || at.c.first < i || at.c.end > hit.end || !isStateMention(f, at.c)) free = false;
        else if (!inside.includes(at.index)) inside.push(at.index);
      }
      const after = tokens[hit.end];
      const glued = after !== undefined && after.space === '' && /^[A-Za-z-]/.test(after.text);
      if (!free || glued) {
        i++;
        continue;
      }
      const acts =
        hit.entry.form === 'demonym'
          ? (() => {
              const next = tokens[hit.end];
              return !!next && (POLITY_NOUNS.has(next.lower) || TITLE_HEADS.has(next.lower) || TITLE_MODIFIERS.has(next.lower));
            })()
          : regionActs(f, i, hit.end, s.first, s.end);
      if (!acts) {
        i = hit.end;
        continue;
      }
      for (const index of inside) f.release(index);
      f.add({ actorId: hit.entry.actorId, first: i, end: hit.end, form: hit.entry.form === 'demonym' ? 'demonym' : 'name' });
      i = hit.end;
    }
  }
}

/**
 * The end of a run of organ words starting at `k` that ends on an organ head, capitalised as a
 * name ("Ground Forces", "National Police", "Ministry of Foreign Affairs"); -1 if none.
 */
function organRunEnd(tokens: readonly Token[], k: number, limit: number, f: MentionSink): number {
  let end = -1;
  let j = k;
  while (j < limit && !f.covered(j)) {
    const w = tokens[j] as Token;
    const glued = w.text === '-' && w.space === '' && j > k;
    if (!glued && !ORGAN_WORDS.has(w.lower)) break;
    if (!glued && !w.capitalised && !['of', 'the', 'and', 'for'].includes(w.lower)) break;
    if (w.capitalised && !['of', 'the', 'and', 'for'].includes(w.lower)) end = j + 1;
    j++;
  }
  if (end === -1) return -1;
  // Ends on a head, not on a modifier ("National" alone is no organ).
  const last = tokens[end - 1] as Token;
  return ORG_HEADS.has(last.lower) || OWNED_ORGAN_HEADS.has(last.lower) || ['parliament', 'senate', 'cabinet', 'judiciary', 'staff', 'affairs', 'defence', 'defense', 'security', 'intelligence', 'presidency', 'government', 'military', 'marines', 'customs', 'immigration', 'department', 'office', 'bureau'].includes(last.lower) ? end : -1;
}

/**
 * Pass after the gazetteer: a state's organ named as a name is the state ("the Ukrainian Ground
 * Forces", "China Coast Guard", "Venezuela's Bolivarian National Guard", "Armed Forces of the
 * Democratic Republic of the Congo"). The state's mention grows over the organ, so no
 * organisation is split off the state's edges.
 */
export function scanStateOrgans(f: MentionSink): void {
  const { tokens } = f.doc;
  for (let index = 0; index < f.candidates.length; index++) {
    const c = f.candidates[index] as EntityCandidate;
    if (!isStateMention(f, c) || f.owner[c.first] !== index) continue;
    const limit = f.doc.sentences[(tokens[c.first] as Token).sentence]?.end ?? tokens.length;
    let k = c.end;
    const possessive = tokens[k]?.lower === "'s";
    if (possessive) k++;
    let end = organRunEnd(tokens, k, limit, f);
    if (end === -1 && possessive) {
      // "Venezuela's Bolivarian National Guard": one proper word, then organ words to an owned head.
      let j = k;
      while (j < limit && j < k + 5 && isCapitalWord(tokens[j]) && !f.covered(j)) j++;
      if (j > k && OWNED_ORGAN_HEADS.has((tokens[j - 1] as Token).lower)) end = j;
    }
    if (end !== -1) {
      const actorId = c.actorId as string;
      const first = c.first;
      f.release(index);
      f.add({ actorId, first, end, form: 'institution' });
      continue;
    }
    // "Armed Forces of the Democratic Republic of the Congo": the organ before "of (the) State".
    let b = c.first - 1;
    if (tokens[b]?.lower === 'the') b--;
    if (tokens[b]?.lower !== 'of') continue;
    let start = b;
    while (start - 1 >= 0 && !f.covered(start - 1) && ORGAN_WORDS.has((tokens[start - 1] as Token).lower) && (tokens[start - 1] as Token).capitalised) start--;
    if (start === b) continue;
    // "Human Rights Commission of Pakistan": a proper word before the organ words makes another name.
    if (isCapitalWord(tokens[start - 1]) && !f.covered(start - 1)) continue;
    while (start < b && ['of', 'the', 'and', 'for'].includes((tokens[start] as Token).lower)) start++;
    if (!ORG_HEADS.has((tokens[b - 1] as Token).lower) && !OWNED_ORGAN_HEADS.has((tokens[b - 1] as Token).lower) && !['affairs', 'defence', 'defense', 'staff'].includes((tokens[b - 1] as Token).lower)) continue;
    const actorId = c.actorId as string;
    const end2 = c.end;
    f.release(index);
    f.add({ actorId, first: start, end: end2, form: 'institution' });
  }
}

/** Whether every content word of tokens[first, end) is a word of state organs. */
function allOrganWords(tokens: readonly Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (!ORGAN_WORDS.has((tokens[k] as Token).lower) && (tokens[k] as Token).text !== '-') return false;
  return true;
}

/**
 * Pass before the generic organisation pass: names it would cut or miss. An ordinal before a force
 * ("the 33rd Front"), a state inside a longer name ("Sudan Revolutionary Front", "Movement for the
 * Liberation of Congo", "Coalition for Syrian Revolutionary and Opposition Forces"), or a head the
 * generic list lacks ("Patriotic Electoral Bloc"). Other names are left to the generic pass.
 */
export function scanNamedBodies(f: MentionSink): void {
  const { tokens, sentences } = f.doc;
  for (const s of sentences) {
    for (let h = s.first; h < s.end; h++) {
      const head = tokens[h] as Token;
      if (!head.capitalised || f.covered(h)) continue;
      const extra = EXTRA_ORG_HEADS.has(head.lower);
      if (!ORG_HEADS.has(head.lower) && !extra) continue;
      let special = extra;
      const absorbed: number[] = [];
      // Right: "of/for (the) Name words", a state name included.
      let last = h;
      let ownState = false;
      if (['of', 'for'].includes(tokens[h + 1]?.lower ?? '') && !['government', 'administration'].includes(head.lower)) {
        let k = h + 2;
        if (tokens[k]?.lower === 'the') k++;
        while (k < s.end) {
          const w = tokens[k] as Token;
          const at = candidateAt(f, k);
          if (at && isStateMention(f, at.c) && at.c.first === k) {
            // "Party of Peru", "Liberation of Congo": a state ends the name.
            ownState = last === h && k <= h + 3;
            absorbed.push(at.index);
            last = at.c.end - 1;
            k = at.c.end;
            special = true;
            // "for Syrian Revolutionary and Opposition Forces": a demonym inside the name goes on.
            if (isCapitalWord(tokens[k]) && !f.covered(k)) {
              ownState = false;
              continue;
            }
            break;
          }
          if (f.covered(k)) break;
          if (isCapitalWord(w)) last = k;
          else if (!(['of', 'for', 'and', 'the'].includes(w.lower) && isCapitalWord(tokens[k + 1]))) break;
          k++;
          if (k - h > 8) break;
        }
      }
      // Left: name words, ordinals, and a state's name or demonym inside the name.
      let first = h;
      while (first - 1 >= s.first) {
        const w = tokens[first - 1] as Token;
        const at = candidateAt(f, first - 1);
        if (at) {
          if (!isStateMention(f, at.c) || at.c.end !== first) break;
          const prior = tokens[at.c.first - 1];
          // Only where the name goes on before it ("Coalition for Syrian ...") or it opens a name of
          // proper words that are not all organ words ("Sudan Revolutionary Front", not "Nigerian Army").
          const continues = prior !== undefined && (['for', 'of'].includes(prior.lower) && isCapitalWord(tokens[at.c.first - 2]));
          const opens = !allOrganWords(tokens, first, h + 1) && (tokens[at.c.first - 1]?.lower !== "'s");
          if (!continues && !opens) break;
          if (at.c.form === 'demonym' && !continues && tokens[at.c.first - 1]?.lower !== 'the' && at.c.first !== s.first) break;
          absorbed.push(at.index);
          special = true;
          first = at.c.first;
          continue;
        }
        if (isCapitalWord(w) && !TITLE_HEADS.has(w.lower)) first--;
        else if (ORDINAL.test(w.text) && ARMED_HEADS.has(head.lower)) {
          first--;
          special = true;
        } else if (['of', 'for', 'and'].includes(w.lower) && (isCapitalWord(tokens[first - 2]) || candidateAt(f, first - 2) !== null)) first--;
        else if (w.text === '-' && w.space === '' && isCapitalWord(tokens[first - 2])) first--;
        else break;
      }
      while (first < h && ['of', 'for', 'and', 'the', '-'].includes((tokens[first] as Token).lower)) first++;
      if (first === s.first && (tokens[first] as Token).pos !== 'PROPN' && !ORDINAL.test((tokens[first] as Token).text) && candidateAt(f, first) === null) first++;
      if (!special) continue;
      // "Supreme Court of Pakistan", "Army of Ukraine": the state's own organ, left to the state.
      if (ownState && allOrganWords(tokens, first, h + 1)) continue;
      if (h - first < 1 && last === h) continue;
      if (allOrganWords(tokens, first, last + 1)) continue;
      const words = tokens.slice(first, last + 1);
      if (words.some((w) => CALENDAR_WORDS.has(w.lower))) continue;
      if (words.some((w) => OUTLET_WORDS.has(w.lower))) {
        // "the Cyprus News Agency reported": provenance, for every later pass too.
        for (const index of absorbed) f.release(index);
        for (let k = first; k <= last; k++) f.outletAt[k] = 1;
        h = last;
        continue;
      }
      for (const index of absorbed) f.release(index);
      const name = f.doc.text.slice((words[0] as Token).start, (words[words.length - 1] as Token).end);
      const text = name.toLowerCase();
      const kind: ActorKind = PARTY_HEADS.has(head.lower)
        ? 'party'
        : ARMED_HEADS.has(head.lower) || /liberation|resistance|revolutionary|mujahideen|jihad/.test(text)
          ? 'armed-group'
          : 'organization';
      const id = f.newActor(name, 'ORGANIZATION', kind, null);
      f.add({ actorId: id, first, end: last + 1, form: 'organisation' });
      f.learn(words.map((w) => w.text), id, false);
      h = last;
    }
  }
}

/**
 * "the ruling Georgian Dream party", "the opposition Tisza party": a proper name before a lower-case
 * party head names a party (the head stays out of the name); a demonym may open the name.
 */
export function scanPartyNames(f: MentionSink): void {
  const { tokens, sentences } = f.doc;
  for (const s of sentences) {
    for (let h = s.first + 2; h < s.end; h++) {
      const head = tokens[h] as Token;
      if (!LOWER_PARTY_HEADS.has(head.text) || f.covered(h)) continue;
      let first = h;
      let proper = 0;
      while (first - 1 >= s.first && !f.covered(first - 1) && isCapitalWord(tokens[first - 1]) && !TITLE_HEADS.has((tokens[first - 1] as Token).lower)) {
        first--;
        proper++;
      }
      if (proper === 0 || proper > 4) continue;
      const opener = candidateAt(f, first - 1);
      if (opener && opener.c.form === 'demonym' && opener.c.end === first && isStateMention(f, opener.c)) first = opener.c.first;
      else if (opener) continue;
      const before = tokens[first - 1];
      if (!before || !['ruling', 'opposition', 'governing', 'the', 'main', 'nationalist', 'far-right', 'right-wing', 'left-wing', 'centrist', 'islamist', 'conservative', 'liberal', 'populist', "'s"].includes(before.lower)) continue;
      if (first === (opener?.c.first ?? -1)) f.release(opener?.index ?? -1);
      const words = tokens.slice(first, h);
      // ("the West African bloc", "the Arab bloc": a region describes a bloc; it names no party.)
      if (words.every((w) => REGION_WORDS.has(w.lower) || w.text === '-')) continue;
      const name = f.doc.text.slice((words[0] as Token).start, (words[words.length - 1] as Token).end);
      const id = f.newActor(name, 'ORGANIZATION', 'party', null);
      f.add({ actorId: id, first, end: h + 1, form: 'organisation' });
      f.learn(words.map((w) => w.text), id, false);
    }
  }
}

const MINOR = set('of for and the in on at to de du des la le al el');

function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !MINOR.has(w));
}

/**
 * Whether a long form defined in the text ("Ambazonia Defence Forces (ADF)") can be the known
 * actor its short form names elsewhere: it shares most of its content words with the actor's name
 * or one alias. Abbreviations are per article: another long form is another actor.
 */
export function longFormFits(info: ActorInfo, longForm: string): boolean {
  const words = contentWords(longForm);
  if (words.length === 0) return true;
  for (const name of [info.name, ...info.aliases]) {
    const known = new Set(contentWords(name));
    if (known.size < 2) continue;
    const shared = words.filter((w) => known.has(w)).length;
    if (shared * 2 > words.length) return true;
  }
  return false;
}

/**
 * After a short form was defined for `newId` in this article, its other mentions there that the
 * lexicon gave to `oldId` are the new actor too ("The ADF denied" after "Ambazonia Defence Forces
 * (ADF)").
 */
export function relabelShortForm(f: MentionSink, shortForm: string, oldId: string, newId: string): void {
  const { tokens } = f.doc;
  for (const c of f.candidates) {
    if (c.actorId !== oldId || c.end - c.first !== 1) continue;
    if ((tokens[c.first] as Token).text === shortForm) c.actorId = newId;
  }
}

/** Ranks and titles written before a name, abbreviated or not: never part of the person's name. */
const RANK_WORDS = set(`
  gen gen. general lt lt. lieutenant col col. colonel maj maj. major capt capt. captain brig brig. brigadier
  adm adm. admiral sgt sgt. sergeant cmdr cmdr. commander field marshal president minister premier chief
  sheikh sheik imam ayatollah mullah emir prince king queen senator rep rep. gov gov. governor prof prof.
  dr dr. mr mr. mrs mrs. ms ms. sir dame lord lady judge justice pastor bishop archbishop cardinal
`);

function isRankWord(t: Token): boolean {
  return RANK_WORDS.has(t.lower) || TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || HONORIFICS.has(t.lower);
}

/**
 * The first token of a person's own name in [first, end): ranks and titles before it ("Gen.",
 * "Chief Minister") are roles, not the name. Keeps at least one word.
 */
export function personNameStart(tokens: readonly Token[], first: number, end: number): number {
  let k = first;
  while (k < end - 1 && isRankWord(tokens[k] as Token)) k++;
  while (k < end - 1 && (tokens[k] as Token).text === '.') k++;
  return k;
}

/**
 * "Name, the chairperson of the African Union Commission,": the actor a role is "of" or "for",
 * right after the role's head; the candidate index, or -1.
 */
export function roleOwnerAfter(f: MentionSink, head: number): number {
  const { tokens } = f.doc;
  if (!['of', 'for', 'at'].includes(tokens[head + 1]?.lower ?? '')) return -1;
  let k = head + 2;
  if (tokens[k]?.lower === 'the') k++;
  const at = candidateAt(f, k);
  if (!at?.c.actorId || at.c.first !== k) return -1;
  const info = f.actor(at.c.actorId);
  if (!info || info.type === 'PERSON' || at.c.form === 'capital' || at.c.form === 'city') return -1;
  return at.index;
}

/** Verbs of a relative clause that make a person the leader of what follows: "who leads the M23". */
const LEADS_VERBS = set('leads led heads headed commands commanded chairs chaired runs ran founded co-founded directs directed');

/** Verbs after a bare "First Last" that make it a person speaking or acting. */
const PERSON_VERBS = set(`
  said says told added accused denied warned urged called rejected criticised criticized demanded
  stated insisted claimed announced vowed threatened blamed condemned dismissed
`);

/** Words that make a capitalised run an outlet's or publication's name, never a person's. */
const PUBLICATION_WORDS = set('times post herald tribune journal gazette daily telegraph guardian observer express mail star monitor chronicle standard independent');

/** A run of 2-4 proper name words at [first, …), uncovered; returns the end or -1. */
function bareNameEnd(f: MentionSink, first: number, limit: number): number {
  const { tokens } = f.doc;
  let k = first;
  let words = 0;
  while (k < limit && words < 4) {
    const t = tokens[k] as Token;
    // "Jean-Pierre Bemba": a hyphen glued on both sides joins two parts of one name word.
    if (t.text === '-' && t.space === '' && words > 0 && tokens[k + 1]?.space === '' && isCapitalWord(tokens[k + 1])) {
      k++;
      continue;
    }
    if (f.covered(k) || !isCapitalWord(t) || t.pos !== 'PROPN' || t.text.endsWith('.')) break;
    const w = t.lower;
    if (ORG_HEADS.has(w) || EXTRA_ORG_HEADS.has(w) || GENERIC_ORG_WORDS.has(w) || PLACE_HEADS.has(w) || OUTLET_WORDS.has(w) || PUBLICATION_WORDS.has(w) || isRankWord(t)) return -1;
    k++;
    words++;
  }
  return words >= 2 && (tokens[k - 1] as Token).text !== '-' ? k : -1;
}

function addBarePerson(f: MentionSink, first: number, end: number, affiliation: string | null): string {
  const { tokens } = f.doc;
  const parts = tokens.slice(first, end);
  const name = f.doc.text.slice((parts[0] as Token).start, (parts[parts.length - 1] as Token).end);
  const id = f.newActor(name, 'PERSON', 'person', affiliation);
  f.add({ actorId: id, first, end, form: 'person' });
  f.learn(parts.map((t) => t.text), id, false);
  const surname = parts[parts.length - 1] as Token;
  if (surname.text.length > 2) f.learn([surname.text], id, false);
  return id;
}

/**
 * Pass after the organisation passes: people no role introduced. "Name, who leads the Movement for
 * the Liberation of Congo," gives a person affiliated to what they lead; a bare "First Last said"
 * at the head of a clause gives a person (never after "by": bylines are not actors).
 */
export function scanNamedPeople(f: MentionSink): void {
  const { tokens, sentences } = f.doc;
  for (const s of sentences) {
    for (let i = s.first; i < s.end; i++) {
      if (f.covered(i)) continue;
      const prev = tokens[i - 1];
      const opensClause = i === s.first || (prev !== undefined && [',', 'and', 'but', 'that', ';', '"', "'"].includes(prev.lower) && prev.sentence === s.index);
      if (!opensClause) continue;
      const end = bareNameEnd(f, i, s.end);
      if (end === -1) continue;
      const next = tokens[end];
      if (!next) continue;
      // "Name, who leads the X,": the relative clause names what the person leads.
      if (next.text === ',' && tokens[end + 1]?.lower === 'who' && LEADS_VERBS.has(tokens[end + 2]?.lower ?? '')) {
        let k = end + 3;
        if (tokens[k]?.lower === 'the') k++;
        const at = candidateAt(f, k);
        const info = at?.c.actorId ? f.actor(at.c.actorId) : undefined;
        if (at && info && info.type !== 'PERSON' && at.c.first === k) {
          addBarePerson(f, i, end, info.id);
          i = end;
        }
        continue;
      }
      if (next.pos === 'VERB' && PERSON_VERBS.has(next.lower)) {
        addBarePerson(f, i, end, null);
        i = end;
      }
    }
  }
}


/** Modifiers that make "the government" the whole state's, not a region's: "the federal government". */
const CENTRAL_MODIFIERS = set('federal central national union');

/**
 * "the federal government", "the central authorities": when reference resolution found a region
 * or de facto polity, the state it belongs to is meant. Other resolutions pass through.
 */
export function stateOverRegion(f: MentionSink, actorId: string | null, fit: string, from: number, head: number): string | null {
  if (actorId === null || fit !== 'government') return actorId;
  const { tokens } = f.doc;
  let central = false;
  for (let k = from; k < head; k++) if (CENTRAL_MODIFIERS.has((tokens[k] as Token).lower)) central = true;
  if (!central) return actorId;
  const info = f.actor(actorId);
  if (!info || info.kind === 'country' || info.affiliation === null) return actorId;
  const state = f.actor(info.affiliation);
  if (state?.kind !== 'country') return actorId;
  return f.kb.governorOf.get(state.id) ?? state.id;
}
