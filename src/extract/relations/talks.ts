import type { Mention } from '../mentions.js';
import type { Sentence, Token } from '../nlp.js';
import { ACCUSATION_NOUNS, DYAD_NOUNS, EVENT_NOUNS, FALSEHOOD_WORDS, GLUED_MEDIATION, GLUED_SUPPORT, MEDIATION_WORDS, MILITARY_ACTIVITY, type NounTrigger, OFFER_CUES, TALKS_NOUNS, VERB_TRIGGERS } from '../triggers.js';
import { type Arg, BE_FORMS, type RawRelation, CLAUSE_BREAKS, MEDIATING_ROLES, COMPOUND_HEADS, DYAD_WORDS, EACH_HEADS, GROUP_HEADS, GUEST_TITLES, HOSTED_NOUNS, judgementAt, LIGHT_VERBS, NEGATIVE_JUDGEMENTS, NEGOTIATORS_ACTS, OFFERED_HELP, OUTCOME_VERBS, RELATIVES, STRONG_OFFER_CUES, SUPPORT_RESTATING_VERBS, TALK_EVENTS, TALKS_HELP, THIRD_PARTY_MEDIATION, TITLE_WORDS, UNNAMED_GROUPS, type VerbFrame, verbLemma } from './words.js';
import { SupportRules } from './support.js';

/**
 * Mediation, offers of mediation, negotiations and meetings.
 */
export class TalksRules extends SupportRules {
  /** The pair in view when the current sentence began, when it is a pair in talks, before the sentence's own relations changed it. */
  protected viewAtStart: [Arg, Arg] | null = null;

  /**
   * "..., each side accusing the other", "with each blaming the other", "Each side accused the
   * other": a reciprocal subject and object. The sides are the coordinated subject of the clause
   * the phrase hangs on, or else the pair in view. Null when the verb at `v` is not so framed.
   */
  protected eachOtherPair(v: number, after: number, s: Sentence, subjects: readonly Arg[]): Arg[] | null {
    const { tokens } = this;
    if (tokens[after]?.lower !== 'the' || tokens[after + 1]?.lower !== 'other') return null;
    let k = v - 1;
    while (k > s.first && this.isModifierOfVerb(tokens[k] as Token) && tokens[k]?.lower !== 'each') k--;
    if (EACH_HEADS.has(tokens[k]?.lower ?? '')) k--;
    if (tokens[k]?.lower !== 'each') return null;
    const pairOf = (args: readonly Arg[]): Arg[] | null => (args.length >= 2 && new Set(args.map((a) => this.sideOf(a.actorId))).size >= 2 ? [...args] : null);
    const pair = pairOf(subjects);
    if (pair) return pair;
    const before = tokens[k - 1];
    if (k > s.first && before && (before.text === ',' || before.lower === 'with')) {
      const main = this.previousFiniteVerb(k - 2, s);
      const fromMain = main === -1 ? null : pairOf(this.subjectOf(main, s).subjects);
      if (fromMain) return fromMain;
    } else if (k !== s.first) {
      return null;
    }
    return this.inView && this.dyadFits('sides') ? this.dyadArgs('sides') : null;
  }

  /**
   * The object at `after` is bare talks, a meeting or a deal ("a new round of talks", "the
   * negotiations"), with no party or body named in it ("a meeting of Arab ministers", "talks with Iran").
   */
  protected bareTalksObject(after: number, s: Sentence): boolean {
    const { tokens } = this;
    let j = after;
    while (j < s.end && j < after + 6 && (['a', 'an', 'the', 'new', 'latest', 'fresh', 'first', 'second', 'third', 'next', 'another', 'round', 'of', 'indirect', 'direct', 'peace', 'ceasefire'].includes((tokens[j] as Token).lower) || ((tokens[j] as Token).pos === 'ADJ' && !this.mentionAt(j)))) j++;
    if (!['talks', 'negotiations', 'meeting', 'deal', 'truce', 'ceasefire', 'agreement'].includes(tokens[j]?.lower ?? '')) return false;
    for (let k = after; k < j; k++) if (this.mentionAt(k)) return false;
    const next = tokens[j + 1];
    return !next || ['.', ',', ';', 'in', 'on', 'at', 'last', 'this', 'since', 'for', 'after'].includes(next.lower);
  }

