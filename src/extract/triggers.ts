import type { RelationType } from '../domain/index.js';

/**
 * Trigger words by lemma, with where each one's arguments sit. A verb trigger's source is its
 * subject (its `by` agent in the passive); its target is found as `object` says. Nominal
 * triggers take their agent from a modifier ("Pakistani airstrikes", "Turkey's mediation") or a
 * `by` phrase, and their target from the prepositions listed.
 */

export type ObjectRule =
  /** The first actor after the verb, before any other preposition than "of" ("attacked the positions of X"). */
  | 'direct'
  /** An accusation-like object; the target is who made the accusation. */
  | 'accusation'
  /** A "that"-clause whose subject is the target ("alleged that X ..."), or a direct object. */
  | 'clause'
  /** "between X and Y", or the parties of the talks being mediated. */
  | 'parties'
  /** No object of its own: only a preposition in `preps` introduces the target. */
  | 'prep';

export interface VerbTrigger {
  readonly type: RelationType;
  readonly object: ObjectRule;
  /** Prepositions that may introduce the target after the verb or its object. */
  readonly preps?: readonly string[];
  /** A particle the verb needs right after it ("call on", "hit out at", "lash out at"). */
  readonly particle?: readonly string[];
  /** Prepositions that introduce an alleged act after the object ("accuse X of", "blame X for"). */
  readonly allegation?: readonly string[];
  /** "clashed with": both sides act on each other. */
  readonly mutual?: boolean;
  /** The object must be followed by an infinitive: "told X to", "asked X to", "called for X to". */
  readonly needsTo?: boolean;
  /** Base confidence of the pattern. */
  readonly confidence: number;
}

const v = (type: RelationType, object: ObjectRule, confidence: number, extra: Partial<VerbTrigger> = {}): VerbTrigger => ({
  type,
  object,
  confidence,
  ...extra,
});

/** "troops had been operating against Hezbollah fighters": read only before "against" ("operating alongside" is support). */
export const OPERATE_AGAINST: VerbTrigger = v('ATTACKS', 'prep', 0.6, { preps: ['against'] });

