import { RELATION_TYPE_INFO, type RelationType } from '../../domain/index.js';
import type { ActorInfo, KnowledgeBase } from '../knowledge.js';
import { datelineState, type DocActors, type Mention } from '../mentions.js';
import type { AnalysedText, Sentence, Token } from '../nlp.js';
import { ACCUSATION_NOUNS, ARTIFACT_NOUNS, EVENT_NOUNS, FALSEHOOD_WORDS, GIVE_LEMMAS, MILITARY_ACTIVITY, NOUN_TRIGGERS, VERB_TRIGGERS } from '../triggers.js';
import { SPEECH_LEMMAS } from '../vocabulary.js';
import { AGENT_NOUNS, type Arg, STRUCK_PLACES, BACKING_PARTICIPLES, BE_FORMS, CALENDAR_DAYS, CLAIM_NOUNS, CLAUSE_BREAKS, DYAD_WORDS, GENERIC_TARGETS, GLUED_MODIFIERS, GROUP_HEADS, HEDGES, HOLD_NOUNS, IRREALIS, IRREGULAR_PARTICIPLES, IRREGULAR_PAST, KIN_NOUNS, type Memory, MESSAGE_NOUNS, MILITARY_TARGETS, NEGATIONS, NEGATIVE_JUDGEMENTS, judgementAt, nounLemma, OBJECT_CONTROL, OWNED_ACTS, PROJECTILES, type RawRelation, RELATIVES, type Role, SUBORDINATORS, TITLE_WORDS, UNNAMED_FIGHTERS, type VerbFrame, verbLemma, WITNESS_ROLES } from './words.js';

/** People of a state who act for themselves, not for it: "Dominican arms traffickers", "Chinese nationals". */
const PRIVATE_PEOPLE = new Set(['traffickers', 'smugglers', 'nationals', 'citizens', 'migrants', 'refugees', 'fishermen', 'businessmen', 'businessman', 'tourists', 'students', 'criminals', 'gangsters', 'dealers', 'pirates', 'poachers', 'company', 'companies', 'firm', 'firms', 'executives', 'investors', 'lenders', 'banks', 'shipowners', 'men', 'women', 'man', 'woman', 'voters', 'residents', 'villagers', 'minority', 'community', 'communities', 'population', 'pilgrims', 'workers']);

/** Words after a demonym that make the people a community or a camp, not the state: "Syrian Kurdish officials". */
const NON_STATE_MODIFIERS = new Set(['kurdish', 'druze', 'alawite', 'tuareg', 'baloch', 'pashtun', 'rohingya', 'uyghur', 'uighur', 'tamil', 'yazidi', 'christian', 'sunni', 'shia', 'shiite', 'opposition', 'rebel', 'rebels', 'dissident', 'dissidents', 'exiled', 'exile', 'separatist', 'separatists', 'jihadist', 'jihadists', 'islamist', 'islamists', 'insurgent', 'insurgents']);

/** Nouns that name the act of a verb told before: "fired missiles ... the launches", "violated Polish airspace ... the incursion". */
const ACT_NOUNS_OF: Readonly<Record<string, readonly string[]>> = {
  fire: ['launch', 'test', 'attack', 'strike', 'shelling'],
  launch: ['launch', 'test', 'attack', 'strike'],
  test: ['launch', 'test'],
  violate: ['incursion', 'intrusion', 'violation', 'breach'],
  enter: ['incursion', 'intrusion', 'violation'],
  cross: ['incursion', 'intrusion', 'violation'],
  fly: ['incursion', 'intrusion', 'violation', 'flight'],
  arrest: ['arrest', 'detention'],
  detain: ['arrest', 'detention'],
  sink: ['strike', 'attack', 'sinking'],
  hit: ['strike', 'attack'],
  bomb: ['strike', 'attack', 'bombing', 'raid'],
  shell: ['attack', 'shelling', 'bombardment'],
  seize: ['seizure', 'capture'],
  capture: ['seizure', 'capture'],
  expel: ['expulsion', 'decision', 'move'],
  kill: ['killing', 'killings', 'attack', 'strike'],
  stage: ['drill', 'exercise', 'manoeuvre', 'maneuver'],
  hold: ['drill', 'exercise', 'manoeuvre', 'maneuver', 'vote', 'election', 'poll', 'referendum', 'meeting', 'talks'],
  conduct: ['drill', 'exercise', 'manoeuvre', 'maneuver', 'strike', 'raid', 'operation'],
  meet: ['visit', 'trip', 'meeting'],
  visit: ['visit', 'trip'],
  travel: ['visit', 'trip'],
  shoot: ['downing', 'shooting', 'attack'],
  down: ['downing'],
  announce: ['announcement', 'declaration', 'decision', 'move', 'plan'],
  declare: ['declaration', 'announcement'],
  pass: ['law', 'vote', 'bill', 'legislation'],
  adopt: ['law', 'vote', 'bill', 'legislation', 'resolution'],
  trigger: ['step', 'move', 'decision'],
  impose: ['sanctions', 'step', 'move', 'decision', 'measures'],
};

/** Military places a state owns where it stands: "a base in Somalia", "a convoy in Mali". */
/** Nouns for a state's armed means after its name ("U.S. jets", "Israeli warplanes"). */
const FORCE_NOUNS = new Set(['jets', 'warplanes', 'forces', 'troops', 'aircraft', 'drones', 'warships', 'officials', 'leaders']);

const PLACED_TARGETS = new Set(['convoy', 'convoys', 'outpost', 'checkpoint', 'checkpoints', 'garrison', 'camp', 'camps', 'post', 'airbase', 'position', 'hideout', 'hideouts', 'stronghold', 'strongholds', 'sanctuaries']);

/**
 * The grammar every rule shares: mentions as arguments, coordination, subjects and objects of verbs,
 * passive agents, modality and negation, the pair in view, and emitting a relation.
 */
export class ClauseRules {
  readonly out: RawRelation[] = [];

  /** Tokens already read as part of another trigger's pattern in this sentence. */
  done = new Set<number>();

  /** The remembered pair when it was named in the last few sentences ("both sides", "between them"). */
  inView: [Arg, Arg] | null = null;
  /** Whether the verb being read opens a relative aside (", who met his counterpart"): background, not the pair in view. */
  asideVerb = false;

  constructor(
    readonly kb: KnowledgeBase,
    readonly doc: AnalysedText,
    readonly actors: DocActors,
    readonly memory: Memory,
  ) {}

  get tokens(): readonly Token[] {
    return this.doc.tokens;
  }

  info(id: string): ActorInfo | undefined {
    return this.actors.actors.get(id) ?? this.kb.actors.get(id);
  }

  mentionAt(k: number): Mention | null {
    const index = this.actors.mentionAt[k] ?? -1;
    return index === -1 ? null : (this.actors.mentions[index] ?? null);
  }

  /** The actor a mention stands for in a role: capitals are their government, or a place when attacked. */
  argOf(m: Mention, role: Role): Arg | null {
    if (m.absorbed && m.form !== 'abbreviation') return null;
    const placeOk = role === 'attack-target' || (role === 'recipient' && m.form === 'capital');
    if (m.place && !placeOk) return null;
    let weight = m.resolved ? 0.85 : 1;
    let actorId = m.actorId;
    if (m.form === 'capital') {
      if (role !== 'attack-target') actorId = this.kb.governorOf.get(actorId) ?? actorId;
      weight *= 0.9;
    }
    if (m.form === 'demonym') weight *= 0.95;
    // "accused Dominican arms traffickers": private people of a state are not the state.
    if (m.form === 'demonym' && role !== 'attack-target' && [this.tokens[m.end], this.tokens[m.end + 1], this.tokens[m.end + 2]].some((w) => w !== undefined && PRIVATE_PEOPLE.has(w.lower))) return null;
    // "a former Haitian senator": someone no longer acting for the state.
    if (m.form === 'demonym' && role !== 'attack-target' && ['former', 'ex', 'retired', 'exiled'].includes(this.tokens[m.first - 1]?.lower ?? '')) return null;
    // "Syrian Kurdish officials", "Syrian opposition figures": a community or a camp within the state, not the state.
    if (m.form === 'demonym' && role !== 'attack-target' && NON_STATE_MODIFIERS.has(this.tokens[m.end]?.lower ?? '')) return null;
    if (m.form === 'organisation') weight *= 0.9;
    return { actorId, mention: m, weight };
  }

  isVerb(t: Token | undefined): boolean {
    return !!t && (t.pos === 'VERB' || (t.pos === 'AUX' && !BE_FORMS.has(t.lower)));
  }

  /** The token before an "on Friday" ending at `k`, else `k`. */
  beforeDay(k: number): number {
    return CALENDAR_DAYS.has(this.tokens[k]?.lower ?? '') && this.tokens[k - 1]?.lower === 'on' ? k - 2 : k;
  }

  isParticiple(t: Token): boolean {
    return t.lower.endsWith('ed') || t.lower.endsWith('en') || IRREGULAR_PARTICIPLES.has(t.lower);
  }

  /** Mentions in [from, to), coordinated runs included, usable in `role`. */
  argsIn(from: number, to: number, role: Role): Arg[] {
    for (let k = from; k < to; k++) {
      const m = this.mentionAt(k);
      if (!m) continue;
      const arg = this.argOf(m, role);
      // "The Iran-aligned group": the glued actor modifies the head, it is not the subject.
      const glued = this.tokens[m.end]?.text === '-' && this.tokens[m.end]?.space === '' && this.tokens[m.end + 1]?.space === '' && this.tokens[m.end + 1]?.lower !== 'led';
      // "Sudan's army-aligned government": the government of the state the glued force belongs to.
      const owner = glued ? this.info(m.actorId)?.affiliation : null;
      if (owner && ['government', 'administration', 'authorities', 'cabinet'].includes(this.tokens[m.end + 2]?.lower ?? '') && this.info(owner)?.kind === 'country') {
        return [{ actorId: owner, mention: null, weight: 0.9 }];
      }
      if (!arg || (glued && role === 'agent')) {
        k = m.end - 1;
        continue;
      }
      // "Yemen's Houthis attacked", "Khalifa Haftar's Libyan National Army": the possessed group heads the phrase.
      const possessed = this.possessedHead(m, to);
      if (possessed) {
        const head = this.argOf(possessed, role);
        if (head) return this.coordinated(possessed, head, to, role);
      }
      return this.coordinated(m, arg, to, role);
    }
    return [];
  }

