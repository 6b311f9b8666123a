import { RELATION_TYPE_INFO, type RelationType } from '../../domain/index.js';
import type { Sentence, Token } from '../nlp.js';
import { ACCUSATION_NOUNS, EVENT_NOUNS, MILITARY_ACTIVITY, NOUN_TRIGGERS, SUPPORT_NOUNS, TALKS_NOUNS, VERB_TRIGGERS, type VerbTrigger } from '../triggers.js';
import { SPEECH_LEMMAS } from '../vocabulary.js';
import { AGENT_NOUNS, judgementAt, type Arg, BE_FORMS, CALENDAR_DAYS, CLAUSE_BREAKS, NEGATIONS, PROJECTILES, REPEL_LEMMAS, TALK_EVENTS, UNNAMED_FIGHTERS, type VerbFrame, nounLemma, verbLemma } from './words.js';
import { ConflictRules } from './conflict.js';

/**
 * Speech acts between sides: accusations and allegations, denials, criticism and demands.
 */
export class ClaimRules extends ConflictRules {
  /** "Russia reacted angrily to Finland's decision": an angry reaction to an actor's act criticises it. */
  protected angryReaction(v: number, s: Sentence): void {
    const { tokens } = this;
    // "reacted with fury to Belgium's decision", "responded with anger to": the manner as a phrase.
    const manner = tokens[v + 1]?.lower === 'with' && ['fury', 'anger', 'outrage', 'indignation', 'dismay', 'alarm'].includes(tokens[v + 2]?.lower ?? '') ? 2 : 1;
    if ((manner === 1 && !['angrily', 'furiously', 'sharply', 'strongly', 'harshly'].includes(tokens[v + 1]?.lower ?? '')) || tokens[v + manner + 1]?.lower !== 'to') return;
    const owner = this.actOwner(v + manner + 2, s);
    if (owner) this.criticizedBySubject(v, s, [owner], 0.6);
  }

  /** "Serbia has been sharply critical of the EU's stance": CRITICIZES. */
  protected criticalOf(k: number, s: Sentence): void {
    const { tokens } = this;
    let b = k - 1;
    while (b > s.first && ['ADV'].includes((tokens[b] as Token).pos)) b--;
    if (!BE_FORMS.has(tokens[b]?.lower ?? '') && !['remained', 'remains', 'become', 'became', 'grown', 'grew'].includes(tokens[b]?.lower ?? '')) return;
    const targets = this.objectAfter(k + 2, s, 'target', 3);
    if (targets.length === 0) return;
    let be = b;
    while (be > s.first && ['has', 'have', 'had', 'been', 'was', 'were', 'is', 'are'].includes((tokens[be - 1] as Token).lower)) be--;
    const frame = this.subjectOf(be, s);
    if (frame.subjects.length === 0) return;
    const mod = this.modality(frame.clauseStart, k, s);
    if (mod.negated || mod.irrealis) return;
    this.emit('CRITICIZES', frame.subjects, targets, s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(k, s) ?? frame.subjects[0]?.actorId ?? null, false);
  }

  /**
   * "Amnesty International said the Ethiopian army had committed abuses", "HRW said Russian forces
   * committed war crimes": wrongdoing a speaker reports of a side accuses it.
   */
  protected committedCrimes(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    while (k < Math.min(s.end, v + 6) && (['DET', 'ADJ', 'NUM'].includes((tokens[k] as Token).pos) || ['war', 'human', 'rights', 'serious', 'grave', 'widespread', 'systematic'].includes((tokens[k] as Token).lower)) && !this.mentionAt(k)) k++;
    if (!['abuses', 'atrocities', 'crimes', 'massacres', 'massacre', 'genocide', 'violations', 'abuse', 'atrocity', 'killings', 'cleansing'].includes(tokens[k]?.lower ?? '')) return;
    const claimant = this.claimantFor(v, s);
    if (!claimant) return;
    const frame = this.subjectOf(v, s);
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    const side = this.sideOf(claimant);
    const accused = frame.subjects.filter((a) => this.sideOf(a.actorId) !== side && !a.mention?.place);
    if (accused.length === 0) return;
    this.emit('ACCUSES', [{ actorId: claimant, mention: null, weight: 1 }], accused, s, 0.65 * (mod.hedged ? 0.7 : 1), claimant, false);
  }

  /** "The IAEA found Iran in breach of its safeguards obligations", "declared Russia in violation of": ACCUSES. */
  protected foundInBreach(v: number, s: Sentence): void {
    const { tokens } = this;
    const accused = this.objectAfter(v + 1, s, 'target', 1);
    const end = accused.length > 0 ? this.lastMentionEnd(v + 1, s) : -1;
    if (end === -1 || tokens[end]?.lower !== 'in' || !['breach', 'violation', 'non-compliance', 'noncompliance', 'default'].includes(tokens[end + 1]?.lower ?? '')) return;
    this.actBySubject('ACCUSES', v, s, accused, 0.7);
  }