export const VERB_TRIGGERS: ReadonlyMap<string, readonly VerbTrigger[]> = new Map<string, VerbTrigger[]>([
  ['accuse', [v('ACCUSES', 'direct', 0.9, { allegation: ['of'] })]],
  ['blame', [v('ACCUSES', 'direct', 0.85, { preps: ['on'], allegation: ['for'] })]],
  ['allege', [v('ACCUSES', 'clause', 0.75)]],
  ['charge', [v('ACCUSES', 'direct', 0.7, { allegation: ['with'] }), v('ACCUSES', 'clause', 0.7)]],
  ['criticize', [v('CRITICIZES', 'direct', 0.85)]],
  ['criticise', [v('CRITICIZES', 'direct', 0.85)]],
  ['condemn', [v('CRITICIZES', 'direct', 0.85)]],
  ['protest', [v('CRITICIZES', 'prep', 0.65, { preps: ['against', 'to'] })]],
  ['denounce', [v('CRITICIZES', 'direct', 0.85)]],
  ['slam', [v('CRITICIZES', 'direct', 0.75)]],
  ['decry', [v('CRITICIZES', 'direct', 0.8)]],
  ['censure', [v('CRITICIZES', 'direct', 0.8)]],
  ['rebuke', [v('CRITICIZES', 'direct', 0.8)]],
  ['lambast', [v('CRITICIZES', 'direct', 0.8)]],
  ['lambaste', [v('CRITICIZES', 'direct', 0.8)]],
  ['deplore', [v('CRITICIZES', 'direct', 0.8)]],
  ['castigate', [v('CRITICIZES', 'direct', 0.8)]],
  ['chastise', [v('CRITICIZES', 'direct', 0.8)]],
  ['berate', [v('CRITICIZES', 'direct', 0.8)]],
  ['blast', [v('CRITICIZES', 'direct', 0.7)]],
  ['chide', [v('CRITICIZES', 'direct', 0.8)]],
  ['scold', [v('CRITICIZES', 'direct', 0.8)]],
  ['admonish', [v('CRITICIZES', 'direct', 0.8)]],
  ['assail', [v('CRITICIZES', 'direct', 0.75)]],
  ['excoriate', [v('CRITICIZES', 'direct', 0.8)]],
  ['reproach', [v('CRITICIZES', 'direct', 0.8)]],
  ['upbraid', [v('CRITICIZES', 'direct', 0.8)]],
  ['fault', [v('CRITICIZES', 'direct', 0.7)]],
  ['mock', [v('CRITICIZES', 'direct', 0.7)]],
  ['ridicule', [v('CRITICIZES', 'direct', 0.7)]],
  ['deride', [v('CRITICIZES', 'direct', 0.7)]],
  ['reprimand', [v('CRITICIZES', 'direct', 0.75)]],
  ['vilify', [v('CRITICIZES', 'direct', 0.75)]],
  ['hit', [v('CRITICIZES', 'prep', 0.75, { particle: ['out'], preps: ['at'] }), v('ATTACKS', 'direct', 0.75)]],
  ['lash', [v('CRITICIZES', 'prep', 0.75, { particle: ['out'], preps: ['at'] })]],
  ['rail', [v('CRITICIZES', 'prep', 0.75, { preps: ['against', 'at'] })]],
  ['deny', [v('DENIES', 'accusation', 0.85)]],
  // ("a charge Abuja has long disputed", "China disputed the Philippine account".)
  ['dispute', [v('DENIES', 'accusation', 0.7)]],
  ['reject', [v('DENIES', 'accusation', 0.8)]],
  ['dismiss', [v('DENIES', 'accusation', 0.8)]],
  ['refute', [v('DENIES', 'accusation', 0.85)]],
  ['rebuff', [v('DENIES', 'accusation', 0.75)]],
  ['brush', [v('DENIES', 'accusation', 0.75, { particle: ['aside', 'off'] })]],
  ['demand', [v('DEMANDS', 'clause', 0.85, { preps: ['from'] })]],
  ['urge', [v('DEMANDS', 'direct', 0.85)]],
  ['call', [v('DEMANDS', 'prep', 0.85, { particle: ['on', 'upon'] }), v('DEMANDS', 'prep', 0.75, { particle: ['for'], needsTo: true })]],
  ['press', [v('DEMANDS', 'direct', 0.75)]],
  ['pressure', [v('DEMANDS', 'direct', 0.75)]],
  ['ask', [v('DEMANDS', 'direct', 0.65, { needsTo: true })]],
  ['appeal', [v('DEMANDS', 'prep', 0.7, { preps: ['to'] })]],
  ['tell', [v('DEMANDS', 'direct', 0.7, { needsTo: true })]],
  ['implore', [v('DEMANDS', 'direct', 0.8)]],
  ['plead', [v('DEMANDS', 'prep', 0.75, { preps: ['with'] })]],
  ['request', [v('DEMANDS', 'clause', 0.7)]],
  ['want', [v('DEMANDS', 'direct', 0.6, { needsTo: true })]],
  ['order', [v('DEMANDS', 'direct', 0.6, { needsTo: true })]],
  ['push', [v('DEMANDS', 'direct', 0.65, { needsTo: true })]],
  ['encourage', [v('DEMANDS', 'direct', 0.6, { needsTo: true })]],
  ['exhort', [v('DEMANDS', 'direct', 0.75, { needsTo: true })]],
  ['threaten', [v('THREATENS', 'direct', 0.85)]],
  ['warn', [v('THREATENS', 'direct', 0.75)]],
  ['vow', [v('THREATENS', 'prep', 0.75, { preps: ['against', 'on'] })]],
  ['avenge', [v('THREATENS', 'direct', 0.7)]],
  ['attack', [v('ATTACKS', 'direct', 0.85)]],
  ['strike', [v('ATTACKS', 'direct', 0.8)]],
  ['bomb', [v('ATTACKS', 'direct', 0.85)]],
  ['shell', [v('ATTACKS', 'direct', 0.85)]],
  ['raid', [v('ATTACKS', 'direct', 0.8)]],
  ['ambush', [v('ATTACKS', 'direct', 0.85)]],
  ['assault', [v('ATTACKS', 'direct', 0.8)]],
  ['target', [v('ATTACKS', 'direct', 0.75)]],
  ['pound', [v('ATTACKS', 'direct', 0.75)]],
  ['crush', [v('ATTACKS', 'direct', 0.65)]],
  ['bombard', [v('ATTACKS', 'direct', 0.85)]],
  ['invade', [v('ATTACKS', 'direct', 0.85)]],
  ['storm', [v('ATTACKS', 'direct', 0.7)]],
  ['hijack', [v('ATTACKS', 'direct', 0.7)]],
  ['besiege', [v('ATTACKS', 'direct', 0.75)]],
  ['shoot', [v('ATTACKS', 'direct', 0.7, { preps: ['at', 'on'] })]],
  ['fire', [v('ATTACKS', 'prep', 0.75, { preps: ['at', 'on', 'upon', 'into', 'toward', 'towards'] })]],
  // ("Congolese forces inflicted heavy losses on the ADF".)
  ['inflict', [v('ATTACKS', 'prep', 0.65, { preps: ['on', 'upon'] })]],
  // ("The Lebanese army returned fire on Syrian forces".)
  ['return', [v('ATTACKS', 'prep', 0.7, { particle: ['fire'], preps: ['at', 'on', 'upon', 'into'] })]],
  ['open', [v('ATTACKS', 'prep', 0.75, { particle: ['fire'], preps: ['at', 'on', 'upon', 'into'] })]],
  ['launch', [v('ATTACKS', 'prep', 0.7, { preps: ['at', 'against', 'on', 'toward', 'towards', 'into'] })]],
  ['kill', [v('ATTACKS', 'direct', 0.7)]],
  // ("Chinese forces wounded three Philippine sailors", "injured two Indian soldiers".)
  ['wound', [v('ATTACKS', 'direct', 0.65)]],
  ['injure', [v('ATTACKS', 'direct', 0.65)]],
  ['assassinate', [v('ATTACKS', 'direct', 0.75)]],
  // "Gunmen abducted 20 Nigerian soldiers", "kidnapped dozens of Nigerian schoolgirls".
  ['abduct', [v('ATTACKS', 'direct', 0.7)]],
  ['kidnap', [v('ATTACKS', 'direct', 0.7)]],
  ['overrun', [v('ATTACKS', 'direct', 0.75)]],
  ['overran', [v('ATTACKS', 'direct', 0.75)]],
  ['capture', [v('ATTACKS', 'direct', 0.65, { preps: ['from'] })]],
  ['seize', [v('ATTACKS', 'direct', 0.65, { preps: ['from'] })]],
  ['retake', [v('ATTACKS', 'direct', 0.7, { preps: ['from'] })]],
  ['recapture', [v('ATTACKS', 'direct', 0.7, { preps: ['from'] })]],
  ['wrest', [v('ATTACKS', 'direct', 0.7, { preps: ['from'] })]],
  ['down', [v('ATTACKS', 'direct', 0.6)]],
  ['retaliate', [v('ATTACKS', 'prep', 0.75, { preps: ['against'] })]],
  ['clash', [v('ATTACKS', 'prep', 0.75, { preps: ['with'], mutual: true })]],
  ['fight', [v('ATTACKS', 'direct', 0.7, { preps: ['against', 'with'], mutual: true })]],
  ['battle', [v('ATTACKS', 'direct', 0.7, { preps: ['against', 'with'], mutual: true })]],
  ['destroy', [v('ATTACKS', 'direct', 0.65)]],
  // "Ukraine sank a Russian warship": a vessel sunk is its state's.
  ['sink', [v('ATTACKS', 'direct', 0.7)]],
  // "Chinese coast guard ships rammed a Philippine supply boat".
  ['ram', [v('ATTACKS', 'direct', 0.65)]],
  // "Turkey said it had neutralised 13 PKK militants": the military euphemism for killing.
  ['neutralise', [v('ATTACKS', 'direct', 0.7)]],
  ['neutralize', [v('ATTACKS', 'direct', 0.7)]],
  ['mediate', [v('MEDIATES', 'parties', 0.9)]],
  ['broker', [v('MEDIATES', 'parties', 0.85)]],
  // ("a deal after talks shepherded by Qatar", "presided over talks between Congo and Rwanda".)
  ['shepherd', [v('MEDIATES', 'parties', 0.75)]],
  ['preside', [v('MEDIATES', 'parties', 0.75, { particle: ['over'] })]],
  ['facilitate', [v('MEDIATES', 'parties', 0.75)]],
  ['host', [v('MEDIATES', 'parties', 0.75)]],
  ['convene', [v('MEDIATES', 'parties', 0.75)]],
  ['bring', [v('MEDIATES', 'parties', 0.7)]],
  ['chair', [v('MEDIATES', 'parties', 0.7)]],
  ['shuttle', [v('MEDIATES', 'parties', 0.7)]],
  ['relay', [v('MEDIATES', 'parties', 0.7)]],
  ['mend', [v('MEDIATES', 'parties', 0.7)]],
  ['bridge', [v('MEDIATES', 'parties', 0.7)]],
  ['negotiate', [v('NEGOTIATES_WITH', 'prep', 0.85, { preps: ['with'] })]],
  ['talk', [v('MEETS_WITH', 'prep', 0.65, { preps: ['with', 'to'] })]],
  ['speak', [v('MEETS_WITH', 'prep', 0.65, { preps: ['with', 'to'] })]],
  ['meet', [v('MEETS_WITH', 'direct', 0.85, { preps: ['with'] })]],
  ['sit', [v('MEETS_WITH', 'prep', 0.7, { particle: ['down'], preps: ['with'] })]],
  ['visit', [v('MEETS_WITH', 'direct', 0.7)]],
  // "Erdogan phoned Putin", "Putin telephoned Erdogan": a call is a meeting, as the noun "call" is.
  ['phone', [v('MEETS_WITH', 'direct', 0.7)]],
  // "Lavrov conferred with Wang Yi", "consulted with the Saudi foreign minister".
  ['confer', [v('MEETS_WITH', 'prep', 0.65, { preps: ['with'] })]],
  ['consult', [v('MEETS_WITH', 'prep', 0.6, { preps: ['with'] })]],
  ['telephone', [v('MEETS_WITH', 'direct', 0.7)]],
  ['receive', [v('MEETS_WITH', 'direct', 0.6)]],
  ['agree', [v('AGREES_WITH', 'prep', 0.8, { preps: ['with'] })]],
  ['sign', [v('AGREES_WITH', 'prep', 0.8, { preps: ['with'] })]],
  ['initial', [v('AGREES_WITH', 'prep', 0.8, { preps: ['with'] })]],
  ['ink', [v('AGREES_WITH', 'prep', 0.75, { preps: ['with'] })]],
  ['seal', [v('AGREES_WITH', 'prep', 0.7, { preps: ['with'] })]],
  // ("Armenia and Azerbaijan said they had finalised the text of a peace treaty".)
  ['finalise', [v('AGREES_WITH', 'prep', 0.7, { preps: ['with'] })]],
  ['finalize', [v('AGREES_WITH', 'prep', 0.7, { preps: ['with'] })]],
  ['support', [v('SUPPORTS', 'direct', 0.8)]],
  // "accused Cuba of propping up Venezuela's government".
  ['prop', [v('SUPPORTS', 'direct', 0.7, { particle: ['up'] })]],
  ['back', [v('SUPPORTS', 'direct', 0.8)]],
  ['arm', [v('SUPPORTS', 'direct', 0.8)]],
  ['fund', [v('SUPPORTS', 'direct', 0.8)]],
  ['finance', [v('SUPPORTS', 'direct', 0.8)]],
  ['sponsor', [v('SUPPORTS', 'direct', 0.75), v('MEDIATES', 'parties', 0.75)]],
  ['harbour', [v('SUPPORTS', 'direct', 0.8)]],
  ['harbor', [v('SUPPORTS', 'direct', 0.8)]],
  ['shelter', [v('SUPPORTS', 'direct', 0.7)]],
  ['aid', [v('SUPPORTS', 'direct', 0.7)]],
  ['assist', [v('SUPPORTS', 'direct', 0.65)]],
  ['equip', [v('SUPPORTS', 'direct', 0.75)]],
  ['train', [v('SUPPORTS', 'direct', 0.65)]],
  ['bolster', [v('SUPPORTS', 'direct', 0.65)]],
  ['shore', [v('SUPPORTS', 'direct', 0.65, { particle: ['up'] })]],
  ['prop', [v('SUPPORTS', 'direct', 0.65, { particle: ['up'] })]],
  ['bankroll', [v('SUPPORTS', 'direct', 0.75)]],
  ['shield', [v('SUPPORTS', 'direct', 0.65)]],
  ['subsidise', [v('SUPPORTS', 'direct', 0.65)]],
  ['subsidize', [v('SUPPORTS', 'direct', 0.65)]],
  ['resupply', [v('SUPPORTS', 'direct', 0.7)]],
  ['rearm', [v('SUPPORTS', 'direct', 0.7)]],
  ['reinforce', [v('SUPPORTS', 'direct', 0.6)]],
  ['underwrite', [v('SUPPORTS', 'direct', 0.6)]],
]);

