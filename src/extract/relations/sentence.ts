import { RELATION_TYPE_INFO } from '../../domain/index.js';
import type { KnowledgeBase } from '../knowledge.js';
import type { DocActors } from '../mentions.js';
import type { AnalysedText, Sentence, Token } from '../nlp.js';
import { ACCUSATION_NOUNS, FALSEHOOD_WORDS, GIVE_LEMMAS, HANDOVER_LEMMAS, IMPUTED_ACTS, MEDIATION_WORDS, NOUN_TRIGGERS, type NounTrigger, OPERATE_AGAINST, SUPPORT_NOUNS, TALKS_NOUNS, THREAT_LEMMAS, VERB_TRIGGERS, type VerbTrigger } from '../triggers.js';
import { LOCATIVE_PREPOSITIONS } from '../vocabulary.js';
import { AID_NOUNS, MEASURE_NOUNS, type Arg, BACKER_NOUNS, OWNED_ACTS, BE_FORMS, CALENDAR_DAYS, CLAUSE_BREAKS, EACH_OTHER, IRREGULAR_PAST, JOINT_APPEARANCE, LED_TALKS, LED_TALKS_RULE, MEDIATING_ROLES, type Memory, nounLemma, OWNED_TARGETS, PRISONER_EXCHANGE, PROXY_NOUNS, type RawRelation, REPEL_LEMMAS, type Role, STRONG_OFFER_CUES, TALK_EVENTS, TALK_LEADERS, THIRD_PARTY_MEDIATION, TITLE_WORDS, verbLemma } from './words.js';
import { ClaimRules } from './claims.js';

/** Participles of naming the tagger may take for modifiers: "North Korea branded/ADJ South Korea a puppet". */
const NAMING_PARTICIPLES = new Set(['branded', 'labelled', 'labeled', 'dubbed']);

/** Plural nouns of charges that head an appositive: ", charges both Moscow and Pyongyang deny". */
const CHARGE_NOUNS = new Set(['charges', 'claims', 'accusations']);
const DENYING_FORMS = new Set(['deny', 'denies', 'denied', 'reject', 'rejects', 'rejected', 'dismiss', 'dismisses', 'dismissed', 'dispute', 'disputes']);

/** Nouns after "war" that make a compound, not a war: "war crimes", "war chest". */
const WAR_COMPOUNDS = new Set(['crimes', 'crime', 'criminal', 'criminals', 'chest', 'games', 'footing', 'room']);

/**
 * The rules run over one sentence: each trigger word goes to `verb` or `noun`, which find its
 * arguments with the grammar and the families of rules below.
 */