  /** "X, Y and Z": the run of mentions joined by commas and "and" after `m`. */
  coordinated(m: Mention, first: Arg, limit: number, role: Role): Arg[] {
    const args = [first];
    const { tokens } = this;
    let k = this.phraseEnd(m, limit);
    if (k < 0) return args;
    let closed = false;
    // "Under the deal mediated by Qatar, Israel and Hamas agreed": the agent of a participle opening
    // the sentence ends at the comma after which the main clause's subject comes.
    const s = this.doc.sentences[m.sentence];
    const openingAgent = !!s && tokens[m.first - 1]?.lower === 'by' && m.first - 2 >= s.first && this.isParticiple(tokens[m.first - 2] as Token) && this.inOpeningPhrase(m.first - 2, s);
    for (;;) {
      let j = k;
      // "Qatar and Egypt, Israel and Hamas": a list closed by "and" does not go on after a comma.
      if (closed && tokens[j]?.text === ',') break;
      if (openingAgent && tokens[j]?.text === ',' && this.subjectBeforeVerb(j + 1, limit)) break;
      if (tokens[j]?.text === ',') j++;
      if (tokens[j]?.lower === 'and' || tokens[j]?.lower === 'or') closed = true;
      if (tokens[j]?.lower === 'and' || tokens[j]?.lower === 'or') j++;
      else if (j === k) break;
      else {
        // A bare comma lists only when the list goes on: "Mali, Burkina Faso and Niger", "Egypt, the UAE and Russia", "the Arab League, the OIC and the GCC".
        const at = tokens[j]?.lower === 'the' ? j + 1 : j;
        let listed = this.mentionAt(at);
        if (!listed || listed.first !== at) break;
        // ("Macron, British Prime Minister Keir Starmer and ...": past the demonym and the title.)
        if (listed.absorbed && listed.form !== 'abbreviation') {
          let q = listed.end;
          while (q < Math.min(limit, listed.end + 4) && !this.mentionAt(q) && (TITLE_WORDS.has((tokens[q] as Token).lower) || (tokens[q] as Token).pos === 'PROPN')) q++;
          const named = this.mentionAt(q);
          if (named && named.first === q) listed = named;
        }
        const after = this.phraseEnd(listed, limit);
        const closer = after < 0 ? undefined : tokens[after];
        if (!closer || !(closer.text === ',' || closer.lower === 'and' || closer.lower === 'or')) break;
      }
      // "and the opposition Unitary Platform", "and Russian President Vladimir Putin"
      let skipped = 0;
      let personal = false;
      while (j < limit && skipped < 5) {
        const t = tokens[j] as Token;
        const here = this.mentionAt(j);
        if (here && !(here.absorbed && here.form !== 'abbreviation')) break;
        if (here) {
          j = here.end;
          skipped++;
          continue;
        }
        // "and its offshoot ISWAP", "and allied Wazalendo militias", "Burkina Faso and its ally Niger",
        // "Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov".
        if (['his', 'her'].includes(t.lower)) personal = true;
        if (t.lower === 'the' || t.lower === "'s" || ['its', 'their', 'his', 'her', 'allied'].includes(t.lower) || ((t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN') && !CLAUSE_BREAKS.has(t.text))) {
          j++;
          skipped++;
          continue;
        }
        break;
      }
      if (j >= limit) break;
      let next = this.mentionAt(j);
      if (!next || next.first !== j) break;
      // "armed Hezbollah, the Houthis and Iraqi militias": militias of a nationality are not its state.
      if (next.form === 'demonym' && role !== 'agent' && ['militias', 'militia', 'militants', 'groups', 'factions', 'rebels', 'insurgents'].includes(tokens[next.end]?.lower ?? '')) break;
      // "between the SDF and Turkey-backed factions": the backer glued to the head is not a party;
      // "and the UAE-backed RSF": the head it modifies is.
      if (this.backerModifier(next)) {
        const head = this.mentionAt(next.end + 2);
        if (!head || head.first !== next.end + 2) break;
        next = head;
      }
      // "Pakistan and Afghanistan's Taliban": the possessed group is the one listed.
      next = this.possessedHead(next, limit) ?? next;
      // "Putin and his defence minister Andrei Belousov": his own official is no second side.
      const listed = next;
      if (personal && args.some((a) => this.sideOf(a.actorId) === this.sideOf(listed.actorId))) break;
      // "condemned the Israeli raid, and Iraq called for calm": ", and" before a new clause's subject.
      const nextEnd = this.phraseEnd(next, limit);
      if (role !== 'agent' && args.length === 1 && tokens[j - 2]?.text === ',' && nextEnd >= 0 && this.isVerb(tokens[nextEnd]) && !(tokens[nextEnd] as Token).lower.endsWith('ing') && tokens[nextEnd + 1]?.lower !== 'by') break;
      const arg = this.argOf(next, role);
      if (!arg) break;
      args.push(arg);
      k = this.phraseEnd(next, limit);
      if (k < 0) break;
    }
    return args;
  }

  /**
   * "Yemen's Houthis", "Khalifa Haftar's Libyan National Army": the armed group or army a
   * possessive names, which heads the phrase; null otherwise.
   */
  protected possessedHead(m: Mention, limit: number): Mention | null {
    if (this.tokens[m.end]?.lower !== "'s") return null;
    const possessed = this.mentionAt(m.end + 1);
    if (!possessed || possessed.first !== m.end + 1 || possessed.end > limit || possessed.actorId === m.actorId) return null;
    const info = this.info(possessed.actorId);
    // ("Myanmar's National Unity Government": a rival government of the state is its own actor.)
    const ruler = this.kb.governorOf.get(m.actorId);
    const rival = info?.kind === 'government' && ruler !== undefined && ruler !== possessed.actorId;
    return info && info.type === 'ORGANIZATION' && (['armed-group', 'military'].includes(info.kind) || rival) ? possessed : null;
  }

  /** "Turkey-backed factions", "Saudi-backed forces": a backer glued to the noun it modifies. */
  protected backerModifier(m: Mention): boolean {
    const { tokens } = this;
    const dash = tokens[m.end];
    const participle = tokens[m.end + 1];
    return dash?.text === '-' && dash.space === '' && !!participle && ['backed', 'supported', 'sponsored', 'funded', 'armed', 'allied', 'aligned', 'financed', 'trained'].includes(participle.lower);
  }

  /**
   * Where the noun phrase headed by mention `m` ends, for coordination: after "(ABBR)", after
   * the head noun of "Pakistani officials", after the possessed noun of "Ethiopia's federal
   * government". -1 when the phrase cannot be coordinated ("Afghanistan's Kabul and Paktia").
   */
  protected phraseEnd(m: Mention, limit: number): number {
    const { tokens } = this;
    let k = m.end;
    if (tokens[k]?.text === '(' && this.mentionAt(k + 1) && tokens[k + 2]?.text === ')') k += 3;
    if (tokens[k]?.lower === "'s") {
      k++;
      const possessed = this.mentionAt(k);
      // "Afghanistan's Taliban and Pakistan": a government-in-fact of the state ends its phrase.
      const government = possessed && possessed.first === k ? this.info(possessed.actorId) : undefined;
      if (government?.type === 'ORGANIZATION' && government.kind === 'government' && possessed) k = possessed.end;
      else if (possessed) return -1;
    }
    // ("the Israeli negotiating team and Hamas": a participle naming the kind of team.)
    while (k < limit && (['NOUN', 'ADJ'].includes((tokens[k] as Token).pos) || ((tokens[k] as Token).lower.endsWith('ing') && ['team', 'teams', 'delegation', 'delegations'].includes(tokens[k + 1]?.lower ?? ''))) && !this.mentionAt(k)) k++;
    return k;
  }

  /**
   * The subject of the verb at `v`: walk left over auxiliaries and adverbs, then over the subject
   * span to a clause boundary; comma-enclosed asides ("Trump, speaking at a summit, said") are
   * skipped; relative pronouns take their antecedent; a coordinated verb ("accused X and warned
   * Y") shares the first verb's subject.
   */
  /**
   * "Government forces backed by Ugandan troops attacked the White Army": a subject with a backing
   * participle and no commas; the backer after "by" is not the subject.
   */
  protected backedSubject(v: number, s: Sentence, role: Role): VerbFrame | null {
    const { tokens } = this;
    let k = v - 1;
    if (k <= s.first) return null;
    while (k > s.first && ['ADV', 'AUX'].includes(tokens[k]?.pos ?? '')) k--;
    // ("backed by Ugandan troops": a demonym before a force noun.)
    if (['troops', 'forces', 'soldiers', 'jets', 'drones', 'warplanes', 'aircraft', 'fighters'].includes(tokens[k]?.lower ?? '') && k - 1 > s.first && this.mentionAt(k - 1)?.form === 'demonym') k--;
    const backer = this.mentionAt(k);
    if (!backer || backer.end !== k + 1) return null;
    let b = backer.first - 1;
    if (tokens[b]?.lower === 'the') b--;
    if (tokens[b]?.lower !== 'by' || !['backed', 'supported', 'aided', 'assisted'].includes(tokens[b - 1]?.lower ?? '') || b - 2 < s.first) return null;
    const subject = this.mentionAt(b - 2);
    if (!subject || subject.end !== b - 1) return null;
    const arg = this.argOf(subject, role);
    if (!arg) return null;
    // The subject opens its clause: the sentence's start, a conjunction, a comma or a speech verb before it.
    let f = subject.first - 1;
    if (tokens[f]?.lower === 'the') f--;
    const opener = tokens[f];
    if (f >= s.first && opener && !(CLAUSE_BREAKS.has(opener.text) || [',', 'as', 'when', 'while', 'after', 'and', 'but', 'that', '-', '—'].includes(opener.lower) || (opener.pos === 'VERB' && SPEECH_LEMMAS.has(opener.lemma)))) return null;
    return { clauseStart: f + 1, subjects: [arg] };
  }

  subjectOf(v: number, s: Sentence, role: Role = 'agent', depth = 0): VerbFrame {
    const { tokens } = this;
    const backed = this.backedSubject(v, s, role);
    if (backed) return backed;
    // ("Saudi Arabia was reported to have held talks", "Iran is believed to be arming": the subject
    // of the raising verb is the actor.)
    if (depth < 3) {
      let r = v - 1;
      if (['have', 'be', 'been', 'had'].includes(tokens[r]?.lower ?? '')) r--;
      if (tokens[r]?.lower === 'have' || tokens[r]?.lower === 'be') r--;
      if (tokens[r]?.lower === 'to' && ['reported', 'said', 'believed', 'thought', 'alleged', 'understood', 'known', 'rumoured', 'rumored', 'suspected', 'seen'].includes(tokens[r - 1]?.lower ?? '')) {
        let b = r - 2;
        while (b > s.first && (tokens[b] as Token).pos === 'ADV') b--;
        if (BE_FORMS.has(tokens[b]?.lower ?? '')) return this.subjectOf(b, s, role, depth + 1);
      }
    }
    // "Ethiopia has thousands of soldiers in Somalia fighting al Shabaab": a participle after a place
    // modifies the force placed there, whose owner is the main clause's subject.
    // ("Sudan filed a complaint at the ICJ accusing Abu Dhabi": a speech act's participle after a
    // place or a venue is the main clause's.)
    // ("were financing and directing Fano militias fighting federal troops": a participle right after a
    // named object is that object's act.)
    if (depth < 3 && (tokens[v] as Token).lower.endsWith('ing') && ['militias', 'militia', 'militiamen', 'fighters', 'rebels', 'forces', 'troops', 'insurgents', 'militants', 'groups', 'gangs', 'guerrillas', 'gunmen', 'combatants', 'units'].includes(tokens[v - 1]?.lower ?? '')) {
      const inner = this.mentionAt(v - 1);
      const named = inner && inner.end === v ? inner : this.mentionAt(v - 2)?.end === v - 1 ? this.mentionAt(v - 2) : null;
      const before = named ? tokens[named.first - 1] : undefined;
      const objectOf = before && (this.isVerb(before) || /(ing|ed)$/.test(before.lower) || ['and', ','].includes(before.lower));
      const arg = named && named.form !== 'demonym' && objectOf ? this.argOf(named, role) : null;
      if (arg && this.info(arg.actorId)?.kind === 'armed-group') return { clauseStart: named?.first ?? v, subjects: [arg] };
    }
    // ("flown to the Netherlands on a warrant accusing him": the warrant speaks for whoever issued it.)
    if (depth < 3 && (tokens[v] as Token).lower.endsWith('ing') && ['warrant', 'warrants', 'indictment', 'indictments', 'subpoena'].includes(tokens[v - 1]?.lower ?? '')) {
      const main = this.previousFiniteVerb(v - 1, s);
      if (main !== -1 && ['issue', 'unseal', 'file', 'bring', 'seek', 'sign', 'approve', 'hand'].includes(verbLemma(tokens[main] as Token))) return this.subjectOf(main, s, role, depth + 1);
      return { clauseStart: v, subjects: [] };
    }
    const placed = (tokens[v] as Token).lower.endsWith('ing') ? this.mentionAt(v - 1) : null;
    const speechParticiple = (VERB_TRIGGERS.get(verbLemma(tokens[v] as Token)) ?? []).some((r) => ['ACCUSES', 'CRITICIZES', 'DEMANDS', 'DENIES', 'THREATENS'].includes(r.type));
    const venue = placed !== null && ['at', 'before', 'in', 'to'].includes(tokens[(tokens[placed.first - 1]?.lower === 'the' ? placed.first - 2 : placed.first - 1)]?.lower ?? '') && speechParticiple;
    if (depth < 3 && placed && placed.end === v && (venue || (['in', 'inside', 'near', 'across', 'into', 'at'].includes(tokens[placed.first - 1]?.lower ?? '') && ['troops', 'soldiers', 'forces', 'fighters', 'personnel', 'units'].includes(tokens[placed.first - 2]?.lower ?? '')))) {
      const main = this.previousFiniteVerb(placed.first - 2, s);
      if (main !== -1) return this.subjectOf(main, s, role, depth + 1);
      return { clauseStart: v, subjects: [] };
    }
    let k = v - 1;
    // "Qatar has since brokered": "since" right after an auxiliary is an adverb, not a subordinator.
    // ('Beijing "firmly opposes"': a quote that opens on the verb phrase stands between it and its subject.)
    // "Qatar has for months mediated": a duration between the auxiliary and the verb.
    const duration = (j: number): number => {
      // ("The army has in recent weeks carried out", "have in the past accused": a time phrase, too.)
      if (tokens[j]?.lower === 'past' && tokens[j - 1]?.lower === 'the' && tokens[j - 2]?.lower === 'in' && ['has', 'have', 'had'].includes(tokens[j - 3]?.lower ?? '')) return j - 2;
      if (!['years', 'months', 'weeks', 'decades', 'days'].includes(tokens[j]?.lower ?? '')) return -1;
      let f = j - 1;
      if (['many', 'several', 'some', 'two', 'three', 'few', 'recent', 'past', 'last', 'coming'].includes(tokens[f]?.lower ?? '') || tokens[f]?.pos === 'NUM') f--;
      if (['the'].includes(tokens[f]?.lower ?? '')) f--;
      return ['for', 'in', 'over'].includes(tokens[f]?.lower ?? '') && ['has', 'have', 'had'].includes(tokens[f - 1]?.lower ?? '') ? f : -1;
    };
    for (let guard = 0; guard < 4; guard++) {
      while (k >= s.first && this.isModifierOfVerb(tokens[k] as Token)) k--;
      // "Rwanda in turn demands": a linking adverbial between the subject and the verb.
      // ("Morocco has in turn accused", "denied harbouring them and in turn accused": after an auxiliary or "and", too.)
      if (tokens[k]?.lower === 'turn' && tokens[k - 1]?.lower === 'in' && (this.mentionAt(k - 2) || ['AUX', 'ADV'].includes(tokens[k - 2]?.pos ?? '') || ['and', 'but'].includes(tokens[k - 2]?.lower ?? ''))) {
        k -= 2;
        continue;
      }
      const d = duration(k);
      if (d === -1) break;
      k = d - 1;
    }
    while (k >= s.first && (this.isModifierOfVerb(tokens[k] as Token) || ((tokens[k] as Token).lower === 'since' && ['has', 'have', 'had'].includes(tokens[k - 1]?.lower ?? '')) || (['"', '“'].includes((tokens[k] as Token).text) && k > s.first && (this.mentionAt(k - 1) !== null || ['PRON', 'AUX', 'NOUN'].includes(tokens[k - 1]?.pos ?? '')) && tokens.slice(k + 1, v).every((w) => w.pos === 'ADV' || w.pos === 'AUX')))) k--;
    const spanEnd = k + 1;
    const before = tokens[k];
    // ("The CJNG, which U.S. officials blame ..., has been fighting": a progressive with its auxiliary is finite.)
    // ("Israel struck Lebanon after accusing Hezbollah of rearming", "while pressing Washington to": a
    // gerund after a preposition of time shares the main clause's subject.)
    const timedGerund = before !== undefined && ['after', 'before', 'while', 'since', 'upon', 'when', 'despite', 'besides'].includes(before.lower) && (tokens[v] as Token).lower.endsWith('ing') && k === v - 1;
    if (depth < 3 && before && (['and', 'but', 'then'].includes(before.lower) || timedGerund || (before.text === ',' && (tokens[v] as Token).lower.endsWith('ing') && tokens[v - 1]?.pos !== 'AUX'))) {
      // "X accused Y and warned Z", "X said on Tuesday, vowing to retaliate": the first verb's subject.
      // "The Pentagon said a drone attack caused no damage, blaming X": the nearest verb with an actor subject.
      let main = this.previousFiniteVerb(k - 1, s);
      // ("Israel accuses Hezbollah of rearming, a charge the group denies, and has pressed Beirut": past
      // an appositive aside closed right before ", and".)
      if (before.lower === 'and' && tokens[k - 1]?.text === ',' && main !== -1) {
        for (let q = main - 1; q > s.first && q > main - 6; q--) {
          if ((tokens[q] as Token).text !== ',') continue;
          if (['a', 'an'].includes(tokens[q + 1]?.lower ?? '') && (ACCUSATION_NOUNS.has(tokens[q + 2]?.lower ?? '') || ['move', 'claim', 'step', 'decision'].includes(tokens[q + 2]?.lower ?? ''))) main = this.previousFiniteVerb(q - 1, s);
          break;
        }
      }
      // ("reunited Ukrainian children deported to Russia with their families, and hosted talks": a
      // participle reducing a relative after its noun is no conjunct.)
      for (let guard = 0; guard < 2 && main > s.first && (tokens[main] as Token).lower.endsWith('ed') && (tokens[main - 1] as Token).pos === 'NOUN' && !this.mentionAt(main - 1) && ['to', 'by', 'from', 'in', 'into', 'at'].includes(tokens[main + 1]?.lower ?? ''); guard++) main = this.previousFiniteVerb(main - 1, s);
      // ("the Americans had been condescending and had accused Niamey": a copula is the first conjunct's verb.)
      for (let q = k - 1; before.lower === 'and' && q > main && q > k - 5; q--) {
        if ((tokens[q] as Token).pos === 'AUX' && ['been', 'was', 'were', 'is', 'are'].includes((tokens[q] as Token).lower) && ['ADJ', 'VERB'].includes(tokens[q + 1]?.pos ?? '')) {
          main = q;
          break;
        }
      }
      // "The Taliban denied that the TTP operates there, rejecting Pakistan's accusations": a speech act
      // in the participle is the speaker's, not the subject's of the reported clause.
      const speechAct = (tokens[v] as Token).lower.endsWith('ing') && (VERB_TRIGGERS.get(verbLemma(tokens[v] as Token)) ?? []).some((r) => ['ACCUSES', 'DENIES', 'CRITICIZES', 'DEMANDS', 'THREATENS'].includes(r.type));
      // "Aoun said Israel's strikes were a violation and urged Washington to intervene", "condemned the
      // killing, which the UN called a massacre, and accused the UAE": a speech act coordinated after a
      // reported or relative clause is the speaker's.
      // ("said the Americans had been condescending and had accused Niamey": a pluperfect goes on with the reported clause.)
      const coordinatedSpeech = before.lower === 'and' && tokens[v - 1]?.lower !== 'had' && (VERB_TRIGGERS.get(verbLemma(tokens[v] as Token)) ?? []).some((r) => ['ACCUSES', 'DENIES', 'CRITICIZES', 'DEMANDS', 'THREATENS'].includes(r.type));
      for (let tries = 0; main !== -1 && tries < 3; tries++) {
        const first = this.subjectOf(main, s, role, depth + 1);
        if (speechAct && before.text === ',' && tokens[first.clauseStart - 1]?.lower === 'that' && first.clauseStart - 2 >= s.first) {
          main = this.previousFiniteVerb(first.clauseStart - 2, s);
          continue;
        }
        const opener = tokens[first.clauseStart - 1];
        // ("Orban met Putin in what he called a peace mission, drawing criticism": past the aside's verb.)
        if (before.text === ',' && opener?.lower === 'what' && first.clauseStart - 2 >= s.first) {
          main = this.previousFiniteVerb(first.clauseStart - 2, s);
          continue;
        }
        // "The TTP has stepped up attacks since the Taliban returned to power, killing hundreds": the
        // participle goes with the main clause, not with a background clause of time.
        if (before.text === ',' && opener?.lower === 'since' && first.clauseStart - 2 >= s.first) {
          main = this.previousFiniteVerb(first.clauseStart - 2, s);
          continue;
        }
        // ("Kallas said she hoped Slovakia would drop its veto, and accused Moscow": past a verb of thinking, too.)
        if (coordinatedSpeech && opener && first.clauseStart - 1 > s.first && (opener.lower === 'that' || (opener.pos === 'VERB' && (SPEECH_LEMMAS.has(opener.lemma) || ['hope', 'believe', 'think', 'expect', 'fear', 'feel', 'know', 'suspect', 'wish', 'trust'].includes(opener.lemma)) && !VERB_TRIGGERS.has(opener.lemma)) || (RELATIVES.has(opener.lower) && opener.lower !== 'that' && tokens[first.clauseStart - 2]?.text === ','))) {
          main = opener.pos === 'VERB' ? first.clauseStart - 1 : this.previousFiniteVerb(first.clauseStart - 2, s);
          continue;
        }
        if (first.subjects.length > 0) return first;
        main = this.previousFiniteVerb(Math.min(main, first.clauseStart) - 1, s);
      }
    }
    // "is believed to be arming": a progressive infinitive, read as the infinitive itself.
    // ("JNIM claimed to have attacked": a perfect infinitive, too.)
    const progressive = (tokens[v - 1]?.lower === 'be' && tokens[v - 2]?.lower === 'to' && (tokens[v] as Token).lower.endsWith('ing')) || (tokens[v - 1]?.lower === 'have' && tokens[v - 2]?.lower === 'to');
    if (depth < 3 && (tokens[v - 1]?.lower === 'to' || progressive)) {
      // "X stepped up efforts to broker": the infinitive's subject is the governing verb's subject,
      // or its object for "urged Y to": object control.
      // "..., prompting U.S. jets to strike": the object of a participle of causing does it.
      let j = v - 2;
      while (j > s.first && FORCE_NOUNS.has((tokens[j] as Token).lower) && !this.mentionAt(j)) j--;
      const caused = progressive ? null : this.mentionAt(j);
      let c = caused ? caused.first - 1 : -1;
      while (c > s.first && ['the', 'its', 'their'].includes((tokens[c] as Token).lower)) c--;
      const causedArg = caused && ['prompting', 'forcing', 'spurring', 'provoking', 'pushing', 'pressing', 'urging', 'leading'].includes(tokens[c]?.lower ?? '') ? this.argOf(caused, role) : null;
      if (caused && causedArg) return { clauseStart: caused.first, subjects: [causedArg] };
      const main = this.previousFiniteVerb(v - (progressive ? 3 : 2), s);
      if (main !== -1) {
        const object = OBJECT_CONTROL.has((tokens[main] as Token).lemma) ? this.objectAfter(main + 1, s, role, 4) : [];
        if (object.length > 0) return { clauseStart: main + 1, subjects: object };
        const first = this.subjectOf(main, s, role, depth + 1);
        if (first.subjects.length > 0) return first;
      }
    }
    // "helping Ukraine carry out drone strikes", "let the RSF attack": the object of "help"/"let" does the bare verb.
    const bareObject = this.mentionAt(v - 1);
    if (depth < 3 && bareObject && !(tokens[v] as Token).lower.endsWith('ing') && !(tokens[v] as Token).lower.endsWith('ed') && ['help', 'helped', 'helping', 'helps', 'let', 'letting', 'lets'].includes(tokens[bareObject.first - 1]?.lower ?? '')) {
      const arg = this.argOf(bareObject, role);
      if (arg) return { clauseStart: bareObject.first, subjects: [arg] };
    }
    // "criticised the United States for approving an arms sale", "thanked X for sending": the object
    // before "for"/"of" is the subject of the gerund.
    if ((tokens[v] as Token).lower.endsWith('ing') && ['for', 'of'].includes(tokens[v - 1]?.lower ?? '') && v - 2 >= s.first) {
      let j = v - 2;
      while (j > s.first && (tokens[j] as Token).pos === 'NOUN' && !this.mentionAt(j)) j--;
      const m = this.mentionAt(j);
      const arg = m ? this.argOf(m, role) : null;
      let b = m ? m.first - 1 : -1;
      while (b > s.first && ['the', 'a', 'an'].includes((tokens[b] as Token).lower)) b--;
      if (m && arg && this.isVerb(tokens[b])) return { clauseStart: v - 1, subjects: [arg] };
    }
    // "Iran retaliated by firing missiles at Israel": the subject of the verb the manner phrase modifies.
    if (depth < 3 && (tokens[v] as Token).lower.endsWith('ing') && tokens[v - 1]?.lower === 'by') {
      let g = v - 2;
      while (g > s.first && (tokens[g] as Token).pos === 'ADV') g--;
      // ("Iran responded on Friday by firing missiles": a day between the verb and "by".)
      g = this.beforeDay(g);
      if (this.isVerb(tokens[g]) && !BE_FORMS.has(tokens[g - 1]?.lower ?? '')) return this.subjectOf(g, s, role, depth + 1);
      // "Hamas had violated the ceasefire by attacking its troops": the verb before a short object.
      const main = this.previousFiniteVerb(v - 2, s);
      // ("Ethiopia angered Mogadishu by signing a port deal": past a named object, too.)
      if (main !== -1 && v - main <= 6 && !BE_FORMS.has(tokens[main - 1]?.lower ?? '') && !tokens.slice(main + 1, v - 1).some((w) => CLAUSE_BREAKS.has(w.text) || w.text === ',')) return this.subjectOf(main, s, role, depth + 1);
    }
    // "issued a statement accusing X", "distributed leaflets threatening to ...": the issuer speaks.
    if (depth < 3 && (tokens[v] as Token).lower.endsWith('ing') && MESSAGE_NOUNS.has(tokens[v - 1]?.lower ?? '')) {
      let main = this.previousFiniteVerb(v - 2, s);
      // "issued a strongly worded statement": the participle modifying the message is not the verb.
      if (main === v - 2 && this.isParticiple(tokens[main] as Token)) main = this.previousFiniteVerb(main - 1, s);
      if (main !== -1 && ['issue', 'release', 'publish', 'distribute', 'post', 'send', 'broadcast', 'put', 'circulate', 'deliver', 'make', 'adopt', 'pass', 'approve', 'table'].includes(verbLemma(tokens[main] as Token))) {
        const first = this.subjectOf(main, s, role, depth + 1);
        if (first.subjects.length > 0) return first;
      }
    }
    // "The Vatican helped mediate", "played a key mediating role": the governing verb's subject.
    if (depth < 3) {
      let g = v - 1;
      if ((tokens[v] as Token).lower.endsWith('ing') && ['role', 'roles', 'efforts', 'effort', 'mission'].includes(tokens[v + 1]?.lower ?? '')) {
        while (g > s.first && ['ADJ', 'DET'].includes((tokens[g] as Token).pos) && !this.mentionAt(g)) g--;
        if (this.isVerb(tokens[g]) && ['play', 'lead', 'take', 'assume', 'step', 'continue', 'begin', 'start'].includes(verbLemma(tokens[g] as Token))) return this.subjectOf(g, s, role, depth + 1);
      } else if (this.isVerb(tokens[g]) && verbLemma(tokens[g] as Token) === 'help') {
        return this.subjectOf(g, s, role, depth + 1);
      }
    }
    // "Israel kept striking Lebanon", "continued shelling the town": the aspectual verb's subject.
    if (depth < 3 && (tokens[v] as Token).lower.endsWith('ing') && this.isVerb(tokens[v - 1]) && ['keep', 'continue', 'resume', 'begin', 'start'].includes(verbLemma(tokens[v - 1] as Token))) {
      return this.subjectOf(v - 1, s, role, depth + 1);
    }
    // "The three countries demanded that ECOWAS lift sanctions", "The juntas said ...".
    for (let g = Math.max(s.first, spanEnd - 4); g < spanEnd; g++) {
      const group = this.groupPhraseAt(g);
      if (!group || group.end !== spanEnd) continue;
      const members = this.groupInView(g, group.size);
      if (members.length > 0) return { clauseStart: g, subjects: members };
    }
    const dyad = this.dyadPhraseBefore(spanEnd, s);
    if (dyad) {
      // "Iran and the U.S. held talks. Israel accused Iran of stalling. Both sides agreed to meet
      // again": sides that agree, meet or talk are the latest pair in talks, not a pair in dispute.
      const talks = this.memory.talks;
      const talking = ['agree', 'meet', 'negotiate', 'talk', 'resume', 'sign'].includes(verbLemma(tokens[v] as Token));
      // (Only within one story: a pair in talks that shares no side with the pair named since is another story.)
      const sameStory = !!talks && dyad.args.some((a) => talks.some((b) => this.sideOf(a.actorId) === this.sideOf(b.actorId)));
      if (talking && talks && sameStory && s.index - this.memory.talksSentence <= 4 && !talks.every((a) => dyad.args.some((b) => b.actorId === a.actorId))) {
        return { clauseStart: dyad.start, subjects: talks.map((a) => ({ ...a, mention: null, weight: a.weight * 0.8 })) };
      }
      return { clauseStart: dyad.start, subjects: dyad.args };
    }
    let boundary = s.first - 1;
    let skippedAside = false;
    let asideFrom = -1;
    while (k >= s.first) {
      const t = tokens[k] as Token;
      if (this.mentionAt(k)) {
        k = (this.mentionAt(k) as Mention).first - 1;
        continue;
      }
      if (t.text === ')' && this.mentionAt(k - 1) && tokens[k - 2]?.text === '(') {
        // "The International Atomic Energy Agency (IAEA) called on": the bracket is part of the name.
        k -= 3;
        continue;
      }
      if (CLAUSE_BREAKS.has(t.text) || (t.text === '-' && t.space !== '')) {
        boundary = k;
        break;
      }
      if (t.text === ',') {
        const emptySoFar = !this.hasContent(k + 1, spanEnd);
        if (emptySoFar && !skippedAside) {
          // The right comma of an aside: jump to its left comma and go on.
          let j = k - 1;
          // "The M23, a group that Congo, the United States and UN experts say is backed by Rwanda,
          // seized": a comma inside a list of actors within the aside is not its left comma.
          let listComma = -1;
          while (j >= s.first && ((tokens[j] as Token).text !== ',' || (this.mentionAt(j - 1) && this.startsWithMention(j + 1, k) && j - 1 > s.first))) {
            if ((tokens[j] as Token).text === ',') listComma = j;
            // "Hanna Tetteh, head of the UN Support Mission in Libya (UNSMIL), met": a bracketed
            // abbreviation inside the aside belongs to it.
            const open = (tokens[j] as Token).text === ')' ? this.bracketedAbbreviationStart(j, s) : -1;
            if (open !== -1) {
              j = open - 1;
              continue;
            }
            // ('France, which triggered the "snapback" mechanism, demanded': quotes inside the aside.)
            if (CLAUSE_BREAKS.has((tokens[j] as Token).text) && !['"', '“', '”'].includes((tokens[j] as Token).text)) break;
            j--;
          }
          if (listComma !== -1 && (j < s.first || (tokens[j] as Token).text !== ',')) j = listComma;
          if (j >= s.first && (tokens[j] as Token).text === ',') {
            skippedAside = true;
            asideFrom = j;
            const args = this.argsIn(j + 1, k, role);
            // ("China, Pakistan's closest ally, urged": a possessive aside names no second subject.)
            const lead = this.mentionAt(j + 1);
            const possessiveAside = lead !== null && tokens[lead.end]?.lower === "'s" && !tokens.slice(lead.end + 1, k).some((_, i) => this.mentionAt(lead.end + 1 + i) !== null);
            if (args.length > 0 && this.startsWithMention(j + 1, k) && !possessiveAside) {
              // "X, Y and Z said" is a list, not an aside: the aside rule does not apply.
              boundary = this.listStart(j, s);
              return this.frame(boundary + 1, k, role, s, v, depth);
            }
            k = j - 1;
            continue;
          }
          boundary = k;
          break;
        }
        // A comma inside a list of actors: "Pakistan, India and China" — not the end of a phrase that
        // opened the sentence: "Under a deal brokered by Qatar and Egypt, Israel and Hamas agreed".
        if (this.mentionAt(k - 1) && this.startsWithMention(k + 1, spanEnd) && !this.closesPhrase(k - 1, s) && !this.endsPhraseBeforeClause(k, s)) {
          k--;
          continue;
        }
        boundary = k;
        break;
      }
      if (SUBORDINATORS.has(t.lower) && t.pos !== 'DET' && t.pos !== 'PRON') {
        boundary = k;
        break;
      }
      if (RELATIVES.has(t.lower)) {
        boundary = k;
        break;
      }
      // "which U.N. experts say is backed by": "say" tagged as a noun is still the speech verb.
      if (this.saidAsNoun(k)) {
        boundary = k;
        break;
      }
      // "the Saudi-led coalition": a participle glued to a hyphen is a modifier, not a verb.
      const gluedParticiple = t.space === '' && tokens[k - 1]?.text === '-';
      // "Yemen's internationally recognised government": a participle between an adverb and the head noun modifies it.
      const modifyingParticiple = (this.isParticiple(t) && tokens[k - 1]?.pos === 'ADV' && ['NOUN', 'PROPN'].includes(tokens[k + 1]?.pos ?? '') && (tokens[k - 2]?.lower === "'s" || tokens[k - 2]?.pos === 'DET')) ||
        // ("The Congolese army and allied Wazalendo militias shelled": a participle opening a conjunct.)
        (['allied', 'affiliated', 'aligned', 'associated'].includes(t.lower) && ['and', ','].includes(tokens[k - 1]?.lower ?? '') && this.mentionAt(k + 1) !== null);
      if (this.isVerb(t) && !gluedParticiple && !modifyingParticiple && !t.lower.endsWith('ing') && !(this.isParticiple(t) && tokens[k - 1]?.pos === 'NOUN' && !this.mentionAt(k - 1))) {
        boundary = k;
        break;
      }
      k--;
    }
    if (skippedAside && boundary < s.first && !this.hasContent(s.first, spanEnd)) return { clauseStart: s.first, subjects: [] };
    // "Egypt, which borders eastern Libya and has backed Haftar": a verb mistagged as a noun right
    // after the relative pronoun opens the first conjunct; both verbs share the antecedent.
    const afterRelative = tokens[boundary + 1];
    if (depth < 3 && before && ['and', 'but'].includes(before.lower) && ['which', 'who'].includes(tokens[boundary]?.lower ?? '') && afterRelative && boundary + 1 < spanEnd && afterRelative.pos === 'NOUN' && afterRelative.lower.endsWith('s') && !this.mentionAt(boundary + 1)) {
      const relative = this.subjectOf(boundary + 1, s, role, depth + 1);
      if (relative.subjects.length > 0) return { clauseStart: boundary + 1, subjects: relative.subjects };
    }
    // "A Saudi-led coalition that backs Yemen's government has carried out strikes", "the militia that
    // Iran arms attacked": a restrictive relative clause with its own verb modifies the subject; the
    // actors inside it are not the subject.
    if (depth < 3 && boundary > s.first && this.hasContent(boundary + 1, spanEnd)) {
      let r = boundary;
      if (this.isVerb(tokens[r])) {
        r--;
        while (r > s.first && ((tokens[r] as Token).pos === 'ADV' || ((tokens[r] as Token).pos === 'AUX' && !RELATIVES.has((tokens[r] as Token).lower)))) r--;
      }
      const head = tokens[r - 1];
      let ownVerb = r !== boundary;
      for (let q = r + 1; q < spanEnd && !ownVerb; q++) {
        const m = this.mentionAt(q);
        if (m) {
          q = m.end - 1;
          continue;
        }
        const u = tokens[q] as Token;
        ownVerb = this.isVerb(u) || (u.pos === 'NOUN' && u.lower.endsWith('s') && (VERB_TRIGGERS.has(verbLemma(u)) || GIVE_LEMMAS.has(verbLemma(u))));
      }
      if (ownVerb && ['that', 'who', 'which'].includes(tokens[r]?.lower ?? '') && head && (['NOUN', 'PROPN'].includes(head.pos) || this.mentionAt(r - 1)) && !this.isVerb(head)) {
        let a = r - 1;
        while (a > s.first) {
          const u = tokens[a - 1] as Token;
          const glued = u.space === '' && tokens[a - 2]?.text === '-' && tokens[a - 2]?.space === '';
          if (CLAUSE_BREAKS.has(u.text) || u.text === ',' || (this.isVerb(u) && !glued) || SUBORDINATORS.has(u.lower) || RELATIVES.has(u.lower)) break;
          a--;
        }
        const antecedent = this.frame(a, r, role, s, v, depth);
        // "The militia that Iran arms attacked": unnamed fighters are not their backer.
        if (antecedent.subjects.length > 0 || UNNAMED_FIGHTERS.has(head.lower)) return antecedent;
      }
    }
    // ("said on Thursday they had agreed": a day after the verb of saying opens no subject.)
    const start = tokens[boundary + 1]?.lower === 'on' && CALENDAR_DAYS.has(tokens[boundary + 2]?.lower ?? '') && this.isVerb(tokens[boundary]) && SPEECH_LEMMAS.has((tokens[boundary] as Token).lemma) && boundary + 3 < spanEnd ? boundary + 3 : boundary + 1;
    // "The new authorities, who took power after the fall of Assad, have called on": the subject
    // ends where the skipped aside begins.
    const frame = this.frame(start, asideFrom > start ? asideFrom : spanEnd, role, s, v, depth);
    if (frame.subjects.length > 0 || depth > 2) return frame;
    // "The army chief, General Abdel Fattah al-Burhan, vowed": a title named only in the aside.
    if (asideFrom > start && (TITLE_WORDS.has(tokens[asideFrom - 1]?.lower ?? '') || ['chief', 'commander', 'leader'].includes(tokens[asideFrom - 1]?.lower ?? '')) && !tokens.slice(start, asideFrom).some((_, i) => this.mentionAt(start + i) !== null)) {
      let p = asideFrom + 1;
      while (p < spanEnd && /^[A-Z]/.test((tokens[p] as Token).text) && !this.mentionAt(p)) p++;
      const named = this.mentionAt(p);
      const arg = named && this.info(named.actorId)?.type === 'PERSON' ? this.argOf(named, role) : null;
      if (arg) return { clauseStart: start, subjects: [arg] };
    }
    // "'We call on Mali and Algeria to ...,' the AU chairperson said": "we" in a quote is its speaker;
    // "The Houthis said they had targeted": "they" right after a speech verb is the speaker.
    // ("said on Thursday they had finalised", "said on Wednesday it had attacked": a day between.)
    const dayBetween = start - 3 >= s.first && tokens[start - 2]?.lower === 'on' && CALENDAR_DAYS.has(tokens[start - 1]?.lower ?? '') && ['said', 'says', 'claimed', 'announced', 'stated', 'added', 'confirmed'].includes(tokens[start - 3]?.lower ?? '');
    const afterSpeech = dayBetween || ['said', 'says', 'claimed', 'announced', 'stated', 'insisted', 'added', 'confirmed', 'that'].includes(tokens[start - 1]?.lower ?? '');
    // "Ethiopia and Somalia announced that they had agreed": "they" are the speakers named together.
    // ("said they had begun training pilots": through an aspectual verb, too.)
    if (tokens[start]?.lower === 'they' && afterSpeech && depth <= 1 && !this.hasNoun(start + 1, spanEnd)) {
      let speech = start - 1;
      while (speech > Math.max(s.first, start - 6) && !this.isVerb(tokens[speech])) speech--;
      const speakers = speech > s.first && this.isVerb(tokens[speech]) && SPEECH_LEMMAS.has((tokens[speech] as Token).lemma) ? this.subjectOf(speech, s, role, depth + 1).subjects : [];
      if (speakers.length >= 2) return { clauseStart: start, subjects: speakers.map((a) => ({ ...a, mention: null, weight: a.weight * 0.9 })) };
    }
    if ((['we', 'i'].includes(tokens[start]?.lower ?? '') || (tokens[start]?.lower === 'they' && afterSpeech)) && depth === 0 && !this.hasNoun(start + 1, spanEnd)) {
      const speaker = this.claimantFor(v, s);
      if (speaker) return { clauseStart: start, subjects: [{ actorId: speaker, mention: null, weight: 0.9 }] };
    }
    // "They agreed to open the border": "they" right after a sentence about a pair is that pair.
    if (tokens[start]?.lower === 'they' && !afterSpeech && this.inView && this.memory.dyadSentence >= s.index - 1 && !this.hasNoun(start + 1, spanEnd)) {
      return { clauseStart: start, subjects: this.inView.map((a) => ({ ...a, mention: null, weight: 0.8 })) };
    }
    // "The junta has not commented, but state media accused the KIA": state media speak for the regime in view.
    if (tokens[start]?.lower === 'state' && ['media', 'television', 'tv', 'broadcaster', 'radio'].includes(tokens[start + 1]?.lower ?? '') && !this.hasContent(start + 2, spanEnd)) {
      const from = this.doc.sentences[Math.max(0, s.index - 2)]?.first ?? s.first;
      for (let j = start - 1; j >= from; j--) {
        const m = this.mentionAt(j);
        const info = m ? this.info(m.actorId) : undefined;
        if (m && info && ['military', 'government'].includes(info.kind)) {
          const arg = this.argOf({ ...m, absorbed: false, place: false }, role);
          if (arg) return { clauseStart: start, subjects: [{ ...arg, mention: null, weight: arg.weight * 0.8 }] };
        }
        if (m) j = m.first;
      }
    }
    // "Eritrea, whose troops fought alongside ...": the people of the antecedent act for it.
    if (tokens[start]?.lower === 'whose' && tokens[start - 1]?.text === ',') {
      const m = this.mentionAt(start - 2);
      const args = m ? this.coordinatedEndingAt(m, s, role) : [];
      if (args.length > 0) return { clauseStart: start, subjects: args.map((a) => ({ ...a, weight: a.weight * 0.9 })) };
    }
    // "Algeria said its air defences shot down": a possessive pronoun subject is the actor named just before.
    // "The Taliban government vowed to retaliate, and its forces attacked": the first clause's subject.
    if (tokens[start]?.lower === 'and' && ['its', 'their'].includes(tokens[start + 1]?.lower ?? '') && tokens[start - 1]?.text === ',' && depth < 2 && !this.hasNoun(start + 3, spanEnd)) {
      const main = this.previousFiniteVerb(start - 2, s);
      const first = main === -1 ? null : this.subjectOf(main, s, role, depth + 1);
      const owners = first ? first.subjects.filter((a) => this.info(a.actorId)?.type !== 'PERSON') : [];
      if (owners.length === 1 && first?.subjects.length === 1) return { clauseStart: start, subjects: owners.map((a) => ({ ...a, mention: null, weight: a.weight * 0.85 })) };
    }
    // "Pakistan said on Saturday its security forces had ...": a time phrase may open the clause.
    const possessor = tokens[start]?.lower === 'on' && CALENDAR_DAYS.has(tokens[start + 1]?.lower ?? '') ? start + 2 : start;
    if (['its', 'their'].includes(tokens[possessor]?.lower ?? '') && possessor > s.first) {
      // "Chad, which borders Niger, said its soldiers": the speaker, past an aside about someone else.
      const said = tokens[possessor - 1]?.lower === 'that' ? possessor - 2 : possessor - 1;
      if (depth < 2 && this.isVerb(tokens[said]) && SPEECH_LEMMAS.has((tokens[said] as Token).lemma) && tokens[said - 1]?.text === ',') {
        const speakers = this.subjectOf(said, s, role, depth + 1).subjects.filter((a) => this.info(a.actorId)?.type !== 'PERSON');
        if (speakers.length === 1) return { clauseStart: start, subjects: speakers.map((a) => ({ ...a, mention: null, weight: a.weight * 0.85 })) };
      }
      for (let j = possessor - 1; j >= s.first && j >= possessor - 6; j--) {
        const m = this.mentionAt(j);
        if (!m) continue;
        const info = this.info(m.actorId);
        const arg = info && info.type !== 'PERSON' ? this.argOf(m, role) : null;
        if (arg) return { clauseStart: start, subjects: [{ ...arg, mention: null, weight: arg.weight * 0.85 }] };
        break;
      }
    }
    // Empty subject: a relative clause, a speech frame, or a coordinated verb phrase.
    const b = tokens[boundary];
    if (!b) return frame;
    if (RELATIVES.has(b.lower)) {
      let j = boundary - 1;
      if (tokens[j]?.text === ',') j--;
      // "the Kurdistan Workers' Party (PKK), which ...": the bracketed abbreviation names the antecedent.
      if (tokens[j]?.text === ')' && tokens[j - 2]?.text === '(' && this.mentionAt(j - 1)) j--;
      // "Lebanese officials, who ...", "Omani mediators, who ...": the people of the named state.
      if (!this.mentionAt(j) && tokens[j]?.pos === 'NOUN' && AGENT_NOUNS.has(tokens[j]?.lower ?? '') && this.mentionAt(j - 1)?.form === 'demonym') j--;
      // "The Ethiopian government, which ...", "Mali's junta, which ...": the state its rulers run.
      if (!this.mentionAt(j) && ['government', 'junta', 'regime', 'administration', 'authorities', 'rulers'].includes(tokens[j]?.lower ?? '')) {
        let h = j - 1;
        while (h > j - 3 && ['military', 'ruling', 'new', 'federal', 'interim', 'transitional'].includes(tokens[h]?.lower ?? '')) h--;
        const possessive = tokens[h]?.lower === "'s";
        const owner = this.mentionAt(possessive ? h - 1 : h);
        if (owner && (possessive || owner.form === 'demonym') && this.info(owner.actorId)?.kind === 'country') j = possessive ? h - 1 : h;
      }
      // "Oman's foreign minister, who ...", "the Qatari prime minister, who ...": the official's state.
      if (!this.mentionAt(j) && TITLE_WORDS.has(tokens[j]?.lower ?? '')) {
        let h = j - 1;
        // ("Egypt's intelligence chief, who ...": a lowercase noun may modify the title.)
        while (h > j - 4 && h >= s.first && !this.mentionAt(h) && (TITLE_WORDS.has((tokens[h] as Token).lower) || (tokens[h] as Token).pos === 'ADJ' || ((tokens[h] as Token).pos === 'NOUN' && !(tokens[h] as Token).capitalised))) h--;
        if (tokens[h]?.lower === "'s") h--;
        const owner = this.mentionAt(h);
        // "Witkoff, the U.S. envoy who brokered the deal": the person the title is in apposition to.
        const appositive = owner && tokens[owner.first - 1]?.lower === 'the' && tokens[owner.first - 2]?.text === ',' ? this.mentionAt(owner.first - 3) : null;
        if (appositive && this.info(appositive.actorId)?.type === 'PERSON' && b.lower === 'who') j = appositive.first;
        else if (owner && (tokens[h + 1]?.lower === "'s" || owner.form === 'demonym')) j = h;
      }
      // "The M23, a rebel group that is backed by Rwanda": the name the appositive stands beside.
      if (!this.mentionAt(j) && b.lower !== 'who') j = this.appositiveName(j, s) ?? j;
      let m = this.mentionAt(j);
      // "the SPLM-IO of Riek Machar, which denied": the group headed by the person is the antecedent.
      const head = m && b.lower === 'which' && tokens[m.first - 1]?.lower === 'of' ? this.mentionAt(m.first - 2) : null;
      if (m && head && this.info(m.actorId)?.type === 'PERSON' && this.info(head.actorId)?.type !== 'PERSON') m = head;
      if (m) {
        const args = this.coordinatedEndingAt(m, s, role);
        if (args.length > 0) return { clauseStart: start, subjects: args };
      }
      // "airstrikes on X, which Islamabad said targeted": the event's agent is the subject.
      const agent = this.eventAgentBefore(j, s);
      if (agent) return { clauseStart: start, subjects: [agent] };
      return frame;
    }
    if (((this.isVerb(b) && SPEECH_LEMMAS.has(b.lemma)) || this.saidAsNoun(boundary)) && !this.hasContent(boundary + 1, spanEnd)) {
      // "which Islamabad said targeted": skip the speech frame and its subject.
      const inner = this.subjectOf(boundary, s, role, depth + 1);
      const before = inner.clauseStart - 1;
      const t = tokens[before];
      if (t && RELATIVES.has(t.lower)) {
        let j = before - 1;
        if (tokens[j]?.text === ',') j--;
        // "M23 rebels, who U.N. experts say are backed by Rwanda": the people of the named group.
        if (!this.mentionAt(j) && (AGENT_NOUNS.has(tokens[j]?.lower ?? '') || UNNAMED_FIGHTERS.has(tokens[j]?.lower ?? '')) && this.mentionAt(j - 1)) j--;
        // "The M23, a rebel group that Congo says is backed by Rwanda".
        if (!this.mentionAt(j) && t.lower !== 'who') j = this.appositiveName(j, s) ?? j;
        const m = this.mentionAt(j);
        if (m) {
          const arg = this.argOf(m, role);
          if (arg) return { clauseStart: start, subjects: [arg] };
        }
        const agent = this.eventAgentBefore(j, s);
        if (agent) return { clauseStart: start, subjects: [agent] };
      }
      return frame;
    }
    // Only an empty subject span shares the first conjunct's subject: "residents said" has its own.
    if (!this.hasContent(start, spanEnd) && (b.lower === 'and' || b.lower === 'but' || (b.text === ',' && tokens[boundary - 1] && this.isVerbPhraseEnd(boundary - 1)))) {
      // "Pakistan accused X and warned Y": find the verb of the first conjunct.
      for (let j = boundary - 1; j >= s.first; j--) {
        const t = tokens[j] as Token;
        if (CLAUSE_BREAKS.has(t.text)) break;
        if (this.isVerb(t) && !t.lower.endsWith('ing')) {
          const first = this.subjectOf(j, s, role, depth + 1);
          return { clauseStart: first.clauseStart, subjects: first.subjects };
        }
      }
    }
    return frame;
  }

  /**
   * Whether the coordination ending with the mention at `k` belongs to a prepositional phrase or a
   * participle: "brokered by Qatar and Egypt", "under pressure from the U.S.".
   */
  protected closesPhrase(k: number, s: Sentence): boolean {
    let m = this.mentionAt(k);
    let closed = false;
    for (let guard = 0; m && guard < 6; guard++) {
      let j = m.first - 1;
      if (this.tokens[j]?.lower === 'the') j--;
      // ("In neighbouring Niger, ...", "In eastern Congo, ...": an adjective before the place.)
      while (j > s.first && (this.tokens[j] as Token).pos === 'ADJ' && !this.mentionAt(j)) j--;
      const t = this.tokens[j];
      if (!t || j < s.first) return false;
      if (t.lower === 'and' || t.text === ',') {
        closed ||= t.lower === 'and';
        let p = j - 1;
        if (this.tokens[p]?.text === ',') p--;
        m = this.mentionAt(p);
        continue;
      }
      // "According to Israel, Hezbollah fired ...", "In Sudan, the RSF ...": a phrase opening the sentence.
      let o = j;
      if (this.tokens[o - 1]?.lower === 'according' && t.lower === 'to') o--;
      const opening = t.pos === 'ADP' && (o === s.first || ['-', '—', '–'].includes(this.tokens[o - 1]?.text ?? ''));
      // "Under the deal mediated by Qatar, Israel and Hamas agreed", "Hosted by Turkey, Russia and
      // Ukraine held talks": the agent of a participle in a phrase that opens the sentence.
      const participleAgent = t.lower === 'by' && j - 1 >= s.first && this.isParticiple(this.tokens[j - 1] as Token) && this.inOpeningPhrase(j - 1, s);
      return (closed && (t.pos === 'ADP' || this.isParticiple(t))) || opening || participleAgent;
    }
    return false;
  }

  /**
   * Whether the list the mention heads ends in "as witnesses/guarantors/mediators": "signed the
   * deal with Egypt, Qatar and the U.S. as guarantors". Those attend a signing; they are no party to it.
   */
  protected attendsAsWitness(m: Mention, s: Sentence): boolean {
    const { tokens } = this;
    let k = this.phraseEnd(m, s.end);
    for (let guard = 0; k >= 0 && guard < 6; guard++) {
      let j = k;
      if (tokens[j]?.text === ',') j++;
      if (tokens[j]?.lower === 'and') j++;
      if (j === k) break;
      if (tokens[j]?.lower === 'the') j++;
      const next = this.mentionAt(j);
      if (!next || next.first !== j) return false;
      k = this.phraseEnd(next, s.end);
    }
    if (k < 0 || tokens[k]?.lower !== 'as') return false;
    k++;
    if (['a', 'an', 'the'].includes(tokens[k]?.lower ?? '')) k++;
    return WITNESS_ROLES.has(tokens[k]?.lower ?? '');
  }

  /** Whether the words from `from` are actors joined by "and" that a finite verb follows: a clause's subject. */
  protected subjectBeforeVerb(from: number, limit: number): boolean {
    let k = from;
    while (k < limit) {
      const m = this.mentionAt(k);
      const t = this.tokens[k] as Token;
      if (m) k = m.end;
      else if (['and', 'the', "'s"].includes(t.lower) || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN') k++;
      else return k > from && this.isVerb(t) && !t.lower.endsWith('ing') && this.mentionAt(from) !== null;
    }
    return false;
  }

  /** Whether token `p` lies in a phrase opening the sentence: it starts with a preposition or a participle, and no finite verb comes before `p`. */
  protected inOpeningPhrase(p: number, s: Sentence): boolean {
    const first = this.tokens[s.first] as Token;
    if (!(first.pos === 'ADP' || (this.isParticiple(first) && first.pos !== 'NOUN' && first.pos !== 'PROPN'))) return false;
    for (let q = s.first + 1; q < p; q++) {
      const t = this.tokens[q] as Token;
      if (t.text === ',' || (this.isVerb(t) && !this.isParticiple(t) && !t.lower.endsWith('ing'))) return false;
    }
    return true;
  }

  /**
   * "a region of Syria held by HTS, and Turkey condemned": a comma and "and" after a single actor
   * that closes a prepositional phrase or a participle start a new clause, not a list.
   */
  protected endsPhraseBeforeClause(comma: number, s: Sentence): boolean {
    if (this.tokens[comma + 1]?.lower !== 'and') return false;
    const m = this.mentionAt(comma - 1);
    if (!m) return false;
    let j = m.first - 1;
    // ("urged Iran to rein in Yemen's Houthi movement, and Riyadh accused": past the possessor.)
    if (this.tokens[j]?.lower === "'s" && this.mentionAt(j - 1)) j = (this.mentionAt(j - 1) as Mention).first - 1;
    if (this.tokens[j]?.lower === 'the') j--;
    const t = this.tokens[j];
    // (An object of a verb ends its clause too: "urged Iran, and Riyadh said".)
    // ("Tehran denied arming the Houthis, and Iran accused": a gerund's object, too.)
    return !!t && j >= s.first && (t.pos === 'ADP' || this.isParticiple(t) || t.pos === 'VERB' || (t.lower.endsWith('ing') && this.isVerb(this.tokens[j - 1]))) && !['and', ','].includes(t.lower);
  }

  /** "experts say is backed", "officials say have fought": "say(s)" tagged as a noun before a verb. */
  protected saidAsNoun(k: number): boolean {
    const t = this.tokens[k];
    const next = this.tokens[k + 1];
    return !!t && !!next && ['say', 'says'].includes(t.lower) && t.pos === 'NOUN' && ['AUX', 'VERB'].includes(next.pos) && this.tokens[k - 1]?.pos !== 'DET';
  }

  /**
   * "North Korea's missile launch", "Israel's ground push": a bare verb form after a noun that a
   * possessive opens is the head of a noun compound, not a finite verb.
   */
  protected possessedCompoundHead(j: number): boolean {
    const t = this.tokens[j] as Token;
    const noun = this.tokens[j - 1];
    return t.lower === t.lemma && !!noun && noun.pos === 'NOUN' && !this.mentionAt(j - 1) && this.tokens[j - 2]?.lower === "'s";
  }

  /** The nearest finite verb at or before `k` in the sentence, or -1. */
  previousFiniteVerb(k: number, s: Sentence): number {
    for (let j = k; j >= s.first; j--) {
      const t = this.tokens[j] as Token;
      if (t.text === ';' || t.text === ':') return -1;
      // ("US-made bombs": a participle glued to a name by a hyphen is a modifier.)
      const glued = t.space === '' && this.tokens[j - 1]?.text === '-';
      if (t.pos === 'VERB' && !t.lower.endsWith('ing') && this.tokens[j - 1]?.lower !== 'to' && !this.possessedCompoundHead(j) && !glued) return j;
      // "JNIM has blockaded/ADJ the capital": a participle after "has" is the verb.
      if (t.pos === 'ADJ' && t.lower.endsWith('ed') && ['has', 'have', 'had'].includes(this.tokens[j - 1]?.lower ?? '')) return j;
    }
    return -1;
  }

  /**
   * "both sides", "the two delegations", "both parties" right before `end`: the dyad in view.
   */
  dyadPhraseBefore(end: number, _s: Sentence): { start: number; args: Arg[] } | null {
    const { tokens } = this;
    // ("The two countries' defence ministers met": the people of the pair, named by its possessive.)
    if (this.inView && ['ministers', 'leaders', 'officials', 'delegations', 'envoys', 'negotiators', 'presidents', 'diplomats'].includes(tokens[end - 1]?.lower ?? '')) {
      for (let a = end - 2; a >= Math.max(_s.first + 2, end - 4); a--) {
        if (tokens[a]?.text !== "'" || tokens[a]?.space !== '') continue;
        const word = tokens[a - 1]?.lower ?? '';
        if (DYAD_WORDS.has(word) && ['two', 'both'].includes(tokens[a - 2]?.lower ?? '') && this.dyadFits(word)) {
          const start = tokens[a - 3]?.lower === 'the' ? a - 3 : a - 2;
          return { start, args: this.dyadArgs(word) };
        }
        break;
      }
    }
    const head = tokens[end - 1];
    if (!head || !this.inView || !DYAD_WORDS.has(head.lower)) return null;
    let j = end - 2;
    if (tokens[j] && ['two', 'both', 'rival', 'warring', 'opposing'].includes((tokens[j] as Token).lower)) j--;
    // "the sides had agreed", "The leaders agreed to deepen cooperation": right after the pair was named.
    else if (!(['sides', 'leaders'].includes(head.lower) && tokens[j]?.lower === 'the' && this.memory.dyadSentence >= _s.index - 1)) return null;
    if (tokens[j] && ['the', 'both', 'from', 'of'].includes((tokens[j] as Token).lower)) j--;
    if (!this.dyadFits(head.lower)) return null;
    return { start: j + 1, args: this.dyadArgs(head.lower) };
  }

  /**
   * "the three countries", "the juntas": the latest list of states named together, within the
   * sentence and the three before it, with as many members as the number says (two or more when
   * no number is given). Empty when no such list was named.
   */
  protected groupInView(k: number, size: number | null): Arg[] {
    const { tokens } = this;
    const sentence = (tokens[k] as Token).sentence;
    const from = this.doc.sentences[Math.max(0, sentence - 3)]?.first ?? 0;
    let best: Arg[] = [];
    for (let j = from; j < k; j++) {
      const m = this.mentionAt(j);
      if (!m || m.first !== j) continue;
      const run: Mention[] = [m];
      let e = m.end;
      for (;;) {
        let q = e;
        if (tokens[q]?.text === ',') q++;
        if (tokens[q]?.lower === 'and') q++;
        if (tokens[q]?.lower === 'the') q++;
        const next = q > e ? this.mentionAt(q) : null;
        if (!next || next.first !== q) break;
        run.push(next);
        e = next.end;
      }
      j = e - 1;
      const states = run.map((x) => this.argOf({ ...x, place: false }, 'target')).filter((a): a is Arg => a !== null && ['country', 'government', 'military'].includes(this.info(a.actorId)?.kind ?? ''));
      const sides = new Set(states.map((a) => this.sideOf(a.actorId)));
      if (states.length === run.length && sides.size === states.length && (size === null ? states.length >= 2 : states.length === size)) best = states;
    }
    return best.map((a) => ({ actorId: this.sideOf(a.actorId), mention: null, weight: a.weight * 0.8 }));
  }

  /** "the three countries", "the juntas" at `k`: the number of states named (null: any), else -1. */
  protected groupPhraseAt(k: number): { size: number | null; end: number } | null {
    const { tokens } = this;
    if (tokens[k]?.lower !== 'the') return null;
    const numbers: Record<string, number> = { three: 3, four: 4, five: 5, six: 6 };
    const size = numbers[tokens[k + 1]?.lower ?? ''];
    const head = tokens[k + (size ? 2 : 1)]?.lower ?? '';
    if (size && ['countries', 'states', 'nations', 'juntas', 'governments', 'regimes', 'capitals', 'neighbours', 'neighbors', 'members', 'allies'].includes(head)) return { size, end: k + 3 };
    if (!size && ['juntas', 'regimes'].includes(head)) return { size: null, end: k + 2 };
    return null;
  }

  /** The pair in view as "both sides" names it: "both governments" are the states of two leaders. */
  protected dyadArgs(head: string): Arg[] {
    const states = ['countries', 'governments', 'states', 'nations', 'neighbours', 'neighbors', 'capitals'].includes(head);
    return (this.inView ?? []).map((a) => ({ ...a, actorId: states ? this.sideOf(a.actorId) : a.actorId, mention: null, weight: a.weight * 0.8 }));
  }

  /** "the two leaders" are two people, "the two countries" two states; "both sides" anyone. */
  protected dyadFits(head: string): boolean {
    if (!this.inView) return false;
    const types = this.inView.map((a) => this.info(a.actorId));
    // ("Kurti accused Belgrade ... urged both leaders": a state named by its capital has a leader too.)
    if (['leaders'].includes(head)) return types.every((i) => i?.type === 'PERSON' || i?.type === 'COUNTRY' || i?.kind === 'government') && types.some((i) => i?.type === 'PERSON');
    if (['presidents', 'men', 'generals'].includes(head)) return types.every((i) => i?.type === 'PERSON');
    // ("the two foreign ministers" of two states named before: the states' people.)
    if (head === 'ministers') return types.every((i) => i?.type === 'PERSON' || i?.type === 'COUNTRY' || i?.kind === 'government');
    if (['countries', 'governments', 'states', 'nations', 'neighbours', 'neighbors', 'capitals'].includes(head)) return types.every((i) => i?.type === 'COUNTRY' || i?.kind === 'government' || (i?.type === 'PERSON' && i.affiliation !== null));
    return true;
  }

  /** "Saudi Arabia and the United States, which ...": the coordination that ends with `m`. */
  coordinatedEndingAt(m: Mention, s: Sentence, role: Role): Arg[] {
    const { tokens } = this;
    let first: Mention = m;
    for (;;) {
      let j = first.first - 1;
      if (tokens[j]?.lower === 'the') j--;
      if (!(tokens[j]?.lower === 'and' || tokens[j]?.text === ',')) break;
      j--;
      if (tokens[j]?.text === ',') j--;
      const prev = j >= s.first ? this.mentionAt(j) : null;
      if (!prev || prev.end !== j + 1) break;
      // "... in Doha, and Egyptian and Qatari mediators": a place ends the list.
      if (prev.place || this.argOf(prev, role) === null) break;
      first = prev;
    }
    const arg = this.argOf(first, role);
    if (!arg) return [];
    return this.coordinated(first, arg, m.end + 1, role);
  }

  protected listStart(comma: number, s: Sentence): number {
    let j = comma - 1;
    while (j >= s.first) {
      const t = this.tokens[j] as Token;
      if (this.mentionAt(j)) {
        j = (this.mentionAt(j) as Mention).first - 1;
        continue;
      }
      if (t.text === ',' || t.lower === 'and' || t.lower === 'the') {
        j--;
        continue;
      }
      break;
    }
    return j;
  }

  protected isVerbPhraseEnd(k: number): boolean {
    const t = this.tokens[k];
    return !!t && (this.mentionAt(k) !== null || t.pos === 'NOUN');
  }

  protected frame(start: number, end: number, role: Role, s: Sentence, v: number, depth: number): VerbFrame {
    void s;
    void v;
    void depth;
    let args = this.argsIn(start, end, role);
    // "Iran-aligned militias in Iraq fired rockets": unnamed fighters are neither the state they are
    // in nor the one they are aligned with.
    const { tokens } = this;
    // ("Afghan refugees in Pakistan accused", "Hamas leaders in Qatar said": people are where they live, not its state.)
    for (let k = start; k < end - 2 && args.length > 0; k++) {
      // ("Several villages in Afghanistan's Paktika province were bombed": places hit are in their state.)
      // ("Critics in Thailand accused": a capitalised plural opening the sentence, too.)
      // ("The U.N. mission in Afghanistan, UNAMA, urged": a body's post where it works.)
      const post = role !== 'attack-target' && ['mission', 'office', 'embassy', 'envoy', 'ambassador', 'delegation', 'representative', 'coordinator', 'command', 'bureau', 'team'].includes((tokens[k] as Token).lower);
      if (!(post || UNNAMED_FIGHTERS.has((tokens[k] as Token).lower) || (role !== 'attack-target' && ((tokens[k] as Token).pos === 'NOUN' || (k === s.first && (tokens[k] as Token).pos === 'PROPN')) && (tokens[k] as Token).lower.endsWith('s'))) || this.mentionAt(k) || tokens[k + 1]?.lower !== 'in') continue;
      const placed = this.mentionAt(k + 2);
      if (!placed) continue;
      args = args.filter((a) => {
        const m = a.mention;
        if (!m) return true;
        if (m.first === placed.first) return false;
        // "Iran-aligned", "Iran-backed": a glued participle before the fighters.
        return !(m.end < k && tokens[m.end]?.text === '-' && /^(aligned|backed|linked|allied|supported|affiliated|sponsored)$/.test(tokens[m.end + 1]?.lower ?? ''));
      });
    }
    if (args.length > 0) args = args.filter((a) => !a.mention || !this.backerInSubject(a.mention.first, start));
    // ("Insurgents linked to Islamic State attacked", "Iraqi factions aligned with Iran threatened": the
    // one a subject is linked or aligned to is no subject; forces "loyal to" a side are its own.)
    const loyalTo = (m: { first: number }): boolean => {
      const p = tokens[m.first - 1]?.lower === 'the' ? m.first - 2 : m.first - 1;
      return ['to', 'with'].includes(tokens[p]?.lower ?? '') && ['linked', 'allied', 'affiliated', 'aligned', 'close', 'tied', 'connected', 'sympathetic'].includes(tokens[p - 1]?.lower ?? '') && p - 1 > start;
    };
    if (args.length > 0) args = args.filter((a) => !a.mention || !loyalTo(a.mention));
    // ("MONUSCO, the U.N. peacekeeping mission, called on": an appositive describing the name before it.)
    if (args.length > 1) {
      const named = args;
      const appositive = (m: Mention): boolean => ['the', 'a', 'an'].includes(tokens[m.first - 1]?.lower ?? '') && tokens[m.first - 2]?.text === ',' && ['NOUN', 'ADJ'].includes(tokens[m.end]?.pos ?? '') && !(tokens[m.end]?.capitalised ?? true) && named.some((b) => b.mention?.end === m.first - 2) && tokens.slice(m.end, Math.min(s.end, end + 2)).some((w) => w.text === ',');
      args = args.filter((a) => !(a.mention && appositive(a.mention)));
    }
    // ("Hezbollah ally Nabih Berri met the U.S. envoy": the ally named after the group is the subject.)
    if (args.length > 0) args = args.filter((a) => !(a.mention && ['ally', 'aide', 'adviser', 'advisor', 'loyalist', 'confidant', 'protege'].includes(tokens[a.mention.end]?.lower ?? '') && (tokens[a.mention.end + 1]?.capitalised ?? false) && a.mention.end + 1 < end));
    // "Iraqi militias backed by Iran have attacked U.S. forces": a country's demonym on unnamed fighters
    // names where they come from, not the state.
    if (args.length > 0) args = args.filter((a) => !(a.mention?.form === 'demonym' && this.info(a.actorId)?.kind === 'country' && UNNAMED_FIGHTERS.has(tokens[a.mention.end]?.lower ?? '')));
    // "Tatar, who is backed by Turkish President Erdogan, accused": a name inside a relative clause
    // closed before the verb is not its subject.
    if (args.length > 0) args = args.filter((a) => !a.mention || !this.insideClosedRelative(a.mention.first, a.mention.end, start, end));
    // "Pakistan, which is a close ally of China and has fought wars with India": a name in the
    // predicate of a copula is not the subject of the verb coordinated after it.
    if (args.length > 0) args = args.filter((a) => !a.mention || !this.inCopulaPredicate(a.mention.first, start));
    // "The widow of Alexei Navalny accused", "The son of Iran's last shah urged": a relative speaks for herself.
    if (args.length > 0) args = args.filter((a) => !a.mention || !this.kinOf(a.mention, start));
    // "Iran's proxy Hezbollah fired": the possessor of a noun set before a name is not the subject.
    if (args.length > 0) args = args.map((a) => (a.mention ? this.nameAfterPossessed(a.mention, end, role) : null) ?? a);
    return { clauseStart: start, subjects: args };
  }

  /**
   * Whether the mention starting at `first` names a backer inside a subject that begins at `start`:
   * "Government forces backed by Burundian troops attacked", "The army, which is backed by Egypt,
   * shelled", "The army, which Egypt supports, ...": the backer does not act with the subject.
   */
  protected backerInSubject(first: number, start: number): boolean {
    const { tokens } = this;
    for (let j = first - 1; j >= start; j--) {
      const t = tokens[j] as Token;
      if (t.lower === 'by' && BACKING_PARTICIPLES.has(tokens[j - 1]?.lower ?? '')) return true;
      if (RELATIVES.has(t.lower) && tokens[j - 1]?.text === ',') return true;
      // "The army, with the help of Turkish drones, recaptured": the helper is not the subject.
      if (['of', 'from'].includes(t.lower) && ['help', 'support', 'backing', 'assistance'].includes(tokens[j - 1]?.lower ?? '')) {
        let w = j - 2;
        while (w > start && ['the', 'military', 'financial', 'logistical', 'air', 'active', 'direct'].includes(tokens[w]?.lower ?? '')) w--;
        if (tokens[w]?.lower === 'with') return true;
      }
      if (t.text === ',' || t.lower === 'and' || t.lower === 'the' || this.mentionAt(j)) continue;
      if (['is', 'are', 'was', 'were', 'been', 'being', 'reportedly', 'allegedly', 'largely', 'heavily', 'also', 'both'].includes(t.lower)) continue;
      return false;
    }
    return false;
  }

  /** "the widow of (Russian opposition leader) Alexei Navalny": `m` names whose relative the phrase is. */
  protected kinOf(m: Mention, start: number): boolean {
    const { tokens } = this;
    let j = m.first - 1;
    while (j > start && j > m.first - 8 && tokens[j]?.lower !== 'of' && (this.mentionAt(j) !== null || ['DET', 'ADJ', 'PART', 'PROPN'].includes((tokens[j] as Token).pos) || ((tokens[j] as Token).pos === 'NOUN' && !(tokens[j] as Token).capitalised) || TITLE_WORDS.has((tokens[j] as Token).lower) || (tokens[j] as Token).lower === "'s")) j--;
    if (tokens[j]?.lower !== 'of') return false;
    const head = tokens[j - 1]?.lower ?? '';
    return KIN_NOUNS.has(head) || ['widow', 'widower', 'grandson', 'granddaughter', 'heir', 'family', 'relatives', 'lawyer', 'lawyers'].includes(head);
  }

  /** "Iran's proxy Hezbollah", "Russia's ally Belarus": the name after the noun `m` owns, as an argument. */
  protected nameAfterPossessed(m: Mention, end: number, role: Role): Arg | null {
    const { tokens } = this;
    if (tokens[m.end]?.lower !== "'s") return null;
    let k = m.end + 1;
    while (k < Math.min(end, m.end + 4) && ['NOUN', 'ADJ'].includes((tokens[k] as Token).pos) && !(tokens[k] as Token).capitalised && !this.mentionAt(k)) k++;
    const named = k > m.end + 1 && k < end ? this.mentionAt(k) : null;
    // (An official named so speaks for the owner: "Hamas's political chief Khalil al-Hayya".)
    return named && named.first === k && this.info(named.actorId)?.type !== 'PERSON' ? this.argOf(named, role) : null;
  }

  /** Whether the mention at `first` follows "is a/an/the ..." inside the span that starts at `start`. */
  protected inCopulaPredicate(first: number, start: number): boolean {
    const { tokens } = this;
    for (let j = first - 1; j >= start; j--) {
      const t = tokens[j] as Token;
      if (BE_FORMS.has(t.lower)) return ['is', 'are', 'was', 'were'].includes(t.lower) && ['a', 'an', 'the'].includes(tokens[j + 1]?.lower ?? '');
      if (this.isVerb(t) || t.text === ',' || CLAUSE_BREAKS.has(t.text) || this.mentionAt(j)) return false;
    }
    return false;
  }

  /** Whether [first, last) lies in ", who|which|whose ... ," opened after `start` and closed before `end`. */
  protected insideClosedRelative(first: number, last: number, start: number, end: number): boolean {
    const { tokens } = this;
    let opened = false;
    for (let j = first - 1; j > start; j--) {
      const t = tokens[j] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',') break;
      if (['who', 'which', 'whose'].includes(t.lower) && tokens[j - 1]?.text === ',') {
        opened = true;
        break;
      }
    }
    if (!opened) return false;
    for (let j = last; j < end; j++) {
      const t = tokens[j] as Token;
      if (CLAUSE_BREAKS.has(t.text)) return false;
      if (t.text === ',') return true;
    }
    return false;
  }

  protected hasContent(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if ((this.tokens[k] as Token).pos !== 'PUNCT') return true;
    return false;
  }

  protected startsWithMention(from: number, to: number): boolean {
    let k = from;
    while (k < to && ['the', 'and'].includes((this.tokens[k] as Token).lower)) k++;
    return k < to && this.mentionAt(k) !== null;
  }

  protected isModifierOfVerb(t: Token): boolean {
    return t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART' || ['also', 'then', 'now', 'again', 'earlier', 'later', 'previously', 'repeatedly', 'firmly', 'strongly', 'publicly', 'all', 'both', 'long', 'last', 'week', 'month', 'year', 'on', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'yesterday', 'today'].includes(t.lower);
  }

  /** The agent of the attack noun nearest before `k`: "Pakistani airstrikes on ..., which ...". */
  eventAgentBefore(k: number, s: Sentence): Arg | null {
    for (let j = k; j >= s.first; j--) {
      const t = this.tokens[j] as Token;
      const trig = NOUN_TRIGGERS.get(nounLemma(t));
      if (t.pos === 'NOUN' && trig && trig.type === 'ATTACKS') return this.nounAgent(j, s);
    }
    return null;
  }

  /** The agent of a nominal trigger: a modifier right before it, a possessor, or "by X" after. */
  nounAgent(k: number, s: Sentence): Arg | null {
    const { tokens } = this;
    let j = k - 1;
    while (j >= s.first && (['ADJ', 'NUM'].includes((tokens[j] as Token).pos) || ['air', 'drone', 'missile', 'rocket', 'artillery', 'cross-border', 'border', 'military', 'fresh', 'new', 'recent', 'latest', 'deadly', 'overnight', 'retaliatory', 'heavy', 'major', 'massive', 'series', 'wave', 'ground', 'naval', 'aerial'].includes((tokens[j] as Token).lower) || ((tokens[j] as Token).text === '-' && (tokens[j] as Token).space === '') || (tokens[j - 1]?.text === '-' && tokens[j - 1]?.space === '' && (tokens[j] as Token).pos === 'NOUN')) && !this.mentionAt(j)) j--;
    if (j >= s.first && tokens[j]?.lower === "'s") j--;
    const m = j >= s.first ? this.mentionAt(j) : null;
    if (m) {
      const arg = this.argOf(m, 'agent');
      if (arg) return arg;
    }
    // "strikes by X", "accusations from X", "attacks on Iraqi posts by the Islamic State"
    let a = k + 1;
    while (a < s.end && a < k + 9 && !['by', 'from'].includes((tokens[a] as Token).lower)) {
      const w = tokens[a] as Token;
      // "talks in Ankara mediated by X": the "by" of a participle belongs to the participle.
      if (CLAUSE_BREAKS.has(w.text) || w.text === ',' || this.isVerb(w) || w.lower === 'and' || (w.lower.endsWith('ed') && ['ADJ', 'VERB'].includes(w.pos))) break;
      a++;
    }
    if (a < s.end && ['by', 'from'].includes((tokens[a] as Token).lower)) {
      const args = this.argsIn(a + 1, Math.min(s.end, a + 4), 'agent');
      if (args[0]) return args[0];
    }
    return null;
  }

  /**
   * The first actor after `from`, within a noun phrase: determiners, adjectives, nouns and "of"
   * may come first ("attacked the positions of X"), another preposition or a verb ends the search.
   */
  objectAfter(from: number, s: Sentence, role: Role, maxSkip = 5): Arg[] {
    const args = this.objectAfterRaw(from, s, role, maxSkip);
    if (role !== 'attack-target' || args.length < 2) return args;
    // "struck sites in Pakistan and Pakistan-administered Kashmir": a region of a state attacked
    // beside that state is where the strikes landed, not another side.
    const states = new Set(args.map((a) => a.actorId));
    return args.filter((a) => {
      const info = this.info(a.actorId);
      return !(info && info.kind === 'government' && info.type !== 'PERSON' && info.affiliation && states.has(info.affiliation) && this.info(info.affiliation)?.kind === 'country');
    });
  }

  private objectAfterRaw(from: number, s: Sentence, role: Role, maxSkip: number): Arg[] {
    const { tokens } = this;
    let skipped = 0;
    for (let k = from; k < s.end; k++) {
      // "urged both sides", "between the two delegations": the dyad in view.
      if (this.inView && ['both', 'two'].includes((tokens[k] as Token).lower)) {
        // "both warring parties", "the two rival generals": a modifier may come first.
        // ("the two foreign ministers": an office before the head.)
        let h = ['warring', 'rival', 'opposing', 'feuding', 'neighbouring', 'neighboring', 'sparring', 'foreign', 'defence', 'defense', 'prime'].includes(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
        // ("the two nuclear-armed neighbours": a compound modifier glued by a hyphen.)
        while (h < Math.min(s.end, k + 5) && this.mentionAt(h) === null && (((tokens[h] as Token).text === '-' && (tokens[h] as Token).space === '') || tokens[h + 1]?.text === '-' || ((tokens[h] as Token).lower.endsWith('ed') && tokens[h - 1]?.text === '-'))) h++;
        if (DYAD_WORDS.has(tokens[h]?.lower ?? '') && this.dyadFits(tokens[h]?.lower ?? '')) return this.dyadArgs(tokens[h]?.lower ?? '');
      }
      // "ECOWAS urged the three countries to reconsider": the states just named together.
      const group = k === from ? this.groupPhraseAt(k) : null;
      if (group) {
        const members = this.groupInView(k, group.size);
        if (members.length > 0) return members;
      }
      // "Thailand and Cambodia held talks. Trump urged them to stop fighting": the pair just named.
      // ("Rubio called on them to open a line": the verb before "on".)
      const controller = tokens[k - 1]?.lower === 'on' && ['call', 'calls', 'called', 'calling'].includes(tokens[k - 2]?.lower ?? '') ? k - 2 : k - 1;
      if (this.inView && k === from && (tokens[k] as Token).lower === 'them' && tokens[k + 1]?.lower === 'to' && this.isVerb(tokens[controller]) && (OBJECT_CONTROL.has(verbLemma(tokens[controller] as Token)) || controller === k - 2) && this.memory.dyadSentence >= s.index - 1) {
        return this.dyadArgs('sides');
      }
      // "said the sides had agreed", "urged the sides to": the pair just named.
      if (this.inView && (tokens[k] as Token).lower === 'the' && tokens[k + 1]?.lower === 'sides' && tokens[k + 2]?.lower !== 'of' && this.memory.dyadSentence >= s.index - 1) {
        return this.dyadArgs('sides');
      }
      // ("urged the warring parties to protect civilians", "the belligerents": the pair at war just named.)
      if (this.inView && k === from && (tokens[k] as Token).lower === 'the' && ((['warring', 'rival', 'feuding', 'opposing'].includes(tokens[k + 1]?.lower ?? '') && ['parties', 'sides', 'factions'].includes(tokens[k + 2]?.lower ?? '')) || tokens[k + 1]?.lower === 'belligerents') && this.memory.dyadSentence >= s.index - 2 && this.dyadFits('parties')) {
        return this.dyadArgs('parties');
      }
      // "mediating between the neighbours", "between the warring parties": the pair in view, named lately.
      if (this.inView && tokens[k - 1]?.lower === 'between' && (tokens[k] as Token).lower === 'the') {
        // "between the nuclear-armed neighbours", "between the longtime foes": modifiers first.
        let w = tokens[k + 1]?.lower === 'two' ? k + 2 : k + 1;
        while (w < Math.min(s.end, k + 6) && this.mentionAt(w) === null && (['ADJ', 'ADV'].includes((tokens[w] as Token).pos) || tokens[w + 1]?.text === '-' || ((tokens[w] as Token).text === '-' && (tokens[w] as Token).space === '') || ((tokens[w] as Token).lower.endsWith('ed') && tokens[w - 1]?.text === '-'))) w++;
        const head = tokens[w]?.lower ?? '';
        // A pair named by what they are to each other stays in view; "the warring sides" only right after it was named.
        // ("shuttled between the delegations": the two delegations of the pair just named.)
        if (['neighbours', 'neighbors', 'rivals', 'foes', 'adversaries', 'belligerents'].includes(head) || (w === k + 2 && ['warring', 'rival', 'feuding', 'opposing'].includes(tokens[k + 1]?.lower ?? '') && ['sides', 'parties'].includes(head) && this.memory.dyadSentence >= s.index - 2) || (w === k + 1 && ['delegations', 'sides', 'parties'].includes(head) && this.memory.dyadSentence >= s.index - 1)) {
          if (tokens[w + 1]?.lower !== 'of' && this.dyadFits(head)) return this.dyadArgs(head);
        }
      }
      const m = this.mentionAt(k);
      // ("called on Poland's allies to help", "condemnation from Kyiv's European allies": the possessor's
      // unnamed partners, not the possessor.)
      let partnersAt = (m?.end ?? 0) + 1;
      while (m && partnersAt < m.end + 3 && (tokens[partnersAt]?.pos === 'ADJ' || (tokens[partnersAt]?.pos === 'PROPN' && !this.mentionAt(partnersAt)) || this.mentionAt(partnersAt)?.form === 'demonym')) partnersAt++;
      if (m && ["'s", "'"].includes(tokens[m.end]?.text ?? '') && ['allies', 'partners', 'neighbours', 'neighbors', 'friends', 'backers', 'supporters', 'enemies', 'rivals', 'adversaries', 'foes', 'critics', 'opponents'].includes(tokens[partnersAt]?.lower ?? '')) return [];
      if (m) {
        const arg = this.argOf(m, role);
        if (!arg) {
          if (m.absorbed) {
            // "met Russia's foreign minister, Sergei Lavrov": the official named after the comma.
            let t2 = m.end;
            if (tokens[t2]?.lower === "'s") t2++;
            while (t2 < s.end && t2 < m.end + 5 && (TITLE_WORDS.has((tokens[t2] as Token).lower) || (tokens[t2] as Token).pos === 'ADJ')) t2++;
            const official = tokens[t2]?.text === ',' && t2 > m.end + 1 ? this.mentionAt(t2 + 1) : null;
            const officialArg = official && this.info(official.actorId)?.type === 'PERSON' ? this.argOf(official, role) : null;
            if (officialArg) return [officialArg];
            k = m.end - 1;
            continue;
          }
          return [];
        }
        // "Pakistan-based Lashkar-e-Taiba", "Iran-backed militias": a glued modifier is not the head;
        // the head is the actor after it, or nobody.
        // ("Islamic State-linked insurgents" are the group's own: linked, affiliated, aligned keep the name.)
        if (tokens[m.end]?.text === '-' && tokens[m.end]?.space === '' && tokens[m.end + 1]?.space === '' && GLUED_MODIFIERS.has(tokens[m.end + 1]?.lower ?? '')) {
          let h = m.end + 2;
          while (h < s.end && h < m.end + 5 && !this.mentionAt(h) && ['ADJ', 'NOUN'].includes((tokens[h] as Token).pos) && !(tokens[h] as Token).capitalised) h++;
          const head = this.mentionAt(h);
          // "struck Houthi-controlled Sanaa": the controller is hit, not the state of the city.
          if (role === 'attack-target' && ['controlled', 'held', 'occupied', 'run'].includes(tokens[m.end + 1]?.lower ?? '')) {
            const controller = this.argOf({ ...m, absorbed: false }, role);
            if (controller) return [controller];
          }
          const headArg = head && head.first === h ? this.argOf(head, role) : null;
          if (head && headArg) return this.coordinated(head, headArg, s.end, role);
          // "retaliation against the U.S.-led military bloc", "attacked the Saudi-led coalition": the leader of an unnamed coalition.
          if (!head && tokens[m.end + 1]?.lower === 'led' && ['coalition', 'bloc', 'alliance', 'forces', 'force', 'mission', 'blockade'].includes(tokens[h - 1]?.lower ?? '')) {
            const leader = this.argOf({ ...m, absorbed: false }, role);
            if (leader) return [leader];
          }
          if (role !== 'attack-target' || !['owned', 'flagged', 'registered', 'operated'].includes(tokens[m.end + 1]?.lower ?? '')) return [];
        }
        // "fighters from Russia's Africa Corps": the possessed actor is the head of the phrase.
        if (tokens[m.end]?.lower === "'s") {
          const head = this.mentionAt(m.end + 1);
          const headArg = head ? this.argOf(head, role) : null;
          if (head && headArg && this.info(head.actorId)?.type !== 'PERSON') return this.coordinated(head, headArg, s.end, role);
        }
        // "the Palestinian group Hamas", "the Lebanese armed group Hezbollah": the name is the head.
        if (m.form === 'demonym') {
          let h = m.end;
          while (h < m.end + 3 && (GROUP_HEADS.has(tokens[h]?.lower ?? '') || ['armed', 'militant', 'islamist', 'rebel', 'paramilitary'].includes(tokens[h]?.lower ?? ''))) h++;
          const named = h > m.end && GROUP_HEADS.has(tokens[h - 1]?.lower ?? '') ? this.mentionAt(h) : null;
          const namedArg = named && named.first === h ? this.argOf(named, role) : null;
          if (named && namedArg) return this.coordinated(named, namedArg, s.end, role);
        }
        // "backed a UN resolution": the actor only modifies a thing.
        const after = tokens[m.end];
        // ("Indian border guards", "the Thai border police": a force named by what it guards.)
        const borderForce = after?.lower === 'border' && ['guards', 'guard', 'police', 'troops', 'forces', 'units', 'patrol', 'patrols'].includes(tokens[m.end + 1]?.lower ?? '');
        if (role !== 'attack-target' && after && after.pos === 'NOUN' && ARTIFACT_NOUNS.has(after.lower) && !borderForce) return [];
        return this.coordinated(m, arg, s.end, role);
      }
      const t = tokens[k] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || t.text === '.') return [];
      // "fighters from Russia's Africa Corps", "forces loyal to the GNU": the force stands for its owner.
      const ownerPrep =
        (t.lower === 'from' && AGENT_NOUNS.has(tokens[k - 1]?.lower ?? '')) ||
        (t.lower === 'to' && tokens[k - 1]?.lower === 'loyal') ||
        // "shelled a village in Armenia's Tavush region": the state that owns the place is hit.
        (role === 'attack-target' && ['in', 'inside'].includes(t.lower) && this.mentionAt(k + 1)?.form === 'name' && this.info(this.mentionAt(k + 1)?.actorId ?? '')?.kind === 'country' && tokens[(this.mentionAt(k + 1) as Mention).end]?.lower === "'s") ||
        // "launched strikes on nine sites in Pakistan", "struck targets in southern Lebanon": generic
        // military targets inside a named state.
        // ("stormed a military base in central Somalia", "captured two villages in eastern Ukraine": a place, too.)
        (role === 'attack-target' && ['in', 'inside', 'across'].includes(t.lower) && (GENERIC_TARGETS.has(tokens[k - 1]?.lower ?? '') || STRUCK_PLACES.has(tokens[k - 1]?.lower ?? '') || PLACED_TARGETS.has(tokens[k - 1]?.lower ?? '')) && this.mentionAt(this.afterRegion(k + 1))?.form === 'name' && this.info(this.mentionAt(this.afterRegion(k + 1))?.actorId ?? '')?.kind === 'country' &&
          !this.ownedBefore(k)) ||
        // "struck an oil refinery in Saratov", "hit a residential building in Kharkiv": what was hit in a town of a state.
        (role === 'attack-target' && ['in', 'near'].includes(t.lower) && (GENERIC_TARGETS.has(tokens[k - 1]?.lower ?? '') || STRUCK_PLACES.has(tokens[k - 1]?.lower ?? '')) && ['city', 'capital'].includes(this.mentionAt(k + 1)?.form ?? '') &&
          // ("army positions in Sittwe": the seat of a province is no state that was hit.)
          this.info(this.mentionAt(k + 1)?.actorId ?? '')?.kind === 'country' &&
          // ("its positions near Goma": the owner named first is the one hit.)
          !this.ownedBefore(k));
      // "positions held by the Government of National Unity": the holder is hit.
      // "weapons depots used by Hezbollah", "bases operated by the group": the user is hit.
      if (role === 'attack-target' && ['held', 'controlled', 'occupied', 'run', 'used', 'operated', 'manned', 'escorted', 'guarded'].includes(t.lower) && tokens[k + 1]?.lower === 'by') return this.objectAfter(k + 2, s, 'agent', 3);
      // "strikes on more than 60 Houthi targets", "at least two Russian bases": a quantity first.
      const quantity = (t.lower === 'than' && ['more', 'fewer', 'less'].includes(tokens[k - 1]?.lower ?? '')) || (t.lower === 'at' && tokens[k + 1]?.lower === 'least');
      if (t.pos === 'ADP' && t.lower !== 'of' && !ownerPrep && !quantity) return [];
      // "a base hosting U.S. troops", "a compound housing Russian advisers": the force inside is hit.
      if (role === 'attack-target' && ['hosting', 'housing', 'carrying', 'transporting'].includes(t.lower) && MILITARY_TARGETS.has(tokens[k - 1]?.lower ?? '')) continue;
      // "killed 30 militants belonging to the TTP", "fighters linked to Islamic State": the fighters' group.
      // ("struck a boat belonging to the Tren de Aragua gang": what is hit belongs to the one hit.)
      if (['belonging', 'linked', 'affiliated', 'tied'].includes(t.lower) && ['to', 'with'].includes(tokens[k + 1]?.lower ?? '') && (UNNAMED_FIGHTERS.has(tokens[k - 1]?.lower ?? '') || AGENT_NOUNS.has(tokens[k - 1]?.lower ?? '') || (role === 'attack-target' && t.lower === 'belonging' && tokens[k - 1]?.pos === 'NOUN'))) {
        k++;
        continue;
      }
      // "bombed suspected TTP hideouts": a hedging participle modifies the head.
      if (['suspected', 'alleged', 'purported', 'presumed', 'so-called'].includes(t.lower) && (this.mentionAt(k + 1) !== null || tokens[k + 1]?.pos === 'NOUN' || tokens[k + 1]?.pos === 'ADJ')) continue;
      // "Kurdish-led SDF positions": a participle glued to a hyphen modifies the head.
      const gluedWord = t.space === '' && tokens[k - 1]?.text === '-' && tokens[k - 1]?.space === '';
      if ((this.isVerb(t) && !gluedWord) || t.pos === 'SCONJ' || t.pos === 'CCONJ' || RELATIVES.has(t.lower)) return [];
      // Determiners and "of" cost nothing: "with the breakaway region of Somaliland"; nor does the
      // preposition to a place's state, or its compass word ("militant positions in northern Syria").
      if (ownerPrep) {
        k = this.afterRegion(k + 1) - 1;
        continue;
      }
      // ("forces loyal to Prime Minister Abdul Hamid Dbeibah": the title of the one named costs nothing.)
      if (TITLE_WORDS.has(t.lower) && (tokens[k - 1]?.lower === 'to' || TITLE_WORDS.has(tokens[k - 1]?.lower ?? '')) && tokens[k - 2]?.lower === 'loyal') continue;
      if (TITLE_WORDS.has(t.lower) && TITLE_WORDS.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'to' && tokens[k - 3]?.lower === 'loyal') continue;
      if (t.pos !== 'DET' && t.lower !== 'of' && ++skipped > maxSkip) return [];
    }
    return [];
  }

  /**
   * An owner named in the few words before the preposition at `k`: "its positions near Goma",
   * "Hezbollah's depots in Lebanon" (not "a children's hospital in Kyiv").
   */
  protected ownedBefore(k: number): boolean {
    const { tokens } = this;
    for (let q = Math.max(0, k - 4); q < k - 1; q++) {
      const w = (tokens[q] as Token).lower;
      if (['its', 'their', 'his', 'her', 'our'].includes(w) || (w === "'s" && this.mentionAt(q - 1) !== null)) return true;
    }
    return false;
  }

  /** An argument named right after a locative preposition: "refugees returning from Pakistan". */
  protected namedAsPlace(a: Arg): boolean {
    return !!a.mention && ['from', 'in', 'to', 'into', 'at', 'near'].includes(this.tokens[a.mention.first - 1]?.lower ?? '');
  }

  /** "between X and Y" at `k`. */
  betweenAt(k: number, s: Sentence, role: Role = 'target'): Arg[] {
    const { tokens } = this;
    if (tokens[k]?.lower !== 'between') return [];
    // "Qatar has been mediating between them": the pair of the sentence before.
    if (tokens[k + 1]?.lower === 'them' && this.inView && this.memory.dyadSentence >= s.index - 1) return this.inView.map((a) => ({ ...a, mention: null, weight: a.weight * 0.8 }));
    const args = this.objectAfter(k + 1, s, role, 3);
    if (args.length >= 2) return args.slice(0, 2);
    // "between the Radaa force and fighters loyal to the GNU": the second side named by its fighters.
    const first = args[0]?.mention;
    if (args.length === 1 && first) {
      const and = this.phraseEnd(first, s.end);
      if (and !== -1 && tokens[and]?.lower === 'and' && (UNNAMED_FIGHTERS.has(tokens[and + 1]?.lower ?? '') || AGENT_NOUNS.has(tokens[and + 1]?.lower ?? ''))) {
        const second = this.objectAfter(and + 1, s, role, 3).filter((a) => this.sideOf(a.actorId) !== this.sideOf((args[0] as Arg).actorId));
        if (second.length === 1) return [args[0] as Arg, second[0] as Arg];
      }
    }
    return [];
  }

  /** The first "between X and Y" after `from` within `span` tokens. */
  betweenAfter(from: number, s: Sentence, span: number): Arg[] {
    for (let k = from; k < Math.min(s.end, from + span); k++) {
      const t = this.tokens[k] as Token;
      if (t.text === ';' || t.text === '.') break;
      if (t.lower === 'between') {
        const args = this.betweenAt(k, s);
        if (args.length >= 2) return args;
      }
    }
    return [];
  }

  /** Negation, irrealis and hedge cues between the clause start and the trigger. */
  modality(clauseStart: number, v: number, s: Sentence): { negated: boolean; irrealis: boolean; hedged: boolean } {
    const { tokens } = this;
    let negated = false;
    let irrealis = false;
    let hedged = false;
    let from = Math.max(s.first, clauseStart, v - 6);
    const aside = this.relativeAsideBefore(v, s);
    // "rejected the resolution and vowed to ...": cues before a coordinating "and" belong to the first verb.
    for (let k = v - 1; k > from; k--) {
      const w = (tokens[k] as Token).lower;
      // ("did not cover Israel and vowed to attack Israel", "was not seeking confrontation with Chad but
      // called on Chad": a verb right after the conjunction opens the second conjunct, after a name too.)
      if ((w === 'and' || w === 'but') && (!this.mentionAt(k - 1) || (this.isVerb(this.tokens[k + 1]) && !(this.tokens[k + 1] as Token).lower.endsWith('ing')))) {
        from = k + 1;
        break;
      }
    }
    for (let k = from; k < v; k++) {
      const t = tokens[k] as Token;
      if (this.mentionAt(k)) continue;
      // ("The ELN, which denied the charges, attacked": cues inside an aside about the subject are its own.)
      if (k >= aside.open && k <= aside.close) continue;
      if (NEGATIONS.has(t.lower) && !(t.lower === 'no' && k < v - 2)) {
        // "denied"/"rejected" right before an event verb deny it: "denied attacking".
        negated = true;
      }
      if (IRREALIS.has(t.lower)) {
        // "to" only counts right before the verb: "vowed to attack", "urged X to meet";
        // "are believed to have attacked" reports a past act, hedged.
        if (t.lower === 'to' && tokens[k + 1]?.lower === 'have') hedged = true;
        // "is believed to be backing", "is thought to receive": a present act reported, hedged.
        else if (t.lower === 'to' && ['believed', 'thought', 'suspected', 'reported', 'said', 'alleged', 'understood', 'known'].includes(tokens[k - 1]?.lower ?? '') && (BE_FORMS.has(tokens[k - 2]?.lower ?? '') || (tokens[k - 2]?.pos === 'ADV' && BE_FORMS.has(tokens[k - 3]?.lower ?? '')))) hedged = true;
        // "Iran continues to arm the Houthis": an act going on, not one to come.
        else if (t.lower === 'to' && ['continue', 'continues', 'continued', 'continuing'].includes(tokens[k - 1]?.lower ?? '')) continue;
        // "prompting the Taliban to retaliate", "began to shell", "forced the army to withdraw": done, not to come.
        else if (t.lower === 'to' && this.implicativeBefore(k)) continue;
        else if (t.lower !== 'to' || k >= v - 2) irrealis = true;
      }
      if (HEDGES.has(t.lower)) hedged = true;
    }
    // "Rwanda demanded that Congo neutralise the FDLR": the act demanded is not done.
    if (tokens[clauseStart - 1]?.lower === 'that' && this.isVerb(tokens[clauseStart - 2]) && ['demand', 'urge', 'insist', 'ask', 'require', 'request', 'propose', 'suggest', 'recommend'].includes(verbLemma(tokens[clauseStart - 2] as Token))) irrealis = true;
    // "if" anywhere earlier in the clause, or opening it, makes it hypothetical.
    for (let k = Math.max(s.first, clauseStart - 1); k < from; k++) {
      const t = tokens[k] as Token;
      if (['if', 'unless', 'whether'].includes(t.lower)) irrealis = true;
      if (HEDGES.has(t.lower)) hedged = true;
    }
    // "warned NATO against sending troops", "urged Rwanda to refrain from arming": an act warned
    // against or held back is not done.
    const gerund = (tokens[v] as Token).lower.endsWith('ing');
    if (gerund && tokens[v - 1]?.lower === 'against') irrealis = true;
    // "its ban on supplying lethal weapons", "a moratorium on selling arms": an act barred is not done.
    if (gerund && tokens[v - 1]?.lower === 'on' && ['ban', 'bans', 'embargo', 'moratorium', 'restrictions', 'restriction', 'limits', 'freeze', 'prohibition', 'curbs'].includes(tokens[v - 2]?.lower ?? '')) irrealis = true;
    // "is considering sending weapons", "weighed joining the talks": an act thought about, not done.
    if (gerund && ['considering', 'consider', 'considers', 'considered', 'weighing', 'weigh', 'weighs', 'weighed', 'mulling', 'mull', 'mulls', 'mulled', 'contemplating', 'contemplate', 'contemplated', 'discussing', 'discussed', 'exploring', 'explored', 'studying'].includes(tokens[v - 1]?.lower ?? '')) irrealis = true;
    if (gerund && tokens[v - 1]?.lower === 'from') {
      for (let k = v - 2; k >= Math.max(s.first, v - 6); k--) {
        const w = tokens[k] as Token;
        if (['refrain', 'refrained', 'refrains', 'refraining', 'stop', 'stopped', 'prevent', 'prevented', 'deter', 'deterred', 'bar', 'barred', 'ban', 'banned', 'dissuade', 'discourage', 'desist', 'keep', 'restrain'].includes(w.lower)) irrealis = true;
        if (this.isVerb(w)) break;
      }
    }
    const next = tokens[v + 1];
    // ("agreed not to use force against each other" is an agreement, of restraint.)
    const agreedNotTo = next?.lower === 'not' && tokens[v + 2]?.lower === 'to' && verbLemma(tokens[v] as Token) === 'agree';
    if (next && (next.lower === 'not' || next.lower === "n't") && !agreedNotTo) negated = true;
    // "when the two leaders meet at a summit": a present tense after "when/once/until" is still to come.
    const verb = tokens[v] as Token;
    const present = verb.pos === 'VERB' && !verb.lower.endsWith('ed') && !IRREGULAR_PAST.has(verb.lower) && !IRREGULAR_PARTICIPLES.has(verb.lower) && !verb.lower.endsWith('ing');
    if (present) {
      for (let k = Math.max(s.first, clauseStart - 1, v - 8); k < v; k++) {
        if (['when', 'once', 'until', 'before'].includes((tokens[k] as Token).lower) && !this.mentionAt(k)) irrealis = true;
      }
    }
    // "pledged to keep supplying weapons to Ukraine", "will continue to arm the group": backing that
    // goes on is asserted, not only promised (hedged: the rest is a promise).
    const goesOn = (w: Token | undefined): boolean => !!w && ['keep', 'continue'].includes(verbLemma(w));
    // ("said it would continue negotiating with Kinshasa": talks under way, too.)
    // ("France will continue to stand by Armenia": standing by a side, too.)
    const backing = GIVE_LEMMAS.has(verbLemma(verb)) || (VERB_TRIGGERS.get(verbLemma(verb)) ?? []).some((r) => r.type === 'SUPPORTS' || r.type === 'NEGOTIATES_WITH' || r.type === 'MEDIATES') || (['stand', 'side'].includes(verbLemma(verb)) && ['by', 'with', 'behind'].includes(tokens[v + 1]?.lower ?? ''));
    if (irrealis && !negated && backing && (goesOn(tokens[v - 1]) || (tokens[v - 1]?.lower === 'to' && goesOn(tokens[v - 2])))) {
      irrealis = false;
      hedged = true;
    }
    // "China pledged to support Bangladesh", "promised to send air defences": backing pledged is backing given, as a pledge.
    if (irrealis && !negated && backing && tokens[v - 1]?.lower === 'to' && ['pledged', 'promised', 'committed', 'vowed'].includes(tokens[v - 2]?.lower ?? '') && !this.hasIrrealisBefore(v - 2, s, clauseStart, ['if', 'unless', 'whether', 'would', 'could', 'will', 'may', 'might'])) {
      irrealis = false;
      hedged = true;
    }
    return { negated, irrealis, hedged };
  }

  /** ", which was not part of the talks," right before the verb at `v` (past adverbs and auxiliaries): its commas, else -1s. */
  protected relativeAsideBefore(v: number, s: Sentence): { open: number; close: number } {
    const { tokens } = this;
    let close = v - 1;
    while (close > s.first && ['ADV', 'AUX'].includes((tokens[close] as Token).pos)) close--;
    if (tokens[close]?.text !== ',') return { open: -1, close: -1 };
    for (let k = close - 1; k > s.first && k > close - 16; k--) {
      const t = tokens[k] as Token;
      if (CLAUSE_BREAKS.has(t.text)) break;
      if (t.text === ',') return RELATIVES.has(tokens[k + 1]?.lower ?? '') ? { open: k, close } : { open: -1, close: -1 };
    }
    return { open: -1, close: -1 };
  }

  /** Before the "to" at `k`, a past verb whose infinitive happened: "prompted (X) to", "began to", "managed to". */
  protected implicativeBefore(k: number): boolean {
    const { tokens } = this;
    let j = k - 1;
    // ("prompting U.S. jets to strike": the force's nouns after the name.)
    while (j > 0 && FORCE_NOUNS.has(tokens[j]?.lower ?? '') && !this.mentionAt(j)) j--;
    const m = this.mentionAt(j);
    if (m) j = m.first - 1;
    while (['the', 'its', 'their'].includes(tokens[j]?.lower ?? '')) j--;
    const w = tokens[j]?.lower ?? '';
    // "managed to", "began to": the subject did it.
    if (!m && ['managed', 'began', 'begun', 'started', 'proceeded'].includes(w)) return true;
    // "prompted the Taliban to", "was forced to": the one made to act did it.
    const causative = ['prompted', 'prompting', 'forced', 'forcing', 'provoked', 'provoking', 'drove', 'driving'].includes(w);
    return causative && (m !== null || BE_FORMS.has(tokens[j - 1]?.lower ?? ''));
  }

  /** A denial verb governing this clause ("denied that it attacked", "rejected claims that X struck"). */
  governedByDenial(v: number, s: Sentence): boolean {
    const aside = this.relativeAsideBefore(v, s);
    for (let k = v - 1; k >= Math.max(s.first, v - 14); k--) {
      if (k === aside.close) k = aside.open - 1;
      const t = this.tokens[k] as Token;
      if (!t) break;
      if (t.text === ';' || this.newClauseAt(k, v)) return false;
      if (t.pos === 'VERB' && ['deny', 'reject', 'dismiss', 'refute'].includes(t.lemma)) return true;
      // "Iran did not confirm reports that it had supplied drones": unconfirmed, not asserted.
      if (t.pos === 'VERB' && t.lemma === 'confirm' && ['not', "n't", 'to'].includes(this.tokens[k - 1]?.lower ?? '') && (this.tokens[k - 1]?.lower !== 'to' || ['declined', 'refused', 'declines', 'refuses'].includes(this.tokens[k - 2]?.lower ?? ''))) return true;
      // "denied X and said Y attacked": the second verb is outside the denial.
      if (k < v - 1 && t.pos === 'VERB' && SPEECH_LEMMAS.has(t.lemma)) return false;
      if (['false', 'baseless', 'unfounded', 'fabricated'].includes(t.lower)) return true;
      if (t.lower === 'evidence' && ['no', 'without', 'little'].includes(this.tokens[k - 1]?.lower ?? '')) return true;
    }
    return false;
  }

  /**
   * Who speaks: an enclosing "X said (that)", a trailing ", X said", "according to X", or the
   * speaker of a quotation. Outlets never speak for anyone.
   */
  claimantFor(v: number, s: Sentence): string | null {
    const { tokens } = this;
    // according to X
    for (let k = s.first; k < s.end - 2; k++) {
      if ((tokens[k] as Token).lower === 'according' && (tokens[k + 1] as Token).lower === 'to') {
        const args = this.objectAfter(k + 2, s, 'agent', 4);
        if (args[0]) return args[0].actorId;
      }
    }
    // X said (that) ... v
    for (let k = v - 1; k >= s.first; k--) {
      const t = tokens[k] as Token;
      // "..., Hegseth said, the latest of strikes that Caracas condemned": a frame closed by a comma
      // reported what came before it.
      if (t.pos === 'VERB' && SPEECH_LEMMAS.has(t.lemma) && tokens[k + 1]?.text === ',' && tokens[k - 1] && !['that'].includes(tokens[k + 1]?.lower ?? '')) {
        const closesEarlier = tokens.slice(s.first, k).some((w) => w.text === ',');
        if (closesEarlier) continue;
      }
      // "X said the attack had links abroad, and Singh warned Islamabad it would pay": a new subject
      // after ", and" opens a clause of its own; the earlier speaker does not speak for it.
      if (['and', 'but'].includes(t.lower) && tokens[k - 1]?.text === ',') {
        const next = this.mentionAt(tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1);
        if (next && next.end < v && this.isVerb(tokens[next.end]) && tokens[next.end + 1]?.lower !== 'by') break;
      }
      // "The SPLM-IO rejected the government's claims that it had armed the militia, saying ...": a
      // participle of saying after a comma speaks for the subject of the sentence's first verb.
      if (['saying', 'adding', 'insisting', 'stressing', 'noting'].includes(t.lower) && tokens[k - 1]?.text === ',') {
        for (let q = s.first; q < k - 1; q++) {
          const w = tokens[q] as Token;
          if (w.text === ';' || w.text === ':') break;
          if (w.pos !== 'VERB' || w.lower.endsWith('ing') || tokens[q - 1]?.lower === 'to') continue;
          const main = this.subjectOf(q, s, 'agent', 1).subjects[0];
          if (main && main.mention && main.mention.first < q) return main.actorId;
          break;
        }
      }
      // ("Pashinyan told reporters that Azerbaijan was behind the attack": telling an audience is saying.)
      // ("told state media that", "told a news conference that": an audience, too.)
      const toldAudience = t.pos === 'VERB' && t.lemma === 'tell' && (['reporters', 'journalists', 'lawmakers', 'parliament', 'supporters'].includes(tokens[k + 1]?.lower ?? '') || (tokens[k + 1]?.lower === 'state' && ['media', 'television', 'tv', 'radio'].includes(tokens[k + 2]?.lower ?? '')) || (['a', 'the'].includes(tokens[k + 1]?.lower ?? '') && ['news', 'press'].includes(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.lower === 'conference'));
      // ("a U.N. commission of inquiry concluded on Tuesday that ...", "investigators found that ...": a finding is a claim.)
      const thatAt = tokens.slice(k + 1, Math.min(s.end, k + 5)).findIndex((w) => w.lower === 'that');
      const finding = t.pos === 'VERB' && ['conclude', 'find', 'determine', 'establish'].includes(t.lemma) && thatAt !== -1 && tokens.slice(k + 1, k + 1 + thatAt).every((w) => ['ADP', 'PROPN', 'NOUN', 'DET', 'NUM'].includes(w.pos) && !this.mentionAt(k + 1));
      if ((t.pos === 'VERB' && SPEECH_LEMMAS.has(t.lemma) && !VERB_TRIGGERS.has(t.lemma)) || toldAudience || finding) {
        const frame = this.subjectOf(k, s, 'agent', 1);
        // "Kim Jong Un's sister said": a relative speaks for herself, not for the one named.
        const kin = frame.subjects[0]?.mention ? KIN_NOUNS.has(tokens[frame.subjects[0].mention.end + 1]?.lower ?? '') && tokens[frame.subjects[0].mention.end]?.lower === "'s" : false;
        if (kin) return null;
        if (frame.subjects[0]) return frame.subjects[0].actorId;
        // "Mediators said both sides agreed": a speaker who is no actor is nobody's claim.
        if (this.hasNoun(frame.clauseStart, k)) return null;
        // "said X": inverted speech frame before the clause.
        const after = this.objectAfter(k + 1, s, 'agent', 3);
        if (after[0]) return after[0].actorId;
      }
    }
    // ..., X said. / "...," the source emphasised.
    for (let k = v + 1; k < s.end; k++) {
      const t = tokens[k] as Token;
      // (", Erdogan told reporters.": telling an audience is a frame of speech, not a demand.)
      // ("told state media that", "told a news conference that": an audience, too.)
      const toldAudience = t.pos === 'VERB' && t.lemma === 'tell' && (['reporters', 'journalists', 'lawmakers', 'parliament', 'supporters'].includes(tokens[k + 1]?.lower ?? '') || (tokens[k + 1]?.lower === 'state' && ['media', 'television', 'tv', 'radio'].includes(tokens[k + 2]?.lower ?? '')) || (['a', 'the'].includes(tokens[k + 1]?.lower ?? '') && ['news', 'press'].includes(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.lower === 'conference'));
      if (t.pos === 'VERB' && ((SPEECH_LEMMAS.has(t.lemma) && !VERB_TRIGGERS.has(t.lemma)) || toldAudience)) {
        // The speaker's phrase runs back to a comma or a closing quote: ", the Lebanese army said".
        let b = k - 1;
        while (b > v && b > k - 7 && ![',', '"'].includes((tokens[b] as Token).text) && !this.isVerb(tokens[b])) b--;
        const trailing = [',', '"'].includes((tokens[b] as Token).text) || (tokens[k - 1] !== undefined && [',', '"'].includes((tokens[k - 1] as Token).text));
        if (!trailing) continue;
        // A trailing frame closes the sentence: ", Islamabad said." — not "which Islamabad said targeted".
        let rest = 0;
        let stop = k + 1;
        while (stop < s.end && (tokens[stop] as Token).text !== ',') stop++;
        for (let j = k + 1; j < stop; j++) if ((tokens[j] as Token).pos !== 'PUNCT') rest++;
        if (rest > 6 || this.hasVerbAfter(k + 1, { ...s, end: stop })) continue;
        // ", the Cyprus News Agency reported": an outlet is provenance, nobody's claim.
        for (let j = b; j < k; j++) if (this.actors.outletAt[j] === 1) return null;
        const frame = this.subjectOf(k, s, 'agent', 1);
        if (frame.subjects[0]) return frame.subjects[0].actorId;
        const after = this.objectAfter(k + 1, s, 'agent', 3);
        if (after[0]) return after[0].actorId;
      }
    }
    return null;
  }

  protected hasNoun(from: number, to: number): boolean {
    for (let j = Math.max(0, from); j < to; j++) if (['NOUN', 'PROPN', 'PRON'].includes((this.tokens[j] as Token).pos)) return true;
    return false;
  }

  protected hasVerbAfter(from: number, s: Sentence): boolean {
    for (let j = from; j < s.end; j++) if ((this.tokens[j] as Token).pos === 'VERB') return true;
    return false;
  }

  /**
   * "Pakistan and Afghanistan clashed at the border. Pakistan says its strikes hit only TTP
   * hideouts": one of two states that just fought each other striking an armed group leaves the
   * two states the pair in view.
   */
  protected sideStrikesGroup(source: string, target: string, s: Sentence): boolean {
    const dyad = this.memory.dyad;
    if (!dyad || s.index - this.memory.dyadSentence > 2 || this.info(target)?.kind !== 'armed-group') return false;
    const [a, b] = dyad.map((x) => x.actorId) as [string, string];
    if (source !== a && source !== b) return false;
    const fought = (x: string, y: string): boolean => this.memory.attacks.some((e) => e.source === x && e.target === y);
    return fought(a, b) && fought(b, a);
  }

  /** Remembers the pair in talks or conflict, for "both sides", "between them", "the two leaders". */
  setDyad(pair: [Arg, Arg], s: Sentence, talks = false): void {
    // The pair is remembered as named; each later use discounts it once, not once per hop.
    const fresh: [Arg, Arg] = [{ ...pair[0], weight: 1 }, { ...pair[1], weight: 1 }];
    if (this.memory.dyadSentence !== s.index) {
      this.memory.priorDyad = this.memory.dyad;
      this.memory.priorDyadSentence = this.memory.dyadSentence;
    }
    this.memory.dyad = fresh;
    this.memory.dyadSentence = s.index;
    this.inView = fresh;
    if (talks) {
      this.memory.talks = fresh;
      this.memory.talksSentence = s.index;
      this.resolvePendingMediation(fresh, s);
    }
  }

  /**
   * "Egypt is hosting a new round of talks on Gaza. Israeli and Hamas delegations held talks in Cairo":
   * mediators of talks whose parties were not named yet mediate between the pair in talks named in
   * the next two sentences.
   */
  protected resolvePendingMediation(pair: [Arg, Arg], s: Sentence): void {
    const pending = this.memory.pendingMediation;
    if (!pending || s.index <= pending.sentence) return;
    this.memory.pendingMediation = null;
    if (s.index - pending.sentence > 2) return;
    const sides = new Set(pair.map((a) => this.sideOf(a.actorId)));
    const agents = pending.agents.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (agents.length === 0 || agents.length !== pending.agents.length) return;
    this.emit('MEDIATES', agents, pair.map((a) => ({ ...a, weight: 0.8 })), s, pending.confidence, pending.claimant, false);
  }

  emit(type: RelationType, sources: readonly Arg[], targets: readonly Arg[], s: Sentence, confidence: number, claimant: string | null, alleged: boolean): void {
    const symmetric = RELATION_TYPE_INFO[type].symmetric;
    if (type === 'AGREES_WITH') {
      const party = (a: Arg): boolean => !a.mention || !this.attendsAsWitness(a.mention, s);
      const counterparts = targets.filter(party);
      sources = sources.filter(party);
      // "Israel and Hamas signed the deal with Egypt as a guarantor": the signers with each other.
      targets = counterparts.length === 0 && targets.length > 0 && sources.length >= 2 ? sources : counterparts;
    }
    // "urged the GNU and Radaa to cease fire": two parties addressed together are the pair in view.
    if (['DEMANDS', 'CRITICIZES', 'MEDIATES', 'OFFERS_MEDIATION'].includes(type) && targets.length === 2) {
      const [a, b] = targets as [Arg, Arg];
      // Allies criticised together for their joint strikes are no pair in conflict.
      const allies = type === 'CRITICIZES' && this.memory.attacks.some((x) => x.source === a.actorId) && this.memory.attacks.some((x) => x.source === b.actorId) && !this.memory.attacks.some((x) => (x.source === a.actorId && x.target === b.actorId) || (x.source === b.actorId && x.target === a.actorId));
      if (this.sideOf(a.actorId) !== this.sideOf(b.actorId) && !allies) this.setDyad([a, b], s);
    }
    // "Ruto, who has led the mediation, held talks with SPLM-IO envoys": a mediator of a side meets it,
    // it does not negotiate with it, and the pair in view stays the two sides.
    if ((type === 'NEGOTIATES_WITH' || type === 'MEETS_WITH') && sources.length === 1 && targets.length === 1 && this.mediatorOfEither(sources[0] as Arg, targets[0] as Arg, s)) {
      const [src, tgt] = [sources[0] as Arg, targets[0] as Arg];
      if (this.sameSide(src.actorId, tgt.actorId)) return;
      const c = Math.min(1, confidence * src.weight * tgt.weight * (type === 'NEGOTIATES_WITH' ? 0.9 : 1));
      this.out.push({ source: src.actorId, target: tgt.actorId, type: 'MEETS_WITH', sentence: s.index, confidence: c, claimant, alleged });
      this.out.push({ source: tgt.actorId, target: src.actorId, type: 'MEETS_WITH', sentence: s.index, confidence: c, claimant, alleged });
      return;
    }
    for (const src of sources) {
      for (const tgt of targets) {
        if (src.actorId === tgt.actorId) continue;
        // An official and the state he speaks for are one side, not a dyad.
        if (this.sameSide(src.actorId, tgt.actorId)) continue;
        // ("The Islamic Republic's Revolutionary Guards ..., accusing it of smuggling": a state's own organ
        // does not accuse, criticise or threaten the state.)
        if (['ACCUSES', 'CRITICIZES', 'DENIES', 'DEMANDS', 'THREATENS'].includes(type) && ((this.info(src.actorId)?.affiliation === tgt.actorId && this.info(src.actorId)?.kind === 'military') || (this.info(tgt.actorId)?.affiliation === src.actorId && this.info(tgt.actorId)?.kind === 'military'))) continue;
        // "Sudan's army shelled ... in a region of Sudan": a state's own forces do not attack the state.
        if (type === 'ATTACKS' && (this.info(src.actorId)?.affiliation === tgt.actorId || this.info(tgt.actorId)?.affiliation === src.actorId) && ['military', 'government'].includes(this.info(src.actorId)?.kind ?? this.info(tgt.actorId)?.kind ?? '')) continue;
        const c = Math.min(1, confidence * src.weight * tgt.weight);
        this.out.push({ source: src.actorId, target: tgt.actorId, type, sentence: s.index, confidence: c, claimant, alleged });
        if (type === 'SUPPORTS' && alleged) this.backerLeavesDyad(src.actorId, tgt.actorId, s);
        if (symmetric) this.out.push({ source: tgt.actorId, target: src.actorId, type, sentence: s.index, confidence: c, claimant, alleged });
        if (type === 'NEGOTIATES_WITH' || type === 'MEETS_WITH' || type === 'AGREES_WITH') {
          // "Turkey held talks with the GNU" with the GNU and Radaa in view: one side meeting a third
          // actor (a mediator, an ally) leaves the pair in view as it was.
          // ("Gerapetritis, who met his Turkish counterpart on the sidelines, said": a meeting told in an aside.)
          if (!(type !== 'AGREES_WITH' && this.thirdPartyOfDyad(src.actorId, tgt.actorId, s)) && !(this.asideVerb && this.memory.dyad !== null)) this.setDyad([src, tgt], s, true);
        }
        // "Congo accused Rwanda ...; the two neighbours": a pair in conflict, unless this sentence named one already.
        else if ((type === 'ACCUSES' || (type === 'ATTACKS' && !alleged)) && sources.length === 1 && targets.length === 1 && this.memory.dyadSentence !== s.index && this.sideOf(src.actorId) !== this.sideOf(tgt.actorId) && !(type === 'ATTACKS' && this.sideStrikesGroup(src.actorId, tgt.actorId, s))) this.setDyad([src, tgt], s);
        if (type === 'ACCUSES' || type === 'CRITICIZES') this.memory.accusations.push({ source: src.actorId, target: tgt.actorId, sentence: s.index });
        // "Yerevan said Azerbaijani troops shelled its positions": a victim's report is an accusation to deny.
        if (type === 'ATTACKS' && claimant && this.sideOf(claimant) === this.sideOf(tgt.actorId)) {
          this.memory.accusations.push({ source: claimant, target: src.actorId, sentence: s.index });
        }
        // "The Houthis said they had targeted a U.S. warship": a claim the target may deny.
        else if (type === 'ATTACKS' && claimant && !alleged && this.sideOf(claimant) === this.sideOf(src.actorId) && this.sideOf(claimant) !== this.sideOf(tgt.actorId)) {
          this.memory.accusations.push({ source: claimant, target: tgt.actorId, sentence: s.index, ownClaim: true });
        }
        // "Islamabad said the Taliban were harbouring TTP militants": a claim about another side, which it may deny.
        else if ((type === 'SUPPORTS' || type === 'ATTACKS') && claimant && !alleged && this.sideOf(claimant) !== this.sideOf(src.actorId) && this.sideOf(claimant) !== this.sideOf(tgt.actorId)) {
          this.memory.accusations.push({ source: claimant, target: src.actorId, sentence: s.index });
        }
        // "Niger accused Benin of hosting French troops. France denied ...": the third side an allegation implicates may deny it too.
        if ((type === 'SUPPORTS' || type === 'ATTACKS') && alleged && claimant && this.sideOf(claimant) !== this.sideOf(tgt.actorId) && this.sideOf(claimant) !== this.sideOf(src.actorId)) {
          this.memory.accusations.push({ source: claimant, target: tgt.actorId, sentence: s.index, implicated: true });
        }
        if (type === 'ATTACKS' && !alleged) {
          this.memory.attacks.push({ source: src.actorId, target: tgt.actorId });
          this.memory.events.push({ agent: src.actorId, sentence: s.index });
        }
      }
    }
    // "The UN envoy held talks with Radaa and the 444th Brigade": the two sides she talks with are
    // the pair in view, not the envoy and the last of them.
    if ((type === 'NEGOTIATES_WITH' || type === 'MEETS_WITH') && sources.length === 1 && targets.length === 2) {
      const [a, b] = targets as [Arg, Arg];
      const src = sources[0] as Arg;
      const apart = (x: Arg, y: Arg): boolean => this.sideOf(x.actorId) !== this.sideOf(y.actorId);
      if (apart(a, b) && apart(src, a) && apart(src, b)) this.setDyad([a, b], s, true);
    }
  }

  /** True when one of `a`, `b` mediates the other's side in this sentence or the last four. */
  protected mediatorOfEither(a: Arg, b: Arg, s: Sentence): boolean {
    const [x, y] = [this.sideOf(a.actorId), this.sideOf(b.actorId)];
    if (x === y) return false;
    return this.out.some((r) => r.type === 'MEDIATES' && r.sentence <= s.index && s.index - r.sentence <= 4 && ((this.sideOf(r.source) === x && this.sideOf(r.target) === y) || (this.sideOf(r.source) === y && this.sideOf(r.target) === x)));
  }

  /** The "(" of a bracketed abbreviation or short name closing at `close` ("(UNSMIL)"), or -1. */
  protected bracketedAbbreviationStart(close: number, s: Sentence): number {
    const { tokens } = this;
    for (let j = close - 1; j >= Math.max(s.first, close - 5); j--) {
      const t = tokens[j] as Token;
      if (t.text === '(') return j < close - 1 ? j : -1;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || !(t.capitalised || /^[A-Z0-9&-]+$/.test(t.text))) return -1;
    }
    return -1;
  }

  /**
   * "The army and the RSF have fought since April. ... The UAE, which Sudan accuses of arming the
   * RSF, ...": the one accused of backing a side of the pair in view is a third party, so the
   * accusation does not make it and its accuser the pair "the two sides" stands for.
   */
  protected backerLeavesDyad(backer: string, backed: string, s: Sentence): void {
    const { dyad, priorDyad } = this.memory;
    if (!dyad || !priorDyad || this.memory.dyadSentence !== s.index || s.index - this.memory.priorDyadSentence > 4) return;
    const sides = (pair: [Arg, Arg]): Set<string> => new Set(pair.map((x) => this.sideOf(x.actorId)));
    const now = sides(dyad);
    const before = sides(priorDyad);
    if (!now.has(this.sideOf(backer)) || now.has(this.sideOf(backed)) || before.has(this.sideOf(backer)) || !before.has(this.sideOf(backed))) return;
    this.memory.dyad = priorDyad;
    this.memory.dyadSentence = this.memory.priorDyadSentence;
    this.inView = priorDyad;
  }

  /** True when exactly one of `a`, `b` is a side of the recent pair in view, named in an earlier sentence. */
  protected thirdPartyOfDyad(a: string, b: string, s: Sentence): boolean {
    const dyad = this.memory.dyad;
    if (!dyad || this.memory.dyadSentence === s.index || s.index - this.memory.dyadSentence > 4) return false;
    const sides = new Set(dyad.map((x) => this.sideOf(x.actorId)));
    return sides.has(this.sideOf(a)) !== sides.has(this.sideOf(b));
  }

  sameSide(a: string, b: string): boolean {
    const ia = this.info(a);
    const ib = this.info(b);
    // ("Sudan's sovereign council chairman, Abdel Fattah al-Burhan": the head of a state's army is of that state.)
    const armyOf = (p: typeof ia, state: string): boolean => {
      const body = p?.type === 'PERSON' && p.affiliation ? this.info(p.affiliation) : undefined;
      return body?.kind === 'military' && body.affiliation === state;
    };
    return (ia?.type === 'PERSON' && ia.affiliation === b) || (ib?.type === 'PERSON' && ib.affiliation === a) || armyOf(ia, b) || armyOf(ib, a);
  }

  /** Side of an actor for dyad membership: an official counts as his state or group. */
  sideOf(id: string): string {
    const info = this.info(id);
    return info?.type === 'PERSON' && info.affiliation ? info.affiliation : id;
  }

  /** A participle tagged as an adjective acts as a verb before "by" or after an auxiliary. */
  protected participleUse(k: number): boolean {
    const next = this.tokens[k + 1];
    const prev = this.tokens[k - 1];
    // "Qatar mediated between ...": right after its subject, an -ed word is the verb.
    const afterSubject = !!prev && this.mentionAt(k - 1) !== null && (this.tokens[k] as Token).lower.endsWith('ed') && prev.lower !== "'s";
    // "Oman, which mediated/ADJ between ...": right after a relative pronoun, an -ed word is the verb.
    const afterRelative = !!prev && ['who', 'which'].includes(prev.lower) && (this.tokens[k] as Token).lower.endsWith('ed');
    return next?.lower === 'by' || afterSubject || afterRelative || (!!prev && (prev.pos === 'AUX' || BE_FORMS.has(prev.lower)));
  }

  /** An adverb at `a` right after a subject, an auxiliary or a relative pronoun: "Qatar also", "has repeatedly", "which quietly". */
  protected adverbAfterSubject(a: number): boolean {
    const adv = this.tokens[a];
    const before = this.tokens[a - 1];
    if (!adv || !before || adv.pos !== 'ADV' || !(adv.lower.endsWith('ly') || ['also', 'again', 'since', 'already', 'once', 'twice', 'often', 'previously'].includes(adv.lower))) return false;
    if (before.lower === "'s" || BE_FORMS.has(before.lower)) return false;
    return ['has', 'have', 'had', 'who', 'which'].includes(before.lower) || this.mentionAt(a - 1) !== null;
  }

  /** wink tags some headline verbs as nouns: "Pakistan Accuses Taliban". */
  protected looksVerbal(k: number): boolean {
    const prev = this.tokens[k - 1];
    return !!prev && this.mentionAt(k - 1) !== null && (this.tokens[k] as Token).capitalised && !(prev.lower === "'s");
  }

  /** "Israel and Hamas remain far apart", "Kyiv and Moscow disagree over ...": a pair at odds. */
  protected rememberDisputants(s: Sentence): void {
    const { tokens } = this;
    for (let k = s.first; k < s.end; k++) {
      const t = tokens[k] as Token;
      const stative = ['remain', 'be', 'stay', 'appear', 'seem'].includes(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX') &&
        tokens.slice(k + 1, Math.min(s.end, k + 4)).some((w, i) => ['apart', 'divided', 'odds', 'loggerheads', 'deadlocked', 'split', 'brink'].includes(w.lower) || (w.lower === 'war' && (tokens[k + i]?.lower === 'at' || tokens[k + i]?.lower === 'of')));
      const quarrel = t.pos === 'VERB' && ['disagree', 'spar', 'wrangle', 'bicker', 'haggle', 'quarrel', 'feud'].includes(t.lemma);
      // "Venezuela and Guyana are locked in a border dispute".
      const disputeNouns = ['dispute', 'standoff', 'stand-off', 'row', 'feud', 'spat', 'conflict', 'quarrel', 'rivalry'];
      const locked = t.lower === 'locked' && tokens[k + 1]?.lower === 'in';
      const inDispute = locked && tokens.slice(k + 1, Math.min(s.end, k + 8)).some((w) => disputeNouns.includes(w.lower)) && !tokens.slice(k + 1, Math.min(s.end, k + 8)).some((w) => w.lower === 'with' || w.lower === 'no');
      if (inDispute) {
        const { subjects } = this.subjectOf(t.lower === 'locked' && BE_FORMS.has(tokens[k - 1]?.lower ?? '') ? k - 1 : k, s);
        if (subjects.length === 2 && this.sideOf((subjects[0] as Arg).actorId) !== this.sideOf((subjects[1] as Arg).actorId)) this.setDyad([subjects[0] as Arg, subjects[1] as Arg], s);
        return;
      }
      if (!stative && !quarrel) continue;
      const { subjects } = this.subjectOf(k, s);
      if (subjects.length !== 2) return;
      const [a, b] = subjects as [Arg, Arg];
      if (this.sideOf(a.actorId) !== this.sideOf(b.actorId)) this.setDyad([a, b], s);
      return;
    }
  }

  /** Whether the phrase at `j` opens the sentence (after a dateline): "After two days of talks, ...". */
  protected frontedAdjunct(j: number, s: Sentence): boolean {
    if (j === s.first) return true;
    for (let h = j - 1; h >= s.first; h--) if (['-', '—', '–', '--'].includes((this.tokens[h] as Token).text)) return true;
    return false;
  }

  /** The subject of an "if"/"unless" clause right after `from` in the same clause, when it is another side than `sides`. */
  protected conditionAfter(from: number, s: Sentence, sides: ReadonlySet<string>): Arg[] {
    const { tokens } = this;
    for (let k = from; k < Math.min(s.end, from + 14); k++) {
      const t = tokens[k] as Token;
      if ((CLAUSE_BREAKS.has(t.text) && !['"', '“', '”'].includes(t.text)) || t.text === ';' || ['but', 'while', 'whereas'].includes(t.lower)) return [];
      // ("would retaliate should India strike again": an inverted condition.)
      const inverted = t.lower === 'should' && this.mentionAt(k + 1) !== null;
      if (!['if', 'unless'].includes(t.lower) && !inverted) continue;
      let cond = this.objectAfter(k + 1, s, 'target', 2);
      // ("would respond if attacks from Afghanistan continued": the side the attacks come from.)
      let a = k + 1;
      while (a < Math.min(s.end, k + 4) && ['ADJ', 'DET'].includes((tokens[a] as Token).pos) && !this.mentionAt(a)) a++;
      if (NOUN_TRIGGERS.get(nounLemma(tokens[a] ?? t))?.type === 'ATTACKS' && ['from', 'by'].includes(tokens[a + 1]?.lower ?? '')) {
        const m = this.mentionAt(a + 2) ?? (tokens[a + 2]?.lower === 'the' ? this.mentionAt(a + 3) : null);
        const arg = m ? this.argOf({ ...m, place: false }, 'target') : null;
        if (arg) cond = [{ ...arg, mention: { ...(arg.mention as Mention), place: false } }];
      }
      const fromAttack = cond.length === 1 && cond[0]?.mention?.first !== undefined && ['from', 'by'].includes(tokens[(cond[0].mention.first) - 1]?.lower ?? '');
      const others = cond.filter((a) => !sides.has(this.sideOf(a.actorId)) && (fromAttack || this.kb.governorOf.get(a.actorId) === undefined) && !a.mention?.place);
      return others.length > 0 && others.length === cond.length ? others.map((a) => ({ ...a, weight: a.weight * 0.9 })) : [];
    }
    return [];
  }

  /**
   * "If Kyiv strikes Russian territory again, we will strike ...": the subject of a condition that
   * opens the clause of a promised act of force, when it is another side than the speaker's.
   */
  protected conditionBefore(clauseStart: number, s: Sentence, side: string): Arg[] {
    const { tokens } = this;
    for (let k = clauseStart - 1; k >= Math.max(s.first, clauseStart - 16); k--) {
      const t = tokens[k] as Token;
      if ([';', ':', '.', '?', '!'].includes(t.text)) return [];
      if (!['if', 'unless', 'should'].includes(t.lower) || (t.lower === 'should' && k !== s.first && tokens[k - 1]?.text !== '"')) continue;
      const cond = this.objectAfter(k + 1, s, 'target', 2);
      const others = cond.filter((a) => this.sideOf(a.actorId) !== side && this.kb.governorOf.get(a.actorId) !== side && !a.mention?.place);
      return others.length > 0 && others.length === cond.length ? others.map((a) => ({ ...a, weight: a.weight * 0.9 })) : [];
    }
    return [];
  }

  /** "China is firmly opposed to the U.S. arms sale": being opposed to an actor's act criticises the actor. */
  protected opposedTo(k: number, s: Sentence): void {
    const { tokens } = this;
    let b = k - 1;
    while (b > s.first && (tokens[b] as Token).pos === 'ADV') b--;
    if (!BE_FORMS.has(tokens[b]?.lower ?? '') && !['remained', 'remains'].includes(tokens[b]?.lower ?? '')) return;
    const owner = this.actOwner(k + 2, s);
    if (!owner) return;
    this.criticizedBySubject(b, s, [owner], 0.6);
  }

  /**
   * A verb announced in the future ("would", "will", adverbs between): its speaker and the index of
   * the modal; null when the verb is not future or nobody says it.
   */
  protected futureSpeaker(v: number, s: Sentence): { claimant: string; modal: number } | null {
    const { tokens } = this;
    let j = v - 1;
    while (j > s.first && ((tokens[j] as Token).pos === 'ADV' || ['"', '“', "'"].includes((tokens[j] as Token).text))) j--;
    // ("would keep striking", "will continue to strike": an aspectual verb between the modal and the act.)
    if (tokens[j]?.lower === 'to' && ['continue', 'keep'].includes(tokens[j - 1]?.lower ?? '')) j -= 2;
    else if (['keep', 'continue'].includes(tokens[j]?.lower ?? '') && (tokens[v] as Token).lower.endsWith('ing')) j--;
    // "said Rwanda was ready to fight if Burundi attacked it": readiness announces the act too.
    const ready = tokens[j]?.lower === 'to' && ['ready', 'prepared', 'determined'].includes(tokens[j - 1]?.lower ?? '');
    // ("said it could resume strikes on Gaza if Hamas did not release more hostages": a conditional "could".)
    const conditional = ['could', 'might'].includes(tokens[j]?.lower ?? '') && tokens.slice(v + 1, s.end).some((w) => ['if', 'unless'].includes(w.lower));
    if (!['would', 'will', "'ll", 'shall'].includes(tokens[j]?.lower ?? '') && !ready && !conditional) return null;
    const claimant = this.claimantFor(v, s) ?? this.trailingWarner(v, s);
    return claimant ? { claimant, modal: j } : null;
  }

  /**
   * "Beijing will crush Taiwan's independence forces, China's defence ministry warned", "\"Japan will
   * pay a painful price,\" Lin Jian warned": the speaker of a warning or a vow that closes the
   * sentence after the clause at `v`.
   */
  protected trailingWarner(v: number, s: Sentence): string | null {
    const { tokens } = this;
    let end = s.end - 1;
    while (end > v && ['.', '"', '”', "'"].includes((tokens[end] as Token).text)) end--;
    // (", Saree said in a televised statement.", "... said on Monday.": a short phrase after the verb.)
    for (let back = end; back > v && back > end - 6; back--) {
      const w = tokens[back] as Token;
      if (this.isVerb(w) && ['warn', 'vow', 'say', 'threaten', 'pledge', 'declare'].includes(verbLemma(w))) {
        end = back;
        break;
      }
      // ("in a televised statement": a participle after an article modifies.)
      const modifier = w.pos === 'VERB' && w.lower.endsWith('ed') && ['a', 'an', 'the'].includes(tokens[back - 1]?.lower ?? '');
      if ((!['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(w.pos) && !modifier) || this.mentionAt(back)) break;
    }
    const verb = tokens[end];
    if (!verb || !this.isVerb(verb) || !['warn', 'vow', 'say', 'threaten', 'pledge', 'declare'].includes(verbLemma(verb))) return null;
    // The frame follows a comma (or a closing quote and a comma) after the clause.
    let c = end - 1;
    while (c > v && (this.mentionAt(c) || ['NOUN', 'PROPN', 'ADJ', 'DET', 'PART'].includes((tokens[c] as Token).pos) || (tokens[c] as Token).lower === "'s")) c--;
    if (c <= v || !((tokens[c] as Token).text === ',' || ['"', '”'].includes((tokens[c] as Token).text))) return null;
    const speaker = this.subjectOf(end, s).subjects[0];
    return speaker ? speaker.actorId : null;
  }

  /** Who last attacked the side of `victims` in this article. */
  protected latestAttackerOf(victims: readonly Arg[]): Arg[] {
    const sides = new Set(victims.map((a) => this.sideOf(a.actorId)));
    for (let i = this.memory.attacks.length - 1; i >= 0; i--) {
      const a = this.memory.attacks[i] as { source: string; target: string };
      const governor = this.kb.governorOf.get(a.target);
      if (sides.has(this.sideOf(a.target)) || sides.has(a.target) || (governor !== undefined && sides.has(governor))) {
        return [{ actorId: a.source, mention: null, weight: 0.85 }];
      }
    }
    return [];
  }

  /**
   * "The M23, a Tutsi-led rebel group that ...": where the common noun phrase ending at `last` stands
   * in apposition after a comma to a name, the index of that name's last token; else null.
   */
  protected appositiveName(last: number, s: Sentence): number | null {
    const { tokens } = this;
    const head = tokens[last];
    if (!head || head.pos !== 'NOUN' || head.capitalised) return null;
    // ("Israel struck Beirut, an attack that Iran condemned": an act in apposition stands for the clause.)
    if (EVENT_NOUNS.has(head.lower) || OWNED_ACTS.has(head.lower) || ['decision', 'move', 'step', 'measure'].includes(head.lower)) return null;
    let j = last - 1;
    // ("a Tutsi-led rebel group", "an Iran-backed militia": a word glued to a hyphen is part of the phrase.)
    const glued = (q: number): boolean => tokens[q + 1]?.text === '-' && tokens[q + 1]?.space === '' && tokens[q + 2]?.space === '';
    while (j > s.first && j > last - 6 && (['ADJ', 'NOUN', 'VERB', 'PROPN'].includes((tokens[j] as Token).pos) || (tokens[j] as Token).text === '-') && ((!(tokens[j] as Token).capitalised && !this.mentionAt(j)) || glued(j))) j--;
    if (!['a', 'an', 'the'].includes(tokens[j]?.lower ?? '') || tokens[j - 1]?.text !== ',') return null;
    const k = j - 2;
    // "the Kurdistan Workers' Party (PKK), a group that": past the bracketed abbreviation.
    const name = tokens[k]?.text === ')' && tokens[k - 2]?.text === '(' ? this.mentionAt(k - 1) : this.mentionAt(k);
    return name && name.end - 1 <= k ? name.end - 1 : null;
  }

  /** The mention a relative pronoun before `k` stands for: "the M23 rebel movement, which". */
  protected relativeAntecedent(k: number, s: Sentence): Arg[] {
    const { tokens } = this;
    let j = k;
    while (j >= s.first && !RELATIVES.has((tokens[j] as Token).lower) && (tokens[j] as Token).lower !== 'whom') {
      if (this.mentionAt(j) === null && (tokens[j] as Token).pos !== 'ADV') return [];
      j--;
      if (j < k - 3) return [];
    }
    if (j < s.first) return [];
    j--;
    if (tokens[j]?.text === ',') j--;
    const last = j;
    while (j >= s.first && (tokens[j] as Token).pos === 'NOUN' && !this.mentionAt(j)) j--;
    // "Mali's junta, which Algeria accuses": the possessor stands for its government.
    if (tokens[j]?.lower === "'s") j--;
    // "The M23, a rebel group which Rwanda supports": the name the appositive stands beside.
    if (!this.mentionAt(j) && !this.mentionAt(last)) j = this.appositiveName(last, s) ?? j;
    const m = this.mentionAt(j);
    if (!m) return [];
    const arg = this.argOf({ ...m, absorbed: false }, 'target');
    return arg ? [arg] : [];
  }

  /**
   * "denounced the arrest of the opposition leader by Turkish authorities", "condemned the strike on
   * a hospital by Russian forces": the agent of the condemned act, named by "by" in the object.
   */
  protected byAgentInObject(after: number, s: Sentence): Arg[] {
    const { tokens } = this;
    if (!['the', 'a', 'an', 'this', 'these', 'its', 'their'].includes(tokens[after]?.lower ?? '')) return [];
    for (let k = after + 1; k < Math.min(s.end, after + 12); k++) {
      const t = tokens[k] as Token;
      // ("condemned the killing of South African peacekeepers by M23 rebels": a gerund heads the object.)
      const gerund = t.lower.endsWith('ing') && k === after + 1;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || RELATIVES.has(t.lower) || (this.isVerb(t) && !this.isParticiple(t) && !gerund)) return [];
      if (t.lower === 'by') return this.objectAfter(k + 1, s, 'agent', 3);
      const m = this.mentionAt(k);
      if (m) k = m.end - 1;
    }
    return [];
  }

  /**
   * "Poland shot down Russian drones that violated its airspace. Von der Leyen called the incursion
   * reckless": an incursion (the noun at `k`) is the crossing told in this sentence or the one
   * before, not the latest strike; its agents, other than the critics.
   */
  protected crossersOf(k: number, s: Sentence, critics: readonly Arg[]): Arg[] {
    const { tokens } = this;
    if (!['incursion', 'incursions', 'intrusion', 'intrusions', 'violation', 'violations', 'breach'].includes(tokens[k]?.lower ?? '')) return [];
    const prev = this.doc.sentences[s.index - 1];
    for (const sentence of prev ? [s, prev] : [s]) {
      for (let q = sentence.first; q < sentence.end; q++) {
        const w = tokens[q] as Token;
        if (!this.isVerb(w) || !['violate', 'enter', 'cross', 'breach', 'intrude', 'penetrate'].includes(verbLemma(w))) continue;
        let subjects = this.subjectOf(q, sentence).subjects;
        // ("Russian drones that violated its airspace": the noun the relative clause hangs on.)
        if (subjects.length === 0 && ['that', 'which'].includes(tokens[q - 1]?.lower ?? '')) {
          let h = q - 2;
          while (h > sentence.first && !this.mentionAt(h) && (tokens[h] as Token).pos === 'NOUN' && h > q - 4) h--;
          const m = this.mentionAt(h);
          const arg = m && !m.place ? this.argOf(m, 'agent') : null;
          if (arg) subjects = [arg];
        }
        const crossers = subjects.filter((a) => !a.mention?.place && !critics.some((c) => this.sideOf(c.actorId) === this.sideOf(a.actorId)));
        if (crossers.length > 0) return crossers.map((a) => ({ ...a, mention: null, weight: a.weight * 0.85 }));
      }
    }
    return [];
  }

  /** "condemned the strikes": the agent of the strikes, as the article told it before. */
  protected eventAgentObject(after: number, s: Sentence, critics?: readonly Arg[]): Arg[] {
    const { tokens } = this;
    let k = after;
    while (k < s.end && ['the', 'this', 'these', 'those', 'latest', 'recent', 'new', 'renewed', 'deadly', 'military', 'large-scale', 'overnight'].includes((tokens[k] as Token).lower)) k++;
    // "the missile launch": the event noun may follow modifiers (and be mis-tagged as a verb).
    let found = -1;
    for (let j = k; j < Math.min(s.end, k + 3); j++) {
      const w = tokens[j] as Token;
      if (EVENT_NOUNS.has(w.lower)) {
        found = j;
        break;
      }
      if (!(w.pos === 'ADJ' || w.pos === 'NOUN')) break;
    }
    if (found === -1) return [];
    k = found;
    if (['by', 'of'].includes(tokens[k + 1]?.lower ?? '')) {
      // "condemned the missile launch by North Korea"
      const by = this.objectAfter(k + 2, s, 'agent', 2);
      if (by.length > 0) return by;
    }
    const crossers = this.crossersOf(k, s, critics ?? []);
    if (crossers.length > 0) return crossers;
    const recent = this.recentEventAgent(s);
    if (recent.length > 0) return recent;
    // "condemned the attack on Kyiv": whoever the article said last attacked that side.
    if (['on', 'against'].includes(tokens[k + 1]?.lower ?? '')) {
      const victims = this.objectAfter(k + 2, s, 'attack-target', 3);
      if (victims.length > 0) return this.latestAttackerOf(victims).map((a) => ({ ...a, weight: 0.8 }));
      return [];
    }
    // "Kyiv condemned the strikes": a side condemns the attacks on itself.
    return critics ? this.latestAttackerOf(critics).map((a) => ({ ...a, weight: 0.8 })) : [];
  }

  /**
   * "Uganda deployed special forces to Juba. The SPLM-IO slammed the move", "Finland closed its
   * border on Thursday. Russia criticised the decision": an act named by a bare definite noun is the
   * act the previous sentence reported, and its agent is that sentence's subject. The noun must be
   * a generic act ("move", "decision") or the noun of that sentence's verb ("deployed" and
   * "deployment"); a reported claim ("X said ...") names no act.
   */
  protected earlierActAgent(after: number, s: Sentence, critics: readonly Arg[]): Arg[] {
    const { tokens } = this;
    if (!['the', 'this', 'that', 'these', 'those'].includes(tokens[after]?.lower ?? '')) return [];
    let k = after + 1;
    while (k < Math.min(s.end, after + 4) && tokens[k]?.pos === 'ADJ' && !this.mentionAt(k)) k++;
    const noun = tokens[k];
    if (!noun || this.mentionAt(k) || (!OWNED_ACTS.has(noun.lower) && !EVENT_NOUNS.has(noun.lower))) return [];
    // ("jets struck mutineers, helping to foil an attempted coup. ECOWAS condemned the attempted takeover":
    // a coup is its plotters' act, never that of the side that foiled it.)
    if (['coup', 'takeover', 'putsch', 'mutiny', 'power', 'seizure', 'uprising', 'insurrection'].includes(noun.lower)) return [];
    // ("the decision by Kosovo", "the move of the troops": the phrase names its own agent or object.)
    if (['by', 'of', "'s"].includes(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.pos === 'NOUN') return [];
    let prev = this.doc.sentences[s.index - 1];
    if (!prev) return [];
    // ("Uganda deployed troops. The deployment came after clashes. The SPLM-IO slammed the move":
    // a sentence about the act itself leads back to the one that reported it.)
    const opener = tokens[prev.first + 1];
    if (tokens[prev.first]?.lower === 'the' && opener && (OWNED_ACTS.has(opener.lower) || EVENT_NOUNS.has(opener.lower)) && !this.mentionAt(prev.first + 1) && s.index >= 2) prev = this.doc.sentences[s.index - 2] as Sentence;
    let v = -1;
    for (let q = prev.first; q < prev.end; q++) {
      const w = tokens[q] as Token;
      if (w.pos === 'VERB' && !w.lower.endsWith('ing') && tokens[q - 1]?.lower !== 'to') {
        v = q;
        break;
      }
    }
    if (v === -1) return [];
    const lemma = verbLemma(tokens[v] as Token);
    // ("The RSF announced a rival government. Egypt condemned the move": an act announced, not words;
    // "Orban met Putin in Moscow. Poland criticised the trip": the traveller's visit.)
    const actAnnounced = ['announce', 'declare', 'unveil'].includes(lemma) && !['that', 'it', 'they'].includes(tokens[v + 1]?.lower ?? '');
    const visitMade = ['meet', 'visit'].includes(lemma) && ['trip', 'visit'].includes(noun.lower);
    if (!actAnnounced && !visitMade && (SPEECH_LEMMAS.has(lemma) || VERB_TRIGGERS.get(lemma)?.some((r) => ['ACCUSES', 'CRITICIZES', 'DENIES', 'DEMANDS', 'THREATENS', 'MEETS_WITH', 'NEGOTIATES_WITH', 'MEDIATES'].includes(r.type)))) {
      // "Somalia condemned Israel's recognition of Somaliland. Turkey condemned the recognition": the owner named there.
      for (let q = prev.first; q < prev.end - 2; q++) {
        const m = this.mentionAt(q);
        if (!m || m.first !== q || tokens[m.end]?.lower !== "'s" || nounLemma(tokens[m.end + 1] as Token) !== nounLemma(noun)) continue;
        const owner = this.argOf({ ...m, place: false }, 'target');
        const sides = new Set(critics.map((a) => this.sideOf(a.actorId)));
        return owner && !sides.has(this.sideOf(owner.actorId)) ? [{ ...owner, mention: null, weight: owner.weight * 0.85 }] : [];
      }
      return [];
    }
    const generic = ['move', 'moves', 'decision', 'step', 'action', 'actions', 'announcement', 'measure', 'measures'].includes(noun.lower);
    const related = nounLemma(noun) === lemma || (noun.lower.length >= 4 && lemma.length >= 4 && noun.lower.slice(0, 4) === lemma.slice(0, 4)) || (ACT_NOUNS_OF[lemma] ?? ACT_NOUNS_OF[(tokens[v] as Token).lower.replace(/d$/, '')] ?? []).some((w) => w === nounLemma(noun) || w === noun.lower) ||
      // "launched drills around Taiwan ... the drills": the noun the verb took as its object.
      tokens.slice(v + 1, Math.min(prev.end, v + 5)).some((w) => w.pos === 'NOUN' && nounLemma(w) === nounLemma(noun));
    if (!generic && !related) return [];
    // ("Israeli jets struck Lebanon. Hezbollah fired rockets at Israel. Iran condemned the strikes":
    // the noun of the verb told two sentences back names its act better than a kindred verb.)
    const before = this.doc.sentences[prev.index - 1];
    if (!generic && nounLemma(noun) !== lemma && before && s.index - before.index <= 2) {
      for (let q = before.first; q < before.end; q++) {
        const w = tokens[q] as Token;
        if (!(w.pos === 'VERB' && !w.lower.endsWith('ing') && tokens[q - 1]?.lower !== 'to')) continue;
        if (verbLemma(w) === nounLemma(noun)) {
          const earlier = this.subjectOf(q, before);
          const sides = new Set(critics.map((a) => this.sideOf(a.actorId)));
          const agents = earlier.subjects.filter((a) => !a.mention?.place && !sides.has(this.sideOf(a.actorId)));
          if (agents.length > 0 && !this.modality(earlier.clauseStart, q, before).negated) return agents.map((a) => ({ ...a, mention: null, weight: a.weight * 0.8 }));
        }
        break;
      }
    }
    for (let q = prev.first; q < v; q++) if (RELATIVES.has((tokens[q] as Token).lower) || SUBORDINATORS.has((tokens[q] as Token).lower)) return [];
    const frame = this.subjectOf(v, prev);
    const mod = this.modality(frame.clauseStart, v, prev);
    if (mod.negated || mod.irrealis) return [];
    const sides = new Set(critics.map((a) => this.sideOf(a.actorId)));
    const agents = frame.subjects.filter((a) => !a.mention?.place && !sides.has(this.sideOf(a.actorId)));
    if (agents.length === 0 || agents.length !== frame.subjects.length) return [];
    return agents.map((a) => ({ ...a, mention: null, weight: a.weight * 0.85 }));
  }

  /**
   * The agent of the recent events, when they all had one: with attacks by both sides in view,
   * "condemned the attack" does not say whose.
   */
  protected recentEventAgent(s: Sentence): Arg[] {
    const last = this.memory.events[this.memory.events.length - 1];
    if (!last || s.index - last.sentence > 10) return [];
    // Any other attacker earlier in the article makes "the attack" ambiguous.
    const agents = new Set(this.memory.events.map((e) => this.sideOf(e.agent)));
    if (agents.size === 1) return [{ actorId: last.agent, mention: null, weight: 0.8 }];
    // "U.S. and British warplanes struck ...": allies who struck together, and no one else, are "the strikes"' agents.
    const together = this.memory.events.filter((e) => e.sentence === last.sentence).map((e) => e.agent);
    const sides = new Set(together.map((a) => this.sideOf(a)));
    if (sides.size === agents.size && sides.size <= 3 && !this.memory.attacks.some((a) => sides.has(this.sideOf(a.source)) && sides.has(this.sideOf(a.target)))) {
      return [...new Set(together)].map((a) => ({ actorId: a, mention: null, weight: 0.75 }));
    }
    return [];
  }

  /**
   * ", a move Iran called ...": the subjects of the clause before an appositive act noun whose
   * relative clause is the judging verb at `v` (the subject of `v` is its critic).
   */
  protected gapActAgents(v: number, s: Sentence): Arg[] {
    const { tokens } = this;
    const frame = this.subjectOf(v, s);
    let first = Math.min(...frame.subjects.map((a) => a.mention?.first ?? v));
    if (frame.subjects.length === 0 || first >= v) return [];
    // ("a move Foreign Minister Jean-Noel Barrot called": past the speaker's title.)
    while (first > s.first && TITLE_WORDS.has(tokens[first - 1]?.lower ?? '') && !this.mentionAt(first - 1)) first--;
    if (!['move', 'decision', 'step', 'action', 'measure'].includes(tokens[first - 1]?.lower ?? '') || !['a', 'the'].includes(tokens[first - 2]?.lower ?? '') || tokens[first - 3]?.text !== ',') return [];
    // (The move is the main clause's: "Australia expelled Iran's ambassador after concluding that ..., a move".)
    const opening = this.firstFiniteVerb(s);
    const main = opening !== -1 && opening < first - 3 ? opening : this.previousFiniteVerb(first - 4, s);
    if (main === -1) return [];
    const critics = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    return this.subjectOf(main, s).subjects.filter((a) => !critics.has(this.sideOf(a.actorId)));
  }

  /** The subjects of `v` when its clause asserts the act (neither negated nor unreal), with the factor a hedge puts on the confidence. */
  protected assertedSubjects(v: number, s: Sentence): { readonly subjects: readonly Arg[]; readonly hedge: number } | null {
    const frame = this.subjectOf(v, s);
    if (frame.subjects.length === 0) return null;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return null;
    return { subjects: frame.subjects, hedge: mod.hedged ? 0.7 : 1 };
  }

  /**
   * The subjects of the verb at `v` do `type` to `targets` of another side, unless the verb is
   * negated or not real: the claim is the reporter's, else the first subject's.
   */
  protected actBySubject(type: RelationType, v: number, s: Sentence, targets: readonly Arg[], confidence: number): void {
    const frame = this.subjectOf(v, s);
    const mod = this.modality(frame.clauseStart, v, s);
    if (frame.subjects.length === 0 || mod.negated || mod.irrealis) return;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    const others = targets.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (others.length > 0) this.emit(type, frame.subjects, others, s, confidence * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s) ?? frame.subjects[0]?.actorId ?? null, false);
  }

  /** The asserted subjects of `v` criticise `targets`; the claim is theirs unless someone reports it. */
  protected criticizedBySubject(v: number, s: Sentence, targets: Arg[], confidence: number): void {
    const asserted = this.assertedSubjects(v, s);
    if (asserted === null) return;
    const claimant = this.claimantFor(v, s) ?? asserted.subjects[0]?.actorId ?? null;
    this.emit('CRITICIZES', asserted.subjects, targets, s, confidence * asserted.hedge, claimant, false);
  }

  /**
   * The state an armed group's threat is against when the threat names no target: the one state
   * (country, government or army) the sentence names, else the state of the article's dateline.
   */
  protected fightingState(s: Sentence, groups: readonly Arg[]): Arg[] {
    const stateKinds = ['country', 'government', 'military'];
    const sides = new Set(groups.map((a) => this.sideOf(a.actorId)));
    const states = new Map<string, Arg>();
    for (let k = s.first; k < s.end; k++) {
      const m = this.mentionAt(k);
      if (!m) continue;
      k = m.end - 1;
      const arg = this.argOf(m, 'target');
      if (!arg || this.locative(m) || !stateKinds.includes(this.info(arg.actorId)?.kind ?? '')) continue;
      const side = this.sideOf(arg.actorId);
      if (!sides.has(side)) states.set(side, { actorId: side, mention: null, weight: 0.8 });
    }
    if (states.size === 1) return [...states.values()];
    if (states.size > 1) return [];
    const dateline = this.datelineState();
    return dateline && !sides.has(this.sideOf(dateline)) ? [{ actorId: this.sideOf(dateline), mention: null, weight: 0.75 }] : [];
  }

  /** The state of the article's wire dateline ("KHARTOUM (Reuters) -"), or null. */
  protected datelineState(): string | null {
    return datelineState(this.tokens, this.mentionAt(0), (id) => this.info(id));
  }

  /** "a missile fired by the Houthis", "drones launched from Yemen by the Houthis": who launched the projectile phrase at `from`. */
  protected launcherOf(from: number, s: Sentence): Arg[] {
    const { tokens } = this;
    for (let k = from; k < Math.min(s.end, from + 5); k++) {
      const t = tokens[k] as Token;
      if (this.mentionAt(k) || CLAUSE_BREAKS.has(t.text) || t.text === ',') return [];
      if (!PROJECTILES.has(t.lower)) continue;
      if (!['fired', 'launched'].includes(tokens[k + 1]?.lower ?? '')) return [];
      for (let b = k + 2; b < Math.min(s.end, k + 7); b++) {
        if (tokens[b]?.lower === 'by') return this.objectAfter(b + 1, s, 'agent', 2).filter((a) => !a.mention?.place);
        if (CLAUSE_BREAKS.has((tokens[b] as Token).text) || tokens[b]?.text === ',') return [];
      }
      return [];
    }
    return [];
  }

  /**
   * The token before the modifiers of the noun at `k`: actor mentions, words of the given parts of
   * speech or in `words`, quotes and possessive 's ("Iran's missile", "Chinese", "the").
   */
  protected beforeModifiers(k: number, s: Sentence, pos: readonly string[], words: readonly string[]): number {
    let b = k - 1;
    while (b >= s.first) {
      const m = this.mentionAt(b);
      if (m) {
        b = m.first - 1;
        continue;
      }
      const w = this.tokens[b] as Token;
      if (!pos.includes(w.pos) && !['"', '“', '”', "'s"].includes(w.text) && !words.includes(w.lower)) break;
      b--;
    }
    return b;
  }

  /**
   * "..., prompting U.S. and British strikes on their positions": the subject of the clause the
   * participle follows, when it is another side than the attackers.
   */
  protected promptingSubject(k: number, s: Sentence, agents: readonly Arg[]): Arg[] {
    const { tokens } = this;
    let p = k - 1;
    while (p > s.first && p > k - 8 && !(tokens[p] as Token).lower.endsWith('ing')) p--;
    if (!['prompting', 'triggering', 'provoking', 'drawing', 'sparking'].includes(tokens[p]?.lower ?? '') || tokens[p - 1]?.text !== ',') return [];
    const main = this.previousFiniteVerb(p - 2, s);
    if (main === -1) return [];
    const sides = new Set(agents.map((a) => this.sideOf(a.actorId)));
    const kinds = ['country', 'government', 'military', 'armed-group'];
    return this.subjectOf(main, s, 'attack-target').subjects.filter((a) => !sides.has(this.sideOf(a.actorId)) && kinds.includes(this.info(a.actorId)?.kind ?? '')).map((a) => ({ ...a, weight: a.weight * 0.85 }));
  }

  /** "announced a new $500 million weapons package for Ukraine": a package or tranche follows the verb. */
  protected packageAhead(v: number, s: Sentence): boolean {
    for (let k = v + 1; k < Math.min(s.end, v + 9); k++) {
      const t = this.tokens[k] as Token;
      if (['package', 'packages', 'tranche'].includes(t.lower)) return ['for', 'to'].includes(this.tokens[k + 1]?.lower ?? '');
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || this.mentionAt(k) || (this.isVerb(t) && k > v + 1)) return false;
    }
    return false;
  }

  /**
   * The object of the last of coordinated verbs of one relation type after `after`: "armed and
   * financed the RSF", "trains, arms and funds the Houthis"; empty when another word comes between.
   */
  protected sharedObject(after: number, s: Sentence, type: RelationType, role: Role): Arg[] {
    const { tokens } = this;
    let k = after;
    for (let guard = 0; guard < 4; guard++) {
      if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'and') k++;
      if (!(tokens[k]?.lower === 'and' || tokens[k]?.text === ',')) return [];
      const w = tokens[k + 1];
      if (!w || !['VERB', 'NOUN', 'ADJ'].includes(w.pos) || w.lower.endsWith('ing')) return [];
      const rules = VERB_TRIGGERS.get(verbLemma(w)) ?? VERB_TRIGGERS.get(w.lemma);
      if (!rules?.some((r) => r.type === type && r.object === 'direct' && !r.particle)) return [];
      const found = this.objectAfter(k + 2, s, role);
      if (found.length > 0) return found;
      k += 2;
    }
    return [];
  }

  /**
   * The actor whose act a noun phrase at `from` names: "Georgia's decision to suspend talks",
   * "the expulsion of diplomats by Algeria", "Hungary's veto"; null for a situation or a thing.
   */
  protected actOwner(from: number, s: Sentence, bare = false): Arg | null {
    const { tokens } = this;
    let k = from;
    if (tokens[k]?.lower === 'the') k++;
    // "the new U.S. sanctions": adjectives before the owner's name.
    if (tokens[k - 1]?.lower === 'the') {
      let a = k;
      while (a < k + 3 && tokens[a]?.pos === 'ADJ' && !this.mentionAt(a)) a++;
      if (a > k && this.mentionAt(a)?.first === a) k = a;
    }
    const m = this.mentionAt(k);
    if (m) {
      // "Georgia's decision", and with a modifier, "the Belgian decision", "the U.S. arms sale".
      // ("the Philippines' patrols": a plural name's possessive is a bare apostrophe.)
      const possessive = tokens[m.end]?.lower === "'s" || (tokens[m.end]?.text === "'" && (tokens[m.end - 1]?.lower.endsWith('s') ?? false));
      // ("criticised EU plans": a bare name right after a verb of criticism, when the caller allows it.)
      if (!possessive && k === from && !(bare && !m.place)) return null;
      let h = possessive ? m.end + 1 : m.end;
      // (After a possessive, a modifying noun or participle too: "Mali's drone strikes", "Israel's continued strikes".)
      // ("Russia's military build-up": the tokenizer splits the hyphenated act.)
      const builtUp = (q: number): boolean => tokens[q]?.lower === 'build' && tokens[q + 1]?.text === '-' && tokens[q + 2]?.lower === 'up';
      while (h < m.end + 4 && (tokens[h]?.pos === 'ADJ' || (tokens[h]?.pos === 'NOUN' && !OWNED_ACTS.has(tokens[h]?.lower ?? '') && !builtUp(h)) || (possessive && ['continued', 'renewed', 'repeated', 'planned', 'proposed', 'unilateral', 'ongoing', 'latest', 'recent'].includes(tokens[h]?.lower ?? ''))) && !this.mentionAt(h)) h++;
      if ((!OWNED_ACTS.has(tokens[h]?.lower ?? '') && !builtUp(h)) || this.mentionAt(h)) return null;
      // ("the Ankara declaration", "the Doha process": a document or process named after where it was made.)
      if (!possessive && ['capital', 'city'].includes(m.form) && ['declaration', 'accord', 'agreement', 'process', 'format', 'communique', 'protocol', 'deal', 'memorandum', 'plan'].includes(tokens[h]?.lower ?? '')) return null;
      return this.argOf({ ...m, place: false }, 'target');
    }
    while (k < from + 4 && tokens[k]?.pos === 'ADJ') k++;
    if (!OWNED_ACTS.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'by') return null;
    const by = this.argsIn(k + 2, Math.min(s.end, k + 5), 'agent');
    return by[0] ?? null;
  }

  /** "Mali said Algeria was behind the offensive": the speaker accuses the subject. */
  beBehind(k: number, s: Sentence): void {
    this.judgedAct(k, s);
    this.claimsFalse(k, s);
    const next = this.tokens[k + 1];
    if (!next || !['behind', 'responsible'].includes(next.lower)) return;
    this.imputed(k, s);
    this.behindAttack(k, s);
  }

  /**
   * "Israel said Hezbollah was behind the rocket attack on Majdal Shams", "officials said the BLA was
   * responsible for the attack on the Jaffar Express": the one behind an attack made it, on its named
   * target or, when none is named, on the state that says so.
   */
  protected behindAttack(be: number, s: Sentence): void {
    const { tokens } = this;
    let k = be + 2;
    if (tokens[be + 1]?.lower === 'responsible') {
      if (tokens[k]?.lower !== 'for') return;
      k++;
    }
    while (k < Math.min(s.end, be + 8) && ['DET', 'ADJ', 'NUM'].includes((tokens[k] as Token).pos) && !this.mentionAt(k)) k++;
    const head = this.skipNouns(k, s) - 1;
    const trig = head >= k ? NOUN_TRIGGERS.get(nounLemma(tokens[head] as Token)) : undefined;
    if (trig?.type !== 'ATTACKS' || trig.between) return;
    const frame = this.subjectOf(be, s);
    const mod = this.modality(frame.clauseStart, be, s);
    if (frame.subjects.length === 0 || mod.negated || mod.irrealis) return;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    const claimant = this.claimantFor(be, s);
    let targets = trig.targetPreps.includes(tokens[head + 1]?.lower ?? '') ? this.objectAfter(head + 2, s, 'attack-target', 5) : [];
    if (targets.length === 0 && claimant && ['country', 'government', 'military'].includes(this.info(claimant)?.kind ?? '')) targets = [{ actorId: this.sideOf(claimant), mention: null, weight: 0.8 }];
    targets = targets.filter((a) => !sides.has(this.sideOf(a.actorId)) && !a.mention?.place);
    if (targets.length === 0) return;
    this.done.add(head);
    this.emit('ATTACKS', frame.subjects, targets, s, 0.6 * (mod.hedged ? 0.7 : 1), claimant, true);
  }

  /**
   * "Kenya said Uganda's decision was regrettable", "the Arab League said the Israeli move was a
   * blow to peace efforts": the speaker criticises the actor whose act it judges.
   */
  protected judgedAct(be: number, s: Sentence): void {
    const { tokens } = this;
    let j = be + 1;
    // ('was "cynical"', 'were "utterly unacceptable"', 'was "a new provocation"': quotes and degrees first.)
    while (j < Math.min(s.end, be + 6) && (['a', 'an', 'the', 'very', 'deeply', 'extremely', 'totally', 'completely', 'utterly', 'wholly', 'entirely', 'absolutely', 'simply', 'highly', 'new', 'serious', 'severe', 'major', 'heavy', 'grave', 'clear', 'blatant', 'flagrant', 'dangerous', 'state', 'outright', 'brazen', 'naked'].includes((tokens[j] as Token).lower) || ['"', '“'].includes((tokens[j] as Token).text))) j++;
    if (!judgementAt(tokens, j)) {
      this.judgedSubjectAct(be, s);
      return;
    }
    // The judged phrase: "Uganda's decision", "the Israeli decision", "the move by Kosovo", "the
    // decision by Ethiopia to sign the deal".
    const ACTS = ['decision', 'move', 'decisions', 'moves', 'policy', 'announcement', 'plan', 'actions', 'action', 'step', 'remarks', 'comments', 'statement', 'deployment', 'strikes', 'attack', 'attacks', 'strike', 'operation', 'law', 'vote', 'sanctions', 'tariffs', 'blockade', 'annexation', 'expulsion', 'suspension', 'withdrawal', 'ban', 'support', 'backing', 'response', 'reaction', 'approach', 'conduct', 'behaviour', 'behavior', 'activities', 'rhetoric', 'stance', 'demands', 'demand', 'proposal', 'measures', 'campaign', 'offensive', 'bombardment', 'shelling', 'bombing', 'siege', 'occupation', 'crackdown', 'treatment'];
    // ("France's approach amounted to blackmail": the head before the verb.)
    let h = tokens[be]?.lower === 'to' && ['amounted', 'amounts', 'amount'].includes(tokens[be - 1]?.lower ?? '') ? be - 2 : be - 1;
    // "Israel's strike on Qatar was ...": the act noun may carry a short prepositional phrase.
    if (!ACTS.includes(tokens[h]?.lower ?? '')) {
      const m = this.mentionAt(h);
      let p = m ? m.first - 1 : -1;
      if (tokens[p]?.lower === 'the') p--;
      if (m && ['on', 'against', 'in', 'into', 'for', 'of'].includes(tokens[p]?.lower ?? '') && (['raid', 'incursion', 'invasion'].includes(tokens[p - 1]?.lower ?? '') || ACTS.includes(tokens[p - 1]?.lower ?? ''))) h = p - 1;
    }
    let judged: Arg | null = null;
    if (ACTS.includes(tokens[h]?.lower ?? '')) {
      h--;
      while (h > s.first && (tokens[h] as Token).pos === 'ADJ' && !this.mentionAt(h)) h--;
      if (tokens[h]?.lower === "'s") h--;
      const m = this.mentionAt(h);
      judged = m ? this.argOf(m, 'target') : null;
    } else {
      for (let a = be - 1; a > Math.max(s.first, be - 14); a--) {
        const t = tokens[a] as Token;
        if (CLAUSE_BREAKS.has(t.text) || t.text === ',') break;
        if (ACTS.includes(t.lower) && tokens[a + 1]?.lower === 'by' && ['the', 'this', 'a'].includes(tokens[a - 1]?.lower ?? '')) {
          judged = this.objectAfter(a + 2, s, 'target', 2)[0] ?? null;
          h = a - 1;
          break;
        }
      }
    }
    if (!judged) {
      this.judgedSubjectAct(be, s);
      return;
    }
    const claimant = this.claimantFor(be, s);
    if (!claimant || this.sideOf(claimant) === this.sideOf(judged.actorId)) return;
    const mod = this.modality(Math.max(s.first, h - 2), be, s);
    if (mod.negated || mod.irrealis) return;
    this.emit('CRITICIZES', [{ actorId: claimant, mention: null, weight: 1 }], [judged], s, 0.65 * (mod.hedged ? 0.7 : 1), claimant, false);
  }

  /**
   * "Qatar said the Israeli strike on Hamas leaders in Doha was \"cowardly\"", "said the Russian
   * strike on Kyiv, which killed 23 people, was \"a brutal crime\"", "said China's drills around the
   * island were irresponsible": a reported negative judgement of an act whose owner heads the
   * subject (with its phrases and a relative aside) criticises the owner.
   */
  protected judgedSubjectAct(be: number, s: Sentence): void {
    const { tokens } = this;
    const QUOTES = ['"', '“', '”', "'"];
    // The judgement: a negative word after the copula, past quotes, articles, adverbs and other adjectives.
    let j = be + 1;
    while (j < Math.min(s.end, be + 7)) {
      const t = tokens[j] as Token;
      if (judgementAt(tokens, j)) break;
      if (!(QUOTES.includes(t.text) || ['DET', 'ADV'].includes(t.pos) || (t.pos === 'ADJ' && !this.mentionAt(j)))) return;
      j++;
    }
    // ("was \"a threat to regional peace\"": a threat to something, too.)
    if (!judgementAt(tokens, j)) return;
    // The subject: back from the copula to the verb of saying or "that", past one relative aside.
    let a = be - 1;
    while (a > s.first) {
      const t = tokens[a] as Token;
      if (t.text === ',') {
        let c = a - 1;
        while (c > Math.max(s.first, a - 14) && !(tokens[c]?.text === ',' && RELATIVES.has(tokens[c + 1]?.lower ?? '') && tokens[c + 1]?.lower !== 'that')) c--;
        if (tokens[c]?.text !== ',' || c <= Math.max(s.first, a - 14)) return;
        a = c - 1;
        continue;
      }
      if (CLAUSE_BREAKS.has(t.text) && !QUOTES.includes(t.text)) return;
      if (t.lower === 'that' || ['say', 'tell', 'add', 'state', 'insist', 'argue', 'declare', 'warn', 'believe', 'consider'].includes(verbLemma(t)) && t.pos === 'VERB') break;
      a--;
    }
    if (a <= s.first || a < be - 16) return;
    let from = a + 1;
    while (QUOTES.includes(tokens[from]?.text ?? '')) from++;
    let judged = this.actOwner(from, s);
    // "Kosovo police raided Serb-run offices. Belgrade said the raids were a provocation": a bare
    // act right before the copula is the act just reported.
    if (!judged && ['the', 'this', 'these', 'those'].includes(tokens[from]?.lower ?? '') && be - from <= 3 && (OWNED_ACTS.has(tokens[be - 1]?.lower ?? '') || EVENT_NOUNS.has(tokens[be - 1]?.lower ?? ''))) {
      const speaker = this.claimantFor(be, s);
      let earlier = speaker && EVENT_NOUNS.has(tokens[be - 1]?.lower ?? '') ? this.recentEventAgent(s) : [];
      if (speaker && earlier.length === 0) earlier = this.earlierActAgent(from, s, [{ actorId: speaker, mention: null, weight: 1 }]);
      if (earlier.length === 1) judged = earlier[0] as Arg;
    }
    // ("Taiwan said China was \"the troublemaker\"", "said Algiers was reckless", "said the IAEA was
    // biased": the named side itself.)
    if (!judged) {
      if (tokens[from]?.lower === 'the' && this.mentionAt(from + 1)?.first === from + 1) from++;
      const m = this.mentionAt(from);
      if (m && m.first === from && m.end === be && !m.place && m.form !== 'demonym') judged = this.argOf(m, 'target');
    }
    if (!judged) return;
    const claimant = this.claimantFor(be, s);
    if (!claimant || this.sideOf(claimant) === this.sideOf(judged.actorId)) return;
    const mod = this.modality(from, be, s);
    // ("was not an honest broker": the "not" belongs to the judgement, only a negation before the copula counts.)
    const deniedRole = tokens[be + 1]?.lower === 'not' && judgementAt(tokens, be + 1);
    const negated = deniedRole ? tokens.slice(from, be).some((w) => NEGATIONS.has(w.lower)) : mod.negated;
    if (negated || mod.irrealis) return;
    this.emit('CRITICIZES', [{ actorId: claimant, mention: null, weight: 1 }], [judged], s, 0.6 * (mod.hedged ? 0.7 : 1), claimant, false);
  }

  /** "Rwanda's spokeswoman said the accusations were false": the speaker denies the latest accusation against it. */
  protected claimsFalse(be: number, s: Sentence): void {
    const { tokens } = this;
    if (['this', 'that', 'it', 'these', 'those'].includes(tokens[be - 1]?.lower ?? '')) {
      this.pronounFalse(be, s);
      return;
    }
    if (!ACCUSATION_NOUNS.has(tokens[be - 1]?.lower ?? '')) return;
    // ("were \"absolutely false\"", "were not true": quotes, adverbs and a negated truth, too.)
    let j = be + 1;
    while (j < Math.min(s.end, be + 5) && (['completely', 'totally', 'entirely', 'utterly', 'simply', 'a', 'an', 'baseless', 'and', 'both', '"', '“', '”', "'"].includes((tokens[j] as Token).lower) || (tokens[j] as Token).pos === 'ADV') && !FALSEHOOD_WORDS.has((tokens[j] as Token).lower) && !['not', "n't"].includes((tokens[j] as Token).lower)) j++;
    const untrue = ['not', "n't"].includes(tokens[j]?.lower ?? '') && ['true', 'correct', 'accurate'].includes(tokens[j + 1]?.lower ?? '');
    if (!FALSEHOOD_WORDS.has(tokens[j]?.lower ?? '') && !untrue) return;
    const speaker = this.claimantFor(be, s);
    if (!speaker) return;
    const mod = this.modality(Math.max(s.first, be - 4), be, s);
    if (mod.negated || mod.irrealis) return;
    this.denial(be, be - 1, s, [{ actorId: speaker, mention: null, weight: 1 }], 0.7, speaker);
  }

  /**
   * "\"This is a lie,\" Aliyev's spokesman said", "Baku said that was not true": a speaker calling
   * what was just said false denies the latest accusation against its side, made in this sentence
   * or the one before.
   */
  protected pronounFalse(be: number, s: Sentence): void {
    const { tokens } = this;
    // The pronoun opens its clause: at the start, after a quote, "said" or "that".
    const before = tokens[be - 2];
    if (be - 1 > s.first && before && !['"', '“', 'said', 'says', 'that', ':', ','].includes(before.lower)) return;
    let j = be + 1;
    while (j < Math.min(s.end, be + 5) && (['a', 'an', 'completely', 'totally', 'absolutely', 'simply', 'pure', 'blatant', 'outright', 'big', 'complete', '"', '“'].includes((tokens[j] as Token).lower)) && !FALSEHOOD_WORDS.has((tokens[j] as Token).lower)) j++;
    const untrue = ['not', "n't"].includes(tokens[j]?.lower ?? '') && ['true', 'correct', 'accurate'].includes(tokens[j + 1]?.lower ?? '');
    if (!FALSEHOOD_WORDS.has(tokens[j]?.lower ?? '') && !untrue) return;
    const speaker = this.claimantFor(be, s);
    if (!speaker) return;
    const side = this.sideOf(speaker);
    let accuser: string | null = null;
    for (let i = this.memory.accusations.length - 1; i >= 0; i--) {
      const a = this.memory.accusations[i] as { source: string; target: string; sentence: number };
      if (a.sentence < s.index - 1) break;
      if (this.sideOf(a.target) === side && this.sideOf(a.source) !== side) {
        accuser = this.sideOf(a.source);
        break;
      }
    }
    if (accuser === null) return;
    this.emit('DENIES', [{ actorId: speaker, mention: null, weight: 1 }], [{ actorId: accuser, mention: null, weight: 0.85 }], s, 0.6, speaker, false);
  }

  /** "X said the government had violated the truce": X accuses the government. */
  protected imputed(v: number, s: Sentence): void {
    const speaker = this.claimantFor(v, s);
    if (!speaker) return;
    const frame = this.subjectOf(v, s);
    const accused = frame.subjects.filter((a) => this.sideOf(a.actorId) !== this.sideOf(speaker));
    if (accused.length === 0) return;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    this.emit('ACCUSES', [{ actorId: speaker, mention: null, weight: 1 }], accused, s, 0.6, speaker, false);
  }

  protected hasIrrealisBefore(v: number, s: Sentence, clauseStart: number, words: readonly string[]): boolean {
    for (let k = Math.max(s.first, clauseStart); k < v; k++) if (words.includes((this.tokens[k] as Token).lower)) return true;
    return false;
  }

  /** The accusation whose complement holds the verb at `v` is negated or not yet made: "has not accused", "has yet to accuse". */
  protected negatedAllegation(v: number, s: Sentence): boolean {
    const { tokens } = this;
    for (let k = v - 1; k >= s.first; k--) {
      const t = tokens[k] as Token;
      if (t.text === ';' || this.newClauseAt(k, v)) return false;
      if ((t.pos === 'VERB' || (t.lower.endsWith('ed') && ['NOUN', 'ADJ'].includes(t.pos))) && ['accuse', 'allege', 'blame', 'charge'].includes(verbLemma(t))) {
        return tokens.slice(Math.max(s.first, k - 3), k).some((w, i, all) => NEGATIONS.has(w.lower) || (w.lower === 'to' && ['yet', 'refused', 'declined', 'failed'].includes(all[i - 1]?.lower ?? '')));
      }
    }
    return false;
  }

  /** Inside the complement of "accuse/allege/claim": the event is alleged. */
  protected allegedByFrame(v: number, s: Sentence): boolean {
    // ("The CJNG, which U.S. officials blame for the violence, has been fighting": the aside's charge stays in it.)
    const aside = this.relativeAsideBefore(v, s);
    for (let k = v - 1; k >= s.first; k--) {
      if (k === aside.close) k = aside.open - 1;
      const t = this.tokens[k] as Token;
      if (!t) break;
      if (t.text === ';' || this.newClauseAt(k, v)) return false;
      // ("The army chief accused/NOUN India of backing ...": the tagger may read the verb as a noun.)
      // ("JNIM claimed to have attacked": a claim of one's own act is no allegation.)
      if ((t.pos === 'VERB' || (t.lower.endsWith('ed') && ['NOUN', 'ADJ'].includes(t.pos))) && ['accuse', 'allege', 'claim', 'blame', 'charge'].includes(verbLemma(t))) return !(verbLemma(t) === 'claim' && this.tokens[k + 1]?.lower === 'to');
      // ("allegedly", "the alleged attack" hedge an event; they do not embed it in an accusation.)
      if (['accusation', 'accusations', 'allegation', 'allegations'].includes(t.lower)) return true;
      // "denied the allegation and said X was harbouring", "accused each other ..., as jets struck":
      // a new speech frame or an adverbial clause is outside the accusation.
      if (k < v - 1 && t.pos === 'VERB' && SPEECH_LEMMAS.has(t.lemma)) return false;
      if (['as', 'while', 'whereas', 'but', 'although', 'though', 'meanwhile'].includes(t.lower) && (t.pos !== 'ADP' || this.tokens[k - 1]?.text === ',')) return false;
      // "accused X of sponsoring terrorism, days after X shot down a drone": the time clause is a fact.
      if (['after', 'before', 'when', 'since', 'until'].includes(t.lower)) return false;
    }
    return false;
  }

  /**
   * ", and" at `k` opens a new clause with its own subject before the verb at `v`: "India blamed
   * Pakistan, a charge Islamabad denied, and two weeks later Indian missiles struck ...".
   */
  protected newClauseAt(k: number, v: number): boolean {
    const { tokens } = this;
    if (!['and', 'but'].includes(tokens[k]?.lower ?? '') || tokens[k - 1]?.text !== ',') return false;
    let subject = false;
    for (let q = k + 1; q < v; q++) {
      const w = tokens[q] as Token;
      if (this.mentionAt(q) || (w.pos === 'PRON' && ['it', 'they', 'he', 'she', 'we'].includes(w.lower))) subject = true;
      else if (this.isVerb(w) && !this.isParticiple(w)) return false;
    }
    return subject;
  }

  /** "X was attacked by Y", "talks mediated by Turkey". */
  /**
   * "The Syrian National Army, an alliance of factions backed by Turkey, ...": the name that an
   * appositive noun phrase ending right before the participle at `v` describes.
   */
  protected appositiveHead(v: number, s: Sentence): Arg[] {
    const { tokens } = this;
    let k = v - 1;
    while (k > s.first && k >= v - 7 && !this.mentionAt(k) && (['NOUN', 'ADJ'].includes((tokens[k] as Token).pos) || (tokens[k] as Token).lower === 'of')) k--;
    if (k === v - 1 || !['a', 'an'].includes(tokens[k]?.lower ?? '') || tokens[k - 1]?.text !== ',') return [];
    const m = this.mentionAt(k - 2);
    if (!m || m.place || m.end !== k - 1) return [];
    const arg = this.argOf(m, 'target');
    return arg ? [{ ...arg, weight: arg.weight * 0.9 }] : [];
  }

  /** "South Africa's bid to ...", "Morocco's autonomy plan": the owner of the thing heading a subject in [from, v). */
  protected artifactOwnerInSubject(from: number, v: number, s: Sentence): Arg | null {
    const { tokens } = this;
    // The subject may start before the frame's clause start: "X's bid to take Y to court was backed".
    let start = v - 1;
    while (start > s.first) {
      const t = tokens[start - 1] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || t.lower === 'that' || (this.isVerb(t) && tokens[start - 2]?.lower !== 'to' && !BE_FORMS.has(t.lower) && t.pos !== 'AUX')) break;
      start--;
    }
    for (let k = Math.min(from, start); k < v; k++) {
      const m = this.mentionAt(k);
      if (!m) continue;
      if (tokens[m.end]?.lower !== "'s") return null;
      let h = m.end + 1;
      while (h < v && ['ADJ', 'NOUN'].includes((tokens[h] as Token).pos) && !ARTIFACT_NOUNS.has((tokens[h] as Token).lower)) h++;
      if (!ARTIFACT_NOUNS.has(tokens[h]?.lower ?? '') || !['to', 'for', 'of', 'on', 'in', 'was', 'were', 'has', 'had', 'is', ','].includes(tokens[h + 1]?.lower ?? '')) return null;
      return this.argOf(m, 'target');
    }
    return null;
  }

  /**
   * "A military base was overrun by ISWAP, the Nigerian army said": an unowned military target
   * (base, convoy, positions, soldiers) reported by a state or its army is that speaker's own.
   */
  speakerAsOwner(from: number, to: number, claimant: string | null, attackers: readonly Arg[], s?: Sentence): Arg[] {
    if (!claimant && s) claimant = this.mainSubjectFacing(from, attackers, s);
    if (!claimant) return [];
    // "..., President Gustavo Petro said": an official speaks for the state he leads or serves.
    if (this.info(claimant)?.type === 'PERSON' && this.info(this.sideOf(claimant))?.kind === 'country') claimant = this.sideOf(claimant);
    const info = this.info(claimant);
    if (!info || !['country', 'government', 'military'].includes(info.kind)) return [];
    if (attackers.some((a) => this.sideOf(a.actorId) === this.sideOf(claimant))) return [];
    for (let k = Math.max(0, from); k < to; k++) {
      const t = this.tokens[k] as Token;
      if (this.mentionAt(k)) return [];
      if (MILITARY_TARGETS.has(t.lower)) return [{ actorId: claimant, mention: null, weight: 0.8 }];
    }
    return [];
  }

  /**
   * "Ethiopia signed a deal with Somaliland, a deal Somalia denounced as ...": the criticised thing is
   * a gap before the subject, a noun in apposition to the main clause; its agent is that clause's subject.
   */
  protected gapAgent(frame: VerbFrame, s: Sentence, critics: readonly Arg[]): Arg[] {
    const { tokens } = this;
    const first = frame.subjects[0]?.mention;
    if (!first) return [];
    // "a series of strikes that Caracas has condemned": the agent of the events before the relative.
    const rel = tokens[first.first - 1];
    if (rel && ['that', 'which'].includes(rel.lower) && (EVENT_NOUNS.has(tokens[first.first - 2]?.lower ?? '') || MILITARY_ACTIVITY.has(tokens[first.first - 2]?.lower ?? ''))) {
      const sides = new Set(critics.map((c) => this.sideOf(c.actorId)));
      return this.recentEventAgent(s).filter((a) => !sides.has(this.sideOf(a.actorId)));
    }
    // "condemned what it called excessive force by the United States".
    let j = first.first - 1;
    if (tokens[j]?.pos !== 'NOUN') return [];
    while (j > s.first && (tokens[j] as Token).pos === 'NOUN') j--;
    while (j > s.first && (tokens[j] as Token).pos === 'ADJ') j--;
    if (!['a', 'an'].includes(tokens[j]?.lower ?? '') || tokens[j - 1]?.text !== ',') return [];
    const main = this.firstFiniteVerb(s);
    if (main === -1 || main >= j) return [];
    const agents = this.subjectOf(main, s).subjects;
    const sides = new Set(critics.map((c) => this.sideOf(c.actorId)));
    return agents.filter((a) => !sides.has(this.sideOf(a.actorId))).map((a) => ({ ...a, weight: a.weight * 0.85 }));
  }

  protected firstFiniteVerb(s: Sentence): number {
    for (let k = s.first; k < s.end; k++) {
      const t = this.tokens[k] as Token;
      if (t.pos === 'VERB' && !t.lower.endsWith('ing') && this.tokens[k - 1]?.lower !== 'to') return k;
    }
    return -1;
  }

  /** "... with (new) sanctions / tariffs / fines" after an attack verb's object. */
  protected economicMeans(after: number, s: Sentence): boolean {
    const { tokens } = this;
    for (let k = after; k < Math.min(s.end, after + 8); k++) {
      if ((tokens[k] as Token).lower !== 'with') continue;
      for (let j = k + 1; j < Math.min(s.end, k + 5); j++) {
        if (['sanctions', 'tariffs', 'tariff', 'fines', 'fine', 'restrictions', 'duties', 'penalties', 'measures', 'bans', 'ban', 'levies', 'curbs', 'embargo', 'lawsuit', 'lawsuits', 'charges', 'visa'].includes((tokens[j] as Token).lower)) return true;
      }
      return false;
    }
    return false;
  }

  /** "Somalia's government said troops had killed dozens of militants": unowned troops are the speaker's. */
  /** Whether the subject in [from, v) is only "the strikes", "the attack", "these raids". */
  protected eventSubject(from: number, v: number): boolean {
    const { tokens } = this;
    let k = from;
    if (!['the', 'these', 'those', 'that'].includes(tokens[k]?.lower ?? '')) return false;
    k++;
    const noun = tokens[k];
    if (!noun || !EVENT_NOUNS.has(noun.lower) || MILITARY_ACTIVITY.has(noun.lower)) return false;
    for (k++; k < v; k++) if (!['ADV', 'AUX'].includes((tokens[k] as Token).pos)) return false;
    return true;
  }

  /** Who made the attack heading a subject: its modifier, "by X", "claimed by X", "blamed on X". */
  protected eventHeadAgents(head: number, v: number, s: Sentence): Arg[] {
    const { tokens } = this;
    for (let k = head + 1; k < v - 1; k++) {
      const w = (tokens[k] as Token).lower;
      if (['claimed', 'carried', 'blamed', 'launched', 'conducted', 'staged'].includes(w)) {
        let by = k + 1;
        if (tokens[by]?.lower === 'out') by++;
        if (['by', 'on'].includes(tokens[by]?.lower ?? '') && (w !== 'blamed' || tokens[by]?.lower === 'on')) {
          const agents = this.objectAfter(by + 1, s, 'agent', 3);
          if (agents.length > 0) return agents.map((a) => ({ ...a, weight: a.weight * (w === 'blamed' ? 0.8 : 1) }));
        }
      }
    }
    const agent = this.nounAgent(head, s);
    return agent ? [agent] : [];
  }

  /** The owner of words or a policy right after a verb: "Ethiopia's 'belligerent rhetoric'", "the U.S. remarks". */
  protected spokenAct(from: number, s: Sentence): Arg | null {
    const { tokens } = this;
    let k = from;
    if (['the', 'what'].includes(tokens[k]?.lower ?? '')) k++;
    const m = this.mentionAt(k);
    if (!m || m.first !== k) return null;
    let h = m.end;
    if (tokens[h]?.lower === "'s") h++;
    const SAID = ['rhetoric', 'remarks', 'comments', 'statement', 'statements', 'policy', 'policies', 'stance', 'position', 'claims', 'decision', 'record', 'handling', 'speech', 'report', 'plan', 'proposal', 'approach', 'silence'];
    while (h < Math.min(s.end, m.end + 5) && !SAID.includes((tokens[h] as Token).lower) && !this.mentionAt(h) && (['ADJ', 'NOUN'].includes((tokens[h] as Token).pos) || ['"', '“', '”'].includes((tokens[h] as Token).text))) h++;
    if (!SAID.includes(tokens[h]?.lower ?? '')) return null;
    const arg = this.argOf({ ...m, place: false }, 'target');
    return arg;
  }

  /** "..., in response", "in retaliation.": an answer whose object is not named. */
  protected inResponse(after: number, s: Sentence): boolean {
    const { tokens } = this;
    for (let k = after; k < Math.min(s.end, after + 14); k++) {
      const t = tokens[k] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === '.' || (this.isVerb(t) && k > after)) return false;
      if (t.lower === 'in' && ['response', 'retaliation', 'revenge', 'reprisal'].includes(tokens[k + 1]?.lower ?? '')) return !['to', 'for', 'against'].includes(tokens[k + 2]?.lower ?? '');
    }
    return false;
  }

  /**
   * "Colombia's government suspended talks with the ELN after the rebel group attacked a military
   * base": the main clause's state, which the attacker also faces there, owns the base.
   */
  protected mainSubjectFacing(from: number, attackers: readonly Arg[], s: Sentence): string | null {
    const main = this.firstFiniteVerb(s);
    if (main === -1 || main >= from) return null;
    let sub = -1;
    for (let k = main + 1; k < from; k++) if (['after', 'when', 'as', 'because', 'since'].includes((this.tokens[k] as Token).lower)) sub = k;
    if (sub === -1) return null;
    const sides = new Set(attackers.map((a) => this.sideOf(a.actorId)));
    let faced = false;
    for (let k = main + 1; k < sub; k++) {
      const m = this.mentionAt(k);
      if (m && sides.has(this.sideOf(m.actorId))) faced = true;
    }
    if (!faced) return null;
    const subject = this.subjectOf(main, s).subjects[0];
    return subject && !sides.has(this.sideOf(subject.actorId)) ? subject.actorId : null;
  }

  /** "Beijing firmly opposes the U.S. arms sale", "regretted Uganda's decision", "objected to Israel's plan": the act's owner is criticised. */
  protected opposedAct(v: number, s: Sentence): void {
    const { tokens } = this;
    let from = verbLemma(tokens[v] as Token) === 'object' ? (tokens[v + 1]?.lower === 'to' ? v + 2 : -1) : v + 1;
    if (from === -1) return;
    // ('said it "deeply regrets" Uganda\'s decision': the quoted verb's closing quote.)
    if (['"', '”'].includes(tokens[from]?.text ?? '')) from++;
    const owner = this.actOwner(from, s);
    if (!owner) return;
    const asserted = this.assertedSubjects(v, s);
    if (!asserted || asserted.subjects.some((a) => this.sideOf(a.actorId) === this.sideOf(owner.actorId))) return;
    this.criticizedBySubject(v, s, [owner], 0.6);
  }

  /** The subjects of the clause a fronted or trailing adjunct at `k` belongs to: "In a swipe at X, China said ..." / "China said ..., in a swipe at X". */
  protected adjunctSubjects(k: number, s: Sentence): Arg[] {
    const opening = this.firstFiniteVerb(s);
    const main = opening !== -1 && opening > k ? opening : this.previousFiniteVerb(k - 1, s);
    if (main === -1) return [];
    const asserted = this.assertedSubjects(main, s);
    if (!asserted) return [];
    if (main > k) {
      // Fronted: the subject follows the comma that closes the adjunct.
      let c = k + 1;
      while (c < main && this.tokens[c]?.text !== ',') c++;
      const after = c < main ? this.argsIn(c + 1, main, 'agent') : [];
      if (after.length > 0) return after;
    }
    return [...asserted.subjects];
  }

  /**
   * "shelled army-held towns", "fired at government-held Marib": the state whose army holds the
   * place, the one that reports the attack or else the dateline state, never the attackers' side.
   */
  protected governmentHeld(after: number, s: Sentence, claimant: string | null, attackers: readonly Arg[]): Arg[] {
    const { tokens } = this;
    let found = false;
    for (let k = after; k < Math.min(s.end, after + 4); k++) {
      if (['army', 'government', 'military', 'regime', 'junta'].includes(tokens[k]?.lower ?? '') && tokens[k + 1]?.text === '-' && ['held', 'controlled'].includes(tokens[k + 2]?.lower ?? '')) found = true;
      if (found || this.mentionAt(k) || CLAUSE_BREAKS.has((tokens[k] as Token).text)) break;
    }
    if (!found) return [];
    const sides = new Set(attackers.map((a) => this.sideOf(a.actorId)));
    const stateKinds = ['country', 'government', 'military'];
    const owner = claimant && stateKinds.includes(this.info(claimant)?.kind ?? '') ? claimant : this.datelineState();
    return owner && !sides.has(this.sideOf(owner)) ? [{ actorId: this.sideOf(owner), mention: null, weight: 0.75 }] : [];
  }

  /**
   * "BAMAKO (AFP) - JNIM fighters attacked a military camp in Boulkessi", "Colombia's ELN guerrillas
   * attacked a military base": an armed group that hits a base, a post or soldiers owned by nobody
   * named hits the one state the sentence (or else the dateline) names, when that state is the
   * group's own or the group belongs to no state.
   */
  protected homeStateHit(after: number, s: Sentence, attackers: readonly Arg[]): Arg[] {
    const { tokens } = this;
    if (attackers.length === 0 || !attackers.every((a) => this.info(a.actorId)?.kind === 'armed-group')) return [];
    let hit = false;
    for (let k = after; k < Math.min(s.end, after + 5); k++) {
      const t = tokens[k] as Token;
      if (this.mentionAt(k) || CLAUSE_BREAKS.has(t.text) || t.text === ',' || (k > after && ['in', 'near', 'on', 'at', 'of', 'with'].includes(t.lower))) break;
      if (MILITARY_TARGETS.has(t.lower) && t.pos === 'NOUN') {
        hit = true;
        break;
      }
    }
    if (!hit) return [];
    const states = this.fightingState(s, attackers);
    const state = states[0];
    if (!state) return [];
    const own = attackers.every((a) => {
      const home = this.info(a.actorId)?.affiliation;
      return !home || this.info(home)?.type !== 'COUNTRY' || this.sideOf(home) === this.sideOf(state.actorId) || this.kb.governorOf.get(home) === state.actorId;
    });
    return own ? [{ ...state, weight: state.weight * 0.9 }] : [];
  }

  /**
   * The holder of a place named as the object of an attack: "the city of El Fasher, the army's last
   * stronghold in Darfur", "Bukavu, a key M23 base", "villages held by the Kachin Independence Army".
   * Nobody when an actor is named in the object itself or the place is not described so.
   */
  protected placeHolder(from: number, s: Sentence, attackers: readonly Arg[]): Arg[] {
    const { tokens } = this;
    const sides = new Set(attackers.map((a) => this.sideOf(a.actorId)));
    const kinds = ['country', 'government', 'military', 'armed-group'];
    const fits = (args: readonly Arg[]): Arg[] => args.filter((a) => !sides.has(this.sideOf(a.actorId)) && !a.mention?.place && kinds.includes(this.info(a.actorId)?.kind ?? '')).map((a) => ({ ...a, weight: a.weight * 0.85 }));
    for (let k = from; k < Math.min(s.end, from + 9); k++) {
      const t = tokens[k] as Token;
      const m = this.mentionAt(k);
      // The place's own words may hold a place name; an actor in them ends the search.
      if (m) {
        if (!m.place && m.form !== 'capital') return [];
        k = m.end - 1;
        continue;
      }
      if (CLAUSE_BREAKS.has(t.text) || t.text === '.') return [];
      if (['held', 'controlled', 'occupied', 'run'].includes(t.lower) && tokens[k + 1]?.lower === 'by' && k > from) return fits(this.objectAfter(k + 2, s, 'attack-target', 2));
      if (t.text === ',' && k > from) {
        let q = k + 1;
        if (['the', 'a', 'an'].includes(tokens[q]?.lower ?? '')) q++;
        while (q < s.end && tokens[q]?.pos === 'ADJ' && !this.mentionAt(q)) q++;
        const holder = this.mentionAt(q);
        if (!holder || holder.first !== q || holder.place) return [];
        let h = holder.end;
        if (tokens[h]?.lower === "'s") h++;
        for (let e = h; e < Math.min(s.end, h + 3); e++) {
          const w = tokens[e] as Token;
          if (HOLD_NOUNS.has(w.lower)) {
            const arg = this.argOf(holder, 'attack-target');
            return arg ? fits([arg]) : [];
          }
          if (!['ADJ', 'NOUN'].includes(w.pos)) break;
        }
        return [];
      }
      if (this.isVerb(t) && k > from) return [];
    }
    return [];
  }

  /** "launched a counteroffensive" ending at `k`: an offensive noun whose verb of launching happened. */
  protected launchedOffensive(k: number, s: Sentence): boolean {
    const { tokens } = this;
    if (!['offensive', 'counteroffensive', 'counter-offensive', 'operation', 'assault', 'push', 'campaign', 'attack', 'attacks'].includes(tokens[k]?.lower ?? '')) return false;
    let j = k - 1;
    while (j > s.first && ['ADJ', 'DET', 'NUM'].includes((tokens[j] as Token).pos)) j--;
    const w = tokens[j];
    if (!w || !this.isVerb(w) || !['launch', 'begin', 'mount', 'start', 'step', 'intensify'].includes(verbLemma(w))) return false;
    const frame = this.subjectOf(j, s);
    const mod = this.modality(frame.clauseStart, j, s);
    return !mod.negated && !mod.irrealis;
  }

  /** "prompted Israel to", "prompting Israel to": an object after a past causing verb, ending at `k`. */
  protected promptedTo(k: number): boolean {
    const m = this.mentionAt(k);
    if (!m) return false;
    const w = this.tokens[m.first - 1];
    return !!w && ['prompted', 'prompting', 'spurred', 'spurring', 'provoked', 'provoking'].includes(w.lower);
  }

  /** "the capital", "the country's capital" as an object: the speaking state's, else the dateline state's. */
  protected unownedCapital(after: number, claimant: string | null, attackers: readonly Arg[]): Arg[] {
    const { tokens } = this;
    let k = after;
    if (tokens[k]?.lower !== 'the') return [];
    k++;
    if (tokens[k]?.lower === 'country' && tokens[k + 1]?.lower === "'s") k += 2;
    if (tokens[k]?.lower !== 'capital' || this.mentionAt(k) || [',', 'of', 'city'].includes(tokens[k + 1]?.lower ?? '')) return [];
    const sides = new Set(attackers.map((a) => this.sideOf(a.actorId)));
    const speaker = claimant ? this.sideOf(claimant) : null;
    const owner = speaker && this.info(speaker)?.kind === 'country' ? speaker : this.datelineState();
    return owner && !sides.has(owner) ? [{ actorId: owner, mention: null, weight: 0.8 }] : [];
  }

  protected beIndex(v: number, s: Sentence): number {
    let j = v - 1;
    while (j > s.first && !BE_FORMS.has((this.tokens[j] as Token).lower)) j--;
    // The subject is left of the auxiliary chain: "has been attacked".
    while (j > s.first && ['has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'would'].includes((this.tokens[j - 1] as Token).lower)) j--;
    // "has long been accused".
    if (j > s.first + 1 && (this.tokens[j - 1] as Token).lower === 'long' && ['has', 'have', 'had'].includes((this.tokens[j - 2] as Token).lower)) j -= 2;
    return j;
  }

  /** Target after one of `preps` within `span` tokens: "negotiated with X", "fired on X". */
  prepObject(from: number, s: Sentence, preps: readonly string[], span: number, role: Role = 'target'): Arg[] {
    const { tokens } = this;
    for (let k = from; k < Math.min(s.end, from + span); k++) {
      const t = tokens[k] as Token;
      // ("launched the so-called Operation 1027 against": a participle glued to a hyphen modifies.)
      const glued = t.space === '' && tokens[k - 1]?.text === '-';
      if (CLAUSE_BREAKS.has(t.text) || t.text === '.' || (this.isVerb(t) && k > from && !glued) || t.lower === 'that') return [];
      if (this.mentionAt(k) && !preps.includes(tokens[k - 1]?.lower ?? '')) {
        // A mention that is not introduced by one of the prepositions ends the search.
        const m = this.mentionAt(k) as Mention;
        k = m.end - 1;
        continue;
      }
      // ("retook Kidal with support from Russia": the helper after "support from" is no target.)
      const helper = t.lower === 'from' && ['support', 'help', 'backing', 'assistance', 'aid', 'cover', 'reinforcements'].includes(tokens[k - 1]?.lower ?? '');
      if (preps.includes(t.lower) && !helper && this.helpPhrase(k, s) === -1 && this.absoluteWith(k, s) === -1) {
        const args = this.objectAfter(k + 1, s, role, 3);
        if (args.length > 0) return args;
      }
    }
    return [];
  }

  /** Past a compass word naming part of a country: "southern Lebanon", "north-east Syria", "eastern Ukraine". */
  protected afterRegion(k: number): number {
    const { tokens } = this;
    const compass = /^(north|south|east|west|central)(ern)?$|^(north|south)-?(east|west)(ern)?$/;
    if (compass.test(tokens[k]?.lower ?? '') && !this.mentionAt(k)) return k + 1;
    return k;
  }

  /** A mention in a locative phrase: "in northern Iraq", "near the Syrian border". */
  protected locative(m: Mention): boolean {
    let j = m.first - 1;
    while (j >= 0 && ['ADJ', 'DET'].includes((this.tokens[j] as Token).pos) && !this.mentionAt(j)) j--;
    return ['in', 'inside', 'near', 'across', 'into', 'throughout', 'within', 'over'].includes(this.tokens[j]?.lower ?? '');
  }

  /**
   * "X denied the accusations": the target is who accused X (a possessor or "by/from Y" on the
   * accusation, else the latest accusation against X in the article).
   */
  protected denial(v: number, after: number, s: Sentence, sources: readonly Arg[], confidence: number, outer: string | null): boolean {
    const { tokens } = this;
    // "rejected what it called \"baseless\" claims by Armenia": the denier's own label before the claim.
    if (tokens[after]?.lower === 'what' && ['it', 'they', 'he', 'she'].includes(tokens[after + 1]?.lower ?? '') && ['called', 'described', 'termed', 'labelled', 'labeled', 'branded'].includes(tokens[after + 2]?.lower ?? '')) {
      let j = after + 3;
      while (j < Math.min(s.end, after + 9) && (['"', '“', '”', "'", 'and'].includes((tokens[j] as Token).text.toLowerCase()) || ['ADJ', 'ADV'].includes((tokens[j] as Token).pos) || FALSEHOOD_WORDS.has((tokens[j] as Token).lower)) && !ACCUSATION_NOUNS.has((tokens[j] as Token).lower) && !this.mentionAt(j)) j++;
      if (ACCUSATION_NOUNS.has(tokens[j]?.lower ?? '') || this.mentionAt(j)) after = j;
    }
    // "rejected as \"groundless\" Armenia's allegation": the judgement fronted before the object.
    if (tokens[after]?.lower === 'as') {
      let j = after + 1;
      while (j < Math.min(s.end, after + 8) && (['"', '“', '”', "'", 'and'].includes((tokens[j] as Token).text.toLowerCase()) || ['ADJ', 'ADV'].includes((tokens[j] as Token).pos) || ((tokens[j] as Token).pos === 'VERB' && (tokens[j] as Token).lower.endsWith('ed')) || FALSEHOOD_WORDS.has((tokens[j] as Token).lower)) && !this.mentionAt(j)) j++;
      if (j > after + 1 && [1, 2, 3].some((d) => FALSEHOOD_WORDS.has(tokens[after + d]?.lower ?? '') || NEGATIVE_JUDGEMENTS.has(tokens[after + d]?.lower ?? '') || tokens[after + d]?.pos === 'ADJ')) after = j;
    }
    // "dismissed Erdogan's remarks as \"antisemitic incitement\"", "rejected the threats as
    // unacceptable": a judgement on what the other side said criticises it.
    const judged = this.dismissedAs(after, s, sources);
    if (judged.length > 0) {
      this.emit('CRITICIZES', sources, judged, s, 0.65 * confidence / 0.8, outer ?? sources[0]?.actorId ?? null, false);
      return true;
    }
    let k = after;
    let accuser: Arg[] = [];
    let accusationSeen = false;
    /** The accuser is named in the object itself: "denied Kyiv's accusation", "accusations by Congo". */
    let named = false;
    for (; k < Math.min(s.end, after + 6); k++) {
      const t = tokens[k] as Token;
      if (ACCUSATION_NOUNS.has(t.lower)) {
        accusationSeen = true;
        break;
      }
      // ("dismissed the threat as posturing": what follows "as" judges the object; it is no charge.)
      if (t.lower === 'as' && k > after) break;
      // "denied that ...", "denied attacking", "denied any involvement/build-up": a denial of what was imputed.
      // ("denied its troops had opened fire", "denied the drone had entered": a clause without "that".)
      // ("denied the men were its fighters": a copula with the denier's own people, too.)
      const bareClause = k > after && ['had', 'has', 'have', 'was', 'were', 'is', 'are'].includes(t.lower) && (this.isVerb(tokens[k + 1]) || (['was', 'were', 'is', 'are'].includes(t.lower) && ['its', 'their'].includes(tokens[k + 1]?.lower ?? ''))) && ['its', 'their', 'the'].includes(tokens[after]?.lower ?? '');
      // ("rejected any foreign interference" rejects a thing; "denied any involvement" denies a charge.)
      const anyCharge = t.lower === 'any' && k === after && (verbLemma(tokens[v] as Token) === 'deny' || tokens.slice(k + 1, k + 4).some((w) => ACCUSATION_NOUNS.has(w.lower) || ['wrongdoing', 'part', 'knowledge', 'connection', 'ties'].includes(w.lower)));
      // ("rejected Beijing's claims": a name ending in -ing is no gerund.)
      if (t.lower === 'that' || (t.lower.endsWith('ing') && !this.mentionAt(k)) || anyCharge || bareClause) {
        accusationSeen = true;
        break;
      }
      // "Kigali denies this.", "Moscow has denied it": the pronoun stands for the accusation just reported.
      // ("dismissed it as propaganda": a judgement may follow.)
      if (k === after && ['this', 'it', 'these', 'them'].includes(t.lower) && ['.', ',', ';', 'as'].includes(tokens[k + 1]?.lower ?? '.') && this.memory.accusations.length > 0) {
        accusationSeen = true;
        break;
      }
      const m = this.mentionAt(k);
      if (m) {
        // "the Philippines' accusations": a plural name's possessive is a bare apostrophe.
        const possessive = tokens[m.end]?.lower === "'s" || (tokens[m.end]?.text === "'" && (tokens[m.end - 1]?.lower.endsWith('s') ?? false) && ACCUSATION_NOUNS.has(tokens[m.end + 1]?.lower ?? ''));
        if (possessive) {
          // "rejected Ethiopia's unilateral filling of the dam": an act rejected, not a claim denied.
          let h = m.end + 1;
          while (h < m.end + 4 && tokens[h]?.pos === 'ADJ') h++;
          if (OWNED_ACTS.has(tokens[h]?.lower ?? '') && !ACCUSATION_NOUNS.has(tokens[h]?.lower ?? '')) return true;
          const arg = this.argOf(m, 'target');
          if (arg) {
            accuser = [arg];
            named = true;
          }
          k = m.end;
          continue;
        }
        // "denied the Armenian claims", "dismissed U.S. reports": a modifier of a claim noun made the claim.
        const claimer = this.claimModifier(m, sources);
        if (claimer) {
          accuser = [claimer];
          named = true;
          k = m.end - 1;
          continue;
        }
        break;
      }
      // ("denounced the \"false accusations\" by Kinshasa": a quote opening the object is no break.)
      if ((CLAUSE_BREAKS.has(t.text) && !(['"', '“'].includes(t.text) && k <= after + 1)) || t.text === ',' || t.text === '.') break;
    }
    // "..., a demand Vucic rejected": what is rejected before the subject is no accusation.
    if (!accusationSeen) {
      let g = v - 1;
      while (g > s.first && ((tokens[g] as Token).pos === 'ADV' || (tokens[g] as Token).pos === 'AUX')) g--;
      const subject = this.mentionAt(g);
      if (subject) g = subject.first - 1;
      if (['demand', 'demands', 'call', 'calls', 'proposal', 'proposals', 'request', 'requests', 'offer', 'plan', 'ultimatum', 'condition', 'conditions', 'invitation'].includes(tokens[g]?.lower ?? '') && ['a', 'an', 'the'].includes(tokens[g - 1]?.lower ?? '')) return true;
    }
    // "allegations Kabul firmly denies": the accusation stands before the subject.
    if (!accusationSeen) {
      for (let j = v - 1; j >= Math.max(s.first, v - 6); j--) {
        if (ACCUSATION_NOUNS.has((tokens[j] as Token).lower)) accusationSeen = true;
      }
      if (tokens[after] === undefined || ['.', ',', ';'].includes((tokens[after] as Token).text)) {
        // A bare "denies" at the end of the sentence denies what the sentence reported.
        accusationSeen ||= this.memory.accusations.length > 0;
      }
    }
    if (!accusationSeen) return false;
    if (accuser.length === 0 && tokens[k] && ACCUSATION_NOUNS.has((tokens[k] as Token).lower)) {
      // ("rejected the charge as part of an American campaign": only a phrase right after the noun names its maker.)
      const by = ['by', 'from', 'of'].includes(tokens[k + 1]?.lower ?? '') ? this.prepObject(k + 1, s, ['by', 'from', 'of'], 4, 'agent') : [];
      if (by.length > 0) {
        accuser = by;
        named = true;
      }
      // ("denied claims by opposition leaders that ...": the claim's makers are named, and are no actor.)
      else if (['by', 'from'].includes(tokens[k + 1]?.lower ?? '') && !this.mentionAt(k + 2) && ['NOUN', 'ADJ', 'DET'].includes(tokens[k + 2]?.pos ?? '')) return true;
    }
    let inferred = false;
    // Only "rejected the accusation/claims" (not "denied attacking") may answer an accusation against someone else.
    const accusationNoun = tokens[k] !== undefined && ACCUSATION_NOUNS.has((tokens[k] as Token).lower);
    if (accuser.length === 0) {
      for (const src of sources) {
        // ("The movement denied attacking a tanker" denies its own act, not another side's claim.)
        const found = this.latestAccuserOf(src.actorId, accusationNoun ? s.index : -1, !(tokens[k]?.lower.endsWith('ing') ?? false));
        if (found) {
          accuser = this.coAccusers(found, src.actorId).map((id) => ({ actorId: id, mention: null, weight: 0.85 }));
          inferred = true;
          break;
        }
      }
    }
    // "Iran denied supplying drones, despite U.S. accusations", "..., after Colombia accused Caracas of ...":
    // the accusation answered is reported later in the sentence.
    if (accuser.length === 0) accuser = this.laterAccuser(k, s, sources);
    // "The RSF gets weapons from the UAE, U.N. experts said, a charge Abu Dhabi denies": the
    // speaker of the sentence made the charge in apposition to it.
    if (accuser.length === 0) accuser = this.appositiveChargeSpeaker(v, s, sources);
    // ("charges both Moscow and Pyongyang deny": one denier is not the other's accuser.)
    const deniers = new Set(sources.map((a) => this.sideOf(a.actorId)));
    accuser = accuser.filter((a) => !deniers.has(this.sideOf(a.actorId)));
    if (accuser.length === 0) return true;
    this.emit('DENIES', sources, accuser, s, confidence * (inferred ? 0.9 : 1), outer ?? sources[0]?.actorId ?? null, false);
    // "Moscow denied Kyiv's accusation that ...": the denial reports the accusation it answers.
    if (named && this.namedAccusation(k, s, sources, accuser)) {
      for (const a of accuser) this.emit('ACCUSES', [a], sources, s, 0.75 * confidence, a.actorId, false);
    }
    return true;
  }

  /**
   * The author of remarks, threats or a move dismissed "as" a negative judgement: the possessor
   * ("Erdogan's remarks as incitement"), else, for threats or remarks told before, the latest side
   * that threatened, accused or criticised the deniers.
   */
  protected dismissedAs(after: number, s: Sentence, deniers: readonly Arg[]): Arg[] {
    const { tokens } = this;
    let as = after;
    while (as < Math.min(s.end, after + 8) && tokens[as]?.lower !== 'as' && !CLAUSE_BREAKS.has((tokens[as] as Token).text) && !this.isVerb(tokens[as])) as++;
    if (tokens[as]?.lower !== 'as') return [];
    // ("rejected the accusations as an insult" is a denial.)
    for (let q = after; q < as; q++) if (ACCUSATION_NOUNS.has((tokens[q] as Token).lower) || CLAIM_NOUNS.has((tokens[q] as Token).lower)) return [];
    let j = as + 1;
    // ("rejected the move as \"legally baseless\"": an act called groundless is judged, too.)
    const judged = (q: number): boolean => judgementAt(tokens, q) || FALSEHOOD_WORDS.has(tokens[q]?.lower ?? '');
    while (j < Math.min(s.end, as + 6) && (['"', '“', '”', "'"].includes((tokens[j] as Token).text) || ['DET', 'ADV', 'ADJ'].includes((tokens[j] as Token).pos)) && !judged(j)) j++;
    if (!judged(j)) return [];
    if (!judgementAt(tokens, j) && !OWNED_ACTS.has(tokens[as - 1]?.lower ?? '')) return [];
    const sides = new Set(deniers.map((a) => this.sideOf(a.actorId)));
    const m = this.mentionAt(after) ?? (['the', 'a'].includes(tokens[after]?.lower ?? '') ? this.mentionAt(after + 1) : null);
    if (m && tokens[m.end]?.lower === "'s") {
      const owner = this.argOf({ ...m, place: false }, 'target');
      return owner && !sides.has(this.sideOf(owner.actorId)) ? [owner] : [];
    }
    const noun = tokens[as - 1]?.lower ?? '';
    const kinds: Record<string, string[]> = { threats: ['THREATENS'], threat: ['THREATENS'], remarks: ['CRITICIZES', 'ACCUSES', 'THREATENS'], comments: ['CRITICIZES', 'ACCUSES', 'THREATENS'], statement: ['CRITICIZES', 'ACCUSES', 'THREATENS'] };
    const types = kinds[noun];
    // ("The Arakan Army dismissed the poll as a sham": an act told before, judged.)
    if (!types && OWNED_ACTS.has(noun)) return this.earlierActAgent(after, s, deniers);
    if (!types || !['the', 'these', 'those', 'such'].includes(tokens[after]?.lower ?? '')) return [];
    for (let i = this.out.length - 1; i >= 0; i--) {
      const r = this.out[i] as RawRelation;
      if (r.sentence < s.index - 3) break;
      if (types.includes(r.type) && sides.has(this.sideOf(r.target)) && !sides.has(this.sideOf(r.source))) return [{ actorId: r.source, mention: null, weight: 0.85 }];
    }
    return [];
  }

  /**
   * Whether the denied noun at `k` is an accusation against the deniers: "accusations", "the
   * charge", or a claim whose "that" clause imputes an act to them ("the claim that it had
   * used chemical weapons"), not a claim of anything ("the claim that it had captured the town").
   */
  protected namedAccusation(k: number, s: Sentence, deniers: readonly Arg[], claimers: readonly Arg[] = []): boolean {
    const { tokens } = this;
    const noun = tokens[k]?.lower ?? '';
    if (['accusation', 'accusations', 'allegation', 'allegations', 'charge', 'charges'].includes(noun)) return true;
    if (!['claim', 'claims', 'assertion', 'assertions', 'report', 'reports'].includes(noun)) return false;
    let j = k + 1;
    while (j < s.end && ['by', 'from', 'of', 'the'].includes(tokens[j]?.lower ?? '')) j++;
    while (j < s.end && j < k + 6 && this.mentionAt(j)) j = (this.mentionAt(j) as Mention).end;
    if (tokens[j]?.lower !== 'that') return false;
    // The clause is about the deniers ("that it had", "that Armenian troops had", "that the
    // group had"), not about another side named as its subject.
    for (let h = j + 1; h < Math.min(s.end, j + 8); h++) {
      const t = tokens[h] as Token;
      if (t.text === ',' || t.lower === 'and') break;
      const m = this.mentionAt(h);
      // ("dismissed Pakistan's claim that it had shot down five Indian jets": a pronoun for the claimant
      // tells of its own feat, not a charge against the deniers.)
      const side = this.sideOf(m ? (this.argOf(m, 'agent')?.actorId ?? '') : '');
      // (The feat is told against the deniers themselves: "shot down five Indian jets".)
      const againstDeniers = (): boolean => {
        for (let q = h + 1; q < Math.min(s.end, h + 10); q++) {
          const o = this.mentionAt(q);
          if (o && deniers.some((d) => this.sideOf(d.actorId) === this.sideOf(this.argOf({ ...o, place: false }, 'target')?.actorId ?? ''))) return true;
        }
        return false;
      };
      if (m !== null && t.pos === 'PRON' && claimers.some((c) => this.sideOf(c.actorId) === side) && againstDeniers()) return false;
      if (m !== null && t.pos !== 'PRON' && !deniers.some((d) => this.sideOf(d.actorId) === side)) return false;
      // ("the insurgents' claim that dozens of soldiers had been killed": losses told in the passive are a feat claimed, no charge.)
      if (['been', 'were', 'was'].includes(tokens[h - 1]?.lower ?? '') && ['killed', 'wounded', 'captured', 'destroyed', 'downed', 'shot', 'seized', 'overrun'].includes(t.lower) && tokens[h + 1]?.lower !== 'by') return false;
      const rules = VERB_TRIGGERS.get(verbLemma(t)) ?? [];
      if (rules.some((r) => ['ATTACKS', 'SUPPORTS'].includes(r.type))) return true;
      if (['use', 'used', 'using', 'divert', 'diverted', 'diverting', 'violate', 'violated', 'violating', 'harbour', 'harbor', 'harboured', 'harbored', 'harbouring', 'harboring', 'protect', 'protecting', 'kill', 'killed', 'killing', 'block', 'blocked', 'blocking'].includes(t.lower)) return true;
    }
    return false;
  }

  /**
   * The maker of a claim named by a modifier right before a noun of claims ("the Armenian claims",
   * "U.S. reports", "Western allegations"), not of a role ("Iranian involvement"), nor the denier's own side.
   */
  protected claimModifier(m: Mention, deniers: readonly Arg[]): Arg | null {
    const { tokens } = this;
    let h = m.end;
    while (h < m.end + 2 && ['ADJ'].includes(tokens[h]?.pos ?? '') && !ACCUSATION_NOUNS.has(tokens[h]?.lower ?? '')) h++;
    if (!CLAIM_NOUNS.has(tokens[h]?.lower ?? '')) return null;
    const arg = this.argOf({ ...m, place: false }, 'target');
    if (!arg) return null;
    const sides = new Set(deniers.map((d) => this.sideOf(d.actorId)));
    return sides.has(this.sideOf(arg.actorId)) ? null : arg;
  }

  /** The speaker of a report followed by ", a charge/an allegation X denies". */
  protected appositiveChargeSpeaker(v: number, s: Sentence, deniers: readonly Arg[]): Arg[] {
    const { tokens } = this;
    for (let a = v - 1; a > Math.max(s.first, v - 7); a--) {
      if (!ACCUSATION_NOUNS.has(tokens[a]?.lower ?? '')) continue;
      if (!['a', 'an'].includes(tokens[a - 1]?.lower ?? '') || tokens[a - 2]?.text !== ',') return [];
      // ("..., a suggestion New Delhi rejected": a suggestion beside a statement is a proposal, not a charge.)
      if (['suggestion', 'suggestions'].includes(tokens[a]?.lower ?? '')) return [];
      // "..., U.N. experts said, a charge ...": the subject of the speech verb before the comma.
      const said = tokens[a - 3];
      let q = a - 4;
      // "U.N. experts said", "Sudan said": the speaker right before the speech verb.
      if (!this.mentionAt(q) && (AGENT_NOUNS.has(tokens[q]?.lower ?? '') || ['experts', 'investigators', 'monitors'].includes(tokens[q]?.lower ?? ''))) q--;
      const m = said && this.isVerb(said) && SPEECH_LEMMAS.has(said.lemma) ? this.mentionAt(q) : null;
      const arg = m ? this.argOf({ ...m, place: false }, 'agent') : null;
      // "India blamed Lashkar-e-Taiba for the massacre, a charge Pakistan denies": the accuser of the
      // clause the charge stands beside, when the denier is another side than the one accused there.
      let accuser: string | null = null;
      if (!arg) {
        const main = this.previousFiniteVerb(a - 3, s);
        if (main !== -1 && ['accuse', 'blame', 'charge', 'allege'].includes(verbLemma(tokens[main] as Token))) accuser = this.subjectOf(main, s).subjects[0]?.actorId ?? null;
      }
      const speaker = arg ? arg.actorId : (accuser ?? this.claimantFor(a - 2, s));
      if (!speaker || deniers.some((d) => this.sideOf(d.actorId) === this.sideOf(speaker))) return [];
      return [{ actorId: speaker, mention: null, weight: 0.8 }];
    }
    return [];
  }

  /** The accuser named in a "despite/after/amid" phrase later in the sentence of a denial. */
  protected laterAccuser(from: number, s: Sentence, deniers: readonly Arg[]): Arg[] {
    const { tokens } = this;
    const sides = new Set(deniers.map((a) => this.sideOf(a.actorId)));
    for (let j = from; j < s.end; j++) {
      // "..., which Poland blamed on Moscow": a relative clause reporting the accusation.
      const relative = (tokens[j] as Token).lower === 'which' && tokens[j - 1]?.text === ',';
      if (!relative && !['despite', 'after', 'amid', 'following'].includes((tokens[j] as Token).lower)) continue;
      for (let q = j + 1; q < Math.min(s.end, j + 7); q++) {
        const w = tokens[q] as Token;
        // "despite U.S. accusations", "amid accusations by Kyiv".
        if (ACCUSATION_NOUNS.has(w.lower)) {
          const agent = this.nounAgent(q, s);
          // "despite U.S. and Israeli claims": every coordinated modifier.
          const agents = agent?.mention && tokens[agent.mention.first - 1]?.lower === 'and' ? this.coordinatedEndingAt(agent.mention, s, 'agent') : agent ? [agent] : [];
          const others = agents.filter((a) => !sides.has(this.sideOf(a.actorId)));
          return others.length === agents.length ? others : [];
        }
        // "..., after Poland said it had shot down several drones": the one whose statement is denied.
        if (this.isVerb(w) && ['say', 'claim', 'allege', 'report', 'insist'].includes(verbLemma(w)) && !relative) {
          const speakers = this.argsIn(j + 1, q, 'agent');
          if (speakers.length === 1 && !sides.has(this.sideOf((speakers[0] as Arg).actorId)) && !tokens.slice(j + 1, q).some((u) => CLAUSE_BREAKS.has(u.text) || u.text === ',')) return speakers;
          return [];
        }
        // "after Colombia accused Caracas of harbouring the rebels": the accused is the denier.
        if (this.isVerb(w) && ['accuse', 'blame'].includes(verbLemma(w))) {
          const accusers = this.argsIn(j + 1, q, 'agent');
          // ("after the RSF accused it of killing civilians": "it" is the denier.)
          if (accusers.length === 1 && ['it', 'them'].includes(tokens[q + 1]?.lower ?? '') && !sides.has(this.sideOf((accusers[0] as Arg).actorId))) return accusers;
          let accused = this.objectAfter(q + 1, s, 'target', 2);
          if (accused.length === 0 && verbLemma(w) === 'blame') accused = this.prepObject(q + 1, s, ['on'], 4);
          if (accusers.length === 1 && accused.some((a) => sides.has(this.sideOf(a.actorId))) && !sides.has(this.sideOf((accusers[0] as Arg).actorId))) return accusers;
          return [];
        }
        if (CLAUSE_BREAKS.has(w.text) || w.text === ',' || w.text === '.') break;
      }
    }
    return [];
  }

  /** The latest accusation made against someone, not a third side it implicated. */
  protected lastAccusation(): { source: string; target: string; sentence: number; ownClaim?: boolean } | undefined {
    for (let i = this.memory.accusations.length - 1; i >= 0; i--) {
      const a = this.memory.accusations[i];
      if (a && !a.implicated) return a;
    }
    return undefined;
  }

  /** "Congo, the UN and the EU accused Rwanda ...": everyone who made the accusation `found` made against `id`'s side in the same sentence. */
  protected coAccusers(found: string, id: string): string[] {
    const side = this.sideOf(id);
    const accusations = this.memory.accusations;
    let at = -1;
    for (let i = accusations.length - 1; i >= 0; i--) {
      const a = accusations[i] as { source: string; target: string };
      if (this.sideOf(a.source) === found && this.sideOf(a.target) === side) {
        at = i;
        break;
      }
    }
    if (at === -1) return [found];
    const sentence = (accusations[at] as { sentence: number }).sentence;
    const ids = new Set<string>([found]);
    for (const a of accusations) if (a.sentence === sentence && this.sideOf(a.target) === side && this.sideOf(a.source) !== side && !(a as { ownClaim?: boolean }).ownClaim) ids.add(this.sideOf(a.source));
    return [...ids];
  }

  protected latestAccuserOf(id: string, sentence = -1, ownClaims = true): string | null {
    const side = this.sideOf(id);
    for (let i = this.memory.accusations.length - 1; i >= 0; i--) {
      const a = this.memory.accusations[i] as { source: string; target: string; ownClaim?: boolean };
      if (a.ownClaim && !ownClaims) continue;
      // "Afghanistan shelters TTP militants, which the Taliban deny": a state and its government are one side.
      if (a.target === id || this.sideOf(a.target) === side || this.kb.governorOf.get(a.target) === side || this.kb.governorOf.get(side) === a.target) return this.sideOf(a.source);
    }
    // "New Delhi blamed Pakistan-based militants. Islamabad rejected the accusation.": a bare denial
    // answers the accusation just made, whoever it named, unless the denier made it.
    const last = this.lastAccusation();
    // ("Government spokesman Wilfried Houngbedji dismissed the allegation": a speaker of no known side may be the accuser's own.)
    const unplaced = this.info(id)?.type === 'PERSON' && !this.info(id)?.affiliation;
    if (sentence >= 0 && last && !unplaced && sentence - last.sentence <= 1 && this.sideOf(last.source) !== side) return this.sideOf(last.source);
    return null;
  }

  /** "The M23 advanced with the support of Rwandan troops": the helper supports the clause's subject. */
  /**
   * "with the help of Qatar", "through the mediation of Saudi Arabia", "with the help of Egyptian
   * mediators": where the token at `k` starts such a phrase, the index of its first helper, else -1.
   */
  helpPhrase(k: number, s: Sentence): number {
    const { tokens } = this;
    // "met in Jeddah at the invitation of Saudi Arabia": the host who invited both.
    if (tokens[k]?.lower === 'at') return tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.lower === 'invitation' && tokens[k + 3]?.lower === 'of' ? k + 4 : -1;
    if (!['with', 'through', 'via'].includes(tokens[k]?.lower ?? '')) return -1;
    let j = k + 1;
    if (tokens[j]?.lower === 'the') j++;
    // "with Malaysia's help", "through Omani mediation", "via Egyptian and Qatari mediators".
    const named = this.mentionAt(j);
    if (named && named.first === j) {
      let e = this.lastMentionEnd(j, s);
      if (tokens[e]?.lower === "'s") e++;
      while (e < s.end && ['active', 'good', 'joint', 'direct'].includes((tokens[e] as Token).lower)) e++;
      const head = tokens[e]?.lower ?? '';
      const possessive = tokens[named.end]?.lower === "'s";
      // "met with Egyptian mediators", "talks with Qatari mediators": the people met, not a means.
      const met = tokens[k - 1] && (['talks', 'meeting', 'meetings', 'discussions', 'consultations'].includes((tokens[k - 1] as Token).lower) || (this.isVerb(tokens[k - 1] as Token) && ['meet', 'talk', 'speak', 'negotiate', 'confer', 'consult'].includes(verbLemma(tokens[k - 1] as Token))));
      if (met && tokens[k]?.lower === 'with' && !possessive && ['mediators', 'intermediaries', 'facilitators'].includes(head)) return -1;
      if ((possessive && ['help', 'assistance', 'mediation', 'facilitation', 'offices', 'intercession'].includes(head)) || (!possessive && ['mediation', 'mediators', 'intermediaries', 'facilitators', 'facilitation'].includes(head))) return j;
      return -1;
    }
    while (j < s.end && ['active', 'good', 'joint', 'direct'].includes((tokens[j] as Token).lower)) j++;
    // ("with help from the United States": "from" names the helper, too.)
    const help = tokens[j]?.lower ?? '';
    if (!['help', 'assistance', 'mediation', 'facilitation', 'offices', 'intercession', 'intervention'].includes(help) || !(tokens[j + 1]?.lower === 'of' || (tokens[j + 1]?.lower === 'from' && ['help', 'assistance', 'mediation', 'facilitation'].includes(help)))) return -1;
    return j + 2;
  }

  /** End of the coordinated mentions right after `from` ("the Houthis" in "provided the Houthis with"). */
  protected lastMentionEnd(from: number, s: Sentence): number {
    let k = from;
    let seen = -1;
    while (k < s.end && k < from + 8) {
      const m = this.mentionAt(k);
      if (m) {
        seen = m.end;
        k = m.end;
        continue;
      }
      const t = this.tokens[k] as Token;
      const w = t.lower;
      // "Ukrainian President Volodymyr Zelenskiy": a capitalised title between the demonym and the name.
      // ("Turkish Foreign Minister Hakan Fidan": a title of up to three words.)
      let n = k;
      while (n < k + 3 && /^[A-Z]/.test(this.tokens[n]?.text ?? '') && ['PROPN', 'NOUN'].includes(this.tokens[n]?.pos ?? '') && this.mentionAt(n) === null) n++;
      const title = n > k && this.mentionAt(n) !== null;
      if (seen !== -1 && !['and', ',', 'the'].includes(w) && !title) break;
      if (seen === -1 && !['the', 'a', 'an'].includes(w) && (this.tokens[k] as Token).pos !== 'ADJ') break;
      k++;
    }
    return seen;
  }

  /** "flew to Moscow to ...", "travelled to Baku on Monday to ...": a trip that was made, before `k`. */
  protected purposeOfTrip(k: number, s: Sentence): boolean {
    for (let j = k; j >= Math.max(s.first, k - 6); j--) {
      const t = this.tokens[j] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',') return false;
      if (this.isVerb(t) && ['travel', 'fly', 'go', 'head', 'come', 'arrive', 'journey'].includes(verbLemma(t))) {
        const prev = this.tokens[j - 1]?.lower ?? '';
        return t.lower.endsWith('ed') || ['flew', 'went', 'came', 'headed', 'arrived'].includes(t.lower) ? !['to', 'will', 'would', 'could', 'may', 'might', 'not'].includes(prev) : false;
      }
    }
    return false;
  }

  /**
   * "warned that sending troops to Ukraine would mean war": a gerund that is the subject of a modal
   * names a possibility, not an act.
   */
  protected gerundOfModal(v: number, s: Sentence): boolean {
    const { tokens } = this;
    if (!(tokens[v] as Token).lower.endsWith('ing') || BE_FORMS.has(tokens[v - 1]?.lower ?? '')) return false;
    for (let k = v + 1; k < Math.min(s.end, v + 16); k++) {
      const w = (tokens[k] as Token).lower;
      if (CLAUSE_BREAKS.has((tokens[k] as Token).text) || RELATIVES.has(w)) return false;
      if (['would', 'could', 'will', 'might', 'may'].includes(w)) return true;
    }
    return false;
  }

  /** The asserted subjects of `v` support `targets` (other sides only); false when nothing was emitted. */
  protected supportedBySubject(v: number, s: Sentence, targets: readonly Arg[], confidence: number): boolean {
    const frame = this.subjectOf(v, s);
    if (frame.subjects.length === 0 || targets.length === 0) return false;
    const mod = this.modality(frame.clauseStart, v, s);
    // ("will continue to stand by Armenia", "pledged to stand by Poland": backing that goes on or is pledged.)
    const pledged = this.tokens[v - 1]?.lower === 'to' && ['continue', 'continues', 'continued', 'keep', 'pledged', 'promised', 'vowed', 'committed'].includes(this.tokens[v - 2]?.lower ?? '');
    if (mod.negated || mod.irrealis || this.governedByDenial(v, s) || (this.tokens[v - 1]?.lower === 'to' && !pledged)) return false;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    const others = targets.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (others.length === 0) return false;
    this.emit('SUPPORTS', frame.subjects, others, s, confidence * (mod.hedged || pledged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
    return true;
  }

  /** "Russia vetoed a U.N. resolution condemning Syria": a veto shields the one censured. */
  protected vetoedCensure(v: number, s: Sentence): void {
    const { tokens } = this;
    for (let k = v + 1; k < Math.min(s.end, v + 8); k++) {
      const w = tokens[k] as Token;
      if (['resolution', 'resolutions', 'motion', 'statement', 'draft'].includes(w.lower)) {
        let c = k + 1;
        if (['that', 'which'].includes(tokens[c]?.lower ?? '')) c++;
        if (!['condemning', 'criticising', 'criticizing', 'censuring', 'against', 'targeting', 'sanctioning', 'condemned', 'condemns', 'criticised', 'criticized', 'censured', 'would'].includes(tokens[c]?.lower ?? '')) return;
        if (tokens[c]?.lower === 'would') {
          c++;
          if (tokens[c]?.lower === 'have') c++;
          if (!['condemned', 'criticised', 'criticized', 'censured', 'sanctioned', 'punished'].includes(tokens[c]?.lower ?? '')) return;
        }
        this.supportedBySubject(v, s, this.objectAfter(c + 1, s, 'target', 2), 0.65);
        return;
      }
      if (CLAUSE_BREAKS.has(w.text) || w.text === ',' || this.isVerb(w)) return;
    }
  }

  /** "Kataib Hezbollah, an Iran-backed militia": the name the apposition at `k` describes. */
  protected appositionHead(k: number, s: Sentence): Arg[] {
    const { tokens } = this;
    let j = k - 1;
    if (['a', 'an', 'the'].includes(tokens[j]?.lower ?? '')) j--;
    if (tokens[j]?.text !== ',' || j - 1 < s.first) return [];
    const m = this.mentionAt(j - 1);
    if (!m) return [];
    const arg = this.argOf(m, 'target');
    return arg ? [arg] : [];
  }

  /** "Qatar said its mediation ...": the speaker a possessive pronoun before the noun at `k` stands for. */
  protected speakersOwn(k: number, s: Sentence): Arg | null {
    const { tokens } = this;
    if (!['its', 'their'].includes(tokens[k - 1]?.lower ?? '')) return null;
    let j = k - 2;
    if (tokens[j]?.lower === 'that') j--;
    const verb = tokens[j];
    if (!verb || !this.isVerb(verb) || !['say', 'announce', 'state', 'add', 'confirm', 'note', 'insist', 'stress'].includes(verbLemma(verb))) return null;
    const frame = this.subjectOf(j, s);
    return frame.subjects.length === 1 ? (frame.subjects[0] as Arg) : null;
  }

  /** The subject of the finite verb that governs token `k` ("Trump ... expressed his readiness"). */
  clauseSubject(k: number, s: Sentence): VerbFrame {
    const { tokens } = this;
    for (let j = k; j >= s.first; j--) {
      const t = tokens[j] as Token;
      if (CLAUSE_BREAKS.has(t.text)) break;
      if ((t.pos === 'VERB' || (t.pos === 'AUX' && BE_FORMS.has(t.lower))) && tokens[j - 1]?.lower !== 'to' && !t.lower.endsWith('ing')) {
        return this.subjectOf(j, s);
      }
      if (this.mentionAt(j) && j < k) {
        // "Trump's offer to mediate": a possessor before the cue.
        const m = this.mentionAt(j) as Mention;
        if (tokens[m.end]?.lower === "'s") {
          const arg = this.argOf(m, 'agent');
          if (arg) return { clauseStart: m.first, subjects: [arg] };
        }
      }
    }
    return { clauseStart: s.first, subjects: [] };
  }

  /**
   * "with Turkey acting as mediator", "with the UAE serving as host": an absolute phrase at the
   * "with" at `k`; the index of the participle (of the word before "as" in "with Brazil as
   * mediator"), else -1.
   */
  absoluteWith(k: number, s: Sentence): number {
    const { tokens } = this;
    if (tokens[k]?.lower !== 'with') return -1;
    let j = k + 1;
    if (tokens[j]?.lower === 'the') j++;
    const m = this.mentionAt(j);
    if (!m || m.first !== j) return -1;
    const args = this.objectAfter(j, s, 'agent', 3);
    let end = Math.max(m.end, this.lastMentionEnd(j, s));
    // ("with Turkey's foreign minister chairing": the state's official.)
    if (tokens[end]?.lower === "'s") {
      end++;
      while (end < s.end && end < j + 8 && (TITLE_WORDS.has((tokens[end] as Token).lower) || (tokens[end] as Token).pos === 'ADJ')) end++;
    }
    // ("with U.S. officials attending as observers": the people of the state named.)
    while (end < s.end && (AGENT_NOUNS.has(tokens[end]?.lower ?? '') || ['officials', 'diplomats', 'envoys', 'representatives', 'delegates'].includes(tokens[end]?.lower ?? ''))) end++;
    const v = tokens[end];
    // ("with Brazil as mediator": no participle; the role follows "as", read as "acting as".)
    if (args.length > 0 && v?.lower === 'as' && ['mediator', 'mediators', 'facilitator', 'facilitators', 'host', 'hosts', 'guarantor', 'guarantors', 'observer', 'observers', 'broker', 'intermediary', 'chair', 'co-chairs'].includes(tokens[end + (['a', 'an', 'the'].includes(tokens[end + 1]?.lower ?? '') ? 2 : 1)]?.lower ?? '')) return end - 1;
    // "..., with Trump looking on": an onlooker, no party.
    if (args.length === 0 || !v || !v.lower.endsWith('ing') || !['act', 'serve', 'play', 'host', 'mediate', 'facilitate', 'chair', 'broker', 'look', 'watch', 'witness', 'preside', 'attend', 'sit', 'participate', 'take'].includes(verbLemma(v))) return -1;
    return end;
  }

  /** The first form of "be" or "have" before `k` in the sentence ("have been in talks"), else -1. */
  protected firstBeBefore(k: number, s: Sentence): number {
    for (let j = s.first; j < k; j++) {
      const t = this.tokens[j] as Token;
      if (t.pos === 'AUX' && (BE_FORMS.has(t.lower) || t.lemma === 'have')) return j;
    }
    return -1;
  }

  protected heldInPerson(k: number, s: Sentence): boolean {
    let hold = false;
    for (let j = k - 1; j >= Math.max(s.first, k - 6); j--) {
      const t = this.tokens[j] as Token;
      if (['indirect', 'virtual', 'phone', 'telephone', 'online', 'proximity', 'remote', 'video', 'channel', 'backchannel'].includes(t.lower)) return false;
      if (t.pos === 'VERB' && ['hold', 'have'].includes(verbLemma(t))) {
        hold = true;
        break;
      }
    }
    return hold;
  }

  protected skipNouns(from: number, s: Sentence): number {
    let j = from;
    while (j < s.end && (this.tokens[j] as Token).pos === 'NOUN' && !this.mentionAt(j)) j++;
    return j;
  }

  /** A quotation mark at `j`, before the noun at `k`, that with its pair encloses only modifiers: "merciless" strikes. */
  protected quotedModifier(j: number, k: number): boolean {
    const { tokens } = this;
    const isQuote = (q: number): boolean => ['"', '“', '”'].includes(tokens[q]?.text ?? '');
    const modifier = (q: number): boolean => ['ADJ', 'ADV'].includes(tokens[q]?.pos ?? '') && !this.mentionAt(q);
    if (!isQuote(j)) return false;
    // The closing mark: an opening one a few modifiers before it.
    for (let q = j - 1; q >= Math.max(0, j - 4) && modifier(q); q--) if (isQuote(q - 1)) return true;
    // The opening mark: a closing one a few modifiers after it, before the noun.
    for (let q = j + 1; q < Math.min(k, j + 5) && modifier(q); q++) if (isQuote(q + 1)) return true;
    return false;
  }
}