/** Light verbs that take a resource noun and give it "to" someone: "provided safe havens to TTP". */
export const GIVE_LEMMAS = new Set(['provide', 'supply', 'send', 'give', 'deliver', 'offer', 'extend', 'grant', 'ship', 'transfer', 'lend', 'pledge', 'sell', 'approve', 'authorise', 'authorize', 'donate', 'disburse', 'commit', 'allocate', 'earmark']);
/** Giving verbs whose receiver may be named by its capital ("delivered tanks to Kyiv"); "sent drones to Kyiv" may be an attack. */
export const HANDOVER_LEMMAS = new Set(['provide', 'supply', 'give', 'deliver', 'transfer', 'lend', 'sell', 'donate', 'grant']);
export const SUPPORT_NOUNS = new Set([
  'weapon', 'weapons', 'arm', 'arms', 'aid', 'support', 'assistance', 'funding', 'fund', 'funds', 'money', 'drone', 'drones',
  'missile', 'missiles', 'ammunition', 'haven', 'havens', 'sanctuary', 'sanctuaries', 'shelter', 'refuge', 'troops',
  'fighters', 'training', 'backing', 'equipment', 'rockets', 'munitions', 'shells', 'loans', 'intelligence', 'sale', 'sales',
  'jets', 'systems', 'tanks', 'artillery', 'package', 'shipment', 'shipments', 'howitzers', 'interceptors', 'aircraft',
  'supplies', 'food', 'fuel', 'medicine', 'medicines', 'vaccines', 'electricity', 'power', 'grain', 'loan', 'credit', 'credits',
  'grants', 'grant', 'relief', 'advisers', 'advisors', 'instructors', 'peacekeepers', 'reinforcements', 'mercenaries',
  'technology', 'technologies', 'components', 'parts', 'know-how', 'bombs', 'rifles', 'guns', 'vehicles', 'armour', 'armor',
  'cover', 'protection', 'soldiers', 'warships', 'personnel', 'munition', 'goods', 'lifeline', 'materiel', 'hardware', 'launchers',
  'bailout', 'bailouts', 'guarantees', 'asylum', 'dollars', 'euros', 'pounds', 'yuan', 'roubles', 'rubles', 'francs', 'yen',
  'riyals', 'dirhams', 'rupees', 'wheat', 'contingent', 'contingents', 'billion', 'million', 'bn',
]);