class SentenceRules extends ClaimRules {
  run(s: Sentence): void {
    const { tokens } = this;
    // A pair named long ago is no longer "both sides": wire copy moves on to other actors.
    this.inView = this.memory.dyad && s.index - this.memory.dyadSentence <= 4 ? this.memory.dyad : null;
    // The pair in talks as the sentence began: a third side meeting both of them mediates.
    const talks = this.memory.talks;
    this.viewAtStart = talks && s.index - this.memory.talksSentence <= 3 && this.inView && talks.every((a) => this.inView?.some((b) => b.actorId === a.actorId)) ? this.inView : null;
    this.rememberDyads(s);
    this.done = new Set<number>();
    const done = this.done;
    for (let k = s.first; k < s.end; k++) {
      const t = tokens[k] as Token;
      if (done.has(k)) continue;
      // Words inside a name ("Rapid Support Forces", "Sudanese Armed Forces") trigger nothing.
      const inside = this.mentionAt(k);
      if (inside && !(inside.form === 'coreference' || inside.form === 'pronoun')) {
        k = inside.end - 1;
        continue;
      }
      // Punctuation other than a hyphen triggers nothing.
      if (t.pos === 'PUNCT' && t.text !== '-') continue;
      // ("Algeria said France's approach amounted to \"blackmail\"": a judgement, as "was" gives it.)
      if (['amounted', 'amounts', 'amount'].includes(t.lower) && tokens[k + 1]?.lower === 'to') this.judgedAct(k + 1, s);
      // "joined calls/VERB for Iran to release": the noun after a verb or a determiner.
      if (['calls', 'call', 'appeals', 'appeal'].includes(t.lower) && tokens[k + 1]?.lower === 'for' && (t.pos === 'NOUN' || this.isVerb(tokens[k - 1]) || ['DET', 'ADJ'].includes(tokens[k - 1]?.pos ?? '')) && this.callsFor(k, s)) continue;
      // "acting as a go-between for X and Y", "played host to talks between X and Y": a mediating role.
      if ((t.text === '-' || t.lower === 'host' || MEDIATING_ROLES.has(t.lower)) && this.mediatingRole(k, s)) continue;
      if (t.space === '' && t.text === '-' ) {
        this.glued(k, s);
        continue;
      }
      // "Egyptian-sponsored talks": the participle glued to an actor was read with the hyphen.
      if (t.space === '' && tokens[k - 1]?.text === '-' && tokens[k - 1]?.space === '' && this.mentionAt(k - 2) !== null) continue;
      // "The deal, announced on Saturday, ...": an agreement reported after the talks that reached it.
      if (['deal', 'agreement', 'accord', 'pact', 'treaty'].includes(t.lower) && k <= s.first + 8) this.agreementReportedLater(k, s);
      if (t.lower === 'mediation' || t.lower === 'mediators') this.mediationRole(k, s);
      if (t.lower === 'right' && tokens[k + 1]?.lower === 'to') this.rightToDefend(k, s);
      if (t.lower === 'commitment' && tokens[k + 1]?.lower === 'to') this.commitmentTo(k, s);
      if (t.lower === 'options' && tokens[k - 1]?.lower === 'all') this.optionsOnTable(k, s);
      if (['allegations', 'evidence', 'reports'].includes(t.lower) && tokens[k + 1]?.lower === 'linking') this.linkingTo(k, s);
      // ("offered its good offices to Russia and Ukraine": the diplomat's word for mediation.)
      if (MEDIATION_WORDS.has(t.lemma) || MEDIATION_WORDS.has(t.lower) || t.lower === 'mediators' || (t.lower === 'offices' && tokens[k - 1]?.lower === 'good')) {
        if (this.offer(k, s)) continue;
      }
      if (STRONG_OFFER_CUES.has(t.lower)) this.offerOfHelp(k, s);
      // "Fighting between X and Y intensified": a gerund heading a subject is the event noun.
      // "Moscow said it had nothing to do with the attack".
      if (t.lower === 'nothing' && tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.lower === 'do' && tokens[k + 3]?.lower === 'with' && ['had', 'has', 'have'].includes(tokens[k - 1]?.lower ?? '')) {
        this.nothingToDoWith(k - 1, s);
        continue;
      }
      // "the Houthis, who are aligned with Iran", "Kataib Hezbollah, a militia loyal to Iran": the one described is backed.
      if (((t.lower === 'aligned' || t.lower === 'allied') && ['with', 'to'].includes(tokens[k + 1]?.lower ?? '')) || (t.lower === 'loyal' && tokens[k + 1]?.lower === 'to')) {
        if (this.alignedWith(k, s)) continue;
      }
      // "China said it was firmly opposed to the U.S. arms sale to Taiwan".
      if (t.lower === 'opposed' && tokens[k + 1]?.lower === 'to') {
        this.opposedTo(k, s);
        continue;
      }
      // "after days of fighting with Congolese troops": a gerund after "of" or a time preposition, too.
      // "Fighting broke out on Monday between ...": a gerund right before an event verb is its subject.
      const eventGerund = (tokens[k + 1]?.lower === 'with' && ['of', 'after', 'during', 'amid', 'following', 'heavy', 'fierce'].includes(tokens[k - 1]?.lower ?? '')) || ['broke', 'erupted', 'flared', 'raged', 'resumed', 'continued', 'intensified', 'escalated'].includes(tokens[k + 1]?.lower ?? '');
      if (t.lower.endsWith('ing') && (tokens[k + 1]?.lower === 'between' || eventGerund) && NOUN_TRIGGERS.has(t.lower)) {
        this.noun(k, s, NOUN_TRIGGERS.get(t.lower) as NounTrigger);
        continue;
      }
      // "Mediated by Qatar, the talks between X and Y ...": a fronted participle names the mediator.
      // After a dateline's dash, too: "DOHA (Reuters) - Mediated by Qatar, ...".
      if ((k === s.first || (['-', '—', '–'].includes(tokens[k - 1]?.text ?? '') && t.space !== '')) && tokens[k + 1]?.lower === 'by' && this.frontedMediation(k, s)) continue;
      // "after talks led by the African Union", "a process overseen by Chad": who led the talks mediated them.
      if ((LED_TALKS.has(t.lower) || t.lower === 'arranged' || t.lower === 'organised' || t.lower === 'organized') && tokens[k + 1]?.lower === 'by' && (TALK_EVENTS.has(tokens[k - 1]?.lower ?? '') ||
        // "talks in Geneva chaired by the ICRC": a place between the talks and the participle.
        (TALK_EVENTS.has(tokens[k - 3]?.lower ?? '') && ['in', 'at'].includes(tokens[k - 2]?.lower ?? '') && (tokens[k - 1] as Token).capitalised && this.mentionAt(k - 1) === null) || (BE_FORMS.has(tokens[k - 1]?.lower ?? '') && this.talksSubject(k - 1, s)) || ['process', 'dialogue', 'negotiations', 'talks'].includes(tokens[k - 1]?.lower ?? '') || (tokens[k - 1]?.text === ',' && TALKS_NOUNS.has(tokens[k - 2]?.lower ?? '')))) {
        this.passive(k, s, LED_TALKS_RULE, k + 1, false);
        continue;
      }
      // "China said the United States was 'playing with fire'": a warning to the one who plays.
      if (t.lower === 'playing' && tokens[k + 1]?.lower === 'with' && tokens[k + 2]?.lower === 'fire') this.playingWithFire(k, s);
      const lemma = verbLemma(t);
      const verbal =
        t.pos === 'VERB' ||
        ((t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN') && lemma !== t.lemma && this.participleUse(k)) ||
        (t.pos === 'NOUN' && VERB_TRIGGERS.has(t.lemma) && this.looksVerbal(k)) ||
        // "Israel kept striking/ADJ Lebanon": a gerund after an aspectual verb.
        (t.lower.endsWith('ing') && lemma !== t.lower && this.isVerb(tokens[k - 1]) && ['keep', 'continue', 'resume', 'begin', 'start'].includes(verbLemma(tokens[k - 1] as Token))) ||
        // "condemned France for arming Armenia": a gerund after "for"/"of" and an object.
        (t.lower.endsWith('ing') && lemma !== t.lemma && VERB_TRIGGERS.has(lemma) && ['for', 'of'].includes(tokens[k - 1]?.lower ?? '') && this.mentionAt(k - 2) !== null) ||
        // "Iran retaliated (on Friday) by firing/NOUN missiles at Israel": a gerund of manner after a verb and "by".
        (t.lower.endsWith('ing') && lemma !== t.lower && VERB_TRIGGERS.has(lemma) && tokens[k - 1]?.lower === 'by' && ((this.isVerb(tokens[this.beforeDay(k - 2)]) && !BE_FORMS.has(tokens[this.beforeDay(k - 2) - 1]?.lower ?? '')) || (tokens[k - 2]?.pos === 'NOUN' && this.isVerb(tokens[k - 4]) && tokens[k - 3]?.pos === 'DET'))) ||
        // ('its forces had "neutralised/NOUN" 32 militants': a past verb in quotes after its subject or auxiliary.)
        (t.lower.endsWith('ed') && (tokens[k - 1]?.text === '"' || tokens[k - 1]?.text === '“') && (tokens[k + 1]?.text === '"' || tokens[k + 1]?.text === '”') && VERB_TRIGGERS.has(lemma) && (tokens[k - 2]?.pos === 'AUX' || tokens[k - 2]?.pos === 'NOUN' || this.mentionAt(k - 2) !== null)) ||
        // "Washington, which helped broker/NOUN the truce": a bare infinitive after "help".
        (t.pos === 'NOUN' && VERB_TRIGGERS.get(lemma)?.[0]?.type === 'MEDIATES' && tokens[k - 1]?.pos === 'VERB' && tokens[k - 1]?.lemma === 'help') ||
        // "Qatar also mediated/ADJ between ...", "Egypt has repeatedly brokered/ADJ": a mediation verb after an adverb.
        ((t.pos === 'NOUN' || t.pos === 'ADJ') && t.lower.endsWith('ed') && VERB_TRIGGERS.get(lemma)?.[0]?.type === 'MEDIATES' && this.adverbAfterSubject(k - 1)) ||
        // "Pakistan's military accused/NOUN India", "its army chief accused/NOUN Kabul": an -ed word after
        // the subject's head noun and before an actor, with no verb before it, is the main verb.
        ((t.pos === 'NOUN' || t.pos === 'ADJ') && t.lower.endsWith('ed') && VERB_TRIGGERS.has(lemma) && (this.mentionAt(k + 1)?.first === k + 1 || tokens[k + 1]?.lower === 'between' || tokens[k + 1]?.pos === 'DET') && ['NOUN', 'ADJ'].includes(tokens[k - 1]?.pos ?? '') && this.mentionAt(k - 1) === null && this.previousFiniteVerb(k - 1, s) === -1) ||
        // "Iran supplies/NOUN drones to Russia": a giving verb in the present between its subject and
        // the thing given, with the receiver after "to".
        (t.pos === 'NOUN' && t.lower.endsWith('s') && HANDOVER_LEMMAS.has(t.lemma) && this.mentionAt(k - 1) !== null && tokens[k - 1]?.lower !== "'s" && ['NOUN', 'NUM'].includes(tokens[k + 1]?.pos ?? '') && this.mentionAt(k + 1) === null && tokens.slice(k + 2, Math.min(s.end, k + 7)).some((w, i) => w.lower === 'to' && this.mentionAt(tokens[k + 3 + i]?.lower === 'the' ? k + 4 + i : k + 3 + i) !== null)) ||
        // ("lashed out at Seoul, warning/NOUN that ...": a participle after a comma, before "that".)
        (t.pos === 'NOUN' && t.lower.endsWith('ing') && tokens[k - 1]?.text === ',' && tokens[k + 1]?.lower === 'that' && VERB_TRIGGERS.has(lemma)) ||
        // ("Kyrgyzstan and Tajikistan each accused/NOUN the other": a past form after "each".)
        ((t.pos === 'NOUN' || t.pos === 'ADJ') && t.lower.endsWith('ed') && VERB_TRIGGERS.has(lemma) && tokens[k - 1]?.lower === 'each' && this.mentionAt(k - 2) !== null) ||
        // "Pakistan has long accused/NOUN India": a participle after "has long".
        ((t.pos === 'NOUN' || t.pos === 'ADJ') && (VERB_TRIGGERS.has(lemma) || GIVE_LEMMAS.has(lemma)) && tokens[k - 1]?.lower === 'long' && ['has', 'have', 'had'].includes(tokens[k - 2]?.lower ?? '')) ||
        // "authorities, who host PKK camps": right after a relative pronoun the word is the verb.
        (t.pos === 'NOUN' && VERB_TRIGGERS.has(lemma) && ['who', 'which'].includes(tokens[k - 1]?.lower ?? '')) ||
        // "Qatar, a U.S. ally, hosts the largest American base": a present-tense verb tagged as a plural noun.
        (t.pos === 'NOUN' && t.lower.endsWith('s') && (VERB_TRIGGERS.has(t.lemma) || GIVE_LEMMAS.has(lemma)) && (tokens[k + 1]?.pos === 'DET' || this.mentionAt(k + 1) !== null) && (tokens[k - 1]?.text === ',' || this.mentionAt(k - 1) !== null) && tokens[k - 1]?.lower !== "'s") ||
        // "the Polisario Front, which Algeria hosts and arms/NOUN,": a backing verb after a relative's agent.
        (t.pos === 'NOUN' && t.lower.endsWith('s') && (VERB_TRIGGERS.get(lemma)?.[0]?.type === 'SUPPORTS' || lemma === 'host') && this.verbAfterRelativeAgent(k, s)) ||
        // "Egypt and the UAE back/ADV Khalifa Haftar": a verb between two names.
        // ("Egypt and Turkey back/ADV the army": an article may come first.)
        (t.pos === 'ADV' && t.lower === 'back' && this.mentionAt(k - 1) !== null && tokens[k - 1]?.lower !== "'s" && (this.mentionAt(k + 1)?.first === k + 1 || (tokens[k + 1]?.lower === 'the' && this.mentionAt(k + 2)?.first === k + 2))) ||
        // "its air defences shot down a drone": an irregular past right before a particle or an object.
        (t.pos === 'NOUN' && IRREGULAR_PAST.has(t.lower) && ['down', 'at', 'dead', 'a', 'an', 'the'].includes(tokens[k + 1]?.lower ?? '') && tokens[k - 1]?.pos === 'NOUN') ||
        // "Poland shot down Russian drones": right after a name, too.
        (t.pos === 'NOUN' && IRREGULAR_PAST.has(t.lower) && tokens[k + 1]?.lower === 'down' && this.mentionAt(k - 1) !== null && tokens[k - 1]?.lower !== "'s");
      if (verbal && ['resume', 'launch', 'carry', 'step', 'intensify', 'escalate', 'mount', 'unleash', 'continue', 'expand'].includes(lemma)) this.futureNominalForce(k, s);
      if (verbal && (lemma === 'use' || lemma === 'take')) this.forceAgainst(k, s);
      // "shot down 80 of the 100 drones Russia launched": the barrage downed was an attack on the subject.
      if (verbal && ['shoot', 'down', 'destroy', 'neutralise', 'neutralize'].includes(lemma)) this.barrageDowned(k, s);
      // "pushed Ukrainian units out of Kursk", "drove the RSF from Khartoum": forced out by force.
      if (verbal && ['push', 'drive', 'force', 'expel', 'oust', 'dislodge', 'chase', 'flush', 'rout'].includes(lemma)) this.droveOut(k, s);
      // "The conflict, which pits/NOUN the army against the RSF": wink may tag the verb as a noun.
      if (['pits', 'pitted', 'pitting'].includes(t.lower)) this.pits(k, s);
      // "Khamenei said Israel would receive a 'crushing response'": harm received is a threat.
      if (verbal && lemma === 'receive' && this.harmAhead(k + 1, s)) {
        this.consequence(k, s);
        continue;
      }
      // "troops fight/NOUN alongside the group": wink may tag the verb as a noun before "alongside".
      if ((verbal && ['fight', 'battle'].includes(lemma)) || (!verbal && ['fight', 'fights', 'fought', 'fighting'].includes(t.lower) && tokens[k + 1]?.lower === 'alongside' && tokens[k - 1]?.pos !== 'DET')) this.foughtOnSide(k, s);
      // "Hezbollah, which Iran founded and has armed ever since": the antecedent is the one supported.
      if (verbal && (VERB_TRIGGERS.get(lemma)?.[0]?.type === 'SUPPORTS' || lemma === 'host' || (['supply', 'provide'].includes(lemma) && tokens[k + 1]?.lower === 'with'))) this.supportedAntecedent(k, s);
      // "fighting with weapons supplied by the UAE", "using drones provided by Turkey": the giver backs the user.
      if (['supplied', 'provided', 'donated', 'delivered', 'sold', 'given', 'sent'].includes(t.lower) && tokens[k + 1]?.lower === 'by') this.suppliedBy(k, s);
      // "Russia has used North Korean missiles", "fired Iranian-made drones at Ukraine": the maker or seller backs the user.
      if (verbal && ['use', 'fire', 'launch', 'deploy', 'employ', 'field'].includes(lemma)) this.usedForeignArms(k, s);
      // "received Russian military instructors", "hosts Russian nuclear weapons": arms and forces taken in, not a visit.
      if (verbal && ['receive', 'host'].includes(lemma) && this.receivedForeign(k, s)) continue;
      // "warned of \"open war\" with Afghanistan", "warned of a crushing response to any attack by the United States".
      if (verbal && lemma === 'warn' && tokens[k + 1]?.lower === 'of' && this.warnedOfHarm(k, s)) continue;
      // "warned it would close the strait if Israel attacked", "said he would impose tariffs on Canada".
      if (verbal && ['warn', 'say', 'threaten', 'announce', 'declare'].includes(lemma)) this.warnedOwnAct(k, s);
      // ("the border triangle where Sudan, Libya and Egypt meet": borders meeting, not leaders.)
      if (verbal && lemma === 'meet' && [',', '.', ';', 'in', 'near', 'at'].includes(tokens[k + 1]?.text.toLowerCase() ?? '.') && this.whereClauseBefore(k, s)) continue;
      // "said any U.S. attack would be met with a devastating response".
      if (verbal && lemma === 'meet' && tokens[k - 1]?.lower === 'be' && tokens[k + 1]?.lower === 'with' && this.harmAhead(k + 2, s)) {
        this.metWithForce(k, s);
        continue;
      }
      // "helped negotiate the deal", "working to secure a truce": a third side working for the parties' deal.
      if ((tokens[k - 1]?.lower === 'to' || ['helped', 'helps', 'helping'].includes(tokens[k - 1]?.lower ?? '')) && ['negotiate', 'secure', 'revive', 'salvage', 'clinch', 'finalise', 'finalize', 'reach', 'end', 'halt', 'stop', 'rescue', 'restart', 'seal', 'forge'].includes(lemma)) this.effortTowardsDeal(k, s);
      // "presented a new proposal to both sides".
      if (verbal && ['present', 'submit', 'table', 'hand', 'deliver', 'put'].includes(lemma)) this.proposalToSides(k, s);
      // "has been pushing both sides to reach a deal": pressing two sides towards talks mediates.
      if (verbal && ['urge', 'press', 'push', 'encourage', 'pressure', 'nudge', 'call'].includes(lemma)) this.urgedTowardsTalks(k, s);
      // "pushed back against the accusations", "hit back at the claims": DENIES.
      if (['push', 'hit'].includes(lemma) && tokens[k + 1]?.lower === 'back') this.retortAtClaim(k, s);
      // "said Kinshasa was lying": DENIES.
      if (t.lower === 'lying') this.saidLying(k, s);
      // "accused Kinshasa of lying", "accused Yerevan of spreading disinformation": DENIES its accuser.
      // (The allegation after "accused X of" is read with the verb, so the verb looks ahead.)
      if (lemma === 'accuse' && t.pos === 'VERB') {
        for (let j = k + 2; j < Math.min(s.end, k + 9); j++) {
          if (['lying', 'lies', 'disinformation', 'propaganda', 'misinformation', 'falsehoods', 'fabrications'].includes((tokens[j] as Token).lower)) {
            this.accusedOfLying(j, s);
            break;
          }
        }
      }
      // "insisted it was not involved", "said it had no involvement": DENIES the latest accuser.
      if (t.lower === 'involved' || t.lower === 'involvement') this.notInvolved(k, s);
      // "said it was deeply troubled by Japan's remarks".
      if (['troubled', 'alarmed', 'disappointed', 'dismayed', 'concerned', 'outraged', 'appalled', 'angered', 'disturbed', 'incensed', 'worried', 'irked', 'infuriated'].includes(t.lower)) this.troubledBy(k, s);
      // "North Korea branded/ADJ South Korea a puppet": a verb of naming the tagger took for a modifier.
      if (!verbal && NAMING_PARTICIPLES.has(t.lower) && this.mentionAt(k - 1) !== null && this.mentionAt(k + 1)?.first === k + 1) this.calledFalse(k, s);
      // (", charges both Moscow and Pyongyang deny": the noun of an appositive charge, not a verb.)
      const chargeNoun = verbal && CHARGE_NOUNS.has(t.lower) && tokens[k - 1]?.text === ',' && tokens.slice(k + 1, Math.min(s.end, k + 8)).some((w) => DENYING_FORMS.has(w.lower));
      if (verbal && !chargeNoun) {
        const rules = VERB_TRIGGERS.get(lemma);
        if (rules) {
          let handled = false;
          let r = k - 1;
          while (r > s.first && ['AUX', 'ADV'].includes((tokens[r] as Token).pos)) r--;
          this.asideVerb = ['who', 'which'].includes(tokens[r]?.lower ?? '') && tokens[r - 1]?.text === ',';
          for (const rule of rules) if ((handled = this.verb(k, s, rule, lemma))) break;
          this.asideVerb = false;
          // "Israel agreed to a U.S. proposal", "Hamas agreed to Egypt's plan": the two agree.
          if (!handled && lemma === 'agree' && tokens[k + 1]?.lower === 'to') this.acceptedProposal(k, s, k + 2);
          if (!handled && lemma === 'protest') this.protestedAct(k, s);
          if (!handled && lemma === 'call' && !this.phoneCall(k, s)) this.calledFalse(k, s);
          // ("Manila called in China's ambassador": summoned.)
          if (!handled && lemma === 'call' && tokens[k + 1]?.lower === 'in') this.summoned(k, s, k + 2);
          if (!handled && lemma === 'launch') this.activity(k, s);
          // "brought a genocide case against Israel".
          if (!handled && ['bring', 'launch', 'file', 'lodge', 'open'].includes(lemma)) this.caseBrought(k, s);
          // "hit back at Paris for propping up Biya": a retort in words.
          if (!handled && lemma === 'hit') this.hitBackAt(k, s);
          continue;
        }
        // "Russia insisted that Ukraine withdraw its forces": a subjunctive after "insist" is a demand.
        if (['insist', 'require'].includes(lemma)) this.insistedThat(k, s);
        if (lemma === 'intercept') this.interceptedVerb(k, s);
        if (lemma === 'intercept') this.barrageDowned(k, s);
        if (['rely', 'depend', 'count', 'lean'].includes(lemma)) this.reliedOn(k, s);
        if (['face', 'draw', 'attract', 'receive', 'earn', 'provoke', 'spark', 'prompt', 'trigger', 'elicit', 'invite'].includes(lemma)) this.criticismReceived(k, s);
        if (lemma === 'take') this.tookAim(k, s);
        // "Beijing firmly opposes the U.S. arms sale", "Kenya regrets Uganda's decision", "objected to Israel's plan".
        if (['oppose', 'regret', 'object'].includes(lemma) && !this.futureSpeaker(k, s)) this.opposedAct(k, s);

        // "The M23 took control of Goma from Congolese forces", "Russian forces pushed into Ukraine's Donetsk region".
        if (['take', 'gain', 'wrest', 'seize'].includes(lemma) || (['push', 'advance', 'march', 'pour', 'thrust'].includes(lemma) && ['into', 'on'].includes(tokens[k + 1]?.lower ?? ''))) this.tookGround(k, s, lemma);
        if (['operate', 'serve', 'deploy', 'station'].includes(lemma) && tokens[k + 1]?.lower === 'alongside') this.alongside(k, s);
        if (lemma === 'operate' && tokens[k + 1]?.lower === 'against') this.verb(k, s, OPERATE_AGAINST, lemma);
        if (lemma === 'commit') this.committedCrimes(k, s);
        // ("said Mali's junta was seeking a scapegoat", "said Sudan's army was blocking peace", "said Getachew had betrayed the people").
        const objectNear = (words: readonly string[]): boolean => tokens.slice(k + 1, Math.min(s.end, k + 4)).some((w) => words.includes(w.lower));
        if (verbal && (lemma === 'betray' || (lemma === 'block' && objectNear(['peace', 'talks', 'aid', 'ceasefire', 'truce', 'settlement', 'negotiations', 'deal'])) || (lemma === 'seek' && objectNear(['scapegoat', 'pretext', 'excuse'])))) this.imputed(k, s);
        // "Benin has faced mounting attacks by JNIM".
        if (verbal && ['face', 'suffer', 'endure'].includes(lemma)) this.attacksFaced(k, s);
        // "brought a genocide case against Israel", "likened China to pirates".
        if (verbal && ['bring', 'file', 'launch', 'lodge', 'initiate', 'institute', 'open'].includes(lemma)) this.caseBrought(k, s);
        if (verbal && ['liken', 'compare', 'equate'].includes(lemma)) this.likened(k, s);
        if (lemma === 'help' && verbal) this.helpedSide(k, s);
        if (['find', 'declare', 'deem', 'judge', 'rule'].includes(lemma)) this.foundInBreach(k, s);
        if (['deploy', 'send', 'dispatch', 'rush', 'station', 'commit', 'airlift', 'fly'].includes(lemma)) this.deployedInSupport(k, s);
        if (['funnel', 'smuggle', 'channel', 'airlift', 'ferry'].includes(lemma)) this.give(k, s);
        if (['get', 'obtain', 'acquire', 'hire', 'buy', 'purchase', 'import', 'recruit', 'procure'].includes(lemma)) this.gotResource(k, s);
        if (['recognise', 'recognize'].includes(lemma)) this.recognised(k, s);
        if (['welcome', 'acquire', 'get', 'obtain', 'accept'].includes(lemma)) this.receivedForeign(k, s);
        if (lemma === 'endorse' || lemma === 'champion') this.endorsedClaim(k, s);
        if (['intervene', 'fight', 'side'].includes(lemma)) this.intervenedFor(k, s);
        if (['express', 'voice', 'declare', 'reaffirm', 'reiterate', 'show', 'offer', 'pledge'].includes(lemma)) this.solidarityExpressed(k, s);
        if (['allow', 'let', 'permit'].includes(lemma)) this.allowedUse(k, s);
        if (['lift', 'ease', 'suspend', 'waive', 'relax', 'scrap', 'remove'].includes(lemma)) this.sanctionsLifted(k, s);
        if (['win', 'secure', 'gain', 'receive', 'get', 'enjoy', 'obtain', 'earn', 'garner', 'have', 'seek', 'court', 'draw'].includes(lemma)) this.backingWon(k, s);
        if (lemma === 'turn' && tokens[k + 1]?.lower === 'to') this.turnedTo(k, s);
        if (['side', 'stand', 'throw', 'come', 'rally'].includes(lemma)) this.tookSide(k, s);
        if (lemma === 'veto') this.vetoedCensure(k, s);
        // "approved the proposal presented by Qatar" (approving aid is giving it).
        if (lemma === 'approve') this.acceptedProposal(k, s);
        if (GIVE_LEMMAS.has(lemma)) this.give(k, s);
        else if (['announce', 'unveil'].includes(lemma) && this.packageAhead(k, s)) this.give(k, s);
        else if (IMPUTED_ACTS.has(lemma)) this.imputed(k, s);
        // ("said the Philippines had been spreading false information", "said Manila bore full responsibility".)
        else if ((lemma === 'spread' && tokens.slice(k + 1, Math.min(s.end, k + 4)).some((w) => FALSEHOOD_WORDS.has(w.lower) || ['false', 'fake', 'rumours', 'rumors'].includes(w.lower))) || (lemma === 'bear' && tokens.slice(k + 1, Math.min(s.end, k + 4)).some((w) => ['responsibility', 'blame'].includes(w.lower)))) this.imputed(k, s);
        else if (lemma === 'call') this.calledFalse(k, s);
        else if (['describe', 'brand', 'label', 'term'].includes(lemma)) this.calledFalse(k, s);
        else if (['respond', 'react', 'reply'].includes(lemma)) {
          this.respondToAny(k, s);
          this.respondedToFire(k, s);
          this.futureForce(k, s, k + 1, this.subjectOf(k, s));
          this.angryReaction(k, s);
          this.respondedWithForce(k, s);
        }
        else if (['pay', 'regret'].includes(lemma)) this.consequence(k, s);
        // "said Pakistan would face consequences", "Armenia would be punished", "would suffer a crushing response".
        else if (['face', 'suffer', 'get'].includes(lemma) && this.harmAhead(k + 1, s)) this.consequence(k, s);
        else if (lemma === 'punish' && (tokens[k - 1]?.lower === 'be' || (['"', '“'].includes(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.lower === 'be'))) this.consequence(tokens[k - 1]?.lower === 'be' ? k - 1 : k - 2, s);
        else if (lemma === 'claim') this.claimedAttack(k, s);
        else if (lemma === 'welcome' || lemma === 'greet') this.welcomedGuest(k, s);
        else if (lemma === 'summon') this.summoned(k, s);

        else if (lemma === 'attribute') this.attributedAttack(k, s);
        else if (lemma === 'hold') this.heldResponsible(k, s);
        else if (lemma === 'thank' || lemma === 'praise' || lemma === 'commend') this.thanked(k, s);
        else if (['exchange', 'swap', 'trade'].includes(lemma)) this.exchanged(k, s);
        else if (lemma === 'accept' || lemma === 'endorse') this.acceptedProposal(k, s);
        else if (['propose', 'invite', 'suggest'].includes(lemma)) this.proposedMeeting(k, s);
        else if (['lodge', 'file', 'register', 'lodged', 'filed', 'make', 'hand', 'deliver', 'send', 'submit', 'present'].includes(lemma)) {
          this.protestLodged(k, s);
        }

        else if (['express', 'voice', 'raise'].includes(lemma)) this.expressedDispleasure(k, s);
        else if (lemma === 'help') this.helpedFight(k, s);
        else if (lemma === 'shake' && tokens[k + 1]?.lower === 'hands') this.shookHands(k, s);
        else if (lemma === 'discuss') this.discussed(k, s);
        else if (['launch', 'conduct', 'stage', 'hold', 'begin', 'start', 'carry', 'mount', 'intensify', 'expand'].includes(lemma)) this.activity(k, s);
        if (TALK_LEADERS.has(lemma) || (['pass', 'carry', 'convey', 'ferry'].includes(lemma) && ['messages', 'message', 'proposals'].includes(tokens[k + 1]?.lower ?? ''))) this.ledTalks(k, s);
        continue;
      }
      // "would give a befitting response to any Indian aggression": a promised answer to a side.
      if (['response', 'reply', 'answer'].includes(t.lower) && tokens[k + 1]?.lower === 'to') this.responseGiven(k, s);
      // "the attack would not go unanswered": a promised answer to an act.
      if (['unanswered', 'unpunished'].includes(t.lower)) this.unansweredAct(k, s);
      if (t.lower === 'under') {
        this.underAttack(k, s);
        continue;
      }
      // "in response to rocket fire from Hezbollah": fire answered by the side it came at.
      // ("responded to rocket fire from": after a modifier the noun may be tagged as a verb.)
      if (t.lower === 'fire' && (t.pos === 'NOUN' || ['rocket', 'mortar', 'artillery', 'sniper', 'tank', 'gun', 'heavy', 'cross-border', 'unprovoked', 'hostile'].includes(tokens[k - 1]?.lower ?? '')) && tokens[k + 1]?.lower === 'from') this.answeredFire(k, s);
      // "condemned the killing of 40 Burkinabe soldiers by JNIM militants".
      if (['killing', 'killings', 'assassination', 'murder'].includes(t.lower) && tokens[k + 1]?.lower === 'of' && ['the', 'this', 'last', "'s"].includes(tokens[k - 1]?.lower ?? '')) this.killingBy(k, s);
      if (['efforts', 'effort'].includes(t.lower) && tokens[k + 1]?.lower === 'to') this.mediationEfforts(k, s);
      // "raised the prospect of military action against Armenia": force held out is a threat.
      if (t.lower === 'prospect' && tokens[k + 1]?.lower === 'of') this.raisedProspect(k, s);
      // "gave Congolese troops a 48-hour ultimatum": an ultimatum given is a threat to its receiver.
      if (['ultimatum', 'ultimatums'].includes(t.lower)) this.ultimatumGiven(k, s);
      if (['visit', 'trip'].includes(t.lower) && t.pos === 'NOUN' && tokens[k + 1]?.lower === 'to') this.visitTo(k, s);
      if (AID_NOUNS.has(t.lower) && t.pos === 'NOUN' && tokens[k + 1]?.lower === 'to') this.nominalAid(k, s);
      if (AID_NOUNS.has(t.lower) && t.pos === 'NOUN' && ['to', 'of'].includes(tokens[k + 1]?.lower ?? '')) this.aidCarriedOut(k, s);
      if (t.lower === 'recognition' && tokens[k + 1]?.lower === 'of') this.nominalRecognition(k, s);
      // "With backing from Iran, the Houthis attacked", "retook Kidal with the help of the Africa Corps".
      if (t.lower === 'with') this.withHelpOf(k, s);
      if (t.lower === 'in' && ((tokens[k + 1]?.lower === 'support' && tokens[k + 2]?.lower === 'of') || (tokens[k + 1]?.lower === 'solidarity' && tokens[k + 2]?.lower === 'with'))) this.inSupportOf(k, s);
      if (t.lower === 'negotiators' && tokens[k + 1]?.lower !== 'from') this.negotiatorsOf(k, s);
      if ((t.lower === 'negotiators' && tokens[k + 1]?.lower === 'from') || (t.lower === 'table' && tokens[k - 1]?.lower === 'negotiating')) {
        this.atTheTable(k, s);
        continue;
      }
      if (t.lower === 'with' || t.lower === 'through') {
        if (!this.helpedAgreement(k, s) && t.lower === 'with' && !this.actingWith(k, s)) this.withSupportOf(k, s);
        continue;
      }
      if ((t.lower === 'via' || t.lower === 'at') && this.helpPhrase(k, s) !== -1) {
        this.helpedAgreement(k, s);
        continue;
      }
      if (t.lower === 'protest' && t.pos === 'NOUN') {
        this.inProtestAt(k, s);
        continue;
      }
      // "hit back at criticism from Ivory Coast", "dismissed the condemnation from Baku".
      if (['criticism', 'criticisms', 'condemnation', 'censure'].includes(t.lower) && tokens[k + 1]?.lower === 'from') this.criticismAnswered(k, s);
      // "told Hamas to release the hostages or face consequences": the demand carries a threat.
      // ("gave Russia 50 days to reach a deal or face severe tariffs": penalties the demander imposes, too.)
      if (t.lower === 'or' && ['face', 'bear', 'suffer', 'risk'].includes(verbLemma(tokens[k + 1] ?? t)) && (this.harmAhead(k + 2, s) || (verbLemma(tokens[k + 1] ?? t) === 'face' && tokens.slice(k + 2, Math.min(s.end, k + 5)).some((w) => ['sanctions', 'tariffs', 'penalties'].includes(w.lower))))) this.orElse(k, s);
      // "Viktor Orban, a vocal critic of EU support for Ukraine": CRITICIZES.
      if (['critic', 'critics'].includes(t.lower) && tokens[k + 1]?.lower === 'of') this.criticOf(k, s);
      // "said there was no truth in Russian claims": DENIES.
      if (t.lower === 'truth' && tokens[k - 1]?.lower === 'no') this.noTruthIn(k, s);
      // "in an apparent swipe at Washington", "Erdogan's jab at Netanyahu", "in a rebuke to Kyiv".
      if (t.pos === 'NOUN' && ((['swipe', 'jab', 'dig', 'broadside', 'salvo'].includes(t.lower) && tokens[k + 1]?.lower === 'at') || (t.lower === 'rebuke' && tokens[k + 1]?.lower === 'to'))) this.verbalSwipe(k, s);
      // "issued a stern warning to Israel", "Iran's warning to Washington": THREATENS.
      if (['warning', 'warnings'].includes(t.lower) && t.pos === 'NOUN' && tokens[k + 1]?.lower === 'to') this.warningTo(k, s);
      // "Trump's threat to strike Iran", "In a veiled threat to Washington, Pyongyang ...".
      if (['threat', 'threats'].includes(t.lower) && t.pos === 'NOUN' && tokens[k + 1]?.lower === 'to') this.threatNoun(k, s);
      if (t.lower === 'critical' && tokens[k + 1]?.lower === 'of') {
        this.criticalOf(k, s);
        continue;
      }

      // ("Pakistan should stop its airstrikes, the Taliban spokesman said": framed by the speaker after it.)
      if (t.lower === 'must' || (t.lower === 'should' && (tokens[k - 2]?.lower === 'that' || this.spokenDemandBefore(k) || this.trailingSpeaker(k, s) !== null))) {
        this.mustDo(k, s);
        continue;
      }
      if (BACKER_NOUNS.has(t.lower) || PROXY_NOUNS.has(t.lower)) {
        if (!this.allyPhrase(k, s) && !this.ownerAppositive(k, s)) this.backerNoun(k, s);
        continue;
      }
      // "An offensive/ADJ by the army against the rebels": the adjective heads a noun phrase.
      const offensiveNoun =
        t.pos === 'ADJ' && t.lower === 'offensive' && (['by', 'against', 'on', 'into', 'in'].includes(tokens[k + 1]?.lower ?? '')
          ? ['DET', 'ADJ', 'NOUN', 'PROPN', 'PART'].includes(tokens[k - 1]?.pos ?? '') || ['its', 'their', 'his', 'her'].includes(tokens[k - 1]?.lower ?? '') || this.mentionAt(k - 1) !== null ||
            // ("a renewed/VERB offensive against": a participle modifying it.)
            (this.isParticiple(tokens[k - 1] as Token) && tokens[k - 2]?.pos === 'DET')
          : ['DET', 'PART'].includes(tokens[k - 1]?.pos ?? '') && [',', '.', 'that', 'which'].includes(tokens[k + 1]?.lower ?? ''));
      // "said it would not stand idly by if South Korea continued", "reserved the right to respond to Israel's aggression".
      // ("said Pakistan had every right to respond to India": a right claimed to answer.)
      const rightHeld = ['every', 'the', 'a'].includes(tokens[k - 1]?.lower ?? '') && ['has', 'have', 'had'].includes(tokens[k - 2]?.lower ?? '') && ['respond', 'retaliate', 'defend', 'react', 'strike'].includes(tokens[k + 2]?.lower ?? '');
      if ((t.lower === 'idly' && tokens[k + 1]?.lower === 'by') || (t.lower === 'right' && tokens[k + 1]?.lower === 'to' && (['reserve', 'reserves', 'reserved', 'reserving'].includes(tokens[k - 2]?.lower ?? '') || rightHeld))) this.heldInReserve(k, s);
      // "said U.S. warships would be legitimate targets": the speaker threatens whoever would be.
      if (['target', 'targets'].includes(t.lower) && ['legitimate', 'fair', 'legal'].includes(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'be') this.consequence(k - 2, s);
      // "led a military coalition against the Houthis", "an air campaign against the Islamic State".
      if (['campaign', 'coalition'].includes(t.lower) && tokens[k + 1]?.lower === 'against' && ['military', 'air', 'bombing', 'ground', 'armed', 'naval', 'drone', 'missile'].includes(tokens[k - 1]?.lower ?? '')) {
        this.noun(k, s, { type: 'ATTACKS', targetPreps: ['against'], between: false, confidence: 0.65 });
        continue;
      }
      // ("accused the junta of war crimes": crimes of war, no war.)
      const warCrimes = t.lower === 'war' && WAR_COMPOUNDS.has(tokens[k + 1]?.lower ?? '');
      if ((t.pos === 'NOUN' || t.pos === 'PROPN' || offensiveNoun) && !warCrimes) {
        // "A prisoner exchange between Russia and Ukraine was announced": an agreed exchange.
        // "X and Y held a joint news conference": they met.
        const jointAppearance = ['conference', 'briefing', 'appearance'].includes(t.lower) && (tokens[k - 1]?.lower === 'joint' || (['news', 'press'].includes(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'joint'));
        const trig = this.prisonerExchange(k) ? PRISONER_EXCHANGE : jointAppearance ? JOINT_APPEARANCE : NOUN_TRIGGERS.get(nounLemma(t));
        if (trig) this.noun(k, s, trig);
        else if (t.lower === 'conflict') this.conflictBetween(k, s);
      } else if (t.pos === 'AUX' && BE_FORMS.has(t.lower)) {
        this.beBehind(k, s);
      }
    }
    this.metBothInSentence(s);
  }

  /** One verb trigger; returns true when it produced or ruled out its relation. */
  verb(v: number, s: Sentence, rule: VerbTrigger, lemma: string): boolean {
    const { tokens } = this;
    // ("executions of captured Ukrainian soldiers": a participle before its noun describes it.)
    if ((tokens[v] as Token).lower.endsWith('ed') && ['of', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'newly', 'recently'].includes(tokens[v - 1]?.lower ?? '') && ['PROPN', 'NOUN', 'ADJ'].includes(tokens[v + 1]?.pos ?? '') && !['by', 'to', 'with'].includes(tokens[v + 1]?.lower ?? '')) return true;
    // ("between the Israeli negotiating team and Hamas": a participle naming a kind of team is no act.)
    if ((tokens[v] as Token).lower.endsWith('ing') && ['team', 'teams', 'delegation', 'delegations', 'table', 'partner', 'partners', 'position', 'positions'].includes(tokens[v + 1]?.lower ?? '') && (['the', 'a', 'an', 'its', 'their', 'his', 'her', "'s"].includes(tokens[v - 1]?.lower ?? '') || this.mentionAt(v - 1) !== null)) return true;
    // ("normalisation depends on Yerevan signing a peace treaty": an act named as a condition is not done.)
    if ((tokens[v] as Token).lower.endsWith('ing') && tokens.slice(Math.max(s.first, v - 6), v).some((w, i, all) => ['depends', 'depend', 'depended', 'hinges', 'hinge', 'contingent', 'conditional', 'conditioned'].includes(w.lower) && ['on', 'upon'].includes(all[i + 1]?.lower ?? ''))) return true;
    // ("Egypt has clashed with Ethiopia over the Nile dam": states named themselves clash over an issue in words.)
    if (rule.type === 'ATTACKS' && lemma === 'clash' && tokens[v + 1]?.lower === 'with') {
      const other = this.mentionAt(v + 2) ?? (tokens[v + 2]?.lower === 'the' ? this.mentionAt(v + 3) : null);
      const forceNouns = ['troops', 'forces', 'soldiers', 'army', 'police', 'guards', 'fighters', 'militias', 'militants', 'rebels', 'units', 'military'];
      const subject = this.mentionAt(v - 1) ?? (['has', 'have', 'had'].includes(tokens[v - 1]?.lower ?? '') ? this.mentionAt(v - 2) : null);
      if (other && ['over', 'about'].includes(tokens[other.end]?.lower ?? '') && !forceNouns.includes(tokens[other.end - 1]?.lower ?? '') && subject && !forceNouns.includes(tokens[subject.end - 1]?.lower ?? '')) return true;
    }
    // ("had warned Warsaw of drones straying off course": a warning that passes on news threatens no one.)
    if (lemma === 'warn' && this.mentionAt(v + 1) !== null) {
      const end = this.lastMentionEnd(v + 1, s);
      if (['of', 'about'].includes(tokens[end]?.lower ?? '') && !this.harmAhead(end + 1, s) && !['war', 'military', 'serious', 'severe', 'dire', 'grave', 'a', 'an', 'the'].includes(tokens[end + 1]?.lower ?? '')) return true;
    }
    // ("baseless actions targeting America", "sanctions targeting Russian banks": measures aimed at a side are no force.)
    if (rule.type === 'ATTACKS' && lemma === 'target' && (tokens[v] as Token).lower === 'targeting' && MEASURE_NOUNS.has(tokens[v - 1]?.lower ?? '')) return true;
    let after = v + 1;
    if (rule.particle) {
      const p = tokens[after];
      if (!p || !rule.particle.includes(p.lower)) return false;
      after++;
    } else if (rule.type === 'ATTACKS' && tokens[after]?.lower === 'down' && ['shoot', 'gun', 'bring'].includes(lemma)) {
      // "shot down a Malian drone".
      after++;
    } else if (tokens[after] && (['out', 'up'].includes((tokens[after] as Token).lower) || (lemma === 'push' && tokens[after]?.lower === 'back')) && rule.type !== 'ATTACKS') {
      // ("Russian forces were pushed back by Ukrainian troops": driven back, not pressed to act.)
      // "hit out at" belongs to another rule; "call up" is not "call on".
      return false;
    }
    // "condemned in the strongest terms the strike on Doha": the manner phrase before the object.
    if (['CRITICIZES', 'ACCUSES', 'DENIES'].includes(rule.type) && rule.object === 'direct' && tokens[after]?.lower === 'in' && ['the', 'strong', 'strongest', 'no', 'harsh', 'unequivocal'].includes(tokens[after + 1]?.lower ?? '')) {
      for (let q = after + 2; q < Math.min(s.end, after + 5); q++) {
        if (tokens[q]?.lower !== 'terms') continue;
        if (!['CCONJ', 'ADP', 'PUNCT'].includes(tokens[q + 1]?.pos ?? 'PUNCT')) after = q + 1;
        break;
      }
    }
    // ('had "neutralised" 32 PKK militants': a verb in quotes has its object after the closing quote.)
    if (['"', '“'].includes(tokens[v - 1]?.text ?? '') && ['"', '”'].includes(tokens[after]?.text ?? '') && tokens[after]?.space === '') after++;
    const t = tokens[v] as Token;
    // Passive: "was attacked by X"; reduced: "talks mediated by Turkey".
    // "backed and armed by X": the second participle shares the first one's left context.
    const coordinated = rule.type === 'SUPPORTS' && this.firstCoordinatedParticiple(v, s) < v;
    let j = coordinated ? this.leftOfParticiple(v, s) : v - 1;
    while (j >= s.first && ((tokens[j] as Token).pos === 'ADV' || ((tokens[j] as Token).lower === 'long' && (BE_FORMS.has(tokens[j - 1]?.lower ?? '') || tokens[j - 1]?.text === ',')))) j--;
    const beBefore = j >= s.first && BE_FORMS.has((tokens[j] as Token).lower);
    // "a truce brokered last month by Egypt": a time may come between the participle and its agent.
    if (tokens[after]?.lower !== 'by' && tokens[this.timeAdjunctEnd(after)]?.lower === 'by' && this.isParticiple(t)) after = this.timeAdjunctEnd(after);
    const byNext = tokens[after]?.lower === 'by' || (rule.type === 'SUPPORTS' && this.coordinatedParticipleBy(after, s));
    const passive = this.isParticiple(t) && (beBefore || (byNext && j >= s.first && ((tokens[j] as Token).text === ',' || ['NOUN', 'PROPN'].includes((tokens[j] as Token).pos) || this.mentionAt(j) !== null)));
    // "brought together X and Y": "bring" mediates only when it brings two sides together.
    // ("brought X and Y together", "brought the army and the RSF to Jeddah for talks".)
    if (lemma === 'bring' && !tokens.slice(after, Math.min(s.end, after + 8)).some((w) => w.lower === 'together') && !this.forTalksAfter(after, s)) return false;
    if (passive) return this.passive(v, s, rule, after, beBefore);

    // "ready to help Lebanon and Israel negotiate": talks a third side offers to help are not held yet.
    if (RELATION_TYPE_INFO[rule.type].symmetric && this.offeredHelpBefore(v, s)) return true;
    // "offered to host talks", "ready to broker a deal": an offer of mediation, not mediation.
    if (rule.type === 'MEDIATES' && this.offerCueBefore(v, s) !== -1) return this.offerAt(v, this.offerCueBefore(v, s), s);
    // "vowed to retaliate against X", "threatened to strike X": a threat, not an attack.
    if (rule.type === 'ATTACKS' && tokens[v - 1]?.lower === 'to' && THREAT_LEMMAS.has(verbLemma(tokens[v - 2] ?? t)) ) {
      return this.threatOfForce(v, s, rule, after);
    }
    // "vowed to keep targeting occupation forces", "threatened to continue to attack Israel": force
    // promised to go on is a threat, too.
    const goOn = this.promisedToGoOn(v);
    if (rule.type === 'ATTACKS' && goOn !== -1) return this.threatOfForce(v, s, rule, after, goOn);
    // "Iran said it would not hesitate to strike Israel": force held ready is a threat.
    if (rule.type === 'ATTACKS' && tokens[v - 1]?.lower === 'to' && verbLemma(tokens[v - 2] ?? t) === 'hesitate' && ['not', "n't", 'never'].includes(tokens[v - 3]?.lower ?? '')) {
      return this.unhesitatingForce(v, s, rule, after);
    }
    // "Turkey played a key role in brokering the deal": the subject of the role's verb mediates.
    let roleVerb = rule.type === 'MEDIATES' ? this.roleIn(v, s) : -1;
    // "Qatar has been trying to broker a deal": the subject of the verb that controls the infinitive.
    if (rule.type === 'MEDIATES' && roleVerb === -1 && tokens[v - 1]?.lower === 'to' && this.isVerb(tokens[v - 2]) && ['try', 'seek', 'work', 'continue', 'attempt', 'strive', 'scramble', 'race', 'push'].includes(verbLemma(tokens[v - 2] as Token))) roleVerb = v - 2;
    // "they had helped mediate the truce": the subject of "help" before a bare infinitive.
    if (rule.type === 'MEDIATES' && roleVerb === -1 && tokens[v - 1]?.lemma === 'help' && this.isVerb(tokens[v - 1]) && tokens[v - 2]?.lower !== 'to') roleVerb = v - 1;
    const frame = this.subjectOf(roleVerb !== -1 ? roleVerb : v, s);
    const mod = this.modality(frame.clauseStart, roleVerb !== -1 ? roleVerb : v, s);
    // "Kabul rejected the charge, accusing Islamabad of ...": the denial before the comma is of the
    // first act; the speech act in the participle after it is made.
    if (mod.negated && this.speechParticipleAfterDenial(v, s, rule.type)) mod.negated = false;
    if (mod.negated) {
      // "Rwanda says it does not support the M23": the accused speaker denies its accuser's claim.
      if (rule.type === 'SUPPORTS' || rule.type === 'ATTACKS') this.deniedOwnAct(v, s, frame);
      return true;
    }
    const speechAct = ['ACCUSES', 'CRITICIZES', 'DENIES', 'DEMANDS', 'THREATENS'].includes(rule.type);
    // "efforts to broker a ceasefire", "working to mediate": mediation under way.
    const ongoing =
      (rule.type === 'MEDIATES' && tokens[v - 1]?.lower === 'to' && ['efforts', 'effort', 'working', 'trying', 'attempts', 'bid', 'continue', 'continued', 'continues', 'helping', 'help', 'seeking', 'sought', 'push'].includes(tokens[v - 2]?.lower ?? '')) ||
      // "sent troops to support Mozambique": the purpose of a deployment that happened.
      // "sent troops to support Mozambique", "sent envoys to Juba to mediate": the purpose of a deployment that happened.
      ((rule.type === 'SUPPORTS' || rule.type === 'MEDIATES' || rule.type === 'NEGOTIATES_WITH') && tokens[v - 1]?.lower === 'to' && this.purposeOfDeployment(v - 2, s)) ||
      // "Witkoff flew to Moscow to meet Putin", "Erdogan travelled to Baku to meet Aliyev": the purpose of a trip made.
      ((rule.type === 'MEETS_WITH' || rule.type === 'NEGOTIATES_WITH') && tokens[v - 1]?.lower === 'to' && this.purposeOfTrip(v - 2, s)) ||
      // "deployed troops to fight alongside Russia": fighting on a side as the purpose of a deployment.
      (['fight', 'battle'].includes(lemma) && tokens[after]?.lower === 'alongside' && tokens[v - 1]?.lower === 'to' && this.purposeOfDeployment(v - 2, s)) ||
      // "launched a counteroffensive to retake territory from Russia": the aim of an offensive under way.
      (rule.type === 'ATTACKS' && tokens[v - 1]?.lower === 'to' && this.launchedOffensive(v - 2, s)) ||
      // "government forces pushed to retake areas seized by the White Army": ground fought for.
      (rule.type === 'ATTACKS' && tokens[v - 1]?.lower === 'to' && ['retake', 'recapture', 'capture', 'seize', 'regain', 'reclaim'].includes(lemma) && this.pushedTo(v - 2, s)) ||
      // "..., prompting Israel to strike Syrian government forces": an act the clause caused.
      (rule.type === 'ATTACKS' && tokens[v - 1]?.lower === 'to' && this.promptedTo(v - 2));
    if (mod.irrealis && !ongoing && !(rule.type === 'THREATENS' && !this.hasIrrealisBefore(v, s, frame.clauseStart, ['if', 'unless', 'whether', 'would', 'could']))) {
      if (rule.type === 'ATTACKS' && !mod.negated) this.futureForce(v, s, after, frame);
      return true;
    }
    if (!speechAct && this.governedByDenial(v, s)) return true;
    let sources = frame.subjects;
    // ("drones that helped it retake Khartoum", "helped the army recapture Kidal": the one helped does the act.)
    if (['help', 'helped', 'helps', 'helping'].includes(tokens[v - 2]?.lower ?? '') && tokens[v - 1]?.pos !== 'ADV' && tokens[v - 1]?.lower !== 'to') {
      const m = this.mentionAt(v - 1);
      const helped = m ? this.argOf(m, 'agent') : null;
      if (!helped) return true;
      sources = [helped];
    }
    // "Pashinyan and Aliyev shook hands after signing the declaration": the main clause's subjects signed.
    if (sources.length === 0 && rule.type === 'AGREES_WITH' && (tokens[v] as Token).lower.endsWith('ing') && ['after', 'before', 'upon', 'since', 'by', 'while'].includes(tokens[v - 1]?.lower ?? '')) {
      const main = this.previousFiniteVerb(v - 2, s);
      if (main !== -1 && !mod.negated && !mod.irrealis) sources = this.subjectOf(main, s).subjects;
    }
    if (sources.length === 0 && rule.type === 'ATTACKS') sources = this.speakersForces(frame.clauseStart, v, s);
    // "The Israeli military said the strikes hit Hezbollah rocket launchers": the strikes told before.
    if (sources.length === 0 && rule.type === 'ATTACKS' && this.eventSubject(frame.clauseStart, v)) sources = this.recentEventAgent(s);
    // "The strike on the Iranian consulate, widely blamed on Israel, killed ...", "The bombing, which was
    // claimed by Islamic State, targeted ...": an attack heads the subject; its agent acts, not the
    // actors named inside it.
    else if (rule.type === 'ATTACKS') {
      const head = this.eventHead(frame.clauseStart, v);
      if (head !== -1) sources = this.eventHeadAgents(head, v, s);
    }
    // "Pakistan's foreign ministry said the 'highly coordinated' strikes targeted ...": the speaker's own strikes, told before.
    if (sources.length === 0 && rule.type === 'ATTACKS') sources = this.speakersOwnStrikes(frame.clauseStart, v, s);
    // "The UN warned Israel that ...", "Amnesty warned Hungary": a warning from a body that wields no
    // force is advice, not a threat.
    if (lemma === 'warn') sources = sources.filter((a) => !this.forceless(this.sideOf(a.actorId)));
    // "had warned residents to leave", "warned civilians to evacuate": a warning to people in harm's way threatens no side.
    if (lemma === 'warn' && this.warnedPeople(after, s)) return true;
    // "Ethiopia's policies threaten Egypt's water security": a thing of a state endangers; the state threatens no one.
    if (lemma === 'threaten' && sources.length > 0 && sources.every((a) => a.mention && tokens[a.mention.end]?.lower === "'s" && (OWNED_ACTS.has(tokens[a.mention.end + 1]?.lower ?? '') || ['dam', 'project', 'programme', 'program', 'ambitions', 'expansion'].includes(tokens[a.mention.end + 1]?.lower ?? '')))) return true;
    // "a move Mexico warned could open the door to U.S. action": the effects of another's act foretold.
    if (lemma === 'warn' && ['could', 'would', 'might', 'may', 'will'].includes(tokens[after]?.lower ?? '')) return true;
    // ("Zelenskiy has warned that his country faces one of the most difficult moments": a danger to one's own.)
    if (lemma === 'warn' && tokens[after]?.lower === 'that' && ['his', 'her', 'its', 'their', 'our'].includes(tokens[after + 1]?.lower ?? '') && ['country', 'nation', 'people', 'state', 'government', 'economy'].includes(tokens[after + 2]?.lower ?? '')) return true;
    // ("Tusk warned that the incursion had brought Europe closer to open conflict": a past effect told, no threat.)
    if (lemma === 'warn' && tokens[after]?.lower === 'that') {
      let q = after + 1;
      while (q < Math.min(s.end, after + 9) && !['AUX', 'VERB'].includes((tokens[q] as Token).pos)) q++;
      // ("warned that Iran was ready to respond" is a threat in the past tense.)
      const poised = ['ready', 'prepared', 'determined', 'willing', 'poised', 'going', 'set', 'about'].includes(tokens[q + 1]?.lower ?? '');
      const past = ['had', 'was', 'were'].includes(tokens[q]?.lower ?? '') && !poised && !tokens.slice(q, s.end).some((w) => ['will', 'would', 'could', 'might', 'may', 'if', 'unless', 'must', "'ll"].includes(w.lower));
      if (past) return true;
    }
    // "Belarus warned Poland about the drones": told of a danger, not threatened.
    if (lemma === 'warn' && this.mentionAt(after) !== null && tokens[this.lastMentionEnd(after, s)]?.lower === 'about') return true;
    // "had warned Warsaw of the approaching drones": an alert of a danger, not a threat.
    if (lemma === 'warn' && this.mentionAt(after) !== null && tokens[this.lastMentionEnd(after, s)]?.lower === 'of') {
      const o = this.lastMentionEnd(after, s) + 1;
      const w = tokens[o]?.lower === 'the' || tokens[o]?.lower === 'a' || tokens[o]?.lower === 'an' ? tokens[o + 1]?.lower : tokens[o]?.lower;
      if (['approaching', 'incoming', 'danger', 'dangers', 'risk', 'risks', 'presence', 'possibility', 'threat'].includes(w ?? '')) return true;
    }
    // "..., a charge it denies", "an allegation the Gulf state rejects": the one just accused denies.
    if (sources.length === 0 && rule.object === 'accusation') {
      let a = v - 1;
      while (a > frame.clauseStart - 1 && a > v - 6 && !ACCUSATION_NOUNS.has((tokens[a] as Token).lower) && !this.mentionAt(a)) a--;
      const last = this.lastAccusation();
      if (ACCUSATION_NOUNS.has(tokens[a]?.lower ?? '') && ['a', 'an', 'the'].includes(tokens[a - 1]?.lower ?? '') && tokens[a - 2]?.text === ',' && last && last.sentence === s.index) {
        sources = [{ actorId: this.sideOf(last.target), mention: null, weight: 0.85 }];
      }
    }
    // "each side accusing the other", "Each blamed the other for ...": every side of the pair on the other.
    const eachPair = this.eachOtherPair(v, after, s, sources);
    if (eachPair) {
      const outer = this.claimantFor(v, s);
      const alleged = !speechAct && this.allegedByFrame(v, s);
      const confidence = rule.confidence * (mod.hedged ? 0.7 : 1) * 0.9;
      for (const a of eachPair) this.emit(rule.type, [a], eachPair.filter((b) => b !== a), s, confidence, speechAct ? a.actorId : outer, alleged);
      return true;
    }
    if (rule.object === 'accusation') {
      // "Sudan accused the UAE of arming the RSF, which it denies": the one accused in the clause the relative stands for.
      const last = this.lastAccusation();
      let w = v - 1;
      while (w > s.first && (tokens[w] as Token).pos === 'ADV') w--;
      if (['it', 'they'].includes(tokens[w]?.lower ?? '') && tokens[w - 1]?.lower === 'which' && tokens[w - 2]?.text === ',' && last && last.sentence === s.index) {
        sources = [{ actorId: this.sideOf(last.target), mention: null, weight: 0.85 }];
      }
    }
    if (sources.length === 0) return lemma === 'warn';
    let confidence = rule.confidence * (mod.hedged ? 0.7 : 1);
    const outer = this.claimantFor(v, s);
    const claimant = speechAct ? (outer ?? sources[0]?.actorId ?? null) : outer;
    const alleged = !speechAct && this.allegedByFrame(v, s);
    // ("Colombia has not accused Venezuela of harbouring ELN commanders": a charge not made alleges nothing.)
    if (alleged && this.negatedAllegation(v, s)) return true;
    // "Kinshasa accused Kigali of sending troops to fight alongside the M23": an infinitive inside the
    // charge is the accused's act, told by the allegation; the accuser does not do it.
    if (alleged && tokens[v - 1]?.lower === 'to') {
      for (let q = v - 2; q >= s.first; q--) {
        const w = tokens[q] as Token;
        if (this.isVerb(w) && ['accuse', 'blame', 'allege'].includes(verbLemma(w))) {
          const accusers = new Set(this.subjectOf(q, s).subjects.map((a) => this.sideOf(a.actorId)));
          if (sources.some((a) => accusers.has(this.sideOf(a.actorId)))) return true;
          break;
        }
      }
    }

    // "troops fought alongside Ethiopian forces": fighting on someone's side supports it.
    if (rule.type === 'ATTACKS' && ['fight', 'battle'].includes(lemma) && tokens[after]?.lower === 'alongside') {
      const allies = this.objectAfter(after + 1, s, 'target', 3);
      if (allies.length > 0) this.emit('SUPPORTS', sources, allies, s, 0.7 * (mod.hedged ? 0.7 : 1), claimant, alleged);
      // "... alongside Y against Z": both fight Z.
      const enemies = this.prepObject(after + 1, s, ['against'], 10, 'attack-target');
      if (enemies.length > 0) this.emit('ATTACKS', [...sources, ...allies], enemies, s, confidence * 0.9, claimant, alleged);
      return true;
    }
    // "Thailand and Cambodia each denied starting the clashes": each denies the other's charge.
    if (rule.type === 'DENIES' && sources.length === 2 && tokens[v - 1]?.lower === 'each' && this.sideOf((sources[0] as Arg).actorId) !== this.sideOf((sources[1] as Arg).actorId)) {
      for (const a of sources) this.emit('DENIES', [a], sources.filter((b) => b !== a), s, confidence * 0.9, a.actorId, false);
      return true;
    }
    // "X and Y accused each other"
    const eo = tokens[after];
    if (eo && EACH_OTHER.has(eo.lower) && ['other', 'another'].includes(tokens[after + 1]?.lower ?? '')) {
      if (sources.length >= 2) {
        for (const a of sources) this.emit(rule.type, [a], sources.filter((b) => b !== a), s, confidence * 0.95, speechAct ? a.actorId : claimant, alleged);
      }
      return true;
    }

    // "Rwanda condemned the accusation", "denounced the 'false accusations' by Kinshasa": an accusation
    // against the subject, criticised, is denied.
    if (rule.type === 'CRITICIZES' && rule.object === 'direct' && this.accusationObject(after, s, sources)) return this.denial(v, after, s, sources, confidence, outer);
    switch (rule.object) {
      case 'accusation':
        return this.denial(v, after, s, sources, confidence, outer);
      case 'parties': {
        // "chaired the talks", "sponsored the negotiations": only talks are chaired or sponsored as mediation.
        if (['chair', 'sponsor'].includes(lemma) && !tokens.slice(after, Math.min(s.end, after + 4)).some((w) => TALKS_NOUNS.has(w.lower) && w.pos === 'NOUN')) return false;
        // "hosted the two sides", "hosted delegations from Russia and Ukraine", "convened a meeting of X and Y":
        // the guests are the parties.
        const guests = ['host', 'convene', 'bring'].includes(lemma) ? this.guestParties(after, s) : [];
        // ("convened an emergency meeting of European leaders": a meeting of its own members mediates nobody's talks.)
        if (['host', 'convene', 'chair'].includes(lemma) && guests.length < 2 && this.meetingOfMembers(after, s)) return true;
        let { args, inferred } = guests.length === 2 ? { args: guests, inferred: false } : lemma === 'bring' ? { args: [] as Arg[], inferred: true } : this.mediationTargets(after, s);
        // "Oman brokered the deal with the group": the one party named after "with", when no pair is.
        if (args.length < 2 && ['broker', 'mediate'].includes(lemma)) {
          const withParty = this.dealWith(after, s);
          if (withParty) ({ args, inferred } = { args: [withParty], inferred: false });
        }
        // "Saudi Arabia and Iran said they had helped mediate the truce": the speakers found as the pair are
        // the mediators themselves; the truce is the one of the latest pair in talks.
        if (inferred && args.length === 2 && THIRD_PARTY_MEDIATION.has(lemma) && args.every((a) => sources.some((x) => this.sideOf(x.actorId) === this.sideOf(a.actorId)))) args = this.talksInView(s);
        // "Qatar helped broker a ceasefire between Iran and Israel along with the United States": a co-mediator.
        if (['broker', 'mediate', 'facilitate'].includes(lemma)) {
          for (let q = after; q < Math.min(s.end, after + 14); q++) {
            const w = tokens[q] as Token;
            if (CLAUSE_BREAKS.has(w.text) || (this.isVerb(w) && q > after)) break;
            const withAt = ['along', 'together'].includes(w.lower) && tokens[q + 1]?.lower === 'with' ? q + 2 : w.lower === 'alongside' ? q + 1 : -1;
            if (withAt !== -1) {
              const parties = new Set(args.map((a) => this.sideOf(a.actorId)));
              sources = [...sources, ...this.objectAfter(withAt, s, 'agent', 2).filter((a) => !parties.has(this.sideOf(a.actorId)))];
              break;
            }
          }
        }
        if (args.length < 2 && lemma === 'host') {
          // "X hosted Syrian President Y": a visit, not mediation.
          // "hosts Sudanese refugees": people who fled a state are not its guests.
          // "hosted Ukraine-U.S. talks": the first of a hyphenated pair is no guest.
          // ("hosted Duterte supporters": a person's followers are not the person.)
          const guests = this.objectAfter(after, s, 'target', 4).filter((g) => !(g.mention && ['supporters', 'loyalists', 'followers', 'allies', 'critics', 'opponents'].includes(tokens[g.mention.end]?.lower ?? ''))).filter((g) => !(g.mention && tokens[g.mention.end]?.text === '-' && tokens[g.mention.end + 1]?.space === '')).filter((g) => !(g.mention?.form === 'demonym' && ['refugees', 'migrants', 'asylum', 'asylum-seekers', 'workers', 'students', 'nationals', 'pilgrims', 'tourists', 'civilians', 'people', 'exiles', 'evacuees'].includes(tokens[g.mention.end]?.lower ?? ''))).filter((g) => !(g.mention?.form === 'demonym' && [g.mention.end, g.mention.end + 1].some((e) => TALKS_NOUNS.has(tokens[e]?.lower ?? '') && this.nationsOwnTalks(e, s))));
          // "who host PKK camps", "hosting French troops": sheltering a force supports it.
          const sheltered = this.hostedForce(after, s);
          if (sheltered.length > 0) {
            this.emit('SUPPORTS', sources, sheltered, s, 0.7 * (mod.hedged ? 0.7 : 1), claimant, alleged);
            return true;
          }
          // "hosted Eritrean President Afwerki and Somali President Mohamud": each guest meets the host.
          if (guests.length >= 1) {
            // "Algeria hosts the Polisario Front": an armed group itself, not its delegation, is sheltered.
            let end = this.lastMentionEnd(after, s);
            // ("hosts Russian contractors at the al-Jufra air base": a force stationed, not a visit.)
            if (['contractors', 'mercenaries', 'instructors', 'advisers', 'advisors', 'personnel', 'jets', 'warplanes', 'bombers'].includes(tokens[end]?.lower ?? '')) return true;
            // ("hosted a Houthi negotiating team": the kind of team before its head.)
            if (tokens[end]?.lower.endsWith('ing') && ['team', 'teams', 'delegation', 'delegations'].includes(tokens[end + 1]?.lower ?? '')) end++;
            const armed = guests.filter((g) => this.info(g.actorId)?.kind === 'armed-group');
            // "hosted a delegation of the RSF", "hosted envoys from the Taliban": its people came on a visit.
            let d = after;
            while (d < s.end && d < after + 3 && ['a', 'an', 'the', 'senior', 'high-level', 'top', 'political'].includes((tokens[d] as Token).lower)) d++;
            const envoysOf = ['delegation', 'delegations', 'envoy', 'envoys', 'negotiators', 'representatives', 'emissaries'].includes(tokens[d]?.lower ?? '') && ['of', 'from'].includes(tokens[d + 1]?.lower ?? '');
            if (armed.length === guests.length && !envoysOf && !TITLE_WORDS.has(tokens[end]?.lower ?? '') && !['delegation', 'delegations', 'leader', 'leaders', 'chief', 'negotiators', 'representatives', 'team', 'teams', 'envoy', 'envoys'].includes(tokens[end]?.lower ?? '')) {
              this.emit('SUPPORTS', sources, armed, s, 0.65 * (mod.hedged ? 0.7 : 1), claimant, alleged);
              return true;
            }
            this.emit('MEETS_WITH', sources, guests, s, 0.7 * (mod.hedged ? 0.7 : 1), claimant, alleged);
            return true;
          }
        }
        if (args.length === 0 && inferred && THIRD_PARTY_MEDIATION.has(lemma) && this.bareTalksObject(after, s)) {
          this.memory.pendingMediation = { agents: [...sources], sentence: s.index, confidence: confidence * 0.8, claimant };
        }
        if (args.length < 2 && !(args.length === 1 && !inferred)) return false;
        // A party to the talks does not mediate them: the subject found is not a third side.
        const partySides = new Set(args.map((a) => this.sideOf(a.actorId)));
        if (sources.some((a) => partySides.has(this.sideOf(a.actorId)))) return true;
        // "Qatar, together with Egypt and the United States, has mediated": the companions mediate too.
        const alongside = tokens[after]?.lower === 'alongside' ? this.objectAfter(after + 1, s, 'agent', 2) : [];
        const companions = [...this.companionsOf(frame, v), ...alongside].filter((a) => !partySides.has(this.sideOf(a.actorId)));
        this.emit(rule.type, [...sources, ...companions], args, s, confidence * (inferred ? 0.8 : 1), claimant, alleged);
        // "hosted the foreign ministers of Armenia and Azerbaijan for talks": the guests talked.
        if (guests.length === 2 && this.forTalksAfter(after, s)) {
          const [a, b] = guests as [Arg, Arg];
          this.emit('MEETS_WITH', [a], [b], s, 0.7 * (mod.hedged ? 0.7 : 1), claimant, alleged);
          if (tokens.slice(after, s.end).some((w) => ['talks', 'negotiations'].includes(w.lower))) this.emit('NEGOTIATES_WITH', [a], [b], s, 0.7 * (mod.hedged ? 0.7 : 1), claimant, alleged);
        }
        return true;
      }
      case 'clause': {
        let k = after;
        // "demanded on Monday that Belarus release ...": a time adjunct before the clause.
        const adjunct = tokens[k]?.lower === 'on' && CALENDAR_DAYS.has(tokens[k + 1]?.lower ?? '') ? 2 : ['again', 'also', 'repeatedly', 'publicly'].includes(tokens[k]?.lower ?? '') ? 1 : 0;
        if (adjunct > 0 && tokens[k + adjunct]?.lower === 'that') k += adjunct;
        // ("demanded guarantees that Israel would withdraw", "sought assurances that Kyiv would not ..."): the clause on the noun.
        let g = k;
        while (g < Math.min(s.end, k + 3) && ['firm', 'written', 'international', 'clear', 'a', 'binding', 'ironclad', 'u.s.', 'american'].includes(tokens[g]?.lower ?? '')) g++;
        if (['guarantees', 'guarantee', 'assurances', 'assurance', 'commitment', 'commitments', 'pledge', 'pledges'].includes(tokens[g]?.lower ?? '') && tokens[g + 1]?.lower === 'that') k = g + 1;
        if (tokens[k]?.lower === 'that') k++;
        // "demanded the release of Bazoum": the actor inside a demanded thing is not who is asked.
        // ("demanded the withdrawal of the RSF": who withdraws is asked to.)
        const demandedThing = tokens[k]?.pos === 'DET' && tokens[k + 1]?.pos === 'NOUN' && tokens[k + 2]?.lower === 'of' && !['withdrawal', 'pullout', 'retreat', 'disarmament', 'departure', 'surrender'].includes(tokens[k + 1]?.lower ?? '');
        let targets = demandedThing ? [] : this.objectAfter(k, s, 'target', 3);
        // ("demanded the release of U.N. staff detained by the Houthis", "of jailed protesters in Georgia":
        // the side that holds them is asked.)
        let r = k;
        while (r < Math.min(s.end, k + 3) && ['the', 'immediate', 'unconditional', 'swift', 'prompt', 'safe'].includes(tokens[r]?.lower ?? '')) r++;
        if (targets.length === 0 && tokens[r]?.lower === 'release' && tokens[r + 1]?.lower === 'of') {
          for (let q = r + 2; q < Math.min(s.end, r + 12); q++) {
            const w = tokens[q] as Token;
            if (CLAUSE_BREAKS.has(w.text) || (this.isVerb(w) && !['held', 'detained', 'jailed', 'imprisoned', 'abducted', 'kidnapped', 'seized', 'captured', 'arrested'].includes(w.lower))) break;
            if (['held', 'detained', 'jailed', 'imprisoned', 'abducted', 'kidnapped', 'seized', 'captured', 'arrested'].includes(w.lower) && tokens[q + 1]?.lower === 'by') {
              targets = this.objectAfter(q + 2, s, 'target', 2);
              break;
            }
            if (w.lower === 'in' && ['jailed', 'detained', 'imprisoned', 'arrested'].some((x) => tokens.slice(r + 2, q).some((y) => y.lower === x))) {
              const m = this.mentionAt(q + 1);
              const arg = m && m.form === 'name' && this.info(m.actorId)?.kind === 'country' ? this.argOf({ ...m, place: false }, 'target') : null;
              if (arg) targets = [arg];
              break;
            }
          }
          targets = targets.filter((a) => !sources.some((b) => this.sideOf(b.actorId) === this.sideOf(a.actorId)));
        }
        if (targets.length === 0 && rule.preps) {
          const viaPrep = this.prepObject(after, s, rule.preps, 8);
          if (viaPrep.length > 0) {
            this.emit(rule.type, sources, viaPrep, s, confidence, claimant, alleged);
            return true;
          }
        }
        if (targets.length === 0) return false;
        this.emit(rule.type, sources, targets, s, confidence, claimant, alleged);
        return true;
      }
      case 'prep':
      case 'direct': {
        const role: Role = rule.type === 'ATTACKS' ? 'attack-target' : 'target';
        // "launched a diplomatic campaign against", "launched an investigation into": no force.
        if (lemma === 'launch' && rule.type === 'ATTACKS' && this.launchedNoForce(after, s)) return true;
        // "Qatar negotiated a ceasefire between Israel and Hamas": negotiating others' deal is mediation.
        if (rule.type === 'NEGOTIATES_WITH' && tokens[after]?.lower !== 'with') {
          let d = after;
          while (d < s.end && d < after + 4 && ['a', 'an', 'the', 'new', 'fresh', 'permanent', 'lasting', 'temporary', 'humanitarian', 'prisoner', 'peace'].includes((tokens[d] as Token).lower)) d++;
          if (['ceasefire', 'truce', 'deal', 'agreement', 'accord', 'exchange', 'swap', 'settlement', 'release', 'pause', 'peace'].includes(tokens[d]?.lower ?? '') && tokens[d + 1]?.lower === 'between') {
            const pair = this.betweenAt(d + 1, s);
            const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
            if (pair.length === 2 && pair.every((a) => !sides.has(this.sideOf(a.actorId)))) {
              this.emit('MEDIATES', sources, pair, s, 0.75 * (mod.hedged ? 0.7 : 1), claimant, alleged);
              return true;
            }
          }
        }
        let targets: Arg[] = [];
        // "M23, which Congo accuses of being a proxy": "of" right after the verb means the object is a gap.
        const gap = rule.allegation?.includes(tokens[after]?.lower ?? '') ?? false;
        // "The RSF, which receives weapons from the UAE": the giver supports the receiver.
        if (lemma === 'receive') {
          const givers = this.resourceFrom(after, s);
          if (givers.length > 0) {
            // ("Afghan refugees returning from Pakistan received aid": where people came from receives nothing.)
            const receivers = sources.filter((a) => !this.namedAsPlace(a));
            if (receivers.length > 0) this.emit('SUPPORTS', givers, receivers, s, 0.7 * (mod.hedged ? 0.7 : 1), claimant, alleged);
            return true;
          }
        }
        // "Eritrea's information ministry attacked Ethiopia's 'belligerent rhetoric'": words and policies
        // are attacked by criticism, not by force.
        if (rule.type === 'ATTACKS' && ['attack', 'assail', 'slam'].includes(lemma) && !gap) {
          const said = this.spokenAct(after, s);
          if (said) {
            if (!sources.some((a) => this.sideOf(a.actorId) === this.sideOf(said.actorId))) this.emit('CRITICIZES', sources, [said], s, 0.7 * (mod.hedged ? 0.7 : 1), outer ?? sources[0]?.actorId ?? null, false);
            return true;
          }
        }
        if (rule.object === 'direct' && !gap) targets = this.objectAfter(after, s, role);
        // ("The Quad, the UAE among them, urged the two sides to agree": a pair that holds a speaker is
        // no pair it addresses; the pair before it is.)
        if (targets.length === 2 && targets.every((a) => a.mention === null) && targets.some((a) => sources.some((b) => this.sideOf(b.actorId) === this.sideOf(a.actorId)))) {
          const prior = this.memory.priorDyad;
          targets = prior && s.index - this.memory.priorDyadSentence <= 4 && !prior.some((a) => sources.some((b) => this.sideOf(b.actorId) === this.sideOf(a.actorId))) ? prior.map((a) => ({ ...a, mention: null, weight: a.weight * 0.8 })) : [];
        }
        // ("accusing the Gulf state of arming the RSF": the one accused is named before "of", or not at all.)
        if (rule.allegation && targets[0]?.mention) {
          const named = targets[0].mention.first;
          if (tokens.slice(after, named).some((w) => rule.allegation?.includes(w.lower))) targets = [];
        }
        // "deplored the violation of Qatar's sovereignty": the state whose sovereignty was violated is the
        // victim; the criticism is of the one who attacked it.
        if (rule.type === 'CRITICIZES' && targets.length === 1 && targets[0]?.mention && ["'s", "'"].includes(tokens[targets[0].mention.end]?.lower ?? '') && ['sovereignty', 'airspace', 'territory', 'integrity', 'waters', 'borders', 'territorial'].includes(tokens[targets[0].mention.end + 1]?.lower ?? '')) {
          targets = this.latestAttackerOf(targets);
        }
        // "Sudan's army shelled Omdurman, a key RSF stronghold": a town of the attacker's own state is
        // where it struck, not whom; the rules below look for the side that holds it.
        if (rule.type === 'ATTACKS' && targets.length > 0 && targets.every((a) => a.mention?.form === 'city' && this.ownState(sources, a.actorId))) targets = [];
        // "Ukraine's air force said Russia attacked the country": "the country" is not the subject's own;
        // it is the speaking state's.
        if (rule.type === 'ATTACKS' && !gap && targets.length > 0 && targets.every((a) => a.mention?.form === 'coreference' && sources.some((b) => this.sideOf(b.actorId) === this.sideOf(a.actorId)))) targets = this.speakersCountry(after, s, outer, sources);
        // "retook the area south of Khartoum from the RSF": ground named by a capital was taken from the "from" side.
        if (rule.type === 'ATTACKS' && rule.preps?.includes('from') && targets.length > 0 && targets.every((a) => a.mention?.form === 'capital' || a.mention?.place)) {
          const from = this.prepObject(after, s, ['from'], 12, role);
          if (from.length > 0) targets = from;
        }
        // "received a delegation from Hamas", "met envoys of the M23": the side the delegation speaks for.
        if (rule.type === 'MEETS_WITH' && targets.length === 0) {
          let d = after;
          if (['a', 'an', 'the'].includes(tokens[d]?.lower ?? '')) d++;
          while (d < s.end && ['high-level', 'senior', 'joint', 'large', 'small', 'visiting', 'negotiating'].includes((tokens[d] as Token).lower)) d++;
          if (['delegation', 'delegations', 'team', 'envoys', 'envoy', 'representatives', 'emissary', 'emissaries'].includes(tokens[d]?.lower ?? '') && ['from', 'of'].includes(tokens[d + 1]?.lower ?? '')) {
            const m = this.mentionAt(tokens[d + 2]?.lower === 'the' ? d + 3 : d + 2);
            if (m) targets = this.objectAfter(d + 2, s, role, 2);
          }
        }
        // "struck what the military called hideouts of the Pakistani Taliban": the named thing after the aside.
        if (rule.object === 'direct' && !gap && rule.type === 'ATTACKS' && tokens[after]?.lower === 'what') {
          targets = [];
          let c = after + 1;
          while (c < Math.min(s.end, after + 5) && !['called', 'calls', 'described', 'termed', 'said', 'says'].includes((tokens[c] as Token).lower)) c++;
          // ("struck what it said were bases of the TTP": the copula after the speech verb, too.)
          // ("struck what the military described as TTP hideouts": past "as".)
          if (c < Math.min(s.end, after + 5)) targets = this.objectAfter(['are', 'were', 'is', 'was', 'as'].includes(tokens[c + 1]?.lower ?? '') ? c + 2 : c + 1, s, role);
        }
        // "has armed and financed the RSF", "trains, arms and funds the Houthis": verbs of one kind share the object.
        if (rule.object === 'direct' && !gap && targets.length === 0) targets = this.sharedObject(after, s, rule.type, role);
        // "The M23, which Rwanda supports, seized Bukavu": the object is the relative's antecedent.
        // ("11 U.N. staff, whom the group accused of spying for Israel": the charge follows at once.)
        if (rule.object === 'direct' && targets.length === 0 && ([',', '.', ';'].includes(tokens[after]?.text ?? '.') || (rule.allegation ?? []).includes(tokens[after]?.lower ?? '')) && rule.type !== 'THREATENS') {
          const relAt = tokens[frame.clauseStart]?.lower === 'whom' ? frame.clauseStart : frame.clauseStart - 1;
          const rel = tokens[relAt];
          if (rel && ['which', 'whom', 'that'].includes(rel.lower)) targets = this.relativeAntecedent(relAt, s);
        }
        if (rule.object === 'prep' && rule.particle) targets = this.objectAfter(after, s, role);
        if (rule.needsTo && targets.length > 0) {
          // "told X to stop", "called for Israel to allow": the object is asked to act.
          let end = this.lastMentionEnd(after, s);
          while (end !== -1 && end < s.end && ((tokens[end] as Token).pos === 'NOUN' || (tokens[end] as Token).lower === "'s")) end++;
          if (tokens[end]?.lower === 'not') end++;
          if (tokens[end]?.lower !== 'to') return false;
        }
        // "fired more than 100 ballistic missiles at Israel", "launched a barrage of drones and missiles at":
        // the projectiles fired may take a long noun phrase.
        // "retaken the Jebel Aulia area south of Khartoum from the RSF": ground taken may be a long place phrase.
        if (targets.length === 0 && rule.preps) targets = this.prepObject(after, s, rule.preps, rule.type === 'ATTACKS' && ['fire', 'launch'].includes(lemma) ? 10 : rule.type === 'ATTACKS' && rule.preps.includes('from') ? 12 : 6, role);
        // "launched missiles at what it said were bases of Jaish al-Adl": the named thing after the aside.
        if (targets.length === 0 && rule.type === 'ATTACKS' && rule.preps) targets = this.asideTarget(after, s, rule.preps, role);
        if (rule.type === 'ACCUSES' && targets.length === 0) targets = this.blameOn(after, s);
        // "lashed out at Israel, accusing it of genocide": "it" is the one just named as the object.
        if (targets.length === 0 && ['ACCUSES', 'CRITICIZES', 'DEMANDS', 'THREATENS'].includes(rule.type) && ['it', 'them'].includes(tokens[after]?.lower ?? '') && tokens[v - 1]?.text === ',') targets = this.objectBefore(v, s, sources);
        if (targets.length === 0 && rule.type === 'ACCUSES' && rule.allegation?.includes(tokens[after]?.lower ?? '')) {
          // "M23, which Congo accuses of being a proxy": the relative pronoun is the object.
          targets = this.relativeAntecedent(frame.clauseStart - 1, s);
        }
        // ("ECOWAS condemned the attempted takeover": a coup whose plotters are not named is no one's act here.)
        if (targets.length === 0 && rule.type === 'CRITICIZES' && ['the', 'this', 'an', 'a', 'any'].includes(tokens[after]?.lower ?? '')) {
          let c = after + 1;
          while (c < Math.min(s.end, after + 4) && ['ADJ', 'VERB'].includes((tokens[c] as Token).pos) && !this.mentionAt(c)) c++;
          if (['coup', 'takeover', 'putsch', 'mutiny', 'coups'].includes(tokens[c]?.lower ?? '') && !['by', 'in', 'against'].includes(tokens[c + 1]?.lower ?? '')) return true;
        }
        // "demanded that Hezbollah withdraw, threatening military action": the side the demand was made of.
        if (targets.length === 0 && rule.type === 'THREATENS' && lemma === 'threaten') targets = this.threatAfterSpeech(v, after, s, sources);
        if (targets.length === 0 && rule.type === 'CRITICIZES') targets = this.byAgentInObject(after, s);
        if (targets.length === 0 && rule.type === 'CRITICIZES') targets = this.eventAgentObject(after, s, sources);
        if (targets.length === 0 && rule.type === 'CRITICIZES') targets = this.gapAgent(frame, s, sources);
        // "Russia criticised the agreement": the parties to the agreement criticised.
        if (targets.length === 0 && rule.type === 'CRITICIZES') targets = this.agreementParties(after, s, sources);
        // "Russian police killed two Azerbaijanis during raids, which Azerbaijan condemned": the act of
        // the clause the relative stands for is its subject's.
        // ("Israel struck Beirut, an attack that Iran condemned": an act in apposition, too.)
        // ("Nicaragua expelled prisoners, a move the United Nations condemned": without "that", too.)
        let gapNoun = (frame.subjects[0]?.mention?.first ?? frame.clauseStart) - 1;
        if (tokens[gapNoun]?.lower === 'the') gapNoun--;
        if (tokens[gapNoun]?.lower === 'that') gapNoun--;
        const actGap = ['attack', 'strike', 'strikes', 'decision', 'move', 'step', 'raid', 'operation', 'incursion'].includes(tokens[gapNoun]?.lower ?? '') && ['a', 'an', 'the'].includes(tokens[gapNoun - 1]?.lower ?? '') && tokens[gapNoun - 2]?.text === ',';
        // ("..., which Beijing denounced as a gross violation": the judgement may follow.)
        if (targets.length === 0 && rule.type === 'CRITICIZES' && ([',', '.', ';'].includes(tokens[after]?.text ?? '.') || tokens[after]?.lower === 'as') && ((tokens[frame.clauseStart - 1]?.lower === 'which' && tokens[frame.clauseStart - 2]?.text === ',') || actGap)) {
          const main = this.previousFiniteVerb(actGap ? gapNoun - 3 : frame.clauseStart - 3, s);
          const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
          if (main !== -1) targets = this.subjectOf(main, s).subjects.filter((a) => !sides.has(this.sideOf(a.actorId))).map((a) => ({ ...a, weight: a.weight * 0.85 }));
        }
        // "deplored the Belgian decision to cut ties": the actor of the act criticised.
        if (targets.length === 0 && rule.type === 'CRITICIZES' && rule.object === 'direct') {
          // ("criticised EU plans": a bare name right after the verb owns the act, too.)
          const owner = this.actOwner(after, s, true);
          if (owner && !sources.some((a) => this.sideOf(a.actorId) === this.sideOf(owner.actorId))) targets = [owner];
        }
        // "Uganda deployed troops to Juba. The SPLM-IO slammed the move": the agent of the act just reported.
        if (targets.length === 0 && rule.type === 'CRITICIZES' && rule.object === 'direct') targets = this.earlierActAgent(after, s, sources);
        if (targets.length === 0 && rule.type === 'CRITICIZES' && tokens[after]?.lower === 'what') {
          // "condemned what it called 'excessive use of force' by the United States", "what it called
          // unprovoked Indian aggression".
          const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
          let named: Arg[] = [];
          for (let k = after + 1; k < Math.min(s.end, after + 15); k++) {
            if ((tokens[k] as Token).text === ';' || (tokens[k] as Token).text === '.') break;
            if ((tokens[k] as Token).lower === 'by') {
              targets = this.objectAfter(k + 1, s, 'agent', 2);
              break;
            }
            const m = this.mentionAt(k);
            // ("condemned what they called threats against the IAEA chief": the one threatened is no target.)
            const at = m ? (tokens[m.first - 1]?.lower === 'the' ? m.first - 2 : m.first - 1) : -1;
            // ("what it called a violation of Iran's sovereignty": the one wronged, too.)
            const wronged = tokens[at]?.lower === 'of' && ['violation', 'violations', 'breach', 'infringement', 'disregard', 'invasion'].includes(tokens[at - 1]?.lower ?? '');
            if (m && (['against', 'on', 'targeting', 'at'].includes(tokens[at]?.lower ?? '') || wronged)) break;
            const arg = m && named.length === 0 && k > after + 2 && !this.locative(m) ? this.argOf(m, 'target') : null;
            const head = m ? (['"', '“'].includes(tokens[m.end]?.text ?? '') ? m.end + 1 : m.end) : k;
            if (arg && !sides.has(this.sideOf(arg.actorId)) && (['ADJ', 'NOUN'].includes(tokens[head]?.pos ?? '') || tokens[head]?.lower === "'s")) named = [arg];
            if (m) k = m.end - 1;
          }
          if (targets.length === 0) targets = named;
          // ("U.S. forces struck targets in Caracas. Rodriguez condemned what she called a criminal act of
          // aggression": an act of force named so, with no agent given, is the latest strike's.)
          if (targets.length === 0 && tokens.slice(after + 1, Math.min(s.end, after + 10)).some((w, i, all) => ['aggression', 'attack', 'attacks', 'strike', 'strikes', 'assault', 'bombing', 'bombardment', 'incursion', 'invasion'].includes(w.lower) && !['on', 'against'].includes(all[i + 1]?.lower ?? ''))) {
            targets = this.recentEventAgent(s).filter((a) => !sides.has(this.sideOf(a.actorId)));
          }
        }
        if (targets.length === 0 && rule.type === 'ATTACKS' && (['its', 'their'].includes(tokens[after]?.lower ?? '') || (['on', 'at'].includes(tokens[after]?.lower ?? '') && ['its', 'their'].includes(tokens[after + 1]?.lower ?? ''))) && outer && outer !== sources[0]?.actorId) {
          // "Yerevan said Azerbaijani troops had shelled its positions": "its" is the speaker.
          targets = [{ actorId: outer, mention: null, weight: 0.8 }];
        }
        if (targets.length === 0 && rule.type === 'ATTACKS' && (['its', 'their'].includes(tokens[after]?.lower ?? '') || (['on', 'at'].includes(tokens[after]?.lower ?? '') && ['its', 'their'].includes(tokens[after + 1]?.lower ?? ''))) && ['when', 'after', 'as', 'while', 'before'].includes(tokens[frame.clauseStart - 1]?.lower ?? '')) {
          // "The army suffered losses when JNIM militants attacked its base": the main clause's subject owns it.
          const main = this.previousFiniteVerb(frame.clauseStart - 2, s);
          const owners = main === -1 ? [] : this.subjectOf(main, s, 'attack-target').subjects;
          const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
          if (owners.length === 1 && owners.every((a) => !sides.has(this.sideOf(a.actorId)) && ['country', 'government', 'military', 'armed-group'].includes(this.info(a.actorId)?.kind ?? ''))) targets = owners.map((a) => ({ ...a, mention: null, weight: a.weight * 0.85 }));
        }
        if (targets.length === 0 && rule.type === 'ATTACKS' && !gap && ['when', 'as', 'after'].includes(tokens[frame.clauseStart - 1]?.lower ?? '')) {
          // "At least 12 Somali soldiers died when al Shabaab fighters stormed a military base": the
          // main clause's dead or wounded were the ones attacked.
          const main = this.previousFiniteVerb(frame.clauseStart - 2, s);
          const dead = main !== -1 && (['die'].includes(verbLemma(tokens[main] as Token)) || (['killed', 'wounded', 'injured'].includes(tokens[main]?.lower ?? '') && BE_FORMS.has(tokens[main - 1]?.lower ?? '')));
          const victims = dead ? this.subjectOf(main, s, 'attack-target').subjects : [];
          const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
          const people = ['soldiers', 'troops', 'servicemen', 'peacekeepers', 'police', 'policemen', 'officers', 'personnel', 'guards', 'sailors'];
          if (victims.length === 1 && victims.every((a) => a.mention && people.includes(tokens[a.mention.end]?.lower ?? '') && !sides.has(this.sideOf(a.actorId)))) targets = victims.map((a) => ({ ...a, weight: a.weight * 0.85 }));
        }
        if (targets.length === 0 && rule.type === 'ATTACKS' && !gap) {
          // "Somalia said al-Shabaab fighters had attacked a military base": the speaker's own base.
          targets = this.speakerAsOwner(after, Math.min(s.end, after + 5), outer, sources, s);
        }
        if (targets.length === 0 && rule.type === 'ATTACKS' && !gap) targets = this.governmentHeld(after, s, outer, sources);
        if (targets.length === 0 && rule.type === 'ATTACKS' && !gap && rule.object === 'direct') targets = this.homeStateHit(after, s, sources);
        // "killed 30 militants belonging to the Pakistani Taliban": the fighters' group.
        if (targets.length === 0 && rule.type === 'ATTACKS' && !gap && rule.object === 'direct') targets = this.fightersOf(after, s, sources);
        // "Kyiv said Russian forces launched 500 drones, mainly targeting the capital": the speaker's capital.
        if (targets.length === 0 && rule.type === 'ATTACKS' && !gap && rule.object === 'direct') targets = this.unownedCapital(after, outer, sources);
        // "Ukraine's air force said Russia attacked the country overnight": the speaking state.
        if (targets.length === 0 && rule.type === 'ATTACKS' && !gap && rule.object === 'direct') targets = this.speakersCountry(after, s, outer, sources);
        // "Ukraine's air force said Russia launched 120 drones overnight": a barrage the speaking state reports came at it.
        if (targets.length === 0 && rule.type === 'ATTACKS' && !gap && ['launch', 'fire'].includes(lemma)) targets = this.barrageOnSpeaker(after, s, outer, sources);
        // "retook areas seized by the White Army": ground taken back from the side that had seized it.
        if (targets.length === 0 && rule.type === 'ATTACKS' && !gap && ['retake', 'recapture', 'regain', 'reclaim', 'liberate'].includes(lemma)) targets = this.seizedBy(after, s, sources);
        // "overran El Fasher, the army's last stronghold in Darfur", "shelled villages held by the KIA".
        if (targets.length === 0 && rule.type === 'ATTACKS' && !gap && rule.object === 'direct') targets = this.placeHolder(after, s, sources);
        // "The group said it had fired drones at an army base in response": the side answered.
        if (targets.length === 0 && rule.type === 'ATTACKS' && !gap && this.inResponse(after, s)) targets = this.latestAttackerOf(sources);
        // "Israeli jets struck Houthi ports, two days after the group fired a missile at Ben Gurion
        // airport": what the main clause's attacker answered was aimed at it.
        if (targets.length === 0 && rule.type === 'ATTACKS' && !gap) targets = this.provokingAttack(frame.clauseStart, s, sources);
        if (targets.length === 0 && rule.type === 'ATTACKS' && lemma === 'retaliate') {
          // "retaliated against Afghan Taliban attacks": the agent of the attacks answered.
          targets = this.attackAgentAfter(after, s, sources);
          if (targets.length === 0) targets = this.latestAttackerOf(sources);
        }
        // ("warned third countries to stay out", "warned Western embassies that they would be next": an
        // addressee that names no actor is the one warned; no other side is.)
        if (targets.length === 0 && lemma === 'warn') {
          let q = after;
          while (q < Math.min(s.end, after + 5) && !this.mentionAt(q) && ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes((tokens[q] as Token).pos) && !CALENDAR_DAYS.has((tokens[q] as Token).lower) && !['on', 'last', 'in'].includes((tokens[q] as Token).lower)) q++;
          if (q > after && tokens[q - 1]?.pos === 'NOUN' && ['to', 'that', 'not', 'against'].includes(tokens[q]?.lower ?? '') && !['week', 'month', 'year', 'night', 'weekend', 'statement'].includes(tokens[q - 1]?.lower ?? '')) return true;
        }
        // ("vowed to pursue the attackers", "to hunt down those responsible": people unnamed, no side.)
        if (targets.length === 0 && rule.type === 'THREATENS' && tokens[after]?.lower === 'to') {
          let q = after + 2;
          if (['down', 'out'].includes(tokens[q]?.lower ?? '')) q++;
          const unnamed = (tokens[q]?.lower === 'the' && ['attackers', 'perpetrators', 'killers', 'culprits', 'assailants', 'gunmen', 'kidnappers', 'abductors', 'bombers', 'plotters', 'masterminds'].includes(tokens[q + 1]?.lower ?? '') && !this.mentionAt(q + 1)) || (tokens[q]?.lower === 'those' && tokens[q + 1]?.lower === 'responsible');
          if (unnamed) return true;
        }
        if (targets.length === 0 && rule.type === 'THREATENS') {
          targets = this.threatTarget(after, s, sources);
          // "Al-Shabaab threatened to attack any school that opened, the Somali government said": an
          // armed group's threat of force, reported by the state it fights, is against that state.
          const stateKinds = ['country', 'government', 'military'];
          if (targets.length === 0 && outer && tokens[after]?.lower === 'to' && ['attack', 'strike', 'target', 'kill', 'bomb', 'hit', 'burn', 'punish'].includes(verbLemma(tokens[after + 1] ?? t)) && sources.every((a) => this.info(a.actorId)?.kind === 'armed-group') && stateKinds.includes(this.info(outer)?.kind ?? '') && sources.every((a) => this.sideOf(a.actorId) !== this.sideOf(outer))) {
            targets = [{ actorId: this.sideOf(outer), mention: null, weight: 0.85 }];
          }
          // "MOGADISHU - Al Shabaab threatened to attack any school that opened, in a statement the
          // Somali government condemned": the state the armed group fights, named in the sentence or the dateline.
          if (targets.length === 0 && (!outer || sources.some((a) => this.sideOf(a.actorId) === this.sideOf(outer))) && tokens[after]?.lower === 'to' && ['attack', 'strike', 'target', 'kill', 'bomb', 'hit', 'burn', 'punish'].includes(verbLemma(tokens[after + 1] ?? t)) && sources.length > 0 && sources.every((a) => this.info(a.actorId)?.kind === 'armed-group')) {
            targets = this.fightingState(s, sources);
          }
          if (targets.length > 0) confidence *= 0.75;
        }
        // ("Egypt, Qatar, Turkey and the United States signed a document as guarantors": the third sides of someone else's deal.)
        if (rule.type === 'AGREES_WITH' && tokens.slice(after, Math.min(s.end, after + 8)).some((w, n, all) => w.lower === 'as' && ['guarantors', 'guarantor', 'witnesses', 'witness', 'mediators', 'observers'].includes(all[n + 1]?.lower ?? ''))) return true;
        if (targets.length === 0 && ['AGREES_WITH', 'NEGOTIATES_WITH', 'MEETS_WITH', 'ATTACKS'].includes(rule.type) && sources.length >= 2 && (rule.mutual || rule.type !== 'ATTACKS')) {
          // "Pakistan and Afghanistan agreed to a truce": the coordinated subjects act together.
          for (const a of sources) this.emit(rule.type, [a], sources.filter((b) => b !== a), s, confidence * 0.9, claimant, alleged);
          // ("Ukraine and the United States met in Geneva to negotiate the peace plan": a meeting held to negotiate.)
          if (rule.type === 'MEETS_WITH' && tokens.slice(after, Math.min(s.end, after + 8)).some((w, i, all) => w.lower === 'to' && ['negotiate', 'discuss', 'hammer', 'finalise', 'finalize', 'thrash'].includes(all[i + 1]?.lower ?? ''))) {
            for (const a of sources) this.emit('NEGOTIATES_WITH', [a], sources.filter((b) => b !== a), s, confidence * 0.85, claimant, alleged);
          }
          return true;
        }
        if (targets.length === 0 && rule.type === 'DEMANDS' && lemma === 'urge') targets = this.metBeforeDemand(v, s, sources);
        // ("Norway financed weapons for Ukraine": what is paid for, and for whom.)
        if (targets.length === 0 && rule.type === 'SUPPORTS' && ['fund', 'finance', 'bankroll', 'subsidise', 'subsidize', 'underwrite'].includes(lemma)) targets = this.resourceTo(v, s);
        // ("Pakistan said Indian forces had opened fire first": fire opened at no one named was on the speaker's side.)
        if (targets.length === 0 && rule.type === 'ATTACKS' && lemma === 'open' && tokens[after - 1]?.lower === 'fire' && ['first', '.', ',', 'without', 'unprovoked'].includes(tokens[after]?.text.toLowerCase() ?? '.') && claimant && !alleged) {
          const info = this.info(claimant);
          const side = this.sideOf(claimant);
          const otherState = tokens.slice(s.first, s.end).some((_w, q) => { const m = this.mentionAt(s.first + q); return m !== null && m.first === s.first + q && !sources.some((a) => a.mention === m) && this.sideOf(m.actorId) !== side && ['country', 'government'].includes(this.info(m.actorId)?.kind ?? ''); });
          if (info && ['country', 'government', 'military'].includes(this.info(side)?.kind ?? info.kind) && !otherState && sources.every((a) => this.sideOf(a.actorId) !== side)) targets = [{ actorId: side, mention: null, weight: 0.8 }];
        }
        if (targets.length === 0) {
          // "Turkish drones struck Kurdish militant positions": no actor hit, but the act is remembered
          // for "Baghdad condemned the strikes".
          if (rule.type === 'ATTACKS' && !alleged) for (const src of sources) this.memory.events.push({ agent: src.actorId, sentence: s.index });
          // "Israeli jets struck a military site near Tehran": the state struck on its soil, remembered for its answer.
          if (rule.type === 'ATTACKS' && !alleged) this.strikeOnSoil(after, s, sources);
          // "Ukraine said Russian forces had shelled Kharkiv": a claim against the attacker, which it may deny.
          if (rule.type === 'ATTACKS' && !alleged && claimant) {
            for (const src of sources) if (this.sideOf(src.actorId) !== this.sideOf(claimant)) this.memory.accusations.push({ source: claimant, target: src.actorId, sentence: s.index });
          }
          return false;
        }
        if (rule.type === 'SUPPORTS' && lemma === 'back' && tokens[after]?.lower === 'down') return true;
        // "hit Russia with new sanctions", "targeted oligarchs with tariffs": economic pressure, not force.
        if (rule.type === 'ATTACKS' && this.economicMeans(after, s)) return true;
        // "Petro has clashed with Trump": two leaders clash in words, not in arms.
        if (rule.type === 'ATTACKS' && rule.mutual && [...sources, ...targets].every((a) => this.info(a.actorId)?.type === 'PERSON')) return true;

        if (lemma === 'receive' || lemma === 'visit') {
          // "Modi received Putin" is a meeting; "Ukraine received U.S. aid" is support from the U.S.;
          // "Egypt received Russian wheat" is neither.
          const end = this.lastMentionEnd(after, s);
          const next = tokens[end];
          if (next && next.pos === 'NOUN' && !TITLE_WORDS.has(next.lower)) {
            if (lemma === 'receive' && SUPPORT_NOUNS.has(next.lower)) this.emit('SUPPORTS', targets, sources, s, 0.7 * (mod.hedged ? 0.7 : 1), claimant, alleged);
            return true;
          }
        }
        // "Chinese vessels blasted a Philippine ship with water cannon": words of criticism done with weapons are force.
        if (rule.type === 'CRITICIZES' && ['blast', 'hit', 'pound'].includes(lemma) && tokens.slice(after, Math.min(s.end, after + 10)).some((w, i, all) => w.lower === 'with' && ['cannon', 'cannons', 'missiles', 'rockets', 'artillery', 'drones', 'shells', 'gunfire', 'bullets', 'water', 'lasers', 'grenades'].includes(all[i + 1]?.lower ?? ''))) {
          const hit = this.objectAfter(after, s, 'attack-target', 5);
          if (hit.length > 0) this.emit('ATTACKS', sources, hit, s, 0.75 * (mod.hedged ? 0.7 : 1), claimant, alleged);
          return true;
        }
        // ("Iran protested to the U.N. Security Council over Israel's strikes": the body addressed is no target.)
        if (lemma === 'protest' && tokens[after]?.lower === 'to') {
          targets = targets.filter((a) => !['international', 'ngo'].includes(this.info(a.actorId)?.kind ?? ''));
          if (targets.length === 0) return true;
        }
        this.emit(rule.type, sources, targets, s, confidence, claimant, alleged);
        if (rule.type === 'ATTACKS' && !alleged) this.strikeOnHostSoil(after, s, sources, targets);
        if (rule.type === 'MEETS_WITH') this.mediatorMet(v, frame, targets, s, confidence, claimant);
        if (rule.type === 'MEETS_WITH' && !alleged) this.metEachSide(v, frame, targets, s, confidence, claimant);
        // "called on the M23 to withdraw and on Rwanda to stop ...": a second addressee.
        if (rule.particle && rule.type === 'DEMANDS') {
          for (let q = after + 2; q < Math.min(s.end, after + 20); q++) {
            if (CLAUSE_BREAKS.has((tokens[q] as Token).text)) break;
            if (tokens[q]?.lower === 'and' && rule.particle.includes(tokens[q + 1]?.lower ?? '')) {
              const more = this.objectAfter(q + 2, s, 'target', 3);
              const e = more.length > 0 ? this.lastMentionEnd(q + 2, s) : -1;
              if (more.length > 0 && tokens[e]?.lower === 'to') this.emit(rule.type, sources, more, s, confidence, claimant, alleged);
              break;
            }
          }
        }
        if (rule.mutual) this.emit(rule.type, targets, sources, s, confidence * 0.9, claimant, alleged);
        if (rule.allegation) this.allegation(v, s, rule.allegation, targets, sources);
        // "A drone attack on a base hosting U.S. troops caused no casualties, the Pentagon said, blaming
        // the Islamic Resistance in Iraq": the one blamed made the attack told before.
        if (lemma === 'blame') this.blamedAttack(v, after, s, targets, sources);
        sources = [];
        return true;
      }
      default:
        return false;
    }
  }

  /**
   * The actor the clause before a participle named after its verb ("lashed out at Israel, accusing
   * it"): the last mention before `v` in the sentence that is no source and no place.
   */
  protected objectBefore(v: number, s: Sentence, sources: readonly Arg[]): Arg[] {
    const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
    for (let k = v - 1; k >= s.first; k--) {
      const m = this.mentionAt(k);
      if (!m) continue;
      k = m.first;
      const arg = this.argOf(m, 'target');
      if (!arg || sides.has(this.sideOf(arg.actorId))) continue;
      // Only the object of the verb before: a subject of its own clause is not "it".
      return this.isVerb(this.tokens[m.end]) ? [] : [{ ...arg, weight: arg.weight * 0.85 }];
    }
    return [];
  }

  /** The end of a time phrase at `i` ("last month", "in January", "on Monday", "earlier this year"), or `i` when none starts there. */
  /** "where Sudan, Libya and Egypt meet": the clause of the verb at `v` opens with "where", names only, between. */
  protected whereClauseBefore(v: number, s: Sentence): boolean {
    const { tokens } = this;
    for (let q = v - 1; q >= Math.max(s.first, v - 12); q--) {
      const t = tokens[q] as Token;
      if (t.lower === 'where') return true;
      if (!(this.mentionAt(q) || ['and', ',', 'the'].includes(t.lower))) return false;
    }
    return false;
  }

  protected timeAdjunctEnd(i: number): number {
    const { tokens } = this;
    const w = tokens[i]?.lower ?? '';
    const next = tokens[i + 1]?.lower ?? '';
    const units = ['week', 'month', 'year', 'weekend', 'night', 'spring', 'summer', 'autumn', 'winter'];
    const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
    if (['last', 'this', 'next'].includes(w) && (units.includes(next) || CALENDAR_DAYS.has(next))) return i + 2;
    if (w === 'earlier' && next === 'this' && units.includes(tokens[i + 2]?.lower ?? '')) return i + 3;
    if (w === 'in' && (months.includes(next) || /^(19|20)\d\d$/.test(next))) return /^(19|20)\d\d$/.test(tokens[i + 2]?.lower ?? '') ? i + 3 : i + 2;
    if (w === 'on' && CALENDAR_DAYS.has(next)) return i + 2;
    if (['yesterday', 'recently', 'earlier', 'previously'].includes(w)) return i + 1;
    return i;
  }

  /** True when `state` is the state one of `sources` stands for (itself, its forces or its government; not a rebel group of it). */
  protected ownState(sources: readonly Arg[], state: string): boolean {
    return sources.some((a) => ['country', 'military', 'government'].includes(this.info(a.actorId)?.kind ?? '') && (this.sideOf(a.actorId) === state || this.info(a.actorId)?.affiliation === state));
  }

  /** The head noun launched at `from` is no use of force: "a diplomatic campaign", "an investigation", "a bid". */
  protected launchedNoForce(from: number, s: Sentence): boolean {
    const { tokens } = this;
    for (let k = from; k < Math.min(s.end, from + 5); k++) {
      const t = tokens[k] as Token;
      if (t.pos !== 'NOUN' || this.mentionAt(k)) continue;
      if (['investigation', 'probe', 'inquiry', 'case', 'lawsuit', 'complaint', 'appeal', 'bid', 'initiative', 'challenge', 'review', 'petition', 'proceedings', 'plan', 'programme', 'program', 'effort', 'drive', 'process', 'dialogue', 'talks'].includes(t.lower)) return true;
      if (t.lower === 'campaign') return !['military', 'air', 'bombing', 'ground', 'armed', 'naval', 'drone', 'missile'].includes(tokens[k - 1]?.lower ?? '');
      return false;
    }
    return false;
  }

  /**
   * "Macron called Zelenskiy on Monday", "Biden called Netanyahu to discuss ...": a call made is a
   * meeting. Only a leader or a state is called so, and only when nothing but the time, the
   * purpose or the end of the clause follows ("called Hamas a terrorist group" is a judgement).
   */
  protected phoneCall(v: number, s: Sentence): boolean {
    const { tokens } = this;
    const m = this.mentionAt(v + 1);
    if (!m || m.first !== v + 1 || m.place || tokens[m.end]?.lower === "'s") return false;
    const info = this.info(m.actorId);
    if (info?.type !== 'PERSON' && info?.type !== 'COUNTRY') return false;
    const next = tokens[m.end];
    const ends =
      !next || ['.', ',', ';', 'and'].includes(next.text) || ['late', 'last', 'yesterday', 'today', 'again', 'twice', 'earlier'].includes(next.lower) ||
      (next.lower === 'on' && CALENDAR_DAYS.has(tokens[m.end + 1]?.lower ?? '')) ||
      (next.lower === 'to' && ['discuss', 'express', 'offer', 'convey', 'congratulate', 'condole', 'thank', 'brief', 'review'].includes(verbLemma(tokens[m.end + 1] ?? next))) ||
      (next.lower === 'by' && ['phone', 'telephone'].includes(tokens[m.end + 1]?.lower ?? ''));
    if (!ends) return false;
    const frame = this.subjectOf(v, s);
    const mod = this.modality(frame.clauseStart, v, s);
    const callee = this.argOf(m, 'target');
    if (!callee || frame.subjects.length === 0 || mod.negated || mod.irrealis) return true;
    this.emit('MEETS_WITH', frame.subjects, [callee], s, 0.6 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), false);
    return true;
  }

  /**
   * The "between" after an event verb's adjuncts of time and place ("again", "overnight", "in
   * Tripoli", "on Monday", "along the border"), or -1.
   */
  protected betweenAfterAdjuncts(from: number, s: Sentence): number {
    const { tokens } = this;
    for (let b = from; b < Math.min(s.end, from + 8); b++) {
      const t = tokens[b] as Token;
      if (t.lower === 'between') return b;
      const m = this.mentionAt(b);
      // Only a place ("in Tripoli", "near Goma") may be named on the way.
      if (m) {
        if (!(m.place || m.form === 'capital') || !['in', 'near', 'across', 'around', 'outside'].includes(tokens[m.first - 1]?.lower ?? '')) return -1;
        b = m.end - 1;
        continue;
      }
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || !['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV'].includes(t.pos)) return -1;
    }
    return -1;
  }

  /** Nominal triggers: "Pakistani airstrikes on Afghanistan", "talks between X and Y". */
  /** "insisted that Ukraine withdraw": the one told to act in the subjunctive is addressed. */
  protected insistedThat(v: number, s: Sentence): void {
    const { tokens } = this;
    if (tokens[v + 1]?.lower !== 'that') return;
    const addressed = this.objectAfter(v + 2, s, 'target', 1);
    const end = addressed.length > 0 ? this.lastMentionEnd(v + 2, s) : -1;
    const verb = tokens[end];
    // Base form only: "withdraw", "stop" (not "withdrew", "has", "is").
    if (end === -1 || !verb || verb.pos !== 'VERB' || verb.lemma !== verb.lower || verb.lower.endsWith('s')) return;
    this.actBySubject('DEMANDS', v, s, addressed, 0.7);
  }

  /** "a meeting of European leaders", "a summit of the bloc": a gathering of members named after "of", with no pair in it. */
  protected meetingOfMembers(after: number, s: Sentence): boolean {
    const { tokens } = this;
    let k = after;
    while (k < Math.min(s.end, after + 4) && ['DET', 'ADJ', 'NOUN'].includes((tokens[k] as Token).pos) && !['meeting', 'summit', 'session', 'conference', 'gathering'].includes((tokens[k] as Token).lower) && !this.mentionAt(k)) k++;
    if (!['meeting', 'summit', 'session', 'conference', 'gathering'].includes(tokens[k]?.lower ?? '')) return false;
    // ("an emergency meeting": a leader rallies his own side.)
    if (tokens.slice(after, k).some((w) => w.lower === 'emergency')) return true;
    return tokens[k + 1]?.lower === 'of' && this.objectAfter(k + 2, s, 'target', 3).length < 2;
  }

  /** A verb of `lemmas` right before the noun at `k`, past its article and modifiers ("reached a lasting deal"). */
  protected madeBy(k: number, s: Sentence, lemmas: readonly string[]): boolean {
    const { tokens } = this;
    let j = k - 1;
    // ("to end the 16-month war": a hyphenated modifier, too.)
    while (j > s.first && j > k - 6 && (['DET', 'ADJ', 'NOUN', 'NUM'].includes((tokens[j] as Token).pos) || ((tokens[j] as Token).text === '-' && (tokens[j] as Token).space === '')) && !this.mentionAt(j)) j--;
    return this.isVerb(tokens[j]) && lemmas.includes(verbLemma(tokens[j] as Token));
  }

  noun(k: number, s: Sentence, trig: NounTrigger): void {
    const { tokens } = this;
    // "The war between Sudan's army and the RSF": a war between two sides is fought by both.
    if (trig.type === 'ATTACKS' && !trig.between && this.warBetween(k)) trig = { ...trig, between: true, targetPreps: ['with'] };
    // "X and Y have been locked in a war", "X has been at war with Y": the sides at war attack each other.
    if (trig.type === 'ATTACKS' && !trig.between && (tokens[k] as Token).lemma === 'war' && this.atWar(k, s)) return;
    // "Israel's war with Hezbollah": both sides fight the war.
    if (trig.type === 'ATTACKS' && !trig.between && (tokens[k] as Token).lower === 'war' && tokens[k + 1]?.lower === 'with') trig = { ...trig, between: true, targetPreps: ['with'] };
    // Negated or hypothetical: "no attack", "a possible deal", "plans for talks".
    for (let j = Math.max(s.first, k - 3); j < k; j++) {
      const w = (tokens[j] as Token).lower;
      if (['no', 'not', 'possible', 'potential', 'proposed', 'planned', 'future', 'any', 'prospective', 'hypothetical', 'without'].includes(w)) return;
    }
    // "announced it was suspending its attacks on U.S. forces": attacks stopped are not made now.
    for (let j = Math.max(s.first, k - 4); j < k; j++) {
      if (['suspend', 'suspending', 'suspended', 'halt', 'halting', 'halted', 'stop', 'stopping', 'stopped', 'cease', 'ceasing', 'ceased', 'pause', 'pausing', 'paused', 'end', 'ending'].includes((tokens[j] as Token).lower) && trig.type === 'ATTACKS') return;
    }
    // "the prospect of an Israeli offensive", "fears of a Russian assault": an event only foreseen.
    for (let j = Math.max(s.first, k - 6); j < k; j++) {
      if (['prospect', 'prospects', 'talk', 'fear', 'fears', 'risk', 'risks', 'threat', 'spectre', 'specter', 'danger', 'possibility', 'likelihood', 'chance', 'chances', 'warnings', 'rumours', 'rumors', 'speculation'].includes((tokens[j] as Token).lower) && tokens[j + 1]?.lower === 'of' && trig.type === 'ATTACKS') return;
    }
    // "said a Chinese attack on Taiwan could justify a response": an event heading a modal clause is hypothetical.
    // ("a Venezuelan invasion of Guyana was unlikely", "an Israeli strike remained possible": judged, not done.)
    for (let j = k + 1; j < Math.min(s.end, k + 7) && trig.type === 'ATTACKS'; j++) {
      const w = tokens[j] as Token;
      if (['could', 'would', 'might', 'may'].includes(w.lower) && !w.capitalised) return;
      if ((BE_FORMS.has(w.lower) || ['remain', 'remains', 'remained', 'seemed', 'seems', 'looked', 'looks'].includes(w.lower)) && ['unlikely', 'possible', 'likely', 'imminent', 'inevitable', 'feared', 'expected', 'looming', 'improbable', 'conceivable', 'planned', 'unthinkable'].includes(tokens[j + 1]?.lower === 'still' || tokens[j + 1]?.lower === 'not' ? (tokens[j + 2]?.lower ?? '') : (tokens[j + 1]?.lower ?? ''))) return;
      if (this.isVerb(w) || CLAUSE_BREAKS.has(w.text) || w.text === ',' || w.pos === 'AUX') break;
    }
    // "any U.S. or Israeli attack on Iran": the determiner before a longer run of coordinated modifiers.
    if (trig.type === 'ATTACKS') {
      let j = k - 1;
      while (j > s.first && j > k - 9) {
        const m = this.mentionAt(j);
        if (m) j = m.first - 1;
        else if (['or', 'and', ','].includes((tokens[j] as Token).lower) || (tokens[j] as Token).pos === 'ADJ') j--;
        else break;
      }
      if (j < k - 3 && ['any', 'no'].includes(tokens[j]?.lower ?? '')) return;
    }
    // "rejected France's demand that it ...": a rejected demand was still made.
    if (this.governedByDenial(k, s) && !(trig.type === 'DEMANDS' && this.demandAnswerer(k, s, []).length > 0)) return;
    // Hedges anywhere earlier in the clause count: "is suspected of killing villagers in an attack on ...".
    let hedged = this.modality(Math.max(s.first, k - 6), k, s).hedged;
    for (let j = Math.max(s.first, k - 14); j < k && !hedged; j++) {
      const w = (tokens[j] as Token).lower;
      if (CLAUSE_BREAKS.has(w) || w === ';') break;
      if (['suspected', 'believed', 'reportedly', 'allegedly', 'thought', 'presumed'].includes(w)) hedged = true;
    }
    const hedge = hedged ? 0.7 : 1;
    const alleged = this.allegedByFrame(k, s);
    const claimant = this.claimantFor(k, s);
    const symmetric = RELATION_TYPE_INFO[trig.type].symmetric;
    if (trig.between) {
      let at = this.skipNouns(k + 1, s);
      // "talks in Jeddah between X and Y": a place or time may come first.
      if (['in', 'on', 'at', 'last', 'this'].includes(tokens[at]?.lower ?? '') && tokens[at + 2]?.lower === 'between') at += 2;
      // "The ceasefire agreed between India and Pakistan held": an agreement made between the two.
      let madeBetween = false;
      if (trig.type === 'AGREES_WITH' && ['agreed', 'signed', 'reached', 'concluded', 'sealed', 'struck', 'initialled', 'initialed'].includes(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'between') {
        at += 1;
        madeBetween = true;
      }
      // "Clashes broke out between X and Y", "fighting erupted overnight in Tripoli between", "talks
      // resumed in Doha on Monday between": the event verb and its time and place come first.
      const eventVerbs = trig.type === 'ATTACKS' ? ['break', 'erupt', 'flare', 'rage', 'resume', 'continue', 'intensify', 'escalate'] : ['NEGOTIATES_WITH', 'MEETS_WITH'].includes(trig.type) ? ['resume', 'begin', 'start', 'open', 'continue', 'conclude', 'end'] : [];
      if (eventVerbs.includes(verbLemma(tokens[at] ?? (tokens[k] as Token)))) {
        let b = at + 1;
        if (['out', 'up'].includes(tokens[b]?.lower ?? '')) b++;
        const between = this.betweenAfterAdjuncts(b, s);
        if (between !== -1) at = between;
      }
      let pair = this.betweenAt(at, s, trig.type === 'ATTACKS' ? 'attack-target' : 'target');
      // "Russia-Ukraine talks resumed": the hyphenated pair right before the noun.
      if (pair.length < 2 && (trig.type === 'NEGOTIATES_WITH' || trig.type === 'MEETS_WITH')) {
        const compound = this.compoundPair(s);
        const last = compound[1]?.mention;
        if (compound.length === 2 && last && (last.end === k || (last.end === k - 1 && ['peace', 'nuclear', 'border', 'trade'].includes(tokens[k - 1]?.lower ?? '')))) pair = compound;
      }
      if (pair.length === 2 && trig.type === 'MEDIATES') {
        // "Saudi mediation between Iran and Pakistan": the mediator to each party, never party to party.
        const agent = this.nounAgent(k, s) ?? this.speakersOwn(k, s);
        if (agent && this.realisContext(k, s, 'NEGOTIATES_WITH')) this.emit('MEDIATES', this.modifierMediators(agent, k, s), pair, s, trig.confidence * hedge, claimant, alleged);
        return;
      }
      // ("an Oval Office clash between Trump and Zelensky": two leaders clash in words, not in arms.)
      if (pair.length === 2 && trig.type === 'ATTACKS' && pair.every((a) => this.info(a.actorId)?.type === 'PERSON')) return;
      if (pair.length === 2) {
        const pairEnd = Math.max(...pair.map((a) => a.mention?.end ?? at));
        if (!madeBetween && !this.realisContext(k, s, trig.type) && !(trig.type === 'AGREES_WITH' && this.tookEffect(pairEnd, s))) return;
        if ((trig.type === 'MEETS_WITH' || trig.type === 'NEGOTIATES_WITH') && this.calledOff(pairEnd, s)) return;
        const [a, b] = pair as [Arg, Arg];
        // "Turkey played a key role in the negotiations between Russia and Ukraine": the player mediated them.
        if (trig.type === 'NEGOTIATES_WITH') {
          const players = this.roleHolders(k, s).filter((p) => this.sideOf(p.actorId) !== this.sideOf(a.actorId) && this.sideOf(p.actorId) !== this.sideOf(b.actorId));
          if (players.length > 0) this.emit('MEDIATES', players, pair, s, 0.75 * hedge, claimant, alleged);
        }
        this.emit(trig.type, [a], [b], s, trig.confidence * hedge, claimant, alleged);
        if (!symmetric) this.emit(trig.type, [b], [a], s, trig.confidence * hedge, claimant, alleged);
        // "Talks between Putin and Witkoff at the Kremlin lasted five hours": two people in talks met.
        if (this.personalTalks(k, s, [a], [b])) this.emit('MEETS_WITH', [a], [b], s, trig.confidence * hedge * 0.9, claimant, alleged);
        // "talks between X and Y, which ended in a joint declaration": the talks produced an agreement.
        if (trig.type === 'NEGOTIATES_WITH' && this.endedInAgreement(pairEnd, s)) this.emit('AGREES_WITH', [a], [b], s, 0.6 * hedge, claimant, alleged);
        return;
      }
      if (trig.type === 'MEDIATES') {
        // "Turkey's mediation", "under Norwegian mediation", "under the auspices of the EU".
        // "Al-Khulaifi, who led the mediation": the subject of a light verb.
        // "with mediation from Egypt and Qatar": the mediators after "from", too.
        const ofAgents = ['of', 'by', 'from'].includes(tokens[k + 1]?.lower ?? '') ? this.objectAfter(k + 2, s, 'agent', 4) : [];
        const agent = (['by', 'from'].includes(tokens[k + 1]?.lower ?? '') ? ofAgents[0] : undefined) ?? this.nounAgent(k, s) ?? this.speakersOwn(k, s) ?? ofAgents[0] ?? (['the', 'its', 'his', 'her', 'their'].includes(tokens[k - 1]?.lower ?? '') ? (this.nounAgents(k, s, trig)[0] ?? null) : null);
        if (!agent) return;
        // "Egyptian, Qatari and U.S. mediation", "the mediation of Saudi Arabia and the United States": every mediator.
        let agents: Arg[] = [agent];
        if (ofAgents[0] === agent) agents = ofAgents;
        else if (agent.mention && agent.mention.end === k && (agent.mention.form === 'demonym' || this.mentionAt(agent.mention.first - 2)?.form === 'demonym')) agents = this.coordinatedEndingAt(agent.mention, s, 'agent');
        if (agents.length <= 1) agents = this.modifierMediators(agent, k, s);
        const { args, inferred } = this.parties(k + 1, s);
        const sides = new Set(agents.map((a) => this.sideOf(a.actorId)));
        // ("Ethiopia and Somalia will hold talks under the auspices of the AU": talks still to come.)
        if (!this.realisContext(k, s, 'NEGOTIATES_WITH')) return;
        if (args.length === 2 && !args.some((a) => sides.has(this.sideOf(a.actorId)))) this.emit('MEDIATES', agents, args, s, trig.confidence * hedge * (inferred ? 0.8 : 1), claimant, alleged);
        return;
      }
    }
    // ("plotting a coup with the backing of the United States": after "with", "of" names the backer; see withHelpOf.)
    if (trig.type === 'SUPPORTS' && tokens[k + 1]?.lower === 'of' && (tokens[k - 1]?.lower === 'with' || (tokens[k - 1]?.lower === 'the' && tokens[k - 2]?.lower === 'with'))) return;
    // "a push to end the 16-month war with the RSF": who works to end a war is not one who wages it.
    if (trig.type === 'ATTACKS' && ['war', 'conflict', 'fighting', 'hostilities'].includes((tokens[k] as Token).lower) && this.madeBy(k, s, ['end', 'stop', 'halt', 'resolve', 'settle', 'mediate', 'broker', 'de-escalate'])) return;
    // "reached a deal", "struck a truce", "signed an accord": an agreement made is as plain as "agreed".
    if (trig.type === 'AGREES_WITH' && this.madeBy(k, s, ['reach', 'strike', 'clinch', 'seal', 'sign', 'conclude', 'ink', 'initial', 'finalise', 'finalize'])) trig = { ...trig, confidence: Math.max(trig.confidence, 0.75) };
    let agents = this.nounAgents(k, s, trig);
    // ("Aliyev repeated his demand that Yerevan remove ...": the owner of "his" is the subject of the verb it follows.)
    if (agents.length === 0 && trig.type === 'DEMANDS' && ['his', 'her', 'its', 'their'].includes(tokens[k - 1]?.lower ?? '') && tokens[k + 1]?.lower === 'that') {
      const main = this.previousFiniteVerb(k - 1, s);
      if (main !== -1 && main >= k - 4 && ['repeat', 'renew', 'reiterate', 'restate', 'press', 'make', 'issue', 'voice', 'underline', 'stress'].includes(verbLemma(tokens[main] as Token))) agents = [...this.subjectOf(main, s).subjects];
    }
    // "troops operate there under an agreement with Mozambique", "the ceasefire agreed with Hamas":
    // the clause's subject is a party to the agreement it acts under, or made.
    let madeWith = -1;
    let under = false;
    // "Iran and Russia's strategic partnership treaty": both possessors are its parties.
    let owner = agents.length === 1 ? agents[0]?.mention : undefined;
    if (trig.type === 'AGREES_WITH' && agents.length === 0) {
      // "Iran and Russia's 20-year strategic partnership treaty": modifiers between the possessor and the noun.
      let p = k - 1;
      while (p > s.first && p > k - 7 && (['NOUN', 'ADJ', 'NUM'].includes((tokens[p] as Token).pos) || (tokens[p] as Token).text === '-') && !this.mentionAt(p)) p--;
      const m = tokens[p]?.lower === "'s" ? this.mentionAt(p - 1) : null;
      if (m && m.end === p) owner = m;
    }
    if (trig.type === 'AGREES_WITH' && owner && owner.end < k && tokens[owner.end]?.lower === "'s" && tokens[owner.first - 1]?.lower === 'and') {
      const pair = this.coordinatedEndingAt(owner, s, 'agent');
      if (pair.length >= 2) agents = pair;
    }
    if (trig.type === 'AGREES_WITH' && agents.length === 0) {
      agents = this.underAgreement(k, s);
      under = agents.length > 0;
      const p = this.skipNouns(k + 1, s);
      if (!under && ['agreed', 'signed', 'reached', 'concluded', 'struck', 'sealed', 'clinched'].includes(tokens[p]?.lower ?? '') && tokens[p + 1]?.lower === 'with' && !BE_FORMS.has(tokens[p - 1]?.lower ?? '')) {
        agents = this.madeAgreementParty(k, s);
        if (agents.length > 0) madeWith = p + 1;
      }
    }
    // "al-Burhan travelled to Cairo for talks with al-Sisi": whoever came for them.
    let travelled = false;
    if (agents.length === 0 && (trig.type === 'NEGOTIATES_WITH' || trig.type === 'MEETS_WITH')) {
      let f = k - 1;
      while (f > s.first && ['ADJ', 'NUM'].includes((tokens[f] as Token).pos)) f--;
      // "flew to St Petersburg for a meeting with Putin".
      if (['a', 'an'].includes(tokens[f]?.lower ?? '') && tokens[f - 1]?.lower === 'for') f--;
      if (tokens[f]?.lower === 'for') {
        const main = this.previousFiniteVerb(f - 1, s);
        // "led a delegation to Cairo for talks with Egyptian officials".
        const delegation = main !== -1 && ['lead', 'send', 'dispatch'].includes(verbLemma(tokens[main] as Token)) && ['delegation', 'team'].includes(tokens[main + 2]?.lower ?? '');
        if (main !== -1 && f - main <= 6 && (delegation || ['travel', 'fly', 'arrive', 'go', 'head', 'come', 'visit', 'land', 'meet'].includes(verbLemma(tokens[main] as Token)))) {
          const frame = this.subjectOf(main, s);
          const mod = this.modality(frame.clauseStart, main, s);
          if (!mod.negated && !mod.irrealis) {
            agents = [...frame.subjects];
            travelled = true;
          }
        }
        // "Fidan was in Tehran on Monday for talks with Araghchi": who was there for them.
        for (let b = f - 1; agents.length === 0 && b >= Math.max(s.first, f - 6); b--) {
          const w = tokens[b] as Token;
          if (CLAUSE_BREAKS.has(w.text) || w.text === ',' || this.isVerb(w)) break;
          if (!['was', 'were', 'is', 'are'].includes(w.lower) || tokens[b + 1]?.lower !== 'in') continue;
          const frame = this.subjectOf(b, s);
          const mod = this.modality(frame.clauseStart, b, s);
          if (!mod.negated && !mod.irrealis && frame.subjects.length > 0) {
            agents = [...frame.subjects];
            travelled = true;
          }
          break;
        }
      }
    }
    // "Speaking after a meeting with Xi, Putin said", "In a phone call, Macron and bin Salman discussed":
    // the subject of the clause the phrase modifies took part.
    let told: Arg[] = [];
    if (agents.length === 0 && (trig.type === 'NEGOTIATES_WITH' || trig.type === 'MEETS_WITH')) {
      const adjunct = this.adjunctMeeting(k, s);
      if (adjunct) {
        agents = adjunct.agents;
        told = adjunct.told;
      }
    }
    // "Armenia and Azerbaijan have been in talks for months", "Iran is in indirect talks with the U.S.".
    if (agents.length === 0 && trig.type === 'NEGOTIATES_WITH') agents = this.inTalks(k, s);
    // "The Sudanese army said clashes with the RSF had killed 40": the speaker's side clashed.
    if (agents.length === 0 && trig.type === 'ATTACKS' && trig.between && tokens[this.skipNouns(k + 1, s)]?.lower === 'with' && claimant) {
      const info = this.info(claimant);
      if (info && ['country', 'government', 'military', 'armed-group'].includes(info.kind)) agents = [{ actorId: this.sideOf(claimant), mention: null, weight: 0.85 }];
    }
    // "X and Y restored ties after talks in Ankara": the talks were theirs.
    if (agents.length === 0 && trig.type === 'NEGOTIATES_WITH' && ['after', 'following', 'through', 'during'].includes(tokens[k - 1]?.lower ?? '')) {
      agents = this.mainPair(k, s);
    }
    // "agreed to a ceasefire after weeks of indirect negotiations", "After two days of talks, India
    // and China agreed", "reached a deal at EU-brokered talks", "met in Istanbul for direct talks".
    if (agents.length === 0 && trig.type === 'NEGOTIATES_WITH') {
      const prep = this.talksAdjunctPrep(k, s);
      if (prep !== -1) agents = this.mainPair(prep, s, this.frontedAdjunct(prep, s));
      // ("Kyiv accepted the plan at talks with Washington": the one side is the main clause's subject.)
      if (prep !== -1 && agents.length === 0 && tokens[k + 1]?.lower === 'with' && !this.frontedAdjunct(prep, s)) {
        const main = this.previousFiniteVerb(prep - 1, s);
        const frame = main === -1 ? null : this.subjectOf(main, s);
        const mod = frame ? this.modality(frame.clauseStart, main, s) : null;
        if (frame && mod && !mod.negated && !mod.irrealis && frame.subjects.length === 1) agents = [...frame.subjects];
      }
      // ("Bessent and Greer led the U.S. delegation at the talks": two members of one delegation.)
      if (agents.length === 2 && tokens.slice(s.first, k).some((w, i, all) => ['led', 'leads', 'leading', 'headed', 'heads', 'heading'].includes(w.lower) && all.slice(i + 1, i + 5).some((x) => ['delegation', 'team', 'delegations'].includes(x.lower)))) agents = [];
    }
    if (agents.length === 0) {
      if (trig.type === 'ATTACKS' && !trig.between) this.rememberUnclaimed(k, s, hedged);
      return;
    }
    // "took part in the talks as facilitators": a third side, not a party; facilitators mediate.
    if (trig.type === 'NEGOTIATES_WITH' || trig.type === 'MEETS_WITH') {
      const third = this.asThirdParty(k + 1, s);
      if (third !== null) {
        const sides = new Set(agents.map((a) => this.sideOf(a.actorId)));
        let { args, inferred } = third === 'mediator' ? this.parties(k + 1, s) : { args: [] as Arg[], inferred: true };
        // The facilitators are the subjects of the clause; the parties are the pair in view.
        if (third === 'mediator' && args.some((a) => sides.has(this.sideOf(a.actorId))) && this.inView) ({ args, inferred } = { args: this.inView.map((a) => ({ ...a, weight: a.weight * 0.75 })), inferred: true });
        if (args.length === 2 && !args.some((a) => sides.has(this.sideOf(a.actorId))) && this.realisContext(k, s, trig.type)) this.emit('MEDIATES', agents, args, s, 0.7 * hedge * (inferred ? 0.85 : 1), claimant, alleged);
        return;
      }
    }
    const role: Role = trig.type === 'ATTACKS' ? 'attack-target' : 'target';
    let targets: Arg[] = [];
    let j = madeWith !== -1 ? madeWith : this.skipNouns(k + 1, s);
    // "accusations by Moscow against Kyiv": the agent phrase comes first.
    if (['by', 'from'].includes(tokens[j]?.lower ?? '')) {
      // "an attack by al-Shabaab on ...": the agent's name may follow an article or a particle.
      let q = j + 1;
      while (q < Math.min(s.end, j + 4) && !this.mentionAt(q) && ['the', 'al', 'el', '-'].includes((tokens[q] as Token).lower)) q++;
      const agent = this.mentionAt(q);
      if (agent) j = agent.end;
    }
    // "reached an agreement on Monday with Hamas", "held talks last week with": a time adjunct first.
    if ((trig.type === 'AGREES_WITH' || trig.type === 'NEGOTIATES_WITH' || trig.type === 'MEETS_WITH') && tokens[j]?.lower === 'on' && CALENDAR_DAYS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.lower === 'with') j += 2;
    const prep = tokens[j]?.lower ?? '';
    // "the U.S. demand that Hamas release all hostages": the subject of the demanded clause.
    if (trig.type === 'DEMANDS' && prep === 'that') targets = this.objectAfter(j + 1, s, 'target', 2);
    // "Niger's junta rejected France's demand that it release Bazoum": the side that answers a demand is addressed by it.
    if (trig.type === 'DEMANDS' && targets.every((a) => agents.some((b) => this.sideOf(b.actorId) === this.sideOf(a.actorId))) && (prep === 'that' || prep === 'to' || prep === 'for')) targets = this.demandAnswerer(k, s, agents);
    if (trig.targetPreps.includes(prep) && this.helpPhrase(j, s) === -1 && this.absoluteWith(j, s) === -1) {
      if (tokens[j + 1]?.lower === 'each' && tokens[j + 2]?.lower === 'other') {
        // "traded attacks on each other": every agent on every other.
        if (agents.length >= 2) for (const a of agents) this.emit(trig.type, [a], agents.filter((b) => b !== a), s, trig.confidence * hedge, claimant, alleged);
        return;
      }
      targets = this.objectAfter(j + 1, s, role, 3);
      // "airstrikes on what it says are hideouts of the TTP": the named thing after the aside.
      if (targets.length === 0 && trig.type === 'ATTACKS' && tokens[j + 1]?.lower === 'what') {
        for (let c = j + 2; c < Math.min(s.end, j + 7); c++) {
          if (!['called', 'calls', 'described', 'termed', 'said', 'says', 'are', 'were', 'is', 'was'].includes((tokens[c] as Token).lower)) continue;
          let o = c + 1;
          if (['are', 'were', 'is', 'was'].includes(tokens[o]?.lower ?? '')) o++;
          targets = this.objectAfter(o, s, role);
          break;
        }
      }
      // "prompting U.S. and British strikes on their positions": the main clause's subject owns them.
      if (targets.length === 0 && trig.type === 'ATTACKS' && ['its', 'their'].includes(tokens[j + 1]?.lower ?? '') && OWNED_TARGETS.has(tokens[j + 2]?.lower ?? '')) targets = this.promptingSubject(k, s, agents);
    }
    // "Under a deal brokered by China, Iran restored diplomatic ties with Saudi Arabia": the other party
    // is the one the subject restored or established relations with.
    if (targets.length === 0 && under && agents.length === 1) {
      const end = agents[0]?.mention?.end ?? -1;
      const v = end === -1 ? -1 : (this.isVerb(tokens[end]) ? end : this.isVerb(tokens[end + 1]) && ['AUX', 'ADV'].includes(tokens[end]?.pos ?? '') ? end + 1 : -1);
      let r = v + 1;
      while (r < Math.min(s.end, v + 4) && ['ADJ', 'DET'].includes((tokens[r] as Token).pos)) r++;
      if (v !== -1 && ['restore', 'normalise', 'normalize', 'resume', 'establish', 'upgrade', 're-establish'].includes(verbLemma(tokens[v] as Token)) && ['ties', 'relations'].includes(tokens[r]?.lower ?? '') && tokens[r + 1]?.lower === 'with') {
        targets = this.objectAfter(r + 2, s, 'target', 2);
      }
    }
    // "Macron told Putin in a phone call that ...": the one told is the other side of the call.
    // ("Trump urged Netanyahu in a phone call to ...": the call was held; the urging is about what follows it.)
    const toldInCall = targets.length === 0 && told.length > 0;
    if (toldInCall) targets = told;
    // "Zelenskiy received a call from Erdogan": the receiver is the other side of the call.
    if (targets.length === 0 && trig.type === 'MEETS_WITH') targets = this.callReceiver(k, s, agents);
    const met = trig.type === 'NEGOTIATES_WITH' && (travelled || this.heldInPerson(k, s) || this.personalTalks(k, s, agents, targets));
    // "Qatari mediators held talks with both Hamas and Israeli officials": mediators talking to both sides mediate.
    if ((trig.type === 'NEGOTIATES_WITH' || trig.type === 'MEETS_WITH') && targets.length === 2 && agents.length > 0 && agents.every((a) => a.mention && ['mediators', 'mediator'].includes(tokens[a.mention.end]?.lower ?? ''))) {
      const sides = new Set(agents.map((a) => this.sideOf(a.actorId)));
      if (this.sideOf((targets[0] as Arg).actorId) === this.sideOf((targets[1] as Arg).actorId) || targets.some((a) => sides.has(this.sideOf(a.actorId)))) return;
      if (!this.realisContext(k, s, trig.type)) return;
      this.emit('MEDIATES', agents, targets, s, trig.confidence * hedge, claimant, alleged);
      this.emit('MEETS_WITH', agents, targets, s, trig.confidence * hedge * 0.9, claimant, alleged);
      return;
    }
    // "failed to reach a deal in talks": the talks were held, whatever the outcome's modality.
    const heldAnyway = (): boolean => (trig.type === 'NEGOTIATES_WITH' || trig.type === 'MEETS_WITH') && (this.talksWithoutOutcome(k, s)?.length ?? 0) >= 2;
    if (targets.length === 0 && symmetric && agents.length >= 2 && (under || this.realisContext(k, s, trig.type) || heldAnyway() || (trig.type === 'AGREES_WITH' && this.tookEffect(this.skipNouns(k + 1, s), s)))) {
      // "Iran and the United States held talks": the coordinated agents with each other.
      for (const a of agents) this.emit(trig.type, [a], agents.filter((b) => b !== a), s, trig.confidence * hedge * 0.95, claimant, alleged);
      if (met) for (const a of agents) this.emit('MEETS_WITH', [a], agents.filter((b) => b !== a), s, trig.confidence * hedge * 0.9, claimant, alleged);
      // "X and Y concluded a round of talks with an agreement to extend the truce".
      // "X and Y held talks that ended with an agreement to ...": the talks produced an agreement.
      if (trig.type === 'NEGOTIATES_WITH' && agents.length === 2 && (this.concludedWithAgreement(k, s) || this.talksEndedInAgreement(k, s))) for (const a of agents) this.emit('AGREES_WITH', [a], agents.filter((b) => b !== a), s, 0.6 * hedge, claimant, alleged);
      return;
    }
    // "Two Hamas commanders were killed in an Israeli strike on Gaza": the victims named, rather than the town.
    if (trig.type === 'ATTACKS' && !trig.between && targets.length > 0 && targets.every((a) => a.mention?.form === 'city')) {
      const victims = this.victimsOf(k, s, agents);
      if (victims.length > 0) targets = victims;
    }
    // "Russian strikes in Kharkiv", "Israeli airstrikes in Khan Yunis": strikes in a town of another state hit that state.
    if (targets.length === 0 && trig.type === 'ATTACKS' && !trig.between && ['in', 'across', 'inside'].includes(prep)) {
      const place = this.mentionAt(this.afterRegion(j + 1));
      const sides = new Set(agents.map((a) => this.sideOf(a.actorId)));
      const arg = place && ['city', 'capital'].includes(place.form) ? this.argOf(place, 'attack-target') : null;
      if (arg && !sides.has(this.sideOf(arg.actorId))) targets = [{ ...arg, weight: arg.weight * 0.85 }];
    }
    // "airstrikes on villages held by the KIA": the holder of the place hit.
    if (targets.length === 0 && trig.type === 'ATTACKS' && !trig.between && trig.targetPreps.includes(prep)) targets = this.placeHolder(j + 1, s, agents);
    // "Three Nigerian soldiers were killed in an ISWAP attack": the victims' state was the target.
    if (targets.length === 0 && trig.type === 'ATTACKS' && !trig.between) targets = this.victimsOf(k, s, agents);
    // "Mali lost 15 soldiers in a JNIM ambush": the side that suffered the losses.
    if (targets.length === 0 && trig.type === 'ATTACKS' && !trig.between) targets = this.lostIn(k, s, agents);
    // "claimed the bombing, which killed 12 soldiers": a group's attack that killed soldiers of the state in view.
    if (targets.length === 0 && trig.type === 'ATTACKS' && !trig.between && tokens[j]?.text === ',' && ['which', 'that'].includes(tokens[j + 1]?.lower ?? '') && ['killed', 'wounded', 'injured'].includes(tokens[j + 2]?.lower ?? '')) targets = this.homeStateHit(j + 3, s, agents);
    // "Ukrainian forces repelled a Russian assault": whoever repels the attack was its target.
    if (targets.length === 0 && trig.type === 'ATTACKS' && !trig.between) {
      // ("fought off an al Shabaab attack": the particle and a name of several words do not count.)
      let reach = k - 4;
      for (let r = k - 1; r >= Math.max(s.first, reach); r--) {
        const w = tokens[r] as Token;
        const at = this.mentionAt(r);
        if (at && !agents.some((a) => a.mention === at)) break;
        if (at && at.first < r) {
          reach -= r - at.first;
          r = at.first;
        }
        if (w.lower === 'off') reach--;
        if (this.isVerb(w) && (REPEL_LEMMAS.has(verbLemma(w)) || (verbLemma(w) === 'fight' && tokens[r + 1]?.lower === 'off'))) {
          const frame = this.subjectOf(r, s, 'attack-target');
          const sides = new Set(agents.map((a) => this.sideOf(a.actorId)));
          targets = frame.subjects.filter((a) => !sides.has(this.sideOf(a.actorId)));
          // "repelled an attack by JNIM militants on Djibo, killing dozens of the attackers": the repeller hit back.
          if (targets.length > 0 && this.attackersKilled(k, s)) this.emit('ATTACKS', targets, agents, s, 0.65 * hedge, claimant, alleged);
          break;
        }
      }
    }
    // "Russia's threat to use nuclear weapons against Ukraine": the side the threatened act is against.
    if (targets.length === 0 && trig.type === 'THREATENS' && prep === 'to' && this.isVerb(tokens[j + 1])) {
      const sides = new Set(agents.map((a) => this.sideOf(a.actorId)));
      targets = this.prepObject(j + 2, s, ['against', 'on', 'at'], 8).filter((a) => !sides.has(this.sideOf(a.actorId)) && !a.mention?.place);
    }
    // "Iran said it would close the strait in response to U.S. threats": the side that answers them.
    if (targets.length === 0 && trig.type === 'THREATENS') targets = this.answeredThreat(k, s, agents);
    // "In response to Iran's missile attack, Israel struck ...": an attack a side answers was on that side.
    let answered = false;
    if (targets.length === 0 && trig.type === 'ATTACKS' && !trig.between) {
      targets = this.answeredAttack(k, s, agents);
      answered = targets.length > 0;
    }
    // "Kenya condemned the al-Shabaab attack on its soldiers": the critic owns what was hit.
    if (targets.length === 0 && trig.type === 'ATTACKS' && !trig.between && trig.targetPreps.includes(prep) && agents.length > 0) targets = this.condemnedOnOwn(k, j, s, agents);
    // "India said Pakistan's attack on its border posts was repulsed": the speaker's own posts.
    if (targets.length === 0 && trig.type === 'ATTACKS' && !trig.between && trig.targetPreps.includes(prep) && agents.length > 0) targets = this.attackOnSpeakersOwn(j, s, agents, claimant);
    if (targets.length === 0) return;
    // "Israel's ceasefire with Hezbollah has largely held": an agreement that took effect.
    const inEffect = trig.type === 'AGREES_WITH' && this.tookEffect(Math.max(...targets.map((a) => a.mention?.end ?? k + 1)), s);
    if (trig.type !== 'ATTACKS' && !travelled && !inEffect && !under && madeWith === -1 && !toldInCall && !this.realisContext(k, s, trig.type)) return;
    // "North Korea threatened strikes on South Korea", "vowed attacks on X": force announced, not used.
    if (trig.type === 'ATTACKS' && this.threatenedForce(k, s)) {
      this.emit('THREATENS', agents, targets.filter((a) => !agents.some((b) => this.sideOf(b.actorId) === this.sideOf(a.actorId))), s, 0.6 * hedge, claimant ?? agents[0]?.actorId ?? null, alleged);
      return;
    }
    const speechAct = ['ACCUSES', 'CRITICIZES', 'DENIES', 'DEMANDS', 'THREATENS'].includes(trig.type);
    const events = this.memory.events.length;
    this.emit(trig.type, agents, targets, s, trig.confidence * hedge, speechAct ? (claimant ?? agents[0]?.actorId ?? null) : claimant, alleged);
    // The attack answered came before the answer: "condemned the strikes" is about the answer.
    if (answered) this.memory.events.splice(events);
    if (met) this.emit('MEETS_WITH', agents, targets, s, trig.confidence * hedge * 0.9, claimant, alleged);
    // "Serbia held talks with Kosovo in Brussels that ended in a deal": the talks produced an agreement.
    if (trig.type === 'NEGOTIATES_WITH' && agents.length === 1 && targets.length === 1 && this.talksEndedInAgreement(k, s)) this.emit('AGREES_WITH', agents, targets, s, 0.6 * hedge, claimant, alleged);
    if (!symmetric && trig.between) this.emit(trig.type, targets, agents, s, trig.confidence * hedge * 0.9, claimant, alleged);
  }

  /**
   * "The conflict between India and Pakistan in May", "the armed conflict between X and Y": a conflict
   * between two sides that is not a dispute of another kind ("the trade conflict between").
   */
  protected conflictBetween(k: number, s: Sentence): void {
    const { tokens } = this;
    if (tokens[k + 1]?.lower !== 'between') return;
    for (let j = Math.max(s.first, k - 3); j < k; j++) {
      if (['trade', 'tariff', 'diplomatic', 'political', 'legal', 'economic', 'commercial', 'water', 'frozen', 'no', 'any', 'possible', 'potential', 'future', 'wider'].includes((tokens[j] as Token).lower)) return;
    }
    this.noun(k, s, { type: 'ATTACKS', targetPreps: ['with'], between: true, confidence: 0.6 });
  }
}

/**
 * Applies the relation rules to every sentence in order (later sentences may use what earlier
 * ones established: the parties of the talks, who accused whom). Pure and deterministic.
 */
export function findRelations(kb: KnowledgeBase, doc: AnalysedText, actors: DocActors): RawRelation[] {
  const memory: Memory = { dyad: null, dyadSentence: -1, priorDyad: null, priorDyadSentence: -1, talks: null, talksSentence: -1, pendingMediation: null, accusations: [], attacks: [], unclaimed: null, events: [] };
  const rules = new SentenceRules(kb, doc, actors, memory);
  for (const s of doc.sentences) rules.run(s);
  void LOCATIVE_PREPOSITIONS;
  return rules.out;
}
