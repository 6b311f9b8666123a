import type { RelationType } from '../../domain/index.js';
import type { Sentence, Token } from '../nlp.js';
import type { Mention } from '../mentions.js';
import { ARTIFACT_NOUNS, CIVILIAN_SUPPORT_NOUNS, GIVE_LEMMAS, HANDOVER_LEMMAS, SUPPORT_NOUNS, TALKS_NOUNS } from '../triggers.js';
import { SPEECH_LEMMAS } from '../vocabulary.js';
import { AID_CARRIERS, AID_STOPPERS, ARMS_USED, TITLE_WORDS, type Arg, BACKER_NOUNS, BE_FORMS, CALENDAR_DAYS, CLAUSE_BREAKS, DEPLOYED_FORCES, FIGHT_PURPOSES, FORMER_WORDS, FRONTIER_NOUNS, GROUP_HEADS, HANDED_ARMS, HELP_PURPOSES, IRREALIS, LOCAL_AUTHORITIES, NEGATIONS, PROJECTILES, PROPOSAL_NOUNS, PROXY_NOUNS, RECOGNISED_CLAIMS, RELATIVES, SUBORDINATORS, USED_TERRITORY, verbLemma } from './words.js';
import { ClauseRules } from './clause.js';

/** Nouns of a side's forces between the one helped and what it is helped to do. */
const FORCE_NOUNS_HELPED = new Set(['forces', 'troops', 'army', 'military', 'fighters', 'government', 'authorities']);

/**
 * Backing and agreements: support given, received or alleged, and deals signed or reached.
 */
export class SupportRules extends ClauseRules {
  /** "X, funded and armed by Y": the first of two participles joined by "and" when `v` is the second, else `v`. */
  protected firstCoordinatedParticiple(v: number, s: Sentence): number {
    const first = this.tokens[v - 2];
    return v - 2 > s.first && this.tokens[v - 1]?.lower === 'and' && first && ['VERB', 'ADJ'].includes(first.pos) && this.isParticiple(first) ? v - 2 : v;
  }

  /** "funded and armed by Y": a second participle, then "by", at `after` (the token after the first participle). */
  protected coordinatedParticipleBy(after: number, s: Sentence): boolean {
    const second = this.tokens[after + 1];
    return after + 2 < s.end && this.tokens[after]?.lower === 'and' && !!second && second.pos === 'VERB' && this.isParticiple(second) && this.tokens[after + 2]?.lower === 'by';
  }

  /**
   * The token left of a participle at `v` once a leading adverb and a first coordinated participle
   * are skipped: the comma in "Syria, long backed by Iran," and "Hezbollah, funded and armed by Iran,".
   * An adverb that ends or denies the act ("once", "never") is not skipped.
   */
  protected leftOfParticiple(v: number, s: Sentence): number {
    const { tokens } = this;
    let j = this.firstCoordinatedParticiple(v, s) - 1;
    while (j > s.first && j >= v - 5) {
      const t = tokens[j] as Token;
      if (!(t.lower === 'long' || (t.pos === 'ADV' && !FORMER_WORDS.has(t.lower) && !NEGATIONS.has(t.lower) && !['formerly', 'previously', 'briefly', 'initially', 'originally', 'longer'].includes(t.lower)))) break;
      j--;
    }
    return j;
  }

  /** "Syria's government", "the Ethiopian government", "Mali's military junta" ending at `j`: the state its rulers run. */
  protected rulersOwnerAt(j: number, s: Sentence): Mention | null {
    const { tokens } = this;
    if (this.mentionAt(j) || !['government', 'junta', 'regime', 'administration', 'authorities', 'rulers'].includes(tokens[j]?.lower ?? '')) return null;
    let h = j - 1;
    while (h > s.first && h > j - 3 && ['military', 'ruling', 'new', 'federal', 'interim', 'transitional'].includes(tokens[h]?.lower ?? '')) h--;
    const possessive = tokens[h]?.lower === "'s";
    const owner = h > s.first ? this.mentionAt(possessive ? h - 1 : h) : null;
    return owner && !owner.place && (possessive || owner.form === 'demonym') && this.info(owner.actorId)?.kind === 'country' ? owner : null;
  }

  /**
   * "the Polisario Front, which Algeria hosts and arms,": a present-tense verb tagged as a noun at
   * `k`, after a relative pronoun and its named agent (and earlier coordinated verbs).
   */
  protected verbAfterRelativeAgent(k: number, s: Sentence): boolean {
    const { tokens } = this;
    let j = k - 1;
    while (j > s.first && j >= k - 4 && !this.mentionAt(j)) {
      const w = tokens[j] as Token;
      if (!(w.lower === 'and' || w.pos === 'ADV' || (w.lower.endsWith('s') && ['NOUN', 'VERB'].includes(w.pos)))) return false;
      j--;
    }
    const m = this.mentionAt(j);
    if (!m || m.place || m.end !== j + 1) return false;
    let r = m.first - 1;
    if (tokens[r]?.lower === 'the') r--;
    return ['which', 'whom', 'that'].includes(tokens[r]?.lower ?? '') && tokens[r - 1]?.text === ',';
  }

  /** "prisoner exchange", "prisoner swap", "an exchange of prisoners": an exchange the two sides agreed. */
  protected prisonerExchange(k: number): boolean {
    const { tokens } = this;
    if (!['exchange', 'swap', 'exchanges', 'swaps'].includes((tokens[k] as Token).lower)) return false;
    const captives = ['prisoner', 'prisoners', 'captive', 'captives', 'detainee', 'detainees', 'hostage', 'hostages', 'pow', 'pows', 'body', 'bodies'];
    return captives.includes(tokens[k - 1]?.lower ?? '') || (tokens[k + 1]?.lower === 'of' && captives.includes(tokens[k + 2]?.lower ?? ''));
  }

  /** "the deal with the group", "a truce with Hamas" at `after`: the one actor the deal is with. */
  protected dealWith(after: number, s: Sentence): Arg | null {
    const { tokens } = this;
    let j = after;
    while (j < s.end && j < after + 4 && (['a', 'an', 'the', 'new', 'its', 'their'].includes((tokens[j] as Token).lower) || ((tokens[j] as Token).pos === 'ADJ' && !this.mentionAt(j)))) j++;
    if (!['deal', 'truce', 'ceasefire', 'agreement', 'accord'].includes(tokens[j]?.lower ?? '') || tokens[j + 1]?.lower !== 'with') return null;
    const party = this.objectAfter(j + 2, s, 'target', 2);
    return party.length === 1 ? (party[0] as Arg) : null;
  }

  /**
   * "the Houthis, who are aligned with Iran", "the TTP, allied with the Afghan Taliban", "Kataib
   * Hezbollah, a powerful militia loyal to Iran", "the group is closely aligned with Tehran": the one
   * named after "with"/"to" backs the one described (as in "Iran-aligned Houthis"). A force aligned
   * with or loyal to a person is in his camp, and a former or denied alignment is none.
   */
  protected alignedWith(k: number, s: Sentence): boolean {
    const { tokens } = this;
    const loyal = (tokens[k] as Token).lower === 'loyal';
    const patrons = this.objectAfter(k + 2, s, 'agent', 2).filter((a) => !a.mention?.place);
    if (patrons.length === 0) return false;
    let j = k - 1;
    while (j > s.first && (tokens[j] as Token).pos === 'ADV' && !['not', 'never', 'longer', 'once', 'formerly', 'previously'].includes((tokens[j] as Token).lower)) j--;
    let described: Arg[] = [];
    let start = j;
    if (BE_FORMS.has(tokens[j]?.lower ?? '') || ['remain', 'remains', 'remained', 'become', 'became', 'becomes'].includes(tokens[j]?.lower ?? '')) {
      let b = j;
      while (b > s.first && (BE_FORMS.has((tokens[b] as Token).lower) || ['has', 'have', 'had', 'remain', 'remains', 'remained', 'become', 'became', 'becomes'].includes((tokens[b] as Token).lower))) b--;
      start = b;
      if (RELATIVES.has(tokens[b]?.lower ?? '') && tokens[b - 1]?.text === ',') {
        const m = this.mentionAt(b - 2);
        if (m && m.end === b - 1) described = this.coordinatedEndingAt(m, s, 'target');
      } else {
        described = [...this.subjectOf(j, s, 'target').subjects];
      }
    } else if (tokens[j]?.text === ',' && !loyal) {
      // "The TTP, allied with the Afghan Taliban, ...".
      const m = this.mentionAt(j - 1);
      if (m && m.end === j) described = this.coordinatedEndingAt(m, s, 'target');
    } else {
      // "Kataib Hezbollah, a powerful militia loyal to Iran": an apposition whose head is a group.
      let b = j;
      while (b > s.first && b > k - 6 && ['NOUN', 'ADJ', 'ADV'].includes((tokens[b] as Token).pos) && !this.mentionAt(b)) b--;
      if (['a', 'an', 'the'].includes(tokens[b]?.lower ?? '') && tokens[b - 1]?.text === ',' && GROUP_HEADS.has(tokens[j]?.lower ?? '')) {
        const m = this.mentionAt(b - 2);
        if (m && m.end === b - 1) described = [this.argOf(m, 'target')].filter((a): a is Arg => a !== null);
        start = b;
      }
    }
    described = described.filter((a) => this.info(a.actorId)?.type !== 'PERSON' && !a.mention?.place);
    if (described.length === 0) return false;
    for (let q = start; q < k; q++) if (['not', 'never', 'no', 'longer', 'once', 'formerly', 'former', 'previously', 'nominally'].includes((tokens[q] as Token).lower)) return true;
    const mod = this.modality(Math.max(s.first, start - 1), k, s);
    if (mod.negated || mod.irrealis || this.governedByDenial(k, s)) return true;
    const sides = new Set(described.map((a) => this.sideOf(a.actorId)));
    // "the 444th Brigade, which is aligned with Prime Minister Dbeibah": a leader's camp, not his backing.
    const backers = patrons.filter((a) => !sides.has(this.sideOf(a.actorId)) && this.info(a.actorId)?.type !== 'PERSON');
    if (backers.length === 0) return true;
    this.emit('SUPPORTS', backers, described, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(k, s), this.allegedByFrame(k, s));
    return true;
  }