/** Civilian resources whose receiver may be named by its capital: "sent power supplies to Chisinau". */
export const CIVILIAN_SUPPORT_NOUNS = new Set(['aid', 'supplies', 'food', 'fuel', 'medicine', 'medicines', 'vaccines', 'electricity', 'power', 'grain', 'relief', 'assistance', 'funding', 'loans', 'loan', 'credit', 'credits', 'grants', 'grant', 'money', 'funds']);

export interface NounTrigger {
  readonly type: RelationType;
  /** Prepositions after the noun that introduce the target. */
  readonly targetPreps: readonly string[];
  /** "talks between X and Y": both sides are the parties. */
  readonly between: boolean;
  readonly confidence: number;
}

const n = (type: RelationType, targetPreps: readonly string[], between: boolean, confidence: number): NounTrigger => ({
  type,
  targetPreps,
  between,
  confidence,
});

export const NOUN_TRIGGERS: ReadonlyMap<string, NounTrigger> = new Map<string, NounTrigger>([
  ['attack', n('ATTACKS', ['on', 'against', 'targeting', 'upon', 'across', 'inside'], false, 0.75)],
  ['strike', n('ATTACKS', ['on', 'against', 'targeting', 'upon', 'across', 'inside'], false, 0.7)],
  ['airstrike', n('ATTACKS', ['on', 'against', 'targeting', 'upon', 'across', 'inside'], false, 0.75)],
  ['shelling', n('ATTACKS', ['on', 'of', 'against'], false, 0.75)],
  ['bombardment', n('ATTACKS', ['on', 'of', 'against'], false, 0.75)],
  ['bombing', n('ATTACKS', ['on', 'of', 'against'], false, 0.7)],
  // "Iran's missile barrage on Israel", "a Russian onslaught against Pokrovsk".
  ['barrage', n('ATTACKS', ['on', 'against', 'at', 'targeting'], false, 0.7)],
  ['onslaught', n('ATTACKS', ['on', 'against'], false, 0.7)],
  ['raid', n('ATTACKS', ['on', 'against', 'into', 'across', 'inside'], false, 0.7)],
  ['assault', n('ATTACKS', ['on', 'against'], false, 0.7)],
  ['offensive', n('ATTACKS', ['against', 'on'], false, 0.7)],
  ['counter-offensive', n('ATTACKS', ['against', 'on'], false, 0.7)],
  ['counteroffensive', n('ATTACKS', ['against', 'on'], false, 0.7)],
  ['counterattack', n('ATTACKS', ['against', 'on'], false, 0.65)],
  ['counter-attack', n('ATTACKS', ['against', 'on'], false, 0.65)],
  ['incursion', n('ATTACKS', ['into'], false, 0.65)],
  ['invasion', n('ATTACKS', ['of'], false, 0.8)],
  ['war', n('ATTACKS', ['on', 'against'], false, 0.65)],
  ['insurgency', n('ATTACKS', ['against'], false, 0.6)],
  ['ambush', n('ATTACKS', ['on', 'against'], false, 0.7)],
  ['clash', n('ATTACKS', ['with'], true, 0.65)],
  ['fighting', n('ATTACKS', ['with'], true, 0.6)],
  ['hostility', n('ATTACKS', [], true, 0.55)],
  ['skirmish', n('ATTACKS', ['with'], true, 0.6)],
  ['accusation', n('ACCUSES', ['against'], false, 0.7)],
  ['allegation', n('ACCUSES', ['against'], false, 0.65)],
  ['criticism', n('CRITICIZES', ['of'], false, 0.7)],
  ['condemnation', n('CRITICIZES', ['of'], false, 0.7)],
  ['talk', n('NEGOTIATES_WITH', ['with'], true, 0.75)],
  ['negotiation', n('NEGOTIATES_WITH', ['with'], true, 0.75)],
  ['dialogue', n('NEGOTIATES_WITH', ['with'], true, 0.65)],
  ['meeting', n('MEETS_WITH', ['with'], true, 0.7)],
  ['summit', n('MEETS_WITH', ['with'], true, 0.65)],
  ['call', n('MEETS_WITH', ['with'], true, 0.6)],
  ['conversation', n('MEETS_WITH', ['with'], true, 0.6)],
  ['lunch', n('MEETS_WITH', ['with', 'for'], true, 0.6)],
  ['dinner', n('MEETS_WITH', ['with', 'for'], true, 0.6)],
  ['breakfast', n('MEETS_WITH', ['with', 'for'], true, 0.6)],
  ['mediation', n('MEDIATES', [], true, 0.75)],
  ['auspice', n('MEDIATES', [], true, 0.75)],
  ['revenge', n('THREATENS', ['against', 'on', 'for'], false, 0.6)],
  ['retaliation', n('THREATENS', ['against', 'on'], false, 0.6)],
  ['ultimatum', n('THREATENS', ['to'], false, 0.65)],
  ['agreement', n('AGREES_WITH', ['with'], true, 0.65)],
  ['deal', n('AGREES_WITH', ['with'], true, 0.6)],
  ['accord', n('AGREES_WITH', ['with'], true, 0.65)],
  ['truce', n('AGREES_WITH', ['with'], true, 0.65)],
  ['ceasefire', n('AGREES_WITH', ['with'], true, 0.6)],
  ['pact', n('AGREES_WITH', ['with'], true, 0.65)],
  ['treaty', n('AGREES_WITH', ['with'], true, 0.6)],
  ['understanding', n('AGREES_WITH', ['with'], true, 0.6)],
  ['memorandum', n('AGREES_WITH', ['with'], true, 0.6)],
  ['arrangement', n('AGREES_WITH', ['with'], true, 0.55)],
  ['support', n('SUPPORTS', ['for', 'to'], false, 0.65)],
  ['backing', n('SUPPORTS', ['for', 'of'], false, 0.65)],
  ['threat', n('THREATENS', ['against', 'to'], false, 0.6)],
  ['demand', n('DEMANDS', ['on'], false, 0.6)],
]);

