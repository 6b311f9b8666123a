import type { Mention } from '../mentions.js';
import type { Sentence, Token } from '../nlp.js';
import { EVENT_NOUNS, GIVE_LEMMAS, MILITARY_ACTIVITY, NOUN_TRIGGERS, type NounTrigger, SUPPORT_NOUNS, THREAT_LEMMAS, VERB_TRIGGERS, type VerbTrigger } from '../triggers.js';
import { SPEECH_LEMMAS } from '../vocabulary.js';
import { type Arg, BE_FORMS, MEASURE_NOUNS, CALENDAR_DAYS, CLAUSE_BREAKS, ENDORSED_CLAIMS, FORCE_WORDS, FORCELESS_BODIES, HELP_PURPOSES, LIGHT_VERBS, nounLemma, OWN_FORCE_NOUNS, OWN_THREATENED_NOUNS, OWNED_TARGETS, PROJECTILES, type RawRelation, RELATIVES, type Role, UNNAMED_FIGHTERS, type VerbFrame, verbLemma } from './words.js';
import { TalksRules } from './talks.js';

/** Penalties announced ("would impose tariffs on Canada"), coercive acts and acts of force a warning announces. */
const PENALTY_NOUNS = new Set(['sanctions', 'tariffs', 'tariff', 'duties', 'levies', 'penalties', 'embargo', 'restrictions', 'curbs', 'controls']);
const COERCIVE_LEMMAS = new Set(['close', 'block', 'cut', 'suspend', 'halt', 'withdraw', 'expel', 'end', 'terminate', 'quit', 'leave', 'exit', 'abandon', 'sever', 'downgrade', 'recall', 'seize', 'shut', 'stop', 'freeze', 'revoke', 'scrap', 'cancel', 'ban', 'bar', 'deploy', 'mobilise', 'mobilize', 'enrich', 'reconsider', 'resume']);
const FORCE_LEMMAS = new Set(['strike', 'attack', 'hit', 'target', 'bomb', 'destroy', 'crush', 'annihilate', 'invade', 'obliterate']);

/** What a threat can endanger without being aimed at anyone: "threatening the truce". */
const ENDANGERED = new Set(['truce', 'ceasefire', 'peace', 'stability', 'security', 'talks', 'negotiations', 'deal', 'agreement', 'process', 'lives', 'life', 'future', 'economy', 'existence', 'recovery', 'calm', 'efforts', 'region', 'supplies', 'livelihoods', 'harvest']);

/**
 * Force: attacks (verbal, nominal, reported, answered) and threats of force.
 */
export class ConflictRules extends TalksRules {
  /**
   * "The Taliban said they would respond to any Pakistani strikes", "Katz said Israel would strike
   * Tehran if Iran fired more missiles": a speaker announcing force by its own side threatens the
   * side it names (as object, as the agent of what is answered, or in the condition).
   */
  protected futureForce(v: number, s: Sentence, after: number, frame: VerbFrame): void {
    const { tokens } = this;
    const future = this.futureSpeaker(v, s);
    if (!future) return;
    const { claimant, modal: j } = future;
    const side = this.sideOf(claimant);
    let sources = frame.subjects;
    if (sources.length === 0 && ['it', 'they', 'we'].includes(tokens[j - 1]?.lower ?? '')) sources = [{ actorId: claimant, mention: null, weight: 0.9 }];
    if (sources.length === 0 || !sources.every((a) => this.sideOf(a.actorId) === side || this.kb.governorOf.get(a.actorId) === side)) return;
    const mod = this.modality(frame.clauseStart, j, s);
    if (mod.negated || this.hasIrrealisBefore(j, s, frame.clauseStart, ['if', 'unless', 'whether'])) return;
    const lemma = verbLemma(tokens[v] as Token);
    let targets = ['respond', 'react', 'reply', 'retaliate'].includes(lemma) ? this.prepObject(after, s, ['to', 'against', 'for'], 8) : this.objectAfter(after, s, 'target');
    // "would respond to what it called Kyiv's terrorist attacks": the one named after the aside.
    if (targets.length === 0 && ['to', 'against', 'for'].includes(tokens[after]?.lower ?? '') && tokens[after + 1]?.lower === 'what' && ['called', 'described', 'termed'].includes(tokens[after + 3]?.lower ?? '')) {
      const named = this.objectAfter(after + 4, s, 'target', 4);
      if (named.length > 0 && named.every((a) => a.mention && (tokens[a.mention.end]?.lower === "'s" || a.mention.form === 'demonym'))) targets = named;
    }
    if (targets.length === 0) targets = this.prepObject(after, s, ['against', 'on', 'at'], 8);
    // (The object of the announced attack itself is its target: "would step up its attacks on Moroccan forces".)
    targets = targets.filter((a) => this.sideOf(a.actorId) !== side && this.kb.governorOf.get(a.actorId) !== side && (!this.attackVictim(a) || (a.mention !== null && a.mention.first === after + 1 && NOUN_TRIGGERS.get(nounLemma(tokens[after - 1] as Token))?.type === 'ATTACKS')));
    if (targets.length === 0) targets = this.threatTarget(after, s, sources).filter((a) => a.mention !== null && a.mention.sentence === s.index && !this.attackVictim(a));
    if (targets.length === 0) targets = this.conditionBefore(frame.clauseStart, s, side);
    // "would respond with \"overwhelming force\" if South Korean drones crossed the border again".
    if (targets.length === 0) targets = this.conditionAfter(after, s, new Set([side]));
    // "Iran said it would respond at a time of its choosing": an answer that names no one is
    // aimed at the latest side that attacked the speaker's.
    let confidence = 0.6;
    if (targets.length === 0 && ['respond', 'react', 'reply', 'retaliate'].includes(lemma)) {
      targets = this.latestAttackerOf(sources);
      confidence = 0.55;
    }
    if (targets.length === 0) return;
    this.emit('THREATENS', [{ actorId: claimant, mention: null, weight: 1 }], targets, s, confidence * (mod.hedged ? 0.7 : 1), claimant, false);
  }