  /**
   * "Negotiators from Israel and Hamas gathered in Doha", "The government and the ELN returned to the
   * negotiating table": the two sides negotiate.
   */
  protected atTheTable(k: number, s: Sentence): void {
    const { tokens } = this;
    let sides: Arg[] = [];
    let v = -1;
    if (tokens[k]?.lower === 'negotiators') {
      sides = this.objectAfter(k + 2, s, 'agent', 2);
      for (let j = Math.max(k + 3, this.lastMentionEnd(k + 2, s)); j < Math.min(s.end, k + 12); j++) {
        const t = tokens[j] as Token;
        if (CLAUSE_BREAKS.has(t.text) || t.text === ',') return;
        if (this.isVerb(t)) {
          v = ['meet', 'gather', 'convene', 'hold', 'resume', 'sit', 'arrive', 'begin', 'start', 'continue'].includes(verbLemma(t)) ? j : -2;
          break;
        }
      }
    } else {
      // "returned to the negotiating table", "came back to the negotiating table".
      let j = k - 2;
      if (tokens[j]?.lower === 'the') j--;
      if (tokens[j]?.lower === 'to') j--;
      if (tokens[j]?.lower === 'back') j--;
      const t = tokens[j];
      if (!t || !this.isVerb(t) || !['return', 'come', 'go', 'sit', 'head'].includes(verbLemma(t))) return;
      v = j;
      sides = [...this.subjectOf(j, s).subjects];
      if (sides.length === 1 && tokens[k + 1]?.lower === 'with') sides = [...sides, ...this.objectAfter(k + 2, s, 'target', 2)];
    }
    if (v < 0 || sides.length !== 2) return;
    const [a, b] = sides as [Arg, Arg];
    if (this.sideOf(a.actorId) === this.sideOf(b.actorId)) return;
    const frame = this.subjectOf(v, s);
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis || this.governedByDenial(v, s)) return;
    this.emit('NEGOTIATES_WITH', [a], [b], s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), false);
  }

  /**
   * "British and EU negotiators reached a deal", "Serbia and Kosovo's negotiators failed to agree",
   * "Negotiators for South Korea and the United States wrapped up talks": the two sides whose
   * negotiators did something together negotiated with each other.
   */
  protected negotiatorsOf(k: number, s: Sentence): void {
    const { tokens } = this;
    let sides: Arg[] = [];
    if (tokens[k + 1]?.lower === 'for') sides = this.objectAfter(k + 2, s, 'agent', 2);
    else {
      const end = tokens[k - 1]?.lower === "'s" ? k - 1 : k;
      const m = this.mentionAt(end - 1);
      if (m && m.end === end) sides = this.coordinatedEndingAt(m, s, 'agent');
    }
    if (sides.length !== 2) return;
    const [a, b] = sides as [Arg, Arg];
    if (this.sideOf(a.actorId) === this.sideOf(b.actorId)) return;
    const from = tokens[k + 1]?.lower === 'for' ? Math.max(k + 2, this.lastMentionEnd(k + 2, s)) : k + 1;
    for (let j = from; j < Math.min(s.end, from + 6); j++) {
      const t = tokens[j] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',') return;
      if (['will', 'would', 'could', 'may', 'might', 'should', 'must', 'plan', 'plans', 'planned', 'expected', 'due', 'set'].includes(t.lower)) return;
      if (!this.isVerb(t) && !BE_FORMS.has(t.lower)) continue;
      if (!NEGOTIATORS_ACTS.has(verbLemma(t))) return;
      const mod = this.modality(Math.max(s.first, k - 6), j, s);
      if (mod.negated || mod.irrealis || this.governedByDenial(j, s)) return;
      this.emit('NEGOTIATES_WITH', [a], [b], s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(j, s), false);
      return;
    }
  }

  /**
   * "Grundberg, who is leading efforts to revive the peace process between the Houthis and the
   * government", "Kenya's efforts to end the war between X and Y": a third side's efforts to bring
   * two others to peace are mediation.
   */
  protected mediationEfforts(k: number, s: Sentence): void {
    const { tokens } = this;
    const goal = tokens[k + 2];
    if (!goal || !['revive', 'broker', 'end', 'resolve', 'restart', 'reach', 'secure', 'mediate', 'facilitate', 'settle', 'reconcile', 'restore', 'salvage', 'clinch'].includes(verbLemma(goal))) return;
    const pair = this.betweenAfter(k + 3, s, 10);
    if (pair.length !== 2) return;
    let agents: Arg[] = [];
    const own = this.nounAgent(k, s);
    if (own) agents = [own];
    else {
      // "leading/led efforts to ...": the subject of the light verb.
      let j = k - 1;
      while (j > s.first && ['mediation', 'diplomatic', 'international', 'regional', 'peace', 'the', 'its', 'his', 'her', 'their'].includes((tokens[j] as Token).lower)) j--;
      const t = tokens[j] as Token;
      if (!this.isVerb(t) || !['lead', 'spearhead', 'head', 'step', 'intensify', 'redouble', 'coordinate'].includes(verbLemma(t))) return;
      const frame = this.subjectOf(j, s);
      const mod = this.modality(frame.clauseStart, j, s);
      if (mod.negated || mod.irrealis) return;
      agents = [...frame.subjects];
    }
    const sides = new Set(pair.map((a) => this.sideOf(a.actorId)));
    agents = agents.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (agents.length === 0 || this.governedByDenial(k, s)) return;
    this.emit('MEDIATES', agents, pair, s, 0.7, this.claimantFor(k, s), false);
  }

  /**
   * "Erdogan proposed a meeting between Putin and Zelenskiy", "Trump invited Putin and Zelenskiy to
   * talks": a third side offering to bring two others together offers mediation.
   */
  protected proposedMeeting(v: number, s: Sentence): void {
    const { tokens } = this;
    let pair: Arg[] = [];
    let j = v + 1;
    if (['a', 'an', 'the', 'new', 'direct', 'trilateral', 'three-way', 'face-to-face', 'peace'].includes(tokens[j]?.lower ?? '')) j++;
    while (['new', 'direct', 'trilateral', 'three-way', 'face-to-face', 'peace'].includes(tokens[j]?.lower ?? '')) j++;
    if (['meeting', 'talks', 'summit', 'negotiations', 'dialogue'].includes(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'between') pair = this.betweenAt(j + 1, s);
    else if (verbLemma(tokens[v] as Token) === 'invite') {
      // "invited Putin and Zelenskiy to talks in Istanbul".
      const guests = this.objectAfter(v + 1, s, 'target', 3);
      const end = this.lastMentionEnd(v + 1, s);
      let t = end;
      if (tokens[t]?.lower === 'to') t++;
      if (['a', 'an', 'the'].includes(tokens[t]?.lower ?? '')) t++;
      while (['new', 'direct', 'trilateral', 'three-way', 'peace', 'joint'].includes(tokens[t]?.lower ?? '')) t++;
      if (guests.length === 2 && tokens[end]?.lower === 'to' && ['meeting', 'talks', 'summit', 'negotiations'].includes(tokens[t]?.lower ?? '')) pair = guests;
    }
    if (pair.length !== 2) return;
    const [a, b] = pair as [Arg, Arg];
    if (this.sideOf(a.actorId) === this.sideOf(b.actorId)) return;
    const frame = this.subjectOf(v, s);
    const sides = new Set(pair.map((x) => this.sideOf(x.actorId)));
    const proposers = frame.subjects.filter((x) => !sides.has(this.sideOf(x.actorId)));
    const mod = this.modality(frame.clauseStart, v, s);
    if (proposers.length === 0 || proposers.length !== frame.subjects.length || mod.negated || this.governedByDenial(v, s)) return;
    this.emit('OFFERS_MEDIATION', proposers, pair, s, 0.7 * (mod.hedged ? 0.7 : 1), proposers[0]?.actorId ?? null, false);
  }

  /** Keeps the latest dyad named in talks or conflict: "the war between Pakistan and the Taliban". */
  protected rememberDyads(s: Sentence): void {
    const { tokens } = this;
    for (let k = s.first; k < s.end; k++) {
      const t = tokens[k] as Token;
      if (t.lower !== 'between') continue;
      let j = k - 1;
      while (j >= s.first && ['ADJ', 'DET'].includes((tokens[j] as Token).pos)) j--;
      const noun = tokens[j];
      if (!noun || !(DYAD_NOUNS.has(noun.lower) || TALKS_NOUNS.has(noun.lower) || DYAD_NOUNS.has(noun.lemma))) continue;
      const pair = this.betweenAt(k, s);
      if (pair.length === 2) this.setDyad([pair[0] as Arg, pair[1] as Arg], s, TALKS_NOUNS.has(noun.lower) && !['dispute', 'conflict'].includes(noun.lower));
    }
    const compound = this.compoundPair(s);
    if (compound.length === 2) this.setDyad([compound[0] as Arg, compound[1] as Arg], s);
    this.rememberDisputants(s);
    this.rememberCounterpart(s);
    this.rememberTalkers(s);
    this.rememberNearDeal(s);
  }

  /**
   * "India suspended a water treaty with Pakistan", "Niger has kept its border with Benin closed":
   * a state and the one its treaty, border or dispute is with are the pair "both governments" and
   * "the two neighbours" point back to.
   */
  protected rememberCounterpart(s: Sentence): void {
    const { tokens } = this;
    const WITH_NOUNS = ['treaty', 'border', 'frontier', 'agreement', 'accord', 'deal', 'declaration', 'pact', 'dispute', 'row', 'tensions', 'ties', 'relations', 'standoff', 'conflict', 'war', 'feud', 'spat', 'truce', 'ceasefire'];
    const kinds = ['country', 'government', 'armed-group', 'military'];
    for (let k = s.first + 1; k < s.end - 1; k++) {
      if ((tokens[k] as Token).lower !== 'with' || !WITH_NOUNS.includes(tokens[k - 1]?.lower ?? '')) continue;
      // ("captured the oil field on the border with South Sudan": a place, not a counterpart.)
      if (tokens.slice(Math.max(s.first, k - 5), k - 1).some((w) => ['on', 'near', 'along', 'at', 'across', 'in', 'to', 'from', 'into', 'under'].includes(w.lower))) continue;
      const m = this.mentionAt(k + 1) ?? (tokens[k + 1]?.lower === 'the' ? this.mentionAt(k + 2) : null);
      const other = m && !m.place ? this.argOf(m, 'target') : null;
      if (!other) return;
      const v = this.previousFiniteVerb(k, s);
      if (v === -1) return;
      // ("Oman brokered the deal with the group": the broker is no party to it.)
      if (['broker', 'mediate', 'facilitate', 'host', 'help', 'oversee', 'guarantee', 'welcome', 'praise', 'criticise', 'criticize', 'condemn'].includes(verbLemma(tokens[v] as Token))) return;
      const subjects = this.subjectOf(v, s).subjects;
      if (subjects.length !== 1) return;
      const own = subjects[0] as Arg;
      const pair = [own, other];
      if (this.sideOf(own.actorId) === this.sideOf(other.actorId) || !pair.every((x) => kinds.includes(this.info(x.actorId)?.kind ?? ''))) return;
      this.setDyad([own, other], s);
      return;
    }
  }

  /**
   * "Ethiopia and Egypt are close to a deal", "The Ethiopian and Egyptian delegations left Abu Dhabi
   * without a deal", "Israeli and Hamas negotiators are due to meet again": two coordinated sides near a
   * deal, or their negotiators, are the pair in talks a mediator named later speaks of.
   */
  protected rememberNearDeal(s: Sentence): void {
    const { tokens } = this;
    if (this.memory.dyadSentence === s.index) return;
    const kinds = ['country', 'government', 'armed-group', 'military'];
    const remember = (pair: readonly Arg[]): boolean => {
      if (pair.length !== 2) return false;
      const [a, b] = pair as [Arg, Arg];
      if (this.sideOf(a.actorId) === this.sideOf(b.actorId) || this.sameSide(a.actorId, b.actorId)) return false;
      if (!pair.every((x) => kinds.includes(this.info(x.actorId)?.kind ?? '') || this.info(x.actorId)?.type === 'COUNTRY')) return false;
      this.setDyad([a, b], s, true);
      return true;
    };
    for (let k = s.first + 1; k < s.end; k++) {
      const w = (tokens[k] as Token).lower;
      // "The Ethiopian and Egyptian delegations left": the two sides' negotiators.
      if (['delegations', 'negotiators', 'envoys'].includes(w) && this.mentionAt(k - 1)) {
        const last = this.mentionAt(k - 1) as Mention;
        if (last.end === k && remember(this.coordinatedEndingAt(last, s, 'agent'))) return;
      }
      // "Ethiopia and Egypt are close to a deal": a pair near an agreement.
      if (['close', 'closer', 'near', 'nearing'].includes(w) && BE_FORMS.has(tokens[k - 1]?.lower ?? '') && tokens.slice(k + 1, Math.min(s.end, k + 6)).some((x) => ['deal', 'agreement', 'accord', 'ceasefire', 'truce', 'settlement'].includes(x.lower))) {
        const frame = this.subjectOf(k - 1, s);
        const mod = this.modality(frame.clauseStart, k - 1, s);
        if (!mod.negated && remember(frame.subjects)) return;
      }
    }
  }


  /**
   * "Kenya and Somalia restored diplomatic ties", "the army and the RSF sent delegations to Jeddah": two
   * coordinated sides doing a thing of talks together are the pair in talks a later mediator speaks of.
   */
  protected rememberTalkers(s: Sentence): void {
    const { tokens } = this;
    const main = this.firstFiniteVerb(s);
    if (main === -1) return;
    const lemma = verbLemma(tokens[main] as Token);
    let j = main + 1;
    if (tokens[j]?.lower === 'off' || tokens[j]?.lower === 'out') j += tokens[j + 1]?.lower === 'of' ? 2 : 1;
    while (j < s.end && j < main + 5 && ['ADJ', 'DET', 'NUM'].includes((tokens[j] as Token).pos)) j++;
    const head = tokens[j]?.lower ?? '';
    const { subjects } = this.subjectOf(main, s);
    // "Colombia's government suspended talks with the ELN": one side and the other after "with".
    if (subjects.length === 1 && ['suspend', 'break', 'freeze', 'resume', 'pull', 'walk', 'quit', 'halt', 'open', 'begin', 'start'].includes(lemma) && ['talks', 'negotiations', 'dialogue'].includes(head) && tokens[j + 1]?.lower === 'with') {
      const other = this.objectAfter(j + 2, s, 'target', 3);
      const a = subjects[0] as Arg;
      if (other.length === 1 && this.sideOf(a.actorId) !== this.sideOf((other[0] as Arg).actorId)) this.setDyad([a, other[0] as Arg], s, true);
      return;
    }
    // "Israeli and Hamas delegations arrived in Cairo": the two sides' negotiators came for talks.
    if (['arrive', 'gather', 'travel', 'fly', 'land'].includes(lemma) && ['delegations', 'negotiators', 'negotiating'].includes(tokens[main - 1]?.lower ?? (tokens[main - 2]?.lower ?? '')) && subjects.length === 2) {
      const [a, b] = subjects as [Arg, Arg];
      if (this.sideOf(a.actorId) !== this.sideOf(b.actorId)) this.setDyad([a, b], s, true);
      return;
    }
    if (!['restore', 'normalise', 'normalize', 're-establish', 'reestablish', 'resume', 'send', 'mend', 'upgrade', 'thaw'].includes(lemma)) return;
    if (!['ties', 'relations', 'delegations', 'talks', 'negotiations', 'dialogue', 'contacts', 'envoys', 'negotiators'].includes(head)) return;
    if (subjects.length !== 2) return;
    const [a, b] = subjects as [Arg, Arg];
    if (this.sideOf(a.actorId) !== this.sideOf(b.actorId)) this.setDyad([a, b], s, true);
  }

  /** The parties of the talks in view: "between X and Y" in the sentence, else the remembered dyad. */
  /** Where the clause holding token `k` begins: after the last "while", "whereas" or ";" before it. */
  protected clauseOpening(k: number, s: Sentence): number {
    for (let j = k - 1; j > s.first; j--) if ([';', 'while', 'whereas'].includes((this.tokens[j] as Token).lower)) return j + 1;
    return s.first;
  }

  protected parties(from: number, s: Sentence): { args: Arg[]; inferred: boolean } {
    const explicit = this.betweenAfter(from, s, 12);
    if (explicit.length === 2) return { args: explicit, inferred: false };
    // ("hosted previous rounds of Burundian peace talks": one nation's own talks, not the pair in view.)
    if (TALKS_NOUNS.has(this.tokens[from - 1]?.lower ?? '') && this.nationsOwnTalks(from - 1, s)) return { args: [], inferred: true };
    // Anywhere in the clause: "..., while Qatar hosted talks with the rebels" is not the deal "between Congo and Rwanda" before it.
    const opening = this.clauseOpening(from, s);
    const anywhere = this.betweenAfter(opening, s, s.end - opening);
    if (anywhere.length === 2) return { args: anywhere, inferred: false };
    // "the U.S.-Iran talks", "the Israel-Hamas war": a hyphenated pair names the parties.
    const compound = this.compoundPair(s);
    if (compound.length === 2) return { args: compound, inferred: false };
    // "talks between Venezuela's government and the opposition": the one party that is an actor.
    const lone = this.loneParty(s);
    if (lone.length === 1) return { args: lone, inferred: false };
    const pair = this.mainPair(from, s);
    if (pair.length === 2) return { args: pair, inferred: true };
    const later = this.laterPair(from, s);
    if (later.length === 2) return { args: later, inferred: true };
    // "Egypt and Qatar, which brokered the truce, said ...": coordinated mediators speak of the one pair in talks.
    if (this.coordinatedMediators(from, s)) return { args: this.talksInView(s), inferred: true };
    return { args: this.pairInView(s), inferred: true };
  }

  /** "Burundian peace talks", "Libyan political dialogue": the talks noun at `k` named by one nationality. */
  protected nationsOwnTalks(k: number, s: Sentence): boolean {
    const { tokens } = this;
    let h = k - 1;
    while (h > s.first && ['peace', 'political', 'national', 'inclusive', 'internal'].includes((tokens[h] as Token).lower)) h--;
    const m = this.mentionAt(h);
    return m !== null && m.form === 'demonym' && m.end === h + 1 && !['and', ',', '-'].includes(tokens[m.first - 1]?.text.toLowerCase() ?? '');
  }

  /**
   * "the U.S.-Iran talks", "the Israel-Hamas war", "a Saudi-Iranian agreement": two actors joined by a
   * hyphen before a noun of talks, agreement or conflict are its two sides.
   */
  protected compoundPair(s: Sentence): Arg[] {
    const { tokens } = this;
    for (let k = s.first + 1; k < s.end - 2; k++) {
      const dash = tokens[k] as Token;
      if (dash.text !== '-' || dash.space !== '' || tokens[k + 1]?.space !== '') continue;
      const a = this.mentionAt(k - 1);
      const b = this.mentionAt(k + 1);
      if (!a || !b || b.first !== k + 1 || a.end !== k) continue;
      let h = b.end;
      if (tokens[h]?.lower === 'border' || tokens[h]?.lower === 'peace' || tokens[h]?.lower === 'nuclear' || tokens[h]?.lower === 'prisoner') h++;
      if (!COMPOUND_HEADS.has(tokens[h]?.lower ?? '')) continue;
      const x = this.argOf({ ...a, absorbed: false, place: false }, 'target');
      const y = this.argOf({ ...b, absorbed: false, place: false }, 'target');
      if (!x || !y || this.sideOf(x.actorId) === this.sideOf(y.actorId)) continue;
      return [x, y];
    }
    return [];
  }

  /**
   * "between the Haitian government and the gangs", "between Myanmar's military and the
   * opposition": one named party facing groups that are no actor.
   */
  protected loneParty(s: Sentence): Arg[] {
    const { tokens } = this;
    for (let k = s.first; k < s.end - 3; k++) {
      if ((tokens[k] as Token).lower !== 'between') continue;
      const args = this.objectAfter(k + 1, s, 'target', 3);
      const m = args[0]?.mention;
      if (args.length !== 1 || !m || m.first > k + 4) continue;
      let j = m.end;
      if (tokens[j]?.lower === "'s") j++;
      while (j < s.end && ['government', 'authorities', 'military', 'army', 'junta', 'administration', 'regime'].includes((tokens[j] as Token).lower)) j++;
      if (tokens[j]?.lower !== 'and') continue;
      j++;
      let n = 0;
      while (j < s.end && n < 4 && ['DET', 'ADJ', 'PRON', 'NUM'].includes((tokens[j] as Token).pos) && !this.mentionAt(j)) {
        j++;
        n++;
      }
      const head = tokens[j]?.lower ?? '';
      if (!UNNAMED_GROUPS.has(head)) continue;
      // "the opposition groups", "rebel groups": the head noun is the last of the phrase.
      if (['groups', 'movements', 'factions', 'forces', 'fighters', 'leaders'].includes(tokens[j + 1]?.lower ?? '')) j++;
      if (this.mentionAt(j + 1) && tokens[j + 1]?.lower !== 'in') continue;
      return [args[0] as Arg];
    }
    return [];
  }

  /** Two or more coordinated subjects of the main clause's mediation verb, before `from`: "The UN and Turkey brokered the deal". */
  protected coordinatedMediators(from: number, s: Sentence): boolean {
    const main = this.firstFiniteVerb(s);
    if (main === -1 || main >= from || !THIRD_PARTY_MEDIATION.has(verbLemma(this.tokens[main] as Token))) return false;
    return this.subjectOf(main, s).subjects.length >= 2;
  }

  /**
   * "criticised the deal between Armenia and Azerbaijan", "Russia criticised the agreement" after
   * the two signed it: the parties to the agreement the object names (between the pair it names,
   * else the latest pair in an agreement or talks, named in the last three sentences). A critic who
   * is itself a party criticises nobody here.
   */
  protected agreementParties(after: number, s: Sentence, critics: readonly Arg[]): Arg[] {
    const { tokens } = this;
    if (!['the', 'this', 'that'].includes(tokens[after]?.lower ?? '')) return [];
    let k = after + 1;
    const isDeal = (q: number): boolean => ['deal', 'agreement', 'accord', 'pact', 'treaty'].includes(tokens[q]?.lower ?? '');
    while (k < Math.min(s.end, after + 4) && ['ADJ', 'NOUN'].includes((tokens[k] as Token).pos) && !isDeal(k) && !this.mentionAt(k)) k++;
    if (!isDeal(k)) return [];
    let parties = tokens[k + 1]?.lower === 'between' ? this.betweenAt(k + 1, s) : [];
    if (parties.length === 0 && tokens[k + 1]?.lower !== 'between' && tokens[k + 1]?.lower !== 'with') {
      const talks = this.memory.talks;
      // (Only a pair that agreed something: "spoke by phone" is no agreement to criticise.)
      const agreed = !!talks && this.out.some((r) => r.type === 'AGREES_WITH' && r.sentence >= this.memory.talksSentence - 1 && talks.some((a) => a.actorId === r.source) && talks.some((a) => a.actorId === r.target));
      if (talks && agreed && s.index - this.memory.talksSentence <= 3 && !this.namesOtherParties(s)) parties = talks.map((a) => ({ ...a, mention: null, weight: a.weight * 0.8 }));
    }
    if (parties.length !== 2) return [];
    const sides = new Set(critics.map((a) => this.sideOf(a.actorId)));
    return parties.some((a) => sides.has(this.sideOf(a.actorId))) ? [] : parties;
  }

  /** The pair of the latest talks, meeting or agreement, named in the last four sentences and no other pair named here. */
  protected talksInView(s: Sentence): Arg[] {
    const talks = this.memory.talks;
    if (!talks || this.namesOtherParties(s) || s.index - this.memory.talksSentence > 4) return [];
    return talks.map((a) => ({ ...a, weight: a.weight * 0.75 }));
  }

  /** The pair in view for a mediator; wire copy names its mediators paragraphs after the pair. */
  protected pairInView(s: Sentence): Arg[] {
    if (this.namesOtherParties(s)) return [];
    // "Israel and Hamas resumed talks. Israeli strikes killed 40 in Gaza. The talks are mediated by Egypt":
    // what a mediator mediates is the latest pair in talks, not a pair named since in a strike or a charge.
    const talks = this.memory.talks;
    // (Only when the pair named since shares a side with the talks: a disjoint pair is another story.)
    const dyad = this.memory.dyad;
    const sameStory = !!talks && !!dyad && dyad.some((a) => talks.some((b) => this.sideOf(a.actorId) === this.sideOf(b.actorId)));
    if (talks && sameStory && this.memory.talksSentence < this.memory.dyadSentence && s.index - this.memory.talksSentence <= 10) return talks.map((a) => ({ ...a, weight: a.weight * 0.75 }));
    if (this.inView) return this.inView.map((a) => ({ ...a, weight: a.weight * 0.75 }));
    // The article's latest pair, while no other was named since.
    const far = this.memory.dyad;
    if (far && s.index - this.memory.dyadSentence <= 10) return far.map((a) => ({ ...a, weight: a.weight * 0.75 }));
    return [];
  }

  /**
   * "Somalia and Ethiopia restored ties after talks in Ankara mediated by Erdogan": the two
   * coordinated subjects of the main clause are the parties of talks named later in it.
   */
  protected mainPair(from: number, s: Sentence, fronted = false): Arg[] {
    let main = this.firstFiniteVerb(s);
    // "After two days of talks, India and China agreed ...": the clause follows the adjunct.
    if (fronted && main > from) {
      let comma = from;
      while (comma < main && this.tokens[comma]?.text !== ',') comma++;
      if (comma >= main) return [];
    } else if (main === -1 || main >= from) return [];
    if (main === -1) return [];
    // "The UN and Turkey brokered the deal": the subjects of a mediation verb are its mediators, not its parties.
    if (THIRD_PARTY_MEDIATION.has(verbLemma(this.tokens[main] as Token))) return [];
    let subjects = this.subjectOf(main, s).subjects;
    // "Iran restored ties with Saudi Arabia in a deal brokered by China": the subject and the one "with" it.
    if (subjects.length === 1 && ['restore', 'normalise', 'normalize', 'resume', 'reestablish', 're-establish', 'mend', 'agree', 'sign', 'reach'].includes(verbLemma(this.tokens[main] as Token))) {
      for (let q = main + 1; q < Math.min(from, main + 5); q++) {
        if (this.tokens[q]?.lower !== 'with') continue;
        const other = this.objectAfter(q + 1, s, 'target', 2)[0];
        if (other) subjects = [subjects[0] as Arg, other];
        break;
      }
    }
    if (subjects.length !== 2) return [];
    const [a, b] = subjects as [Arg, Arg];
    if (this.sideOf(a.actorId) === this.sideOf(b.actorId)) return [];
    return [{ ...a, weight: a.weight * 0.85 }, { ...b, weight: b.weight * 0.85 }];
  }

  /**
   * "Under a deal brokered by Qatar, Israel and Hamas agreed to a ceasefire", "The agreement,
   * brokered by the U.S., was signed by Congo and Rwanda": the two sides that agree or talk later
   * in the sentence are the parties of what was brokered.
   */
  protected laterPair(from: number, s: Sentence): Arg[] {
    const { tokens } = this;
    for (let k = from; k < s.end; k++) {
      const t = tokens[k] as Token;
      if (t.text === ';') break;
      if (t.pos !== 'VERB' || tokens[k - 1]?.lower === 'to') continue;
      // "Mediators ... are pressing Israel and Hamas to accept": the two sides the mediators address.
      if (['press', 'urge', 'push', 'call', 'bring', 'meet', 'invite'].includes(verbLemma(t))) {
        const addressed = this.objectAfter(tokens[k + 1]?.lower === 'on' ? k + 2 : k + 1, s, 'target', 3);
        if (addressed.length === 2 && this.sideOf((addressed[0] as Arg).actorId) !== this.sideOf((addressed[1] as Arg).actorId)) return addressed;
        continue;
      }
      if (t.lower.endsWith('ing') || !['agree', 'sign', 'meet', 'negotiate', 'talk', 'reach', 'exchange', 'initial', 'ink', 'seal', 'conclude', 'hold', 'swap'].includes(verbLemma(t))) continue;
      let args = this.subjectOf(k, s).subjects;
      const by = tokens[k + 1]?.lower === 'by' ? k + 1 : tokens[k + 3]?.lower === 'by' ? k + 3 : -1;
      if (args.length !== 2 && this.isParticiple(t) && by !== -1) args = this.objectAfter(by + 1, s, 'agent', 6);
      if (args.length !== 2) continue;
      const [a, b] = args as [Arg, Arg];
      if (this.sideOf(a.actorId) === this.sideOf(b.actorId)) continue;
      return [{ ...a, weight: a.weight * 0.85 }, { ...b, weight: b.weight * 0.85 }];
    }
    return [];
  }

  /**
   * The preposition of an adjunct whose object is the talks noun at `k`, with what may stand between:
   * "after two days of talks", "following weeks of indirect negotiations", "at EU-brokered talks",
   * "met ... for their first direct talks" (for, only after a verb of meeting). -1 when there is none.
   */
  protected talksAdjunctPrep(k: number, s: Sentence): number {
    const { tokens } = this;
    for (let j = k - 1; j >= Math.max(s.first, k - 7); j--) {
      const t = tokens[j] as Token;
      if (['after', 'following', 'during', 'at'].includes(t.lower)) return j === k - 1 && t.lower !== 'at' ? -1 : j;
      if (t.lower === 'for') {
        for (let h = j - 1; h >= Math.max(s.first, j - 6); h--) if (['meet', 'gather', 'convene', 'sit'].includes(verbLemma(tokens[h] as Token))) return j;
        return -1;
      }
      const m = this.mentionAt(j);
      // "EU-brokered", "Qatari-mediated": a backer in a compound adjective.
      if (m) {
        if (tokens[m.end]?.text === '-' || tokens[m.end]?.lower.startsWith('-')) {
          j = m.first;
          continue;
        }
        return -1;
      }
      if (['of', 'the', 'a', 'their', 'its', 'two', 'three', 'four', 'five', 'several', 'days', 'weeks', 'months', 'hours', 'years', 'rounds', 'round', 'first', 'direct', 'indirect', 'marathon', 'lengthy', 'intense', 'intensive', 'tough', 'protracted', 'difficult', 'fresh', 'new', 'latest', 'last', 'final', '-', 'peace', 'ceasefire', 'truce', 'brokered', 'mediated', 'sponsored', 'backed', 'hosted', 'led'].includes(t.lower) || t.pos === 'NUM' || (t.pos === 'ADJ' && !this.isVerb(t))) continue;
      return -1;
    }
    return -1;
  }

  /**
   * "talks between the junta and the opposition": the sentence names its own parties (even ones
   * that are no actors), so the pair remembered from before is not meant.
   */
  protected namesOtherParties(s: Sentence): boolean {
    const { tokens } = this;
    for (let k = s.first; k < s.end - 1; k++) {
      if ((tokens[k] as Token).lower !== 'between') continue;
      // ("acted as a go-between.": the noun names no parties.)
      if (tokens[k - 1]?.text === '-' && (tokens[k] as Token).space === '' && !['for', 'between'].includes(tokens[k + 1]?.lower ?? '')) continue;
      let j = k + 1;
      if (['them', 'themselves'].includes(tokens[j]?.lower ?? '')) continue;
      if (tokens[j]?.lower === 'the') j++;
      if (['two', 'both', 'rival', 'warring', 'opposing'].includes(tokens[j]?.lower ?? '')) j++;
      // "between the warring parties in Yemen", "between the rival factions of Libya": another country's.
      const elsewhere = ['in', 'of'].includes(tokens[j + 1]?.lower ?? '') && this.mentionAt(tokens[j + 2]?.lower === 'the' ? j + 3 : j + 2) !== null;
      if (DYAD_WORDS.has(tokens[j]?.lower ?? '') && !elsewhere) continue;
      return true;
    }
    return false;
  }

  /** An offer cue within the few words before a mediation verb: "offered to host", "ready to broker". */
  protected offerCueBefore(v: number, s: Sentence): number {
    for (let j = v - 1; j >= Math.max(s.first, v - 4); j--) {
      const t = this.tokens[j] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',') return -1;
      if (OFFER_CUES.has(t.lower) || t.lemma === 'offer') return j;
    }
    return this.offerOfDeployment(v, s);
  }

  /**
   * "offered to send a team of envoys to Juba to mediate", "ready to dispatch envoys to broker":
   * the offer cue governs the deployment whose purpose is the mediation verb at `v`.
   */
  protected offerOfDeployment(v: number, s: Sentence): number {
    const { tokens } = this;
    if (tokens[v - 1]?.lower !== 'to') return -1;
    for (let j = v - 2; j >= Math.max(s.first + 2, v - 10); j--) {
      const t = tokens[j] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',') return -1;
      if (!['send', 'deploy', 'dispatch'].includes(verbLemma(t)) || tokens[j - 1]?.lower !== 'to') continue;
      const c = tokens[j - 2] as Token;
      return OFFER_CUES.has(c.lower) || (c.lemma === 'offer' && c.pos !== 'ADP') ? j - 2 : -1;
    }
    return -1;
  }

  /**
   * "China said it was ready to play a constructive role in resolving the conflict between Thailand
   * and Cambodia", "offered its good offices", "offered to help end the fighting between X and Y":
   * an offer of mediation by a side that is not a party.
   */
  protected offerOfHelp(cue: number, s: Sentence): void {
    const { tokens } = this;
    let help = -1;
    // "offered to help Thailand and Cambodia end the fighting", "to help the two neighbours settle":
    // the two helped are the parties.
    let helped: Arg[] = [];
    for (let j = cue + 1; j < Math.min(s.end, cue + 9); j++) {
      const t = tokens[j] as Token;
      if (t.lower === 'help' && tokens[j - 1]?.lower === 'to' && helped.length === 0) {
        const objects = this.objectAfter(j + 1, s, 'target', 3);
        if (objects.length === 2 && this.sideOf((objects[0] as Arg).actorId) !== this.sideOf((objects[1] as Arg).actorId)) {
          helped = objects;
          j = Math.max(j, this.lastMentionEnd(j + 1, s) - 1);
          continue;
        }
        const dyad = this.dyadPhraseAt(j + 1, s);
        if (dyad) {
          helped = dyad.args;
          j = dyad.end - 1;
          continue;
        }
      }
      // "offered Minsk as a venue": the place offered is no party.
      const place = this.mentionAt(j);
      if (place && place.first === j && tokens[place.end]?.lower === 'as' && j === cue + 1) {
        j = place.end;
        continue;
      }
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || this.mentionAt(j)) return;
      // "ready to help Lebanon and Israel negotiate a border": the two helped do what the helper offers to further.
      if (helped.length === 2 && (t.pos === 'VERB' || VERB_TRIGGERS.has(t.lemma))) {
        help = j;
        break;
      }
      if (OFFERED_HELP.has(t.lower)) {
        help = j;
        break;
      }
      if (TALKS_HELP.has(t.lower) && tokens[j - 1]?.lower === 'to' && tokens.slice(j + 1, j + 4).some((w) => TALK_EVENTS.has(w.lower) && w.pos === 'NOUN')) {
        help = j;
        break;
      }
    }
    if (help === -1) return;
    let pair = helped.length === 2 ? helped : this.betweenAfter(help, s, 10);
    // "ready to play a role in bringing the two sides together," he said of the conflict between X and Y.
    if (pair.length < 2 && helped.length === 0) pair = this.betweenAfter(help, s, s.end - help);
    if (pair.length < 2 && this.loneParty(s).length === 1) pair = this.loneParty(s);
    // "offered to help end the war": the war in view.
    if (pair.length < 2 && ['end', 'ending', 'resolve', 'resolving', 'settle', 'settling', 'defuse', 'de-escalate'].includes((tokens[help] as Token).lower) && this.inView && !this.namesOtherParties(s)) {
      let o = help + 1;
      while (o < s.end && ['the', 'this', 'a', 'two-year', 'long-running', 'border', 'bloody', 'deadly', 'current', 'ongoing'].includes((tokens[o] as Token).lower)) o++;
      if (['war', 'conflict', 'fighting', 'dispute', 'crisis', 'standoff', 'hostilities', 'clashes', 'tensions', 'feud'].includes(tokens[o]?.lower ?? '') && !['between', 'in', 'with'].includes(tokens[o + 1]?.lower ?? '')) pair = this.inView.map((a) => ({ ...a, weight: a.weight * 0.8 }));
    }
    if (pair.length === 0) return;
    const frame = this.offerer(cue, s);
    if (frame.subjects.length === 0) return;
    const sides = new Set(pair.map((a) => this.sideOf(a.actorId)));
    if (frame.subjects.some((a) => sides.has(this.sideOf(a.actorId)) || sides.has(this.kb.governorOf.get(a.actorId) ?? ''))) return;
    const mod = this.modality(frame.clauseStart, cue, s);
    if (mod.negated || this.hasIrrealisBefore(cue, s, frame.clauseStart, ['if', 'unless', 'whether'])) return;
    this.emit('OFFERS_MEDIATION', frame.subjects, pair, s, 0.75 * (mod.hedged ? 0.7 : 1), frame.subjects[0]?.actorId ?? null, false);
  }

  /** "Ankara stood ready to mediate", "offered to host talks between X and Y". */
  protected offerAt(k: number, cue: number, s: Sentence): boolean {
    const { tokens } = this;
    // "a Turkish offer to mediate", "Qatar's offer to host talks", "an offer from ECOWAS to mediate":
    // the offer's own agent made it; whoever rejects or accepts it is not the one who offers.
    const c = tokens[cue] as Token;
    if (['offer', 'offers'].includes(c.lower) && (c.pos === 'NOUN' || ['a', 'an', 'the', "'s"].includes(tokens[cue - 1]?.lower ?? '') || this.mentionAt(cue - 1) !== null) && !['its', 'his', 'her', 'their'].includes(tokens[cue - 1]?.lower ?? '')) {
      const handled = this.offerNoun(k, cue, s);
      if (handled !== null) return handled;
    }
    const frame = this.offerer(cue, s);
    if (frame.subjects.length === 0) return true;
    const mod = this.modality(frame.clauseStart, cue, s);
    if (mod.negated || this.hasIrrealisBefore(cue, s, frame.clauseStart, ['if', 'unless', 'whether'])) return true;
    let targets = this.betweenAfter(k, s, 12);
    // "offered its mediation to Russia and Ukraine": the two sides it is offered to.
    if (targets.length < 2 && tokens[k + 1]?.lower === 'to') {
      const offeredTo = this.objectAfter(k + 2, s, 'target', 2);
      if (offeredTo.length === 2) targets = offeredTo;
    }
    if (targets.length < 2) targets = this.betweenAfter(s.first, s, s.end - s.first);
    if (targets.length < 2 && this.loneParty(s).length === 1) targets = this.loneParty(s);
    let weight = 1;
    if (targets.length === 0) {
      // The conflict may be named in the next sentence ("the war between X and Y," he said).
      const next = this.doc.sentences[s.index + 1];
      if (next) targets = this.betweenAfter(next.first, next, next.end - next.first);
      weight = 0.9;
    }
    if (targets.length < 2 && this.inView && !this.namesOtherParties(s)) {
      targets = this.inView.map((a) => ({ ...a, weight: a.weight * 0.8 }));
      // ("facilitate contacts between the two governments" after a state and a rebel group: only the states fit.)
      const head = tokens.slice(s.first, s.end).find((w, i) => ['countries', 'governments', 'states', 'nations', 'neighbours', 'neighbors', 'capitals'].includes(w.lower) && ['two', 'both'].includes(tokens[s.first + i - 1]?.lower ?? ''));
      if (head && !this.dyadFits(head.lower)) targets = targets.filter((a) => this.info(a.actorId)?.type === 'COUNTRY' || this.info(a.actorId)?.kind === 'government');
    }
    // An offer paragraphs after the pair was named: the article's latest pair.
    if (targets.length === 0) targets = this.pairInView(s);
    if (targets.length === 0) return true;
    // "Lebanon's parliament speaker offered to mediate between Hezbollah and the government": no party offers to mediate.
    const partySides = new Set(targets.map((a) => this.sideOf(a.actorId)));
    const src = frame.subjects.filter((a) => !partySides.has(this.sideOf(a.actorId)) && !partySides.has(this.kb.governorOf.get(a.actorId) ?? ''));
    if (src.length === 0) return true;
    this.emit('OFFERS_MEDIATION', src, targets, s, 0.85 * weight * (mod.hedged ? 0.7 : 1), src[0]?.actorId ?? null, false);
    return true;
  }

  /**
   * "Malaysia, which chairs ASEAN, said it was ready ...": an "it"/"they"/"we" subject of reported
   * speech is the speaker, not the last name before it.
   */
  protected offerer(cue: number, s: Sentence): VerbFrame {
    const frame = this.clauseSubject(cue, s);
    const pronoun = this.tokens[frame.clauseStart];
    if (!pronoun || !['it', 'they', 'we'].includes(pronoun.lower)) return frame;
    const speaker = this.claimantFor(cue, s);
    if (!speaker || frame.subjects.some((a) => a.actorId === speaker)) return frame;
    return { ...frame, subjects: [{ actorId: speaker, mention: null, weight: 0.9 }] };
  }

  /** Inside an offer of help: "ready to help X and Y negotiate", where `v` is the helped verb. */
  protected offeredHelpBefore(v: number, s: Sentence): boolean {
    const { tokens } = this;
    for (let j = v - 1; j >= Math.max(s.first + 2, v - 8); j--) {
      const t = tokens[j] as Token;
      if (CLAUSE_BREAKS.has(t.text)) return false;
      if (t.lower === 'help' && tokens[j - 1]?.lower === 'to') return STRONG_OFFER_CUES.has(tokens[j - 2]?.lower ?? '') || tokens[j - 2]?.lemma === 'offer';
    }
    return false;
  }

  /** The noun "offer" at `cue` before the mediation word at `k`: its agent offers mediation. */
  protected offerNoun(k: number, cue: number, s: Sentence): boolean | null {
    const { tokens } = this;
    const main = this.previousFiniteVerb(cue - 1, s);
    const answered = main !== -1 && ['reject', 'accept', 'welcome', 'rebuff', 'turn', 'decline', 'spurn', 'dismiss', 'refuse', 'consider', 'ignore'].includes(verbLemma(tokens[main] as Token));
    let agent = this.nounAgent(cue, s);
    const modifier = this.mentionAt(cue - 1);
    if (!agent && modifier && !modifier.place) agent = this.argOf({ ...modifier, absorbed: false }, 'agent');
    if (!agent && ['by', 'from'].includes(tokens[cue + 1]?.lower ?? '')) agent = this.objectAfter(cue + 2, s, 'agent', 2)[0] ?? null;
    // "Malaysia made an offer to mediate": the clause's subject offers, unless it answers the offer.
    if (!agent) return answered ? true : null;
    let targets = this.betweenAfter(k, s, 12);
    if (targets.length < 2 && this.loneParty(s).length === 1) targets = this.loneParty(s);
    // "Armenia and Azerbaijan rejected Iranian offers to mediate": those who answer the offer are its parties.
    if (targets.length === 0 && answered) targets = [...this.subjectOf(main, s).subjects];
    const sides = new Set(targets.map((a) => this.sideOf(a.actorId)));
    if (targets.length === 0 || sides.has(this.sideOf(agent.actorId))) return true;
    const mod = this.modality(Math.max(s.first, cue - 6), cue, s);
    if (mod.negated) return true;
    this.emit('OFFERS_MEDIATION', [agent], targets, s, 0.8 * (mod.hedged ? 0.7 : 1), this.claimantFor(cue, s) ?? agent.actorId, false);
    return true;
  }

  /** "Mohammed bin Salman welcomed Syrian President Ahmed al-Sharaa in Riyadh": a visit. */
  protected welcomedGuest(v: number, s: Sentence): void {
    const { tokens } = this;
    // "welcomed Sergei Shoigu, Russia's security council secretary,": the apposition names no other guest.
    const comma = tokens.slice(v + 1, s.end).findIndex((t) => t.text === ',');
    const before = comma === -1 ? s.end : v + 1 + comma;
    // "welcomed the two delegations", "welcomed delegations from Armenia and Azerbaijan": the host of both sides mediates.
    const pair = this.guestParties(v + 1, s);
    if (pair.length === 2) {
      const host = this.assertedSubjects(v, s);
      const sides = new Set(pair.map((a) => this.sideOf(a.actorId)));
      if (host && !host.subjects.some((a) => sides.has(this.sideOf(a.actorId)))) this.emit('MEDIATES', host.subjects, pair, s, 0.7 * host.hedge, this.claimantFor(v, s), false);
      return;
    }
    let guests = this.objectAfter(v + 1, s, 'target', 3);
    const first = guests[0];
    if (first?.mention && this.info(first.actorId)?.type === 'PERSON' && first.mention.end === before) guests = guests.filter((g) => !g.mention || g.mention.first < before);
    if (guests.length === 0) return;
    const end = guests[guests.length - 1]?.mention?.end ?? this.lastMentionEnd(v + 1, s);
    // "welcomed the Syrian president to Riyadh", "greeted Iran's foreign minister": an official named by his title.
    const titleStart = tokens[end]?.lower === "'s" ? end + 1 : end;
    let h = titleStart;
    while (h < Math.min(s.end, titleStart + 3) && GUEST_TITLES.has(tokens[h]?.lower ?? '')) h++;
    const titled = h > titleStart && tokens[h]?.lower !== "'s" && GUEST_TITLES.has(tokens[h - 1]?.lower ?? '') && !['foreign', 'prime', 'crown', 'defence', 'defense'].includes(tokens[h - 1]?.lower ?? '');
    const people = guests.every((g) => this.info(g.actorId)?.type === 'PERSON') || ['delegation', 'delegations', 'envoy', 'envoys'].includes(tokens[end]?.lower ?? '') || titled;
    if (!people || (tokens[end] && (tokens[end]?.pos === 'NOUN' || tokens[end]?.lower === "'s") && !['delegation', 'delegations', 'envoy', 'envoys'].includes(tokens[end]?.lower ?? '') && !titled)) return;
    const asserted = this.assertedSubjects(v, s);
    if (asserted === null) return;
    this.emit('MEETS_WITH', asserted.subjects, guests, s, 0.65 * asserted.hedge, this.claimantFor(v, s), false);
  }

  /** "Yerevan called the claim 'a lie'": a denial of the latest accusation against the caller. */
  protected calledFalse(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    while (k < Math.min(s.end, v + 4) && !ACCUSATION_NOUNS.has((tokens[k] as Token).lower)) k++;
    if (!ACCUSATION_NOUNS.has(tokens[k]?.lower ?? '')) {
      // "a charge Cotonou called baseless": the accusation is the gap before the subject.
      // ("a claim the army described as \"pure fabrication\"", "a charge Kinshasa called \"an insult\"".)
      const falseNext = [1, 2, 3, 4, 5].some((d) => FALSEHOOD_WORDS.has(tokens[v + d]?.lower ?? '') || (d <= 4 && NEGATIVE_JUDGEMENTS.has(tokens[v + d]?.lower ?? '') && ['an', 'a', '"', '“', 'as'].includes(tokens[v + d - 1]?.lower ?? '')));
      let gap = false;
      // ("The ELN, in a statement, called ...": a statement the subject spoke in is no charge before it.)
      for (let j = v - 1; j >= Math.max(s.first, v - 5); j--) if (ACCUSATION_NOUNS.has((tokens[j] as Token).lower) && !['in', 'through', 'via'].includes(tokens[j - 2]?.lower ?? '')) gap = true;
      if (falseNext && gap) {
        const frame = this.subjectOf(v, s);
        if (frame.subjects.length > 0 && !this.modality(frame.clauseStart, v, s).negated) this.denial(v, v + 1, s, frame.subjects, 0.7, this.claimantFor(v, s));
        return;
      }
      this.calledNegative(v, s);
      return;
    }
    let falsehood = false;
    // ("called the accusations a provocation", "called the claims irresponsible": a claim judged, too.)
    for (let j = k + 1; j < Math.min(s.end, k + 6); j++) if (FALSEHOOD_WORDS.has((tokens[j] as Token).lower) || NEGATIVE_JUDGEMENTS.has((tokens[j] as Token).lower) || ['smear', 'smears', 'insult', 'pretext', 'ploy', 'distraction'].includes((tokens[j] as Token).lower)) falsehood = true;
    if (!falsehood) return;
    const frame = this.subjectOf(v, s);
    if (frame.subjects.length === 0) return;
    if (this.modality(frame.clauseStart, v, s).negated) return;
    this.denial(v, v + 1, s, frame.subjects, 0.75, this.claimantFor(v, s));
  }

  /**
   * "called the intrusion 'extremely regrettable'", "described Israel's decision as illegal",
   * "called Hamas a terrorist group": a negative judgement of an actor or of its act is CRITICIZES.
   */
  protected calledNegative(v: number, s: Sentence): void {
    const { tokens } = this;
    let judged = -1;
    // ("called India's decision to suspend the Indus Waters Treaty unacceptable": a long object.)
    for (let j = v + 2; j < Math.min(s.end, v + 14); j++) {
      const t = tokens[j] as Token;
      if (t.text === ';' || t.lower === 'but' || (t.pos === 'VERB' && !t.lower.endsWith('ed') && tokens[j - 1]?.lower !== 'to')) break;
      if (judgementAt(tokens, j)) {
        judged = j;
        break;
      }
    }
    if (judged === -1) return;
    // "rejected Israel's plan to occupy Gaza City, calling it a flagrant violation": the owner of the act the main verb took as object.
    if (['it', 'them'].includes(tokens[v + 1]?.lower ?? '') && tokens[v]?.lower.endsWith('ing') && tokens[v - 1]?.text === ',') {
      const main = this.previousFiniteVerb(v - 2, s);
      const owner = main === -1 ? null : this.actOwner(main + 1, s);
      if (owner) this.criticizedBySubject(main, s, [owner], 0.65);
      return;
    }
    let targets = this.objectAfter(v + 1, s, 'target', 3);
    // ("called the incursion reckless": the crossing told before.)
    if (targets.length === 0 && tokens[v + 1]?.lower === 'the') targets = this.crossersOf(v + 2, s, this.subjectOf(v, s).subjects);
    // "called the EU sanctions illegal": the owner of the judged thing.
    if (targets.length === 0) {
      const owner = this.actOwner(v + 1, s);
      if (owner) targets = [owner];
    }
    // "called the move by Pristina a blow to ...": the agent of the judged act.
    if (targets.length === 0) targets = this.byAgentInObject(v + 1, s);
    // "called the deal \"null and void\"": the parties to the agreement judged.
    // (A breakaway region of the critic's own state is not criticised with its partner: "Somalia called the deal a violation".)
    if (targets.length === 0) {
      const critics = new Set(this.subjectOf(v, s).subjects.map((a) => this.sideOf(a.actorId)));
      targets = this.agreementParties(v + 1, s, this.subjectOf(v, s).subjects).filter((a) => !critics.has(this.info(a.actorId)?.affiliation ?? ''));
    }
    // "called the deal between Ethiopia and Somaliland a violation": the parties to the judged deal.
    if (targets.length === 0 && tokens[v + 1]?.lower === 'the' && ['deal', 'agreement', 'accord', 'pact', 'memorandum', 'alliance'].includes(tokens[v + 2]?.lower ?? '') && tokens[v + 3]?.lower === 'between') {
      targets = this.betweenAt(v + 3, s);
    }
    if (targets.length > 0 && this.tokens[this.lastMentionEnd(v + 1, s)]?.lower === "'s") {
      // "Israel's decision": the possessor is judged for its act.
    } else if (targets.length === 0 && this.gapActAgents(v, s).length > 0) {
      // "Australia expelled Iran's ambassador, a move Iran called \"unjustified\"": the one who made the move.
      targets = this.gapActAgents(v, s);
    } else if (targets.length === 0) {
      let k = v + 1;
      while (k < judged && !(EVENT_NOUNS.has((tokens[k] as Token).lower) || MILITARY_ACTIVITY.has((tokens[k] as Token).lower) || ['intrusion', 'incursion', 'decision', 'move', 'remarks', 'comments', 'statement'].includes((tokens[k] as Token).lower))) k++;
      if (k >= judged) return;
      targets = this.recentEventAgent(s);
      // "Finland closed its border. Moscow called the closure absurd": the act the sentence before reported.
      if (targets.length === 0) targets = this.earlierActAgent(v + 1, s, this.subjectOf(v, s).subjects);
    }
    if (targets.length === 0) return;
    this.criticizedBySubject(v, s, targets, 0.7);
  }

  /** ", killing dozens of the attackers", "and killed several assailants" after the attack noun at `k`. */
  protected attackersKilled(k: number, s: Sentence): boolean {
    const { tokens } = this;
    for (let j = k + 1; j < Math.min(s.end, k + 20); j++) {
      const t = tokens[j] as Token;
      if (CLAUSE_BREAKS.has(t.text)) return false;
      if (!['killing', 'killed'].includes(t.lower) || !(tokens[j - 1]?.text === ',' || tokens[j - 1]?.lower === 'and')) continue;
      for (let q = j + 1; q < Math.min(s.end, j + 7); q++) {
        const w = (tokens[q] as Token).lower;
        if (['attackers', 'assailants', 'insurgents', 'militants', 'fighters', 'jihadists', 'rebels', 'gunmen'].includes(w)) return true;
        if (CLAUSE_BREAKS.has((tokens[q] as Token).text) || (tokens[q] as Token).text === ',') return false;
      }
      return false;
    }
    return false;
  }

  /** "Kagame and Tshisekedi shook hands", "Putin shook hands with Aliyev": they met. */
  protected shookHands(v: number, s: Sentence): void {
    const frame = this.subjectOf(v, s);
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis || frame.subjects.length === 0) return;
    const claimant = this.claimantFor(v, s);
    const others = this.tokens[v + 2]?.lower === 'with' ? this.objectAfter(v + 3, s, 'target', 3) : [];
    if (others.length > 0) {
      this.emit('MEETS_WITH', frame.subjects, others, s, 0.7 * (mod.hedged ? 0.7 : 1), claimant, false);
      return;
    }
    if (frame.subjects.length !== 2) return;
    const [a, b] = frame.subjects as [Arg, Arg];
    this.emit('MEETS_WITH', [a], [b], s, 0.7 * (mod.hedged ? 0.7 : 1), claimant, false);
  }

  /**
   * "Putin and Xi discussed Ukraine in a video call", "Erdogan discussed the war with Putin": two sides
   * who discuss something together spoke with each other. Talks through mediators are no meeting.
   */
  protected discussed(v: number, s: Sentence): void {
    const { tokens } = this;
    const frame = this.subjectOf(v, s);
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis || frame.subjects.length === 0 || frame.subjects.length > 2) return;
    if (tokens[v + 1]?.lower === 'nothing') return;
    // "discussed with mediators", "through intermediaries", "indirectly": no direct contact.
    if (tokens.slice(s.first, s.end).some((w) => ['through', 'via', 'indirectly', 'indirect', 'mediators', 'intermediaries', 'mediator'].includes(w.lower))) return;
    // "discussed whether ...", "discussed how to ...": a topic clause may name other actors.
    let end = v + 1;
    while (end < s.end && end < v + 12 && !CLAUSE_BREAKS.has((tokens[end] as Token).text) && !['whether', 'how', 'if', 'what', 'that', 'which', 'who', ','].includes((tokens[end] as Token).lower)) end++;
    if (end < s.end && ['whether', 'how', 'if', 'what'].includes((tokens[end] as Token).lower) && end === v + 1) return;
    const claimant = this.claimantFor(v, s);
    const confidence = 0.6 * (mod.hedged ? 0.7 : 1);
    if (frame.subjects.length === 1) {
      let w = v + 1;
      while (w < end && (tokens[w] as Token).lower !== 'with') w++;
      // "discussed a possible meeting with Putin": the other side of a meeting talked about, not talked to.
      if (w >= end || TALK_EVENTS.has(tokens[w - 1]?.lower ?? '') || ['call', 'visit', 'talk', 'summit', 'negotiation'].includes(tokens[w - 1]?.lower ?? '')) return;
      const others = this.objectAfter(w + 1, s, 'target', 3);
      if (others.length !== 1) return;
      const [a, b] = [frame.subjects[0] as Arg, others[0] as Arg];
      if (this.sideOf(a.actorId) === this.sideOf(b.actorId)) return;
      this.emit('MEETS_WITH', [a], [b], s, confidence, claimant, false);
      return;
    }
    const [a, b] = frame.subjects as [Arg, Arg];
    if (this.sideOf(a.actorId) === this.sideOf(b.actorId)) return;
    this.emit('MEETS_WITH', [a], [b], s, confidence, claimant, false);
  }

  /**
   * "Putin's visit to Pyongyang", "During a visit to Kyiv, Merz pledged ...", "Merz, on his first visit
   * to Kyiv, said": the visitor met the state visited, as "visited Kyiv" says.
   */
  protected visitTo(k: number, s: Sentence): void {
    const { tokens } = this;
    const m = this.mentionAt(k + 2);
    if (!m || m.first !== k + 2) return;
    const info = this.info(m.actorId);
    if (!info || !(info.type === 'COUNTRY' || info.kind === 'government')) return;
    const host: Arg = { actorId: m.actorId, mention: m, weight: 0.9 };
    let f = k - 1;
    while (f > s.first && (['ADJ', 'NUM'].includes((tokens[f] as Token).pos) || ['a', 'an', 'the', 'his', 'her', 'their', 'its', 'first', 'official', 'state', 'surprise', 'two-day', 'three-day', 'landmark', 'rare'].includes((tokens[f] as Token).lower) || ((tokens[f] as Token).text === '-' && (tokens[f] as Token).space === '')) && !this.mentionAt(f)) f--;
    for (let j = f; j < k; j++) if (['upcoming', 'planned', 'expected', 'possible', 'proposed', 'scheduled', 'future', 'postponed', 'cancelled', 'canceled', 'no'].includes((tokens[j] as Token).lower)) return;
    let visitors: Arg[] = [];
    let verb = -1;
    const owner = tokens[f]?.lower === "'s" ? this.mentionAt(f - 1) : null;
    // "during a visit to Ukraine by the Indian prime minister": the visitor named after "by".
    const by = tokens[m.end]?.lower === 'by' ? this.objectAfter(m.end + 1, s, 'agent', 3) : [];
    if (by.length > 0) {
      if (by.length === 1 && this.realisContext(k, s, 'MEETS_WITH')) visitors = by;
    } else if (owner) {
      const arg = this.argOf(owner, 'agent');
      if (arg) visitors = [arg];
    } else if (this.isVerb(tokens[f]) && ['pay', 'make', 'begin', 'start', 'end', 'conclude', 'wrap'].includes(verbLemma(tokens[f] as Token))) {
      // "Sharaa paid an official visit to Moscow": the subject of the light verb.
      const frame = this.subjectOf(f, s);
      const mod = this.modality(frame.clauseStart, f, s);
      if (mod.negated || mod.irrealis) return;
      visitors = [...frame.subjects];
    } else if (['during', 'on', 'after', 'following', 'in'].includes(tokens[f]?.lower ?? '')) {
      // "Pezeshkian said on Monday, during a visit to Baghdad, that ...": after a verb, the phrase is that verb's.
      const before = this.previousFiniteVerb(f - 1, s);
      const opens = f === s.first || ['-', '—', '–'].includes(tokens[f - 1]?.text ?? '') || (tokens[f - 1]?.text === ',' && before === -1);
      if (opens) {
        // The clause the phrase modifies goes on after its closing comma.
        let c = k + 2;
        while (c < s.end && (tokens[c] as Token).text !== ',' && !CLAUSE_BREAKS.has((tokens[c] as Token).text)) c++;
        for (let j = c + 1; j < Math.min(s.end, c + 12); j++) {
          const t = tokens[j] as Token;
          if (t.pos === 'VERB' && !t.lower.endsWith('ing') && tokens[j - 1]?.lower !== 'to') {
            verb = j;
            break;
          }
        }
      } else verb = before;
      if (verb === -1) return;
      const frame = this.subjectOf(verb, s);
      const mod = this.modality(frame.clauseStart, verb, s);
      if (mod.negated || mod.irrealis || frame.subjects.length !== 1) return;
      // "Russian missiles struck Kyiv during a visit": an attack during a visit is not the visitor's.
      if (VERB_TRIGGERS.get(verbLemma(tokens[verb] as Token))?.[0]?.type === 'ATTACKS' || this.info((frame.subjects[0] as Arg).actorId)?.kind === 'military') return;
      visitors = [...frame.subjects];
    }
    if (visitors.length !== 1) return;
    const visitor = visitors[0] as Arg;
    // ("criticised Hungary for failing to arrest Netanyahu during his visit": "his" is a person's visit, not the court's.)
    if (tokens.slice(f, k).some((w) => ['his', 'her'].includes(w.lower)) && this.info(visitor.actorId)?.type !== 'PERSON') return;
    if (this.sideOf(visitor.actorId) === this.sideOf(host.actorId)) return;
    this.emit('MEETS_WITH', [visitor], [host], s, 0.6, this.claimantFor(k, s), false);
  }

  /** "host PKK camps", "hosting French troops", "harbours Hamas leaders": the force whose people or bases are hosted. */
  hostedForce(after: number, s: Sentence): Arg[] {
    const { tokens } = this;
    let k = after;
    while (k < s.end && (['the', 'a', 'an', 'some', 'several', 'hundreds', 'thousands', 'of', 'its', 'their'].includes((tokens[k] as Token).lower) || ((tokens[k] as Token).pos === 'ADJ' && !this.mentionAt(k)))) k++;
    const m = this.mentionAt(k);
    if (!m || m.first !== k) return [];
    let h = m.end;
    if (tokens[h]?.lower === "'s") h++;
    while (h < s.end && (tokens[h] as Token).pos === 'ADJ') h++;
    if (!HOSTED_NOUNS.has(tokens[h]?.lower ?? '')) return [];
    // "hosted Sudanese officials": a state's officials visit, they are not a force given shelter.
    if (['officials', 'leaders', 'leadership', 'members', 'offices', 'office'].includes(tokens[h]?.lower ?? '') && this.info(m.actorId)?.kind === 'country') return [];
    const arg = this.argOf({ ...m, absorbed: false, place: false }, 'target');
    return arg ? [arg] : [];
  }

  /** Targets of a mediation verb: "between X and Y", the parties of the talks named, or in view. */
  protected mediationTargets(after: number, s: Sentence): { args: Arg[]; inferred: boolean } {
    const direct = this.betweenAfter(after, s, 10);
    if (direct.length === 2) return { args: direct, inferred: false };
    // "mediated the talks", "hosted negotiations": the parties of the talks in view.
    let talks = false;
    for (let k = s.first; k < Math.min(s.end, after + 5); k++) {
      if (TALKS_NOUNS.has((this.tokens[k] as Token).lower)) talks = true;
    }
    // ("hosted previous rounds of Burundian peace talks": one nation's own talks.)
    for (let k = after + 1; k < Math.min(s.end, after + 7); k++) {
      if (!TALKS_NOUNS.has((this.tokens[k] as Token).lower)) continue;
      if (CLAUSE_BREAKS.has((this.tokens[k] as Token).text)) break;
      if (this.nationsOwnTalks(k, s) && this.betweenAfter(k + 1, s, 8).length < 2) return { args: [], inferred: true };
    }
    // "Erdogan, who mediated, said ...": an intransitive mediator mediates the pair in view.
    // "Qatar and Egypt, which have mediated throughout the war", "mediated for months": only a time follows.
    const timeOnly = ['throughout', 'since', 'during'].includes(this.tokens[after]?.lower ?? '') || (this.tokens[after]?.lower === 'for' && ['months', 'years', 'weeks', 'decades', 'days'].includes(this.tokens[after + 1]?.lower ?? '')) || (['repeatedly', 'previously', 'before', 'successfully'].includes(this.tokens[after]?.lower ?? '') && [',', '.', ';'].includes(this.tokens[after + 1]?.text ?? '.'));
    // "Qatar is mediating alongside Egypt": the companions follow, no party does.
    const alongside = this.tokens[after]?.lower === 'alongside';
    const bare = ([',', '.', ';'].includes(this.tokens[after]?.text ?? '.') || timeOnly || alongside) && MEDIATION_WORDS.has(verbLemma(this.tokens[after - 1] as Token));
    // "mediating between the Myanmar military and ethnic armed groups": the one party that is an actor.
    if (!talks && !bare && this.tokens[after]?.lower === 'between') {
      const lone = this.loneParty(s);
      return { args: lone.length === 1 ? lone : [], inferred: false };
    }
    if (!talks && !bare) return { args: [], inferred: true };
    // "host a meeting on Syria", "a conference on Sudan": talks about a state have no parties named.
    for (let k = after; k < Math.min(s.end, after + 5); k++) {
      const w = this.tokens[k] as Token;
      if (TALKS_NOUNS.has(w.lower) || ['conference', 'summit', 'forum'].includes(w.lower)) {
        if (['on', 'about', 'over'].includes(this.tokens[k + 1]?.lower ?? '') && this.mentionAt(k + 2) && ![',', 'between', 'with'].includes(this.tokens[(this.mentionAt(k + 2) as Mention).end]?.lower ?? '')) return { args: [], inferred: true };
        break;
      }
    }
    return this.parties(after, s);
  }

  /**
   * "Russia and Ukraine swapped prisoners with the help of the UAE", "The deal, negotiated with the
   * help of Qatar": who helps two parties agree or talk mediates between them. Returns true when the
   * phrase was such help (and is no support of a side).
   */
  protected helpedAgreement(k: number, s: Sentence): boolean {
    const { tokens } = this;
    const at = this.helpPhrase(k, s);
    if (at === -1) return false;
    // Only talks, agreements and exchanges are helped this way, not fighting.
    let talks = false;
    for (let j = s.first; j < k; j++) {
      const w = tokens[j] as Token;
      if (TALKS_NOUNS.has(w.lower) || (this.isVerb(w) && ['agree', 'swap', 'exchange', 'negotiate', 'sign', 'reach', 'conclude', 'seal', 'initial', 'broker', 'talk', 'meet', 'release', 'free'].includes(verbLemma(w)))) talks = true;
    }
    if (!talks) return false;
    const helpers = this.objectAfter(at, s, 'agent', 2);
    if (helpers.length === 0) return true;
    // "with the help of U.S. weapons": a thing, not a helper.
    const end = this.lastMentionEnd(at, s);
    const next = tokens[end];
    if (next && next.pos === 'NOUN' && !['mediators', 'mediator', 'officials', 'diplomats', 'envoys', 'negotiators', 'government', 'authorities', 'intermediaries', 'facilitators', 'mediation', 'facilitation', 'help', 'assistance'].includes(next.lower)) return false;
    const main = this.previousFiniteVerb(k - 1, s);
    const mod = main === -1 ? { negated: false, irrealis: false, hedged: false } : this.modality(this.subjectOf(main, s).clauseStart, main, s);
    if (mod.negated || mod.irrealis) return true;
    const { args, inferred } = this.parties(k, s);
    if (args.length !== 2) return true;
    const sides = new Set(helpers.map((a) => this.sideOf(a.actorId)));
    if (args.some((a) => sides.has(this.sideOf(a.actorId)))) return true;
    this.emit('MEDIATES', helpers, args, s, 0.75 * (inferred ? 0.85 : 1) * (mod.hedged ? 0.7 : 1), this.claimantFor(k, s), false);
    return true;
  }

  /** "Iran-backed Houthis", "Qatar-brokered truce", "Egyptian-sponsored talks". */
  protected glued(dash: number, s: Sentence): void {
    const { tokens } = this;
    const word = tokens[dash + 1];
    if (!word || word.space !== '') return;
    const m = this.mentionAt(dash - 1);
    if (!m) return;
    const source = this.argOf({ ...m, absorbed: false, place: false }, 'agent');
    if (!source) return;
    const support = GLUED_SUPPORT.has(word.lower) || word.lower === 'led';
    if (!support && !GLUED_MEDIATION.has(word.lower)) return;
    let talks = false;
    for (let k = dash + 2; k < Math.min(s.end, dash + 6); k++) if (TALKS_NOUNS.has((tokens[k] as Token).lower) && (tokens[k] as Token).pos === 'NOUN') talks = true;
    if (talks && (GLUED_MEDIATION.has(word.lower) || ['sponsored', 'backed', 'led', 'supported'].includes(word.lower))) {
      const { args, inferred } = this.parties(dash + 2, s);
      if (args.length === 2 || (args.length === 1 && !inferred)) this.emit('MEDIATES', [source], args, s, 0.8 * (inferred ? 0.8 : 1), null, false);
      return;
    }
    if (GLUED_SUPPORT.has(word.lower)) {
      let targets = this.objectAfter(dash + 2, s, 'target', 2);
      // "an Iranian-backed Iraqi militia": the militia is Iraqi, it is not Iraq.
      const head = targets[0]?.mention;
      if (head && head.form === 'demonym' && GROUP_HEADS.has(tokens[head.end]?.lower ?? '')) targets = [];
      if (targets.length === 0) targets = this.appositionHead(m.first, s);
      if (targets[0]) this.emit('SUPPORTS', [source], [targets[0]], s, 0.85, null, false);
    }
  }

  /** "ready to act as a mediator", "offered to mediate": an offer, not mediation yet. */
  protected offer(k: number, s: Sentence): boolean {
    const { tokens } = this;
    let cue = -1;
    for (let j = k - 1; j >= Math.max(s.first, k - 7); j--) {
      const t = tokens[j] as Token;
      if (CLAUSE_BREAKS.has(t.text)) break;
      if (OFFER_CUES.has(t.lower) || (t.lemma === 'offer' && t.pos !== 'ADP')) {
        cue = j;
        break;
      }
    }
    if (cue === -1) cue = this.offerOfDeployment(k, s);
    // ("said it would step aside as mediator", "would withdraw as a mediator": a role given up.)
    for (let j = Math.max(s.first, k - 5); j < k; j++) {
      const w = tokens[j] as Token;
      if ((['step', 'steps', 'stepped', 'stepping', 'stand', 'stood'].includes(w.lower) && ['aside', 'down'].includes(tokens[j + 1]?.lower ?? '')) || (['withdraw', 'quit', 'resign', 'abandon', 'suspend'].includes(verbLemma(w)) && w.pos === 'VERB')) return true;
    }
    if (cue === -1) return this.actingMediator(k, s);
    return this.offerAt(k, cue, s);
  }

  /**
   * "Egypt is acting as a go-between for Israel and Hamas", "Turkey played host to talks between
   * Russia and Ukraine": a mediating role taken by the subject of "act/serve as" or "play".
   */
  protected mediatingRole(k: number, s: Sentence): boolean {
    const { tokens } = this;
    const t = tokens[k] as Token;
    const goBetween = t.text === '-' && t.space === '' && tokens[k - 1]?.lower === 'go' && tokens[k + 1]?.lower === 'between' && tokens[k + 1]?.space === '';
    let verbAt = -1;
    if (goBetween) {
      let j = k - 2;
      while (j > s.first && ['a', 'an', 'the', 'main', 'key', 'chief', 'neutral', 'trusted', 'discreet', 'quiet', 'regular'].includes((tokens[j] as Token).lower)) j--;
      const verb = tokens[j - 1];
      if (tokens[j]?.lower !== 'as' || !verb || !['act', 'serve', 'work', 'function'].includes(verbLemma(verb))) return false;
      verbAt = j - 1;
    } else if (t.lower === 'host' && t.pos === 'NOUN' && tokens[k + 1]?.lower === 'to' && tokens[k - 1] && verbLemma(tokens[k - 1] as Token) === 'play') {
      verbAt = k - 1;
    } else if (MEDIATING_ROLES.has(t.lower) && tokens[k + 1]?.lower === 'of') {
      // ("Norway and Cuba act as guarantors of the peace talks between Colombia and the ELN".)
      let j = k - 1;
      while (j > s.first && ['a', 'an', 'the', 'main', 'key', 'joint', 'official'].includes((tokens[j] as Token).lower)) j--;
      const verb = tokens[j - 1];
      if (tokens[j]?.lower !== 'as' || !verb || !['act', 'serve', 'work', 'function'].includes(verbLemma(verb))) return false;
      verbAt = j - 1;
    } else return false;
    // "offered to act as a go-between": an offer, told elsewhere.
    if (this.offerCueBefore(verbAt, s) !== -1) return false;
    const frame = this.subjectOf(verbAt, s);
    if (frame.subjects.length === 0) return false;
    const mod = this.modality(frame.clauseStart, verbAt, s);
    if (mod.negated || mod.irrealis) return false;
    // "a go-between for/between X and Y"; "host to talks between X and Y".
    const from = MEDIATING_ROLES.has(t.lower) ? k + 1 : k + 2;
    const { args, inferred } = goBetween && ['for', 'between'].includes(tokens[from]?.lower ?? '') ? { args: this.objectAfter(from + 1, s, 'target', 3), inferred: false } : goBetween ? this.parties(from, s) : this.mediationTargets(from, s);
    if (args.length !== 2) return false;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    if (args.some((a) => sides.has(this.sideOf(a.actorId)))) return false;
    this.emit('MEDIATES', frame.subjects, args, s, 0.8 * (inferred ? 0.8 : 1) * (mod.hedged ? 0.7 : 1), this.claimantFor(verbAt, s), false);
    return true;
  }

  /**
   * The mediators named before a mediation noun at `k` whose nearest agent is `agent`: "Egyptian and
   * Qatari mediation" and "Qatari-Egyptian mediation" name both states.
   */
  protected modifierMediators(agent: Arg, k: number, s: Sentence): Arg[] {
    const { tokens } = this;
    const m = agent.mention;
    if (!m || m.end !== k || m.form !== 'demonym') return [agent];
    const all = this.mentionAt(m.first - 2)?.form === 'demonym' && tokens[m.first - 1]?.lower === 'and' ? this.coordinatedEndingAt(m, s, 'agent') : [agent];
    // "Qatari-Egyptian mediation": a demonym glued by a hyphen before the nearest one.
    const glued = tokens[m.first - 1]?.text === '-' && tokens[m.first - 1]?.space === '' && tokens[m.first]?.space === '' ? this.mentionAt(m.first - 2) : null;
    if (glued && glued.form === 'demonym' && glued.end === m.first - 1) {
      const first = this.argOf({ ...glued, absorbed: false, place: false }, 'agent');
      if (first && !all.some((a) => this.sideOf(a.actorId) === this.sideOf(first.actorId))) return [first, ...all];
    }
    return all.length > 0 ? all : [agent];
  }

  /**
   * "Mediated by Qatar, the talks between Congo and Rwanda produced a draft", "Brokered by Egypt, the
   * truce ...": a participle opening the sentence names the mediator of the talks it describes.
   */
  protected frontedMediation(k: number, s: Sentence): boolean {
    const { tokens } = this;
    if (!['mediated', 'brokered', 'facilitated', 'hosted', 'sponsored', 'convened', 'chaired'].includes((tokens[k] as Token).lower)) return false;
    let c = k + 2;
    while (c < s.end && c < k + 12 && (tokens[c] as Token).text !== ',') c++;
    if (tokens[c]?.text !== ',') return false;
    const agents = this.argsIn(k + 2, c, 'agent');
    if (agents.length === 0) return false;
    let h = c + 1;
    while (h < s.end && h < c + 5 && !TALKS_NOUNS.has((tokens[h] as Token).lower)) h++;
    if (!TALKS_NOUNS.has(tokens[h]?.lower ?? '')) return false;
    const { args, inferred } = this.parties(h + 1, s);
    if (args.length !== 2) return false;
    const sides = new Set(agents.map((a) => this.sideOf(a.actorId)));
    if (args.some((a) => sides.has(this.sideOf(a.actorId)))) return false;
    const mod = this.modality(k, h, s);
    if (mod.negated) return true;
    this.emit('MEDIATES', agents, args, s, 0.8 * (inferred ? 0.8 : 1) * (mod.hedged ? 0.7 : 1), this.claimantFor(k, s), false);
    return true;
  }

  /** "Norway acted as a mediator between X and Y", "served as intermediary": mediation. */
  protected actingMediator(k: number, s: Sentence): boolean {
    const { tokens } = this;
    let j = k - 1;
    if (['a', 'an', 'the', 'chief', 'main', 'key'].includes(tokens[j]?.lower ?? '')) j--;
    // "Doha has been the main mediator between Washington and the Taliban": a copula.
    while (['main', 'principal', 'lead', 'leading', 'only', 'sole', 'neutral', 'honest', 'trusted', 'traditional', 'longtime', 'regional', 'international'].includes(tokens[j]?.lower ?? '')) j--;
    if (['a', 'an', 'the'].includes(tokens[j]?.lower ?? '')) j--;
    const be = tokens[j];
    if (be && ['is', 'was', 'been', 'are', 'were', 'remains', 'remained', 'became', 'becomes'].includes(be.lower) && (tokens[k] as Token).lower.startsWith('mediator')) {
      const frame = this.subjectOf(j, s);
      if (frame.subjects.length === 0) return false;
      const mod = this.modality(frame.clauseStart, j, s);
      if (mod.negated || mod.irrealis) return true;
      const { args, inferred } = this.parties(k + 1, s);
      if (args.length < 2) return true;
      this.emit('MEDIATES', frame.subjects, args, s, 0.8 * (inferred ? 0.8 : 1) * (mod.hedged ? 0.7 : 1), this.claimantFor(k, s), false);
      return true;
    }
    if (tokens[j]?.lower !== 'as') return this.namedMediators(k, s);
    const verb = tokens[j - 1];
    if (!verb || !['act', 'serve', 'work', 'function'].includes(verbLemma(verb))) return false;
    const frame = this.subjectOf(j - 1, s);
    if (frame.subjects.length === 0) return false;
    const mod = this.modality(frame.clauseStart, j - 1, s);
    if (mod.negated || mod.irrealis) return true;
    const { args, inferred } = this.parties(k + 1, s);
    if (args.length < 2) return true;
    this.emit('MEDIATES', frame.subjects, args, s, 0.85 * (inferred ? 0.8 : 1) * (mod.hedged ? 0.7 : 1), this.claimantFor(k, s), false);
    return true;
  }

  /**
   * "Egyptian and Qatari mediators said ...", "Omani mediators, who brokered the visit": mediators
   * named by their state mediate between the parties of the sentence or the pair in view.
   */
  protected namedMediators(k: number, s: Sentence): boolean {
    const { tokens } = this;
    // ("The facilitator, Norway, said": the word for a mediator of talks under way.)
    if (!['mediators', 'mediator', 'facilitator', 'facilitators'].includes((tokens[k] as Token).lower)) return false;
    // "Mediators from Egypt, Qatar and the United States": every state named.
    // "Mediators Egypt, Qatar and Turkey said": the names right after the noun, too.
    const from = tokens[k + 1]?.lower === 'from' ? this.objectAfter(k + 2, s, 'agent', 2) : this.mentionAt(k + 1)?.first === k + 1 && !this.mentionAt(k - 1) ? this.objectAfter(k + 1, s, 'agent', 2) : [];
    const agent = from[0] ?? this.nounAgent(k, s);
    let agents: Arg[];
    if (!agent || agent.mention === null) {
      // "Egypt and Qatar, the main mediators between Israel and Hamas, said", "The mediators, Egypt and Qatar, said".
      agents = this.appositeMediators(k, s);
    } else {
      // "Saudi and U.S. mediators": a demonym coordinated with the name before the noun.
      const coordinatedModifiers = agent.mention.form === 'demonym' || this.mentionAt(agent.mention.first - 2)?.form === 'demonym';
      agents = from.length > 0 ? from : coordinatedModifiers ? this.coordinatedEndingAt(agent.mention, s, 'agent') : [agent];
    }
    if (agents.length === 0) return false;
    let { args, inferred } = this.parties(k + 1, s);
    // "Qatari and Turkish mediators said": the mediators themselves are no pair; the pair in view is.
    const mediatorSides = new Set(agents.map((a) => this.sideOf(a.actorId)));
    if (args.length === 2 && args.every((a) => mediatorSides.has(this.sideOf(a.actorId)))) ({ args, inferred } = { args: this.pairInView(s), inferred: true });
    // "Algeria, the chief mediator between Mali's government and the rebels": one named party.
    if (args.length < 2 && !(args.length === 1 && !inferred)) return false;
    // The pair in view is the mediators and someone they met, not two parties.
    if (args.some((a) => mediatorSides.has(this.sideOf(a.actorId)))) return false;
    const mod = this.modality(Math.max(s.first, k - 6), k, s);
    if (mod.negated) return true;
    this.emit('MEDIATES', agents, args, s, 0.75 * (inferred ? 0.8 : 1) * (mod.hedged ? 0.7 : 1), null, false);
    return true;
  }

  /** "the two neighbours", "both sides" starting at `k`: the dyad in view, and where the phrase ends. */
  protected dyadPhraseAt(k: number, s: Sentence): { args: Arg[]; end: number } | null {
    const { tokens } = this;
    let j = k;
    if (tokens[j]?.lower === 'the') j++;
    if (!['two', 'both'].includes(tokens[j]?.lower ?? '') || !this.inView) return null;
    const head = tokens[j + 1]?.lower ?? '';
    if (!DYAD_WORDS.has(head) || !this.dyadFits(head) || j + 1 >= s.end) return null;
    return { args: this.dyadArgs(head), end: j + 2 };
  }

  /** The actors a "mediators" noun stands in apposition to: "X and Y, the mediators," or "the mediators, X and Y,". */
  protected appositeMediators(k: number, s: Sentence): Arg[] {
    const { tokens } = this;
    let j = k - 1;
    while (j > s.first && ['main', 'key', 'chief', 'principal', 'lead', 'two', 'three', 'regional', 'international', 'traditional', 'longtime'].includes((tokens[j] as Token).lower)) j--;
    if (!['the', 'a'].includes(tokens[j]?.lower ?? '')) return [];
    // "Egypt, one of the mediators, said": the apposition starts at "one".
    if (tokens[j]?.lower === 'the' && tokens[j - 1]?.lower === 'of' && tokens[j - 2]?.lower === 'one' && (tokens[k] as Token).lower === 'mediators') j -= 2;
    // Before: "Egypt and Qatar, the main mediators ...".
    if (tokens[j - 1]?.text === ',') {
      let o = j - 2;
      // "Qatar's prime minister, the chief mediator,": the official's state.
      if (!this.mentionAt(o) && TITLE_WORDS.has(tokens[o]?.lower ?? '')) {
        let h = o - 1;
        while (h > o - 4 && h >= s.first && !this.mentionAt(h) && (TITLE_WORDS.has((tokens[h] as Token).lower) || (tokens[h] as Token).pos === 'ADJ' || ((tokens[h] as Token).pos === 'NOUN' && !(tokens[h] as Token).capitalised))) h--;
        if (tokens[h]?.lower === "'s" && this.mentionAt(h - 1)) {
          const state = this.argOf(this.mentionAt(h - 1) as Mention, 'agent');
          return state && (tokens[k] as Token).lower === 'mediator' ? [state] : [];
        }
        o = -1;
      }
      const m = o >= s.first ? this.mentionAt(o) : null;
      if (!m || m.end !== j - 1) return [];
      const list = this.coordinatedEndingAt(m, s, 'agent');
      // "Israel, Hamas and the mediators": a list is an apposition only when it starts its clause.
      const first = list[0]?.mention;
      const before = first ? tokens[first.first - 1] : undefined;
      if (first && before && !(before.text === ',' || before.text === '-' || before.pos === 'DET' || ['and', 'but'].includes(before.lower)) && first.first !== s.first) return [];
      return list;
    }
    // After: "The mediators, Egypt, Qatar and the United States, said".
    if (tokens[k + 1]?.text === ',') {
      let q = k + 2;
      if (tokens[q]?.lower === 'the') q++;
      const m = this.mentionAt(q);
      if (!m || m.first !== q) return [];
      const arg = this.argOf(m, 'agent');
      if (!arg) return [];
      const list = this.coordinated(m, arg, s.end, 'agent');
      let end = q;
      for (const a of list) if (a.mention) end = Math.max(end, this.phraseEnd(a.mention, s.end));
      return tokens[end]?.text === ',' ? list : [];
    }
    return [];
  }

  /** "Israel said it remained committed to the ceasefire agreed with Hamas": the subject of the verb the agreement hangs on. */
  protected madeAgreementParty(k: number, s: Sentence): Arg[] {
    const { tokens } = this;
    let j = k - 1;
    while (j > s.first && j >= k - 5 && ['ADJ', 'NUM', 'NOUN', 'DET'].includes((tokens[j] as Token).pos) && !this.mentionAt(j)) j--;
    if (!['to', 'by', 'with'].includes(tokens[j]?.lower ?? '') && !this.isVerb(tokens[j])) return [];
    const v = this.isVerb(tokens[j]) ? j : this.previousFiniteVerb(j - 1, s);
    if (v === -1 || v < j - 4) return [];
    let frame = this.subjectOf(v, s);
    // "remained committed to", "is bound by": the subject of the verb before the participle.
    if (frame.subjects.length === 0 && (this.isVerb(tokens[v - 1]) || BE_FORMS.has(tokens[v - 1]?.lower ?? ''))) frame = this.subjectOf(v - 1, s);
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis || this.governedByDenial(v, s)) return [];
    return [...frame.subjects];
  }

  /**
   * "Qatari mediator X met the Israeli and Hamas delegations", "Egyptian mediators met both
   * sides separately": a mediator meeting the two parties mediates between them.
   */
  protected mediatorMet(v: number, frame: VerbFrame, targets: readonly Arg[], s: Sentence, confidence: number, claimant: string | null): void {
    if (targets.length !== 2) return;
    const [a, b] = targets as [Arg, Arg];
    if (this.sideOf(a.actorId) === this.sideOf(b.actorId)) return;
    const sides = new Set(frame.subjects.map((x) => this.sideOf(x.actorId)));
    if (frame.subjects.length === 0 || sides.has(this.sideOf(a.actorId)) || sides.has(this.sideOf(b.actorId))) return;
    let mediator = false;
    for (let j = frame.clauseStart; j < v; j++) {
      const w = (this.tokens[j] as Token).lower;
      if (['mediator', 'mediators', 'intermediary', 'intermediaries', 'facilitator', 'facilitators'].includes(w)) mediator = true;
    }
    if (!mediator) return;
    this.emit('MEDIATES', frame.subjects, targets, s, confidence * 0.85, claimant, false);
  }

  /**
   * "Turkey's foreign minister met the Hamas delegation and then Israeli officials", "Fidan met both
   * delegations": a third side meeting each of the two sides in view mediates between them (and
   * meets the second one too).
   */
  protected metEachSide(v: number, frame: VerbFrame, targets: readonly Arg[], s: Sentence, confidence: number, claimant: string | null): void {
    const { tokens } = this;
    // The pair in view as the sentence began: the meeting itself may have made its targets the pair.
    const pair = this.viewAtStart;
    if (!pair || frame.subjects.length === 0 || targets.length === 0 || targets.length > 2) return;
    const pairSides = new Set(pair.map((a) => this.sideOf(a.actorId)));
    if (pairSides.size !== 2) return;
    const subjectSides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    if ([...subjectSides].some((x) => pairSides.has(x) || pairSides.has(this.kb.governorOf.get(x) ?? ''))) return;
    let met = [...targets];
    if (met.length === 1) {
      // "met A on Monday and (then) B a day later": a second object after adjuncts only.
      const first = met[0]?.mention;
      if (!first) return;
      let j = first.end;
      let and = -1;
      for (; j < Math.min(s.end, first.end + 10); j++) {
        const t = tokens[j] as Token;
        if (t.lower === 'and') {
          and = j;
          break;
        }
        if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || this.mentionAt(j) || this.isVerb(t) || ['who', 'which', 'that', 'to', 'after', 'before', 'while', 'as'].includes(t.lower)) return;
      }
      if (and === -1) return;
      let b = and + 1;
      while (b < s.end && ['then', 'later', 'also', 'separately', 'subsequently', 'afterwards'].includes((tokens[b] as Token).lower)) b++;
      const second = this.objectAfter(b, s, 'target', 3);
      if (second.length !== 1 || !second[0]?.mention || second[0].mention.first > b + 4) return;
      // "met Abbas and Israeli officials said ...": the second name is the subject of a new clause.
      const after = tokens[this.phraseEnd(second[0].mention, s.end)];
      if (after && this.isVerb(after)) return;
      met = [met[0] as Arg, second[0]];
      const mod = this.modality(frame.clauseStart, v, s);
      if (mod.negated || mod.irrealis) return;
      this.emit('MEETS_WITH', frame.subjects, [second[0]], s, confidence * 0.9, claimant, false);
    }
    const metSides = met.map((a) => this.sideOf(a.actorId));
    if (metSides[0] === metSides[1] || !metSides.every((x) => pairSides.has(x))) return;
    if (this.out.some((r) => r.type === 'MEDIATES' && r.sentence === s.index && subjectSides.has(this.sideOf(r.source)) && metSides.includes(this.sideOf(r.target)))) return;
    this.emit('MEDIATES', frame.subjects, met, s, confidence * 0.8, claimant, false);
  }

  /**
   * "X and Y wrapped up talks on Friday. The deal, announced on Saturday, ...", "Under the agreement,
   * Y will ...": a deal that opens a sentence right after talks is the talks' outcome, agreed by their
   * two sides. "X signed a peace agreement with two armed groups. The deal commits A and B to disarm":
   * the groups the deal binds are the ones X signed with. `k` is the deal noun.
   */
  protected agreementReportedLater(k: number, s: Sentence): void {
    const { tokens } = this;
    let j = s.first;
    if (tokens[j]?.lower === 'under') j++;
    if (tokens[j]?.lower !== 'the') return;
    j++;
    while (j < k && ['new', 'peace', 'ceasefire', 'truce', 'border', 'framework', 'final', 'landmark', 'historic', 'security', 'comprehensive', 'power-sharing'].includes((tokens[j] as Token).lower)) j++;
    if (j !== k) return;
    const next = tokens[k + 1];
    if (!next || !(next.text === ',' || this.isVerb(next) || BE_FORMS.has(next.lower) || next.pos === 'AUX')) return;
    // A deal only planned, proposed, failed or denied is no agreement; neither is a deal of old.
    for (let q = s.first; q < s.end; q++) {
      const w = (tokens[q] as Token).lower;
      if (['would', 'could', 'might', 'may', 'if', 'unless', 'draft', 'proposed', 'possible', 'potential', 'not', 'never', 'yet', 'failed', 'collapsed', 'rejected', 'denied', 'previous', 'earlier', 'old', 'expired', "n't", 'hoped', 'expected'].includes(w)) return;
      if (/^(19|20)\d\d$/.test(w) && q < k + 8) return;
    }
    const claimant = this.claimantFor(k, s);
    const talks = this.memory.talks;
    if (talks && s.index > this.memory.talksSentence && s.index - this.memory.talksSentence <= 2 && !this.namesOtherParties(s)) {
      const [a, b] = talks;
      if (this.sideOf(a.actorId) !== this.sideOf(b.actorId)) {
        // The pair in view stays what it was: the deal restates the talks, it names no new pair.
        const [dyad, dyadSentence, inView] = [this.memory.dyad, this.memory.dyadSentence, this.inView];
        this.emit('AGREES_WITH', [a], [b], s, 0.6, claimant, false);
        [this.memory.dyad, this.memory.dyadSentence, this.inView] = [dyad, dyadSentence, inView];
        return;
      }
    }
    // "The deal ... commits the UPC and the 3R movement to disarm", "Under the deal, A and B will ...".
    const party = this.signedWithUnnamed(s);
    if (!party) return;
    let bound: Arg[] = [];
    if (tokens[s.first]?.lower === 'under') {
      let c = k + 1;
      if (tokens[c]?.text !== ',') return;
      c++;
      bound = this.objectAfter(c, s, 'agent', 2);
    } else {
      for (let v = k + 1; v < s.end; v++) {
        const t = tokens[v] as Token;
        if (t.text === ';') break;
        if (['commit', 'oblige', 'require', 'bind'].includes(verbLemma(t)) && (this.isVerb(t) || t.lower.endsWith('s'))) {
          bound = this.objectAfter(v + 1, s, 'target', 2);
          break;
        }
      }
    }
    const sides = new Set([this.sideOf(party.actorId)]);
    bound = bound.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (bound.length === 0) return;
    for (const b of bound) this.emit('AGREES_WITH', [party], [b], s, 0.55, claimant, false);
  }

  /** The one party of the last sentence or the one before that signed a deal "with two armed groups", the groups unnamed. */
  protected signedWithUnnamed(s: Sentence): Arg | null {
    const { tokens } = this;
    for (let back = 1; back <= 2; back++) {
      const prev = this.doc.sentences[s.index - back];
      if (!prev) return null;
      for (let v = prev.first; v < prev.end; v++) {
        const t = tokens[v] as Token;
        if (!this.isVerb(t) || !['sign', 'reach', 'strike', 'conclude', 'ink', 'seal'].includes(verbLemma(t))) continue;
        let w = v + 1;
        while (w < Math.min(prev.end, v + 6) && !['agreement', 'deal', 'accord', 'pact', 'treaty'].includes((tokens[w] as Token).lower)) w++;
        if (tokens[w + 1]?.lower !== 'with') continue;
        let g = w + 2;
        while (g < Math.min(prev.end, w + 7) && !this.mentionAt(g) && !UNNAMED_GROUPS.has((tokens[g] as Token).lower)) g++;
        if (g >= prev.end || this.mentionAt(g)) continue;
        while (g + 1 < prev.end && UNNAMED_GROUPS.has((tokens[g + 1] as Token).lower)) g++;
        if (this.mentionAt(g + 1)) continue;
        const frame = this.subjectOf(v, prev);
        if (frame.subjects.length !== 1) continue;
        const mod = this.modality(frame.clauseStart, v, prev);
        if (mod.negated || mod.irrealis) continue;
        return frame.subjects[0] as Arg;
      }
    }
    return null;
  }

  /**
   * "Al Thani met Hamas negotiators in Doha and later spoke to Israeli officials by phone", "Egyptian
   * officials held separate meetings with Israeli and Hamas delegations": a third side that met each
   * of the two sides in view in one sentence (or each of two sides "separately") mediates between them.
   */
  protected metBothInSentence(s: Sentence): void {
    const { tokens } = this;
    const pair = this.viewAtStart;
    const pairSides = pair ? pair.map((a) => this.sideOf(a.actorId)) : [];
    let separate = false;
    // ("in a separate trilateral format": a meeting of all three, apart from another, is no shuttle.)
    for (let k = s.first; k < s.end; k++) if ((tokens[k] as Token).lower === 'separately' || ((tokens[k] as Token).lower === 'separate' && ['meetings', 'meeting', 'talks', 'calls', 'sessions', 'consultations', 'discussions'].includes(tokens[k + 1]?.lower ?? ''))) separate = true;
    if (pairSides.length === 0 && !separate) return;
    const met = new Map<string, RawRelation[]>();
    for (const r of this.out) {
      if (r.sentence !== s.index || r.type !== 'MEETS_WITH' || r.alleged) continue;
      const from = this.sideOf(r.source);
      const to = this.sideOf(r.target);
      if (pairSides.length > 0 && (pairSides.includes(from) || pairSides.includes(this.kb.governorOf.get(from) ?? '') || !pairSides.includes(to))) continue;
      const list = met.get(r.source) ?? [];
      if (!list.some((x) => this.sideOf(x.target) === to)) list.push(r);
      met.set(r.source, list);
    }
    for (const [source, list] of met) {
      if (list.length !== 2) continue;
      const [a, b] = list as [RawRelation, RawRelation];
      const sides = [this.sideOf(a.target), this.sideOf(b.target)];
      if (sides.includes(this.sideOf(source)) || this.sameSide(a.target, b.target)) continue;
      // Two sides met "separately" and nothing in view: only when neither is the other's ally or official.
      if (this.out.some((r) => r.sentence === s.index && r.type === 'MEDIATES' && r.source === source)) continue;
      const c = Math.min(a.confidence, b.confidence) * 0.8;
      this.emit('MEDIATES', [{ actorId: source, mention: null, weight: 1 }], [{ actorId: a.target, mention: null, weight: 1 }, { actorId: b.target, mention: null, weight: 1 }], s, c, a.claimant, false);
    }
  }

  /**
   * "Kenya was also part of the mediation team", "Qatar is among the mediators", "Guterres praised the
   * AU for its mediation": a member of the mediation, or the one thanked for it, mediates between the
   * parties in the sentence or the pair in view. `k` is "mediation" or "mediators".
   */
  protected mediationRole(k: number, s: Sentence): void {
    const { tokens } = this;
    const w = (tokens[k] as Token).lower;
    let agents: Arg[] = [];
    let v = -1;
    // "part of the mediation team", "members of the AU mediation panel", "among the mediators".
    let j = k - 1;
    while (j > s.first && ((tokens[j] as Token).pos === 'ADJ' || this.mentionAt(j)?.form === 'demonym')) j--;
    const team = w === 'mediation' && ['team', 'panel', 'group', 'effort', 'efforts', 'committee', 'troika', 'quartet'].includes(tokens[k + 1]?.lower ?? '');
    const among = w === 'mediators' && tokens[j]?.lower === 'the' && tokens[j - 1]?.lower === 'among';
    if ((team && tokens[j]?.lower === 'the' && tokens[j - 1]?.lower === 'of' && ['part', 'member', 'members'].includes(tokens[j - 2]?.lower ?? '')) || among) {
      let b = among ? j - 2 : j - 3;
      while (b > s.first && (tokens[b] as Token).pos === 'ADV') b--;
      if (!BE_FORMS.has(tokens[b]?.lower ?? '')) return;
      v = b;
      const frame = this.subjectOf(b, s);
      const mod = this.modality(frame.clauseStart, b, s);
      if (mod.negated || mod.irrealis) return;
      agents = [...frame.subjects];
    } else if (w === 'mediation' && ['its', 'their', 'his', 'her'].includes(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'for') {
      // "praised the African Union for its mediation": the one praised.
      const end = k - 2;
      for (let q = end - 1; q >= Math.max(s.first, end - 8); q--) {
        const t = tokens[q] as Token;
        if (this.isVerb(t) && ['thank', 'praise', 'commend', 'credit', 'hail', 'laud', 'salute'].includes(verbLemma(t))) {
          agents = this.objectAfter(q + 1, s, 'agent', 2);
          if (agents.length === 0 || this.lastMentionEnd(q + 1, s) !== end) return;
          const frame = this.subjectOf(q, s);
          const mod = this.modality(frame.clauseStart, q, s);
          if (mod.negated || mod.irrealis) return;
          v = q;
          break;
        }
        if (CLAUSE_BREAKS.has(t.text)) return;
      }
    }
    // "The mediators - Egypt, Qatar and the United States - said": the states named beside the noun.
    if (w === 'mediators' && agents.length === 0 && ['the', 'both', 'three', 'two'].includes(tokens[k - 1]?.lower ?? '') && ['-', '—', '–', '(', ','].includes(tokens[k + 1]?.text ?? '')) {
      const named = this.objectAfter(k + 2, s, 'agent', 1);
      const end = this.lastMentionEnd(k + 2, s);
      if (named.length > 0 && [tokens[k + 1]?.text, ')'].includes(tokens[end]?.text) && named.every((a) => this.info(a.actorId)?.type !== 'PERSON')) {
        agents = named;
        v = k;
      }
    }
    if (agents.length === 0 || v === -1) return;
    const { args, inferred } = this.parties(k + 1, s);
    if (args.length !== 2) return;
    const sides = new Set(args.map((a) => this.sideOf(a.actorId)));
    if (agents.some((a) => sides.has(this.sideOf(a.actorId)) || sides.has(this.kb.governorOf.get(a.actorId) ?? ''))) return;
    this.emit('MEDIATES', agents, args, s, 0.75 * (inferred ? 0.8 : 1), this.claimantFor(v, s), false);
  }

  /**
   * "Kenya helped negotiate the deal", "has been working to secure a lasting truce", "is at the
   * forefront of efforts to end the war": a third side working for the deal or the end of the war of
   * the parties in the sentence or the pair in view mediates between them. `v` is the infinitive.
   */
  protected effortTowardsDeal(v: number, s: Sentence): void {
    const { tokens } = this;
    const lemma = verbLemma(tokens[v] as Token);
    // "helped negotiate": a bare infinitive after "help".
    const bare = tokens[v - 1] !== undefined && verbLemma(tokens[v - 1] as Token) === 'help' && tokens[v - 1]?.lower !== 'help';
    if (tokens[v - 1]?.lower !== 'to' && !bare) return;
    let g = bare ? v - 1 : v - 2;
    while (g > s.first && (tokens[g] as Token).pos === 'ADV') g--;
    const gw = tokens[g] as Token | undefined;
    if (!gw) return;
    let governor = -1;
    if (['help', 'work', 'try', 'seek', 'strive', 'continue', 'push', 'scramble', 'race', 'labour', 'labor'].includes(verbLemma(gw)) && (this.isVerb(gw) || gw.lower.endsWith('ing') || gw.lower.endsWith('ed'))) governor = g;
    else if (['efforts', 'effort', 'bid', 'attempt', 'attempts', 'drive'].includes(gw.lower)) {
      // "has been at the forefront of efforts to end the war": the verb the effort noun hangs on.
      for (let q = g - 1; q >= Math.max(s.first, g - 7); q--) {
        const t = tokens[q] as Token;
        if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || this.mentionAt(q)) break;
        if (this.isVerb(t) || BE_FORMS.has(t.lower)) {
          governor = q;
          break;
        }
      }
    }
    if (governor === -1) return;
    // The deal, the talks or the war worked for.
    let o = v + 1;
    while (o < Math.min(s.end, v + 5) && ['the', 'a', 'an', 'lasting', 'permanent', 'new', 'durable', 'final', 'peace', 'ceasefire', 'comprehensive', 'stalled', 'broader', 'long-term', 'two-year', 'ongoing'].includes((tokens[o] as Token).lower)) o++;
    const head = tokens[o]?.lower ?? '';
    const deals = ['deal', 'agreement', 'truce', 'ceasefire', 'accord', 'talks', 'negotiations', 'settlement', 'compromise', 'peace', 'process'];
    const wars = ['war', 'conflict', 'fighting', 'hostilities'];
    if (!deals.includes(head) && !(['end', 'halt', 'stop'].includes(lemma) && wars.includes(head))) return;
    if (!['negotiate', 'secure', 'revive', 'salvage', 'clinch', 'finalise', 'finalize', 'reach', 'end', 'halt', 'stop', 'rescue', 'restart', 'seal', 'forge'].includes(lemma)) return;
    // "working to secure a deal with Iran": the subject is a party.
    if (tokens[o + 1]?.lower === 'with') return;
    if (this.offerCueBefore(governor + 1, s) !== -1) return;
    const frame = this.subjectOf(governor, s);
    if (frame.subjects.length === 0) return;
    const mod = this.modality(frame.clauseStart, governor, s);
    if (mod.negated || mod.irrealis) return;
    const { args, inferred } = this.parties(o, s);
    if (args.length !== 2 || this.sideOf((args[0] as Arg).actorId) === this.sideOf((args[1] as Arg).actorId)) return;
    const sides = new Set(args.map((a) => this.sideOf(a.actorId)));
    if (frame.subjects.some((a) => sides.has(this.sideOf(a.actorId)) || sides.has(this.kb.governorOf.get(a.actorId) ?? ''))) return;
    this.emit('MEDIATES', frame.subjects, args, s, 0.7 * (inferred ? 0.8 : 1) * (mod.hedged ? 0.7 : 1), this.claimantFor(governor, s), false);
  }

  /**
   * "Kenya presented a new proposal to both sides", "Egypt submitted a compromise proposal" while two
   * sides are in talks: a third side putting proposals to the two sides mediates between them.
   */
  protected proposalToSides(v: number, s: Sentence): void {
    const { tokens } = this;
    let o = v + 1;
    if (['forward', 'up'].includes(tokens[o]?.lower ?? '')) o++;
    while (o < Math.min(s.end, v + 6) && ['a', 'an', 'the', 'its', 'their', 'new', 'revised', 'compromise', 'bridging', 'ceasefire', 'peace', 'draft', 'fresh', 'written', 'detailed', 'updated'].includes((tokens[o] as Token).lower)) o++;
    if (!['proposal', 'proposals', 'plan', 'text', 'framework', 'offer', 'roadmap', 'draft'].includes(tokens[o]?.lower ?? '')) return;
    const frame = this.subjectOf(v, s);
    if (frame.subjects.length === 0) return;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    let args: Arg[] = [];
    let inferred = false;
    if (tokens[o + 1]?.lower === 'to') {
      const dyad = this.dyadPhraseAt(o + 2, s);
      args = dyad ? dyad.args : this.objectAfter(o + 2, s, 'target', 2);
    } else {
      // Without addressees: only with two sides in talks named just before.
      args = s.index - this.memory.talksSentence <= 2 ? this.talksInView(s) : [];
      inferred = true;
    }
    if (args.length !== 2 || this.sideOf((args[0] as Arg).actorId) === this.sideOf((args[1] as Arg).actorId)) return;
    const sides = new Set(args.map((a) => this.sideOf(a.actorId)));
    if (frame.subjects.some((a) => sides.has(this.sideOf(a.actorId)) || sides.has(this.kb.governorOf.get(a.actorId) ?? ''))) return;
    this.emit('MEDIATES', frame.subjects, args, s, 0.7 * (inferred ? 0.8 : 1) * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), false);
  }

  /** "played a key role in brokering", "was instrumental in mediating": the verb that carries the role. */
  protected roleIn(v: number, s: Sentence): number {
    const { tokens } = this;
    if (!(tokens[v] as Token).lower.endsWith('ing') || tokens[v - 1]?.lower !== 'in') return -1;
    for (let j = v - 2; j >= Math.max(s.first, v - 6); j--) {
      const w = tokens[j] as Token;
      if (['role', 'part', 'instrumental', 'hand'].includes(w.lower)) {
        for (let q = j - 1; q >= Math.max(s.first, j - 4); q--) {
          const x = tokens[q] as Token;
          if ((x.pos === 'VERB' && ['play', 'have', 'take'].includes(x.lemma)) || (w.lower === 'instrumental' && BE_FORMS.has(x.lower))) return x.lower.endsWith('ing') ? -1 : q;
          if (this.mentionAt(q) || x.text === ',') return -1;
        }
        return -1;
      }
      if (this.mentionAt(j) || CLAUSE_BREAKS.has(w.text) || w.text === ',') return -1;
    }
    return -1;
  }

  /**
   * "after a meeting with X", "in a phone call", "during talks with X": a phrase that modifies a
   * clause; its subjects took part, and the object of "told"/"assured" is the other side.
   */
  protected adjunctMeeting(k: number, s: Sentence): { agents: Arg[]; told: Arg[] } | null {
    const { tokens } = this;
    let f = k - 1;
    while (f > s.first && ((['ADJ', 'NUM'].includes((tokens[f] as Token).pos) || ['phone', 'telephone', 'video', 'bilateral', 'a', 'an', 'the', 'their', 'his', 'her', 'its', 'closed-door', 'face-to-face'].includes((tokens[f] as Token).lower)) && !this.mentionAt(f))) f--;
    if (!['after', 'during', 'in', 'following', 'at'].includes(tokens[f]?.lower ?? '')) return null;
    if (tokens[f + 1]?.lower === 'the' && tokens[k]?.lower === 'talks') return null;
    let main = -1;
    let clause = -1;
    let before = f - 1;
    while (before >= s.first && (tokens[before] as Token).pos === 'ADV') before--;
    const opensClause = before < s.first || (before === s.first && (tokens[before] as Token).lower.endsWith('ing')) || tokens[before]?.text === ',';
    if (opensClause) {
      // The main clause follows the phrase's comma.
      let c = k + 1;
      while (c < s.end && (tokens[c] as Token).text !== ',' && !CLAUSE_BREAKS.has((tokens[c] as Token).text)) c++;
      if (tokens[c]?.text !== ',') return null;
      clause = c + 1;
      for (let j = c + 1; j < Math.min(s.end, c + 14); j++) {
        const t = tokens[j] as Token;
        if (t.pos === 'VERB' && !t.lower.endsWith('ing') && tokens[j - 1]?.lower !== 'to') {
          main = j;
          break;
        }
      }
    } else {
      main = this.previousFiniteVerb(before, s);
      if (main !== -1 && before - main > 8) main = -1;
    }
    if (main === -1) return null;
    const frame = this.subjectOf(main, s);
    const mod = this.modality(frame.clauseStart, main, s);
    if (mod.negated || mod.irrealis) return null;
    // The phrase opens the sentence: the subject starts right after its comma.
    const subjects = clause === -1 ? frame.subjects : this.frame(clause, main, 'agent', s, main, 0).subjects;
    if (subjects.length === 0) return null;
    const lemma = verbLemma(tokens[main] as Token);
    const told = main < k && ['tell', 'assure', 'inform', 'brief', 'urge', 'ask', 'thank', 'congratulate', 'invite', 'warn'].includes(lemma) ? this.objectAfter(main + 1, s, 'target', 3) : [];
    return { agents: [...subjects], told };
  }

  /** "X received a (phone) call from Y", "took a call from Y": X, when Y is the agent of the call. */
  protected callReceiver(k: number, s: Sentence, callers: readonly Arg[]): Arg[] {
    const { tokens } = this;
    if (!['call', 'calls'].includes((tokens[k] as Token).lower) || tokens[k + 1]?.lower !== 'from' || callers.length === 0) return [];
    let f = k - 1;
    while (f > s.first && ['a', 'the', 'phone', 'telephone', 'video', 'brief', 'rare', 'first'].includes((tokens[f] as Token).lower)) f--;
    const v = tokens[f];
    if (!v || !this.isVerb(v) || !['receive', 'take', 'get', 'answer'].includes(verbLemma(v))) return [];
    const frame = this.subjectOf(f, s);
    const mod = this.modality(frame.clauseStart, f, s);
    if (mod.negated || mod.irrealis) return [];
    const sides = new Set(callers.map((a) => this.sideOf(a.actorId)));
    return frame.subjects.filter((a) => !sides.has(this.sideOf(a.actorId)));
  }

  /** "X and Y have been in talks", "X is in talks with Y", "remain in negotiations": the copula's subjects. */
  protected inTalks(k: number, s: Sentence): Arg[] {
    const { tokens } = this;
    let f = k - 1;
    while (f > s.first && ['direct', 'indirect', 'peace', 'ceasefire', 'intense', 'intensive', 'advanced', 'active', 'ongoing', 'secret', 'serious'].includes((tokens[f] as Token).lower)) f--;
    if (tokens[f]?.lower !== 'in') return [];
    let b = f - 1;
    while (b > s.first && (tokens[b] as Token).pos === 'ADV') b--;
    const be = tokens[b];
    if (!be || !['is', 'are', 'was', 'were', 'been', 'remain', 'remains', 'remained', 'be'].includes(be.lower)) return [];
    const frame = this.subjectOf(b, s);
    const mod = this.modality(frame.clauseStart, b, s);
    if (mod.negated || mod.irrealis || this.governedByDenial(b, s)) return [];
    return [...frame.subjects];
  }

  /**
   * The two parties a host receives: "the two sides", "both delegations", "delegations from X and Y",
   * "a meeting of X and Y", "together X and Y", "X and Y together".
   */
  protected guestParties(after: number, s: Sentence): Arg[] {
    const { tokens } = this;
    let j = after;
    if (tokens[j]?.lower === 'together') j++;
    const dyad = this.dyadPhraseAt(j, s);
    if (dyad) return dyad.args;
    if (tokens[j]?.lower === 'a' || tokens[j]?.lower === 'the') j++;
    // ("hosted the foreign ministers of Armenia and Azerbaijan ... for talks": officials of both, for talks.)
    let t = j;
    while (t < j + 3 && ['foreign', 'defence', 'defense', 'prime', 'top', 'chief'].includes(tokens[t]?.lower ?? '')) t++;
    const officialsOf = ['ministers', 'presidents', 'heads', 'counterparts'].includes(tokens[t]?.lower ?? '') && ['from', 'of'].includes(tokens[t + 1]?.lower ?? '') && this.forTalksAfter(t + 2, s);
    if (officialsOf) j = t + 2;
    else if (['delegations', 'representatives', 'envoys', 'negotiators', 'leaders', 'meeting', 'talks', 'officials'].includes(tokens[j]?.lower ?? '') && ['from', 'of'].includes(tokens[j + 1]?.lower ?? '')) j += 2;
    else if (tokens[after]?.lower !== 'together' && !['delegations', 'leaders'].includes(tokens[this.lastMentionEnd(j, s)]?.lower ?? '') && tokens[this.lastMentionEnd(j, s)]?.lower !== 'together' && !this.forTalksAfter(this.lastMentionEnd(j, s), s)) return [];
    const pair = this.objectAfter(j, s, 'target', 2);
    if (pair.length !== 2) return [];
    const [a, b] = pair as [Arg, Arg];
    return this.sideOf(a.actorId) === this.sideOf(b.actorId) ? [] : pair;
  }

  /** "... in Almaty in May for talks on the border": a purpose of talks after `from`, within the clause. */
  protected forTalksAfter(from: number, s: Sentence): boolean {
    const { tokens } = this;
    for (let j = Math.max(from, s.first); j < Math.min(s.end, from + 14); j++) {
      const w = tokens[j] as Token;
      if (CLAUSE_BREAKS.has(w.text) || w.text === ';' || (this.isVerb(w) && !w.lower.endsWith('ed'))) return false;
      if (w.lower !== 'for') continue;
      let q = j + 1;
      while (q < Math.min(s.end, j + 5) && ['a', 'an', 'the', 'round', 'of', 'direct', 'fresh', 'new', 'peace', 'trilateral', 'bilateral', 'first', 'second', 'third'].includes((tokens[q] as Token).lower)) q++;
      return ['talks', 'negotiations', 'summit', 'meeting', 'discussions', 'consultations'].includes(tokens[q]?.lower ?? '');
    }
    return false;
  }

  /** "as facilitators", "as an observer" within the phrase after `from`: the role of a third side. */
  protected asThirdParty(from: number, s: Sentence): 'mediator' | 'observer' | null {
    const { tokens } = this;
    for (let j = from; j < Math.min(s.end, from + 8); j++) {
      const w = tokens[j] as Token;
      if (CLAUSE_BREAKS.has(w.text) || w.text === ',' || (this.isVerb(w) && j > from)) return null;
      if (w.lower !== 'as') continue;
      let q = j + 1;
      if (['a', 'an', 'the', 'joint', 'co', 'neutral'].includes(tokens[q]?.lower ?? '')) q++;
      const role = tokens[q]?.lower ?? '';
      if (['facilitators', 'facilitator', 'mediators', 'mediator', 'intermediaries', 'intermediary', 'hosts', 'host', 'co-chairs', 'co-chair', 'chair', 'brokers', 'broker'].includes(role)) return 'mediator';
      if (['observers', 'observer', 'guarantors', 'guarantor', 'witnesses', 'witness', 'guests', 'guest'].includes(role)) return 'observer';
      return null;
    }
    return null;
  }

  /** "..., with Egypt and Qatar acting as mediators": the helpers mediate between the clause's parties. */
  protected actingWith(k: number, s: Sentence): boolean {
    const v = this.absoluteWith(k, s);
    if (v === -1) return false;
    const { tokens } = this;
    const lemma = verbLemma(tokens[v] as Token);
    let role: 'mediator' | 'observer' | null = ['host', 'mediate', 'facilitate', 'chair', 'broker'].includes(lemma) ? 'mediator' : null;
    if (role === null && tokens[v + 1]?.lower === 'as') role = this.asThirdParty(v + 1, s);
    // "resumed peace talks, with Venezuela, Cuba and Norway acting as guarantors": guarantors of
    // talks under way facilitate them (guarantors of a deal signed only witness it).
    if (role === 'observer' && tokens.slice(v + 1, Math.min(s.end, v + 5)).some((w) => ['guarantors', 'guarantor'].includes(w.lower)) && tokens.slice(s.first, k).some((w) => ['talks', 'negotiations', 'dialogue'].includes(w.lower)) && !tokens.slice(s.first, k).some((w) => ['signed', 'sign', 'signing', 'deal', 'agreement', 'accord'].includes(w.lower))) role = 'mediator';
    if (role !== 'mediator') return true;
    let talks = false;
    for (let j = s.first; j < k; j++) {
      const w = tokens[j] as Token;
      if (TALKS_NOUNS.has(w.lower) || (this.isVerb(w) && ['agree', 'swap', 'exchange', 'negotiate', 'sign', 'reach', 'talk', 'meet', 'conclude'].includes(verbLemma(w)))) talks = true;
    }
    if (!talks) return true;
    let j = k + 1;
    if (tokens[j]?.lower === 'the') j++;
    const helpers = this.objectAfter(j, s, 'agent', 3);
    // "Armenia and Azerbaijan have been in talks, with Washington mediating": the clause may have no main verb.
    const main = this.previousFiniteVerb(k - 1, s);
    const mod = main === -1 ? this.modality(s.first, k, s) : this.modality(this.subjectOf(main, s).clauseStart, main, s);
    if (mod.negated || mod.irrealis) return true;
    // The subjects of "have been in talks": a copula, not a finite verb.
    const be = main === -1 ? this.firstBeBefore(k, s) : -1;
    const copulaSubjects = be === -1 ? [] : this.subjectOf(be, s).subjects;
    const { args, inferred } = copulaSubjects.length === 2 ? { args: [...copulaSubjects], inferred: true } : this.parties(k, s);
    const sides = new Set(helpers.map((a) => this.sideOf(a.actorId)));
    if (args.length !== 2 || args.some((a) => sides.has(this.sideOf(a.actorId)))) return true;
    this.emit('MEDIATES', helpers, args, s, 0.75 * (inferred ? 0.85 : 1) * (mod.hedged ? 0.7 : 1), this.claimantFor(k, s), false);
    return true;
  }

  /** "The meeting between X and Y was cancelled", "was called off": it never took place. */
  protected calledOff(from: number, s: Sentence): boolean {
    // "Talks between Manila and the BIFF, a breakaway faction, have not resumed": past an apposition.
    if (this.tokens[from]?.text === ',' && this.tokens[from + 1]?.pos === 'DET') {
      let e = from + 1;
      while (e < Math.min(s.end, from + 8) && this.tokens[e]?.text !== ',') e++;
      if (this.tokens[e]?.text === ',') from = e + 1;
    }
    for (let j = from; j < Math.min(s.end, from + 5); j++) {
      const w = (this.tokens[j] as Token).lower;
      if (['cancelled', 'canceled', 'postponed', 'scrapped', 'shelved', 'delayed', 'deferred', 'aborted', 'cancel', 'postpone', 'scrap'].includes(w)) return true;
      if (w === 'called' && this.tokens[j + 1]?.lower === 'off') return true;
      // "have not resumed", "have yet to begin", "never took place": talks that are not held.
      if (['not', "n't", 'never'].includes(w) || (w === 'yet' && this.tokens[j + 1]?.lower === 'to')) {
        let h = j + 1;
        while (h < Math.min(s.end, j + 4) && ['yet', 'to', 'been', 'be', 'formally', 'officially', 'even'].includes((this.tokens[h] as Token).lower)) h++;
        if (['resumed', 'resume', 'started', 'start', 'begun', 'begin', 'began', 'restarted', 'taken', 'took', 'held', 'happened', 'materialised', 'materialized', 'opened', 'convened'].includes(this.tokens[h]?.lower ?? '')) return true;
      }
      if (CLAUSE_BREAKS.has(w) || w === ',') return false;
    }
    return false;
  }

  /** "held talks", "had talks": a meeting in person (not "indirect", "virtual" or "phone" talks). */
  /**
   * "during talks with Putin in Moscow, Witkoff ...", "Modi's talks with Xi": talks of named people
   * with each other are a meeting (a call, too); talks of states or armed groups may be indirect.
   */
  protected personalTalks(k: number, s: Sentence, agents: readonly Arg[], targets: readonly Arg[]): boolean {
    if (!['talks', 'negotiations', 'discussions', 'consultations'].includes((this.tokens[k] as Token).lower) || agents.length === 0 || targets.length === 0) return false;
    const person = (a: Arg): boolean => this.info(a.actorId)?.type === 'PERSON';
    if (!agents.every(person) || !targets.every(person)) return false;
    for (let j = Math.max(s.first, k - 4); j < k; j++) if (['indirect', 'proximity', 'mediated', 'brokered'].includes((this.tokens[j] as Token).lower)) return false;
    return true;
  }

  /** Agents of a nominal trigger: a modifier or possessor, "by X", or the subjects of a light verb. */
  /**
   * The sides of talks named as the setting of an outcome ("failed to reach a deal in talks in
   * Istanbul", "reached no agreement during talks"), whether or not the outcome came; [] when the
   * talks are still to come ("would reach a deal at talks next week"); null when the noun at `k`
   * is not so framed.
   */
  protected talksWithoutOutcome(k: number, s: Sentence): Arg[] | null {
    const { tokens } = this;
    let j = k - 1;
    const skipModifiers = (): void => {
      while (j > s.first && ['ADJ', 'NUM'].includes((tokens[j] as Token).pos) && !this.mentionAt(j)) j--;
    };
    skipModifiers();
    if (tokens[j]?.lower === 'of' && ['round', 'rounds', 'series'].includes(tokens[j - 1]?.lower ?? '')) {
      j -= 2;
      skipModifiers();
    }
    if (['a', 'an', 'the'].includes(tokens[j]?.lower ?? '')) j--;
    if (!['in', 'during', 'at'].includes(tokens[j]?.lower ?? '')) return null;
    for (let v = j - 1; v >= Math.max(s.first, j - 8); v--) {
      const w = tokens[v] as Token;
      if (CLAUSE_BREAKS.has(w.text) || w.text === ',') return null;
      if (w.pos !== 'VERB' || !OUTCOME_VERBS.has(verbLemma(w))) continue;
      // "failed to reach": the subject and the modality are those of "failed".
      const head = tokens[v - 1]?.lower === 'to' && ['fail', 'struggle'].includes(verbLemma(tokens[v - 2] ?? w)) ? v - 2 : v;
      const frame = this.subjectOf(head, s);
      if (frame.subjects.length < 2) return null;
      const irrealis = tokens.slice(frame.clauseStart, head).some((t) => ['will', "'ll", 'would', 'could', 'may', 'might', 'should', 'hope', 'hopes', 'expected', 'aim', 'aims'].includes(t.lower));
      return irrealis ? [] : [...frame.subjects];
    }
    return null;
  }

  protected nounAgents(k: number, s: Sentence, trig: NounTrigger): Arg[] {
    // "Turkey criticised Israel for its strikes on Syria": the one blamed owns the act.
    if (trig.type === 'ATTACKS') {
      let j = k - 1;
      while (j > s.first && ['ADJ', 'NOUN'].includes((this.tokens[j] as Token).pos) && !this.mentionAt(j)) j--;
      const owner = ['its', 'their'].includes(this.tokens[j]?.lower ?? '') && this.tokens[j - 1]?.lower === 'for' ? this.mentionAt(j - 2) : null;
      const verb = owner ? this.tokens[owner.first - 1] : undefined;
      if (owner && owner.end === j - 1 && verb && this.isVerb(verb) && (VERB_TRIGGERS.get(verbLemma(verb)) ?? []).some((r) => ['CRITICIZES', 'ACCUSES'].includes(r.type))) {
        const arg = this.argOf(owner, 'agent');
        if (arg) return [arg];
      }
    }
    let direct = this.nounAgent(k, s);
    // "U.S.-mediated talks": the mediator glued to its participle does not hold the talks.
    if (direct?.mention && this.gluedMediator(direct.mention) && (trig.type === 'NEGOTIATES_WITH' || trig.type === 'MEETS_WITH')) direct = null;
    if (direct) {
      // "U.S. and British strikes on Houthi targets": coordinated modifiers are all agents.
      const m = direct.mention;
      if (trig.type === 'ATTACKS' && m && m.end <= k && this.tokens[m.first - 1]?.lower === 'and') {
        const all = this.coordinatedEndingAt(m, s, 'agent');
        const first = all[0]?.mention;
        const opener = first ? this.tokens[first.first - 1] : undefined;
        // Not "In Lebanon and Israeli ...": the list must open the noun phrase.
        if (all.length > 1 && all.every((a) => a.mention && !this.locative(a.mention)) && (!opener || opener.pos !== 'ADP' || ['after', 'by', 'of'].includes(opener.lower))) return all;
      }
      return [direct];
    }
    const { tokens } = this;
    // "died in an attack claimed by the TTP": the participle right after the noun names the agent.
    // ("an attack blamed on ISWAP", "a raid attributed to the RSF": the one it is laid on.)
    const laidOn = ({ claimed: 'by', blamed: 'on', attributed: 'to' } as Record<string, string>)[tokens[k + 1]?.lower ?? ''];
    if (trig.type === 'ATTACKS' && laidOn !== undefined && tokens[k + 2]?.lower === laidOn) {
      const agents = this.objectAfter(k + 3, s, 'agent', 3);
      if (agents.length > 0) return agents.map((a) => ({ ...a, weight: a.weight * 0.85 }));
    }
    // "The strike on the Iranian consulate, widely blamed on Israel,", "the bombing, claimed by IS,": an aside names the agent.
    if (trig.type === 'ATTACKS') {
      for (let j = k + 1; j < Math.min(s.end, k + 10); j++) {
        const t = tokens[j] as Token;
        if (CLAUSE_BREAKS.has(t.text) || (this.isVerb(t) && !['blamed', 'claimed', 'attributed'].includes(t.lower))) break;
        if (t.text !== ',') continue;
        let q = j + 1;
        if (tokens[q]?.lower === 'which' && ['was', 'has', 'is'].includes(tokens[q + 1]?.lower ?? '')) q += 2;
        if (tokens[q]?.lower === 'been') q++;
        while (q < j + 5 && tokens[q]?.pos === 'ADV') q++;
        const by = ({ blamed: 'on', claimed: 'by', attributed: 'to' } as Record<string, string>)[tokens[q]?.lower ?? ''];
        if (by && tokens[q + 1]?.lower === by) {
          const agents = this.objectAfter(q + 2, s, 'agent', 3);
          if (agents.length > 0) return agents.map((a) => ({ ...a, weight: a.weight * 0.85 }));
        }
        break;
      }
    }
    // "The assault on Malian positions was carried out by JNIM fighters".
    if (trig.type === 'ATTACKS') {
      for (let j = k + 1; j < Math.min(s.end, k + 12); j++) {
        const t = tokens[j] as Token;
        if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || RELATIVES.has(t.lower)) break;
        if (!['carried', 'conducted', 'launched', 'staged', 'claimed', 'mounted', 'perpetrated', 'committed'].includes(t.lower)) continue;
        const by = tokens[j + 1]?.lower === 'out' ? j + 2 : j + 1;
        if (tokens[by]?.lower === 'by' && BE_FORMS.has(tokens[j - 1]?.lower ?? '')) {
          const agents = this.objectAfter(by + 1, s, 'agent', 3);
          if (agents.length > 0) return agents;
        }
        break;
      }
    }
    // "X is suspected of killing villagers in an attack on Congolese troops": the clause's subject.
    if (trig.type === 'ATTACKS') {
      let j = k - 1;
      while (j > s.first && ['ADJ', 'NUM'].includes((tokens[j] as Token).pos)) j--;
      if (['a', 'an', 'the'].includes(tokens[j]?.lower ?? '') && ['in', 'during'].includes(tokens[j - 1]?.lower ?? '')) {
        const main = this.previousFiniteVerb(j - 2, s);
        if (main === -1) return [];
        const frame = this.subjectOf(main, s);
        const mod = this.modality(frame.clauseStart, k, s);
        if (frame.subjects.length > 0 && !mod.negated && !mod.irrealis) return [...frame.subjects];
        return [];
      }
    }
    // "failed to reach a deal in a third round of talks", "reached no agreement during talks": talks
    // held without the outcome sought were still held, by the subjects of the outcome's verb.
    if (trig.type === 'NEGOTIATES_WITH' || trig.type === 'MEETS_WITH') {
      const held = this.talksWithoutOutcome(k, s);
      if (held !== null) return held;
    }
    // "M23 seized Walikale after days of fighting with Congolese troops": the main clause's subject
    // is one side of the fighting it came out of.
    if (trig.type === 'ATTACKS' && trig.between && tokens[this.skipNouns(k + 1, s)]?.lower === 'with') {
      let j = k - 1;
      while (j > s.first && ['ADJ'].includes((tokens[j] as Token).pos) && !this.mentionAt(j)) j--;
      if (tokens[j]?.lower === 'of' && ['days', 'weeks', 'months', 'hours', 'years'].includes(tokens[j - 1]?.lower ?? '')) j -= 2;
      while (j > s.first && ['ADJ', 'NUM'].includes((tokens[j] as Token).pos) && !this.mentionAt(j)) j--;
      if (['after', 'during', 'amid', 'following'].includes(tokens[j]?.lower ?? '')) {
        const main = this.previousFiniteVerb(j - 1, s);
        if (main === -1) return [];
        const frame = this.subjectOf(main, s);
        const mod = this.modality(frame.clauseStart, main, s);
        if (frame.subjects.length > 0 && !mod.negated && !mod.irrealis) return frame.subjects.map((a) => ({ ...a, weight: a.weight * 0.9 }));
        return [];
      }
    }
    // "held a fourth round of indirect nuclear talks": the light verb may stand a few modifiers away.
    for (let j = k - 1; j >= Math.max(s.first, k - 9); j--) {
      const t = tokens[j] as Token;
      // "launched "merciless" strikes": quotation marks around a modifier of the noun.
      if (this.quotedModifier(j, k)) continue;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',') return [];
      // "held a round of U.S.-mediated talks": a mediator glued to a participle is no agent of the talks.
      const inside = this.mentionAt(j);
      if (inside && (trig.type === 'NEGOTIATES_WITH' || trig.type === 'MEETS_WITH') && this.gluedMediator(inside)) {
        j = inside.first;
        continue;
      }
      if (inside && j < k - 1) return [];
      // "had a phone call with X": "have" carries talks and calls only.
      // "had lunch with X", "had talks with X": "had/AUX" right before the noun.
      const had = (t.pos === 'VERB' || (t.pos === 'AUX' && (['a', 'an'].includes(tokens[j + 1]?.lower ?? '') || (j === k - 1 && ['lunch', 'dinner', 'breakfast', 'talks'].includes((tokens[k] as Token).lower))))) && t.lemma === 'have' && (trig.type === 'MEETS_WITH' || trig.type === 'NEGOTIATES_WITH');
      // "Australia has a security agreement with PNG", "Russia clinched a deal with": an agreement held or won.
      // "Azerbaijan and Armenia are bound by a peace agreement".
      const clinched = trig.type === 'AGREES_WITH' && (((t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma === 'have' && ['a', 'an'].includes(tokens[j + 1]?.lower ?? ''))) && ['have', 'clinch', 'forge', 'secure', 'hammer', 'cement'].includes(verbLemma(t))) || (t.lower === 'bound' && tokens[j + 1]?.lower === 'by' && BE_FORMS.has(tokens[j - 1]?.lower ?? '')));
      // "The Israeli cabinet approved the deal with Hamas": approving an agreement makes it.
      const ratified = (t.pos === 'VERB' && trig.type === 'AGREES_WITH' && ['approve', 'ratify', 'declare', 'accept', 'commit', 'implement', 'observe'].includes(verbLemma(t))) ||
        // "hosted a dinner for X": the host dined with the guest.
        (t.pos === 'VERB' && trig.type === 'MEETS_WITH' && ['host', 'give', 'throw'].includes(verbLemma(t)) && ['dinner', 'lunch', 'breakfast'].includes((tokens[k] as Token).lower));
      // "reaffirmed its support for Ukraine", "reiterated its backing for": support restated is support.
      const restated = trig.type === 'SUPPORTS' && t.pos === 'VERB' && SUPPORT_RESTATING_VERBS.has(verbLemma(t));
      // "have completed negotiations on the text", "wrapped up talks": talks brought to an end were held.
      const concluded = t.pos === 'VERB' && (trig.type === 'NEGOTIATES_WITH' || trig.type === 'MEETS_WITH') && ['complete', 'wrap', 'finish', 'end', 'close'].includes(verbLemma(t));
      // "Putin ordered the invasion of Ukraine": who orders an attack makes it.
      const ordered = trig.type === 'ATTACKS' && t.pos === 'VERB' && ['order', 'authorise', 'authorize'].includes(verbLemma(t));
      // "Ukraine hit back with strikes on Russian refineries", "retaliated with airstrikes": the answer's strikes.
      const answeredWith = trig.type === 'ATTACKS' && t.pos === 'VERB' && (tokens[j + 1]?.lower === 'with' || (tokens[j + 1]?.lower === 'back' && tokens[j + 2]?.lower === 'with')) && ['retaliate', 'respond', 'react', 'hit', 'strike', 'answer'].includes(verbLemma(t)) && (verbLemma(t) !== 'hit' && verbLemma(t) !== 'strike' ? true : tokens[j + 1]?.lower === 'back');
      // "as Israel pressed its offensive against Hamas": an offensive pursued is the pursuer's.
      // ("kept up its strikes on Hezbollah", "pushed its offensive against Ukrainian forces", "sustained its shelling".)
      const pursued = trig.type === 'ATTACKS' && t.pos === 'VERB' && (['press', 'pursue', 'expand', 'widen', 'broaden', 'sustain', 'maintain'].includes(verbLemma(t)) || (verbLemma(t) === 'keep' && tokens[j + 1]?.lower === 'up') || (verbLemma(t) === 'push' && ['its', 'their'].includes(tokens[j + 1]?.lower ?? ''))) && this.isVerb(t);
      if ((t.pos === 'VERB' && LIGHT_VERBS.has(verbLemma(t))) || had || clinched || ratified || restated || concluded || ordered || answeredWith || pursued) {
        if (trig.type === 'ACCUSES' && ['reject', 'deny', 'dismiss'].includes(t.lemma)) return [];
        const frame = this.subjectOf(j, s);
        const mod = this.modality(frame.clauseStart, j, s);
        if (mod.negated || mod.irrealis) return [];
        return [...frame.subjects];
      }
    }
    return [];
  }

  /** "The negotiations between X and Y were": a talks noun heads the clause that ends at the be-form `be`. */
  protected talksSubject(be: number, s: Sentence): boolean {
    for (let q = be - 1; q >= Math.max(s.first, be - 8); q--) {
      const w = this.tokens[q] as Token;
      if (TALK_EVENTS.has(w.lower) || w.lower === 'process') return q === be - 1 || this.tokens[q + 1]?.lower === 'between';
      if (this.isVerb(w) || CLAUSE_BREAKS.has(w.text)) return false;
    }
    return false;
  }

  /** An agreement noun heads the passive "negotiated" at `v`: "the truce ... was negotiated by", "the deal, negotiated by". */
  protected negotiatedDeal(v: number, s: Sentence, beBefore: boolean): boolean {
    const { tokens } = this;
    let j = beBefore ? this.beIndex(v, s) - 1 : v - 1;
    if (tokens[j]?.text === ',') j--;
    // "The ceasefire between Israel and Hezbollah was negotiated": past the "between" phrase.
    for (let q = j; q >= Math.max(s.first, j - 8); q--) {
      const w = (tokens[q] as Token).lower;
      if (['ceasefire', 'truce', 'deal', 'agreement', 'accord', 'exchange', 'swap', 'settlement', 'pact', 'treaty', 'arrangement'].includes(w)) return q === j || tokens[q + 1]?.lower === 'between';
      if (this.isVerb(tokens[q]) || CLAUSE_BREAKS.has(w)) return false;
    }
    return false;
  }

  /**
   * "Qatar led the talks", "Rubio, who oversaw the negotiations", "The AU has led mediation efforts",
   * "its envoy passed messages between the two sides": who runs the talks of others mediates them.
   */
  protected ledTalks(v: number, s: Sentence): void {
    const { tokens } = this;
    let o = v + 1;
    if (['messages', 'message', 'proposals'].includes(tokens[o]?.lower ?? '')) {
      if (tokens[o + 1]?.lower !== 'between') return;
    } else {
      while (o < Math.min(s.end, v + 6) && ['the', 'a', 'an', 'these', 'those', 'several', 'two', 'three', 'many', 'previous', 'last', 'latest', 'new', 'direct', 'indirect', 'peace', 'ceasefire', 'first', 'second', 'third', 'recent', 'current', 'international', 'regional', 'mediation', 'diplomatic', 'rounds', 'round', 'of'].includes((tokens[o] as Token).lower)) {
        if ((tokens[o] as Token).lower === 'mediation' && !['efforts', 'effort', 'process', 'talks'].includes(tokens[o + 1]?.lower ?? '')) break;
        o++;
      }
      const head = (tokens[o] as Token | undefined)?.lower ?? '';
      // "Witkoff, who has led the U.S. effort, met ...": a state's effort, with a pair in talks in view.
      if (this.mentionAt(o) && this.ledOwnEffort(v, o, s)) return;
      if (!TALK_EVENTS.has(head) && !['mediation', 'efforts', 'effort', 'process', 'rounds', 'round'].includes(head)) return;
      if (['efforts', 'effort'].includes(head) && tokens[o - 1]?.lower !== 'mediation' && tokens[o - 1]?.lower !== 'peace') return;
    }
    const frame = this.subjectOf(v, s);
    if (frame.subjects.length === 0) return;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis || this.offerCueBefore(v, s) !== -1) return;
    const { args, inferred } = this.parties(v + 1, s);
    if (args.length === 0 || (args.length === 1 && inferred)) return;
    const sides = new Set(args.map((a) => this.sideOf(a.actorId)));
    if (frame.subjects.some((a) => sides.has(this.sideOf(a.actorId)) || sides.has(this.kb.governorOf.get(a.actorId) ?? ''))) return;
    this.emit('MEDIATES', frame.subjects, args, s, 0.75 * (inferred ? 0.8 : 1) * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), false);
  }

  /**
   * "Washington has been pushing both sides to reach a deal", "IGAD has been pressing both sides to
   * return to the table", "is pressing Armenia and Azerbaijan to resume talks": who keeps pressing two
   * sides towards talks or an agreement mediates between them. A single appeal ("urged both sides to
   * return to talks") is a demand only, and so is restraint, a truce kept or a withdrawal.
   */
  protected urgedTowardsTalks(v: number, s: Sentence): void {
    const { tokens } = this;
    // The progressive of an ongoing role: "has been pushing", "is pressing", "kept urging".
    const be = tokens[v - 1]?.pos === 'ADV' ? v - 2 : v - 1;
    const ongoing = (tokens[v] as Token).lower.endsWith('ing') && (['been', 'is', 'are', 'was', 'were', "'s", "'re"].includes(tokens[be]?.lower ?? '') || ['keep', 'continue'].includes(verbLemma((tokens[be] ?? tokens[v]) as Token)));
    if (!ongoing) return;
    let o = v + 1;
    if (verbLemma(tokens[v] as Token) === 'call') {
      if (tokens[o]?.lower !== 'on') return;
      o++;
    }
    const dyad = this.dyadPhraseAt(o, s);
    const args = dyad ? dyad.args : this.objectAfter(o, s, 'target', 2);
    const end = dyad ? dyad.end : (args[args.length - 1]?.mention?.end ?? -1);
    if (args.length !== 2 || end === -1 || tokens[end]?.lower !== 'to') return;
    if (this.sideOf((args[0] as Arg).actorId) === this.sideOf((args[1] as Arg).actorId)) return;
    if (!this.towardsTalks(end + 1, s)) return;
    const frame = this.subjectOf(v, s);
    const sides = new Set(args.map((a) => this.sideOf(a.actorId)));
    const agents = frame.subjects.filter((a) => !sides.has(this.sideOf(a.actorId)) && !sides.has(this.kb.governorOf.get(a.actorId) ?? ''));
    if (agents.length === 0 || agents.length !== frame.subjects.length) return;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    this.emit('MEDIATES', agents, args, s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), false);
  }

  /** "return to the table", "resume talks", "keep talking", "reach a deal", "agree on a ceasefire" at `j`. */
  protected towardsTalks(j: number, s: Sentence): boolean {
    const { tokens } = this;
    const t = tokens[j];
    if (!t || j >= s.end) return false;
    const lemma = verbLemma(t);
    const ahead = (n: number, words: readonly string[]): boolean => {
      for (let q = j + 1; q < Math.min(s.end, j + 1 + n); q++) {
        const w = (tokens[q] as Token).lower;
        if (words.includes(w)) return true;
        if (CLAUSE_BREAKS.has(w) || w === ',') return false;
      }
      return false;
    };
    const TALKS = ['talks', 'negotiations', 'dialogue', 'table', 'negotiating'];
    const DEALS = ['deal', 'agreement', 'accord', 'settlement', 'ceasefire', 'truce', 'compromise', 'understanding', 'peace'];
    if (['negotiate', 'talk', 'agree', 'compromise'].includes(lemma)) return true;
    if (['return', 'come', 'resume', 'restart', 'continue', 'pursue', 'join', 'engage', 'enter', 'revive', 'hold'].includes(lemma)) return ahead(5, TALKS);
    if (lemma === 'keep') return ['talking', 'negotiating'].includes(tokens[j + 1]?.lower ?? '');
    if (lemma === 'sit') return tokens[j + 1]?.lower === 'down' || ahead(4, TALKS);
    if (['reach', 'sign', 'conclude', 'finalise', 'finalize', 'seal', 'strike', 'clinch', 'accept', 'work'].includes(lemma)) return ahead(5, [...DEALS, 'proposal', 'plan', 'framework']);
    if (['make'].includes(lemma)) return ahead(3, ['concessions', 'compromises']);
    if (['narrow', 'bridge', 'settle', 'resolve'].includes(lemma)) return ahead(3, ['differences', 'gaps', 'gap', 'dispute', 'disputes']);
    return false;
  }

  /**
   * "Witkoff, who has led the U.S. effort, met Netanyahu", "Boulos leads Washington's push": a
   * third state's effort led while two sides are in talks is the mediation of those talks. True when
   * the phrase at `o` (a mention) is such an effort, whether it mediates or not.
   */
  protected ledOwnEffort(v: number, o: number, s: Sentence): boolean {
    const { tokens } = this;
    const m = this.mentionAt(o) as Mention;
    let h = m.end;
    if (tokens[h]?.lower === "'s") h++;
    while (h < s.end && ['diplomatic', 'mediation', 'peace', 'negotiating', 'latest', 'renewed'].includes((tokens[h] as Token).lower)) h++;
    if (!['effort', 'efforts', 'push', 'initiative', 'diplomacy', 'bid'].includes(tokens[h]?.lower ?? '')) return false;
    // "led the U.S. effort to rebuild Gaza": an effort of another kind.
    if (tokens[h + 1]?.lower === 'to' && !['broker', 'mediate', 'end', 'secure', 'reach', 'revive', 'bring', 'negotiate', 'halt', 'stop'].includes(verbLemma((tokens[h + 2] ?? tokens[h]) as Token))) return true;
    const owner = this.argOf(m, 'agent');
    const pair = this.talksInView(s);
    if (!owner || pair.length !== 2 || s.index - this.memory.talksSentence > 3) return true;
    const sides = new Set(pair.map((a) => this.sideOf(a.actorId)));
    const frame = this.subjectOf(v, s);
    if (frame.subjects.length === 0 || sides.has(this.sideOf(owner.actorId))) return true;
    if (frame.subjects.some((a) => sides.has(this.sideOf(a.actorId)) || sides.has(this.kb.governorOf.get(a.actorId) ?? ''))) return true;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis || this.offerCueBefore(v, s) !== -1) return true;
    this.emit('MEDIATES', frame.subjects, pair, s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), false);
    return true;
  }

  /** ", together with Egypt and the U.S.," / ", along with Qatar," right after the subject of the verb at `v`. */
  protected companionsOf(frame: VerbFrame, v: number): Arg[] {
    const { tokens } = this;
    const last = frame.subjects[frame.subjects.length - 1]?.mention;
    if (!last || last.end >= v) return [];
    let j = last.end;
    if (tokens[j]?.text !== ',') return [];
    j++;
    if (!['together', 'along'].includes(tokens[j]?.lower ?? '') || tokens[j + 1]?.lower !== 'with') return [];
    const end = tokens.slice(j + 2, v).findIndex((t) => t.text === ',');
    if (end === -1) return [];
    return this.argsIn(j + 2, j + 2 + end, 'agent');
  }

  /** "played a key role in the talks" before the noun at `k`: the subjects of "play". */
  protected roleHolders(k: number, s: Sentence): Arg[] {
    const { tokens } = this;
    let j = k - 1;
    if (['the', 'these', 'those'].includes(tokens[j]?.lower ?? '')) j--;
    if (tokens[j]?.lower !== 'in' || tokens[j - 1]?.lower !== 'role') return [];
    j -= 2;
    while (j > s.first && (tokens[j] as Token).pos === 'ADJ') j--;
    if (['a', 'an', 'the', 'its', 'their'].includes(tokens[j]?.lower ?? '')) j--;
    const verb = tokens[j];
    if (!verb || !this.isVerb(verb) || verbLemma(verb) !== 'play') return [];
    const frame = this.subjectOf(j, s);
    const mod = this.modality(frame.clauseStart, j, s);
    return mod.negated || mod.irrealis ? [] : [...frame.subjects];
  }

  /** "U.S.-mediated", "Qatari-brokered", "IGAD-led": a name glued to a participle of mediation. */
  protected gluedMediator(m: Mention): boolean {
    const dash = this.tokens[m.end];
    const word = this.tokens[m.end + 1]?.lower ?? '';
    return dash?.text === '-' && dash.space === '' && (GLUED_MEDIATION.has(word) || ['backed', 'led', 'sponsored', 'supported'].includes(word));
  }
}