/** "X-backed Y", "X-brokered deal": a glued participle after an actor. */
export const GLUED_SUPPORT = new Set(['backed', 'sponsored', 'supported', 'funded', 'armed', 'allied', 'aligned', 'financed', 'equipped']);
export const GLUED_MEDIATION = new Set(['brokered', 'mediated', 'facilitated', 'hosted']);

/** Words of mediation, and the cues that turn them into an offer ("ready to mediate"). */
export const MEDIATION_WORDS = new Set(['mediate', 'mediator', 'mediation', 'broker', 'intermediary', 'facilitator', 'arbiter', 'peacemaker']);
export const OFFER_CUES = new Set([
  'offer', 'offered', 'offers', 'offering', 'ready', 'readiness', 'willing', 'willingness', 'prepared', 'propose', 'proposed',
  'proposes', 'volunteer', 'volunteered', 'open', 'want', 'wants', 'wanted', 'hope', 'hopes', 'seek', 'seeks', 'eager',
  'available', 'keen', 'intend', 'intends', 'plan', 'plans', 'would', 'could', 'can', 'will', 'pledge', 'pledged', 'vowed',
]);

/** Acts that a speaker imputes to someone when he says they did them: "said the government had violated the truce". */
export const IMPUTED_ACTS = new Set(['violate', 'breach', 'obstruct', 'sabotage', 'undermine', 'torpedo', 'derail', 'stall', 'renege', 'provoke', 'fabricate', 'intrude', 'harass', 'interfere', 'meddle', 'lie', 'mislead', 'distort', 'incite', 'destabilise', 'destabilize', 'orchestrate', 'exaggerate', 'deflect', 'conceal', 'whitewash', 'exploit', 'weaponise', 'weaponize']);