  /**
   * "warned that Israel would strike Beirut if Hezbollah fired again": the object of the promised
   * strike and the side whose act is the condition, when neither is the speaker's side.
   */
  protected promisedForceTargets(v: number, s: Sentence, sides: ReadonlySet<string>): Arg[] {
    const { tokens } = this;
    const lemma = verbLemma(tokens[v] as Token);
    if (!['strike', 'hit', 'attack', 'target', 'bomb', 'retaliate', 'respond', 'annihilate', 'destroy', 'crush', 'punish', 'obliterate', 'eliminate'].includes(lemma)) return [];
    const found = new Map<string, Arg>();
    const keep = (list: readonly Arg[]): void => {
      for (const a of list) {
        if (sides.has(this.sideOf(a.actorId)) || this.kb.governorOf.get(a.actorId) !== undefined || a.mention?.place || this.attackVictim(a)) continue;
        // ("crush the rebels, who he said were backed by Bozize": the backer is not the one threatened.)
        if (a.mention && this.agentAfterBy(a.mention.first)) continue;
        if (!found.has(a.actorId)) found.set(a.actorId, a);
      }
    };
    if (!['retaliate', 'respond'].includes(lemma)) keep(this.objectAfter(v + 1, s, 'target', 2));
    for (let k = v + 1; k < Math.min(s.end, v + 14); k++) {
      const t = tokens[k] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ';') break;
      if (!['if', 'unless', 'should'].includes(t.lower)) continue;
      const cond = this.objectAfter(k + 1, s, 'target', 2);
      if (cond.length > 0 && cond.every((a) => !sides.has(this.sideOf(a.actorId)))) keep(cond.map((a) => ({ ...a, weight: a.weight * 0.9 })));
      // ("would respond if attacks from Afghanistan continued": the side the attacks come from.)
      if (found.size === 0) for (const a of this.conditionAfter(k, s, sides)) if (!found.has(a.actorId)) found.set(a.actorId, a);
      break;
    }
    return [...found.values()];
  }

  /**
   * "respond firmly to any attack on Tripoli": the object of an attack noun is the side attacked,
   * the one the speaker defends, not the one it threatens.
   */
  protected attackVictim(a: Arg): boolean {
    const m = a.mention;
    if (!m) return false;
    const { tokens } = this;
    if (!['on', 'against', 'upon', 'at'].includes(tokens[m.first - 1]?.lower ?? '')) return false;
    for (let k = m.first - 2; k >= Math.max(0, m.first - 4); k--) {
      const t = tokens[k] as Token;
      const trig = NOUN_TRIGGERS.get(nounLemma(t));
      if (trig) return trig.type === 'ATTACKS';
      if (!['ADJ', 'DET', 'NUM'].includes(t.pos)) return false;
    }
    return false;
  }

  /** "The Houthis said they would resume attacks on U.S. ships if ...": a future attack announced is a threat. */
  protected futureNominalForce(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    if (['up', 'out'].includes(tokens[k]?.lower ?? '')) k++;
    const limit = Math.min(s.end, k + 4);
    while (k < limit && !this.mentionAt(k) && (['DET', 'ADJ', 'NUM'].includes((tokens[k] as Token).pos) || ['its', 'their', 'air', 'drone', 'missile', 'rocket', 'military', 'naval', 'ground', 'retaliatory'].includes((tokens[k] as Token).lower))) k++;
    const noun = tokens[k];
    const trig = noun ? NOUN_TRIGGERS.get(nounLemma(noun)) : undefined;
    if (!trig || trig.type !== 'ATTACKS' || trig.between) return;
    this.futureForce(v, s, k + 1, this.subjectOf(v, s));
  }

  /**
   * "Azerbaijan said it was ready to use force against Armenia", "China vowed to take all necessary
   * measures against the Philippines": force or measures promised against a side threaten it.
   */
  protected forceAgainst(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    const limit = Math.min(s.end, k + 5);
    while (k < limit && ['all', 'necessary', 'military', 'decisive', 'resolute', 'firm', 'strong', 'tough', 'countermeasures', 'every', 'any', 'the', 'further', 'appropriate', 'forceful', 'retaliatory', 'nuclear', 'its', 'their'].includes((tokens[k] as Token).lower) && (tokens[k] as Token).lower !== 'countermeasures') k++;
    // ("used North Korean missiles", "chemical weapons": the arms' maker or kind before the noun.)
    let w = k;
    while (w < limit + 3 && w < s.end && (['chemical', 'ballistic', 'cruise', 'long-range', 'western', 'hypersonic', 'banned', 'cluster'].includes((tokens[w] as Token).lower) || this.mentionAt(w)?.form === 'demonym')) w = this.mentionAt(w)?.end ?? w + 1;
    if (w > k && ['weapons', 'missiles', 'munitions', 'bombs', 'drones'].includes(tokens[w]?.lower ?? '')) k = w;
    // ("ready to use nuclear weapons against South Korea": arms used against a side, too.)
    const weapons = ['weapons', 'missiles', 'munitions', 'bombs', 'drones'].includes(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'against';
    if (!['force', 'measures', 'action', 'steps', 'countermeasures'].includes(tokens[k]?.lower ?? '') && !weapons) return;
    // "would take retaliatory measures if Finland hosted U.S. nuclear weapons": the side of the condition.
    const conditional = tokens[k + 1]?.lower !== 'against';
    if (conditional && !(tokens[k - 1]?.lower === 'retaliatory' || tokens[k]?.lower === 'countermeasures' || ['force', 'measures'].includes(tokens[k]?.lower ?? ''))) return;
    if (tokens[k]?.lower !== 'force' && !weapons && !['necessary', 'military', 'decisive', 'resolute', 'firm', 'strong', 'tough', 'forceful', 'countermeasures', 'retaliatory'].some((w) => tokens.slice(v + 1, k + 1).some((t) => t.lower === w))) return;
    // The force is promised: "ready/prepared to use", "vowed/threatened to take", "would use".
    let j = v - 1;
    while (j > s.first && (tokens[j] as Token).pos === 'ADV') j--;
    const promised =
      (tokens[j]?.lower === 'to' && (THREAT_LEMMAS.has(verbLemma(tokens[j - 1] ?? (tokens[v] as Token))) || ['ready', 'prepared', 'willing', 'determined'].includes(tokens[j - 1]?.lower ?? ''))) ||
      ['would', 'will', "'ll"].includes(tokens[j]?.lower ?? '');
    // "Russia has used North Korean missiles against Ukraine": arms used against a side attack it.
    if (!promised && weapons && verbLemma(tokens[v] as Token) === 'use') {
      const frame = this.subjectOf(v, s);
      const mod = this.modality(frame.clauseStart, v, s);
      if (mod.negated || mod.irrealis || frame.subjects.length === 0) return;
      const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
      const hit = this.objectAfter(k + 2, s, 'attack-target', 3).filter((a) => !sides.has(this.sideOf(a.actorId)) && !a.mention?.place);
      if (hit.length > 0) this.emit('ATTACKS', frame.subjects, hit, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
      return;
    }
    if (!promised) return;
    const cue = tokens[j]?.lower === 'to' ? j - 1 : j;
    const frame = this.clauseSubject(cue, s);
    let sources = frame.subjects;
    const claimant = this.claimantFor(v, s);
    if (sources.length === 0 && claimant && ['it', 'they', 'we'].includes(tokens[cue - 1]?.lower ?? '')) sources = [{ actorId: claimant, mention: null, weight: 0.9 }];
    if (sources.length === 0) return;
    const mod = this.modality(frame.clauseStart, cue, s);
    if (mod.negated || this.hasIrrealisBefore(cue, s, frame.clauseStart, ['if', 'unless', 'whether'])) return;
    let targets = conditional ? this.conditionAfter(k + 1, s, new Set(sources.map((a) => this.sideOf(a.actorId)))) : this.objectAfter(k + 2, s, 'target', 3);
    // "condemned the U.S. arms sale and vowed to take countermeasures": the side just condemned.
    if (targets.length === 0 && conditional) targets = this.denouncedHere(s, sources);
    if (targets.length === 0) return;
    this.emit('THREATENS', sources, targets, s, 0.65 * (mod.hedged ? 0.7 : 1), claimant ?? sources[0]?.actorId ?? null, false);
  }

  /** "Islamic State claimed responsibility for the attack on a Syrian army convoy": the claimer attacked. */
  protected claimedAttack(v: number, s: Sentence): void {
    const { tokens } = this;
    if (this.claimedUnclaimed(v, s)) return;
    let k = v + 1;
    if (tokens[k]?.lower === 'responsibility' && tokens[k + 1]?.lower === 'for') k += 2;
    else if (k < s.end && tokens[k]?.lower === 'that') return;
    // "claimed responsibility for attacking Malian troops": the act as a gerund.
    const gerund = tokens[k] as Token | undefined;
    if (gerund && k === v + 3 && gerund.lower.endsWith('ing') && (VERB_TRIGGERS.get(verbLemma(gerund)) ?? []).some((r) => r.type === 'ATTACKS')) {
      const frame = this.subjectOf(v, s);
      const targets = this.objectAfter(k + 1, s, 'attack-target', 3);
      const mod = this.modality(frame.clauseStart, v, s);
      if (frame.subjects.length > 0 && targets.length > 0 && !mod.negated && !mod.irrealis) this.emit('ATTACKS', frame.subjects, targets, s, 0.75 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), false);
      return;
    }
    let n = -1;
    for (let j = k; j < Math.min(s.end, k + 5); j++) {
      const t = tokens[j] as Token;
      const trig = NOUN_TRIGGERS.get(nounLemma(t));
      if (t.pos === 'NOUN' && trig?.type === 'ATTACKS' && !trig.between) {
        n = j;
        break;
      }
      // ("has claimed more than 100 attacks on U.S. troops": a count first.)
      if (this.mentionAt(j) || !(['DET', 'ADJ', 'NOUN', 'NUM', 'PART'].includes(t.pos) || ['than', 'over', 'about', 'around', 'nearly', 'almost', 'some'].includes(t.lower))) return;
    }
    if (n === -1) return;
    const trig = NOUN_TRIGGERS.get(nounLemma(tokens[n] as Token)) as NounTrigger;
    let p = this.skipNouns(n + 1, s);
    // ("claimed an ambush in Orakzai district that killed ...": a place between the act and its relative.)
    if (['in', 'near', 'on'].includes(tokens[p]?.lower ?? '')) {
      let q = p + 1;
      while (q < Math.min(s.end, p + 6) && !['that', 'which'].includes((tokens[q] as Token).lower) && !CLAUSE_BREAKS.has((tokens[q] as Token).text) && (tokens[q] as Token).text !== ',' && !this.isVerb(tokens[q])) q++;
      if (['that', 'which'].includes(tokens[q]?.lower ?? '')) p = q;
    }
    const frame = this.subjectOf(v, s);
    // "The Islamic Resistance in Iraq claimed the attack": the one the article said was hit.
    const definite = ['the', 'this', 'that', 'thursday', "'s"].includes(tokens[n - 1]?.lower ?? '') || ['the', 'this', 'that'].includes(tokens[n - 2]?.lower ?? '');
    // "claimed a suicide bombing that killed seven Pakistani soldiers": the ones the relative says it hit.
    const hitBy = ['that', 'which'].includes(tokens[p]?.lower ?? '') && this.isVerb(tokens[p + 1]) && ['kill', 'wound', 'injure', 'hit', 'target', 'strike'].includes(verbLemma(tokens[p + 1] as Token)) ? this.objectAfter(p + 2, s, 'attack-target', 5) : [];
    const told = !trig.targetPreps.includes(tokens[p]?.lower ?? '') && hitBy.length === 0 && definite && frame.subjects.length > 0 ? this.victimTold(s, frame.subjects) : [];
    if (!trig.targetPreps.includes(tokens[p]?.lower ?? '') && told.length === 0 && hitBy.length === 0) return;
    const targets = hitBy.length > 0 ? hitBy : told.length > 0 ? told : this.objectAfter(p + 1, s, 'attack-target', 4);
    if (targets.length === 0) return;
    if (frame.subjects.length === 0) return;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    this.done.add(n);
    this.emit('ATTACKS', frame.subjects, targets, s, 0.75 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), false);
  }

  /**
   * "A drone attack on a base hosting U.S. troops caused no casualties": an attack told with what it
   * hit but not who made it, for the one who claims it next.
   */
  protected rememberUnclaimed(k: number, s: Sentence, hedged: boolean): void {
    const trig = NOUN_TRIGGERS.get(nounLemma(this.tokens[k] as Token));
    const p = this.skipNouns(k + 1, s);
    if (!trig || !trig.targetPreps.includes(this.tokens[p]?.lower ?? '')) return;
    const targets = this.objectAfter(p + 1, s, 'attack-target', 3);
    if (targets.length > 0) this.memory.unclaimed = { targets, sentence: s.index, hedged };
  }

  /**
   * "... caused no casualties. The Islamic Resistance in Iraq claimed responsibility (for the
   * attack)": the claimer attacked what the attack told just before hit.
   */
  protected claimedUnclaimed(v: number, s: Sentence): boolean {
    const { tokens } = this;
    const last = this.memory.unclaimed;
    if (!last || s.index - last.sentence > 2 || s.index === last.sentence || tokens[v + 1]?.lower !== 'responsibility') return false;
    let k = v + 2;
    // "for the attack", "for Sunday's bombing": the attack told before, not a new one with its own target.
    if (tokens[k]?.lower === 'for') {
      k++;
      if (['the', 'this', 'that'].includes(tokens[k]?.lower ?? '')) k++;
      else if (CALENDAR_DAYS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === "'s") k += 2;
      else return false;
      if (NOUN_TRIGGERS.get(nounLemma(tokens[k] as Token))?.type !== 'ATTACKS') return false;
      k++;
    }
    if (!['.', ',', ';', 'in', 'on'].includes(tokens[k]?.lower ?? '.') && k < s.end) return false;
    const frame = this.subjectOf(v, s);
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    const targets = last.targets.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (frame.subjects.length === 0 || targets.length === 0) return false;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return true;
    this.memory.unclaimed = null;
    this.emit('ATTACKS', frame.subjects, targets, s, 0.7 * (mod.hedged || last.hedged ? 0.7 : 1), this.claimantFor(v, s), false);
    return true;
  }

  /**
   * The side hit by an attack told in this or the two sentences before without its author: "Three
   * U.S. soldiers were killed when a drone struck a small American base", "gunmen killed six
   * soldiers, the defence ministry said" (the dateline's state). Only one such side, and none when
   * the attack told already had an author.
   */
  protected victimTold(s: Sentence, claimers: readonly Arg[]): Arg[] {
    const { tokens } = this;
    const sides = new Set(claimers.map((a) => this.sideOf(a.actorId)));
    const hitNouns = new Set(['soldiers', 'troops', 'servicemen', 'personnel', 'police', 'policemen', 'officers', 'peacekeepers', 'guards', 'base', 'bases', 'convoy', 'patrol', 'post', 'outpost', 'checkpoint', 'positions', 'embassy', 'consulate', 'forces']);
    const attackWords = new Set(['killed', 'wounded', 'injured', 'struck', 'attacked', 'ambushed', 'stormed', 'bombed', 'shelled', 'attack', 'ambush', 'bombing', 'blast', 'explosion', 'raid']);
    for (let i = s.index; i >= Math.max(0, s.index - 2); i--) {
      const t = this.doc.sentences[i];
      if (!t) continue;
      if (i < s.index && this.out.some((r) => r.sentence === i && r.type === 'ATTACKS')) return [];
      const words = tokens.slice(t.first, t.end);
      if (!words.some((w) => attackWords.has(w.lower))) continue;
      const found = new Map<string, Arg>();
      let unowned = false;
      for (let k = t.first; k < t.end; k++) {
        const m = this.mentionAt(k);
        if (!m) {
          // "killed six soldiers", "killing three soldiers": a number of soldiers of no one named.
          if (['soldiers', 'troops', 'servicemen'].includes((tokens[k] as Token).lower) && (tokens[k - 1]?.pos === 'NUM' || ['several', 'dozens', 'scores'].includes(tokens[k - 1]?.lower ?? ''))) unowned = true;
          continue;
        }
        k = m.end - 1;
        if (m.place || (m.form !== 'demonym' && m.form !== 'name' && m.form !== 'abbreviation')) continue;
        let h = m.end;
        while (h < Math.min(t.end, m.end + 2) && !hitNouns.has((tokens[h] as Token).lower) && ['NOUN', 'ADJ'].includes((tokens[h] as Token).pos) && !this.mentionAt(h)) h++;
        if (!hitNouns.has(tokens[h]?.lower ?? '')) continue;
        const info = this.info(m.actorId);
        if (!['country', 'government', 'military'].includes(info?.kind ?? '')) continue;
        if (!sides.has(this.sideOf(m.actorId))) found.set(this.sideOf(m.actorId), { actorId: m.actorId, mention: m, weight: 0.8 });
      }
      if (found.size === 1) return [...found.values()];
      if (found.size > 1) return [];
      // "..., the defence ministry said": the soldiers of the state the story is filed from.
      if (unowned && words.some((w, q) => ['ministry', 'army', 'military'].includes(w.lower) && words[q + 1]?.lower === 'said')) {
        const home = this.datelineState();
        if (home && !sides.has(this.sideOf(home))) return [{ actorId: home, mention: null, weight: 0.75 }];
      }
      if (i < s.index) return [];
    }
    return [];
  }

  /** "..., saying Israel would pay", "said Seoul will regret it": the speaker threatens the one who will pay. */
  protected consequence(v: number, s: Sentence): void {
    const future = this.futureSpeaker(v, s) ?? this.mustSuffer(v, s);
    if (!future) return;
    const { claimant, modal: j } = future;
    // (From the modal: "South Korea would \"pay dearly\"" has a quote before the verb.)
    const frame = this.subjectOf(j + 1, s, 'target');
    const targets = frame.subjects.filter((a) => this.sideOf(a.actorId) !== this.sideOf(claimant) && a.mention !== null);
    if (targets.length === 0 || targets.length !== frame.subjects.length) return;
    const mod = this.modality(frame.clauseStart, j, s);
    if (mod.negated || this.hasIrrealisBefore(j, s, frame.clauseStart, ['if', 'unless', 'whether'])) return;
    this.emit('THREATENS', [{ actorId: claimant, mention: null, weight: 1 }], targets, s, 0.6 * (mod.hedged ? 0.7 : 1), claimant, false);
  }

  /** "China said the United States was 'playing with fire'": the speaker threatens the subject. */
  /**
   * The one side that `speakers` accused or criticised earlier in this sentence ("condemned the
   * Indian strikes and ..."), or none.
   */
  protected denouncedHere(s: Sentence, speakers: readonly Arg[]): Arg[] {
    const sides = new Set(speakers.map((a) => this.sideOf(a.actorId)));
    if (sides.size === 0) return [];
    const ids = new Set(this.out.filter((r) => r.sentence === s.index && (r.type === 'ACCUSES' || r.type === 'CRITICIZES') && sides.has(this.sideOf(r.source)) && !sides.has(this.sideOf(r.target))).map((r) => this.sideOf(r.target)));
    return ids.size === 1 ? [{ actorId: [...ids][0] as string, mention: null, weight: 0.8 }] : [];
  }

  /**
   * "Aliyev said Armenia must be punished", "Netanyahu said Hamas must pay a heavy price": a
   * penalty a side with force says another must suffer, like one it says the other will suffer.
   */
  protected mustSuffer(v: number, s: Sentence): { claimant: string; modal: number } | null {
    const { tokens } = this;
    let j = v - 1;
    while (j > s.first && ((tokens[j] as Token).pos === 'ADV' || ['"', '“', "'"].includes((tokens[j] as Token).text))) j--;
    if (tokens[j]?.lower !== 'must') return null;
    const lemma = verbLemma(tokens[v] as Token);
    const penalty = lemma === 'pay' ? tokens.slice(v + 1, Math.min(s.end, v + 5)).some((w) => ['price', 'dearly'].includes(w.lower)) : (tokens[v] as Token).lower === 'be' && tokens.slice(v + 1, v + 3).some((w) => w.lower === 'punished');
    if (!penalty) return null;
    const claimant = this.claimantFor(v, s);
    if (!claimant || this.forceless(this.sideOf(claimant))) return null;
    return { claimant, modal: j };
  }

  protected playingWithFire(k: number, s: Sentence): void {
    const { tokens } = this;
    let b = k - 1;
    while (b > s.first && (['"', '“', '”'].includes((tokens[b] as Token).text) || (tokens[b] as Token).pos === 'ADV')) b--;
    if (!BE_FORMS.has(tokens[b]?.lower ?? '')) return;
    const claimant = this.claimantFor(b, s);
    if (!claimant) return;
    const frame = this.subjectOf(b, s, 'target');
    const targets = frame.subjects.filter((a) => this.sideOf(a.actorId) !== this.sideOf(claimant) && a.mention !== null);
    if (targets.length === 0 || targets.length !== frame.subjects.length) return;
    this.emit('THREATENS', [{ actorId: claimant, mention: null, weight: 1 }], targets, s, 0.6, claimant, false);
  }

  /**
   * "North Korea said it would not stand idly by if South Korea continued its provocations", "Iran
   * reserved the right to respond to Israel's aggression": force held in reserve against a side.
   */
  protected heldInReserve(k: number, s: Sentence): void {
    const { tokens } = this;
    let v = k - 1;
    let targets: Arg[] = [];
    if (tokens[k]?.lower === 'idly') {
      // "would not stand idly by": a negated stand, then the condition.
      if (verbLemma(tokens[v] ?? (tokens[k] as Token)) !== 'stand') return;
      for (let q = k + 2; q < Math.min(s.end, k + 6); q++) {
        if (['if', 'unless', 'while', 'as'].includes((tokens[q] as Token).lower)) {
          targets = this.objectAfter(q + 1, s, 'target', 2);
          break;
        }
      }
    } else {
      v = k - 2;
      if (!['respond', 'retaliate', 'defend', 'react', 'take', 'use', 'strike'].includes(verbLemma(tokens[k + 2] ?? (tokens[k] as Token)))) return;
      targets = this.prepObject(k + 3, s, ['to', 'against'], 8);
    }
    const frame = this.subjectOf(v, s);
    const claimant = this.claimantFor(v, s);
    let sources = frame.subjects;
    if (sources.length === 0 && claimant && ['it', 'they', 'we'].includes(tokens[frame.clauseStart]?.lower ?? '')) sources = [{ actorId: claimant, mention: null, weight: 0.9 }];
    if (sources.length === 0) return;
    const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
    // "condemned the Indian strikes ... and said it reserved the right to respond": the one just condemned.
    if (targets.length === 0 && tokens[k]?.lower === 'right') {
      const condemned = this.out.filter((r) => r.type === 'CRITICIZES' && r.sentence === s.index && sides.has(this.sideOf(r.source)));
      const ids = new Set(condemned.map((r) => r.target));
      if (ids.size === 1) targets = [{ actorId: [...ids][0] as string, mention: null, weight: 0.85 }];
    }
    targets = targets.filter((a) => !sides.has(this.sideOf(a.actorId)) && !a.mention?.place);
    // "Tehran reserved the right to respond": with no one named, the latest side that attacked it.
    let confidence = 0.6;
    if (targets.length === 0 && tokens[k]?.lower === 'right') {
      targets = this.latestAttackerOf(sources);
      confidence = 0.55;
    }
    if (targets.length === 0) return;
    this.emit('THREATENS', sources, targets, s, confidence, claimant ?? sources[0]?.actorId ?? null, false);
  }

  /**
   * "said the attack would not go unanswered", "Israel's crimes will not go unpunished": the speaker
   * promises to answer an act, a threat to the one who did it (named in the subject, or the latest
   * side that attacked the speaker's).
   */
  protected unansweredAct(k: number, s: Sentence): void {
    const { tokens } = this;
    if (verbLemma(tokens[k - 1] ?? (tokens[k] as Token)) !== 'go') return;
    let j = k - 2;
    if (!['not', "n't", 'never'].includes(tokens[j]?.lower ?? '')) return;
    j--;
    if (!['would', 'will', 'shall', 'wo', 'can', 'could'].includes(tokens[j]?.lower ?? '')) return;
    const claimant = this.claimantFor(k, s);
    if (!claimant || this.forceless(this.sideOf(claimant))) return;
    const side = this.sideOf(claimant);
    // The subject: back to the clause's start ("said (that)", a comma, the sentence's start).
    let from = j - 1;
    while (from > s.first && !['said', 'says', 'that', 'warned', 'added', ',', ';'].includes(tokens[from - 1]?.lower ?? '')) from--;
    let act = false;
    let agents: Arg[] = [];
    for (let q = from; q < j; q++) {
      const w = tokens[q] as Token;
      if (EVENT_NOUNS.has(w.lower) || ['crime', 'crimes', 'aggression', 'attack', 'attacks'].includes(w.lower)) act = true;
      const m = this.mentionAt(q);
      if (m && !m.place && (tokens[m.end]?.lower === "'s" || m.form === 'demonym' || tokens[m.first - 1]?.lower === 'by') && this.sideOf(m.actorId) !== side) agents = [{ actorId: m.actorId, mention: m, weight: 0.9 }];
      if (m) q = m.end - 1;
    }
    if (!act) return;
    const targets = agents.length > 0 ? agents : this.latestAttackerOf([{ actorId: claimant, mention: null, weight: 1 }]);
    if (targets.length === 0) return;
    this.emit('THREATENS', [{ actorId: claimant, mention: null, weight: 1 }], targets, s, agents.length > 0 ? 0.65 : 0.55, claimant, false);
  }

  /** "consequences", "a crushing response", "retaliation", "bombing": harm one faces or suffers. */
  protected harmAhead(from: number, s: Sentence): boolean {
    const { tokens } = this;
    for (let k = from; k < Math.min(s.end, from + 5); k++) {
      const t = tokens[k] as Token;
      if (['consequences', 'retaliation', 'response', 'punishment', 'wrath', 'retribution', 'reprisals', 'bombing', 'attacks', 'strikes', 'annihilation', 'destruction', 'force', 'obliteration', 'devastation', 'elimination', 'hell', 'counteraction', 'countermeasures', 'counterattack', 'defeat', 'repercussions', 'reprisal', 'revenge', 'fury', 'fate'].includes(t.lower)) return true;
      if (!(['DET', 'ADJ', 'PUNCT'].includes(t.pos) && !CLAUSE_BREAKS.has(t.text)) && !['"', '“', '”'].includes(t.text) && !(t.lower.endsWith('ing') && t.pos === 'VERB')) return false;
    }
    return false;
  }

  /** "vowed to retaliate against X": THREATENS, the target from the attack verb or the latest attacker. */
  protected unhesitatingForce(v: number, s: Sentence, rule: VerbTrigger, after: number): boolean {
    let cue = v - 4;
    while (cue > s.first && (['would', 'will', "'ll", 'wo', 'did', 'does', 'do'].includes(this.tokens[cue]?.lower ?? '') || this.tokens[cue]?.pos === 'ADV')) cue--;
    const frame = this.subjectOf(cue + 1, s);
    let sources = frame.subjects;
    const claimant = this.claimantFor(v, s);
    if (sources.length === 0 && claimant && ['it', 'they', 'we'].includes(this.tokens[cue]?.lower ?? '')) sources = [{ actorId: claimant, mention: null, weight: 0.9 }];
    if (sources.length === 0) return true;
    let targets = rule.object === 'direct' ? this.objectAfter(after, s, 'target') : [];
    if (targets.length === 0) targets = this.prepObject(after, s, ['against', 'on', 'at', ...(rule.preps ?? [])], 8);
    const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
    targets = targets.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (targets.length === 0) return true;
    this.emit('THREATENS', sources, targets, s, 0.7, claimant ?? sources[0]?.actorId ?? null, false);
    return true;
  }

  protected threatOfForce(v: number, s: Sentence, rule: VerbTrigger, after: number, cue = v - 2): boolean {
    const frame = this.clauseSubject(cue, s);
    if (frame.subjects.length === 0) return true;
    const mod = this.modality(frame.clauseStart, cue, s);
    if (mod.negated) return true;
    let targets = rule.object === 'direct' ? this.objectAfter(after, s, 'target') : [];
    if (targets.length === 0) targets = this.prepObject(after, s, ['against', 'on', 'at', ...(rule.preps ?? [])], 8);
    let confidence = 0.75;
    // "vowed to keep targeting 'occupation forces' until Yaounde withdrew its troops": the side whose act ends the threat.
    if (targets.length === 0) {
      targets = this.conditionSide(after, s, new Set(frame.subjects.map((a) => this.sideOf(a.actorId))));
      confidence = 0.65;
    }
    // ("vowed to keep fighting until the regime collapses": a condition names its side; none found, none guessed.)
    const conditioned = this.tokens.slice(after, Math.min(s.end, after + 14)).some((w) => ['until', 'unless', 'till'].includes(w.lower));
    if (targets.length === 0 && !conditioned) {
      targets = this.latestAttackerOf(frame.subjects);
      confidence = 0.65;
    }
    if (targets.length === 0) return true;
    const sources = frame.subjects;
    this.emit('THREATENS', sources, targets, s, confidence * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s) ?? sources[0]?.actorId ?? null, false);
    return true;
  }

  /** "vowed a harsh response", "promised revenge", "vowed a crushing response": a response as the object, naming no one. */
  protected responseObject(from: number, s: Sentence): boolean {
    const { tokens } = this;
    if (!['vow', 'promise', 'pledge', 'threaten', 'swear'].includes(verbLemma(tokens[from - 1] ?? (tokens[from] as Token)))) return false;
    let k = from;
    while (k < Math.min(s.end, from + 4) && (['DET', 'ADJ'].includes((tokens[k] as Token).pos) || ['"', '“', '”'].includes((tokens[k] as Token).text)) && !this.mentionAt(k)) k++;
    if (!['response', 'retaliation', 'revenge', 'reprisals', 'reprisal', 'retribution'].includes(tokens[k]?.lower ?? '')) return false;
    return !['to', 'against', 'on', 'for'].includes(tokens[k + 1]?.lower ?? '') || !this.mentionAt(k + 2);
  }

  /**
   * "Russian forces pushed Ukrainian units out of most of the Kursk region", "the army drove the RSF
   * from Khartoum", "routed M23 fighters": a side forced out of ground is attacked.
   */
  protected droveOut(v: number, s: Sentence): void {
    const { tokens } = this;
    const lemma = verbLemma(tokens[v] as Token);
    // "Russian forces had been pushed back by Ukrainian troops": the passive, with the agent after "by".
    if (BE_FORMS.has(tokens[v - 1]?.lower ?? '') && ['back', 'out', 'away'].includes(tokens[v + 1]?.lower ?? '')) {
      let b = v + 2;
      if (tokens[b]?.lower === 'of') {
        while (b < Math.min(s.end, v + 10) && tokens[b]?.lower !== 'by' && !CLAUSE_BREAKS.has((tokens[b] as Token).text)) b++;
      }
      if (tokens[b]?.lower !== 'by') return;
      const agents = this.objectAfter(b + 1, s, 'agent', 3);
      const frame = this.subjectOf(v, s, 'attack-target');
      const mod = this.modality(frame.clauseStart, v, s);
      if (agents.length === 0 || mod.negated || mod.irrealis) return;
      const sides = new Set(agents.map((a) => this.sideOf(a.actorId)));
      const hit = frame.subjects.filter((a) => !sides.has(this.sideOf(a.actorId)) && !a.mention?.place && ['country', 'government', 'military', 'armed-group'].includes(this.info(a.actorId)?.kind ?? ''));
      if (hit.length > 0) this.emit('ATTACKS', agents, hit, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
      return;
    }
    const targets = this.objectAfter(v + 1, s, 'attack-target', 3);
    const m = targets[0]?.mention;
    if (targets.length === 0 || !m || m.place || m.form === 'capital') return;
    // The particle after the object: "out of", "back", "from"; a rout needs none.
    let e = m.end;
    while (e < Math.min(s.end, m.end + 3) && !['out', 'back', 'from', 'away'].includes((tokens[e] as Token).lower) && ['NOUN', 'ADJ'].includes((tokens[e] as Token).pos) && !this.mentionAt(e)) e++;
    if (lemma !== 'rout' && !['out', 'back', 'from', 'away'].includes(tokens[e]?.lower ?? '')) return;
    // "forced Ukraine back to the table", "pushed Kyiv back into talks": pressure, not force.
    if (['to', 'into', 'towards', 'toward'].includes(tokens[e + 1]?.lower ?? '') && tokens[e]?.lower === 'back') return;
    const frame = this.subjectOf(v, s);
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis || frame.subjects.length === 0) return;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    const hit = targets.filter((a) => !sides.has(this.sideOf(a.actorId)) && ['country', 'government', 'military', 'armed-group'].includes(this.info(a.actorId)?.kind ?? ''));
    if (hit.length === 0) return;
    this.emit('ATTACKS', frame.subjects, hit, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
  }

  /**
   * "Pakistan said it would give a befitting response to any Indian aggression", "will deliver a
   * crushing reply to Israel": the side answered is threatened.
   */
  protected responseGiven(k: number, s: Sentence): void {
    const { tokens } = this;
    let v = k - 1;
    while (v > s.first && v > k - 5 && (['DET', 'ADJ'].includes((tokens[v] as Token).pos) || ['"', '“', '”'].includes((tokens[v] as Token).text))) v--;
    if (!this.isVerb(tokens[v]) || !['give', 'deliver', 'issue', 'mount'].includes(verbLemma(tokens[v] as Token))) return;
    const future = this.futureSpeaker(v, s);
    if (!future) return;
    const frame = this.subjectOf(v, s);
    const mod = this.modality(frame.clauseStart, future.modal, s);
    if (mod.negated || this.hasIrrealisBefore(future.modal, s, frame.clauseStart, ['if', 'unless', 'whether'])) return;
    const side = this.sideOf(future.claimant);
    let sources = frame.subjects;
    if (sources.length === 0 && ['it', 'they', 'we'].includes(tokens[future.modal - 1]?.lower ?? '')) sources = [{ actorId: future.claimant, mention: null, weight: 0.9 }];
    if (sources.length === 0 || !sources.every((a) => this.sideOf(a.actorId) === side || this.kb.governorOf.get(a.actorId) === side)) return;
    // "to any Indian aggression", "to Israel", "to any attack by the Houthis".
    let q = k + 2;
    while (q < Math.min(s.end, k + 5) && ['any', 'the', 'further', 'future', 'such'].includes((tokens[q] as Token).lower)) q++;
    let targets = this.objectAfter(q, s, 'target', 3);
    if (targets.length === 0) {
      const by = tokens.slice(q, Math.min(s.end, q + 4)).findIndex((w) => w.lower === 'by');
      if (by !== -1) targets = this.objectAfter(q + by + 1, s, 'agent', 3);
    }
    targets = targets.filter((a) => this.sideOf(a.actorId) !== side && !a.mention?.place && !this.attackVictim(a));
    if (targets.length === 0) return;
    this.emit('THREATENS', [{ actorId: future.claimant, mention: null, weight: 1 }], targets, s, 0.6 * (mod.hedged ? 0.7 : 1), future.claimant, false);
  }

  /**
   * "Pakistan said it had carried out strikes on hideouts inside Iran ... Pakistan's foreign ministry
   * said the 'highly coordinated' strikes targeted ...": strikes heading the subject, reported by a
   * side that carried out strikes in the last sentences, are that side's.
   */
  protected speakersOwnStrikes(from: number, v: number, s: Sentence): Arg[] {
    const { tokens } = this;
    // Back from the verb: the event noun, its modifiers (a quoted "highly coordinated" too), "the".
    let k = v - 1;
    while (k > s.first && ['ADV', 'AUX'].includes((tokens[k] as Token).pos)) k--;
    if (!['strikes', 'airstrikes', 'attacks', 'raids', 'operation', 'operations', 'strike', 'attack', 'raid'].includes(tokens[k]?.lower ?? '') || this.mentionAt(k)) return [];
    k--;
    while (k > s.first && k > v - 10 && (['ADJ', 'ADV'].includes((tokens[k] as Token).pos) || ['"', '“', '”', '-'].includes((tokens[k] as Token).text) || ((tokens[k] as Token).pos === 'VERB' && (tokens[k] as Token).lower.endsWith('ed'))) && !this.mentionAt(k)) k--;
    if (!['the', 'these', 'those'].includes(tokens[k]?.lower ?? '') || k < from - 8) return [];
    const claimant = this.claimantFor(v, s);
    if (!claimant) return [];
    const side = this.sideOf(claimant);
    const recent = this.memory.events.filter((e) => s.index - e.sentence <= 3 && e.sentence < s.index);
    if (recent.length === 0 || !recent.some((e) => this.sideOf(e.agent) === side)) return [];
    return [{ actorId: side, mention: null, weight: 0.8 }];
  }

  /** "forces pushed to retake", "fought to recapture": a realis verb of effort before the infinitive at `k + 1`. */
  protected pushedTo(k: number, s: Sentence): boolean {
    const { tokens } = this;
    const w = tokens[k];
    if (!w || !this.isVerb(w) || !['push', 'fight', 'battle', 'move', 'advance', 'press', 'struggle'].includes(verbLemma(w)) || !['pushed', 'fought', 'battled', 'moved', 'advanced', 'pressed', 'pushing', 'fighting', 'battling', 'moving', 'advancing', 'pressing', 'struggled', 'struggling'].includes(w.lower)) return false;
    const frame = this.subjectOf(k, s);
    const mod = this.modality(frame.clauseStart, k, s);
    return !mod.negated && !mod.irrealis;
  }

  /** "retook areas seized by the White Army", "recaptured towns captured by the M23 last year": the side that had seized them. */
  protected seizedBy(after: number, s: Sentence, attackers: readonly Arg[]): Arg[] {
    const { tokens } = this;
    const sides = new Set(attackers.map((a) => this.sideOf(a.actorId)));
    for (let k = after; k < Math.min(s.end, after + 8); k++) {
      const t = tokens[k] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || this.mentionAt(k)) return [];
      if (!['seized', 'captured', 'taken', 'overrun', 'held', 'controlled', 'occupied'].includes(t.lower) || tokens[k + 1]?.lower !== 'by') continue;
      return this.objectAfter(k + 2, s, 'attack-target', 2).filter((a) => !sides.has(this.sideOf(a.actorId)) && !a.mention?.place);
    }
    return [];
  }

  /** "warned residents to leave", "warned civilians in the area to evacuate": people, not a side, are warned. */
  protected warnedPeople(after: number, s: Sentence): boolean {
    const { tokens } = this;
    let k = after;
    while (k < Math.min(s.end, after + 3) && ['DET', 'ADJ', 'NUM'].includes((tokens[k] as Token).pos) && !this.mentionAt(k)) k++;
    if (!['residents', 'civilians', 'people', 'inhabitants', 'citizens', 'villagers', 'locals', 'population', 'families', 'journalists', 'travellers', 'travelers', 'airlines', 'ships', 'vessels'].includes(tokens[k]?.lower ?? '') || this.mentionAt(k)) return false;
    for (let q = k + 1; q < Math.min(s.end, k + 10); q++) {
      const t = tokens[q] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',') return false;
      if (t.lower === 'to' && ['leave', 'evacuate', 'flee', 'move', 'stay', 'avoid', 'head', 'go', 'remain', 'keep'].includes(verbLemma(tokens[q + 1] ?? t))) return true;
    }
    return false;
  }

  /** After the "if" clause at `k`, the main clause's subject is the speaker's side: "it would respond", "Kinshasa would act". */
  protected ownActAfterCondition(k: number, s: Sentence, sides: ReadonlySet<string>): boolean {
    const { tokens } = this;
    let c = k + 1;
    while (c < s.end && tokens[c]?.text !== ',') c++;
    let q = c + 1;
    if (tokens[q]?.lower === 'then') q++;
    if (['it', 'we', 'they', 'i'].includes(tokens[q]?.lower ?? '')) return true;
    const m = this.mentionAt(tokens[q]?.lower === 'the' ? q + 1 : q);
    return m !== null && sides.has(this.sideOf(m.actorId));
  }

  /** Whether the name at `first` follows "by", perhaps with a title between: "backed by former president X". */
  protected agentAfterBy(first: number): boolean {
    const { tokens } = this;
    for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
      const t = tokens[k] as Token;
      if (t.lower === 'by') return true;
      if (!(['ADJ', 'NOUN'].includes(t.pos) && !t.capitalised) && !['former', 'ousted', 'exiled', 'late'].includes(t.lower)) return false;
    }
    return false;
  }

  /** The subject of an "if", "unless" or "until" clause after `from`, when it is another side than `sides`. */
  protected conditionSide(from: number, s: Sentence, sides: ReadonlySet<string>): Arg[] {
    const { tokens } = this;
    for (let k = from; k < Math.min(s.end, from + 14); k++) {
      const t = tokens[k] as Token;
      if ((CLAUSE_BREAKS.has(t.text) && !['"', '“', '”'].includes(t.text)) || t.text === ';' || ['but', 'while', 'whereas', 'and'].includes(t.lower)) return [];
      if (!['if', 'unless', 'until'].includes(t.lower)) continue;
      const cond = this.objectAfter(k + 1, s, 'target', 2);
      const others = cond.filter((a) => !sides.has(this.sideOf(a.actorId)) && this.kb.governorOf.get(a.actorId) === undefined && !a.mention?.place);
      return others.length > 0 && others.length === cond.length ? others.map((a) => ({ ...a, weight: a.weight * 0.9 })) : [];
    }
    return [];
  }

  /**
   * "vowed to keep targeting", "threatened to continue to attack": the threat verb before an
   * aspectual verb that governs the attack verb at `v`, or -1.
   */
  protected promisedToGoOn(v: number): number {
    const { tokens } = this;
    const aspect = (k: number): boolean => ['keep', 'keeps', 'kept', 'continue', 'continues', 'continued'].includes(tokens[k]?.lower ?? '');
    const threat = (k: number): boolean => tokens[k] !== undefined && THREAT_LEMMAS.has(verbLemma(tokens[k] as Token));
    // "to keep targeting": a gerund right after the aspectual verb.
    if ((tokens[v] as Token).lower.endsWith('ing') && aspect(v - 1) && tokens[v - 2]?.lower === 'to' && threat(v - 3)) return v - 3;
    // "to continue to attack": an infinitive after it.
    if (tokens[v - 1]?.lower === 'to' && aspect(v - 2) && tokens[v - 3]?.lower === 'to' && threat(v - 4)) return v - 4;
    return -1;
  }

  /** "X launched drills around Y": remember X as the agent of a military activity. */
  protected activity(v: number, s: Sentence): void {
    const { tokens } = this;
    for (let k = v + 1; k < Math.min(s.end, v + 6); k++) {
      const t = tokens[k] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',') return;
      if (MILITARY_ACTIVITY.has(t.lower) || NOUN_TRIGGERS.get(nounLemma(t))?.type === 'ATTACKS') {
        // ("Seoul and Washington began their annual drills": every coordinated subject holds them.)
        const frame = this.subjectOf(v, s);
        for (const agent of frame.subjects.slice(0, 3)) this.memory.events.push({ agent: agent.actorId, sentence: s.index });
        return;
      }
    }
  }

  /** "Ukraine and Russia exchanged prisoners": the two are the pair a broker mediates between. */
  protected exchanged(v: number, s: Sentence): void {
    let nextAt = v + 1;
    let next = this.tokens[nextAt];
    // "exchanged missile fire", "traded heavy artillery fire", "exchanged cross-border strikes": modifiers first.
    for (let q = v + 1; q < Math.min(this.tokens.length, v + 6); q++) {
      const w = this.tokens[q] as Token;
      // ("small-arms fire": the tagger splits the compound.)
      if (!['heavy', 'missile', 'rocket', 'artillery', 'drone', 'gun', 'small-arms', 'small', '-', 'arms', 'cross-border', 'intense', 'sporadic', 'deadly', 'mortar', 'tank', 'air'].includes(w.lower) || this.mentionAt(q)) break;
      if (['fire', 'strikes', 'attacks', 'shelling', 'barrages', 'gunfire', 'salvos'].includes(this.tokens[q + 1]?.lower ?? '')) {
        nextAt = q + 1;
        next = this.tokens[nextAt];
      }
    }
    // "Indian and Pakistani troops traded fire": each side attacks the other.
    if (['fire', 'blows', 'strikes', 'shots', 'attacks', 'artillery', 'gunfire', 'shelling', 'barrages', 'salvos'].includes(next?.lower ?? '')) {
      const frame = this.subjectOf(v, s, 'agent');
      const mod = this.modality(frame.clauseStart, v, s);
      if (frame.subjects.length === 2 && !mod.negated && !mod.irrealis) {
        const [a, b] = frame.subjects as [Arg, Arg];
        if (this.sideOf(a.actorId) === this.sideOf(b.actorId)) return;
        const claimant = this.claimantFor(v, s);
        this.emit('ATTACKS', [a], [b], s, 0.75 * (mod.hedged ? 0.7 : 1), claimant, false);
        this.emit('ATTACKS', [b], [a], s, 0.75 * (mod.hedged ? 0.7 : 1), claimant, false);
        this.setDyad([a, b], s);
      }
      // "Thai troops exchanged fire with Cambodian soldiers": the subject and the side after "with".
      else if (frame.subjects.length === 1 && !mod.negated && !mod.irrealis && this.tokens[nextAt + 1]?.lower === 'with') {
        const a = frame.subjects[0] as Arg;
        const others = this.objectAfter(nextAt + 2, s, 'target', 2).filter((b) => this.sideOf(b.actorId) !== this.sideOf(a.actorId) && !b.mention?.place);
        if (others.length !== 1) return;
        const b = others[0] as Arg;
        const claimant = this.claimantFor(v, s);
        this.emit('ATTACKS', [a], [b], s, 0.7 * (mod.hedged ? 0.7 : 1), claimant, false);
        this.emit('ATTACKS', [b], [a], s, 0.7 * (mod.hedged ? 0.7 : 1), claimant, false);
        this.setDyad([a, b], s);
      }
      return;
    }
    // "Armenia and Azerbaijan traded accusations": each side accuses the other.
    if (['accusations', 'blame', 'recriminations', 'charges', 'allegations', 'barbs'].includes(next?.lower ?? '')) {
      const frame = this.subjectOf(v, s, 'agent');
      const mod = this.modality(frame.clauseStart, v, s);
      if (frame.subjects.length === 2 && !mod.negated && !mod.irrealis) {
        const [a, b] = frame.subjects as [Arg, Arg];
        if (this.sideOf(a.actorId) === this.sideOf(b.actorId)) return;
        this.emit('ACCUSES', [a], [b], s, 0.75 * (mod.hedged ? 0.7 : 1), a.actorId, false);
        this.emit('ACCUSES', [b], [a], s, 0.75 * (mod.hedged ? 0.7 : 1), b.actorId, false);
        this.setDyad([a, b], s);
      }
      return;
    }
    if (!next || !['prisoners', 'captives', 'bodies', 'detainees', 'hostages', 'pows', 'soldiers', 'remains', 'fire', 'messages', 'letters', 'proposals', 'drafts'].some((w) => this.tokens.slice(v + 1, v + 5).some((t) => t.lower === w))) return;
    const frame = this.subjectOf(v, s);
    if (frame.subjects.length !== 2) return;
    const [a, b] = frame.subjects as [Arg, Arg];
    if (this.sideOf(a.actorId) === this.sideOf(b.actorId)) return;
    this.setDyad([a, b], s);
    // "Russia and Ukraine swapped 390 prisoners each": an exchange the two sides agreed on.
    const captives = this.tokens.slice(v + 1, v + 5).some((t) => ['prisoners', 'captives', 'detainees', 'hostages', 'pows', 'bodies', 'remains'].includes(t.lower));
    const mod = this.modality(frame.clauseStart, v, s);
    if (captives && !mod.negated && !mod.irrealis && !this.governedByDenial(v, s)) {
      this.emit('AGREES_WITH', [a], [b], s, 0.6 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
    }
  }

  /**
   * The owner of the projectiles a verb of interception takes as object: "two Houthi missiles" are
   * the Houthis', "a ballistic missile" nobody's (null); undefined when the object is no projectile.
   */
  protected projectileOwner(from: number, s: Sentence): Arg | null | undefined {
    const { tokens } = this;
    let owner: Arg | null = null;
    for (let k = from; k < Math.min(s.end, from + 8); k++) {
      const t = tokens[k] as Token;
      const m = this.mentionAt(k);
      if (m) {
        if (owner) return undefined;
        owner = this.argOf({ ...m, place: false }, 'agent');
        k = m.end - 1;
        if (tokens[m.end]?.lower === "'s") k++;
        continue;
      }
      if (PROJECTILES.has(t.lower)) return owner;
      if (!(['DET', 'NUM', 'ADJ'].includes(t.pos) || ['more', 'than', 'at', 'least', 'about', 'nearly', 'over', 'some', 'all', 'attack', 'kamikaze', 'ballistic', 'cruise', 'long-range', 'of', 'the'].includes(t.lower))) return undefined;
    }
    return undefined;
  }

  /**
   * "Ukraine's air force said it shot down 80 of the 100 drones Russia launched overnight", "downed 70
   * of 112 Russian drones", "intercepted missiles fired by the Houthis": a counted barrage, or one whose
   * launcher a relative clause names, downed by the subject was an attack on the subject. (A single
   * drone that strayed is not: "shot down a Malian drone".)
   */
  protected barrageDowned(v: number, s: Sentence): void {
    const { tokens } = this;
    let from = v + 1;
    if (tokens[from]?.lower === 'down') from++;
    let counted = false;
    let owner: Arg | null = null;
    let head = -1;
    for (let k = from; k < Math.min(s.end, from + 9); k++) {
      const t = tokens[k] as Token;
      const m = this.mentionAt(k);
      if (m) {
        if (owner) return;
        owner = this.argOf({ ...m, place: false }, 'agent');
        k = m.end - 1;
        continue;
      }
      if (t.pos === 'NUM') counted = true;
      if (PROJECTILES.has(t.lower)) {
        head = k;
        break;
      }
      if (!(['DET', 'NUM', 'ADJ'].includes(t.pos) || ['more', 'than', 'at', 'least', 'about', 'nearly', 'over', 'some', 'all', 'attack', 'kamikaze', 'ballistic', 'cruise', 'long-range', 'of', 'the', 'out'].includes(t.lower))) return;
    }
    if (head === -1 || !(tokens[head] as Token).lower.endsWith('s')) return;
    // "the 100 drones Russia launched", "drones that Iran fired", "missiles launched by the Houthis".
    let q = head + 1;
    if (['that', 'which'].includes(tokens[q]?.lower ?? '')) q++;
    const rel = this.mentionAt(q);
    const launchers = ['launch', 'fire', 'send', 'lob'];
    if (!owner && rel && rel.first === q && this.isVerb(tokens[rel.end]) && launchers.includes(verbLemma(tokens[rel.end] as Token))) owner = this.argOf({ ...rel, place: false }, 'agent');
    else if (!owner && this.isVerb(tokens[head + 1]) && launchers.includes(verbLemma(tokens[head + 1] as Token)) && ['by', 'from'].includes(tokens[head + 2]?.lower ?? '')) owner = this.objectAfter(head + 3, s, 'agent', 2)[0] ?? null;
    else if (owner && !counted) return;
    if (!owner || !['country', 'government', 'military', 'armed-group'].includes(this.info(owner.actorId)?.kind ?? '')) return;
    const frame = this.subjectOf(v, s, 'attack-target');
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    let targets: Arg[] = [...frame.subjects];
    const claimant = this.claimantFor(v, s);
    // "Ukraine's air force said it shot down ...": the speaker's state.
    if (targets.length === 0 && claimant) targets = [{ actorId: claimant, mention: null, weight: 0.8 }];
    targets = targets.filter((a) => this.sideOf(a.actorId) !== this.sideOf((owner as Arg).actorId) && ['country', 'government', 'military', 'armed-group'].includes(this.info(this.sideOf(a.actorId))?.kind ?? ''));
    if (targets.length === 0) return;
    this.emit('ATTACKS', [owner], targets, s, 0.65 * (mod.hedged ? 0.7 : 1), claimant, false);
  }

  /** "raised the prospect of military strikes on Venezuela": the one who raised it threatens the side named. */
  protected raisedProspect(k: number, s: Sentence): void {
    const { tokens } = this;
    const verb = tokens[k - 2];
    if (!verb || !['the', 'a'].includes(tokens[k - 1]?.lower ?? '') || !this.isVerb(verb) || !['raise', 'float', 'hold', 'dangle'].includes(verbLemma(verb))) return;
    let j = k + 2;
    while (j < s.end && j < k + 5 && ['ADJ', 'NOUN'].includes((tokens[j] as Token).pos) && !FORCE_WORDS.has((tokens[j] as Token).lower)) j++;
    if (!FORCE_WORDS.has(tokens[j]?.lower ?? '')) return;
    const frame = this.subjectOf(k - 2, s);
    const mod = this.modality(frame.clauseStart, k - 2, s);
    if (mod.negated || frame.subjects.length === 0) return;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    const targets = this.prepObject(j + 1, s, ['against', 'on', 'in', 'into'], 6, 'attack-target').filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (targets.length === 0) return;
    this.emit('THREATENS', frame.subjects, targets, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(k - 2, s) ?? frame.subjects[0]?.actorId ?? null, false);
  }

  /** "The M23 gave Congolese troops in Uvira a 48-hour ultimatum", "issued an ultimatum to Hamas". */
  protected ultimatumGiven(k: number, s: Sentence): void {
    const { tokens } = this;
    let verb = -1;
    for (let j = k - 1; j >= Math.max(s.first, k - 10); j--) {
      const t = tokens[j] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',') return;
      if (this.isVerb(t)) {
        verb = ['give', 'issue', 'deliver', 'hand', 'present', 'send'].includes(verbLemma(t)) ? j : -1;
        break;
      }
    }
    if (verb === -1) return;
    const frame = this.subjectOf(verb, s);
    const mod = this.modality(frame.clauseStart, verb, s);
    if (mod.negated || mod.irrealis || frame.subjects.length === 0) return;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    // The receiver between the verb and the noun, or after "to".
    let targets = this.objectAfter(verb + 1, s, 'target', 3).filter((a) => a.mention !== null && a.mention.first < k);
    if (targets.length === 0 && tokens[k + 1]?.lower === 'to') targets = this.objectAfter(k + 2, s, 'target', 2);
    targets = targets.filter((a) => !sides.has(this.sideOf(a.actorId)) && !a.mention?.place);
    if (targets.length === 0) return;
    this.emit('THREATENS', frame.subjects, targets, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(verb, s) ?? frame.subjects[0]?.actorId ?? null, false);
  }

  /** "Maduro said his country would respond with force to any U.S. attack": a threat to the would-be attacker. */
  protected respondToAny(v: number, s: Sentence): void {
    const { tokens } = this;
    const frame = this.subjectOf(v, s);
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || !mod.irrealis) return;
    let subjects = frame.subjects;
    // "Maduro said his country would respond": the speaker's side.
    const claimant = this.claimantFor(v, s);
    if (subjects.length === 0 && claimant && ['his', 'her', 'its', 'their', 'our', 'we', 'it', 'they'].includes(tokens[frame.clauseStart]?.lower ?? '')) subjects = [{ actorId: claimant, mention: null, weight: 0.8 }];
    if (subjects.length === 0) return;
    for (let j = v + 1; j < Math.min(s.end, v + 8); j++) {
      const t = tokens[j] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',') return;
      if (t.lower !== 'to' || !['any', 'an', 'further'].includes(tokens[j + 1]?.lower ?? '')) continue;
      const ACTS = ['attack', 'aggression', 'strike', 'strikes', 'attacks', 'incursion', 'invasion', 'intervention', 'provocation', 'provocations'];
      const m = this.mentionAt(j + 2);
      let arg: Arg | null = null;
      if (!m || m.first !== j + 2) {
        // ("to any provocation by Seoul", "to any further attack from Kabul": the agent after the act.)
        let h = j + 2;
        while (h < Math.min(s.end, j + 5) && (tokens[h] as Token).pos === 'ADJ' && !this.mentionAt(h)) h++;
        if (!ACTS.includes(tokens[h]?.lower ?? '') || !['by', 'from'].includes(tokens[h + 1]?.lower ?? '')) return;
        const by = this.mentionAt(h + 2) ?? (tokens[h + 2]?.lower === 'the' ? this.mentionAt(h + 3) : null);
        arg = by ? this.argOf(by, 'target') : null;
      } else {
        let h = m.end;
        while (h < s.end && h < m.end + 2 && ['military', 'armed', 'foreign'].includes((tokens[h] as Token).lower)) h++;
        if (!ACTS.includes(tokens[h]?.lower ?? '')) return;
        arg = this.argOf(m, 'target');
      }
      if (!arg || subjects.some((a) => this.sideOf(a.actorId) === this.sideOf(arg.actorId))) return;
      this.emit('THREATENS', subjects, [arg], s, 0.65 * (mod.hedged ? 0.7 : 1), claimant ?? subjects[0]?.actorId ?? null, false);
      return;
    }
  }

  /**
   * "Pakistan said its troops had responded to unprovoked Indian firing", "Israel said it was
   * responding to Hezbollah rocket fire": the side whose fire was answered attacked the responder.
   */
  protected respondedToFire(v: number, s: Sentence): void {
    const { tokens } = this;
    if (tokens[v + 1]?.lower !== 'to') return;
    const frame = this.subjectOf(v, s);
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    let subjects = frame.subjects;
    const claimant = this.claimantFor(v, s);
    // "its troops had responded", "it was responding": the speaker's side.
    if (subjects.length === 0 && claimant && ['its', 'their', 'it', 'they', 'we', 'our'].includes(tokens[frame.clauseStart]?.lower ?? '')) subjects = [{ actorId: this.sideOf(claimant), mention: null, weight: 0.8 }];
    if (subjects.length === 0) return;
    let k = v + 2;
    while (k < Math.min(s.end, v + 5) && ['unprovoked', 'the', 'renewed', 'heavy', 'cross-border', 'continued', 'repeated', 'overnight', 'latest'].includes((tokens[k] as Token).lower)) k++;
    const m = this.mentionAt(k);
    if (!m || m.first !== k || m.place) return;
    let h = m.end;
    while (h < Math.min(s.end, m.end + 3) && ['rocket', 'mortar', 'artillery', 'drone', 'missile', 'sniper', 'cross-border', 'military', 'armed'].includes((tokens[h] as Token).lower)) h++;
    if (!['fire', 'firing', 'shelling', 'attack', 'attacks', 'strikes', 'aggression', 'incursion', 'provocation', 'provocations'].includes(tokens[h]?.lower ?? '')) return;
    const arg = this.argOf(m, 'agent');
    if (!arg || subjects.some((a) => this.sideOf(a.actorId) === this.sideOf(arg.actorId))) return;
    this.emit('ATTACKS', [arg], subjects, s, 0.6 * (mod.hedged ? 0.7 : 1), claimant, false);
  }

  /** ", killing 10 Somali soldiers" after `from` in the same clause: the state of the soldiers killed. */
  protected participleVictims(from: number, s: Sentence, attackers: readonly Arg[]): Arg[] {
    const { tokens } = this;
    const sides = new Set(attackers.map((a) => this.sideOf(a.actorId)));
    for (let k = from; k < Math.min(s.end, from + 14); k++) {
      const t = tokens[k] as Token;
      if (CLAUSE_BREAKS.has(t.text) || (this.isVerb(t) && !t.lower.endsWith('ing') && k > from)) return [];
      if (!['killing', 'wounding', 'injuring'].includes(t.lower) || tokens[k - 1]?.text !== ',') continue;
      return this.objectAfter(k + 1, s, 'attack-target', 4).filter((a) => {
        const m = a.mention;
        if (!m || m.place || sides.has(this.sideOf(a.actorId))) return false;
        return m.form !== 'demonym' || ['soldiers', 'troops', 'police', 'policemen', 'officers', 'peacekeepers', 'servicemen', 'guards'].includes(tokens[m.end]?.lower ?? '');
      });
    }
    return [];
  }

  /** "Israel intercepted a Houthi missile": the launcher attacked the interceptor. */
  protected interceptedVerb(v: number, s: Sentence): void {
    const owner = this.projectileOwner(v + 1, s);
    if (!owner) return;
    const frame = this.subjectOf(v, s, 'attack-target');
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    const targets = frame.subjects.filter((a) => this.sideOf(a.actorId) !== this.sideOf(owner.actorId));
    if (targets.length === 0) return;
    this.emit('ATTACKS', [owner], targets, s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), false);
  }

  /**
   * "Three Nigerian soldiers were killed in an ISWAP attack", "two Israeli troops were wounded in a
   * Hezbollah strike": the state of the victims named as the passive subject before "in".
   */
  protected victimsOf(k: number, s: Sentence, agents: readonly Arg[]): Arg[] {
    const { tokens } = this;
    let j = k - 1;
    while (j > s.first && (['ADJ', 'NUM'].includes((tokens[j] as Token).pos) || ['air', 'drone', 'missile', 'rocket', 'artillery', 'suspected'].includes((tokens[j] as Token).lower) || this.mentionAt(j))) j--;
    if (!['a', 'an', 'the'].includes(tokens[j]?.lower ?? '') || !['in', 'during', 'by'].includes(tokens[j - 1]?.lower ?? '')) return [];
    // ("Eight Pakistani soldiers died in a TTP attack": an intransitive verb of dying, too.)
    const died = ['died', 'perished'].includes(tokens[j - 2]?.lower ?? '');
    if (!died && (!['killed', 'wounded', 'injured', 'hurt', 'captured', 'abducted'].includes(tokens[j - 2]?.lower ?? '') || !['were', 'was', 'been'].includes(tokens[j - 3]?.lower ?? ''))) return [];
    const frame = this.subjectOf(died ? j - 2 : j - 3, s, 'attack-target');
    // The victims are the subject: "Nigerian soldiers", "Ugandan peacekeepers".
    const subject = frame.subjects.filter((a) => a.mention && ['soldiers', 'troops', 'servicemen', 'peacekeepers', 'police', 'policemen', 'officers', 'civilians', 'nationals', 'citizens', 'personnel', 'sailors', 'guards', 'commanders', 'commander', 'fighters', 'militants', 'members', 'leaders', 'leader', 'officials', 'official', 'soldier', 'officer'].includes(tokens[a.mention.end]?.lower ?? ''));
    const sides = new Set(agents.map((a) => this.sideOf(a.actorId)));
    return subject.filter((a) => !sides.has(this.sideOf(a.actorId)));
  }

  /**
   * "India said Pakistan's attack on its border posts was repulsed": "its" posts in a state's report
   * of another side's attack are the speaker's.
   */
  protected attackOnSpeakersOwn(prep: number, s: Sentence, agents: readonly Arg[], claimant: string | null): Arg[] {
    const { tokens } = this;
    if (!claimant || !['its', 'their'].includes(tokens[prep + 1]?.lower ?? '') || tokens[prep + 2]?.lower === 'own') return [];
    let h = prep + 2;
    while (h < Math.min(s.end, prep + 5) && !this.mentionAt(h) && !OWNED_TARGETS.has((tokens[h] as Token).lower) && ['ADJ', 'NOUN'].includes((tokens[h] as Token).pos)) h++;
    if (!OWNED_TARGETS.has(tokens[h]?.lower ?? '') || this.mentionAt(h)) return [];
    const speaker = this.sideOf(claimant);
    if (!['country', 'government', 'military'].includes(this.info(speaker)?.kind ?? '') || agents.some((a) => this.sideOf(a.actorId) === speaker)) return [];
    return [{ actorId: speaker, mention: null, weight: 0.75 }];
  }

  /**
   * "Ukraine's air force said Russia attacked the country with 120 drones", "fired rockets at the
   * country": a state speaking of "the country" speaks of itself.
   */
  protected speakersCountry(after: number, s: Sentence, claimant: string | null, attackers: readonly Arg[]): Arg[] {
    const { tokens } = this;
    if (!claimant) return [];
    const speaker = this.sideOf(claimant);
    if (this.info(speaker)?.kind !== 'country' || attackers.some((a) => this.sideOf(a.actorId) === speaker)) return [];
    for (let k = after; k < Math.min(s.end, after + 8); k++) {
      const t = tokens[k] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || this.mentionAt(k) || (k > after && this.isVerb(t))) return [];
      if (t.lower !== 'the' || tokens[k + 1]?.lower !== 'country') continue;
      // "the country's capital" is handled as a place; "the country of X" names another.
      if (["'s", 'of'].includes(tokens[k + 2]?.lower ?? '')) return [];
      const prev = tokens[k - 1]?.lower ?? '';
      if (k > after && !['at', 'into', 'on', 'against', 'across'].includes(prev)) return [];
      return [{ actorId: speaker, mention: null, weight: 0.75 }];
    }
    return [];
  }

  /**
   * "Tehran launched missiles at bases of Jaish al-Adl in Pakistan's Balochistan province": a strike
   * on armed groups on another state's soil is remembered as one on that state too, so that its
   * answer ("warned of serious consequences") has a target; nothing is emitted.
   */
  protected strikeOnHostSoil(after: number, s: Sentence, attackers: readonly Arg[], targets: readonly Arg[]): void {
    const { tokens } = this;
    if (targets.length === 0 || !targets.every((a) => this.info(a.actorId)?.kind === 'armed-group')) return;
    const sides = new Set([...attackers, ...targets].map((a) => this.sideOf(a.actorId)));
    for (let k = after; k < Math.min(s.end, after + 25); k++) {
      const t = tokens[k] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ';' || (t.text === ',' && !['province', 'region', 'state'].includes(tokens[k - 1]?.lower ?? ''))) return;
      const m = this.mentionAt(k);
      if (!m) continue;
      k = m.end - 1;
      if (!['in', 'inside', 'into'].includes(tokens[m.first - 1]?.lower ?? '') || this.info(m.actorId)?.kind !== 'country' || sides.has(this.sideOf(m.actorId))) continue;
      for (const a of attackers) this.memory.attacks.push({ source: a.actorId, target: m.actorId });
      // ("struck hideouts of the Pakistani Taliban in Afghanistan's Khost province": the state whose
      // province was struck and the attacker are the pair "the two neighbours" points back to.)
      if (attackers.length === 1 && tokens[m.end]?.lower === "'s" && ['province', 'region', 'state', 'district', 'county', 'governorate', 'territory'].some((w) => tokens.slice(m.end + 1, m.end + 4).some((x) => x.lower === w))) {
        this.setDyad([attackers[0] as Arg, { actorId: m.actorId, mention: m, weight: 0.85 }], s);
      }
      return;
    }
  }

  /**
   * "Israeli jets struck a military site near Tehran", "shelled villages in Armenia": an attack with
   * no actor as object, on one state's soil, is remembered as an attack on that state (nothing is
   * emitted), so that the state's answer ("vowed a response") has a target.
   */
  protected strikeOnSoil(after: number, s: Sentence, attackers: readonly Arg[]): void {
    const { tokens } = this;
    if (attackers.length === 0) return;
    const sides = new Set(attackers.map((a) => this.sideOf(a.actorId)));
    const found = new Set<string>();
    for (let k = after; k < Math.min(s.end, after + 14); k++) {
      const t = tokens[k] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ';' || t.text === ',' || (k > after && this.isVerb(t) && !t.lower.endsWith('ing'))) break;
      const m = this.mentionAt(k);
      if (!m) continue;
      k = m.end - 1;
      const state = m.form === 'capital' ? m.actorId : m.place && this.info(m.actorId)?.kind === 'country' ? m.actorId : null;
      if (state === null || !['in', 'near', 'on', 'at', 'outside', 'inside', 'around', 'into'].includes(tokens[m.first - 1]?.lower ?? '')) return;
      if (!sides.has(this.sideOf(state))) found.add(state);
    }
    if (found.size !== 1) return;
    const state = [...found][0] as string;
    for (const a of attackers) this.memory.attacks.push({ source: a.actorId, target: state });
  }

  /**
   * "fired rockets at what it said were positions of the M23", "at what Israel called Hezbollah
   * launchers": the target named after the aside that follows the verb's preposition.
   */
  protected asideTarget(after: number, s: Sentence, preps: readonly string[], role: Role): Arg[] {
    const { tokens } = this;
    for (let p = after; p < Math.min(s.end, after + 12); p++) {
      const t = tokens[p] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || this.mentionAt(p)) return [];
      if (!preps.includes(t.lower) || tokens[p + 1]?.lower !== 'what') continue;
      for (let c = p + 2; c < Math.min(s.end, p + 7); c++) {
        if (!['called', 'calls', 'described', 'termed', 'said', 'says', 'are', 'were', 'is', 'was'].includes((tokens[c] as Token).lower)) continue;
        let o = c + 1;
        if (['are', 'were', 'is', 'was'].includes(tokens[o]?.lower ?? '')) o++;
        return this.objectAfter(o, s, role);
      }
      return [];
    }
    return [];
  }

  /**
   * "Ukraine's air force said Russia launched 120 drones and four missiles overnight": a state that
   * reports another side's barrage without naming where it went reports one aimed at itself (not a
   * test fired into the sea, nor a barrage aimed elsewhere).
   */
  protected barrageOnSpeaker(after: number, s: Sentence, claimant: string | null, attackers: readonly Arg[]): Arg[] {
    const { tokens } = this;
    if (!claimant) return [];
    const speaker = this.sideOf(claimant);
    if (this.info(speaker)?.kind !== 'country' || attackers.some((a) => this.sideOf(a.actorId) === speaker || this.kb.governorOf.get(speaker) === a.actorId)) return [];
    let k = after;
    let projectiles = 0;
    while (k < Math.min(s.end, after + 12)) {
      const t = tokens[k] as Token;
      if (this.mentionAt(k)) return [];
      if (PROJECTILES.has(t.lower) || ['shells', 'bombs', 'glide'].includes(t.lower)) projectiles++;
      else if (!(['NUM', 'ADJ', 'DET', 'CCONJ'].includes(t.pos) || ['of', 'than', 'more', 'least', 'at', 'about', 'some', 'nearly', 'almost', 'over', 'cruise', 'ballistic', 'attack', 'decoy', 'combat', 'hypersonic', 'guided'].includes(t.lower))) break;
      k++;
    }
    if (projectiles === 0) return [];
    // What follows the barrage: a time, a comma, the end; not "into the sea", "at Israel", "toward Japan".
    if (['into', 'toward', 'towards', 'off', 'at', 'on', 'against', 'across', 'over', 'from', 'in', 'during', 'as', 'to'].includes(tokens[k]?.lower ?? '') && !['overnight'].includes(tokens[k + 1]?.lower ?? '')) return [];
    const words = tokens.slice(s.first, s.end).map((t) => t.lower);
    if (words.some((w) => ['test', 'tests', 'tested', 'testing', 'sea', 'waters', 'drill', 'drills', 'exercise', 'exercises', 'launches', 'coast'].includes(w))) return [];
    if (!words.some((w) => ['overnight', 'shot', 'intercepted', 'downed', 'destroyed', 'neutralised', 'neutralized', 'attack', 'barrage', 'killing', 'wounding', 'injuring', 'damaging', 'defences', 'defenses'].includes(w))) return [];
    return [{ actorId: speaker, mention: null, weight: 0.75 }];
  }

  /**
   * "Mali lost 15 soldiers in a JNIM ambush", "Ukraine suffered heavy losses in a Russian missile
   * strike": the subject that lost or suffered something in the attack was its target.
   */
  protected lostIn(k: number, s: Sentence, agents: readonly Arg[]): Arg[] {
    const { tokens } = this;
    const b = this.beforeModifiers(k, s, ['ADJ', 'NUM', 'DET'], ['air', 'drone', 'missile', 'rocket', 'artillery', 'suspected', 'militant', 'insurgent', 'rebel', 'al', 'el']);
    if (!['in', 'during'].includes(tokens[b]?.lower ?? '') || !['a', 'an', 'the'].includes(tokens[b + 1]?.lower ?? '')) return [];
    // The object of the loss: "15 soldiers", "at least 20 troops", "heavy losses", "casualties".
    let v = b - 1;
    while (v > s.first && v > b - 7 && !this.mentionAt(v) && (['NUM', 'ADJ', 'NOUN', 'ADV'].includes((tokens[v] as Token).pos) || ['at', 'least', 'more', 'than', 'some', 'about', 'of', 'its', 'their', 'dozens', 'scores'].includes((tokens[v] as Token).lower)) && !this.isVerb(tokens[v])) v--;
    const verb = tokens[v];
    if (!verb || v === b - 1 || !this.isVerb(verb) || !['lose', 'suffer', 'sustain'].includes(verbLemma(verb))) return [];
    const lost = tokens.slice(v + 1, b).map((t) => t.lower);
    if (!lost.some((w) => ['soldiers', 'troops', 'servicemen', 'men', 'personnel', 'losses', 'casualties', 'soldier', 'officers', 'policemen', 'fighters', 'members', 'peacekeepers', 'sailors', 'guards'].includes(w))) return [];
    const frame = this.subjectOf(v, s, 'attack-target');
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return [];
    const sides = new Set(agents.map((a) => this.sideOf(a.actorId)));
    const kinds = ['country', 'government', 'military', 'armed-group'];
    return frame.subjects.filter((a) => !a.mention?.place && !sides.has(this.sideOf(a.actorId)) && kinds.includes(this.info(a.actorId)?.kind ?? ''));
  }

  /**
   * "In response to Iran's missile attack, Israel struck ...", "Israel hit back in retaliation for
   * Hezbollah's attacks", "Pakistan retaliated against Taliban attacks on its posts": an attack that
   * names no target, answered by force, was on the side that answers it.
   */
  protected answeredAttack(k: number, s: Sentence, agents: readonly Arg[]): Arg[] {
    const { tokens } = this;
    let b = this.beforeModifiers(k, s, ['ADJ', 'NUM', 'DET', 'PART'], ['drone', 'missile', 'rocket', 'air', 'artillery', 'cross-border', 'border', 'militant', 'ballistic']);
    // "in response to rocket/VERB fire": a "to" tagged as a particle is still the preposition.
    if (['response', 'reply'].includes(tokens[b]?.lower ?? '') && tokens[b + 1]?.lower === 'to' && b + 1 < k) b++;
    // "responded to rocket fire from Hezbollah": likewise after the verb.
    if (this.isVerb(tokens[b]) && ['respond', 'retaliate', 'react', 'reply'].includes(verbLemma(tokens[b] as Token)) && tokens[b + 1]?.lower === 'to' && b + 1 < k) b++;
    const w0 = tokens[b]?.lower ?? '';
    const w1 = tokens[b - 1]?.lower ?? '';
    const w2 = tokens[b - 2]?.lower ?? '';
    let verb = -1;
    if ((w0 === 'to' && ['response', 'reply'].includes(w1) && w2 === 'in') || (w0 === 'for' && ['retaliation', 'revenge', 'reprisal', 'response'].includes(w1) && ['in', 'as'].includes(w2))) {
      // The main clause follows the phrase ("In response to ..., Israel struck") or comes before it.
      const prev = this.previousFiniteVerb(b - 3, s);
      // "The strikes were in retaliation for ...": the copula right before the phrase.
      if (BE_FORMS.has(tokens[b - 3]?.lower ?? '') && (tokens[b - 3] as Token).pos === 'AUX') verb = b - 3;
      else if (prev !== -1) verb = prev;
      else {
        for (let j = k + 1; j < Math.min(s.end, k + 25); j++) {
          const t = tokens[j] as Token;
          if (CLAUSE_BREAKS.has(t.text)) break;
          if (t.text === ',' && verb === -1) {
            for (let q = j + 1; q < Math.min(s.end, j + 12); q++) {
              const u = tokens[q] as Token;
              if (CLAUSE_BREAKS.has(u.text) || u.text === ',') break;
              if (u.pos === 'VERB' && !u.lower.endsWith('ing') && tokens[q - 1]?.lower !== 'to') {
                verb = q;
                break;
              }
            }
            break;
          }
        }
      }
    } else if (['against', 'to', 'for'].includes(w0) && this.isVerb(tokens[b - 1]) && ['retaliate', 'respond', 'avenge'].includes(verbLemma(tokens[b - 1] as Token))) {
      verb = b - 1;
    } else if (this.isVerb(tokens[b]) && verbLemma(tokens[b] as Token) === 'avenge') {
      verb = b;
    }
    if (verb === -1) return [];
    const lemma = verbLemma(tokens[verb] as Token);
    const force = VERB_TRIGGERS.get(lemma)?.some((r) => r.type === 'ATTACKS') || ['retaliate', 'respond', 'avenge', 'fire', 'launch', 'carry', 'conduct', 'hit'].includes(lemma);
    // "Israel said its strikes came in response to rocket fire from Hezbollah", "The strikes were in
    // retaliation for a drone attack by the Houthis": the side whose own strikes answered it.
    if (!force) return this.answeringStrikes(verb, s, agents);
    const frame = this.subjectOf(verb, s, 'attack-target');
    const mod = this.modality(frame.clauseStart, verb, s);
    if (mod.negated || mod.irrealis) return [];
    let responders = frame.subjects;
    const claimant = this.claimantFor(verb, s);
    if (responders.length === 0 && claimant && ['it', 'they', 'we'].includes(tokens[frame.clauseStart]?.lower ?? tokens[verb - 1]?.lower ?? '')) responders = [{ actorId: claimant, mention: null, weight: 0.85 }];
    const sides = new Set(agents.map((a) => this.sideOf(a.actorId)));
    const kinds = ['country', 'government', 'military', 'armed-group'];
    return responders.filter((a) => !sides.has(this.sideOf(a.actorId)) && kinds.includes(this.info(a.actorId)?.kind ?? '')).map((a) => ({ ...a, weight: a.weight * 0.85 }));
  }

  /**
   * "the killing of 40 Burkinabe soldiers by JNIM militants", "the assassination of Hezbollah's leader
   * by Israel": the agent after "by" attacked the side of the ones killed (soldiers of a state, or
   * a named actor).
   */
  protected killingBy(k: number, s: Sentence): void {
    const { tokens } = this;
    let by = -1;
    for (let j = k + 2; j < Math.min(s.end, k + 12); j++) {
      const t = tokens[j] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || this.isVerb(t)) return;
      if (t.lower === 'by') {
        by = j;
        break;
      }
    }
    if (by === -1) return;
    const agents = this.objectAfter(by + 1, s, 'agent', 3).filter((a) => !a.mention?.place);
    if (agents.length === 0) return;
    let victims = this.objectAfter(k + 2, s, 'attack-target', 3).filter((a) => a.mention !== null && a.mention.end <= by && !a.mention.place);
    // Soldiers of a state, or a person or group named: not "civilians" or a place.
    victims = victims.filter((a) => {
      const m = a.mention as Mention;
      const head = tokens[m.end]?.lower ?? '';
      return m.form !== 'demonym' || ['soldiers', 'troops', 'police', 'policemen', 'officers', 'peacekeepers', 'servicemen', 'guards', 'commanders', 'fighters', 'militants'].includes(head);
    });
    const sides = new Set(agents.map((a) => this.sideOf(a.actorId)));
    victims = victims.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (victims.length === 0) return;
    const mod = this.modality(Math.max(s.first, k - 6), k, s);
    if (mod.negated) return;
    this.emit('ATTACKS', agents, victims, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(k, s), this.allegedByFrame(k, s));
  }

  /** "came in response to rocket fire from Hezbollah": the source of the fire attacked the side answering it. */
  protected answeredFire(k: number, s: Sentence): void {
    const agents = this.objectAfter(k + 2, s, 'agent', 3).filter((a) => !a.mention?.place);
    if (agents.length === 0) return;
    const targets = this.answeredAttack(k, s, agents);
    if (targets.length === 0) return;
    this.emit('ATTACKS', agents, targets, s, 0.7, this.claimantFor(k, s), this.allegedByFrame(k, s));
  }

  /**
   * The owner of the strikes that are the subject of a verb of being or coming ("its strikes came in
   * response to ...", "The strikes on Hodeidah were in retaliation for ..."): a possessive names the
   * speaker's side, a demonym or name modifier its own side; an unowned event is the speaker's when
   * the speaker is a state or an armed group.
   */
  protected answeringStrikes(verb: number, s: Sentence, agents: readonly Arg[]): Arg[] {
    const { tokens } = this;
    const v = tokens[verb] as Token;
    if (!((BE_FORMS.has(v.lower) && v.pos !== 'VERB') || ['came', 'come', 'comes', 'were', 'was'].includes(v.lower))) return [];
    let h = verb - 1;
    while (h > s.first && ['ADV'].includes((tokens[h] as Token).pos)) h--;
    // The subject phrase: "its strikes in southern Lebanon", "The strikes on Hodeidah port".
    let head = -1;
    for (let j = h; j >= Math.max(s.first, h - 8); j--) {
      const w = tokens[j] as Token;
      if (CLAUSE_BREAKS.has(w.text) || w.text === ',' || this.isVerb(w)) break;
      if (['strikes', 'airstrikes', 'attacks', 'raids', 'operation', 'operations', 'bombardment', 'shelling', 'strike', 'attack', 'raid', 'offensive'].includes(w.lower) && w.pos === 'NOUN') head = j;
    }
    if (head === -1) return [];
    const start = this.beforeModifiers(head, s, ['ADJ', 'NUM', 'DET', 'PART', 'PRON'], ['air', 'drone', 'missile', 'military', 'retaliatory']) + 1;
    const sides = new Set(agents.map((a) => this.sideOf(a.actorId)));
    const kinds = ['country', 'government', 'military', 'armed-group'];
    const claimant = this.claimantFor(verb, s);
    let owner: Arg | null = null;
    for (let j = start; j < head; j++) {
      const m = this.mentionAt(j);
      if (m && !m.place) {
        owner = this.argOf(m, 'agent');
        break;
      }
      if (['its', 'their', 'our', 'the'].includes((tokens[j] as Token).lower) && claimant) {
        owner = { actorId: claimant, mention: null, weight: 0.8 };
        break;
      }
    }
    if (!owner || sides.has(this.sideOf(owner.actorId)) || !kinds.includes(this.info(owner.actorId)?.kind ?? '')) return [];
    return [{ ...owner, weight: owner.weight * 0.85 }];
  }

  /**
   * "in response to U.S. threats", "in the face of Chinese threats", "in defiance of Russian threats":
   * the subject of the clause the phrase modifies was the one threatened.
   */
  protected answeredThreat(k: number, s: Sentence, agents: readonly Arg[]): Arg[] {
    const { tokens } = this;
    const b = this.beforeModifiers(k, s, ['ADJ', 'DET'], []);
    const w0 = tokens[b]?.lower ?? '';
    const w1 = tokens[b - 1]?.lower ?? '';
    const w2 = tokens[b - 2]?.lower ?? '';
    const phrase = (w0 === 'to' && w1 === 'response' && w2 === 'in') || (w0 === 'of' && ['face', 'defiance'].includes(w1) && ['the', 'in'].includes(w2)) || w0 === 'despite';
    if (!phrase) return [];
    // The clause the phrase follows ("would close the strait to shipping in response to ..."), or the
    // one after it ("Despite threats from Baku, Yerevan went ahead ...").
    let verb = -1;
    for (let q = w0 === 'despite' ? b - 1 : b - 3; q >= s.first; q--) {
      const w = tokens[q] as Token;
      if (CLAUSE_BREAKS.has(w.text) || w.text === ';') break;
      if (this.isVerb(w) && !w.lower.endsWith('ing') && tokens[q - 1]?.lower !== 'to') {
        verb = q;
        break;
      }
    }
    if (verb === -1 && b === s.first + (w0 === 'despite' ? 0 : 2)) {
      for (let q = k + 1; q < Math.min(s.end, k + 12); q++) {
        if (tokens[q]?.text !== ',') continue;
        for (let r = q + 1; r < Math.min(s.end, q + 8); r++) {
          const w = tokens[r] as Token;
          if (CLAUSE_BREAKS.has(w.text) || w.text === ',') break;
          if (this.isVerb(w) && !w.lower.endsWith('ing') && tokens[r - 1]?.lower !== 'to') {
            verb = r;
            break;
          }
        }
        break;
      }
    }
    if (verb === -1) return [];
    const frame = this.subjectOf(verb, s);
    const mod = this.modality(frame.clauseStart, verb, s);
    if (mod.negated) return [];
    let threatened = frame.subjects;
    const claimant = this.claimantFor(verb, s);
    let p = verb - 1;
    while (p > s.first && ['AUX', 'ADV', 'PART'].includes((tokens[p] as Token).pos)) p--;
    if (threatened.length === 0 && claimant && ['it', 'they', 'we'].includes(tokens[p]?.lower ?? '')) threatened = [{ actorId: claimant, mention: null, weight: 0.85 }];
    const sides = new Set(agents.map((a) => this.sideOf(a.actorId)));
    const kinds = ['country', 'government', 'military', 'armed-group'];
    return threatened.filter((a) => !sides.has(this.sideOf(a.actorId)) && kinds.includes(this.info(a.actorId)?.kind ?? '')).map((a) => ({ ...a, weight: a.weight * 0.85 }));
  }

  /** "against Afghan Taliban attacks", "for Iran's missile strikes": the agents of the attack named after a preposition. */
  protected attackAgentAfter(after: number, s: Sentence, answering: readonly Arg[]): Arg[] {
    const { tokens } = this;
    if (!['against', 'for', 'to'].includes(tokens[after]?.lower ?? '')) return [];
    for (let k = after + 1; k < Math.min(s.end, after + 8); k++) {
      const m = this.mentionAt(k);
      if (m) {
        k = m.end - 1;
        continue;
      }
      const t = tokens[k] as Token;
      const trig = NOUN_TRIGGERS.get(nounLemma(t));
      if (t.pos === 'NOUN' && trig?.type === 'ATTACKS' && !trig.between) {
        const sides = new Set(answering.map((a) => this.sideOf(a.actorId)));
        return this.nounAgents(k, s, trig).filter((a) => a.mention && a.mention.end <= k && !sides.has(this.sideOf(a.actorId)));
      }
      if (!['ADJ', 'NUM', 'DET', 'PART', 'NOUN'].includes(t.pos) && !['"', '“', '”', "'s"].includes(t.text)) return [];
    }
    return [];
  }

  /**
   * "Pakistan responded with heavy artillery fire", "Israel retaliated with airstrikes on Hezbollah":
   * force used in answer hits the side it answers, or the one it is aimed at.
   */
  protected respondedWithForce(v: number, s: Sentence): void {
    const { tokens } = this;
    if (tokens[v + 1]?.lower !== 'with') return;
    let k = v + 2;
    while (k < Math.min(s.end, v + 7) && !this.mentionAt(k) && ['ADJ', 'NUM', 'DET'].includes((tokens[k] as Token).pos)) k++;
    // "responded with F-16 airstrikes", "with artillery fire": noun modifiers before the head.
    while (k < Math.min(s.end, v + 8) && !this.mentionAt(k) && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[k + 1]?.pos ?? '') && !this.mentionAt(k + 1) && ['NOUN', 'PROPN', 'NUM'].includes((tokens[k] as Token).pos) && !NOUN_TRIGGERS.has(nounLemma(tokens[k] as Token))) k++;
    const noun = tokens[k];
    if (!noun || noun.pos !== 'NOUN') return;
    const trig = NOUN_TRIGGERS.get(nounLemma(noun));
    if (!(['fire', 'gunfire', 'strikes', 'airstrikes', 'shelling', 'missiles', 'rockets', 'drones', 'barrage', 'bombardment', 'force', 'artillery'].includes(noun.lower) || (trig?.type === 'ATTACKS' && !trig.between))) return;
    const frame = this.subjectOf(v, s, 'agent');
    if (frame.subjects.length === 0) return;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis || this.governedByDenial(v, s)) return;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    let targets = ['on', 'against', 'at'].includes(tokens[k + 1]?.lower ?? '') ? this.objectAfter(k + 2, s, 'attack-target', 3) : [];
    if (targets.length === 0) targets = this.latestAttackerOf(frame.subjects);
    targets = targets.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (targets.length === 0) return;
    this.done.add(k);
    this.emit('ATTACKS', frame.subjects, targets, s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
  }

  /** "Kenyan officials attributed the attack on the police post to al Shabaab": the one it is attributed to attacked. */
  protected attributedAttack(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    while (k < Math.min(s.end, v + 5) && ['DET', 'ADJ', 'NUM'].includes((tokens[k] as Token).pos) && !this.mentionAt(k)) k++;
    const head = this.skipNouns(k, s) - 1;
    const trig = head >= k ? NOUN_TRIGGERS.get(nounLemma(tokens[head] as Token)) : undefined;
    if (trig?.type !== 'ATTACKS' || trig.between) return;
    let to = head + 1;
    while (to < Math.min(s.end, head + 12) && tokens[to]?.lower !== 'to') {
      if (CLAUSE_BREAKS.has((tokens[to] as Token).text) || this.isVerb(tokens[to])) return;
      to++;
    }
    const attackers = tokens[to]?.lower === 'to' ? this.objectAfter(to + 1, s, 'agent', 3) : [];
    if (attackers.length === 0) return;
    const frame = this.subjectOf(v, s);
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    const sides = new Set(attackers.map((a) => this.sideOf(a.actorId)));
    let targets = trig.targetPreps.includes(tokens[head + 1]?.lower ?? '') ? this.objectAfter(head + 2, s, 'attack-target', 5).filter((a) => a.mention === null || a.mention.first < to) : [];
    const speaker = frame.subjects[0]?.actorId ?? this.claimantFor(v, s);
    if (targets.length === 0 && speaker && ['country', 'government', 'military'].includes(this.info(speaker)?.kind ?? '')) targets = [{ actorId: this.sideOf(speaker), mention: null, weight: 0.8 }];
    targets = targets.filter((a) => !sides.has(this.sideOf(a.actorId)) && !a.mention?.place);
    if (targets.length === 0) return;
    this.done.add(head);
    this.emit('ATTACKS', attackers, targets, s, 0.6 * (mod.hedged ? 0.7 : 1), speaker, true);
  }

  /**
   * Bodies that warn without the means to carry a threat out: NGOs, the UN family, courts and
   * technical agencies (alliances and blocs such as NATO, ECOWAS or the AES can threaten).
   */
  protected forceless(id: string): boolean {
    const info = this.info(id);
    if (!info) return false;
    if (info.kind === 'ngo') return true;
    if (info.kind !== 'international') return false;
    if (id === 'united-nations' || id.startsWith('un-') || /^un[a-z]/.test(id) || info.affiliation === 'united-nations') return true;
    return FORCELESS_BODIES.has(id) || /court|tribunal|agency|organization-for|organisation-for|programme|fund|bank/.test(id);
  }

  /** The attack noun heading a subject in [from, v) followed by a phrase: "The strike on the Iranian consulate", or -1. */
  protected eventHead(from: number, v: number): number {
    const { tokens } = this;
    let k = from;
    if (!['the', 'a', 'an', 'this', 'that'].includes(tokens[k]?.lower ?? '')) return -1;
    k++;
    // ("A drone attack on Russian forces killed 12 soldiers": the weapon before the noun, too.)
    while (k < v && (['ADJ', 'NUM'].includes((tokens[k] as Token).pos) || ['drone', 'missile', 'rocket', 'artillery', 'mortar', 'air', 'suicide', 'car', 'bomb', 'sniper', 'naval', 'ground', 'grenade', 'cross-border'].includes((tokens[k] as Token).lower)) && !this.mentionAt(k)) k++;
    const t = tokens[k];
    const trig = t ? NOUN_TRIGGERS.get(nounLemma(t)) : undefined;
    if (!t || t.pos !== 'NOUN' || trig?.type !== 'ATTACKS' || trig.between || this.mentionAt(k)) return -1;
    if (k + 1 >= v || !['on', 'against', 'in', 'at', ','].includes(tokens[k + 1]?.text.toLowerCase() ?? '')) return -1;
    return k;
  }

  /** Control taken from a side, or a push into its territory: the side is attacked. */
  protected tookGround(v: number, s: Sentence, lemma: string): void {
    const { tokens } = this;
    let targets: Arg[] = [];
    if (['push', 'advance', 'march', 'pour', 'thrust'].includes(lemma)) {
      // Only a territory owned by name: "into Ukraine's Donetsk region", "on Kurdish-held Kobani".
      const m = this.mentionAt(v + 2);
      if (!m || m.first !== v + 2 || (tokens[m.end]?.lower !== "'s" && !(tokens[m.end]?.text === '-' && ['held', 'controlled'].includes(tokens[m.end + 1]?.lower ?? '')))) return;
      targets = this.objectAfter(v + 2, s, 'attack-target', 3);
    } else {
      if (tokens[v + 1]?.lower !== 'control' || tokens[v + 2]?.lower !== 'of') return;
      targets = this.prepObject(v + 3, s, ['from'], 8, 'attack-target');
    }
    if (targets.length === 0) return;
    const frame = this.subjectOf(v, s);
    const mod = this.modality(frame.clauseStart, v, s);
    if (frame.subjects.length === 0 || mod.negated || mod.irrealis || this.governedByDenial(v, s)) return;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    targets = targets.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (targets.length === 0) return;
    this.emit('ATTACKS', frame.subjects, targets, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
  }

  protected speakersForces(from: number, v: number, s: Sentence): Arg[] {
    let force = false;
    for (let k = Math.max(s.first, from); k < v; k++) {
      const t = this.tokens[k] as Token;
      // "The military said (that) its forces had killed ...": the possessive right after the frame is the speaker.
      const own = ['its', 'their'].includes(t.lower) && k === from && (this.tokens[k - 1]?.lower === 'that' || SPEECH_LEMMAS.has(this.tokens[k - 1]?.lemma ?? ''));
      if (this.mentionAt(k) || (['its', 'their'].includes(t.lower) && !own)) return [];
      if (['troops', 'soldiers', 'forces', 'army', 'military', 'police', 'warplanes', 'jets', 'drones', 'artillery'].includes(t.lower)) force = true;
    }
    if (!force) return [];
    const speaker = this.claimantFor(v, s);
    const info = speaker ? this.info(speaker) : undefined;
    if (!speaker || !info || !['country', 'government', 'military'].includes(info.kind)) return [];
    return [{ actorId: speaker, mention: null, weight: 0.8 }];
  }

  /** "Kenyan police came under fire from the Viv Ansanm gang": ATTACKS from the "from" phrase to the subject. */
  protected underAttack(k: number, s: Sentence): void {
    const { tokens } = this;
    const verb = tokens[k - 1];
    if (!verb || !['come', 'be'].includes(verbLemma(verb)) && !BE_FORMS.has(verb.lower)) return;
    let j = k + 1;
    // "came under Ukrainian drone attack": the attackers named as a modifier.
    let modifier: Arg | null = null;
    while (j < s.end && j < k + 8) {
      const m = this.mentionAt(j);
      if (m && !modifier && m.form === 'demonym' && m.end > j) {
        modifier = this.argOf(m, 'agent');
        j = m.end;
      } else if (['heavy', 'intense', 'renewed', 'sustained', 'repeated', 'rocket', 'drone', 'mortar', 'artillery', 'sniper', 'missile', 'direct'].includes((tokens[j] as Token).lower)) j++;
      // ("came under a massive Russian drone and missile attack": an article and more modifiers.)
      else if (['a', 'an', 'massive', 'major', 'large-scale', 'fresh', 'new', 'coordinated', 'combined', 'deadly', 'large', 'and', 'air'].includes((tokens[j] as Token).lower) && !this.mentionAt(j)) j++;
      else break;
    }
    if (!['fire', 'attack', 'attacks', 'assault', 'shelling', 'bombardment', 'siege', 'bombing'].includes(tokens[j]?.lower ?? '')) return;
    const by = j + 1;
    if (!modifier && !['from', 'by'].includes(tokens[by]?.lower ?? '')) return;
    const sources = modifier ? [modifier] : this.objectAfter(by + 1, s, 'agent', 3);
    if (sources.length === 0) return;
    const frame = this.subjectOf(k - 1, s, 'attack-target');
    const mod = this.modality(frame.clauseStart, k - 1, s);
    if (mod.negated || mod.irrealis) return;
    const claimant = this.claimantFor(k, s);
    let targets = [...frame.subjects];
    if (targets.length === 0) targets = this.speakerAsOwner(frame.clauseStart, k, claimant, sources);
    if (targets.length === 0) return;
    // "came under fire from the United Nations over the strikes": fire of words, not of guns, when
    // its reason follows or it comes from a body that wields no force.
    if (tokens[j]?.lower === 'fire') {
      const end = this.lastMentionEnd(by + 1, s);
      const reason = ['over', 'for', 'after'].includes(tokens[end]?.lower ?? '') && !['positions', 'troops', 'forces', 'fighters', 'militants', 'gunmen'].includes(tokens[end - 1]?.lower ?? '');
      const unarmed = sources.every((a) => ['international', 'ngo', 'organization', 'party'].includes(this.info(a.actorId)?.kind ?? '') || this.info(a.actorId)?.type === 'PERSON');
      if (reason || unarmed) {
        this.emit('CRITICIZES', sources, targets, s, 0.65 * (mod.hedged ? 0.7 : 1), claimant ?? sources[0]?.actorId ?? null, false);
        return;
      }
    }
    this.emit('ATTACKS', sources, targets, s, 0.75 * (mod.hedged ? 0.7 : 1), claimant, this.allegedByFrame(k, s));
  }

  /** "told Hamas to release the hostages or face consequences": each demand made earlier in the sentence is also a threat. */
  protected orElse(k: number, s: Sentence): void {
    const demands = this.out.filter((r) => r.type === 'DEMANDS' && r.sentence === s.index && !this.forceless(this.sideOf(r.source)));
    for (const d of demands) {
      this.emit('THREATENS', [{ actorId: d.source, mention: null, weight: 1 }], [{ actorId: d.target, mention: null, weight: 1 }], s, Math.min(0.65, d.confidence), d.claimant, d.alleged);
    }
    if (demands.length > 0) this.done.add(k + 1);
  }

  /** "issued a stern warning to Israel", "Iran's warning to Washington": the one warned is threatened. */
  protected warningTo(k: number, s: Sentence): void {
    const { tokens } = this;
    const m = this.mentionAt(k + 2) ?? (tokens[k + 2]?.lower === 'the' ? this.mentionAt(k + 3) : null);
    if (!m) return;
    const target = this.argOf({ ...m, place: false }, 'target');
    if (!target) return;
    let sources: Arg[] = [];
    const agent = this.nounAgent(k, s);
    if (agent && this.mentionAt(k - 1) === null) sources = [agent];
    else {
      // "issued/sent/delivered a (stern, final) warning to".
      let v = k - 1;
      while (v > s.first && v > k - 5 && ['DET', 'ADJ', 'ADV'].includes((tokens[v] as Token).pos)) v--;
      if (!['issue', 'send', 'give', 'deliver', 'repeat', 'renew', 'reiterate', 'direct'].includes(verbLemma(tokens[v] as Token)) || !this.isVerb(tokens[v])) return;
      const asserted = this.assertedSubjects(v, s);
      if (!asserted) return;
      sources = [...asserted.subjects];
    }
    sources = sources.filter((a) => !this.forceless(this.sideOf(a.actorId)) && this.sideOf(a.actorId) !== this.sideOf(target.actorId));
    if (sources.length === 0 || this.modality(Math.max(s.first, k - 4), k, s).negated) return;
    this.emit('THREATENS', sources, [target], s, 0.65, this.claimantFor(k, s) ?? sources[0]?.actorId ?? null, false);
  }

  /** "Trump's threat to strike Iran", "In a veiled threat to Washington, Pyongyang test-fired two missiles". */
  protected threatNoun(k: number, s: Sentence): void {
    const { tokens } = this;
    const act = tokens[k + 2];
    const force = act !== undefined && (VERB_TRIGGERS.get(verbLemma(act)) ?? []).some((r) => r.type === 'ATTACKS') && act.pos === 'VERB';
    const m = force ? null : this.mentionAt(k + 2);
    let targets: Arg[] = force ? this.objectAfter(k + 3, s, 'target', 3).filter((a) => !a.mention?.place) : m && m.first === k + 2 ? [this.argOf({ ...m, place: false }, 'target')].filter((a): a is Arg => a !== null) : [];
    if (targets.length === 0) return;
    // The agent: a possessive ("Trump's threat"), or the subject of the clause a fronted adjunct opens ("In a veiled threat to X, Y ...").
    const agent = this.nounAgent(k, s);
    let b = k - 1;
    while (b > s.first && ['ADJ', 'ADV', 'DET'].includes((tokens[b] as Token).pos)) b--;
    const fronted = tokens[b]?.lower === 'in' && (b === s.first || ['-', '—', '–'].includes(tokens[b - 1]?.text ?? ''));
    const sources = agent && !force ? [] : agent ? [agent] : fronted ? this.adjunctSubjects(k, s) : [];
    const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
    targets = targets.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (sources.length === 0 || targets.length === 0) return;
    for (let j = Math.max(s.first, k - 3); j < k; j++) if (['no', 'not', 'without'].includes((tokens[j] as Token).lower)) return;
    this.emit('THREATENS', sources, targets, s, 0.6, this.claimantFor(k, s) ?? sources[0]?.actorId ?? null, false);
  }

  /** "Benin has faced mounting attacks by JNIM", "suffered repeated raids from the RSF": the attacker hit the subject. */
  protected attacksFaced(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    while (k < Math.min(s.end, v + 5) && (['DET', 'ADJ', 'NUM'].includes((tokens[k] as Token).pos) || (tokens[k] as Token).lower.endsWith('ing')) && !this.mentionAt(k)) k++;
    const trig = tokens[k] ? NOUN_TRIGGERS.get(nounLemma(tokens[k] as Token)) : undefined;
    if (!trig || trig.type !== 'ATTACKS' || trig.between || !['by', 'from'].includes(tokens[k + 1]?.lower ?? '')) return;
    const attackers = this.objectAfter(k + 2, s, 'agent', 3);
    const frame = this.subjectOf(v, s, 'attack-target');
    const mod = this.modality(frame.clauseStart, v, s);
    if (attackers.length === 0 || frame.subjects.length === 0 || mod.negated || mod.irrealis) return;
    const sides = new Set(attackers.map((a) => this.sideOf(a.actorId)));
    const targets = frame.subjects.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (targets.length > 0) this.emit('ATTACKS', attackers, targets, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
  }

  /**
   * "warned of \"open war\" with Afghanistan if the talks failed", "warned of a crushing response to
   * any attack by the United States": harm announced against a side threatens it.
   */
  protected warnedOfHarm(v: number, s: Sentence): boolean {
    const { tokens } = this;
    let k = v + 2;
    // ('warned of a "firm and appropriate response"': adjectives joined by "and", too.)
    while (k < Math.min(s.end, v + 8) && (['"', '“', '”', "'"].includes((tokens[k] as Token).text) || ['DET', 'ADJ', 'ADV'].includes((tokens[k] as Token).pos) || ((tokens[k] as Token).lower === 'and' && tokens[k - 1]?.pos === 'ADJ') || ((tokens[k] as Token).pos === 'VERB' && (tokens[k] as Token).lower.endsWith('ing')))) k++;
    if (!['war', 'retaliation', 'consequences', 'response', 'reprisals', 'retribution', 'action', 'strikes', 'attacks', 'force', 'punishment'].includes(tokens[k]?.lower ?? '')) return false;
    const asserted = this.assertedSubjects(v, s);
    if (!asserted) return true;
    const sources = asserted.subjects.filter((a) => !this.forceless(this.sideOf(a.actorId)));
    const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
    let h = k + 1;
    while (['"', '“', '”', "'"].includes(tokens[h]?.text ?? '')) h++;
    let targets: Arg[] = [];
    if (['to', 'for'].includes(tokens[h]?.lower ?? '')) {
      // "a response to any attack by X", "retaliation for Israel's strikes": the attacker answered.
      let a = h + 1;
      while (a < Math.min(s.end, h + 4) && ['DET', 'ADJ'].includes((tokens[a] as Token).pos) && !this.mentionAt(a)) a++;
      const trig = tokens[a] ? NOUN_TRIGGERS.get(nounLemma(tokens[a] as Token)) : undefined;
      if (trig?.type === 'ATTACKS' && !trig.between) {
        const agent = this.nounAgent(a, s);
        if (agent) targets = [agent];
      } else return false;
    } else if (['with', 'against', 'on'].includes(tokens[h]?.lower ?? '')) {
      targets = this.objectAfter(h + 1, s, 'target', 3);
    }
    if (targets.length === 0) targets = this.conditionAfter(h, s, sides);
    // "denounced the South Korean drills and warned of 'merciless' retaliation": the side just denounced.
    if (targets.length === 0) targets = this.denouncedHere(s, sources);
    targets = targets.filter((a) => !sides.has(this.sideOf(a.actorId)) && !a.mention?.place);
    // (Otherwise the verb's own rule reads the warning: "warned of a response to the drills by X and Y".)
    if (sources.length === 0 || targets.length === 0) return false;
    this.emit('THREATENS', sources, targets, s, 0.65 * asserted.hedge, this.claimantFor(v, s) ?? sources[0]?.actorId ?? null, false);
    return true;
  }

  /**
   * "Iran warned it would close the Strait of Hormuz if Israel attacked", "Russia warned it would cut
   * gas supplies unless Chisinau paid", "said he would impose tariffs on Canada": a coercive act the
   * speaker's own side announces threatens the side of its condition, or the one a penalty falls on.
   */
  protected warnedOwnAct(v: number, s: Sentence): void {
    const { tokens } = this;
    const lemma = verbLemma(tokens[v] as Token);
    let k = v + 1;
    if (tokens[k]?.lower === 'that') k++;
    // The announcing clause: its own side as subject ("it", "they", "we", or a mention), then the modal.
    const subject = this.mentionAt(k);
    const pronoun = ['it', 'they', 'we', 'he', 'she'].includes(tokens[k]?.lower ?? '');
    if (!subject && !pronoun) return;
    let j = subject ? subject.end : k + 1;
    if (!['would', 'will', "'ll"].includes(tokens[j]?.lower ?? '')) return;
    j++;
    while (j < s.end && (tokens[j] as Token).pos === 'ADV') j++;
    const act = tokens[j];
    if (!act) return;
    const actLemma = verbLemma(act);
    const penalty = ['impose', 'slap', 'levy', 'introduce', 'reimpose'].includes(actLemma) && tokens.slice(j + 1, Math.min(s.end, j + 6)).some((w) => PENALTY_NOUNS.has(w.lower));
    // ("Netanyahu warned that his country would strike Iran's nuclear facilities": force promised by the speaker's side.)
    const force = lemma === 'warn' && FORCE_LEMMAS.has(actLemma) && subject !== null && subject.form === 'coreference';
    // (Only a warning announces coercion or force; any speech verb announces a penalty.)
    if (!penalty && !force && !(lemma === 'warn' && COERCIVE_LEMMAS.has(actLemma))) return;
    const frame = this.subjectOf(v, s);
    const claimant = this.claimantFor(j, s) ?? (frame.subjects.length === 1 ? (frame.subjects[0] as Arg).actorId : null);
    if (!claimant) return;
    const side = this.sideOf(claimant);
    if (subject) {
      const own = this.argOf(subject, 'agent');
      if (!own || (this.sideOf(own.actorId) !== side && this.kb.governorOf.get(own.actorId) !== side)) return;
    }
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    const sides = new Set([side]);
    // (A penalty falls on the one it names: "would slap sanctions on Venezuela if Maduro refused".)
    let targets = penalty ? this.prepObject(j + 1, s, ['on', 'against'], 8) : force ? this.objectAfter(j + 1, s, 'target', 2) : [];
    if (targets.length === 0) targets = this.conditionAfter(j + 1, s, sides);
    targets = targets.filter((a) => this.sideOf(a.actorId) !== side && this.kb.governorOf.get(a.actorId) !== side && !a.mention?.place);
    if (targets.length === 0) return;
    this.emit('THREATENS', [{ actorId: claimant, mention: null, weight: 1 }], targets, s, 0.6 * (mod.hedged ? 0.7 : 1), claimant, false);
  }

  /** "Bagheri said any U.S. or Israeli attack on Iran would be met with a devastating response": the speaker threatens the attackers. */
  protected metWithForce(v: number, s: Sentence): void {
    const { tokens } = this;
    const modal = v - 2;
    if (!['would', 'will', "'ll", 'shall'].includes(tokens[modal]?.lower ?? '')) return;
    const claimant = this.claimantFor(v, s);
    if (!claimant) return;
    const side = this.sideOf(claimant);
    // The subject: an attack noun before the modal, with its agents as modifiers or a "by" phrase.
    let head = -1;
    let start = modal - 1;
    while (start > s.first && start > modal - 12 && !['said', 'says', 'warned', 'that', ',', ';'].includes((tokens[start - 1] as Token).lower)) start--;
    for (let j = start; j < modal; j++) {
      const trig = NOUN_TRIGGERS.get(nounLemma(tokens[j] as Token));
      if (trig?.type === 'ATTACKS' && !trig.between && (tokens[j] as Token).pos === 'NOUN' && !this.mentionAt(j)) {
        head = j;
        break;
      }
    }
    if (head === -1) return;
    let agents = this.argsIn(start, head, 'agent');
    if (agents.length === 0) {
      const by = tokens.slice(head, modal).findIndex((t) => t.lower === 'by');
      if (by !== -1) agents = this.objectAfter(head + by + 1, s, 'agent', 3);
    }
    agents = agents.filter((a) => this.sideOf(a.actorId) !== side && this.kb.governorOf.get(a.actorId) !== side && !a.mention?.place);
    if (agents.length === 0) return;
    this.emit('THREATENS', [{ actorId: claimant, mention: null, weight: 1 }], agents, s, 0.6, claimant, false);
  }

  /** "killed 30 militants belonging to the Pakistani Taliban", "fighters loyal to the RSF": the fighters' side. */
  protected fightersOf(after: number, s: Sentence, attackers: readonly Arg[]): Arg[] {
    const { tokens } = this;
    const sides = new Set(attackers.map((a) => this.sideOf(a.actorId)));
    for (let k = after; k < Math.min(s.end, after + 5); k++) {
      const t = tokens[k] as Token;
      if (this.mentionAt(k) || CLAUSE_BREAKS.has(t.text) || t.text === ',') return [];
      if (!UNNAMED_FIGHTERS.has(t.lower) && !['soldiers', 'troops', 'members', 'commanders'].includes(t.lower)) continue;
      const w1 = tokens[k + 1]?.lower ?? '';
      const w2 = tokens[k + 2]?.lower ?? '';
      let at = -1;
      if ((w1 === 'belonging' && w2 === 'to') || (w1 === 'loyal' && w2 === 'to') || (w1 === 'affiliated' && w2 === 'with')) at = k + 3;
      else if (w1 === 'from' || w1 === 'of') at = k + 2;
      if (at === -1) return [];
      return this.objectAfter(at, s, 'attack-target', 1).filter((a) => !sides.has(this.sideOf(a.actorId)) && !a.mention?.place && this.info(a.actorId)?.kind === 'armed-group');
    }
    return [];
  }

  /**
   * An attack with no target of its own in a clause opened by "after" ("..., two days after the group
   * fired a missile at Ben Gurion airport"), whose main clause already has an attack on the
   * subject's side: the subject attacked that attacker first.
   */
  protected provokingAttack(clauseStart: number, s: Sentence, attackers: readonly Arg[]): Arg[] {
    const { tokens } = this;
    if (tokens[clauseStart - 1]?.lower !== 'after') return [];
    const sides = new Set(attackers.map((a) => this.sideOf(a.actorId)));
    for (let i = this.out.length - 1; i >= 0; i--) {
      const r = this.out[i] as RawRelation;
      if (r.sentence !== s.index) break;
      if (r.type !== 'ATTACKS' || r.alleged || !sides.has(this.sideOf(r.target)) || sides.has(this.sideOf(r.source))) continue;
      return [{ actorId: r.source, mention: null, weight: 0.8 }];
    }
    return [];
  }

  /** "Kenya's president took aim at Uganda": CRITICIZES. */
  protected tookAim(v: number, s: Sentence): void {
    const { tokens } = this;
    // "took Rwanda to task over its support for M23": the one taken to task is criticised.
    const m = this.mentionAt(v + 1) ?? (tokens[v + 1]?.lower === 'the' ? this.mentionAt(v + 2) : null);
    if (m && tokens[m.end]?.lower === 'to' && tokens[m.end + 1]?.lower === 'task') {
      const taken = this.argOf(m, 'target');
      if (taken) this.criticizedBySubject(v, s, [taken], 0.7);
      return;
    }
    // "Moscow took issue with Finland's decision": the owner of what is disputed.
    if (this.tokens[v + 1]?.lower === 'issue' && this.tokens[v + 2]?.lower === 'with') {
      const owner = this.actOwner(v + 3, s, true);
      if (owner) this.criticizedBySubject(v, s, [owner], 0.65);
      return;
    }
    if (this.tokens[v + 1]?.lower !== 'aim' || this.tokens[v + 2]?.lower !== 'at') return;
    const targets = this.objectAfter(v + 3, s, 'target', 3);
    if (targets.length > 0) this.criticizedBySubject(v, s, targets, 0.65);
  }

  /**
   * The target of the latest attack noun before `before`, in this sentence or the one before: "A
   * drone attack on a base hosting U.S. troops ..., blaming X", "... It blamed X for the attack".
   */
  protected earlierAttackTarget(before: number, s: Sentence, agents: readonly Arg[]): Arg[] {
    const { tokens } = this;
    const from = this.doc.sentences[Math.max(0, s.index - 1)]?.first ?? s.first;
    const sides = new Set(agents.map((a) => this.sideOf(a.actorId)));
    for (let k = before - 1; k >= from; k--) {
      const t = tokens[k] as Token;
      const trig = NOUN_TRIGGERS.get(nounLemma(t));
      if (t.pos !== 'NOUN' || trig?.type !== 'ATTACKS' || trig.between || this.mentionAt(k)) continue;
      const p = this.skipNouns(k + 1, s.index === t.sentence ? s : (this.doc.sentences[t.sentence] as Sentence));
      const sentence = this.doc.sentences[t.sentence] as Sentence;
      let targets = trig.targetPreps.includes(tokens[p]?.lower ?? '') ? this.objectAfter(p + 1, sentence, 'attack-target', 5) : [];
      targets = targets.filter((a) => !sides.has(this.sideOf(a.actorId)) && !a.mention?.place);
      if (targets.length > 0) return targets.map((a) => ({ ...a, mention: null, weight: a.weight * 0.9 }));
    }
    return [];
  }

  /**
   * The accusers of an attack as its target: when the attacked thing at `at` is "its/their ..."
   * (not "their own"), or, with `at` = -1, when the sentence and the one before name no state,
   * government or army apart from the two sides. Only a state, government or army is attacked so.
   */
  protected ownSideAttacked(at: number, s: Sentence, accused: readonly Arg[], accusers: readonly Arg[], heads: ReadonlySet<string> = OWN_FORCE_NOUNS): Arg[] {
    const { tokens } = this;
    const kinds = ['country', 'government', 'military'];
    const victims = accusers.filter((a) => kinds.includes(this.info(a.actorId)?.kind ?? ''));
    if (victims.length === 0) return [];
    const sides = new Set([...accused, ...accusers].map((a) => this.sideOf(a.actorId)));
    if (accused.some((a) => victims.some((b) => this.sideOf(b.actorId) === this.sideOf(a.actorId)))) return [];
    if (at !== -1) {
      if (!['its', 'their'].includes(tokens[at]?.lower ?? '')) return [];
      // "its positions", "their border posts": the accuser's own forces or ground.
      let h = at + 1;
      while (h < Math.min(s.end, at + 4) && ['ADJ', 'NOUN'].includes((tokens[h] as Token).pos) && !heads.has((tokens[h] as Token).lower)) h++;
      if (!heads.has(tokens[h]?.lower ?? '') || tokens[at + 1]?.lower === 'own') return [];
    } else {
      const from = this.doc.sentences[Math.max(0, s.index - 1)]?.first ?? s.first;
      for (const m of this.actors.mentions) {
        if (m.first < from || m.first >= s.end || m.place) continue;
        const kind = this.info(m.actorId)?.kind ?? '';
        if (kinds.includes(kind) && !sides.has(this.sideOf(m.actorId)) && !sides.has(this.kb.governorOf.get(m.actorId) ?? '')) return [];
      }
    }
    return victims.map((a) => ({ ...a, mention: null, weight: a.weight * 0.85 }));
  }

  /** "blaming X" after an attack, "blamed the attack on X": the one blamed attacked the attack's target. */
  protected blamedAttack(v: number, after: number, s: Sentence, blamed: readonly Arg[], blamers: readonly Arg[]): void {
    const { tokens } = this;
    // With "for" the allegation names the act.
    for (let k = after; k < Math.min(s.end, after + 8); k++) if (tokens[k]?.lower === 'for') return;
    let targets: Arg[] = [];
    let attackers = blamed;
    // "blamed the attack on X": the attack is the object, the attacker follows "on".
    const objectNoun = (tokens[after]?.pos === 'DET' || tokens[after]?.pos === 'ADJ') ? this.skipNouns(after + 1, s) - 1 : -1;
    const trig = objectNoun > after ? NOUN_TRIGGERS.get(nounLemma(tokens[objectNoun] as Token)) : undefined;
    if (trig?.type === 'ATTACKS' && !trig.between && tokens[objectNoun + 1]?.lower === 'on') {
      attackers = this.objectAfter(objectNoun + 2, s, 'agent', 3);
      targets = this.earlierAttackTarget(objectNoun, s, attackers);
    } else if ((tokens[v] as Token).lower.endsWith('ing') && tokens[v - 1]?.text === ',') {
      targets = this.earlierAttackTarget(v, s, attackers);
    }
    if (attackers.length === 0 || targets.length === 0) return;
    const sides = new Set(attackers.map((a) => this.sideOf(a.actorId)));
    targets = targets.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (targets.length === 0) return;
    this.emit('ATTACKS', attackers, targets, s, 0.6, blamers[0]?.actorId ?? this.claimantFor(v, s), true);
  }

  /**
   * Whether "threaten" right before `from` takes as object a state of affairs it endangers ("the
   * fragile truce", "regional stability", "the lives of civilians") rather than force or a penalty.
   */
  protected endangeredObject(from: number, s: Sentence): boolean {
    const { tokens } = this;
    if (verbLemma(tokens[from - 1] ?? (tokens[from] as Token)) !== 'threaten' || !this.isVerb(tokens[from - 1])) return false;
    let h = from;
    while (h < Math.min(s.end, from + 5) && !this.mentionAt(h) && ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes((tokens[h] as Token).pos) && !ENDANGERED.has((tokens[h] as Token).lower)) h++;
    return ENDANGERED.has(tokens[h]?.lower ?? '');
  }

  /** "warned X", else "warned that X would ...", else the counterpart of the dyad in view. */
  protected threatTarget(from: number, s: Sentence, sources: readonly Arg[]): Arg[] {
    const { tokens } = this;
    // ("threatened earlier this month to impose tariffs", "threatened on Monday to strike": a time before the infinitive.)
    const TIME = ['earlier', 'later', 'this', 'last', 'next', 'month', 'week', 'year', 'weekend', 'on', 'again', 'repeatedly', 'previously', 'also', 'in', 'recently', 'once'];
    let t = from;
    while (t < Math.min(s.end, from + 5) && (TIME.includes((tokens[t] as Token).lower) || CALENDAR_DAYS.has((tokens[t] as Token).lower))) t++;
    if (t > from && tokens[t]?.lower === 'to' && this.isVerb(tokens[t + 1])) from = t;
    // "warned of a 'merciless' response to the drills by South Korea", "warned of retaliation against X".
    if (tokens[from]?.lower === 'of') {
      let k = from + 1;
      while (k < Math.min(s.end, from + 6) && (['DET', 'ADJ', 'PUNCT'].includes((tokens[k] as Token).pos) && !CLAUSE_BREAKS.has((tokens[k] as Token).text) || (tokens[k] as Token).text === '"') && !this.mentionAt(k)) k++;
      if (['response', 'retaliation', 'reprisals', 'reprisal', 'consequences', 'revenge', 'punishment', 'countermeasures', 'retribution'].includes(tokens[k]?.lower ?? '') && ['to', 'against', 'for', 'on'].includes(tokens[k + 1]?.lower ?? '')) {
        const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
        let found = this.objectAfter(k + 2, s, 'target', 3);
        if (found.length === 0) found = this.byAgentInObject(k + 2, s);
        found = found.filter((a) => !sides.has(this.sideOf(a.actorId)));
        if (found.length > 0) return found;
      }
    }
    // ("vowed to help Russia in its war against Ukraine": help pledged threatens no one.)
    if (tokens[from]?.lower === 'to' && ['help', 'support', 'assist', 'aid', 'back', 'stand'].includes(verbLemma(tokens[from + 1] ?? (tokens[from] as Token)))) return [];
    const blocked = tokens[from]?.lower === 'to' && ['veto', 'block', 'boycott', 'oppose', 'delay', 'stall'].includes(verbLemma(tokens[from + 1] ?? (tokens[from] as Token)));
    const viaPrep = blocked ? [] : this.prepObject(from, s, ['against', 'to'], 8);
    if (viaPrep.length > 0) return viaPrep;
    // "threatened to cut off gas supplies to Moldova", "to impose tariffs on Canada": coercion of the one named.
    if (tokens[from]?.lower === 'to' && ['cut', 'halt', 'stop', 'suspend', 'impose', 'slap', 'levy', 'withhold', 'freeze', 'sever'].includes(verbLemma(tokens[from + 1] ?? (tokens[from] as Token)))) {
      const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
      const coerced = this.prepObject(from + 2, s, ['to', 'on', 'against', 'for', 'with'], 8).filter((a) => !sides.has(this.sideOf(a.actorId)) && !a.mention?.place);
      if (coerced.length > 0) return coerced;
    }
    // ("threatened to send troops into Nigeria": forces sent uninvited into a state threaten it.)
    if (tokens[from]?.lower === 'to' && ['send', 'deploy', 'dispatch'].includes(verbLemma(tokens[from + 1] ?? (tokens[from] as Token)))) {
      for (let k = from + 2; k < Math.min(s.end, from + 6); k++) {
        const w = tokens[k] as Token;
        if (!['into', 'against'].includes(w.lower)) continue;
        const m = this.mentionAt(k + 1) ?? (tokens[k + 1]?.lower === 'the' ? this.mentionAt(k + 2) : null);
        const arg = m ? this.argOf({ ...m, place: false }, 'target') : null;
        const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
        if (arg && !sides.has(this.sideOf(arg.actorId)) && ['country', 'government', 'armed-group'].includes(this.info(arg.actorId)?.kind ?? '')) return [arg];
        break;
      }
    }
    // "warned on Tuesday that ...", "warned last week that ...": the time comes before the clause.
    if (tokens[from]?.lower === 'on' && CALENDAR_DAYS.has(tokens[from + 1]?.lower ?? '')) from += 2;
    else if (tokens[from]?.lower === 'last' && ['week', 'month', 'year', 'night'].includes(tokens[from + 1]?.lower ?? '')) from += 2;
    else if (['yesterday', 'today', 'again', 'repeatedly', 'earlier'].includes(tokens[from]?.lower ?? '')) from += 1;
    // "warned in a statement that ...", "warned in a speech on Friday that ...".
    else if (tokens[from]?.lower === 'in' && ['a', 'an', 'its', 'his', 'her'].includes(tokens[from + 1]?.lower ?? '')) {
      let q = from + 2;
      while (q < Math.min(s.end, from + 8) && tokens[q]?.lower !== 'that' && !this.isVerb(tokens[q]) && !this.mentionAt(q)) q++;
      if (tokens[q]?.lower === 'that') from = q;
    }
    const respond = (tokens[from]?.lower === 'to' && ['respond', 'retaliate', 'avenge', 'reply', 'hit', 'strike'].includes(verbLemma(tokens[from + 1] ?? (tokens[from] as Token))) && !this.mentionAt(from + 2)) || this.responseObject(from, s);
    // "threatened to annex the Essequibo region of Guyana", "to seize the port of Assab from Eritrea".
    // "threatened to take Armenian territory by force".
    const byForce = tokens.slice(from + 2, Math.min(s.end, from + 10)).some((w, i, all) => w.lower === 'force' && all[i - 1]?.lower === 'by');
    // ("threatened to wipe out the Taliban": past the particle.)
    const wiped = tokens[from]?.lower === 'to' && tokens[from + 2]?.lower === 'out' && ['wipe', 'stamp', 'root', 'take'].includes(verbLemma(tokens[from + 1] as Token));
    if (tokens[from]?.lower === 'to' && (wiped || ['annex', 'invade', 'seize', 'occupy', 'blockade', 'bomb', 'capture', 'destroy', 'annihilate', 'crush', 'eliminate', 'eradicate', 'obliterate', 'defeat', 'topple', 'overthrow', 'oust'].includes(verbLemma(tokens[from + 1] ?? (tokens[from] as Token))) || (byForce && ['take', 'retake', 'reclaim', 'recover'].includes(verbLemma(tokens[from + 1] ?? (tokens[from] as Token)))))) {
      const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
      const owned = this.objectAfter(from + (wiped ? 3 : 2), s, 'attack-target', 5).filter((a) => !sides.has(this.sideOf(a.actorId)));
      if (owned.length > 0) return owned;
    }
    // "vowed to retake the towns captured by the Three Brotherhood Alliance": who holds them now.
    if (tokens[from]?.lower === 'to' && ['retake', 'recapture', 'reclaim', 'recover', 'liberate'].includes(verbLemma(tokens[from + 1] ?? (tokens[from] as Token)))) {
      const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
      let holders = this.objectAfter(from + 2, s, 'attack-target', 5);
      if (holders.length === 0) {
        for (let k = from + 2; k < Math.min(s.end, from + 9); k++) {
          const t = tokens[k] as Token;
          if (CLAUSE_BREAKS.has(t.text) || t.text === ',') break;
          if (['captured', 'seized', 'taken', 'held', 'overrun', 'controlled', 'occupied'].includes(t.lower) && tokens[k + 1]?.lower === 'by') {
            holders = this.objectAfter(k + 2, s, 'agent', 3);
            break;
          }
        }
      }
      holders = holders.filter((a) => !sides.has(this.sideOf(a.actorId)));
      if (holders.length > 0) return holders;
    }
    // "threatened to veto the EU's sanctions package against Russia": what is blocked is no threat to the one it targets.
    if (tokens[from]?.lower === 'to' && ['veto', 'block', 'boycott', 'oppose', 'delay', 'stall'].includes(verbLemma(tokens[from + 1] ?? (tokens[from] as Token)))) return [];
    if (tokens[from]?.lower === 'to' && this.isVerb(tokens[from + 1])) {
      // "vowed to continue its armed struggle against Rabat", "threatened to resume operations against the group".
      for (let k = from + 2; k < Math.min(s.end, from + 12); k++) {
        const t = tokens[k] as Token;
        if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || ['if', 'unless', 'until', 'that', 'which', 'who', 'and', 'but'].includes(t.lower)) break;
        if (['against', 'on', 'upon'].includes(t.lower)) {
          const args = this.objectAfter(k + 1, s, 'target', 3);
          if (args.length > 0) return args;
          if (respond) return [];
        }
        // "threatened to respond militarily to any U.S. incursion": the one whose act is answered.
        if (respond && t.lower === 'to' && k > from + 1) {
          const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
          const answered = this.objectAfter(k + 1, s, 'target', 3).filter((a) => !sides.has(this.sideOf(a.actorId)) && !a.mention?.place);
          if (answered.length > 0) return answered;
        }
      }
    }
    if (respond) {
      // "Israel vowed to respond": the threat is against whoever last attacked it.
      const attacker = this.latestAttackerOf(sources);
      if (attacker.length > 0) return attacker;
      // "said the strikes killed civilians and vowed to respond": the agent of the strikes told.
      const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
      const agent = this.recentEventAgent(s).filter((a) => !sides.has(this.sideOf(a.actorId)));
      if (agent.length > 0) return agent;
      // "said those strikes killed civilians and vowed to respond": the strikes just named are the latest.
      const named = tokens.slice(s.first, from).some((w, i) => ['those', 'these', 'the'].includes(w.lower) && ['strikes', 'airstrikes', 'attacks', 'raids', 'bombings', 'shelling'].includes(tokens[s.first + i + 1]?.lower ?? ''));
      const last = this.memory.events[this.memory.events.length - 1];
      if (named && last && s.index - last.sentence <= 2 && !sides.has(this.sideOf(last.agent))) return [{ actorId: last.agent, mention: null, weight: 0.75 }];
    }
    // "Maduro threatened to jail Machado", "vowed to punish the traitors": harm promised to the one named.
    if (tokens[from]?.lower === 'to' && ['jail', 'arrest', 'imprison', 'prosecute', 'punish', 'sanction', 'sue', 'kill', 'eliminate', 'destroy', 'crush', 'annihilate', 'hang', 'execute', 'detain', 'bomb', 'invade', 'blockade'].includes(verbLemma(tokens[from + 1] ?? (tokens[from] as Token)))) {
      const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
      // (An opposition figure of the speaker's own state is harmed too: "Maduro threatened to jail Machado".)
      const harmed = this.objectAfter(from + 2, s, 'target', 3).filter((a) => (this.info(a.actorId)?.type === 'PERSON' ? !sources.some((b) => b.actorId === a.actorId) : !sides.has(this.sideOf(a.actorId))) && !a.mention?.place);
      if (harmed.length > 0) return harmed;
    }
    if (tokens[from]?.lower === 'to' && ['withdraw', 'secede', 'pull', 'exit', 'quit', 'leave', 'break', 'expel'].includes(verbLemma(tokens[from + 1] ?? (tokens[from] as Token)))) {
      // "threatened to secede from Ethiopia", "threatened to leave ECOWAS", "to pull out of the bloc".
      let k = from + 2;
      if (['out', 'away'].includes(tokens[k]?.lower ?? '')) k++;
      if (['from', 'of', 'with'].includes(tokens[k]?.lower ?? '')) k++;
      const args = this.objectAfter(k, s, 'target', 2);
      if (args.length > 0) return args;
    }
    // "warned it would respond": the speaker's own side acts, as in "warned that Cairo would ...".
    const ownPronoun = (k: number): boolean => ['it', 'they', 'we'].includes(tokens[k]?.lower ?? '') && ['would', 'will', 'could', "'d", "'ll"].includes(tokens[k + 1]?.lower ?? '');
    if (tokens[from]?.lower === 'that' || ownPronoun(from)) {
      // The subject of the warning: "warned that Kabul would pay" — but not "warned that Tehran would
      // block ...", where the speaker's own side is the one that acts.
      const lead = tokens[from]?.lower === 'that' ? from + 1 : from;
      const args = ownPronoun(lead) ? [...sources] : this.objectAfter(lead, s, 'target', 2);
      let j = lead;
      while (j < Math.min(s.end, from + 8) && !['would', 'will', 'could', 'might', 'may', 'shall', 'should'].includes((tokens[j] as Token).lower) && (tokens[j] as Token).pos !== 'VERB') j++;
      let passive = false;
      while (j < s.end && (['would', 'will', 'could', 'might', 'may', 'shall', 'should', 'be', 'have', 'to', 'not', 'only', 'never', "n't"].includes((tokens[j] as Token).lower) || ['"', '“', '”'].includes((tokens[j] as Token).text))) {
        if ((tokens[j] as Token).lower === 'be') passive = true;
        j++;
      }
      // "would pay a heavy price", "would be crushed": the complement's subject suffers the threat.
      const consequence = passive || ['pay', 'face', 'regret', 'suffer', 'bear', 'feel', 'receive'].includes(verbLemma(tokens[j] ?? (tokens[from] as Token)));
      const own = sources.some((src) => args.some((a) => this.sideOf(a.actorId) === this.sideOf(src.actorId) || this.kb.governorOf.get(a.actorId) === src.actorId));
      if (args.length > 0 && consequence && !own) return args;
      // "warned that Cairo would take all measures ... after Ethiopia inaugurated the dam": the
      // speaker's side will act; the threat is against the one other side the sentence names.
      // ("warned that it would resume attacks on Israel": an attack noun after an aspectual verb, too.)
      const nominalForce = ['resume', 'launch', 'step', 'intensify', 'escalate', 'expand', 'mount', 'unleash', 'carry'].includes(verbLemma(tokens[j] ?? (tokens[from] as Token))) && [1, 2, 3].some((d) => NOUN_TRIGGERS.get(nounLemma(tokens[j + d] ?? (tokens[from] as Token)))?.type === 'ATTACKS');
      // ("warned it would not allow Iran to acquire a nuclear weapon": a refusal to let the other act.)
      const forbidden = ['allow', 'tolerate', 'permit', 'let'].includes(verbLemma(tokens[j] ?? (tokens[from] as Token))) && tokens.slice(lead, j).some((w) => ['not', "n't", 'never'].includes(w.lower));
      if (args.length > 0 && own && (nominalForce || forbidden || ['take', 'respond', 'retaliate', 'defend', 'act', 'use', 'strike', 'hit', 'attack', 'target', 'react', 'reply', 'annihilate', 'destroy', 'crush', 'punish', 'obliterate', 'eliminate', 'bomb'].includes(verbLemma(tokens[j] ?? (tokens[from] as Token))))) {
        const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
        for (const a of args) sides.add(this.sideOf(a.actorId));
        const named = this.promisedForceTargets(j, s, sides);
        if (named.length > 0) return named;
        const others = new Map<string, Arg>();
        // ("would intensify its strikes on Hezbollah unless the Lebanese government disarmed the group":
        // the side named before the condition, when it is the only one.)
        const condition = tokens.findIndex((w, q) => q > j && q < s.end && ['unless', 'if'].includes(w.lower));
        for (let k = j + 1; k < (condition === -1 ? s.end : condition); k++) {
          const m = this.mentionAt(k);
          if (!m) continue;
          const arg = this.locative(m) || this.agentAfterBy(m.first) ? null : this.argOf(m, 'target');
          if (arg && !sides.has(this.sideOf(arg.actorId)) && this.kb.governorOf.get(arg.actorId) === undefined) others.set(this.sideOf(arg.actorId), { ...arg, weight: arg.weight * 0.8 });
          k = m.end - 1;
        }
        if (condition !== -1 && others.size === 1) return [...others.values()];
        others.clear();
        for (let k = j + 1; k < s.end; k++) {
          const m = this.mentionAt(k);
          if (!m) continue;
          // ("if the Western powers pushed for a referral to the Security Council": inside the condition only its subject counts.)
          if (condition !== -1 && k > condition && m.first > condition + 2) break;
          // ("the rebels, who he said were backed by Bozize": a backer named in an aside is no target.)
          const arg = this.locative(m) || this.agentAfterBy(m.first) ? null : this.argOf(m, 'target');
          if (arg && !sides.has(this.sideOf(arg.actorId)) && this.kb.governorOf.get(arg.actorId) === undefined) others.set(this.sideOf(arg.actorId), { ...arg, weight: arg.weight * 0.8 });
          k = m.end - 1;
        }
        if (others.size === 1) return [...others.values()];
        // "accused Israel of attacking its consulate and warned it would respond": the side just accused.
        const denounced = this.denouncedHere(s, sources);
        if (denounced.length > 0) return denounced;
      }
      if (args.length > 0) return [];
    }
    // "threatened to kill hostages if Israel pressed its offensive": the side whose act is the condition.
    for (let k = from; k < Math.min(s.end, from + 14); k++) {
      const t = tokens[k] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ';') break;
      if (!['if', 'unless'].includes(t.lower)) continue;
      const cond = this.objectAfter(k + 1, s, 'target', 2);
      const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
      // "warned that if Rwanda pressed on, the war could spread": a risk foretold, when what follows
      // the condition is not the speaker's own act.
      if (tokens[from]?.lower === 'that' && k === from + 1 && !this.ownActAfterCondition(k, s, sides)) break;
      const others = cond.filter((a) => !sides.has(this.sideOf(a.actorId)) && this.kb.governorOf.get(a.actorId) === undefined);
      if (others.length > 0 && others.length === cond.length) return others.map((a) => ({ ...a, weight: a.weight * 0.9 }));
      break;
    }
    // "..., threatening the fragile truce", "threatens regional stability": what is endangered is no side threatened.
    if (this.endangeredObject(from, s)) return [];
    // "warned that the violation of its airspace could have serious consequences": harm promised for
    // an act that names no one falls on the latest side that attacked the speaker's.
    if (tokens[from]?.lower === 'that' && sources.length > 0) {
      for (let k = from + 1; k < Math.min(s.end, from + 16); k++) {
        if (CLAUSE_BREAKS.has((tokens[k] as Token).text) || this.mentionAt(k)) break;
        if (!['could', 'would', 'will', 'might'].includes((tokens[k] as Token).lower) || !this.harmAhead(k + 2, s)) continue;
        const attacker = this.latestAttackerOf(sources);
        if (attacker.length > 0) return attacker.map((a) => ({ ...a, weight: 0.8 }));
        break;
      }
    }
    const dyad = this.memory.dyad;
    if (!dyad || sources.length === 0) return [];
    const side = this.sideOf((sources[0] as Arg).actorId);
    // ("threatened to target U.S. warships": a threat that names another side is not about the pair in view.)
    for (let k = from; k < Math.min(s.end, from + 10); k++) {
      const t = tokens[k] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || t.text === ';') break;
      const m = this.mentionAt(k);
      if (m && this.sideOf(m.actorId) !== side && !m.place) return [];
    }
    const [a, b] = dyad;
    if (this.sideOf(a.actorId) === side) return [{ ...b, weight: b.weight * 0.8 }];
    if (this.sideOf(b.actorId) === side) return [{ ...a, weight: a.weight * 0.8 }];
    return [];
  }

  /**
   * The act alleged in "accused X of providing safe havens to Y": X is its agent unless the
   * complement names its own; it is alleged, and the accuser is its claimant.
   */
  protected allegation(v: number, s: Sentence, preps: readonly string[], accused: readonly Arg[], accusers: readonly Arg[]): void {
    const { tokens } = this;
    let k = v + 1;
    while (k < s.end && !preps.includes((tokens[k] as Token).lower)) {
      if (CLAUSE_BREAKS.has((tokens[k] as Token).text)) return;
      k++;
    }
    if (k >= s.end) return;
    const claimant = accusers[0]?.actorId ?? null;
    for (let j = k + 1; j < Math.min(s.end, k + 10); j++) {
      const t = tokens[j] as Token;
      if (CLAUSE_BREAKS.has(t.text)) return;
      // "..., a charge Bangkok denied", "..., which ...": an apposition or a clause after the complement.
      // ("The CJNG, which U.S. officials blame for the violence, has been fighting": the main clause resumes.)
      if (t.text === ',' && (['DET', 'PRON', 'SCONJ', 'VERB', 'AUX'].includes(tokens[j + 1]?.pos ?? '') || RELATIVES.has(tokens[j + 1]?.lower ?? ''))) return;
      // "accused Hamas of delaying ... and warned the group": the second verb is the accuser's own act.
      const next = tokens[j + 1];
      if ((t.lower === 'and' || t.lower === 'but') && next && next.pos === 'VERB' && !next.lower.endsWith('ing')) return;
      this.done.add(j);
      // "accused ... of being a Rwandan proxy": the accused is someone's proxy.
      if (t.lower === 'proxy' || t.lower === 'proxies') {
        let p = j - 1;
        while (p > k && !this.mentionAt(p)) p--;
        const m = this.mentionAt(p);
        // "accuses Kinshasa of using the FDLR as a proxy": the accused backs the one it uses.
        const used = m && tokens.slice(k + 1, m.first).some((w) => verbLemma(w) === 'use') && tokens.slice(m.end, j).some((w) => w.lower === 'as');
        const proxy = used && m ? this.argOf({ ...m, absorbed: false, place: false }, 'target') : null;
        if (proxy) {
          this.emit('SUPPORTS', accused, [proxy], s, 0.65, claimant, true);
          return;
        }
        const patron = m ? this.argOf({ ...m, absorbed: false, place: false }, 'agent') : null;
        const of = patron ? [patron] : this.prepObject(j + 1, s, ['of', 'for'], 3, 'agent');
        if (of.length > 0) this.emit('SUPPORTS', of, accused, s, 0.65, claimant, true);
        return;
      }
      // "blamed Belgrade for an armed assault on Kosovo police": a nominal attack with its target.
      const nominal = NOUN_TRIGGERS.get(nounLemma(t));
      const warCrimes = t.lower === 'war' && ['crimes', 'crime', 'criminal', 'criminals'].includes(tokens[j + 1]?.lower ?? '');
      // ("of bombing Afghanistan's Paktika province": a gerund with its object is the verb.)
      const gerundWithObject = t.lower.endsWith('ing') && (this.mentionAt(j + 1)?.first === j + 1 || ['the', 'a', 'an'].includes(tokens[j + 1]?.lower ?? '')) && VERB_TRIGGERS.has(verbLemma(t));
      if (t.pos === 'NOUN' && nominal?.type === 'ATTACKS' && !nominal.between && !warCrimes && !gerundWithObject) {
        let p = j + 1;
        while (p < s.end && (tokens[p] as Token).pos === 'NOUN' && !this.mentionAt(p)) p++;
        let targets = nominal.targetPreps.includes(tokens[p]?.lower ?? '') ? this.objectAfter(p + 1, s, 'attack-target', 5) : [];
        // "It blamed the Pakistani Taliban for the attack": the attack told before, on whom it was.
        if (targets.length === 0 && ['the', 'this', 'that', 'these', 'those'].includes(tokens[j - 1]?.lower ?? '') && !nominal.targetPreps.includes(tokens[p]?.lower ?? '')) targets = this.earlierAttackTarget(j, s, accused);
        // "blamed the TTP for the attack on its soldiers", "The military blamed the TTP for the attack"
        // (no other side named): the accuser's own side was attacked.
        const denied = tokens.slice(s.first, s.end).some((w) => ['deny', 'reject', 'dismiss'].includes(verbLemma(w)) && this.isVerb(w));
        if (targets.length === 0 && nominal.targetPreps.includes(tokens[p]?.lower ?? '')) targets = this.ownSideAttacked(p + 1, s, accused, accusers);
        else if (targets.length === 0 && verbLemma(tokens[v] as Token) === 'blame' && !denied) targets = this.ownSideAttacked(-1, s, accused, accusers);
        // "accused India of carrying out unprovoked strikes": strikes on no one named, with no other state in view.
        else if (targets.length === 0 && verbLemma(tokens[v] as Token) === 'accuse' && !denied && !['the', 'this', 'that', 'these', 'those'].includes(tokens[j - 1]?.lower ?? '') && [',', '.', ';'].includes(tokens[p]?.text ?? '.')) targets = this.ownSideAttacked(-1, s, accused, accusers);
        const sides = new Set(accused.map((a) => this.sideOf(a.actorId)));
        targets = targets.filter((a) => !sides.has(this.sideOf(a.actorId)));
        // "accused Algeria of shooting down one of its drones": what the accuser owns was hit.
        if (targets.length === 0 && t.lower.endsWith('ing')) targets = this.accuserOwned(j + 1, s, accused, accusers);
        if (targets.length > 0) this.emit('ATTACKS', accused, targets, s, nominal.confidence * 0.85, claimant, true);
        return;
      }
      const lemma = verbLemma(t);
      const rules = VERB_TRIGGERS.get(lemma);
      const role: Role = 'target';
      // "accused the Houthis of receiving Iranian weapons": the giver supports the accused.
      if (['receive', 'get', 'obtain', 'acquire'].includes(lemma) && (t.pos === 'VERB' || t.lower.endsWith('ing'))) {
        const sides = new Set(accused.map((a) => this.sideOf(a.actorId)));
        let r = j + 1;
        while (r < Math.min(s.end, j + 6) && !SUPPORT_NOUNS.has((tokens[r] as Token).lower)) r++;
        if (!SUPPORT_NOUNS.has(tokens[r]?.lower ?? '')) return;
        const made = this.mentionAt(r - 1);
        let givers = made && made.form === 'demonym' && made.end === r ? [this.argOf({ ...made, absorbed: false, place: false }, 'agent')].filter((a): a is Arg => a !== null) : [];
        if (givers.length === 0 && tokens[r + 1]?.lower === 'from') givers = this.objectAfter(r + 2, s, 'agent', 2);
        givers = givers.filter((a) => !sides.has(this.sideOf(a.actorId)));
        if (givers.length > 0) this.emit('SUPPORTS', givers, accused, s, 0.65, claimant, true);
        return;
      }
      // "accused Britain of helping Ukraine carry out drone strikes": helping a side is alleged support.
      if (lemma === 'help' && (t.pos === 'VERB' || t.lower === 'helping')) {
        const sides = new Set(accused.map((a) => this.sideOf(a.actorId)));
        // ("of helping the rebels ambush Wagner convoys": the helped come right after "help", not later.)
        const helped = this.objectAfter(j + 1, s, 'target', 1).filter((a) => !sides.has(this.sideOf(a.actorId)) && !accusers.some((b) => this.sideOf(b.actorId) === this.sideOf(a.actorId)));
        if (helped.length > 0) this.emit('SUPPORTS', accused, helped, s, 0.65, claimant, true);
        return;
      }
      // "accused Algeria of letting weapons from Libya reach the rebels": the one who lets them and
      // the one they come from both support the receiver.
      if (['let', 'allow', 'permit', 'letting', 'allowing'].includes(lemma) || ['letting', 'allowing', 'permitting'].includes(t.lower)) {
        // ("accused Venezuela of allowing the ELN rebels to operate from its territory": sheltering, alleged.)
        const users = this.allowedUsers(j, s).filter((a) => !accused.some((b) => this.sideOf(b.actorId) === this.sideOf(a.actorId)));
        if (users.length > 0) {
          this.emit('SUPPORTS', accused, users, s, 0.65, claimant, true);
          return;
        }
        let r = j + 1;
        while (r < Math.min(s.end, j + 5) && !SUPPORT_NOUNS.has((tokens[r] as Token).lower)) r++;
        if (!SUPPORT_NOUNS.has(tokens[r]?.lower ?? '')) return;
        // ("letting Emirati weapons reach the RSF": the state the weapons are from.)
        const made = this.mentionAt(r - 1);
        let givers: Arg[] = made && made.form === 'demonym' && made.end === r ? [this.argOf({ ...made, absorbed: false, place: false }, 'agent')].filter((a): a is Arg => a !== null && !accused.some((b) => this.sideOf(b.actorId) === this.sideOf(a.actorId))) : [];
        r++;
        if (tokens[r]?.lower === 'from') {
          givers = this.objectAfter(r + 1, s, 'agent', 2);
          r = Math.max(r + 1, this.lastMentionEnd(r + 1, s));
        }
        if (tokens[r]?.lower === 'to') r++;
        // "accuses Belarus of allowing Russian troops to use its territory": the troops' state is helped.
        if (verbLemma(tokens[r] ?? t) === 'use' && ['its', 'their'].includes(tokens[r + 1]?.lower ?? '') && ['territory', 'airspace', 'soil', 'bases', 'ports', 'airfields', 'roads'].includes(tokens[r + 2]?.lower ?? '')) {
          let d = j + 1;
          while (d < r && !(this.mentionAt(d)?.form === 'demonym')) d++;
          const owner = this.mentionAt(d);
          const helped = owner && owner.form === 'demonym' ? this.argOf({ ...owner, absorbed: false, place: false }, 'target') : null;
          if (helped && !accused.some((a) => this.sideOf(a.actorId) === this.sideOf(helped.actorId))) this.emit('SUPPORTS', accused, [helped], s, 0.65, claimant, true);
          return;
        }
        if (!['reach', 'flow', 'cross', 'get', 'pass', 'go'].includes(verbLemma(tokens[r] ?? t))) return;
        const receivers = this.objectAfter(['to', 'into'].includes(tokens[r + 1]?.lower ?? '') ? r + 2 : r + 1, s, 'target', 3);
        if (receivers.length === 0) return;
        this.emit('SUPPORTS', accused, receivers, s, 0.65, claimant, true);
        if (givers.length > 0) this.emit('SUPPORTS', givers, receivers, s, 0.6, claimant, true);
        return;
      }
      // "accuses Rwanda of deploying thousands of troops in support of the M23", "of sending soldiers to help the rebels".
      if (['deploy', 'send', 'dispatch'].includes(lemma) && (t.pos === 'VERB' || t.lower.endsWith('ing'))) {
        for (let q = j + 1; q < Math.min(s.end, j + 10); q++) {
          const w = tokens[q] as Token;
          if (CLAUSE_BREAKS.has(w.text) || w.text === ',') break;
          const at = w.lower === 'in' && tokens[q + 1]?.lower === 'support' && tokens[q + 2]?.lower === 'of' ? q + 3 : w.lower === 'alongside' ? q + 1 : w.lower === 'to' && HELP_PURPOSES.has(verbLemma(tokens[q + 1] ?? w)) ? q + 2 : -1;
          if (at === -1) continue;
          const helped = this.objectAfter(at, s, 'target', 3).filter((a) => !accused.some((b) => this.sideOf(b.actorId) === this.sideOf(a.actorId)));
          if (helped.length > 0) {
            this.emit('SUPPORTS', accused, helped, s, 0.65, claimant, true);
            return;
          }
          break;
        }
      }
      // ("accused the UAE of funnelling weapons to the RSF": verbs of moving arms give them, too.)
      if (GIVE_LEMMAS.has(lemma) || ['funnel', 'smuggle', 'channel', 'airlift', 'ferry'].includes(lemma)) {
        let targets = this.resourceTo(j, s);
        // ("accused Algeria of giving JNIM safe haven": the receiver before the thing given.)
        if (targets.length === 0) {
          const receivers = this.objectAfter(j + 1, s, 'target', 1);
          const last = receivers.length > 0 ? this.lastMentionEnd(j + 1, s) : -1;
          if (last !== -1 && ['safe', 'sanctuary', 'shelter', 'refuge', 'haven', 'havens', 'weapons', 'arms', 'money', 'funds', 'cover', 'training', 'support', 'drones', 'missiles'].includes(tokens[last]?.lower ?? '')) targets = receivers;
        }
        // "accused the UAE of supplying the RSF with weapons".
        if (targets.length === 0) {
          const receivers = this.objectAfter(j + 1, s, 'target', 2);
          const last = receivers.length > 0 ? this.lastMentionEnd(j + 1, s) : -1;
          if (last !== -1 && tokens[last]?.lower === 'with' && this.resourceAhead(last + 1, s)) targets = receivers;
        }
        if (targets.length > 0) this.emit('SUPPORTS', accused, targets, s, 0.7, claimant, true);
        return;
      }
      // "accused Armenia of opening fire on its positions".
      if ((lemma === 'open' || t.lower === 'opening') && tokens[j + 1]?.lower === 'fire' && ['on', 'at'].includes(tokens[j + 2]?.lower ?? '')) {
        // ("of opening fire on Cambodian troops": the side named.)
        const sides = new Set(accused.map((a) => this.sideOf(a.actorId)));
        const named = this.objectAfter(j + 3, s, 'attack-target', 3).filter((a) => !sides.has(this.sideOf(a.actorId)) && !a.mention?.place);
        if (named.length > 0) {
          this.emit('ATTACKS', accused, named, s, 0.6, claimant, true);
          return;
        }
        const own = this.ownSideAttacked(j + 3, s, accused, accusers);
        if (own.length > 0) this.emit('ATTACKS', accused, own, s, 0.6, claimant, true);
        return;
      }
      // ("of baseless actions targeting America": measures aimed at a side are no force.)
      if (lemma === 'target' && MEASURE_NOUNS.has(tokens[j - 1]?.lower ?? '')) return;
      // ("of plotting a coup with the backing of the United States": a noun after an article is no act.)
      if (rules && (t.pos === 'VERB' || t.lower.endsWith('ing')) && !['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(tokens[j - 1]?.lower ?? '')) {
        const rule = rules[0] as VerbTrigger;
        if (['ACCUSES', 'DENIES', 'DEMANDS', 'CRITICIZES'].includes(rule.type)) return;
        // "accused Benin of hosting French troops": sheltering a force is alleged support.
        if (lemma === 'host' || lemma === 'harbour' || lemma === 'harbor' || lemma === 'shelter') {
          const sheltered = this.hostedForce(j + 1, s);
          if (sheltered.length > 0) {
            this.emit('SUPPORTS', accused, sheltered, s, 0.65, claimant, true);
            return;
          }
          if (rule.type === 'MEDIATES') return;
        }
        // ("of shooting down a Malian drone": past the particle.)
        // ("of propping up the government": past the verb's own particle.)
        const objectStart = (rule.type === 'ATTACKS' && ['down', 'up', 'off'].includes(tokens[j + 1]?.lower ?? '')) || rule.particle?.includes(tokens[j + 1]?.lower ?? '') ? j + 2 : j + 1;
        const targets = rule.object === 'direct' ? this.objectAfter(objectStart, s, rule.type === 'ATTACKS' ? 'attack-target' : role) : this.prepObject(j + 1, s, rule.preps ?? [], 6, rule.type === 'ATTACKS' ? 'attack-target' : role);
        // "accused X of training and arming Y": the object comes after the last coordinated verb.
        // "The RSF, which the army accuses the UAE of arming, ...": the act's object is the antecedent.
        if (targets.length === 0 && rule.type === 'SUPPORTS' && tokens[j + 1]?.text === ',') this.supportedAntecedent(j, s);
        if (targets.length === 0 && ['and', 'or', ','].includes(tokens[j + 1]?.text.toLowerCase() ?? '')) continue;
        // "accused Armenia of shelling its positions", "of firing rockets at its towns": what the
        // accuser owns was attacked.
        const owned = targets.length === 0 && rule.type === 'ATTACKS' ? this.accuserOwned(j + 1, s, accused, accusers) : [];
        if (owned.length > 0) {
          this.emit('ATTACKS', accused, owned, s, rule.confidence * 0.8, claimant, true);
          return;
        }
        // "accused Armenia of shelling its positions": the accuser's own positions.
        let own = targets.length === 0 && (rule.type === 'ATTACKS' || rule.type === 'THREATENS') ? this.ownSideAttacked(['on', 'at', 'against'].includes(tokens[j + 1]?.lower ?? '') ? j + 2 : j + 1, s, accused, accusers, rule.type === 'THREATENS' ? OWN_THREATENED_NOUNS : OWN_FORCE_NOUNS) : [];
        // "Thailand accused Cambodian forces of opening fire first", "of firing artillery into its
        // territory": with no other state in view, an attack on no one named was on the accuser.
        if (own.length === 0 && targets.length === 0 && rule.type === 'ATTACKS' && this.impliedOwnTarget(j, s, accusers)) own = this.ownSideAttacked(-1, s, accused, accusers);
        // "accused India of threatening its sovereignty": the accuser is the side threatened.
        if (own.length > 0) this.emit(rule.type, accused, own, s, rule.confidence * 0.75, claimant, true);
        // "accused the M23 of killing civilians and attacking its positions": the next act may name the victim.
        if (targets.length === 0 && own.length === 0 && rule.type === 'ATTACKS') continue;
        if (targets.length > 0) this.emit(rule.type, accused, targets, s, rule.confidence * 0.8, claimant, true);
        // "accuses Iran of funding Hamas and Hezbollah and of arming the Houthis": a second alleged act.
        const end = targets.length > 0 ? this.lastMentionEnd(j + 1, s) : -1;
        if (rule.type === 'SUPPORTS' && end !== -1 && tokens[end]?.lower === 'and' && tokens[end + 1]?.lower === 'of') {
          j = end + 1;
          continue;
        }
        return;
      }
    }
  }

  /**
   * After the alleged attack verb at `j`, an object that names no one and is the accuser's by
   * nature: nothing ("of opening fire first"), its own ("into its territory"), or forces, posts and
   * border ground. Not when another act follows that may name the victim.
   */
  protected impliedOwnTarget(j: number, s: Sentence, accusers: readonly Arg[]): boolean {
    const { tokens } = this;
    const own = new Set(accusers.map((a) => this.sideOf(a.actorId)));
    let q = j + 1;
    if (['fire'].includes(tokens[q]?.lower ?? '') && verbLemma(tokens[j] as Token) === 'open') q++;
    let owned = false;
    let words = 0;
    for (; q < Math.min(s.end, j + 9); q++) {
      const t = tokens[q] as Token;
      // ("firing rockets at civilian areas in Sisaket province": a place of the accuser's own state.)
      const placed = this.mentionAt(q);
      if (placed && (placed.place || placed.form === 'city') && own.has(this.sideOf(placed.actorId))) {
        owned = true;
        q = placed.end - 1;
        continue;
      }
      if (placed) return false;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || t.text === '.') break;
      if (['and', 'or'].includes(t.lower) && (tokens[q + 1]?.lower.endsWith('ing') || tokens[q + 1]?.lower === 'of')) return false;
      // ("shelling its own villages": the accused's own.)
      if (t.lower === 'own') return false;
      if (OWN_FORCE_NOUNS.has(t.lower) || ['territory', 'border', 'borders', 'airspace', 'frontier', 'soil'].includes(t.lower)) owned = true;
      if (!['first', 'again', 'repeatedly', 'unprovoked', 'deliberately'].includes(t.lower)) words++;
    }
    return owned || words === 0;
  }

  /**
   * The accuser as owner of what an alleged attack hit: "its positions", "at its northern towns",
   * "down one of its drones", where "its"/"their" can only be the accuser's (one accuser, and the
   * accused is not the same side).
   */
  protected accuserOwned(after: number, s: Sentence, accused: readonly Arg[], accusers: readonly Arg[], extra: ReadonlySet<string> = new Set()): Arg[] {
    const { tokens } = this;
    if (accusers.length !== 1) return [];
    const accuser = accusers[0] as Arg;
    if (accused.some((a) => this.sideOf(a.actorId) === this.sideOf(accuser.actorId))) return [];
    for (let k = after; k < Math.min(s.end, after + 5); k++) {
      const t = tokens[k] as Token;
      if (['its', 'their'].includes(t.lower)) {
        // "its own", "their own": the accused's own people.
        if (tokens[k + 1]?.lower === 'own') return [];
        // "its positions", "its northern towns", "its surveillance drones".
        let h = k + 1;
        const owned = (w: string): boolean => OWNED_TARGETS.has(w) || extra.has(w);
        while (h < Math.min(s.end, k + 4) && !owned(tokens[h]?.lower ?? '') && ['ADJ', 'NOUN'].includes(tokens[h]?.pos ?? '')) h++;
        if (!owned(tokens[h]?.lower ?? '')) return [];
        return [{ actorId: accuser.actorId, mention: null, weight: 0.85 }];
      }
      if (this.mentionAt(k) || this.isVerb(t) || t.pos === 'PUNCT' || ['and', 'or'].includes(t.lower)) return [];
      if (!['DET', 'NOUN', 'NUM', 'ADJ', 'ADP', 'ADV', 'PART'].includes(t.pos)) return [];
    }
    return [];
  }

  /** "sent troops to support": a deployment verb before the infinitive. */
  protected purposeOfDeployment(k: number, s: Sentence): boolean {
    for (let j = k; j >= Math.max(s.first, k - 5); j--) {
      const t = this.tokens[j] as Token;
      if (['send', 'deploy', 'dispatch', 'rush', 'fly', 'mobilise', 'mobilize'].includes(verbLemma(t))) {
        // Sent, not "will send" or "plans to send".
        const prev = this.tokens[j - 1]?.lower ?? '';
        return !['to', 'will', 'would', 'could', 'may', 'might', 'not'].includes(prev);
      }
    }
    return false;
  }

  /** "The African Union endorsed Somalia's bid": endorsing a side's bid, claim or position supports it. */
  protected endorsedClaim(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    if (tokens[k]?.lower === 'the') k++;
    const m = this.mentionAt(k);
    if (!m || m.first !== k) return;
    let h = m.end;
    if (tokens[h]?.lower === "'s") h++;
    else if (m.form !== 'demonym') return;
    while (h < m.end + 4 && ['ADJ', 'NOUN'].includes(tokens[h]?.pos ?? '') && !ENDORSED_CLAIMS.has(tokens[h]?.lower ?? '')) h++;
    if (!ENDORSED_CLAIMS.has(tokens[h]?.lower ?? '')) return;
    const arg = this.argOf(m, 'target');
    if (arg) this.supportedBySubject(v, s, [arg], 0.65);
  }

  /** "the war between X and Y", "the civil war between": the noun heads a pair after "between". */
  protected warBetween(k: number): boolean {
    const { tokens } = this;
    return (tokens[k] as Token).lower === 'war' && tokens[k + 1]?.lower === 'between';
  }

  /** "a war that pits the army against the RSF": the two sides set against each other. */
  protected pits(v: number, s: Sentence): void {
    const { tokens } = this;
    const first = this.objectAfter(v + 1, s, 'attack-target', 3);
    if (first.length !== 1 || !first[0]?.mention) return;
    let j = first[0].mention.end;
    while (j < s.end && j < first[0].mention.end + 3 && tokens[j]?.lower !== 'against') j++;
    if (tokens[j]?.lower !== 'against') return;
    const second = this.objectAfter(j + 1, s, 'attack-target', 3).filter((a) => this.sideOf(a.actorId) !== this.sideOf((first[0] as Arg).actorId));
    if (second.length === 0) return;
    // The thing that pits them must be a war or fighting: "a war that pits", "The conflict, which pits".
    let war = false;
    for (let q = v - 1; q >= Math.max(s.first, v - 5); q--) {
      const w = (tokens[q] as Token).lower;
      if (['war', 'conflict', 'fighting', 'civil', 'battle', 'clashes', 'insurgency', 'struggle'].includes(w)) war = true;
    }
    if (!war) return;
    const frame = this.subjectOf(v, s);
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    const claimant = this.claimantFor(v, s);
    this.emit('ATTACKS', first, second, s, 0.65 * (mod.hedged ? 0.7 : 1), claimant, false);
    this.emit('ATTACKS', second, first, s, 0.65 * (mod.hedged ? 0.7 : 1), claimant, false);
  }

  /**
   * "X and Y have been locked in a brutal war since 2023", "X, which has been at war with Y",
   * "X is embroiled in a war with Y": every side in the war attacks the other. Returns whether
   * the phrase was read.
   */
  protected atWar(k: number, s: Sentence): boolean {
    const { tokens } = this;
    let d = k - 1;
    while (d > s.first && ['ADJ', 'DET'].includes((tokens[d] as Token).pos) && !['no', 'any'].includes((tokens[d] as Token).lower)) d--;
    const prep = tokens[d]?.lower ?? '';
    let verb = -1;
    if (prep === 'at' && d === k - 1) {
      // "has been at war", "remain at war", "are at war".
      const be = tokens[d - 1];
      if (be && (BE_FORMS.has(be.lower) || ['remain', 'remains', 'remained', 'been'].includes(be.lower))) verb = d - 1;
    } else if (prep === 'in') {
      const w = tokens[d - 1];
      if (w && ['locked', 'embroiled', 'engaged', 'mired', 'entangled', 'caught'].includes(w.lower)) verb = d - 1;
    }
    if (verb === -1) return false;
    const frame = this.subjectOf(verb, s, 'agent');
    const mod = this.modality(frame.clauseStart, verb, s);
    if (mod.negated || mod.irrealis) return true;
    if (frame.subjects.length === 0) return true;
    const claimant = this.claimantFor(verb, s);
    const confidence = 0.65 * (mod.hedged ? 0.7 : 1);
    let enemies: Arg[] = [];
    const next = tokens[k + 1]?.lower ?? '';
    if (next === 'with' || next === 'against') enemies = this.objectAfter(k + 2, s, 'attack-target', 3);
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    enemies = enemies.filter((a) => !sides.has(this.sideOf(a.actorId)) && !a.mention?.place);
    if (enemies.length > 0) {
      this.emit('ATTACKS', frame.subjects, enemies, s, confidence, claimant, false);
      this.emit('ATTACKS', enemies, frame.subjects, s, confidence * 0.95, claimant, false);
      return true;
    }
    if (frame.subjects.length === 2 && this.sideOf((frame.subjects[0] as Arg).actorId) !== this.sideOf((frame.subjects[1] as Arg).actorId)) {
      const [a, b] = frame.subjects as [Arg, Arg];
      this.emit('ATTACKS', [a], [b], s, confidence, claimant, false);
      this.emit('ATTACKS', [b], [a], s, confidence, claimant, false);
    }
    return true;
  }

  /**
   * "threatened strikes on X", "vowed fresh attacks against X": the nearest verb before the attack
   * noun at `k`, within its phrase, is a verb of threat (or "threatened to launch strikes").
   */
  protected threatenedForce(k: number, s: Sentence): boolean {
    const { tokens } = this;
    for (let j = k - 1; j >= Math.max(s.first, k - 6); j--) {
      const t = tokens[j] as Token;
      if (this.quotedModifier(j, k)) continue;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || (this.mentionAt(j) && j < k - 1)) return false;
      if (t.pos !== 'VERB') continue;
      const lemma = verbLemma(t);
      if (THREAT_LEMMAS.has(lemma) && lemma !== 'warn') return true;
      // "threatened to launch strikes on X".
      if (LIGHT_VERBS.has(lemma) && tokens[j - 1]?.lower === 'to' && THREAT_LEMMAS.has(verbLemma(tokens[j - 2] ?? t)) && verbLemma(tokens[j - 2] ?? t) !== 'warn') return true;
      return false;
    }
    return false;
  }
}