  /** "Tehran summoned the British ambassador": a diplomatic protest against that state. */
  protected summoned(v: number, s: Sentence, from = v + 1): void {
    const { tokens } = this;
    // ("Russia's ambassador was summoned by the Polish foreign ministry": the passive names the summoner after "by".)
    if (BE_FORMS.has(tokens[v - 1]?.lower ?? '') && tokens[v + 1]?.lower === 'by') {
      const summoners = this.objectAfter(v + 2, s, 'agent', 3);
      const frame = this.subjectOf(v, s, 'target');
      const envoy = frame.subjects.length === 1 ? frame.subjects[0]?.mention : null;
      let title = envoy && tokens[envoy.end]?.lower === "'s" ? envoy.end + 1 : (envoy?.end ?? -1);
      while (title !== -1 && ['top', 'senior', 'deputy', 'acting', 'chief', 'high'].includes(tokens[title]?.lower ?? '')) title++;
      if (summoners.length === 0 || !envoy || !['ambassador', 'envoy', 'charge', "chargé", 'diplomat', 'commissioner', 'consul'].includes(tokens[title]?.lower ?? '')) return;
      const mod = this.modality(frame.clauseStart, v, s);
      if (mod.negated || mod.irrealis) return;
      const targets = frame.subjects.map((a) => ({ ...a, actorId: this.sideOf(a.actorId) })).filter((a) => !summoners.some((b) => this.sideOf(b.actorId) === a.actorId));
      if (targets.length > 0) this.emit('CRITICIZES', summoners, targets, s, 0.6 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s) ?? summoners[0]?.actorId ?? null, false);
      return;
    }
    // ("summoned Canada's high commissioner, Cameron MacKay": the envoy named after the title is no state.)
    let states = this.objectAfter(from, s, 'target', 3).filter((a) => !(a.mention && tokens[a.mention.first - 1]?.text === ',' && this.info(a.actorId)?.type === 'PERSON'));
    const first = this.mentionAt(from) ?? (tokens[from]?.lower === 'the' ? this.mentionAt(from + 1) : null);
    if (states.length === 0 && first) states = [{ actorId: first.actorId, mention: { ...first, absorbed: false }, weight: 1 }];
    const last = states[states.length - 1]?.mention;
    // "summoned Iran's ambassador": the possessive comes first.
    let title = last && tokens[last.end]?.lower === "'s" ? last.end + 1 : (last?.end ?? -1);
    // "summoned India's top diplomat", "the Russian deputy ambassador".
    // ("India's deputy high commissioner", "the charge d'affaires": longer titles.)
    while (title !== -1 && title < Math.min(s.end, (last?.end ?? 0) + 4) && ['top', 'senior', 'deputy', 'acting', 'most', 'chief', 'high', 'interim'].includes(tokens[title]?.lower ?? '')) title++;
    // ("the deputy chief of mission": an embassy's second, named by a phrase.)
    if (tokens[title]?.lower === 'chief' && tokens[title + 1]?.lower === 'of' && tokens[title + 2]?.lower === 'mission') title += 2;
    const ENVOYS = ['ambassador', 'ambassadors', 'envoy', 'envoys', 'charge', "chargé", 'diplomat', 'diplomats', 'representative', 'representatives', 'commissioner', 'consul', 'attache', 'attaché', 'mission'];
    // ("summoned Chinese Ambassador Wu Jianghao": the envoy's title and name are one mention, of a person of that state.)
    const titledEnvoy = last !== undefined && last !== null && this.info(last.actorId)?.type === 'PERSON' && tokens.slice(Math.max(s.first, last.first - 2), last.end).some((w) => ENVOYS.includes(w.lower));
    if (titledEnvoy && last) title = last.end - 1;
    if (!last || (!ENVOYS.includes(tokens[title]?.lower ?? '') && !titledEnvoy)) return;
    // ("summoned the Swiss ambassador to convey a message to Washington": a channel, not a protest;
    // "to convey the protest" is one.)
    const protestAfter = tokens.slice(title + 3, Math.min(s.end, title + 7)).some((w) => ['protest', 'protests', 'displeasure', 'objection', 'objections', 'complaint', 'demarche', 'démarche', 'condemnation', 'anger', 'dissatisfaction', 'concern', 'concerns'].includes(w.lower));
    if (tokens[title + 1]?.lower === 'to' && ['convey', 'deliver', 'pass', 'hand', 'brief', 'inform', 'relay', 'discuss', 'explain'].includes(tokens[title + 2]?.lower ?? '') && !protestAfter) return;
    const frame = this.subjectOf(v, s);
    // (A pronoun is trusted only when it follows its speaker's name.)
    if (frame.subjects.length === 0 || frame.subjects.some((a) => a.mention?.form === 'pronoun' || a.mention === null)) return;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    const targets = states.map((a) => ({ ...a, actorId: this.sideOf(a.actorId) }));
    this.emit('CRITICIZES', frame.subjects, targets, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s) ?? frame.subjects[0]?.actorId ?? null, false);
  }

  /**
   * The speaker of a frame that closes the sentence after `k`: ', Lebanon said.', '," Aoun said in a
   * televised statement.', ', Pashinyan told reporters.'. Null when none.
   */
  protected trailingSpeaker(k: number, s: Sentence): string | null {
    const { tokens } = this;
    for (let q = k + 1; q < s.end; q++) {
      const t = tokens[q] as Token;
      const toldAudience = t.lemma === 'tell' && ['reporters', 'journalists', 'lawmakers', 'parliament', 'supporters', 'a', 'the'].includes(tokens[q + 1]?.lower ?? '');
      if (!(t.pos === 'VERB' && (SPEECH_LEMMAS.has(t.lemma) || toldAudience))) continue;
      let b = q - 1;
      while (b > k && b > q - 8 && ![',', '"', '”'].includes((tokens[b] as Token).text)) b--;
      if (b <= k || ![',', '"', '”'].includes((tokens[b] as Token).text)) continue;
      // Only a closing frame: what follows the verb is a short phrase ("in a statement", "on Monday").
      let rest = 0;
      for (let j = q + 1; j < s.end; j++) if ((tokens[j] as Token).pos !== 'PUNCT') rest++;
      if (rest > 8 || this.hasVerbAfter(q + 1, s)) continue;
      const speaker = this.subjectOf(q, s, 'agent', 1).subjects[0];
      return speaker ? speaker.actorId : null;
    }
    return null;
  }

  /** "China insisted that the Philippines must withdraw", "told Netanyahu that Israel must stop": a demand. */
  protected mustDo(k: number, s: Sentence): void {
    const { tokens } = this;
    // ("must immediately stop": an adverb before the verb.)
    const verbAt = tokens[k + 1]?.pos === 'ADV' ? k + 2 : k + 1;
    if (!this.isVerb(tokens[verbAt]) && tokens[verbAt]?.pos !== 'VERB') return;
    const frame = this.subjectOf(k, s);
    if (frame.subjects.length === 0 || frame.subjects.some((a) => a.mention === null)) return;
    // ('"Israel must withdraw its troops," Aoun said': a clause opening the sentence, framed by a speaker after it.)
    const opening = (frame.clauseStart === s.first || (frame.clauseStart === s.first + 1 && ['"', '“'].includes(tokens[s.first]?.text ?? ''))) && this.trailingSpeaker(k, s) !== null;
    if (tokens[frame.clauseStart - 1]?.lower !== 'that' && !this.isVerb(tokens[frame.clauseStart - 1]) && !opening) return;
    let speaker = this.claimantFor(k, s);
    if (!speaker) {
      // "Erdogan told Netanyahu that Israel must stop": the teller.
      const gov = this.previousFiniteVerb(frame.clauseStart - 2, s);
      if (gov !== -1 && ['tell', 'inform', 'warn', 'remind', 'assure'].includes(verbLemma(tokens[gov] as Token))) speaker = this.subjectOf(gov, s).subjects[0]?.actorId ?? null;
    }
    if (!speaker) return;
    const by = speaker;
    const targets = frame.subjects.filter((a) => this.sideOf(a.actorId) !== this.sideOf(by) && this.kb.governorOf.get(this.sideOf(by)) !== a.actorId);
    if (targets.length === 0 || targets.length !== frame.subjects.length) return;
    const mod = this.modality(frame.clauseStart, k, s);
    if (mod.negated || this.hasIrrealisBefore(k, s, frame.clauseStart, ['if', 'unless', 'whether'])) return;
    this.emit('DEMANDS', [{ actorId: speaker, mention: null, weight: 1 }], targets, s, 0.65 * (mod.hedged ? 0.7 : 1), speaker, false);
  }

  /** "said the Philippines should stop provocations": a named side told, after a verb of saying, to cease or leave. */
  protected spokenDemandBefore(k: number): boolean {
    const m = this.mentionAt(k - 1);
    if (!m || m.end !== k || m.form === 'pronoun' || m.form === 'coreference') return false;
    if (!['stop', 'halt', 'cease', 'withdraw', 'end', 'release', 'refrain', 'leave', 'pull', 'abandon', 'hand', 'free'].includes(this.tokens[k + 1]?.lower ?? '')) return false;
    let b = m.first - 1;
    if (this.tokens[b]?.lower === 'the') b--;
    return ['said', 'says', 'insisted', 'insists', 'stressed', 'added'].includes(this.tokens[b]?.lower ?? '');
  }

  /**
   * "Germany joined calls for Iran to release the detainees", "the U.S. call for Israel to halt":
   * a call for someone to act is a demand on them by whoever makes or joins it.
   */
  protected callsFor(k: number, s: Sentence): boolean {
    const { tokens } = this;
    const targets = this.objectAfter(k + 2, s, 'target', 2);
    if (targets.length === 0) return false;
    const end = this.lastMentionEnd(k + 2, s);
    if (end === -1 || tokens[end]?.lower !== 'to' || tokens[end + 1]?.pos !== 'VERB') return false;
    let agents: Arg[] = [];
    const own = this.nounAgent(k, s);
    if (own && own.mention && own.mention.end <= k) agents = [own];
    let j = k - 1;
    while (j > s.first && ['ADJ', 'DET', 'PRON'].includes(tokens[j]?.pos ?? '') && !this.mentionAt(j)) j--;
    if (agents.length === 0 && this.isVerb(tokens[j]) && ['join', 'echo', 'renew', 'repeat', 'reiterate', 'issue', 'make', 'lead', 'back', 'support', 'step'].includes(verbLemma(tokens[j] as Token))) {
      const frame = this.subjectOf(j, s);
      const mod = this.modality(frame.clauseStart, j, s);
      if (mod.negated || mod.irrealis) return true;
      agents = [...frame.subjects];
    }
    if (agents.length === 0) return false;
    const sides = new Set(agents.map((a) => this.sideOf(a.actorId)));
    const others = targets.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (others.length > 0) this.emit('DEMANDS', agents, others, s, 0.65, this.claimantFor(k, s) ?? agents[0]?.actorId ?? null, false);
    return true;
  }

  /** "South Africa brought a genocide case against Israel", "filed a lawsuit against Kenya": ACCUSES. */
  protected caseBrought(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    while (k < Math.min(s.end, v + 6) && (['DET', 'ADJ', 'NOUN'].includes((tokens[k] as Token).pos) || (tokens[k] as Token).text === '-') && !['case', 'cases', 'lawsuit', 'suit', 'proceedings', 'arbitration'].includes((tokens[k] as Token).lower) && !this.mentionAt(k)) k++;
    if (!['case', 'cases', 'lawsuit', 'suit', 'proceedings', 'arbitration'].includes(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'against') return;
    const accused = this.objectAfter(k + 2, s, 'target', 2).filter((a) => !a.mention?.place);
    if (accused.length === 0) return;
    this.actBySubject('ACCUSES', v, s, accused, 0.7);
  }

  /** "Brawner likened China to pirates", "compared Russia's leaders to Nazis": CRITICIZES. */
  protected likened(v: number, s: Sentence): void {
    const { tokens } = this;
    const compared = this.objectAfter(v + 1, s, 'target', 2);
    const end = compared.length > 0 ? this.lastMentionEnd(v + 1, s) : -1;
    if (end === -1) return;
    // ("likened China to pirates", "China's conduct to that of pirates": a possessed noun may follow the name.)
    let to = end;
    while (to < Math.min(s.end, end + 4) && tokens[to]?.lower !== 'to' && !CLAUSE_BREAKS.has((tokens[to] as Token).text)) to++;
    if (tokens[to]?.lower !== 'to') return;
    let j = to + 1;
    while (j < Math.min(s.end, to + 6) && (['DET', 'ADJ'].includes((tokens[j] as Token).pos) || ['that', 'those', 'of'].includes((tokens[j] as Token).lower)) && !judgementAt(tokens, j)) j++;
    if (!judgementAt(tokens, j) && !['pirates', 'pirate', 'bandits', 'gangsters', 'nazis', 'nazi', 'hitler', 'mafia', 'thieves', 'bullies', 'bully', 'colonizers', 'colonisers'].includes(tokens[j]?.lower ?? '')) return;
    this.actBySubject('CRITICIZES', v, s, compared.filter((a) => !a.mention?.place), 0.65);
  }

  /** "Japan lodged a protest with China", "filed a complaint against Kyiv": CRITICIZES. */
  protected protestLodged(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    // ('lodged "stern representations" with the Philippines': quotes around the words.)
    while (k < Math.min(s.end, v + 6) && (['a', 'an', 'the', 'formal', 'strong', 'strongly-worded', 'official', 'diplomatic', 'stern', 'fresh', 'new', 'solemn', 'serious', 'firm', 'its', 'their'].includes((tokens[k] as Token).lower) || ['"', '“', '”'].includes((tokens[k] as Token).text))) k++;
    // ("lodged a counter-protest with China": a protest answering one.)
    if (tokens[k]?.lower === 'counter' && tokens[k + 1]?.text === '-') k += 2;
    // ("lodged its concerns with Beijing": concerns lodged with a side are a protest, too.)
    if (!['protest', 'protests', 'counter-protest', 'counter-protests', 'complaint', 'complaints', 'objection', 'objections', 'representations', 'demarche', 'démarche', 'concerns'].includes(tokens[k]?.lower ?? '')) return;
    // "handed a protest note to Minsk": a note of protest given to a state.
    const note = ['note', 'notes', 'letter'].includes(tokens[k + 1]?.lower ?? '') ? 1 : 0;
    if (!['lodge', 'file', 'register', 'lodged', 'filed', 'make'].includes(verbLemma(tokens[v] as Token)) && note === 0) return;
    // ("lodged a complaint with the ICJ against Algeria": the court is where; the side complained of is after "against".)
    if (['"', '”'].includes(tokens[k + note + 1]?.text ?? '')) k++;
    const against = this.prepObject(k + note + 1, s, ['against'], 10);
    // ("lodged a formal complaint with the UN Security Council": a body complained to is the venue.)
    const venue = (a: Arg): boolean => ['court', 'tribunal'].some((w) => this.info(a.actorId)?.name.toLowerCase().includes(w)) || (['complaint', 'complaints'].includes(tokens[k]?.lower ?? '') && this.info(a.actorId)?.kind === 'international');
    let targets = against.length > 0 ? against : this.prepObject(k + note + 1, s, ['with', 'against', 'to'], 4).filter((a) => !venue(a));
    // "lodged a protest over China's remarks", "over a post by China's consul general": the author of the act protested.
    if (targets.length === 0 && ['over', 'about', 'at'].includes(tokens[k + note + 1]?.lower ?? '')) {
      const owner = this.actOwner(k + note + 2, s) ?? this.byAgentInObject(k + note + 2, s)[0] ?? null;
      if (owner) targets = [owner];
    }
    if (targets.length === 0) return;
    this.criticizedBySubject(v, s, targets, 0.8);
  }

  /**
   * "demanded Iran's surrender and said all options were on the table": the speaker threatens the
   * one side it made demands of, accused or threatened in this sentence or the one before.
   */
  protected optionsOnTable(k: number, s: Sentence): void {
    const { tokens } = this;
    let q = k + 1;
    while (q < Math.min(s.end, k + 4) && ['are', 'were', 'remain', 'remained', 'is', 'was', 'still'].includes((tokens[q] as Token).lower)) q++;
    if (tokens[q]?.lower !== 'on' || tokens[q + 1]?.lower !== 'the' || tokens[q + 2]?.lower !== 'table') return;
    if (tokens.slice(Math.max(s.first, k - 4), k).some((w) => NEGATIONS.has(w.lower))) return;
    const speaker = this.claimantFor(k, s);
    if (!speaker) return;
    const side = this.sideOf(speaker);
    const addressed = new Set(this.out.filter((r) => r.sentence >= s.index - 1 && this.sideOf(r.source) === side && ['DEMANDS', 'ACCUSES', 'THREATENS', 'CRITICIZES'].includes(r.type) && this.sideOf(r.target) !== side).map((r) => r.target));
    if (addressed.size !== 1) return;
    this.emit('THREATENS', [{ actorId: speaker, mention: null, weight: 1 }], [{ actorId: [...addressed][0] as string, mention: null, weight: 0.85 }], s, 0.6, speaker, false);
  }

  /** "Trudeau said there were credible allegations linking India to the killing": an accusation by the speaker. */
  protected linkingTo(k: number, s: Sentence): void {
    const accused = this.objectAfter(k + 2, s, 'target', 2);
    if (accused.length === 0 || this.tokens[this.lastMentionEnd(k + 2, s)]?.lower !== 'to') return;
    const speaker = this.claimantFor(k, s);
    if (!speaker || accused.some((a) => this.sideOf(a.actorId) === this.sideOf(speaker))) return;
    if (this.tokens.slice(Math.max(s.first, k - 4), k).some((w) => NEGATIONS.has(w.lower) || w.lower === 'no')) return;
    this.emit('ACCUSES', [{ actorId: speaker, mention: null, weight: 1 }], accused, s, 0.65, speaker, false);
  }

  /** "Turkey protested Israel's strikes in Syria": protesting someone's act criticises its author. */
  protected protestedAct(v: number, s: Sentence): void {
    const { tokens } = this;
    // "Azerbaijan protested to Russia over the downing": the state protested to.
    if (this.isVerb(tokens[v]) && tokens[v + 1]?.lower === 'to') {
      const addressed = this.objectAfter(v + 2, s, 'target', 2).filter((a) => !a.mention?.place);
      if (addressed.length > 0 && ['over', 'about', 'against', 'at', ',', '.'].includes(tokens[this.lastMentionEnd(v + 2, s)]?.lower ?? '.')) this.criticizedBySubject(v, s, addressed, 0.7);
      return;
    }
    if (!this.isVerb(tokens[v]) || ['against', 'at', 'outside', 'in', 'on'].includes(tokens[v + 1]?.lower ?? '')) return;
    const m = this.mentionAt(v + 1) ?? (tokens[v + 1]?.lower === 'the' ? this.mentionAt(v + 2) : null);
    if (!m || tokens[m.end]?.lower !== "'s") return;
    const owner = this.actOwner(m.first, s);
    if (owner) this.criticizedBySubject(v, s, [owner], 0.65);
  }

  /** "China expressed strong opposition to the U.S. arms sale", "voiced outrage at Israel's actions": CRITICIZES. */
  protected expressedDispleasure(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    // ('expressed its "strong condemnation" of': quotation marks around the phrase are transparent.)
    const quote = (q: number): boolean => ['"', '“', '”'].includes(tokens[q]?.text ?? '');
    while (k < Math.min(s.end, v + 6) && (['its', 'their', 'his', 'her', 'strong', 'firm', 'deep', 'grave', 'serious', 'great', 'profound', 'sharp', 'strongest', 'resolute', 'utmost', 'fierce', 'vehement'].includes((tokens[k] as Token).lower) || quote(k))) k++;
    const head = k;
    if (quote(k + 1)) k++;
    // "expressed regret/concern over Georgia's decision": a worry about someone's act, not about a situation.
    if ((['concern', 'concerns', 'regret', 'alarm', 'disappointment', 'unease', 'reservations', 'objections'].includes(tokens[head]?.lower ?? '') && ['over', 'at', 'about', 'with'].includes(tokens[k + 1]?.lower ?? '')) || (['rejection', 'disapproval', 'opposition'].includes(tokens[head]?.lower ?? '') && ['of', 'to'].includes(tokens[k + 1]?.lower ?? ''))) {
      const owner = this.actOwner(k + 2, s);
      if (owner) this.criticizedBySubject(v, s, [owner], 0.6);
      // "China launched drills around Taiwan. The United States expressed concern over the drills": the act told before.
      else {
        const critics = this.subjectOf(v, s).subjects;
        const agents = this.earlierActAgent(k + 2, s, critics);
        if (agents.length > 0) this.criticizedBySubject(v, s, agents, 0.55);
      }
      return;
    }
    if (!['opposition', 'outrage', 'anger', 'indignation', 'displeasure', 'dismay', 'disapproval', 'condemnation', 'dissatisfaction', 'disgust', 'fury'].includes(tokens[head]?.lower ?? '')) return;
    if (!['to', 'at', 'over', 'against', 'with', 'toward', 'towards'].includes(tokens[k + 1]?.lower ?? '') && !(tokens[k + 1]?.lower === 'of' && tokens[head]?.lower === 'condemnation')) return;
    const targets = this.objectAfter(k + 2, s, 'target', 3).filter((a) => !a.mention?.place);
    if (targets.length === 0) return;
    this.criticizedBySubject(v, s, targets, 0.7);
  }

  /** "Algeria recalled its ambassador in protest at France's support for ...": the subject criticises. */
  protected inProtestAt(k: number, s: Sentence): void {
    const { tokens } = this;
    if (!['at', 'over', 'against'].includes(tokens[k + 1]?.lower ?? '') || tokens[k - 1]?.lower !== 'in') return;
    const owner = this.actOwner(k + 2, s);
    if (!owner) return;
    const main = this.previousFiniteVerb(k - 2, s);
    if (main === -1) return;
    this.criticizedBySubject(main, s, [owner], 0.6);
  }

  /** "Niger held France responsible for the attack". */
  protected heldResponsible(v: number, s: Sentence): void {
    const targets = this.objectAfter(v + 1, s, 'target', 3);
    if (targets.length === 0) return;
    let last = this.lastMentionEnd(v + 1, s);
    // ("held the Houthis fully responsible": a degree adverb first.)
    if (['fully', 'solely', 'directly', 'entirely', 'personally', 'squarely', 'partly', 'ultimately'].includes(this.tokens[last]?.lower ?? '')) last++;
    if (!['responsible', 'accountable', 'liable'].includes(this.tokens[last]?.lower ?? '')) return;
    const frame = this.subjectOf(v, s);
    if (frame.subjects.length === 0) return;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    const claimant = this.claimantFor(v, s) ?? frame.subjects[0]?.actorId ?? null;
    this.emit('ACCUSES', frame.subjects, targets, s, 0.8 * (mod.hedged ? 0.7 : 1), claimant, false);
  }

  /** The "by" of a passive attack after adjuncts of time and place, or -1: "on Tuesday near Gao by". */
  protected farPassiveBy(after: number, s: Sentence): number {
    const { tokens } = this;
    const adjunct = ['on', 'in', 'near', 'at', 'outside', 'around', 'overnight', 'early', 'late', 'last', 'the', 'a', 'an', 'of', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'region', 'province', 'state', 'district', 'city', 'town', 'village', 'area', 'border', 'capital'];
    for (let k = after; k < Math.min(s.end, after + 10); k++) {
      const t = tokens[k] as Token;
      if (t.lower === 'by') return k > after ? k : -1;
      const m = this.mentionAt(k);
      if (m) {
        if (!m.place) return -1;
        k = m.end - 1;
        continue;
      }
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || this.isVerb(t)) return -1;
      if (!adjunct.includes(t.lower) && !['PROPN', 'NUM'].includes(t.pos) && !CALENDAR_DAYS.has(t.lower) && !['morning', 'night', 'evening', 'afternoon', 'day', 'week', 'weekend', 'dawn'].includes(t.lower)) return -1;
    }
    return -1;
  }

  protected passive(v: number, s: Sentence, rule: VerbTrigger, after: number, beBefore: boolean): boolean {
    const { tokens } = this;
    let by = after;
    while (by < Math.min(s.end, after + 3) && tokens[by]?.lower !== 'by') by++;
    // "was ambushed on Tuesday near Gao by JNIM fighters": an attack's agent after time and place adjuncts.
    if (tokens[by]?.lower !== 'by' && rule.type === 'ATTACKS' && beBefore) by = this.farPassiveBy(after, s);
    if (tokens[by]?.lower !== 'by') {
      // "Rwanda is widely accused of backing the M23": the act is alleged, by nobody named.
      if (beBefore && rule.allegation && rule.type === 'ACCUSES') {
        const frame = this.subjectOf(this.beIndex(v, s), s, 'target');
        const mod = this.modality(frame.clauseStart, v, s);
        if (frame.subjects.length > 0 && !mod.negated && !mod.irrealis) this.allegation(v, s, rule.allegation, frame.subjects, []);
      }
      return beBefore;
    }
    let sources = this.objectAfter(by + 1, s, 'agent', 3);
    // "Israel was hit by a missile fired by the Houthis": the launcher of the projectile.
    if (sources.length === 0 && rule.type === 'ATTACKS') sources = this.launcherOf(by + 1, s);
    if (sources.length === 0) return beBefore;
    const frame = this.subjectOf(beBefore ? this.beIndex(v, s) : v, s, rule.type === 'ATTACKS' ? 'attack-target' : 'target');
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return true;
    const confidence = rule.confidence * (mod.hedged ? 0.7 : 1) * 0.95;
    const claimant = this.claimantFor(v, s);
    // "Mohammed bin Salman was hosted by Donald Trump": a guest hosted, not talks, meets the host.
    if (rule.object === 'parties' && beBefore && verbLemma(tokens[v] as Token) === 'host' && frame.subjects.length > 0 && !tokens.slice(frame.clauseStart, v).some((w) => TALKS_NOUNS.has(w.lower) || ['summit', 'conference', 'meeting', 'games', 'forum'].includes(w.lower))) {
      this.emit('MEETS_WITH', frame.subjects, sources, s, 0.75 * (mod.hedged ? 0.7 : 1), claimant, false);
      return true;
    }
    // "Modi and Xi held talks at the BRICS summit hosted by Russia": the host of a summit mediates nobody's talks.
    // ("Armenia and Azerbaijan held a summit hosted by the United States": a summit of the pair itself is hosted talks.)
    // ("attended the African Union summit hosted by Ethiopia": a body's summit is a multilateral gathering.)
    const atGathering = tokens.slice(Math.max(s.first, v - 6), v - 1).some((w) => ['at', 'during', 'sidelines', 'of'].includes(w.lower)) || this.mentionAt(v - 2) !== null;
    if (rule.object === 'parties' && !beBefore && verbLemma(tokens[v] as Token) === 'host' && ['summit', 'conference', 'forum', 'games', 'assembly'].includes(tokens[v - 1]?.lower ?? '') && (atGathering || tokens[v - 1]?.lower !== 'summit')) return true;
    if (rule.object === 'parties') {
      // "The talks, sponsored by Saudi Arabia", "the meeting was chaired by X": talks before the participle.
      if (['chair', 'sponsor'].includes(verbLemma(tokens[v] as Token)) && !tokens.slice(Math.max(s.first, v - 14), v).some((w) => TALKS_NOUNS.has(w.lower) && (w.pos === 'NOUN' || w.pos === 'PROPN'))) return false;
      // ("brokered by Qatar's emir, Sheikh Tamim": the mediator's own people are no parties.)
      const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
      let { args, inferred } = this.mediationTargets(by + 1, s);
      if (args.some((a) => sides.has(this.sideOf(a.actorId)))) ({ args, inferred } = this.mediationTargets(Math.max(...sources.map((a) => a.mention?.end ?? by + 1)), s));
      args = args.filter((a) => !sides.has(this.sideOf(a.actorId)));
      // "Al-Sharaa met Abdi in Damascus, in talks facilitated by U.S. officials": the talks of the main clause.
      // ("Armenia and Azerbaijan held a summit hosted by the United States": the pair that held it.)
      if ((inferred || args.length < 2) && (TALKS_NOUNS.has(tokens[v - 1]?.lower ?? '') || tokens[v - 1]?.lower === 'summit') && ['in', 'during', 'after', 'at', 'a', 'the'].includes(tokens[v - 2]?.lower ?? '')) {
        let main = this.mainPair(v - 2, s).filter((a) => !sides.has(this.sideOf(a.actorId)));
        // ("X met Y in Damascus, in talks ...": the one met is the other side.)
        const met = this.firstFiniteVerb(s);
        if (main.length < 2 && met !== -1 && met < v - 2 && ['meet', 'receive', 'host', 'hold', 'attend'].includes(verbLemma(tokens[met] as Token))) {
          main = [...this.subjectOf(met, s).subjects, ...this.objectAfter(met + 1, s, 'target', 3)].filter((a) => !sides.has(this.sideOf(a.actorId)));
        }
        if (main.length === 2 && this.sideOf((main[0] as Arg).actorId) !== this.sideOf((main[1] as Arg).actorId)) ({ args, inferred } = { args: main, inferred: false });
      }
      const ps = args.length >= 2 || (args.length === 1 && !inferred) ? args : frame.subjects.length >= 2 ? [...frame.subjects] : [];
      if (ps.length < 1 || (ps.length < 2 && args.length !== 1)) return true;
      // "in talks hosted by the UAE": the participle names who held the talks; only their parties are inferred.
      // "The talks were hosted by Qatar": the subject of the passive is the talks, too.
      const onTalks = TALKS_NOUNS.has(tokens[v - 1]?.lower ?? '') || (tokens[v - 1]?.text === ',' && TALKS_NOUNS.has(tokens[v - 2]?.lower ?? '')) || (beBefore && TALK_EVENTS.has(tokens[this.beIndex(v, s) - 1]?.lower ?? ''));
      this.emit(rule.type, sources, ps, s, confidence * (inferred ? (onTalks ? 0.9 : 0.8) : 1), claimant, false);
      return true;
    }
    // "The ceasefire between Israel and Hezbollah was negotiated by the United States and France",
    // "the deal, negotiated by Qatar,": who negotiated someone else's agreement mediated it.
    if (rule.type === 'NEGOTIATES_WITH' && this.negotiatedDeal(v, s, beBefore)) {
      let { args, inferred } = this.parties(s.first, s);
      const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
      // "The agreement, negotiated by the United States and France, took effect": the pair named before.
      if (args.length < 2 || args.some((a) => sides.has(this.sideOf(a.actorId)))) ({ args, inferred } = { args: this.pairInView(s), inferred: true });
      if (args.length === 2 && !args.some((a) => sides.has(this.sideOf(a.actorId)))) this.emit('MEDIATES', sources, args, s, 0.75 * (mod.hedged ? 0.7 : 1) * (inferred ? 0.8 : 1), claimant, false);
      return true;
    }
    // "The agreement, brokered by the U.S., was signed by Congo and Rwanda": the signers with each other.
    if (RELATION_TYPE_INFO[rule.type].symmetric && sources.length >= 2) {
      for (const a of sources) this.emit(rule.type, [a], sources.filter((b) => b !== a), s, confidence, claimant, false);
      return true;
    }
    let targets = [...frame.subjects];
    // "The EU has funded the Rwandan deployment, a decision criticised by Congo": the main clause's act.
    if (!beBefore && (rule.type === 'CRITICIZES' || rule.type === 'DEMANDS') && ['decision', 'move', 'step', 'measure'].includes(tokens[v - 1]?.lower ?? '') && ['a', 'the'].includes(tokens[v - 2]?.lower ?? '') && tokens[v - 3]?.text === ',') {
      const main = this.previousFiniteVerb(v - 4, s);
      const critics = new Set(sources.map((a) => this.sideOf(a.actorId)));
      targets = main === -1 ? [] : this.subjectOf(main, s).subjects.filter((a) => !critics.has(this.sideOf(a.actorId)));
      if (targets.length > 0) {
        this.emit(rule.type, sources, targets, s, confidence * 0.9, claimant, false);
        return true;
      }
    }
    // "Sudan's army said the RSF, backed by the UAE, attacked": a participle set off by commas
    // right after a name is about that name, not the clause's subject.
    const left = rule.type === 'SUPPORTS' ? this.leftOfParticiple(v, s) : v - 1;
    if (!beBefore && tokens[left]?.text === ',' && rule.object !== 'accusation') {
      // ("as Russian forces, bolstered by North Korean ammunition,": the name may modify a noun of forces.)
      let q = left - 1;
      while (q > s.first && q > left - 3 && !this.mentionAt(q) && AGENT_NOUNS.has(tokens[q]?.lower ?? '')) q--;
      const m = this.mentionAt(left - 1) ?? (rule.type === 'SUPPORTS' ? this.rulersOwnerAt(left - 1, s) : null) ?? (q < left - 1 ? this.mentionAt(q) : null);
      const arg = m && !m.place ? this.argOf(m, rule.type === 'ATTACKS' ? 'attack-target' : 'target') : null;
      if (arg) targets = [arg];
    }
    if (!beBefore && targets.length === 0 && rule.type === 'SUPPORTS') targets = this.appositiveHead(v, s);
    // "South Africa's bid to take Israel to court was backed by Turkey": the owner of the bid is backed.
    if (rule.type === 'SUPPORTS' && beBefore) {
      const owner = this.artifactOwnerInSubject(frame.clauseStart, v, s);
      if (owner) targets = [owner];
    }
    // "Rwanda's claims were rejected by Congo" is a denial; "Rwanda's denial was dismissed" is not.
    if (rule.object === 'accusation') {
      targets = targets.filter((a) => {
        const m = a.mention;
        if (!m) return false;
        let h = m.end;
        if (tokens[h]?.lower === "'s") {
          h++;
          while (h < v && tokens[h]?.pos === 'ADJ') h++;
          return ACCUSATION_NOUNS.has(tokens[h]?.lower ?? '');
        }
        // "Accusations by Moscow against Kyiv were dismissed by Ukraine": the accusation heads the subject.
        for (let k = Math.max(s.first, frame.clauseStart); k < m.first; k++) if (ACCUSATION_NOUNS.has((tokens[k] as Token).lower)) return true;
        return false;
      });
      // "The accusations were rejected by Kigali": an unnamed accusation heading the subject is the latest against the deniers.
      if (targets.length === 0 && frame.subjects.length === 0 && beBefore) {
        let head = this.beIndex(v, s) - 1;
        while (head > s.first && ['DET', 'ADJ'].includes((tokens[head] as Token).pos)) head--;
        const start = Math.max(s.first, frame.clauseStart);
        if (head >= start && head <= start + 3 && ['accusation', 'accusations', 'allegation', 'allegations', 'charge', 'charges', 'claims', 'claim'].includes(tokens[head]?.lower ?? '') && ['the', 'these', 'those', 'such', 'this'].includes(tokens[start]?.lower ?? '')) {
          for (const src of sources) {
            const accuser = this.latestAccuserOf(src.actorId, s.index);
            if (accuser && this.sideOf(accuser) !== this.sideOf(src.actorId)) this.emit('DENIES', [src], [{ actorId: accuser, mention: null, weight: 0.85 }], s, confidence * 0.9, claimant ?? src.actorId, false);
          }
        }
      }
      if (targets.length === 0) return true;
    }
    // ("Kosovo police raided municipal buildings. The raids were criticised by the United States": the
    // agent of the act the subject refers back to.)
    if (targets.length === 0 && frame.subjects.length === 0 && beBefore && (rule.type === 'CRITICIZES' || rule.type === 'ACCUSES')) {
      const start = Math.max(s.first, frame.clauseStart);
      const earlier = ['the', 'this', 'these', 'that', 'those'].includes(tokens[start]?.lower ?? '') ? this.earlierActAgent(start, s, sources) : [];
      if (earlier.length > 0) {
        this.emit('CRITICIZES', sources, earlier, s, confidence * 0.85, claimant, false);
        return true;
      }
    }
    if (targets.length === 0) {
      // Reduced passive after a noun: "Pakistani border outposts attacked by X", "Malian forces, backed by X,".
      let p = left;
      if (tokens[p]?.text === ',') p--;
      while (p > s.first && p > v - 4 && tokens[p]?.pos === 'NOUN' && !this.mentionAt(p)) p--;
      const m = this.mentionAt(p) ?? this.mentionAt(v - 1) ?? this.mentionAt(v - 2);
      // "in a launch condemned by Tokyo": the agent of the event named just before.
      if (!m && ['CRITICIZES', 'ACCUSES'].includes(rule.type) && (EVENT_NOUNS.has(tokens[v - 1]?.lower ?? '') || MILITARY_ACTIVITY.has(tokens[v - 1]?.lower ?? ''))) {
        targets = this.recentEventAgent(s);
      }
      // "Iraqi militias backed by Iran": unnamed fighters from a country are not the country.
      const fromCountry = m !== null && m.form === 'demonym' && this.info(m.actorId)?.kind === 'country' && UNNAMED_FIGHTERS.has(tokens[m.end]?.lower ?? '');
      if (m && !fromCountry) {
        const arg = this.argOf(m, rule.type === 'ATTACKS' ? 'attack-target' : 'target');
        if (arg) targets = [arg];
      }
    }
    if (targets.length === 0 && rule.type === 'ATTACKS') targets = this.speakerAsOwner(frame.clauseStart, v, claimant, sources);
    // "An army convoy was ambushed by al-Shabaab fighters, killing 10 Somali soldiers": the side of the dead.
    if (targets.length === 0 && rule.type === 'ATTACKS') targets = this.participleVictims(by + 1, s, sources);
    if (targets.length === 0 && rule.type === 'ATTACKS') {
      // "Israel intercepted a missile fired by the Houthis": who intercepts what was fired was its target.
      let w = v - 1;
      while (w > s.first && ['NOUN', 'ADJ', 'DET', 'NUM'].includes((tokens[w] as Token).pos) && !this.mentionAt(w)) w--;
      if (tokens[w]?.lower === 'down') w--;
      const verb = tokens[w];
      if (verb && w < v - 1 && this.isVerb(verb) && (REPEL_LEMMAS.has(verbLemma(verb)) || ['shoot', 'down', 'destroy'].includes(verbLemma(verb)))) {
        const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
        targets = this.subjectOf(w, s, 'attack-target').subjects.filter((a) => !sides.has(this.sideOf(a.actorId)));
      }
    }
    if (targets.length === 0) return true;
    const speechAct = ['ACCUSES', 'CRITICIZES', 'DENIES', 'DEMANDS', 'THREATENS'].includes(rule.type);
    this.emit(rule.type, sources, targets, s, confidence, speechAct ? (claimant ?? sources[0]?.actorId ?? null) : claimant, false);
    // "Pakistan has been accused by Afghanistan of sheltering Taliban leaders": the act alleged.
    if (rule.type === 'ACCUSES' && rule.allegation) this.allegation(by, s, rule.allegation, targets, sources);
    return true;
  }

  /** The critics named with the criticism the verb at `v` receives or answers criticise its subject (not their own side). */
  protected criticsOfSubject(critics: readonly Arg[], v: number, s: Sentence): void {
    let frame = this.subjectOf(v, s, 'target');
    // ("Israeli tanks fired on UNIFIL, in an incident that drew sharp rebukes from Italy": the main clause's act.)
    if (frame.subjects.length === 0 && ['that', 'which'].includes(this.tokens[v - 1]?.lower ?? '') && ['incident', 'attack', 'strike', 'move', 'raid', 'episode', 'operation'].includes(this.tokens[v - 2]?.lower ?? '')) {
      const main = this.firstFiniteVerb(s);
      if (main !== -1 && main < v - 2) frame = this.subjectOf(main, s, 'target');
    }
    const mod = this.modality(frame.clauseStart, v, s);
    if (frame.subjects.length === 0 || mod.negated || mod.irrealis) return;
    const sides = new Set(critics.map((a) => this.sideOf(a.actorId)));
    const targets = frame.subjects.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (targets.length === 0) return;
    this.emit('CRITICIZES', critics, targets, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s) ?? critics[0]?.actorId ?? null, false);
  }

  /** "Germany faced criticism from Poland over ...", "drew condemnation from the EU": the critic criticises the subject. */
  protected criticismReceived(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    while (k < Math.min(s.end, v + 4) && ['ADJ', 'DET'].includes((tokens[k] as Token).pos)) k++;
    if (!['criticism', 'criticisms', 'condemnation', 'condemnations', 'censure', 'rebuke', 'rebukes', 'backlash', 'outrage', 'outcry', 'protest', 'protests', 'anger', 'ire'].includes(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'from') return;
    const critics = this.objectAfter(k + 2, s, 'agent', 3);
    if (critics.length === 0) return;
    this.criticsOfSubject(critics, v, s);
  }

  /**
   * "Burkina Faso's junta hit back at criticism from Ivory Coast", "Kurti dismissed the criticism
   * from Belgrade": the one the criticism came from criticises the subject of the verb answering it.
   */
  protected criticismAnswered(k: number, s: Sentence): void {
    const { tokens } = this;
    let v = k - 1;
    while (v > s.first && v > k - 6 && (['DET', 'ADJ', 'ADV'].includes((tokens[v] as Token).pos) || ['at', 'to', 'back', 'off', 'aside', 'the'].includes((tokens[v] as Token).lower))) v--;
    if (!['hit', 'dismiss', 'reject', 'rebuff', 'brush', 'shrug', 'respond', 'answer', 'counter', 'push', 'deflect'].includes(verbLemma(tokens[v] as Token)) || !this.isVerb(tokens[v])) return;
    const critics = this.objectAfter(k + 2, s, 'agent', 3).filter((a) => !a.mention?.place);
    if (critics.length === 0) return;
    this.criticsOfSubject(critics, v, s);
  }

  /**
   * "Congo accused Rwanda of backing M23. Rwanda says it does not support the rebels": a speaker who
   * says its own side does not do the act denies the latest accusation against it.
   */
  protected deniedOwnAct(v: number, s: Sentence, frame: VerbFrame): void {
    const { tokens } = this;
    const claimant = this.claimantFor(v, s);
    // ("said it would not attack Congo" is a promise, not a denial.)
    if (!claimant || this.hasIrrealisBefore(v, s, frame.clauseStart, ['would', 'will', 'could', 'can', 'wo', 'might', 'may', 'should', 'if', 'unless', "'ll"])) return;
    const side = this.sideOf(claimant);
    let b = v - 1;
    while (b > s.first && (['not', "n't", 'never', 'does', 'do', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'be'].includes((tokens[b] as Token).lower) || (tokens[b] as Token).pos === 'ADV')) b--;
    const own = frame.subjects.length > 0 ? frame.subjects.every((a) => this.sideOf(a.actorId) === side) : ['it', 'they', 'we'].includes(tokens[b]?.lower ?? '');
    if (!own) return;
    const accuser = this.latestAccuserOf(claimant);
    if (!accuser || this.sideOf(accuser) === side) return;
    this.emit('DENIES', [{ actorId: claimant, mention: null, weight: 1 }], [{ actorId: accuser, mention: null, weight: 0.85 }], s, 0.6, claimant, false);
  }

  /**
   * "Rwanda pushed back against the accusations", "Kigali hit back at the claims": a retort aimed
   * at an accusation denies it and answers whoever made it.
   */
  protected retortAtClaim(v: number, s: Sentence): void {
    const { tokens } = this;
    if (tokens[v + 1]?.lower !== 'back' || !['at', 'against', 'on'].includes(tokens[v + 2]?.lower ?? '')) return;
    let k = v + 3;
    while (k < Math.min(s.end, v + 6) && !ACCUSATION_NOUNS.has((tokens[k] as Token).lower) && ['the', 'these', 'those', 'such', 'new', 'latest', 'renewed', 'repeated'].includes((tokens[k] as Token).lower)) k++;
    if (!ACCUSATION_NOUNS.has(tokens[k]?.lower ?? '')) return;
    const frame = this.subjectOf(v, s);
    if (frame.subjects.length === 0) return;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    this.denial(v, v + 3, s, frame.subjects, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s));
  }

  /**
   * "Congo accused Rwanda of backing the M23. Kigali accused Kinshasa of lying", "accused Yerevan of
   * spreading disinformation": accusing one's accuser of lying denies its claim.
   */
  protected accusedOfLying(k: number, s: Sentence): void {
    const { tokens } = this;
    let of = k - 1;
    if (['spreading', 'peddling', 'fabricating', 'telling', 'spread', 'peddle'].includes(tokens[of]?.lower ?? '')) of--;
    if (tokens[of]?.lower !== 'of') return;
    const m = this.mentionAt(of - 1);
    if (!m || m.end !== of || m.place) return;
    const v = this.previousFiniteVerb(m.first - 1, s);
    if (v === -1 || verbLemma(tokens[v] as Token) !== 'accuse') return;
    for (let q = v + 1; q < m.first; q++) if (this.mentionAt(q) || CLAUSE_BREAKS.has((tokens[q] as Token).text) || tokens[q]?.text === ',') return;
    const liar = this.argOf(m, 'target');
    const frame = this.subjectOf(v, s);
    if (!liar || frame.subjects.length === 0) return;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    const side = this.sideOf((frame.subjects[0] as Arg).actorId);
    // Only an answer: the liar accused or criticised the speaker's side in this sentence or the two before.
    const answered = this.memory.accusations.some((a) => a.sentence >= s.index - 2 && this.sideOf(a.source) === this.sideOf(liar.actorId) && this.sideOf(a.target) === side);
    if (!answered) return;
    this.emit('DENIES', frame.subjects, [liar], s, 0.6 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s) ?? side, false);
  }

  /** "Rwanda's foreign minister said Kinshasa was lying": the speaker denies what the liar claims. */
  protected saidLying(k: number, s: Sentence): void {
    const { tokens } = this;
    if (!BE_FORMS.has(tokens[k - 1]?.lower ?? '') || ['not', "n't", 'never'].includes(tokens[k + 1]?.lower ?? '')) return;
    const m = this.mentionAt(k - 2);
    if (!m || m.end !== k - 1 || m.place) return;
    const liar = this.argOf(m, 'target');
    const speaker = this.claimantFor(k, s);
    if (!liar || !speaker || this.sideOf(speaker) === this.sideOf(liar.actorId)) return;
    // Only a finite "said X was lying": not "if X was lying", not "whether".
    const mod = this.modality(Math.max(s.first, m.first - 3), k, s);
    if (mod.negated || mod.irrealis || this.hasIrrealisBefore(k, s, Math.max(s.first, m.first - 3), ['if', 'whether', 'unless'])) return;
    this.emit('DENIES', [{ actorId: speaker, mention: null, weight: 1 }], [liar], s, 0.6, speaker, false);
  }

  /**
   * "Rwanda insisted it was not involved", "Kigali said it had no involvement in the attack": the
   * accused speaker denies its latest accuser's claim, as "said it does not support" does.
   */
  protected notInvolved(k: number, s: Sentence): void {
    const { tokens } = this;
    const t = tokens[k] as Token;
    if (t.lower === 'involved' && !['not', 'never'].includes(tokens[k - 1]?.lower ?? '')) return;
    if (t.lower === 'involvement' && !(tokens[k - 1]?.lower === 'no' && ['had', 'has', 'have'].includes(tokens[k - 2]?.lower ?? ''))) return;
    const v = t.lower === 'involved' ? k : k - 2;
    this.deniedOwnAct(v, s, this.subjectOf(v, s));
  }

  /**
   * "China said it was deeply troubled by Japan's remarks", "Turkey is disappointed with Sweden's
   * handling of the protests": dismay at someone's act criticises its owner.
   */
  protected troubledBy(k: number, s: Sentence): void {
    const { tokens } = this;
    if (!['by', 'with', 'over', 'at', 'about'].includes(tokens[k + 1]?.lower ?? '')) return;
    let b = k - 1;
    while (b > s.first && ['deeply', 'very', 'gravely', 'extremely', 'seriously', 'profoundly', 'greatly', 'particularly', 'increasingly', 'so', 'also', 'not', "n't"].includes((tokens[b] as Token).lower)) b--;
    if (!BE_FORMS.has(tokens[b]?.lower ?? '') && !['remains', 'remained', 'remain'].includes(tokens[b]?.lower ?? '')) return;
    const owner = this.actOwner(k + 2, s);
    if (!owner || owner.mention?.place) return;
    this.criticizedBySubject(b, s, [owner], 0.6);
  }

  /**
   * "Ukraine said there was no truth in Russian claims that ...", "said there is no truth to the
   * allegations": the speaker denies the claim and answers whoever made it.
   */
  protected noTruthIn(k: number, s: Sentence): void {
    const { tokens } = this;
    if (tokens[k - 1]?.lower !== 'no' || !['in', 'to'].includes(tokens[k + 1]?.lower ?? '')) return;
    // "there was/is no truth", "had no truth": the words of the one who says it.
    if (!['was', 'is', 'were', 'be', 'had', 'has'].includes(tokens[k - 2]?.lower ?? '')) return;
    const speaker = this.claimantFor(k, s);
    if (!speaker) return;
    const mod = this.modality(Math.max(s.first, k - 4), k - 1, s);
    if (mod.irrealis) return;
    this.denial(k, k + 2, s, [{ actorId: speaker, mention: null, weight: 1 }], 0.7, speaker);
  }

  /**
   * "The separatists hit back at Paris for propping up Biya", "Zakharova hit back at Tbilisi,
   * saying ...": a retort in words criticises the one it is aimed at. A retort with force ("hit back
   * at Hezbollah with airstrikes") is left to the attack rules.
   */
  protected hitBackAt(v: number, s: Sentence): void {
    const { tokens } = this;
    if (tokens[v + 1]?.lower === 'back' && [',', '.', ';', 'on', 'saying'].includes(tokens[v + 2]?.lower ?? '')) {
      this.hitBackAtCritic(v, s);
      return;
    }
    if (tokens[v + 1]?.lower !== 'back' || tokens[v + 2]?.lower !== 'at') return;
    const at = tokens[v + 3]?.lower === 'the' ? v + 4 : v + 3;
    const m = this.mentionAt(at);
    if (!m || m.first !== at) return;
    // (A capital after "at" is its government here, not a place: "hit back at Paris".)
    const targets = this.objectAfter(at, s, 'target', 0).map((a) => (a.mention?.place && a.mention.form === 'capital' ? { ...a, mention: { ...a.mention, place: false } } : a)).filter((a) => !a.mention?.place);
    if (targets.length === 0) return;
    for (let k = at; k < s.end; k++) {
      const w = tokens[k] as Token;
      if (PROJECTILES.has(w.lower) || MILITARY_ACTIVITY.has(w.lower) || NOUN_TRIGGERS.get(nounLemma(w))?.type === 'ATTACKS' || VERB_TRIGGERS.get(verbLemma(w))?.some((r) => r.type === 'ATTACKS')) return;
    }
    this.criticizedBySubject(v, s, targets, 0.65);
  }

  /**
   * "Georgia condemned Russia's plans ... Zakharova hit back, saying ...": a retort in words with no
   * target named answers whoever criticised or accused the retorting side in the last two sentences.
   */
  protected hitBackAtCritic(v: number, s: Sentence): void {
    const { tokens } = this;
    for (let k = v + 2; k < s.end; k++) {
      const w = tokens[k] as Token;
      if (PROJECTILES.has(w.lower) || MILITARY_ACTIVITY.has(w.lower) || NOUN_TRIGGERS.get(nounLemma(w))?.type === 'ATTACKS' || VERB_TRIGGERS.get(verbLemma(w))?.some((r) => r.type === 'ATTACKS')) return;
    }
    const frame = this.subjectOf(v, s);
    if (frame.subjects.length !== 1) return;
    const side = this.sideOf((frame.subjects[0] as Arg).actorId);
    let critic: string | null = null;
    for (let i = this.memory.accusations.length - 1; i >= 0; i--) {
      const a = this.memory.accusations[i] as { source: string; target: string; sentence: number };
      if (a.sentence < s.index - 2) break;
      if (a.sentence < s.index && this.sideOf(a.target) === side && this.sideOf(a.source) !== side) {
        critic = this.sideOf(a.source);
        break;
      }
    }
    if (critic === null) return;
    this.criticizedBySubject(v, s, [{ actorId: critic, mention: null, weight: 0.85 }], 0.55);
  }

  /** "Viktor Orban, a vocal critic of EU support for Ukraine", "Navalny, a fierce critic of Putin": CRITICIZES. */
  protected criticOf(k: number, s: Sentence): void {
    const { tokens } = this;
    let targets = this.objectAfter(k + 2, s, 'target', 3).filter((a) => !a.mention?.place);
    if (targets.length === 0) {
      const owner = this.actOwner(k + 2, s);
      if (owner) targets = [owner];
    }
    if (targets.length === 0) return;
    let b = k - 1;
    while (b > s.first && b > k - 4 && ['ADJ', 'ADV'].includes((tokens[b] as Token).pos) && !this.mentionAt(b)) b--;
    if (!['a', 'an'].includes(tokens[b]?.lower ?? '') || tokens[b - 1]?.text !== ',') return;
    const m = this.mentionAt(b - 2);
    if (!m || m.end !== b - 1) return;
    const critic = this.argOf(m, 'agent');
    if (!critic || targets.some((a) => this.sideOf(a.actorId) === this.sideOf(critic.actorId))) return;
    if (this.modality(Math.max(s.first, b - 1), k, s).negated) return;
    this.emit('CRITICIZES', [critic], targets, s, 0.6, this.claimantFor(k, s) ?? critic.actorId, false);
  }

  /** "in an apparent swipe at Washington", "Erdogan's jab at Netanyahu": the one aimed at is criticised. */
  protected verbalSwipe(k: number, s: Sentence): void {
    // (A capital after "at" is its government here, not a place: "a swipe at Washington".)
    let targets = this.objectAfter(k + 2, s, 'target', 3).map((a) => (a.mention?.place ? { ...a, mention: { ...a.mention, place: false } } : a));
    if (targets.length === 0) {
      const owner = this.actOwner(k + 2, s);
      if (owner) targets = [owner];
    }
    if (targets.length === 0) return;
    const agent = this.nounAgent(k, s);
    const critics = agent ? [agent] : this.adjunctSubjects(k, s);
    const sides = new Set(critics.map((a) => this.sideOf(a.actorId)));
    targets = targets.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (critics.length === 0 || targets.length === 0) return;
    this.emit('CRITICIZES', critics, targets, s, 0.6, this.claimantFor(k, s) ?? critics[0]?.actorId ?? null, false);
  }

  /** "Moscow said it had nothing to do with the attack": a denial of the latest accusation against the subject. */
  protected nothingToDoWith(v: number, s: Sentence): void {
    const frame = this.subjectOf(v, s);
    const claimant = this.claimantFor(v, s);
    let sources = frame.subjects;
    if (sources.length === 0 && claimant && ['it', 'they', 'we'].includes(this.tokens[v - 1]?.lower ?? '')) sources = [{ actorId: claimant, mention: null, weight: 0.9 }];
    const mod = this.modality(frame.clauseStart, v, s);
    if (sources.length === 0 || mod.irrealis) return;
    for (const src of sources) {
      // Only the accused denies: no "bare denial" of whatever was last claimed.
      const accuser = this.latestAccuserOf(src.actorId);
      if (accuser) {
        this.emit('DENIES', [src], [{ actorId: accuser, mention: null, weight: 0.85 }], s, 0.7 * (mod.hedged ? 0.7 : 1), claimant ?? src.actorId, false);
        return;
      }
    }
  }

  /** "blamed the attack on X". */
  protected blameOn(from: number, s: Sentence): Arg[] {
    return this.prepObject(from, s, ['on'], 8);
  }

  /**
   * Whether the phrase at `from` is an accusation ("the accusation", "Kinshasa's 'false accusations'",
   * "the claims that ...") not said to be against another side than `accused`.
   */
  protected accusationObject(from: number, s: Sentence, accused: readonly Arg[]): boolean {
    const { tokens } = this;
    let k = from;
    while (k < Math.min(s.end, from + 6)) {
      const t = tokens[k] as Token;
      const m = this.mentionAt(k);
      if (m && tokens[m.end]?.lower === "'s") k = m.end + 1;
      else if (['DET', 'ADJ', 'ADV'].includes(t.pos) || ['"', '“', '”', "'", 'latest', 'new', 'repeated'].includes(t.text.toLowerCase())) k++;
      else break;
    }
    const noun = tokens[k]?.lower ?? '';
    const claim = ['claim', 'claims', 'assertion', 'assertions'].includes(noun) && ['that', 'of'].includes(tokens[k + 1]?.lower ?? '');
    if (!['accusation', 'accusations', 'allegation', 'allegations', 'charge', 'charges'].includes(noun) && !claim) return false;
    if (tokens[k + 1]?.lower === 'against') {
      const against = this.objectAfter(k + 2, s, 'target', 2);
      const sides = new Set(accused.map((a) => this.sideOf(a.actorId)));
      if (against.length === 0 || against.some((a) => !sides.has(this.sideOf(a.actorId)))) return false;
    }
    return true;
  }

  /**
   * The one side a threat without object is aimed at when it follows, as a participle after a comma
   * or a verb after "and", a demand, accusation or criticism of that side by the same speaker in the
   * sentence: "urged Iran to return to talks, threatening new sanctions". Only force or penalties
   * threatened count ("threatening the truce" endangers it).
   */
  protected threatAfterSpeech(v: number, after: number, s: Sentence, sources: readonly Arg[]): Arg[] {
    const { tokens } = this;
    if (![',', 'and'].includes(tokens[v - 1]?.lower ?? '') || sources.length === 0) return [];
    let h = after;
    while (h < Math.min(s.end, after + 4) && ['ADJ', 'DET', 'NUM'].includes((tokens[h] as Token).pos)) h++;
    const penalty = ['action', 'force', 'retaliation', 'response', 'sanctions', 'countermeasures', 'measures', 'reprisals', 'strikes', 'consequences', 'tariffs', 'war', 'attacks', 'escalation'].includes(tokens[h]?.lower ?? '');
    if (!penalty && !(tokens[after]?.lower === 'to' && this.isVerb(tokens[after + 1]))) return [];
    const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
    const addressed = new Set(this.out.filter((r) => r.sentence === s.index && ['DEMANDS', 'ACCUSES', 'CRITICIZES'].includes(r.type) && sides.has(this.sideOf(r.source))).map((r) => r.target));
    if (addressed.size !== 1) return [];
    const [target] = [...addressed] as [string];
    return sides.has(this.sideOf(target)) ? [] : [{ actorId: target, mention: null, weight: 0.8 }];
  }

  /**
   * A speech act in a participle right after a comma whose clause so far only denies:
   * "rejected the charge, accusing", "denied the report, demanding". A plain negation ("did not
   * comment, accusing") still negates it.
   */
  protected speechParticipleAfterDenial(v: number, s: Sentence, type: RelationType): boolean {
    const { tokens } = this;
    const t = tokens[v] as Token;
    if (!['ACCUSES', 'CRITICIZES', 'DEMANDS', 'THREATENS'].includes(type) || !t.lower.endsWith('ing') || tokens[v - 1]?.text !== ',') return false;
    let denial = false;
    for (let k = v - 2; k >= Math.max(s.first, v - 12); k--) {
      const w = tokens[k] as Token;
      if (CLAUSE_BREAKS.has(w.text) || w.text === ';') break;
      if (['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'refused', 'refuses', 'refuse', 'declined', 'declines', 'failed', 'fails', 'yet'].includes(w.lower) && !this.mentionAt(k)) return false;
      if (this.isVerb(w) && ['deny', 'reject', 'dismiss'].includes(verbLemma(w))) denial = true;
    }
    return denial;
  }

  /**
   * The side that rejects, accepts or heeds the demand noun at `k` ("Iran rejected Britain's demand
   * to free the tanker"): the one subject of that verb, when it is not the demander's side.
   */
  protected demandAnswerer(k: number, s: Sentence, agents: readonly Arg[]): Arg[] {
    const { tokens } = this;
    if (!['demand', 'demands', 'ultimatum'].includes(tokens[k]?.lower ?? '')) return [];
    for (let v = k - 1; v >= Math.max(s.first, k - 7); v--) {
      const t = tokens[v] as Token;
      const m = this.mentionAt(v);
      if (m) {
        v = m.first;
        continue;
      }
      if (['DET', 'ADJ', 'PART'].includes(t.pos) || t.lower === "'s" || t.text === "'" || (t.lower === 'with' && v < k - 1)) continue;
      if (!this.isVerb(t) || !['reject', 'dismiss', 'refuse', 'rebuff', 'spurn', 'accept', 'heed', 'defy', 'ignore', 'comply'].includes(verbLemma(t))) return [];
      const frame = this.subjectOf(v, s);
      const mod = this.modality(frame.clauseStart, v, s);
      const sides = new Set(agents.map((a) => this.sideOf(a.actorId)));
      if (mod.irrealis || frame.subjects.length !== 1 || frame.subjects.some((a) => sides.has(this.sideOf(a.actorId)))) return [];
      return frame.subjects.map((a) => ({ ...a, mention: null, weight: a.weight * 0.85 }));
    }
    return [];
  }

  /**
   * The critic whose own forces or towns an attack noun at `k` hit ("condemned the attack on its
   * soldiers", with the preposition at `prep`): the one subject of the verb of condemning before it.
   */
  protected condemnedOnOwn(k: number, prep: number, s: Sentence, agents: readonly Arg[]): Arg[] {
    const { tokens } = this;
    for (let v = k - 1; v >= Math.max(s.first, k - 6); v--) {
      const t = tokens[v] as Token;
      if (!this.isVerb(t)) continue;
      if (!['condemn', 'denounce', 'criticise', 'criticize', 'deplore', 'decry', 'protest'].includes(verbLemma(t))) return [];
      const frame = this.subjectOf(v, s);
      const mod = this.modality(frame.clauseStart, v, s);
      if (mod.negated || mod.irrealis || frame.subjects.length !== 1) return [];
      // "condemned India's strikes on its territory": the critic's own land was hit.
      return this.accuserOwned(prep + 1, s, agents, frame.subjects, new Set(['territory', 'soil', 'capital']));
    }
    return [];
  }

  /** "X provided weapons to Y", "X provided Y with drones". */
  protected give(v: number, s: Sentence): void {
    // "The junta gave France 72 hours to withdraw its troops": an ultimatum is a demand.
    const { tokens } = this;
    if (this.gerundOfModal(v, s)) return;
    const addressed = this.objectAfter(v + 1, s, 'target', 2);
    const end = addressed.length > 0 ? this.lastMentionEnd(v + 1, s) : -1;
    // "ECOWAS gave Niger's junta a one-week ultimatum to reinstate Bazoum".
    const ultimatum = end !== -1 && tokens.slice(end, Math.min(s.end, end + 9)).some((w, i) => w.lower === 'ultimatum' && tokens[end + i + 1]?.lower === 'to');
    if (ultimatum || (end !== -1 && ['NUM', 'DET'].includes(tokens[end]?.pos ?? '') && ['hours', 'days', 'weeks', 'months', 'hour', 'day', 'week'].includes(tokens[end + 1]?.lower ?? '') && tokens[end + 2]?.lower === 'to')) {
      const frame = this.subjectOf(v, s);
      const mod = this.modality(frame.clauseStart, v, s);
      if (frame.subjects.length > 0 && !mod.negated && !mod.irrealis) this.emit('DEMANDS', frame.subjects, addressed, s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s) ?? frame.subjects[0]?.actorId ?? null, false);
      return;
    }
    let targets = this.resourceTo(v, s);
    if (targets.length === 0) {
      const receiver = this.objectAfter(v + 1, s, 'target', 3);
      const last = receiver.length > 0 ? this.lastMentionEnd(v + 1, s) : -1;
      // "supplied Myanmar's military with weapons": the possessed force stands for its owner.
      let withAt = last;
      if (last !== -1 && tokens[last]?.lower === "'s") {
        withAt = last + 1;
        while (withAt < Math.min(s.end, last + 4) && ['NOUN', 'ADJ'].includes((tokens[withAt] as Token).pos) && !this.mentionAt(withAt)) withAt++;
      }
      if (last !== -1 && this.tokens[withAt]?.lower === 'with' && this.resourceAhead(withAt + 1, s)) targets = receiver;
      // "The US gave Israel $3.8 billion in military aid", "sent Kyiv more tanks": the receiver, then the resource.
      if (targets.length === 0 && last !== -1 && ['give', 'send', 'grant', 'lend', 'sell', 'offer', 'ship'].includes(verbLemma(tokens[v] as Token))) {
        // "has given Ukraine more than $60 billion in military aid".
        for (let k = last; k < Math.min(s.end, last + 10); k++) {
          const w = tokens[k] as Token;
          if (SUPPORT_NOUNS.has(w.lower) && !['power', 'cover', 'credit'].includes(w.lower)) {
            targets = receiver;
            break;
          }
          if (this.mentionAt(k) || this.isVerb(w) || CLAUSE_BREAKS.has(w.text) || w.text === ',' || (w.pos === 'ADP' && !['in', 'of', 'worth', 'than'].includes(w.lower))) break;
        }
      }
    }
    if (targets.length === 0) return;
    // ("pushed into Goma, sending Congolese soldiers fleeing": sent running, not sent as help.)
    if (tokens.slice(v + 1, Math.min(s.end, v + 7)).some((w) => ['fleeing', 'running', 'scrambling', 'retreating', 'scurrying', 'packing', 'reeling'].includes(w.lower))) return;
    const frame = this.subjectOf(v, s);
    if (frame.subjects.length === 0) return;
    // "Egypt and Turkey supplied the army with drones": an army read as one of the givers' own is no receiver.
    const giverSides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    targets = targets.filter((a) => !(a.mention?.form === 'coreference' && giverSides.has(this.sideOf(a.actorId))));
    if (targets.length === 0) return;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis || this.governedByDenial(v, s)) return;
    if (this.allegedByFrame(v, s)) return;
    this.emit('SUPPORTS', frame.subjects, targets, s, 0.75 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), false);
  }

  /**
   * "Rubio spoke with both foreign ministers and urged restraint", "met Pakistan's army chief and
   * called for calm": a demand with no addressee, coordinated with a meeting of the same subject in
   * the sentence, is made of the ones just met.
   */
  protected metBeforeDemand(v: number, s: Sentence, sources: readonly Arg[]): Arg[] {
    const { tokens } = this;
    let j = v - 1;
    while (j > s.first && (tokens[j] as Token).pos === 'ADV') j--;
    if (tokens[j]?.lower !== 'and' || this.mentionAt(v + 1) !== null) return [];
    const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
    const met = new Map<string, Arg>();
    for (const r of this.out) {
      if (r.sentence !== s.index || !['MEETS_WITH', 'NEGOTIATES_WITH'].includes(r.type) || !sides.has(this.sideOf(r.source)) || sides.has(this.sideOf(r.target))) continue;
      met.set(r.target, { actorId: r.target, mention: null, weight: 0.85 });
    }
    return [...met.values()];
  }
}