/** Words that call a claim false: "called the claim a lie". */
export const FALSEHOOD_WORDS = new Set(['lie', 'lies', 'false', 'baseless', 'fabricated', 'fabrication', 'untrue', 'absurd', 'groundless', 'nonsense', 'disinformation', 'propaganda', 'unfounded', 'slander', 'fake', 'ridiculous', 'misinformation']);

/** Verbs of threat that turn an infinitive attack into a threat: "vowed to retaliate against X". */
export const THREAT_LEMMAS = new Set(['vow', 'threaten', 'pledge', 'promise', 'warn', 'swear', 'vowing', 'threatening']);

/** Events a critic can condemn without naming the actor ("condemned the strikes"). */
export const EVENT_NOUNS = new Set(['incident', 'incidents', 'strike', 'strikes', 'attack', 'attacks', 'ambush', 'ambushes', 'airstrike', 'airstrikes', 'incursion', 'raid', 'raids', 'shelling', 'bombing', 'bombardment', 'offensive', 'invasion', 'drills', 'exercises', 'killing', 'killings', 'operation', 'operations', 'assault', 'move', 'escalation', 'advance', 'seizure', 'capture', 'takeover', 'blockade', 'deployment', 'annexation', 'occupation', 'test', 'launch', 'aggression', 'provocation', 'provocations', 'actions', 'violations', 'violation', 'launches', 'tests', 'arrest', 'arrests', 'detention', 'detentions', 'expulsion', 'expulsions', 'incursions', 'intrusion', 'intrusions', 'seizures', 'deployments', 'buildup']);