  /** "Rwandan troops are operating alongside M23 rebels": forces operating on a side support it. */
  protected alongside(v: number, s: Sentence): void {
    const allies = this.objectAfter(v + 2, s, 'target', 3);
    if (allies.length === 0) return;
    const frame = this.subjectOf(v, s);
    const mod = this.modality(frame.clauseStart, v, s);
    if (frame.subjects.length === 0 || mod.negated || mod.irrealis || this.governedByDenial(v, s)) return;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    const others = allies.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (others.length > 0) this.emit('SUPPORTS', frame.subjects, others, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
  }

  /** "Mozambique thanked Rwanda for its military support": the thanked party supports the subject. */
  protected thanked(v: number, s: Sentence): void {
    const { tokens } = this;
    const helpers = this.objectAfter(v + 1, s, 'agent', 2);
    if (helpers.length === 0) return;
    const last = this.lastMentionEnd(v + 1, s);
    if (tokens[last]?.lower !== 'for') return;
    let k = last + 1;
    while (k < Math.min(s.end, last + 5) && ['its', 'their', 'his', 'her', 'the', 'continued', 'military', 'financial', 'humanitarian', 'generous', 'steadfast', 'unwavering', 'security', 'economic', 'diplomatic'].includes((tokens[k] as Token).lower)) k++;
    // ("thanked Germany for supplying air defence systems": a giving verb's gerund, too.)
    const giving = (tokens[k] as Token | undefined)?.lower.endsWith('ing') && GIVE_LEMMAS.has(verbLemma(tokens[k] as Token)) && ['sell', 'approve', 'authorise', 'authorize'].every((w) => w !== verbLemma(tokens[k] as Token));
    // ("thanked Iran for standing with the group": taking the subject's side.)
    const siding = ['standing', 'siding'].includes(tokens[k]?.lower ?? '') && ['with', 'by'].includes(tokens[k + 1]?.lower ?? '');
    if (!giving && !siding && !['support', 'help', 'assistance', 'aid', 'backing', 'solidarity', 'troops', 'contribution', 'weapons', 'funding'].includes(tokens[k]?.lower ?? '')) return;
    const asserted = this.assertedSubjects(v, s);
    if (asserted === null) return;
    this.emit('SUPPORTS', helpers, asserted.subjects, s, 0.75 * asserted.hedge, this.claimantFor(v, s), false);
  }

  /** "Hamas accepted Egypt's proposal for a truce", "Israel accepted a U.S. ceasefire plan": the two agree. */
  protected acceptedProposal(v: number, s: Sentence, objectStart = v + 1): void {
    const { tokens } = this;
    let k = objectStart;
    if (['a', 'an', 'the'].includes(tokens[k]?.lower ?? '')) k++;
    const m = this.mentionAt(k);
    let proposers: Arg[] = [];
    if (m && m.first === k && !m.place) {
      let h = m.end;
      if (tokens[h]?.lower === "'s") h++;
      const limit = Math.min(s.end, h + 4);
      while (h < limit && !PROPOSAL_NOUNS.has((tokens[h] as Token).lower) && ['ADJ', 'NOUN'].includes((tokens[h] as Token).pos) && !this.mentionAt(h)) h++;
      if (!PROPOSAL_NOUNS.has(tokens[h]?.lower ?? '')) return;
      const proposer = this.argOf(m, 'target');
      if (proposer) proposers = [proposer];
    } else {
      // "accepted a ceasefire proposal put forward by Egypt and Qatar", "the plan drafted by the U.S.".
      let h = k;
      // ("agreed to the truce proposed by Egypt": a deal itself, when a participle names its proposer.)
      const proposedDeal = (q: number): boolean => ['truce', 'ceasefire', 'deal'].includes(tokens[q]?.lower ?? '') && ['proposed', 'drafted', 'presented', 'tabled', 'offered'].includes(tokens[q + 1]?.lower ?? '');
      while (h < Math.min(s.end, k + 4) && !PROPOSAL_NOUNS.has((tokens[h] as Token).lower) && !proposedDeal(h) && ['ADJ', 'NOUN'].includes((tokens[h] as Token).pos) && !this.mentionAt(h)) h++;
      const deal = proposedDeal(h);
      if (!PROPOSAL_NOUNS.has(tokens[h]?.lower ?? '') && !deal) return;
      let b = h + 1;
      if (['put', 'brought', 'tabled', 'drafted', 'proposed', 'presented', 'submitted', 'offered', 'floated'].includes(tokens[b]?.lower ?? '')) b++;
      if (['forward', 'up'].includes(tokens[b]?.lower ?? '')) b++;
      if (tokens[b]?.lower !== 'by' || b === h + 1) return;
      proposers = this.objectAfter(b + 1, s, 'target', 2);
    }
    if (proposers.length === 0) return;
    const frame = this.subjectOf(v, s, 'agent');
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis || frame.subjects.length === 0) return;
    // "Sudan's army accepted a Saudi proposal for a truce with the RSF", or with the pair in talks or
    // at war just named: a third side's proposal to the two is mediation, not an agreement with it.
    const other = this.proposalCounterpart(k, s, frame.subjects, proposers);
    if (other) {
      this.emit('MEDIATES', proposers, [...frame.subjects, other], s, 0.75 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), false);
      return;
    }
    this.emit('AGREES_WITH', frame.subjects, proposers, s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), false);
  }

  /**
   * The other side of the truce or deal a third side proposed to `accepters`: named after "with" in
   * the proposal ("a proposal for a truce with the RSF"), else the accepters' counterpart in the
   * latest pair in talks or at war of the last three sentences. Null when the proposer is that side.
   */
  protected proposalCounterpart(from: number, s: Sentence, accepters: readonly Arg[], proposers: readonly Arg[]): Arg | null {
    const { tokens } = this;
    const accepting = new Set(accepters.map((a) => this.sideOf(a.actorId)));
    const proposing = new Set(proposers.map((a) => this.sideOf(a.actorId)));
    for (let q = from; q < Math.min(s.end, from + 12); q++) {
      const w = tokens[q] as Token;
      if (CLAUSE_BREAKS.has(w.text) || w.text === ',' || this.isVerb(w)) break;
      if (w.lower === 'with') {
        const named = this.objectAfter(q + 1, s, 'target', 2)[0];
        if (named && !accepting.has(this.sideOf(named.actorId)) && !proposing.has(this.sideOf(named.actorId))) return named;
        break;
      }
    }
    const recent = [this.memory.talks && s.index - this.memory.talksSentence <= 3 ? this.memory.talks : null, this.memory.dyad && s.index - this.memory.dyadSentence <= 3 ? this.memory.dyad : null];
    for (const pair of recent) {
      if (!pair) continue;
      const mine = pair.findIndex((a) => accepting.has(this.sideOf(a.actorId)));
      if (mine === -1) continue;
      const counterpart = pair[1 - mine] as Arg;
      if (proposing.has(this.sideOf(counterpart.actorId)) || accepting.has(this.sideOf(counterpart.actorId))) return null;
      return { ...counterpart, mention: null };
    }
    return null;
  }

  /** "The junta has relied on Russian mercenaries", "depends on Egyptian drones": the provider supports the subject. */
  protected reliedOn(v: number, s: Sentence): void {
    const { tokens } = this;
    // "relied heavily on Turkish drones".
    const on = tokens[v + 1]?.pos === 'ADV' ? v + 2 : v + 1;
    if (!['on', 'upon'].includes(tokens[on]?.lower ?? '')) return;
    // "relies on donor funding from the European Union": the giver after "from".
    const from = this.resourceFrom(on + 1, s);
    if (from.length > 0) {
      this.gotFrom(v, s, from);
      return;
    }
    let k = on + 1;
    if (tokens[k]?.lower === 'the') k++;
    const providers: Arg[] = [];
    for (; k < Math.min(s.end, v + 10); k++) {
      const m = this.mentionAt(k);
      if (m) {
        const arg = this.argOf({ ...m, place: false }, 'agent');
        // "Russia's Africa Corps": the possessed force provides, not its owner as well.
        const possessor = tokens[m.end]?.lower === "'s" && this.mentionAt(m.end + 1) !== null;
        if (arg && !possessor) providers.push(arg);
        k = m.end - 1;
        if (tokens[m.end]?.lower === "'s") k++;
        continue;
      }
      // ("relied on Turkish drones and Israeli munitions": each provider's goods, then the next.)
      const goods = SUPPORT_NOUNS.has((tokens[k] as Token).lower) && ['and', ','].includes(tokens[k + 1]?.lower ?? '') && this.mentionAt(tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2) !== null;
      if (!['and', ',', 'the'].includes((tokens[k] as Token).lower) && !goods) break;
    }
    if (providers.length === 0) return;
    // The provider is a force, arms or help, not a partner in something else: "relied on Qatar to mediate".
    const head = tokens[k]?.lower ?? '';
    const lastMention = this.mentionAt(k - 1);
    const namedForce = lastMention !== null && ['armed-group', 'military'].includes(this.info(lastMention.actorId)?.kind ?? '') && !['to', 'for'].includes(head);
    if (!(SUPPORT_NOUNS.has(head) || ['mercenaries', 'drones', 'backing', 'help', 'forces', 'instructors', 'fighters', 'contractors'].includes(head)) && !namedForce) return;
    const frame = this.subjectOf(v, s, 'target');
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis || frame.subjects.length === 0) return;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    const givers = providers.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (givers.length > 0) this.emit('SUPPORTS', givers, frame.subjects, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), false);
  }

  /** "Russia's Africa Corps is helping Mali's junta fight jihadists": helping a side fight supports it. */
  protected helpedFight(v: number, s: Sentence): void {
    const { tokens } = this;
    const helped = this.objectAfter(v + 1, s, 'target', 2);
    if (helped.length === 0) return;
    let k = this.lastMentionEnd(v + 1, s);
    if (k === -1) return;
    if (tokens[k]?.lower === "'s") k++;
    // "helped Somalia's army", "helped the Somali army defend Mogadishu": past the force's nouns.
    while (k < s.end && ['ADJ', 'NOUN'].includes((tokens[k] as Token).pos) && !['fight', 'defend', 'repel', 'resist', 'counter', 'battle', 'combat', 'recapture', 'retake'].includes((tokens[k] as Token).lower)) k++;
    if (tokens[k]?.lower === 'to') k++;
    if (!['fight', 'defend', 'repel', 'resist', 'counter', 'battle', 'combat', 'recapture', 'retake', 'push'].includes(tokens[k]?.lower ?? '')) return;
    const frame = this.subjectOf(v, s);
    let subjects: Arg[] = [...frame.subjects];
    // "Turkish drones helped the Tripoli government repel ...", "Russia's air power helped Assad's
    // forces retake Aleppo": the owner of the arms or force that helped.
    if (subjects.length === 0) {
      let b = v - 1;
      while (b > s.first && ['has', 'have', 'had'].includes((tokens[b] as Token).lower)) b--;
      if (PROJECTILES.has(tokens[b]?.lower ?? '') || SUPPORT_NOUNS.has(tokens[b]?.lower ?? '') || ['power', 'jets', 'warplanes', 'artillery', 'troops', 'forces', 'soldiers', 'advisers', 'mercenaries'].includes(tokens[b]?.lower ?? '')) {
        let c = b - 1;
        while (c > s.first && ['NOUN', 'ADJ'].includes((tokens[c] as Token).pos) && !this.mentionAt(c)) c--;
        if (tokens[c]?.lower === "'s") c--;
        const m = this.mentionAt(c);
        const giver = m && m.end === c + 1 && ['demonym', 'name', 'capital', 'abbreviation'].includes(m.form) ? this.argOf({ ...m, absorbed: false, place: false }, 'agent') : null;
        if (giver) subjects = [giver];
      }
    }
    if (subjects.length === 0) return;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis || this.governedByDenial(v, s)) return;
    const sides = new Set(subjects.map((a) => this.sideOf(a.actorId)));
    const others = helped.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (others.length === 0) return;
    this.emit('SUPPORTS', subjects, others, s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
  }

  /**
   * "Iran, the main backer of the Houthis", "The United States is Israel's main military backer",
   * "Hezbollah, Iran's most powerful proxy": SUPPORTS between the one described and the possessor or
   * "of" phrase of the noun (backer: the described supports; proxy: the described is supported).
   */
  protected backerNoun(k: number, s: Sentence): void {
    const { tokens } = this;
    const backer = BACKER_NOUNS.has((tokens[k] as Token).lower);
    let j = k - 1;
    let possessor: Arg | null = null;
    while (j >= s.first) {
      const t = tokens[j] as Token;
      const m = this.mentionAt(j);
      // "Israel's main backer", "the Houthis' main backer".
      if (m && (tokens[m.end]?.lower === "'s" || (tokens[m.end]?.text === "'" && tokens[m.end - 1]?.lower.endsWith('s'))) && !possessor) {
        possessor = this.argOf({ ...m, absorbed: false, place: false }, 'agent');
        j = m.first - 1;
        continue;
      }
      if (m) return;
      if ((t.text === "'" && this.mentionAt(j - 1) && !possessor) || (t.text === '-' && !this.mentionAt(j - 1))) {
        j--;
        continue;
      }
      // "Hezbollah's chief financial and military patron": coordinated modifiers.
      if (t.lower === 'and' && ['ADJ', 'NOUN'].includes(tokens[j - 1]?.pos ?? '') && !this.mentionAt(j - 1) && ['ADJ', 'NOUN'].includes(tokens[j + 1]?.pos ?? '') && j + 1 < k) {
        j--;
        continue;
      }
      // "Egypt is among the main backers of", "is one of the biggest suppliers of".
      if (!possessor && (t.lower === 'among' || (t.lower === 'of' && tokens[j - 1]?.lower === 'one'))) {
        j -= t.lower === 'among' ? 1 : 2;
        continue;
      }
      if (['ADJ', 'ADV', 'DET', 'NUM'].includes(t.pos) || ["'s", 'military', 'arms', 'financial', 'political', 'key', 'main', 'chief', 'top', 'biggest', 'largest', 'principal', 'most', 'closest', 'staunchest', 'major', 'regional', 'foreign', 'western', 'international', 'external', 'outside', 'treaty', 'security', 'defence', 'defense', 'strategic', 'longtime', 'long-time', 'traditional', 'historic', 'oil', 'gas', 'fuel', 'energy', 'grain', 'weapons', 'drone', 'missile'].includes(t.lower)) {
        j--;
        continue;
      }
      break;
    }
    let other: Arg[] = possessor ? [possessor] : [];
    // "Hezbollah's patron Iran has been weakened": the name right after the noun is the backer.
    const named = backer && possessor ? this.mentionAt(k + 1) : null;
    const namedArg = named && named.first === k + 1 && this.info(named.actorId)?.kind === 'country' ? this.argOf(named, 'agent') : null;
    if (namedArg && possessor && this.sideOf(namedArg.actorId) !== this.sideOf(possessor.actorId)) {
      const mod = this.modality(Math.max(s.first, j - 4), k, s);
      if (!mod.negated && !mod.irrealis) this.emit('SUPPORTS', [namedArg], [possessor], s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(k, s), this.allegedByFrame(k, s));
      return;
    }
    if (backer && possessor && this.backersListed(k, s, possessor, j)) return;
    if (other.length === 0 && tokens[k + 1]?.lower === 'of') other = this.objectAfter(k + 2, s, 'target', 2);
    // "a key arms supplier to Armenia", "the biggest donor to Ukraine".
    if (other.length === 0 && backer && tokens[k + 1]?.lower === 'to') other = this.objectAfter(k + 2, s, 'target', 2);
    // "a key supplier of drones to Ukraine": the receiver of the things supplied.
    if (other.length === 0 && backer && tokens[k + 1]?.lower === 'of' && SUPPORT_NOUNS.has(tokens[this.skipNouns(k + 2, s) - 1]?.lower ?? '')) other = this.prepObject(this.skipNouns(k + 2, s), s, ['to', 'for'], 2);
    if (other.length === 0) return;
    let holders: Arg[] = [];
    const b = tokens[j];
    if (b?.text === ',') {
      const m = this.mentionAt(j - 1);
      if (m) holders = this.coordinatedEndingAt(m, s, 'agent');
    } else if (b && ['is', 'was', 'are', 'were', 'remains', 'remained', 'been', 'became', 'becomes', 'become'].includes(b.lower)) {
      holders = [...this.subjectOf(j, s).subjects];
    }
    if (holders.length === 0) return;
    const mod = this.modality(Math.max(s.first, j - 4), k, s);
    if (mod.negated || mod.irrealis) return;
    const alleged = this.allegedByFrame(k, s);
    const [sources, targets] = backer ? [holders, other] : [other, holders];
    this.emit('SUPPORTS', sources, targets, s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(k, s), alleged);
  }

  /**
   * "Ukraine's Western backers, led by the United States,", "Kyiv's allies, including Germany and
   * France": the backers of the possessor named after the noun at `k`; `j` is where the noun phrase
   * starts. True when they were found.
   */
  protected backersListed(k: number, s: Sentence, possessor: Arg, j: number): boolean {
    const { tokens } = this;
    let n = k + 1;
    if (tokens[n]?.text === ',') n++;
    const cue = tokens[n]?.lower ?? '';
    let start = -1;
    if (cue === 'including') start = n + 1;
    else if (cue === 'led' && tokens[n + 1]?.lower === 'by') start = n + 2;
    else if (cue === 'such' && tokens[n + 1]?.lower === 'as') start = n + 2;
    else if (cue === 'notably' || cue === 'especially' || cue === 'chiefly' || cue === 'mainly') start = n + 1;
    if (start < 0) return false;
    const side = this.sideOf(possessor.actorId);
    const named = this.objectAfter(start, s, 'agent', 1).filter((a) => !a.mention?.place && this.sideOf(a.actorId) !== side);
    if (named.length === 0) return false;
    const mod = this.modality(Math.max(s.first, j - 4), k, s);
    if (mod.negated || mod.irrealis) return false;
    this.emit('SUPPORTS', named, [possessor], s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(k, s), this.allegedByFrame(k, s));
    return true;
  }

  /**
   * Ally, backer and proxy nouns in the phrasings backerNoun leaves: "Mali's junta and its Russian
   * allies", "Burkina Faso and its ally Russia", "the Houthis, an Iranian proxy", "Iran's proxy
   * Hezbollah", "Iran's proxies, including Hezbollah and the Houthis", "the M23, whose main backer
   * is Rwanda". An ally supports the one it is the ally of; a proxy is supported by its owner. A
   * former ally is none (true: the noun was read, nothing else applies).
   */
  protected allyPhrase(k: number, s: Sentence): boolean {
    const { tokens } = this;
    const proxy = PROXY_NOUNS.has((tokens[k] as Token).lower);
    let j = k - 1;
    while (j > s.first && ['ADJ', 'ADV'].includes((tokens[j] as Token).pos) && !this.mentionAt(j)) {
      if (FORMER_WORDS.has((tokens[j] as Token).lower)) return true;
      j--;
    }
    if (FORMER_WORDS.has(tokens[j]?.lower ?? '')) return true;
    // ("The ELN, once an ally of Venezuela's government": a tie of the past, before the article.)
    if (['a', 'an'].includes(tokens[j]?.lower ?? '') && ['once', 'formerly', 'previously'].includes(tokens[j - 1]?.lower ?? '')) return true;
    const mod = this.modality(Math.max(s.first, j - 6), k, s);
    if (mod.negated || mod.irrealis) return false;
    const conf = 0.65 * (mod.hedged ? 0.7 : 1);
    const emit = (backers: readonly Arg[], backed: readonly Arg[]): boolean => {
      const sides = new Set(backed.map((a) => this.sideOf(a.actorId)));
      const others = backers.filter((a) => !sides.has(this.sideOf(a.actorId)) && !a.mention?.place);
      if (others.length === 0 || backed.length === 0) return false;
      this.emit('SUPPORTS', others, backed, s, conf, this.claimantFor(k, s), this.allegedByFrame(k, s));
      return true;
    };
    // The owner of the noun: "Iran's", or "its"/"their" standing for the actor named just before.
    const ownerAt = (p: number): Arg | null => {
      const w = tokens[p];
      if (!w) return null;
      if (w.lower === "'s" || (w.text === "'" && tokens[p - 1]?.lower.endsWith('s'))) {
        const m = this.mentionAt(p - 1);
        return m && !m.place ? this.argOf({ ...m, absorbed: false }, 'agent') : null;
      }
      if (!['its', 'their'].includes(w.lower)) return null;
      for (let q = p - 1; q >= Math.max(s.first, p - 5); q--) {
        const m = this.mentionAt(q);
        if (m) return m.place || this.info(m.actorId)?.type === 'PERSON' ? null : this.argOf({ ...m, absorbed: false }, 'agent');
        const u = tokens[q] as Token;
        if (CLAUSE_BREAKS.has(u.text) || u.text === ',' || this.isVerb(u)) return null;
      }
      return null;
    };
    // "its Russian allies", "an Iranian proxy": a demonym right before the noun.
    const dem = this.mentionAt(j);
    if (dem && dem.form === 'demonym' && dem.end === j + 1) {
      const giver = this.argOf({ ...dem, absorbed: false, place: false }, 'agent');
      if (!giver) return false;
      const owner = ownerAt(dem.first - 1);
      if (owner && !proxy) return emit([giver], [owner]);
      // "the Houthis, an Iranian proxy".
      if (proxy && ['a', 'an'].includes(tokens[dem.first - 1]?.lower ?? '') && tokens[dem.first - 2]?.text === ',') {
        const m = this.mentionAt(dem.first - 3);
        const held = m && m.end === dem.first - 2 ? this.argOf(m, 'target') : null;
        return held ? emit([giver], [held]) : false;
      }
      return false;
    }
    const owner = dem ? null : ownerAt(j);
    // "its ally Russia", "Iran's proxy Hezbollah", "Iran's proxies, including Hezbollah and the Houthis".
    let n = k + 1;
    // "Iran's proxies across the region, including ...": a short place phrase may come first.
    if (proxy && ['in', 'across', 'around', 'throughout'].includes(tokens[n]?.lower ?? '')) {
      let q = n + 1;
      while (q < Math.min(s.end, n + 5) && tokens[q]?.text !== ',' && !this.isVerb(tokens[q]) && !(this.mentionAt(q) && !this.mentionAt(q)?.place)) q++;
      if (tokens[q]?.text === ',' && tokens[q + 1]?.lower === 'including') n = q;
    }
    if (proxy && tokens[n]?.text === ',' && ['including', 'such'].includes(tokens[n + 1]?.lower ?? '')) n += tokens[n + 1]?.lower === 'such' ? 3 : 2;
    else if (proxy && ['including', 'like'].includes(tokens[n]?.lower ?? '')) n++;
    const named = this.mentionAt(n) ?? (tokens[n]?.lower === 'the' ? this.mentionAt(n + 1) : null);
    if (owner && named && named.first <= n + 1 && !named.place) {
      // "Israel's ally the United States" with a country named is backerNoun's, when the owner is named.
      if (!proxy && tokens[j]?.lower === "'s" && this.info(named.actorId)?.kind === 'country') return false;
      const list = this.objectAfter(named.first, s, proxy ? 'target' : 'agent', 0).filter((a) => !a.mention?.place);
      // "including Hezbollah in Lebanon and the Houthis in Yemen": each named with its place.
      if (proxy && n > k + 1) {
        let q = (list[list.length - 1]?.mention?.end ?? named.end);
        while (q < Math.min(s.end, named.first + 16)) {
          const w = tokens[q] as Token;
          const m = this.mentionAt(q);
          if (m && !m.place && tokens[q - 1]?.lower !== 'in') {
            const arg = this.argOf(m, 'target');
            if (arg && !list.some((a) => a.actorId === arg.actorId)) list.push(arg);
            q = m.end;
            continue;
          }
          if (m && tokens[q - 1]?.lower === 'in') {
            q = m.end;
            continue;
          }
          if (![',', 'and', 'the', 'in'].includes(w.lower)) break;
          q++;
        }
      }
      return proxy ? emit([owner], list) : emit(list, [owner]);
    }
    // "the M23, whose main backer is Rwanda".
    if (!proxy && tokens[j]?.lower === 'whose' && tokens[j - 1]?.text === ',' && ['is', 'was', 'are', 'were', 'remains'].includes(tokens[k + 1]?.lower ?? '')) {
      const m = this.mentionAt(j - 2);
      const held = m && m.end === j - 1 ? this.coordinatedEndingAt(m, s, 'target') : [];
      return emit(this.objectAfter(k + 2, s, 'agent', 1), held);
    }
    return false;
  }

  /** "received Patriot systems from Germany": the giver after a resource noun and "from". */
  protected resourceFrom(after: number, s: Sentence): Arg[] {
    const { tokens } = this;
    for (let k = after; k < Math.min(s.end, after + 6); k++) {
      const t = tokens[k] as Token;
      // ("obtained small arms from al-Shabaab's suppliers": the possessor of the givers gave nothing.)
      if (SUPPORT_NOUNS.has(t.lower)) return this.prepObject(k + 1, s, ['from'], 4, 'agent').filter((a) => !(a.mention && ["'s", "'"].includes(tokens[a.mention.end]?.text ?? '') && ['suppliers', 'backers', 'allies', 'partners', 'sponsors', 'patrons', 'friends', 'networks', 'affiliates'].includes(tokens[a.mention.end + 1]?.lower ?? '')));
      // "hired Russian mercenaries from the Wagner Group": a nationality modifies the resource.
      const demonym = this.mentionAt(k)?.form === 'demonym';
      // "received its first F-16 fighter jets from Denmark".
      if (k === after && ['its', 'their'].includes(t.lower)) continue;
      // "received a $1 billion loan from Saudi Arabia": an amount may come first.
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || this.isVerb(t) || (this.mentionAt(k) && !demonym) || !(['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN'].includes(t.pos) || ['$', '€', '£'].includes(t.text))) return [];
    }
    return [];
  }

  /** "The RSF gets weapons from the UAE": the giver supports the receiver. */
  protected gotResource(v: number, s: Sentence): void {
    this.gotFrom(v, s, this.resourceFrom(v + 1, s));
  }

  /** The subjects of `v` got resources from `givers`. */
  protected gotFrom(v: number, s: Sentence, givers: readonly Arg[]): void {
    if (givers.length === 0) return;
    const frame = this.subjectOf(v, s, 'target');
    const mod = this.modality(frame.clauseStart, v, s);
    // ("Afghan refugees returning from Pakistan received aid": a state named as where people came from receives nothing.)
    const receivers = frame.subjects.filter((a) => !this.namedAsPlace(a));
    if (mod.negated || mod.irrealis || receivers.length === 0 || this.governedByDenial(v, s)) return;
    const sides = new Set(receivers.map((a) => this.sideOf(a.actorId)));
    const others = givers.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (others.length > 0) this.emit('SUPPORTS', others, receivers, s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
  }

  protected withSupportOf(k: number, s: Sentence): void {
    const { tokens } = this;
    let j = k + 1;
    while (j < Math.min(s.end, k + 5) && ['the', 'military', 'financial', 'logistical', 'air', 'active', 'direct', 'intelligence', 'technical', 'naval', 'drone', 'artillery', 'material', 'backing', 'support', 'help', 'assistance'].includes((tokens[j] as Token).lower)) {
      if (['support', 'backing', 'help', 'assistance'].includes((tokens[j] as Token).lower)) break;
      j++;
    }
    if (!['support', 'backing', 'help', 'assistance'].includes(tokens[j]?.lower ?? '') || !['of', 'from'].includes(tokens[j + 1]?.lower ?? '')) return;
    const helpers = this.objectAfter(j + 2, s, 'agent', 2);
    if (helpers.length === 0) return;
    let main = this.previousFiniteVerb(k - 1, s);
    if (main === -1) return;
    // ("says Hezbollah is rearming with help from Iran": the verb the phrase follows, not the report.)
    for (let q = k - 1; q > main; q--) {
      if ((tokens[q] as Token).pos === 'VERB' && tokens[q - 1]?.lower !== 'to') {
        main = q;
        break;
      }
    }
    if (SPEECH_LEMMAS.has(verbLemma(tokens[main] as Token))) return;
    const frame = this.subjectOf(main, s);
    if (frame.subjects.length === 0) return;
    const mod = this.modality(frame.clauseStart, main, s);
    if (mod.negated || mod.irrealis) return;
    this.emit('SUPPORTS', helpers, frame.subjects, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(main, s), this.allegedByFrame(main, s));
  }

  /** "safe havens to Y", "the sale of F-16 jets to Turkey": the receiver after a resource noun. */
  protected resourceTo(give: number, s: Sentence): Arg[] {
    const { tokens } = this;
    // "shipped millions of artillery shells and dozens of ballistic missiles to Russia".
    for (let k = give + 1; k < Math.min(s.end, give + 14); k++) {
      const t = tokens[k] as Token;
      if (SUPPORT_NOUNS.has(t.lower)) {
        // "power supplies to Chisinau", "delivered tanks to Kyiv": a capital receiving aid, or
        // handed weapons, is its government.
        // "sent weapons to Mogadishu": arms that are not projectiles are handed over, not fired.
        // ("pledged military support to Damascus": support is given to the government seated there.)
        const handover = HANDOVER_LEMMAS.has(verbLemma(tokens[give] as Token)) || HANDED_ARMS.has(t.lower) || ['support', 'backing', 'assistance', 'aid'].includes(t.lower);
        const to = this.prepObject(k + 1, s, ['to', 'for'], 4, CIVILIAN_SUPPORT_NOUNS.has(t.lower) || handover ? 'recipient' : 'target');
        // "sent troops to Ukraine's border": a force massed at a frontier is no help to the state.
        const end = to[0]?.mention?.end ?? -1;
        if (end !== -1 && this.tokens[end]?.lower === "'s" && FRONTIER_NOUNS.has(this.tokens[end + 1]?.lower ?? '')) return [];
        if (to.length > 0) return to;
        // "sent troops to help Russia", "shipped arms to support the rebels": the purpose names the receiver.
        let p = k + 1;
        while (p < Math.min(s.end, k + 6) && tokens[p]?.lower !== 'to') p++;
        if (tokens[p]?.lower === 'to' && ['help', 'support', 'assist', 'back', 'aid', 'bolster', 'reinforce', 'prop'].includes(verbLemma(tokens[p + 1] ?? t))) {
          const helped = this.objectAfter(p + 2, s, 'target', 2);
          if (helped.length > 0) return helped;
        }
      }
      // "provided political, financial and military support to": a comma inside a list of modifiers.
      const listed = t.text === ',' && tokens[k - 1]?.pos === 'ADJ' && tokens[k + 1]?.pos === 'ADJ';
      if (CLAUSE_BREAKS.has(t.text) || (t.text === ',' && !listed) || (this.isVerb(t) && k > give) || this.mentionAt(k)) return [];
    }
    return [];
  }

  protected resourceAhead(from: number, s: Sentence): boolean {
    for (let k = from; k < Math.min(s.end, from + 5); k++) if (SUPPORT_NOUNS.has((this.tokens[k] as Token).lower)) return true;
    return false;
  }

  /**
   * "France recognised Moroccan sovereignty over Western Sahara", "recognised Kosovo's
   * independence", "became the first country to recognise the Taliban government": recognition
   * of a claim or a government supports its holder.
   */
  protected recognised(v: number, s: Sentence): void {
    const { tokens } = this;
    if (tokens[v + 1]?.lower === 'by' || tokens[v + 1]?.lower === 'that') return;
    const objects = this.objectAfter(v + 1, s, 'target', 3);
    const m = objects[0]?.mention;
    if (!m) return;
    let h = m.end;
    if (tokens[h]?.lower === "'s") h++;
    while (h < m.end + 4 && tokens[h]?.pos === 'ADJ') h++;
    const head = tokens[h]?.lower ?? '';
    const kind = this.info(m.actorId)?.kind;
    // The claim recognised, or a state, government or movement recognised as such.
    const claim = RECOGNISED_CLAIMS.has(head);
    const polity = m.form === 'name' && h === m.end && ['country', 'government'].includes(kind ?? '') && ['as', '.', ',', 'on', 'in', 'last', 'this', 'after', 'and'].includes(head);
    // ("recognises Juan Guaido as Venezuela's interim president": a person recognised as the leader.)
    const leader = this.info(m.actorId)?.type === 'PERSON' && head === 'as' && tokens.slice(h + 1, Math.min(s.end, h + 7)).some((w) => ['president', 'leader', 'head', 'ruler', 'government', 'premier', 'winner'].includes(w.lower));
    if (!claim && !polity && !leader) return;
    // "Mali's junta became the first to recognise": the infinitive after "first" is a fact.
    const first = tokens[v - 1]?.lower === 'to' && ['first', 'second', 'third', 'latest', 'last', 'only'].includes(tokens[v - 2]?.lower ?? '');
    if (first) {
      let j = v - 3;
      while (j > s.first && !this.isVerb(tokens[j]) && !BE_FORMS.has(tokens[j]?.lower ?? '')) j--;
      const frame = this.subjectOf(j, s);
      const mod = this.modality(frame.clauseStart, j, s);
      if (frame.subjects.length === 0 || mod.negated || mod.irrealis) return;
      const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
      const others = objects.filter((a) => !sides.has(this.sideOf(a.actorId)));
      if (others.length > 0) this.emit('SUPPORTS', frame.subjects, others, s, 0.65, this.claimantFor(j, s), false);
      return;
    }
    this.supportedBySubject(v, s, objects, 0.7);
  }

  /**
   * "Morocco welcomed France's recognition of its sovereignty over Western Sahara", "the U.S.
   * recognition of Morocco's claim": the recogniser supports the side whose claim it recognised.
   * Not "a withdrawal of recognition", "sought recognition".
   */
  protected nominalRecognition(k: number, s: Sentence): void {
    const { tokens } = this;
    const agent = this.nounAgent(k, s);
    if (!agent) return;
    for (let b = Math.max(s.first, k - 5); b < k; b++) if (['withdrawal', 'revocation', 'no', 'not', 'without', 'seek', 'seeking', 'sought', 'refusal', 'possible', 'potential'].includes((tokens[b] as Token).lower)) return;
    let h = k + 2;
    let recognised: Arg[] = [];
    if (['its', 'their'].includes(tokens[h]?.lower ?? '')) {
      // "its sovereignty": the subject of the clause the noun is in.
      const main = this.previousFiniteVerb(k - 1, s);
      recognised = main === -1 ? [] : [...this.subjectOf(main, s).subjects];
      h++;
    } else {
      const m = this.mentionAt(h) ?? (tokens[h]?.lower === 'the' ? this.mentionAt(h + 1) : null);
      if (!m || m.first > h + 1 || m.place) return;
      const arg = this.argOf(m, 'target');
      recognised = arg ? [arg] : [];
      h = m.end;
      if (tokens[h]?.lower === "'s") h++;
    }
    while (h < Math.min(s.end, k + 8) && tokens[h]?.pos === 'ADJ') h++;
    if (!RECOGNISED_CLAIMS.has(tokens[h]?.lower ?? '')) return;
    const others = recognised.filter((a) => this.sideOf(a.actorId) !== this.sideOf(agent.actorId));
    const mod = this.modality(Math.max(s.first, k - 6), k, s);
    if (others.length === 0 || mod.negated || mod.irrealis) return;
    this.emit('SUPPORTS', [agent], others, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(k, s), this.allegedByFrame(k, s));
  }

  /**
   * "Burkina Faso has received Russian military instructors and Turkish drones", "hosts Russian
   * nuclear weapons": the states whose forces or arms a side takes in support it.
   */
  protected receivedForeign(v: number, s: Sentence): boolean {
    const { tokens } = this;
    const givers: Arg[] = [];
    let k = v + 1;
    while (k < Math.min(s.end, v + 16)) {
      const t = tokens[k] as Token;
      const m = this.mentionAt(k);
      if (m && m.form === 'demonym') {
        let h = m.end;
        while (h < Math.min(s.end, m.end + 4) && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes((tokens[h] as Token).pos) && !SUPPORT_NOUNS.has((tokens[h] as Token).lower) && !this.mentionAt(h)) h++;
        const noun = tokens[h]?.lower ?? '';
        if (!SUPPORT_NOUNS.has(noun) || CIVILIAN_SUPPORT_NOUNS.has(noun) || tokens[h + 1]?.lower === 'from') return false;
        const arg = this.argOf({ ...m, absorbed: false, place: false }, 'agent');
        if (arg) givers.push(arg);
        k = h + 1;
        if (['and', ','].includes(tokens[k]?.lower ?? '')) {
          k++;
          continue;
        }
        break;
      }
      if (m || CLAUSE_BREAKS.has(t.text) || t.text === ',' || this.isVerb(t) || !['DET', 'ADJ', 'NUM', 'PRON'].includes(t.pos)) break;
      k++;
    }
    if (givers.length === 0) return false;
    const frame = this.subjectOf(v, s, 'target');
    const mod = this.modality(frame.clauseStart, v, s);
    // "expelled French troops and welcomed Russian advisers": the object of the first verb is no subject.
    const prev = this.previousFiniteVerb(v - 1, s);
    const subjects = frame.subjects.filter((a) => prev === -1 || (a.mention?.first ?? -1) < prev);
    if (subjects.length === 0 || mod.negated || mod.irrealis || this.governedByDenial(v, s)) return true;
    const sides = new Set(subjects.map((a) => this.sideOf(a.actorId)));
    const others = givers.filter((a) => !sides.has(this.sideOf(a.actorId)));
    // A host lends its territory to the owner of the forces or arms: "Minsk hosts Russian nuclear weapons".
    const host = verbLemma(tokens[v] as Token) === 'host';
    if (others.length > 0) this.emit('SUPPORTS', host ? subjects : others, host ? others : subjects, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
    return true;
  }

  /**
   * "Russia has used North Korean ballistic missiles against Ukraine", "has fired thousands of
   * Iranian-made Shahed drones at Ukraine", "the RSF used UAE-supplied drones": arms of another
   * state's make or supply in a side's hands are that state's support for it. Troops are not arms.
   */
  protected usedForeignArms(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    // "thousands of", "hundreds of", "a barrage of".
    if (['thousands', 'hundreds', 'dozens', 'scores', 'barrage', 'swarm', 'wave'].includes(tokens[k]?.lower ?? '') || (tokens[k]?.lower === 'a' && ['barrage', 'swarm', 'wave'].includes(tokens[k + 1]?.lower ?? ''))) {
      while (k < Math.min(s.end, v + 5) && tokens[k]?.lower !== 'of') k++;
      k++;
    }
    if (['the', 'its', 'their'].includes(tokens[k]?.lower ?? '')) k++;
    while (k < Math.min(s.end, v + 6) && (tokens[k]?.pos === 'NUM' || tokens[k]?.pos === 'ADJ') && !this.mentionAt(k)) k++;
    const m = this.mentionAt(k);
    if (!m || m.first !== k) return;
    let h = m.end;
    const glued = tokens[h]?.text === '-' && tokens[h]?.space === '' && ['made', 'supplied', 'provided', 'donated'].includes(tokens[h + 1]?.lower ?? '');
    if (m.form !== 'demonym' && !glued) return;
    if (glued) h += 2;
    // ("used U.S.-supplied ATACMS": a named weapon system after the glued participle.)
    const namedSystem = glued && (tokens[h]?.pos === 'PROPN' || (tokens[h]?.capitalised ?? false)) && !this.mentionAt(h);
    while (h < Math.min(s.end, m.end + 5) && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes((tokens[h] as Token).pos) && !ARMS_USED.has((tokens[h] as Token).lower) && !this.mentionAt(h)) h++;
    if (!ARMS_USED.has(tokens[h]?.lower ?? '') && !namedSystem) return;
    const maker = this.argOf({ ...m, absorbed: false, place: false }, 'agent');
    if (!maker) return;
    const frame = this.subjectOf(v, s);
    const mod = this.modality(frame.clauseStart, v, s);
    if (frame.subjects.length === 0 || mod.negated || mod.irrealis || this.governedByDenial(v, s)) return;
    const users = frame.subjects.filter((a) => this.sideOf(a.actorId) !== this.sideOf(maker.actorId));
    if (users.length > 0) this.emit('SUPPORTS', [maker], users, s, 0.6 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
  }

  /**
   * "The RSF has fought on with weapons supplied by the UAE", "The army retook the city using drones
   * provided by Turkey": arms given by someone, in the hands of the clause's subject.
   */
  protected suppliedBy(k: number, s: Sentence): void {
    const { tokens } = this;
    const givers = this.objectAfter(k + 2, s, 'agent', 2).filter((a) => !a.mention?.place);
    if (givers.length === 0) return;
    let j = k - 1;
    if (['allegedly', 'reportedly', 'apparently'].includes(tokens[j]?.lower ?? '')) j--;
    if (!SUPPORT_NOUNS.has(tokens[j]?.lower ?? '')) return;
    while (j > s.first && ['NOUN', 'ADJ', 'NUM'].includes((tokens[j] as Token).pos) && !this.mentionAt(j)) j--;
    const w = tokens[j];
    if (!w || !(w.lower === 'with' || ['use', 'using', 'employ', 'deploy', 'fire', 'launch'].includes(verbLemma(w)) || w.lower === 'using')) return;
    let v = j;
    if (w.lower === 'with' || w.lower.endsWith('ing')) {
      v = -1;
      for (let q = j - 1; q >= Math.max(s.first, j - 12) && v === -1; q--) {
        const u = tokens[q] as Token;
        if (CLAUSE_BREAKS.has(u.text) || RELATIVES.has(u.lower)) break;
        if (this.isVerb(u)) v = q;
      }
    }
    if (v === -1) return;
    const frame = this.subjectOf(v, s);
    const mod = this.modality(frame.clauseStart, v, s);
    if (frame.subjects.length === 0 || mod.negated || mod.irrealis || this.governedByDenial(v, s)) return;
    const sides = new Set(givers.map((a) => this.sideOf(a.actorId)));
    const users = frame.subjects.filter((a) => !sides.has(this.sideOf(a.actorId)));
    const hedged = mod.hedged || ['allegedly', 'reportedly'].includes(tokens[k - 1]?.lower ?? '');
    if (users.length > 0) this.emit('SUPPORTS', givers, users, s, 0.6 * (hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
  }

  /** "Belarus allowed Russian troops to use its territory": opening one's territory to a side supports it. */
  protected allowedUse(v: number, s: Sentence): void {
    const users = this.allowedUsers(v, s);
    if (users.length > 0) this.supportedBySubject(v, s, users, 0.7);
  }

  /** The ones "allowed to use its territory" after the verb of allowing at `v`, or none. */
  protected allowedUsers(v: number, s: Sentence): Arg[] {
    const { tokens } = this;
    const users = this.objectAfter(v + 1, s, 'target', 3);
    if (users.length === 0) return [];
    let k = users[users.length - 1]?.mention?.end ?? -1;
    if (k === -1) return [];
    while (k < Math.min(s.end, v + 10) && tokens[k]?.lower !== 'to') {
      if (this.isVerb(tokens[k]) || CLAUSE_BREAKS.has(tokens[k]?.text ?? '') || tokens[k]?.text === ',') return [];
      k++;
    }
    if (tokens[k]?.lower !== 'to' || !['use', 'operate', 'transit', 'cross', 'station', 'base', 'stage', 'fly'].includes(verbLemma(tokens[k + 1] ?? (tokens[v] as Token)))) return [];
    let h = k + 2;
    while (h < Math.min(s.end, k + 6) && ['its', 'their', 'the', 'his', 'her', 'of', 'from', 'through', 'over', 'in', 'military', 'air', 'national'].includes(tokens[h]?.lower ?? '')) h++;
    return USED_TERRITORY.has(tokens[h]?.lower ?? '') ? users : [];
  }

  /** "The EU lifted sanctions on Syria", "Washington eased an arms embargo against Caracas": relief supports. */
  protected sanctionsLifted(v: number, s: Sentence): void {
    const { tokens } = this;
    for (let k = v + 1; k < Math.min(s.end, v + 6); k++) {
      const w = tokens[k]?.lower ?? '';
      if (['sanctions', 'embargo', 'restrictions'].includes(w)) {
        if (w === 'restrictions' && !['economic', 'trade', 'export', 'financial'].includes(tokens[k - 1]?.lower ?? '')) return;
        if (!['on', 'against'].includes(tokens[k + 1]?.lower ?? '')) return;
        const targets = this.objectAfter(k + 2, s, 'recipient', 2);
        this.supportedBySubject(v, s, targets, 0.65);
        return;
      }
      if (!['some', 'all', 'the', 'a', 'an', 'its', 'their', 'many', 'most', 'several', 'economic', 'arms', 'u.s.', 'eu', 'western', 'key', 'remaining', 'oil', 'trade', 'financial'].includes(w) && tokens[k]?.pos !== 'ADJ' && tokens[k]?.pos !== 'NUM') return;
    }
  }

  /** "Morocco's plan won the backing of Spain", "Kyiv secured the support of Warsaw": the giver supports. */
  protected backingWon(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    while (k < Math.min(s.end, v + 5) && (['the', 'full', 'strong', 'firm', 'unanimous', 'crucial', 'key', 'military', 'political', 'diplomatic', 'financial', 'public', 'explicit', 'tacit', 'backing', 'support'].includes(tokens[k]?.lower ?? '')) && !['backing', 'support', 'endorsement', 'blessing'].includes(tokens[k]?.lower ?? '')) k++;
    // ("has drawn support from the UAE": the giver after "from", too.)
    if (!['backing', 'support', 'endorsement', 'blessing'].includes(tokens[k]?.lower ?? '') || !['of', 'from'].includes(tokens[k + 1]?.lower ?? '')) return;
    if (['seek', 'court'].includes(verbLemma(tokens[v] as Token))) return;
    const givers = this.objectAfter(k + 2, s, 'agent', 2);
    if (givers.length === 0) return;
    const frame = this.subjectOf(v, s, 'target');
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis || this.governedByDenial(v, s)) return;
    const owner = this.artifactOwnerInSubject(frame.clauseStart, v, s);
    const receivers = owner ? [owner] : frame.subjects;
    if (receivers.length === 0) return;
    const sides = new Set(receivers.map((a) => this.sideOf(a.actorId)));
    const others = givers.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (others.length > 0) this.emit('SUPPORTS', others, receivers, s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
  }

  /**
   * "Hezbollah, which Iran founded and has armed ever since", "the SDF, which Washington has armed
   * and trained", "the RSF, which the army accuses the UAE of arming": a support verb with no
   * object of its own inside a relative clause supports the clause's antecedent.
   */
  protected supportedAntecedent(v: number, s: Sentence): void {
    const { tokens } = this;
    const next = tokens[v + 1];
    // "which Turkey has armed with drones since 2019": the things given may follow the verb.
    const given = next?.lower === 'with' && this.resourceAhead(v + 2, s);
    if (!next || !([',', '.', 'and', 'in', 'since', 'ever', 'for', 'during', 'throughout', 'over', 'until'].includes(next.lower) || next.pos === 'ADV' || given)) return;
    if (next.lower === 'and' && (this.mentionAt(v + 2) || ['the', 'a', 'an'].includes(tokens[v + 2]?.lower ?? ''))) return;
    // The relative pronoun within a few words before, with the agent right after it.
    let r = v - 1;
    // "the Houthis, whom it has supplied with missiles": "whom" opens the clause, too.
    const opens = (w: string): boolean => RELATIVES.has(w) || w === 'whom';
    while (r > s.first && r > v - 14 && !(opens((tokens[r] as Token).lower) && [','].includes(tokens[r - 1]?.text ?? ''))) {
      if (CLAUSE_BREAKS.has((tokens[r] as Token).text)) return;
      r--;
    }
    if (!opens(tokens[r]?.lower ?? '') || tokens[r - 1]?.text !== ',') return;
    const m = this.mentionAt(r + 1) ?? (tokens[r + 1]?.lower === 'the' ? this.mentionAt(r + 2) : null);
    // "Iran maintains close ties with the Houthis, whom it has supplied with missiles": "it" is the main clause's subject.
    if ((!m || m.form === 'pronoun') && ['it', 'they'].includes(tokens[r + 1]?.lower ?? '')) {
      const main = this.previousFiniteVerb(r - 2, s);
      const subjects = main === -1 ? [] : this.subjectOf(main, s).subjects;
      const held = this.mentionAt(r - 2);
      const antecedent = held && held.end === r - 1 ? [this.argOf(held, 'target')].filter((a): a is Arg => a !== null) : [];
      let between = false;
      for (let j = r + 2; j < v; j++) if (this.mentionAt(j) || CLAUSE_BREAKS.has((tokens[j] as Token).text) || RELATIVES.has((tokens[j] as Token).lower)) between = true;
      const agent = subjects.length === 1 ? subjects[0] : undefined;
      const target = antecedent[0];
      if (between || !agent || !target || this.sideOf(agent.actorId) === this.sideOf(target.actorId)) return;
      const mod = this.modality(r + 1, v, s);
      if (mod.negated || mod.irrealis || this.governedByDenial(v, s)) return;
      this.emit('SUPPORTS', [agent], [target], s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
      return;
    }
    if (!m || m.first > r + 2) return;
    let agent = this.argOf(m, 'agent');
    let claimant: string | null = null;
    let alleged = false;
    let after = m.end;
    // "which the army accuses the UAE of arming": the accused is the agent, the act alleged.
    if (['accuse', 'accuses', 'accused', 'suspect', 'suspects', 'suspected'].includes(tokens[after]?.lower ?? '')) {
      const accused = this.mentionAt(after + 1) ?? (tokens[after + 1]?.lower === 'the' ? this.mentionAt(after + 2) : null);
      claimant = agent?.actorId ?? null;
      agent = accused ? this.argOf(accused, 'agent') : null;
      alleged = true;
      after = accused ? accused.end : after;
      if (tokens[after]?.lower !== 'of') return;
    } else {
      // Only auxiliaries, adverbs and earlier coordinated verbs between the agent and the verb.
      for (let j = after; j < v; j++) {
        const t = tokens[j] as Token;
        if (this.mentionAt(j) || CLAUSE_BREAKS.has(t.text) || RELATIVES.has(t.lower)) return;
      }
    }
    if (!agent) return;
    // ("Talks between the United States and China, which Malaysia hosted": the talks were hosted, not a party.)
    if (verbLemma(tokens[v] as Token) === 'host') {
      for (let j = r - 1; j > Math.max(s.first, r - 10); j--) {
        if ((tokens[j] as Token).lower === 'between' && TALKS_NOUNS.has(tokens[j - 1]?.lower ?? '')) return;
        if (CLAUSE_BREAKS.has((tokens[j] as Token).text)) break;
      }
    }
    const antecedent = this.relativeAntecedent(r, s);
    const target = antecedent[0];
    if (!target || target.actorId === agent.actorId || this.sideOf(target.actorId) === this.sideOf(agent.actorId)) return;
    const mod = this.modality(r + 1, v, s);
    if (mod.negated || mod.irrealis || this.governedByDenial(v, s)) return;
    this.emit('SUPPORTS', [agent], [target], s, 0.7 * (mod.hedged ? 0.7 : 1), claimant ?? this.claimantFor(v, s), alleged || this.allegedByFrame(v, s));
  }

  /** "Eritrean forces fought on the side of the Fano militia", "fighting on behalf of the junta". */
  protected foughtOnSide(v: number, s: Sentence): void {
    const { tokens } = this;
    // "have been fighting the M23 alongside the Congolese army".
    for (let j = v + 1; j < Math.min(s.end, v + 7); j++) {
      const w = tokens[j] as Token;
      if (CLAUSE_BREAKS.has(w.text) || w.text === ',' || this.isVerb(w) || RELATIVES.has(w.lower)) break;
      if (w.lower === 'alongside') {
        this.supportedBySubject(v, s, this.objectAfter(j + 1, s, 'target', 3), 0.7);
        return;
      }
    }
    let k = v + 1;
    // "Wagner mercenaries, who fought for Khalifa Haftar", "North Korean troops fighting for Russia":
    // the side named right after "for" (not "for control of X", "for Ukraine's freedom").
    if (tokens[k]?.lower === 'for') {
      const m = this.mentionAt(k + 1) ?? (tokens[k + 1]?.lower === 'the' ? this.mentionAt(k + 2) : null);
      if (!m || m.first > k + 2 || m.place || ["'s", "'", '-'].includes(tokens[m.end]?.text ?? '') || ARTIFACT_NOUNS.has(tokens[m.end]?.lower ?? '')) return;
      const helped = this.objectAfter(m.first, s, 'target', 0).filter((a) => !a.mention?.place && ['country', 'government', 'military', 'armed-group', 'person', 'official'].includes(this.info(a.actorId)?.kind ?? ''));
      this.supportedBySubject(v, s, helped, 0.65);
      return;
    }
    if (tokens[k]?.lower !== 'on') return;
    k++;
    if (tokens[k]?.lower === 'the') k++;
    if (!['side', 'behalf'].includes(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of') return;
    const helped = this.objectAfter(k + 2, s, 'target', 3);
    this.supportedBySubject(v, s, helped, 0.7);
  }

  /**
   * "The United States resumed weapons deliveries to Ukraine", "Denmark completed the delivery of
   * F-16 jets to Ukraine", "Washington approved $330 million in arms sales to Taiwan": aid with no
   * named giver of its own, carried out by the subject of the verb it is the object of.
   */
  protected aidCarriedOut(k: number, s: Sentence): void {
    const { tokens } = this;
    let to = k + 1;
    if (tokens[to]?.lower === 'of') {
      to++;
      while (to < Math.min(s.end, k + 8) && (['NOUN', 'PROPN', 'ADJ', 'NUM'].includes((tokens[to] as Token).pos) || (tokens[to] as Token).text === '-') && !this.mentionAt(to)) to++;
      if (!SUPPORT_NOUNS.has(tokens[to - 1]?.lower ?? '')) return;
    }
    if (tokens[to]?.lower !== 'to') return;
    const receivers = this.objectAfter(to + 1, s, 'recipient', 2);
    if (receivers.length === 0) return;
    let j = k - 1;
    while (j > s.first && j > k - 8 && (['ADJ', 'NOUN', 'NUM', 'DET', 'SYM'].includes((tokens[j] as Token).pos) || ['in', 'of', 'million', 'billion', '$'].includes((tokens[j] as Token).lower)) && !this.mentionAt(j)) j--;
    const verb = tokens[j];
    if (!verb || !this.isVerb(verb) || !AID_CARRIERS.has(verbLemma(verb))) return;
    // Not "halted weapons deliveries", "sought more aid": carried out only.
    for (let b = j + 1; b < k; b++) if (AID_STOPPERS.has((tokens[b] as Token).lower)) return;
    const frame = this.subjectOf(j, s);
    const mod = this.modality(frame.clauseStart, j, s);
    if (frame.subjects.length === 0 || mod.negated || mod.irrealis || this.governedByDenial(j, s)) return;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    const targets = receivers.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (targets.length > 0) this.emit('SUPPORTS', frame.subjects, targets, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(j, s), this.allegedByFrame(j, s));
  }

  /**
   * "Hezbollah entered the war in support of its ally Hamas", "The Houthis began attacking ships in
   * solidarity with Hamas": the subject of the clause acts for the side named.
   */
  protected inSupportOf(k: number, s: Sentence): void {
    const helped = this.objectAfter(k + 3, s, 'target', 3).filter((a) => !a.mention?.place);
    if (helped.length === 0) return;
    const v = this.previousFiniteVerb(k - 1, s);
    if (v === -1 || SPEECH_LEMMAS.has(verbLemma(this.tokens[v] as Token))) return;
    for (let j = v + 1; j < k; j++) if (CLAUSE_BREAKS.has((this.tokens[j] as Token).text) || RELATIVES.has((this.tokens[j] as Token).lower)) return;
    this.supportedBySubject(v, s, helped, 0.65);
  }

  /**
   * "U.S. military aid to Ukraine", "Iranian weapons shipments to the Houthis", "Washington's
   * security assistance to Taipei": aid named with its giver and its receiver, unless halted.
   */
  protected nominalAid(k: number, s: Sentence): void {
    const { tokens } = this;
    const receivers = this.objectAfter(k + 2, s, 'recipient', 2);
    if (receivers.length === 0) return;
    let j = k - 1;
    while (j > s.first && j > k - 4 && ['ADJ', 'NOUN'].includes((tokens[j] as Token).pos) && !this.mentionAt(j)) j--;
    if (tokens[j]?.lower === "'s") j--;
    const m = this.mentionAt(j);
    if (!m || m.end > k) return;
    const giver = this.argOf({ ...m, place: false }, 'agent');
    if (!giver) return;
    // "halted U.S. aid to Ukraine", "no more aid", "proposed aid": aid not given.
    for (let b = Math.max(s.first, m.first - 4); b < m.first; b++) {
      const w = tokens[b] as Token;
      if (AID_STOPPERS.has(w.lower) || AID_STOPPERS.has(verbLemma(w)) || IRREALIS.has(w.lower) || NEGATIONS.has(w.lower)) return;
    }
    const after = tokens.slice(k + 1, Math.min(s.end, k + 10)).map((w) => w.lower);
    if (after.some((w) => ['halted', 'suspended', 'frozen', 'blocked', 'stopped', 'cut', 'paused', 'withheld', 'ended', 'cancelled', 'canceled'].includes(w))) return;
    const targets = receivers.filter((a) => this.sideOf(a.actorId) !== this.sideOf(giver.actorId));
    if (targets.length === 0) return;
    this.emit('SUPPORTS', [giver], targets, s, 0.65, this.claimantFor(k, s), this.allegedByFrame(k, s));
  }

  /**
   * "Saudi Arabia intervened in 2015 on behalf of Yemen's government", "intervened militarily on the
   * side of the army", "fought on Russia's side": the subject takes the side named.
   */
  protected intervenedFor(v: number, s: Sentence): void {
    const { tokens } = this;
    let helped: Arg[] = [];
    for (let k = v + 1; k < Math.min(s.end, v + 10); k++) {
      const t = tokens[k] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || RELATIVES.has(t.lower) || (this.isVerb(t) && tokens[k - 1]?.lower !== 'to')) break;
      if (t.lower !== 'on') continue;
      if (tokens[k + 1]?.lower === 'behalf' && tokens[k + 2]?.lower === 'of') helped = this.objectAfter(k + 3, s, 'target', 3);
      else if (tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.lower === 'side' && tokens[k + 3]?.lower === 'of') helped = this.objectAfter(k + 4, s, 'target', 3);
      else {
        // "on Russia's side", "on the government's side".
        let j = k + 1;
        if (tokens[j]?.lower === 'the') j++;
        const m = this.mentionAt(j);
        if (m && m.first === j && tokens[m.end]?.lower === "'s" && tokens[m.end + 1]?.lower === 'side') {
          const arg = this.argOf({ ...m, place: false }, 'target');
          if (arg) helped = [arg];
        }
      }
      break;
    }
    helped = helped.filter((a) => !a.mention?.place);
    if (helped.length > 0) this.supportedBySubject(v, s, helped, 0.65);
  }

  /**
   * "The United States reaffirmed Israel's right to defend itself", "Washington said Israel had the
   * right to defend itself": who upholds a side's right to self-defence supports it.
   */
  protected rightToDefend(k: number, s: Sentence): void {
    const { tokens } = this;
    const defend = tokens[k + 2]?.lower === 'defend' && ['itself', 'themselves', 'herself', 'himself'].includes(tokens[k + 3]?.lower ?? '');
    const selfDefence = ['self-defence', 'self-defense'].includes(tokens[k + 2]?.lower ?? '') || (tokens[k + 2]?.lower === 'self' && tokens[k + 3]?.text === '-' && ['defence', 'defense'].includes(tokens[k + 4]?.lower ?? ''));
    if (!defend && !selfDefence) return;
    let owner: Arg | null = null;
    let supporters: Arg[] = [];
    let v = -1;
    let h = k - 1;
    while (h > s.first && ['ADJ'].includes((tokens[h] as Token).pos)) h--;
    if (tokens[h]?.lower === "'s") {
      // "reaffirmed Israel's right": the owner before the possessive, the supporter the verb's subject.
      const m = this.mentionAt(h - 1);
      owner = m ? this.argOf(m, 'target') : null;
      let q = m ? m.first - 1 : -1;
      if (tokens[q]?.lower === 'the') q--;
      if (q >= s.first && this.isVerb(tokens[q]) && ['reaffirm', 'back', 'support', 'recognise', 'recognize', 'affirm', 'uphold', 'defend', 'stress', 'underline', 'acknowledge', 'endorse', 'reiterate', 'emphasise', 'emphasize'].includes(verbLemma(tokens[q] as Token))) {
        v = q;
        supporters = [...this.subjectOf(q, s).subjects];
      }
    } else if (tokens[h]?.lower === 'the' && this.isVerb(tokens[h - 1]) && ['have', 'retain', 'reserve'].includes(verbLemma(tokens[h - 1] as Token))) {
      // "said Israel had the right": the owner is the subject of "have", the supporter the speaker.
      v = h - 1;
      owner = this.subjectOf(v, s).subjects[0] ?? null;
      const claimant = this.claimantFor(v, s);
      if (claimant) supporters = [{ actorId: claimant, mention: null, weight: 1 }];
    }
    if (!owner || supporters.length === 0 || v === -1) return;
    const side = this.sideOf(owner.actorId);
    supporters = supporters.filter((a) => this.sideOf(a.actorId) !== side);
    if (supporters.length === 0) return;
    const mod = this.modality(Math.max(s.first, v - 4), v, s);
    if (mod.negated || mod.irrealis || tokens[v + 1]?.lower === 'no') return;
    this.emit('SUPPORTS', supporters, [owner], s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), false);
  }

  /**
   * "said its commitment to defending South Korea was ironclad", "reaffirmed its commitment to
   * Ukraine's security": the committed side supports the one it is committed to.
   */
  protected commitmentTo(k: number, s: Sentence): void {
    const { tokens } = this;
    let j = k + 2;
    while (j < Math.min(s.end, k + 6) && ['defending', 'protecting', 'supporting', 'the', 'defence', 'defense', 'security', 'protection', 'of'].includes((tokens[j] as Token).lower) && !this.mentionAt(j)) j++;
    const m = this.mentionAt(j);
    if (!m || m.first !== j) return;
    const helped = this.argOf({ ...m, place: false }, 'target');
    if (!helped) return;
    // Whose commitment: "its"/"their" after the speaker or subject, or a possessor.
    let b = k - 1;
    while (b > s.first && ['ADJ'].includes((tokens[b] as Token).pos)) b--;
    let owner: string | null = null;
    if (tokens[b]?.lower === "'s") owner = this.mentionAt(b - 1)?.actorId ?? null;
    else if (['its', 'their', 'his', 'her'].includes(tokens[b]?.lower ?? '')) {
      const v = this.previousFiniteVerb(b - 1, s);
      owner = (v !== -1 ? this.subjectOf(v, s).subjects[0]?.actorId : null) ?? this.claimantFor(k, s);
    }
    if (!owner || this.sideOf(owner) === this.sideOf(helped.actorId)) return;
    const mod = this.modality(Math.max(s.first, b - 4), k, s);
    if (mod.negated || mod.irrealis) return;
    this.emit('SUPPORTS', [{ actorId: owner, mention: null, weight: 1 }], [helped], s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(k, s), false);
  }

  /** "Algeria expressed solidarity with the Polisario Front", "voiced its full solidarity with Cuba": SUPPORTS. */
  protected solidarityExpressed(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    while (k < Math.min(s.end, v + 5) && ['its', 'their', 'his', 'her', 'full', 'strong', 'firm', 'total', 'complete', 'unwavering', 'steadfast', 'deep', 'continued'].includes((tokens[k] as Token).lower)) k++;
    // "showed their support for Niger's junta", "reaffirmed its backing for Kyiv": support shown.
    const shown = ['support', 'backing'].includes(tokens[k]?.lower ?? '') && ['for', 'to'].includes(tokens[k + 1]?.lower ?? '') && ['show', 'reaffirm', 'reiterate', 'declare', 'express', 'voice'].includes(verbLemma(tokens[v] as Token));
    if (!shown && (tokens[k]?.lower !== 'solidarity' || tokens[k + 1]?.lower !== 'with')) return;
    const helped = this.objectAfter(k + 2, s, shown ? 'recipient' : 'target', 3).filter((a) => !a.mention?.place || a.mention.form === 'capital');
    if (helped.length > 0) this.supportedBySubject(v, s, helped, 0.6);
  }

  /**
   * "With backing from Iran, the Houthis have attacked ships", "The Houthis, with Iranian help,
   * attacked", "retook Kidal with the help of the Africa Corps": the helper supports the subject of
   * the clause the phrase belongs to. Help to reach a deal or hold talks is mediation, not support.
   */
  /**
   * "Iran is helping the Houthis", "The U.S. helped Israel intercept the missiles", "Its fighters
   * helped the army recapture Kidal": help given to a side supports it. Helping two sides reach a
   * deal is mediation, told elsewhere; helping a side talk or agree is no support.
   */
  protected helpedSide(v: number, s: Sentence): void {
    const { tokens } = this;
    const helped = this.objectAfter(v + 1, s, 'target', 1).filter((a) => !a.mention?.place);
    if (helped.length !== 1) return;
    let end = this.lastMentionEnd(v + 1, s);
    while (end < s.end && FORCE_NOUNS_HELPED.has(tokens[end]?.lower ?? '')) end++;
    const next = tokens[end];
    const doing = next && (next.lower === 'to' ? tokens[end + 1] : next);
    if (doing && this.isVerb(doing) && ['reach', 'agree', 'negotiate', 'broker', 'resolve', 'end', 'settle', 'secure', 'make', 'find', 'mediate', 'talk', 'bridge', 'restore', 'normalise', 'normalize', 'reconcile', 'sign', 'return', 'release', 'free', 'evacuate', 'leave'].includes(verbLemma(doing))) return;
    // ("helped Ukrainian refugees", "helping Sudanese civilians": people, not the side.)
    if (helped[0]?.mention?.form === 'demonym' && !['army', 'military', 'forces', 'troops', 'government'].includes(tokens[helped[0].mention.end]?.lower ?? '')) return;
    const frame = this.subjectOf(v, s);
    const mod = this.modality(frame.clauseStart, v, s);
    // ("North Korea vowed to help Russia": help pledged is backing, as a pledge.)
    const pledged = tokens[v - 1]?.lower === 'to' && ['pledged', 'promised', 'committed', 'vowed', 'pledges', 'vows', 'promises'].includes(tokens[v - 2]?.lower ?? '') && !this.hasIrrealisBefore(v - 2, s, frame.clauseStart, ['if', 'unless', 'whether', 'would', 'could', 'will', 'may', 'might']);
    if (frame.subjects.length === 0 || mod.negated || (mod.irrealis && !pledged) || this.governedByDenial(v, s)) return;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    const targets = helped.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (targets.length === 0) return;
    this.emit('SUPPORTS', frame.subjects, targets, s, 0.6 * (mod.hedged || pledged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
  }

  protected withHelpOf(k: number, s: Sentence): void {
    const { tokens } = this;
    const helpNouns = ['help', 'support', 'backing', 'assistance', 'aid'];
    let j = k + 1;
    let helpers: Arg[] = [];
    let end = -1;
    if (tokens[j]?.lower === 'the') j++;
    if (helpNouns.includes(tokens[j]?.lower ?? '') && ['of', 'from'].includes(tokens[j + 1]?.lower ?? '')) {
      // ("With backing from Iran, the Houthis ...": the list of helpers stops at the comma.)
      let comma = j + 2;
      while (comma < s.end && tokens[comma]?.text !== ',' && !CLAUSE_BREAKS.has(tokens[comma]?.text ?? '')) comma++;
      helpers = this.objectAfter(j + 2, s, 'agent', 1).filter((a) => !a.mention || a.mention.end <= comma);
      end = helpers.reduce((e, a) => Math.max(e, a.mention?.end ?? -1), -1);
    } else {
      // "with Iranian help", "with Russia's backing", "with U.S. military support".
      const m = this.mentionAt(k + 1);
      if (!m || m.first !== k + 1 || m.place) return;
      let h = m.end;
      if (tokens[h]?.lower === "'s") h++;
      else if (m.form !== 'demonym' && m.form !== 'name') return;
      while (h < m.end + 3 && ['military', 'financial', 'logistical', 'air', 'naval', 'diplomatic', 'political', 'continued', 'crucial', 'key'].includes(tokens[h]?.lower ?? '')) h++;
      if (!helpNouns.includes(tokens[h]?.lower ?? '') || tokens[h + 1]?.lower === 'to') return;
      const arg = this.argOf({ ...m, absorbed: false, place: false }, 'agent');
      if (arg) helpers = [arg];
      end = h + 1;
    }
    helpers = helpers.filter((a) => !a.mention?.place);
    if (helpers.length === 0 || end === -1) return;
    const deals = ['talks', 'negotiations', 'negotiate', 'dialogue', 'meeting', 'meet', 'deal', 'agreement', 'agree', 'sign', 'ceasefire', 'truce', 'accord', 'exchange', 'swap', 'trade', 'release', 'free', 'mediation', 'mediators', 'mediator', 'broker'];
    for (let q = s.first; q < s.end; q++) {
      const w = tokens[q] as Token;
      if (deals.includes(w.lower) || deals.includes(w.lemma) || (this.isVerb(w) && deals.includes(verbLemma(w)))) return;
    }
    // The clause: after a fronted or parenthetical phrase, the next verb and the name before it;
    // after the verb, the verb before and its subject.
    let v = this.previousFiniteVerb(k - 1, s);
    let subjects: Arg[] = [];
    if (v === -1 || tokens[k - 1]?.text === ',') {
      v = -1;
      for (let q = end; q < s.end; q++) {
        const w = tokens[q] as Token;
        if (w.text === ';' || w.text === ':') break;
        if (w.pos === 'VERB' && !w.lower.endsWith('ing') && tokens[q - 1]?.lower !== 'to') {
          v = q;
          break;
        }
      }
      if (v === -1 || tokens[end]?.text !== ',') return;
      const before = this.mentionAt(k - 2);
      if (tokens[k - 1]?.text === ',' && before && before.end === k - 1) subjects = this.coordinatedEndingAt(before, s, 'agent');
      else if (this.previousFiniteVerb(k - 1, s) === -1) subjects = this.argsIn(end + 1, v, 'agent');
    } else subjects = [...this.subjectOf(v, s).subjects];
    if (v === -1 || SPEECH_LEMMAS.has(verbLemma(tokens[v] as Token))) return;
    for (let q = Math.min(v, k) + 1; q < Math.max(v, k); q++) if (RELATIVES.has((tokens[q] as Token).lower) || tokens[q]?.text === ';') return;
    if (subjects.length === 0 && v !== -1 && tokens[k - 1]?.text === ',') subjects = [...this.subjectOf(v, s).subjects];
    subjects = subjects.filter((a) => !a.mention?.place);
    if (subjects.length === 0) return;
    const frame = this.subjectOf(v, s);
    const mod = this.modality(Math.min(frame.clauseStart, k), v, s);
    if (mod.negated || mod.irrealis || this.governedByDenial(v, s)) return;
    const sides = new Set(subjects.map((a) => this.sideOf(a.actorId)));
    const others = helpers.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (others.length > 0) this.emit('SUPPORTS', others, subjects, s, 0.6 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
  }

  /**
   * "Hamas thanked Qatar, its patron, for the money", "Moscow armed Belarus, its closest ally,":
   * a backer noun in apposition to an object, owned by "its"/"their", is the backer of the clause's subject.
   */
  protected ownerAppositive(k: number, s: Sentence): boolean {
    const { tokens } = this;
    let j = k - 1;
    while (j > s.first && j > k - 4 && (['ADJ', 'ADV'].includes((tokens[j] as Token).pos) || ['key', 'main', 'chief', 'closest', 'top', 'biggest', 'military'].includes((tokens[j] as Token).lower)) && !this.mentionAt(j)) {
      if (FORMER_WORDS.has((tokens[j] as Token).lower)) return false;
      j--;
    }
    if (!['its', 'their'].includes(tokens[j]?.lower ?? '') || tokens[j - 1]?.text !== ',' || ![',', '.', ';'].includes(tokens[k + 1]?.text ?? '')) return false;
    const m = this.mentionAt(j - 2);
    if (!m || m.end !== j - 1 || m.place) return false;
    const backer = this.argOf({ ...m, absorbed: false }, 'agent');
    if (!backer) return false;
    const v = this.previousFiniteVerb(m.first - 1, s);
    if (v === -1 || SPEECH_LEMMAS.has(verbLemma(tokens[v] as Token))) return false;
    for (let q = v + 1; q < m.first; q++) {
      const w = tokens[q] as Token;
      if (CLAUSE_BREAKS.has(w.text) || w.text === ',' || RELATIVES.has(w.lower) || this.mentionAt(q)) return false;
    }
    const frame = this.subjectOf(v, s);
    if (frame.subjects.length === 0) return false;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return false;
    if (frame.subjects.some((a) => this.sideOf(a.actorId) === this.sideOf(backer.actorId))) return false;
    this.emit('SUPPORTS', [backer], frame.subjects, s, 0.6 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
    return true;
  }

  /** "Turkey has sided with Azerbaijan", "stood by Russia", "threw its weight behind the army", "came to the aid of Bahrain". */
  protected tookSide(v: number, s: Sentence): void {
    const { tokens } = this;
    const lemma = verbLemma(tokens[v] as Token);
    // ("stood firmly with Guyana": an adverb first.)
    const adverb = tokens[v + 1]?.pos === 'ADV' && ['with', 'by', 'behind'].includes(tokens[v + 2]?.lower ?? '') ? 1 : 0;
    const w1 = tokens[v + 1 + adverb]?.lower ?? '';
    const verb = v;
    v += adverb;
    let at = -1;
    if (lemma === 'side' && w1 === 'with') at = v + 2;
    else if (lemma === 'stand' && ['by', 'with', 'behind'].includes(w1)) at = v + 2;
    // ("The EU stood in full solidarity with Estonia".)
    else if (lemma === 'stand' && w1 === 'in') {
      let k = v + 2;
      while (k < Math.min(s.end, v + 5) && ['full', 'complete', 'total', 'firm', 'unwavering', 'steadfast'].includes(tokens[k]?.lower ?? '')) k++;
      if (tokens[k]?.lower === 'solidarity' && tokens[k + 1]?.lower === 'with') at = k + 2;
    }
    else if (lemma === 'rally' && ['behind', 'around'].includes(w1)) at = v + 2;
    else if (lemma === 'throw' && ['its', 'their', 'his', 'her'].includes(w1) && ['weight', 'support'].includes(tokens[v + 2]?.lower ?? '') && tokens[v + 3]?.lower === 'behind') at = v + 4;
    else if (lemma === 'come' && w1 === 'to') {
      let k = v + 2;
      if (tokens[k]?.lower === 'the') k++;
      if (['aid', 'defence', 'defense', 'rescue', 'assistance'].includes(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of') at = k + 2;
      // ("came to Syria's aid": the one aided in the possessive.)
      const owner = this.mentionAt(v + 2);
      if (at === -1 && owner && owner.first === v + 2 && tokens[owner.end]?.lower === "'s" && ['aid', 'defence', 'defense', 'rescue', 'assistance'].includes(tokens[owner.end + 1]?.lower ?? '')) {
        const helped = this.argOf({ ...owner, place: false }, 'target');
        if (helped) this.supportedBySubject(verb, s, [helped], 0.65);
        return;
      }
    }
    if (at === -1) return;
    this.supportedBySubject(verb, s, this.objectAfter(at, s, 'target', 3), 0.65);
  }

  /** "Niger's junta has turned to Russia for security assistance": the one turned to helps. */
  protected turnedTo(v: number, s: Sentence): void {
    const { tokens } = this;
    let helpers = this.objectAfter(v + 2, s, 'agent', 2);
    // "turned to Moscow for weapons": the capital is its government, not a destination.
    const capital = this.mentionAt(v + 2);
    if (helpers.length === 0 && capital && capital.first === v + 2 && capital.form === 'capital' && tokens[capital.end]?.lower === 'for') {
      const arg = this.argOf({ ...capital, place: false }, 'agent');
      if (arg) helpers = [arg];
    }
    if (helpers.length === 0) return;
    const end = this.lastMentionEnd(v + 2, s);
    if (end === -1 || tokens[end]?.lower !== 'for') return;
    let k = end + 1;
    while (k < Math.min(s.end, end + 6) && ['ADJ', 'NOUN', 'DET', 'NUM', 'SYM'].includes(tokens[k]?.pos ?? '') && !SUPPORT_NOUNS.has(tokens[k]?.lower ?? '')) k++;
    if (!SUPPORT_NOUNS.has(tokens[k]?.lower ?? '') && !['help', 'security'].includes(tokens[k]?.lower ?? '')) return;
    const frame = this.subjectOf(v, s, 'target');
    const mod = this.modality(frame.clauseStart, v, s);
    if (frame.subjects.length === 0 || mod.negated || mod.irrealis || this.governedByDenial(v, s)) return;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    const others = helpers.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (others.length > 0) this.emit('SUPPORTS', others, frame.subjects, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
  }

  /**
   * Forces sent to a side: "deployed 1,000 soldiers to Mozambique to fight an insurgency", "sent
   * troops into Tigray in support of the Ethiopian army", "sending advisers to defend the GNU".
   * The side helped is named by the purpose ("to help/protect X", "in support of X", "alongside
   * X", "at the request of X"); else, when the force goes "to" a state at its request or to help
   * its unnamed government ("to help the junta"), it is that state.
   */
  protected deployedInSupport(v: number, s: Sentence): void {
    const { tokens } = this;
    const limit = Math.min(s.end, v + 28);
    let force = false;
    let destination: Arg[] = [];
    let helped: Arg[] = [];
    let fought: Arg[] = [];
    let request = false;
    // ("deployed military instructors to Burkina Faso", "police officers to Haiti": people sent to help, by what they are.)
    let helpers = false;
    for (let k = v + 1; k < limit; k++) {
      const t = tokens[k] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === '.' || RELATIVES.has(t.lower) || (SUBORDINATORS.has(t.lower) && t.lower !== 'as')) break;
      if (k < v + 9 && DEPLOYED_FORCES.has(t.lower)) force = true;
      if (k < v + 9 && ['instructors', 'advisers', 'advisors', 'trainers', 'peacekeepers', 'police', 'medics'].includes(t.lower)) helpers = true;
      if (!force) {
        if (this.isVerb(t) || t.text === ',') return;
        continue;
      }
      // A finite verb ends the clause; an infinitive of purpose does not.
      if (this.isVerb(t) && tokens[k - 1]?.lower !== 'to' && !(tokens[k - 1]?.lower === 'up' || t.lower === 'up')) break;
      const w = t.lower;
      const next = tokens[k + 1]?.lower ?? '';
      if (w === 'to' && HELP_PURPOSES.has(verbLemma(tokens[k + 1] ?? t))) {
        let j = k + 2;
        if (['up', 'out'].includes(tokens[j]?.lower ?? '')) j++;
        if (helped.length === 0) {
          helped = this.objectAfter(j, s, 'target', 3);
          const at = helped[0]?.mention?.first ?? -1;
          // "to help the government fight al Shabaab": the one fought is not the one helped.
          if (at !== -1 && tokens.slice(j, at).some((x) => FIGHT_PURPOSES.has(x.lower))) helped = [];
          // "to help the ruling junta": the government of the state the force went to.
          let h = j;
          while (h < j + 4 && ['the', 'ruling', 'military', 'embattled', 'beleaguered', 'local', 'national', 'its', 'their'].includes(tokens[h]?.lower ?? '')) h++;
          if (helped.length === 0 && LOCAL_AUTHORITIES.has(tokens[h]?.lower ?? '')) request = true;
          // "deployed troops to Mozambique to help fight insurgents": help in the fight of the state gone to.
          if (helped.length === 0 && FIGHT_PURPOSES.has(verbLemma(tokens[j] ?? t))) request = true;
        }
        k = j - 1;
        continue;
      }
      if (w === 'to' && FIGHT_PURPOSES.has(verbLemma(tokens[k + 1] ?? t))) {
        fought = this.objectAfter(k + 2, s, 'target', 3);
        k++;
        continue;
      }
      if (w === 'to' && destination.length === 0 && tokens[k + 1]?.pos !== 'VERB') {
        destination = this.objectAfter(k + 1, s, 'recipient', 2);
        continue;
      }
      if ((w === 'in' && next === 'support' && tokens[k + 2]?.lower === 'of') || (w === 'on' && ['behalf', 'side'].includes(next === 'the' ? tokens[k + 2]?.lower ?? '' : next))) {
        const of = tokens.slice(k, k + 5).findIndex((x) => x.lower === 'of');
        if (of !== -1 && helped.length === 0) helped = this.objectAfter(k + of + 1, s, 'target', 3);
        continue;
      }
      if (w === 'alongside' || (w === 'with' && ['operation', 'operations', 'offensive'].includes(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'joint')) {
        if (helped.length === 0) helped = this.objectAfter(k + 1, s, 'target', 3);
        continue;
      }
      if (w === 'request' && next === 'of' && ['the', 'at'].includes(tokens[k - 1]?.lower ?? '')) {
        request = true;
        // "at the request of President Salva Kiir": the one who asked for the force is helped.
        // (A leader who asked stands for the state the force went to: that reading is kept below.)
        if (helped.length === 0) helped = this.objectAfter(k + 2, s, 'target', 2).filter((a) => !a.mention?.place && ['country', 'government', 'military'].includes(this.info(a.actorId)?.kind ?? ''));
      }
      // "at Kinshasa's request": the one who asked.
      if (w === 'at' && helped.length === 0) {
        // ("at President Salva Kiir's request": a title before the name.)
        let t1 = k + 1;
        while (t1 < Math.min(s.end, k + 4) && !this.mentionAt(t1) && (tokens[t1] as Token).capitalised && TITLE_WORDS.has((tokens[t1] as Token).lower)) t1++;
        const m = this.mentionAt(t1) ?? this.mentionAt(k + 1);
        // ("at Kiir's request": a leader asks for the state he leads.)
        const asker = m ? this.info(m.actorId) : undefined;
        const leader = asker?.type === 'PERSON' && asker.affiliation !== null && this.info(asker.affiliation)?.kind === 'country';
        if (m && (m.first === k + 1 || m.first === t1) && tokens[m.end]?.lower === "'s" && tokens[m.end + 1]?.lower === 'request' && (['country', 'government', 'military'].includes(asker?.kind ?? '') || leader)) {
          const arg = this.argOf({ ...m, place: false }, 'target');
          if (arg) helped = [leader && asker?.affiliation ? { ...arg, actorId: asker.affiliation } : arg];
        }
      }
    }
    if (!force) return;
    if (this.gerundOfModal(v, s)) return;
    const frame = this.subjectOf(v, s);
    if (frame.subjects.length === 0) return;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis || this.governedByDenial(v, s) || tokens[v - 1]?.lower === 'to') return;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    const foes = new Set(fought.map((a) => this.sideOf(a.actorId)));
    // "deployed troops to Libya at the request of the government": "the government" read as the
    // sender's own is the government of the state the force went to.
    const ownGovernment = helped.length > 0 && helped.every((a) => a.mention?.form === 'coreference' && sides.has(this.sideOf(a.actorId)));
    let targets = ownGovernment ? [] : helped;
    // "sent troops to Mali to fight jihadists", "at the request of": the state the force went to.
    if (targets.length === 0 && (request || ownGovernment || helpers)) targets = destination.filter((a) => this.info(a.actorId)?.kind === 'country' && !foes.has(this.sideOf(a.actorId)));
    targets = targets.filter((a) => !sides.has(this.sideOf(a.actorId)) && !foes.has(this.sideOf(a.actorId)));
    // ("Burundi has deployed soldiers to fight M23": a force sent to fight a named side fights it.)
    const foesHit = fought.filter((a) => !sides.has(this.sideOf(a.actorId)) && ['armed-group', 'country', 'military'].includes(this.info(a.actorId)?.kind ?? '') && !a.mention?.place);
    if (foesHit.length > 0 && !['will', 'would', 'plans', 'planned', 'could'].some((w) => tokens.slice(frame.clauseStart, v).some((x) => x.lower === w))) this.emit('ATTACKS', frame.subjects, foesHit, s, 0.55 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
    if (targets.length === 0) return;
    this.emit('SUPPORTS', frame.subjects, targets, s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
  }

  /**
   * "Rwandan troops have operated in Cabo Delgado under an agreement with Mozambique", "Under a 2016
   * deal with the EU, Turkey agreed ...", "Saudi Arabia and Iran, which restored ties under a
   * China-brokered deal": the subject of the clause the "under" phrase modifies is a party.
   */
  protected underAgreement(k: number, s: Sentence): Arg[] {
    const { tokens } = this;
    let j = k - 1;
    while (j > s.first && j >= k - 7 && (tokens[j] as Token).lower !== 'under') {
      const t = tokens[j] as Token;
      const glued = t.text === '-' || (t.space === '' && tokens[j + 1]?.text === '-') || (tokens[j - 1]?.text === '-' && tokens[j - 1]?.space === '');
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || (this.isVerb(t) && !glued) || !(['ADJ', 'NUM', 'NOUN', 'PROPN', 'DET'].includes(t.pos) || glued)) return [];
      const m = this.mentionAt(j);
      if (m && !(tokens[m.end]?.text === '-' && tokens[m.end]?.space === '')) return [];
      j = m ? m.first - 1 : j - 1;
    }
    if (tokens[j]?.lower !== 'under') return [];
    // ("accused Iran of non-performance of its commitments under the deal": duties a deal sets, no act under it.)
    if (['commitments', 'commitment', 'obligations', 'obligation', 'rights', 'terms', 'provisions', 'limits', 'restrictions'].includes(tokens[j - 1]?.lower ?? '')) return [];
    let v: number;
    if (j === s.first || ['-', '—', '–'].includes(tokens[j - 1]?.text ?? '')) {
      // Fronted: the first verb after the comma that closes the phrase.
      let c = k + 1;
      while (c < Math.min(s.end, k + 14) && (tokens[c] as Token).text !== ',') c++;
      if (tokens[c]?.text !== ',') return [];
      const subjects = this.objectAfter(c + 1, s, 'agent', 1);
      const end = subjects.length > 0 ? this.lastMentionEnd(c + 1, s) : -1;
      if (end === -1 || !(this.isVerb(tokens[end]) || ['AUX', 'ADV'].includes(tokens[end]?.pos ?? ''))) return [];
      const mod = this.modality(c + 1, end + 1, s);
      return mod.negated || mod.irrealis ? [] : subjects;
    } else {
      v = this.previousFiniteVerb(j - 1, s);
    }
    if (v === -1) return [];
    const frame = this.subjectOf(v, s);
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return [];
    // The parties named inside the phrase itself ("with the European Union") are no subjects.
    return frame.subjects.filter((a) => !a.mention || a.mention.first < j || a.mention.first > k + 8);
  }

  /** "..., which ended in a joint declaration", "and produced a deal": talks that yielded an agreement. */
  protected endedInAgreement(from: number, s: Sentence): boolean {
    const { tokens } = this;
    for (let j = from; j < Math.min(s.end, from + 8); j++) {
      const t = tokens[j] as Token;
      if (t.text === ';' || (t.pos === 'VERB' && !['end', 'conclude', 'produce', 'yield', 'culminate', 'close'].includes(verbLemma(t)))) return false;
      if (t.pos === 'VERB') {
        for (let k = j + 1; k < Math.min(s.end, j + 8); k++) {
          const w = (tokens[k] as Token).lower;
          if (['declaration', 'agreement', 'deal', 'accord', 'truce', 'ceasefire', 'memorandum', 'communique', 'communiqué'].includes(w)) return !['without', 'no'].some((neg) => tokens.slice(j, k).some((x) => x.lower === neg));
        }
        return false;
      }
    }
    return false;
  }

  /**
   * "held talks in Cairo that ended with an agreement", "talks, which produced a deal": the talks
   * noun at `k` followed, within a short place or time phrase, by a relative clause that closes
   * them with an agreement.
   */
  protected talksEndedInAgreement(k: number, s: Sentence): boolean {
    const { tokens } = this;
    for (let j = k + 1; j < Math.min(s.end, k + 8); j++) {
      const t = tokens[j] as Token;
      if (['that', 'which'].includes(t.lower)) return this.endedInAgreement(j + 1, s);
      if (this.mentionAt(j) || ['ADP', 'DET', 'PROPN', 'NUM', 'ADJ'].includes(t.pos) || t.text === ',') continue;
      return false;
    }
    return false;
  }

  /**
   * "concluded/ended/wrapped up a new round of talks in Mexico City with an agreement to ...": the
   * talks at `k` that their parties closed with an agreement.
   */
  protected concludedWithAgreement(k: number, s: Sentence): boolean {
    const { tokens } = this;
    let closed = false;
    for (let j = k - 1; j >= Math.max(s.first, k - 7); j--) {
      const t = tokens[j] as Token;
      if (this.isVerb(t)) {
        closed = ['conclude', 'end', 'wrap', 'close', 'complete', 'finish'].includes(verbLemma(t));
        break;
      }
    }
    if (!closed) return false;
    for (let j = k + 1; j < Math.min(s.end, k + 10); j++) {
      const t = tokens[j] as Token;
      if (t.text === ';' || t.text === ',' || (this.isVerb(t) && !t.lower.endsWith('ing'))) return false;
      if (['with', 'in'].includes(t.lower)) {
        for (let h = j + 1; h < Math.min(s.end, j + 6); h++) {
          const w = (tokens[h] as Token).lower;
          if (['no', 'without'].includes(w)) return false;
          if (['agreement', 'deal', 'accord', 'declaration', 'memorandum', 'communique', 'communiqué', 'truce', 'ceasefire'].includes(w)) return true;
        }
      }
    }
    return false;
  }

  /**
   * Nominal agreements and talks are real only when something happened to them: "signed a
   * ceasefire", "the talks between X and Y ended", not "called for a ceasefire".
   */
  /** "A ceasefire between X and Y took effect / held / collapsed": the agreement existed. */
  protected tookEffect(from: number, s: Sentence): boolean {
    // "The ceasefire between India and Pakistan, announced by Trump on Saturday, ...": made, in an apposition.
    if (this.tokens[from]?.text === ',' && ['announced', 'agreed', 'reached', 'signed', 'brokered', 'mediated', 'concluded', 'sealed', 'struck'].includes(this.tokens[from + 1]?.lower ?? '')) return true;
    for (let j = from; j < Math.min(s.end, from + 4); j++) {
      const t = this.tokens[j] as Token;
      if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
      // "The deal between Israel and Hamas was signed in Sharm el-Sheikh": made, in the passive.
      if (['was', 'were', 'had', 'has'].includes(t.lower)) {
        let p = j + 1;
        if (this.tokens[p]?.lower === 'been') p++;
        const w = this.tokens[p];
        if (w && ['signed', 'agreed', 'reached', 'concluded', 'sealed', 'initialled', 'initialed', 'struck', 'finalised', 'finalized', 'announced', 'completed', 'implemented', 'approved', 'ratified'].includes(w.lower)) return !['will', 'would', 'could', 'may', 'might'].includes(this.tokens[j - 1]?.lower ?? '');
        // "The ceasefire between Thailand and Cambodia has largely held".
        if (['has', 'had'].includes(t.lower)) {
          let q = j + 1;
          while (q < Math.min(s.end, j + 3) && (this.tokens[q] as Token).pos === 'ADV') q++;
          const e = this.tokens[q];
          if (e && ['held', 'taken', 'collapsed', 'expired', 'entered', 'come', 'begun', 'started', 'broken', 'remained'].includes(e.lower)) return !['will', 'would', 'could', 'may', 'might'].includes(this.tokens[j - 1]?.lower ?? '');
        }
      }
      return ['take', 'hold', 'collapse', 'expire', 'enter', 'come', 'begin', 'start', 'break', 'remain'].includes(verbLemma(t)) && !['will', 'would', 'could', 'may', 'might'].includes(this.tokens[j - 1]?.lower ?? '');
    }
    return false;
  }

  protected realisContext(k: number, s: Sentence, type: RelationType): boolean {
    const { tokens } = this;
    let agreed = false;
    // "demanding that Netanyahu's government reach a deal with Hamas": a demanded or hoped-for event,
    // however far back in the clause the demand is.
    for (let j = Math.max(s.first, k - 12); j < k - 6; j++) {
      const w = tokens[j] as Token;
      if (w.text === ';' || w.text === '.') break;
      // "ready to help Tehran and Washington reach an agreement": help offered toward an event to come.
      if (['ready', 'willing', 'prepared', 'readiness', 'willingness'].includes(w.lower) && tokens[j + 1]?.lower === 'to' && tokens[j + 2]?.lower === 'help') return false;
      if (['demand', 'urge', 'call', 'want', 'hope', 'push', 'press', 'seek', 'propose', 'offer'].includes(verbLemma(w)) && (w.pos === 'VERB' || w.lower.endsWith('ing'))) {
        const next = tokens[j + 1]?.lower ?? '';
        if (next === 'that' || next === 'for' || tokens.slice(j + 1, k).some((t) => t.lower === 'to' || t.lower === 'that')) return false;
      }
      // ("normalisation depends on Yerevan signing a peace treaty with Baku": a condition, not a deal made.)
      if (['depends', 'depend', 'depended', 'hinges', 'hinge', 'hinged', 'contingent', 'conditional', 'conditioned'].includes(w.lower)) return false;
    }
    // ("renewed its demand for a face-to-face summit between X and Y", "ruled out a meeting between X
    // and Y": a meeting asked for or refused is none.)
    for (let j = Math.max(s.first, k - 9); j < k - 5; j++) {
      const w = tokens[j] as Token;
      if (['demand', 'demands', 'call', 'calls', 'proposal', 'push', 'bid', 'request', 'invitation'].includes(w.lower) && tokens[j + 1]?.lower === 'for') return false;
    }
    if (type !== 'AGREES_WITH') {
      for (let j = Math.max(s.first, k - 4); j < k; j++) if (verbLemma(tokens[j] as Token) === 'rule' && tokens[j + 1]?.lower === 'out') return false;
      // ("a meeting between Putin and Zelenskiy could take place only to finalise": a modal after the phrase.)
      for (let j = k + 1; j < Math.min(s.end, k + 10); j++) {
        const w = tokens[j] as Token;
        if (['could', 'would', 'might', 'may', 'will', 'should'].includes(w.lower) && !w.capitalised) return false;
        if (w.text === ',' || CLAUSE_BREAKS.has(w.text) || (this.isVerb(w) && !this.isParticiple(w))) break;
      }
    }
    for (let j = Math.max(s.first, k - 6); j < k; j++) {
      const w = tokens[j] as Token;
      const lemma = verbLemma(w);
      // "Turkey brokered talks between X and Y": talks a mediator held did take place.
      // "a round of U.S.-mediated talks": the participle glued to the mediator, too.
      const heldByMediator = ['broker', 'mediate', 'host', 'convene', 'facilitate'].includes(lemma) && (w.pos === 'VERB' || (tokens[j - 1]?.text === '-' && tokens[j - 1]?.space === '')) && w.lower.endsWith('ed') && tokens[j - 1]?.lower !== 'to' && (type === 'NEGOTIATES_WITH' || (type === 'AGREES_WITH' && tokens[j - 1]?.text === '-' && tokens[j - 1]?.space === ''));
      // ("accepted the plan at talks with Washington": a plan named as a thing plans nothing.)
      const planObject = ['plan', 'proposal', 'offer', 'call', 'demand'].includes(w.lower) && ['the', 'a', 'its', 'their', 'his', 'her'].includes(tokens[j - 1]?.lower ?? '') && ['at', 'during', 'in'].includes(tokens[j + 1]?.lower ?? '');
      if (!heldByMediator && !planObject && ['call', 'urge', 'demand', 'seek', 'push', 'propose', 'want', 'hope', 'plan', 'press', 'need', 'discuss', 'consider', 'broker', 'mediate', 'negotiate', 'effort', 'efforts', 'work', 'offer', 'invite', 'arrange', 'prepare'].includes(lemma)) return false;
      // "offered to host a summit between X and Y": not held yet.
      // ("was reported to have held talks": a past act reported, not one to come.)
      const raised = ['have', 'be'].includes(tokens[j + 1]?.lower ?? '') && ['reported', 'said', 'believed', 'thought', 'alleged', 'understood', 'known', 'rumoured', 'rumored', 'seen'].includes(tokens[j - 1]?.lower ?? '');
      if (w.lower === 'to' && tokens[j + 1]?.pos === 'VERB' && !raised) return false;
      if (['will', 'would', 'could', 'might', 'may'].includes(w.lower)) return false;
      // ("pressed for talks" is no talks; "met for a second round of talks", "sat down for talks" is.)
      const metFor = w.lower === 'for' && tokens.slice(Math.max(s.first, j - 6), j).some((x, i, all) => this.isVerb(x) && ['meet', 'gather', 'sit', 'convene', 'arrive', 'travel', 'fly'].includes(verbLemma(x)) && (x.lower.endsWith('ed') || ['met', 'sat', 'flew'].includes(x.lower)) && all[i - 1]?.lower !== 'to');
      if (['for', 'toward', 'towards'].includes(w.lower) && type !== 'ATTACKS' && !metFor) return false;
      // "talks on an agreement" are no agreement; "said on Monday it had reached an agreement" is one.
      if (w.lower === 'on' && type === 'AGREES_WITH' && !CALENDAR_DAYS.has(tokens[j + 1]?.lower ?? '')) return false;
      if (['sign', 'reach', 'strike', 'seal', 'conclude', 'agree', 'initial', 'ink', 'announce', 'implement', 'observe', 'extend', 'finalise', 'finalize', 'renew', 'honour', 'honor', 'under', 'accept', 'approve', 'ratify', 'endorse', 'declare', 'commit', 'have', 'clinch', 'forge', 'secure', 'hammer', 'cement'].includes(lemma) || (w.lower === 'bound' && tokens[j + 1]?.lower === 'by')) agreed = true;
    }
    // An agreement is a relation once it was made: "signed a ceasefire between X and Y".
    if (type === 'AGREES_WITH') return agreed;
    // ("Talks between Congo and M23 that were scheduled for Tuesday were called off", "collapsed
    // before they began": talks or a meeting that never took place.)
    if (type === 'NEGOTIATES_WITH' || type === 'MEETS_WITH') {
      for (let j = k + 1; j < Math.min(s.end, k + 16); j++) {
        const w = tokens[j] as Token;
        if (w.text === ';' || w.text === '.') break;
        const next = tokens[j + 1]?.lower ?? '';
        if (['cancelled', 'canceled', 'postponed', 'scrapped', 'shelved', 'aborted'].includes(w.lower) && ['was', 'were', 'been', 'be'].includes(tokens[j - 1]?.lower ?? '')) return false;
        if (w.lower === 'called' && next === 'off') return false;
        if (['collapsed', 'failed'].includes(w.lower) && ['before', 'to'].includes(next) && ['they', 'it', 'take', 'start', 'begin', 'materialise', 'materialize', 'get', 'open'].includes(tokens[j + 2]?.lower ?? '')) return false;
        if (w.lower === 'never' && ['took', 'happened', 'materialised', 'materialized', 'began', 'started'].includes(next)) return false;
      }
    }
    return true;
  }
}