/** Nouns of military activity: their agent is remembered for "condemned the exercises". */
export const MILITARY_ACTIVITY = new Set(['drills', 'exercises', 'exercise', 'operation', 'operations', 'offensive', 'deployment', 'blockade', 'test', 'tests', 'launch', 'maneuvers', 'manoeuvres', 'incursion', 'patrols', 'buildup', 'mobilisation', 'mobilization']);

/** Objects of "deny"/"reject" that make it a denial of an accusation. */
export const ACCUSATION_NOUNS = new Set([
  'accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims', 'charge', 'charges', 'report', 'reports',
  'insinuation', 'insinuations', 'imputation', 'imputations', 'figure', 'figures',
  'involvement', 'responsibility', 'role', 'assertion', 'assertions', 'suggestion', 'suggestions', 'accounts', 'account',
  'statement', 'statements', 'blame', 'complicity', 'link', 'links', 'findings', 'version', 'narrative', 'narratives',
  'protest', 'protests', 'assessment', 'portrayal', 'characterisation', 'characterization', 'criticism', 'criticisms',
]);

/** Nouns of talks and disputes whose parties a mediator mediates between. */
export const TALKS_NOUNS = new Set([
  'talk', 'talks', 'negotiation', 'negotiations', 'dialogue', 'meeting', 'meetings', 'round', 'dispute', 'conflict',
  'process', 'deal', 'ceasefire', 'truce', 'agreement', 'accord', 'exchange', 'swap', 'discussions', 'discussion', 'peace',
  'ceremony', 'consultations', 'declaration', 'rounds',
]);

/** Nouns naming a dyad in conflict or in talks: "the war between Pakistan and the Taliban". */
export const DYAD_NOUNS = new Set([
  'war', 'conflict', 'tension', 'tensions', 'dispute', 'feud', 'rift', 'standoff', 'fighting', 'clashes', 'hostilities',
  'talks', 'talk', 'negotiations', 'dialogue', 'relations', 'crisis', 'rivalry', 'confrontation',
]);

/**
 * Nouns after an actor that make the actor a modifier of a thing, not a party: "backed a UN
 * resolution", "welcomed the Qatari proposal".
 */
export const ARTIFACT_NOUNS = new Set([
  'resolution', 'resolutions', 'plan', 'plans', 'proposal', 'proposals', 'bid', 'effort', 'efforts', 'initiative',
  'call', 'calls', 'deal', 'ceasefire', 'agreement', 'talks', 'demand', 'demands', 'decision', 'move', 'position',
  'stance', 'request', 'offer', 'project', 'programme', 'program', 'policy', 'policies', 'sanctions', 'vote', 'statement',
  'report', 'reports', 'claims', 'accusations', 'allegations', 'law', 'laws', 'constitution', 'election', 'elections',
  'framework', 'roadmap', 'mediation', 'charter', 'mandate', 'summit', 'conference', 'meeting', 'visit', 'border',
  'language', 'media', 'news', 'currency', 'economy', 'market', 'markets', 'oil', 'gas', 'press',
]);
