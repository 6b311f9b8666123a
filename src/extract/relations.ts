import { RELATION_TYPE_INFO, type RelationType } from '../domain/index.js';
import type { ActorInfo, KnowledgeBase } from './knowledge.js';
import { datelineState, type DocActors, type Mention } from './mentions.js';
import type { AnalysedText, Sentence, Token } from './nlp.js';
import {
  ACCUSATION_NOUNS,
  ARTIFACT_NOUNS,
  DYAD_NOUNS,
  EVENT_NOUNS,
  FALSEHOOD_WORDS,
  IMPUTED_ACTS,
  MILITARY_ACTIVITY,
  THREAT_LEMMAS,
  GIVE_LEMMAS,
  HANDOVER_LEMMAS,
  GLUED_MEDIATION,
  GLUED_SUPPORT,
  MEDIATION_WORDS,
  NOUN_TRIGGERS,
  OFFER_CUES,
  SUPPORT_NOUNS,
  CIVILIAN_SUPPORT_NOUNS,
  TALKS_NOUNS,
  VERB_TRIGGERS,
  type NounTrigger,
  type VerbTrigger,
} from './triggers.js';
import { LOCATIVE_PREPOSITIONS, SPEECH_LEMMAS } from './vocabulary.js';

/**
 * Clause rules over tokens and actor mentions (there is no dependency parser for JavaScript):
 * each trigger finds its source and target where English puts them, in the active and passive
 * voice, in nominalisations and coordinations; negation and hypotheticals suppress, hedges lower
 * the confidence; reported speech gives the claimant.
 */

/** A relation before dedup, with the sentence it came from. */
export interface RawRelation {
  readonly source: string;
  readonly target: string;
  readonly type: RelationType;
  readonly sentence: number;
  readonly confidence: number;
  readonly claimant: string | null;
  readonly alleged: boolean;
}

/** An argument: an actor found at a place in the text, with what finding it cost. */
interface Arg {
  readonly actorId: string;
  readonly mention: Mention | null;
  /** Multiplier for how it was found (coreference, metonymy, discourse). */
  readonly weight: number;
}

type Role = 'agent' | 'attack-target' | 'target' | 'recipient';

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'refused', 'refuses', 'refuse', 'declined', 'declines', 'failed', 'fails', 'yet', 'denied', 'denies', 'deny', 'rejected', 'rejects', 'dismissed', 'dismisses', 'false', 'baseless', 'unfounded']);
const HEDGES = new Set(['believed', 'thought', 'reportedly', 'allegedly', 'apparently', 'purportedly', 'possibly', 'likely', 'probably', 'suspected', 'presumably', 'seemingly', 'may', 'might']);
/** Heads of a group named by its nationality: "the Palestinian group Hamas", "an Iraqi militia". */
const GROUP_HEADS = new Set(['militias', 'militia', 'militants', 'fighters', 'insurgents', 'rebels', 'group', 'groups', 'faction', 'factions', 'movement', 'paramilitary', 'paramilitaries', 'organisation', 'organization', 'proxy', 'proxies']);
/** Fighters named by no actor of their own: "militias in Iraq". */
const UNNAMED_FIGHTERS = new Set(['militias', 'militia', 'militants', 'gunmen', 'fighters', 'insurgents', 'jihadists', 'rebels', 'groups', 'factions', 'militiamen']);
/** What one side puts forward and another accepts: "accepted Egypt's proposal". */
const PROPOSAL_NOUNS = new Set(['proposal', 'proposals', 'plan', 'terms', 'initiative', 'roadmap', 'framework', 'blueprint', 'demand', 'demands', 'conditions', 'offer', 'request']);
const IRREALIS = new Set(['will', "'ll", 'would', 'could', 'should', 'shall', 'can', 'if', 'unless', 'whether', 'to', 'must', 'may', 'might', 'cannot', 'wo', 'ca']);
const CLAUSE_BREAKS = new Set([';', ':', '(', ')', '"', '[', ']', '—', '–', '?', '!']);
const SUBORDINATORS = new Set(['that', 'which', 'who', 'whom', 'because', 'after', 'before', 'while', 'when', 'if', 'although', 'though', 'since', 'but', 'whereas', 'unless', 'until', 'as', 'where', 'so', 'whose', 'following', 'amid', 'despite']);
const RELATIVES = new Set(['who', 'which', 'that']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
const IRREGULAR_PARTICIPLES = new Set(['overrun', 'beset', 'undertaken', 'overtaken', 'thrown', 'caught', 'won', 'lost', 'sought', 'bought', 'sold', 'told', 'built', 'struck', 'hit', 'shot', 'held', 'met', 'fought', 'brought', 'led', 'seen', 'taken', 'given', 'made', 'sent', 'bombed', 'backed', 'hosted', 'mediated', 'brokered', 'attacked', 'targeted', 'accused', 'blamed', 'criticised', 'criticized', 'condemned', 'threatened', 'warned', 'urged', 'killed', 'shelled', 'raided', 'ambushed', 'invaded', 'supported', 'armed', 'funded', 'visited', 'received', 'rejected', 'denied', 'dismissed']);
const EACH_OTHER = new Set(['each', 'one']);
/** Verbs that carry a nominal event: "launched strikes", "held talks", "traded attacks". */
/** What an accuser calls its own when it says it was attacked: "shelled its positions". */
const OWN_FORCE_NOUNS = new Set(['positions', 'position', 'troops', 'soldiers', 'forces', 'posts', 'post', 'outposts', 'bases', 'base', 'units', 'patrol', 'patrols', 'convoy', 'checkpoint', 'checkpoints']);
/** What an accuser says is threatened when it is itself threatened: "threatening its sovereignty". */
const OWN_THREATENED_NOUNS = new Set(['sovereignty', 'security', 'integrity', 'independence', 'territory', 'borders', 'stability', 'troops', 'forces', 'positions']);
const LIGHT_VERBS = new Set(['wage', 'take', 'participate', 'join', 'lead', 'vow', 'threaten', 'promise', 'seek', 'issue', 'launch', 'carry', 'conduct', 'mount', 'stage', 'hold', 'intensify', 'step', 'escalate', 'resume', 'continue', 'begin', 'start', 'open', 'unleash', 'make', 'level', 'reject', 'issue', 'express', 'voice', 'sign', 'reach', 'strike', 'seal', 'conclude', 'enter', 'extend', 'pledge', 'provide', 'offer', 'give', 'trade', 'exchange', 'initial', 'ink', 'renew', 'announce', 'finalise', 'finalize', 'agree']);
/** Verbs whose object is the subject of their infinitive: "urged Israel to withdraw". */
const OBJECT_CONTROL = new Set(['urge', 'ask', 'call', 'press', 'order', 'tell', 'force', 'allow', 'persuade', 'encourage', 'invite', 'want', 'pressure', 'push', 'help', 'enable', 'authorize', 'authorise', 'prompt', 'spur']);
/** What a host shelters of a force: "PKK camps", "French troops", "Hamas leaders". */
const HOSTED_NOUNS = new Set(['camps', 'camp', 'bases', 'base', 'troops', 'soldiers', 'forces', 'fighters', 'militants', 'leaders', 'leadership', 'members', 'officials', 'offices', 'office', 'headquarters', 'training']);

/** Nouns after a name that keep it a person or delegation: "received Russian President Putin", "the Iranian delegation". */
const TITLE_WORDS = new Set(['president', 'minister', 'leader', 'delegation', 'delegations', 'envoy', 'envoys', 'officials', 'official', 'counterpart', 'king', 'prince', 'chancellor', 'premier', 'ambassador', 'team', 'negotiators', 'troops', 'forces', 'embassy', 'capital', 'parliament', 'secretary', 'chief', 'commander', 'foreign', 'prime', 'defence', 'defense', 'army', 'military']);

/** International bodies whose warnings are advice, not threats. */
const FORCELESS_BODIES = new Set(['world-health-organization', 'world-food-programme', 'ocha', 'interpol', 'financial-action-task-force', 'world-trade-organization', 'international-atomic-energy-agency', 'international-organization-for-migration', 'minurso', 'monusco', 'minusca', 'binuh', 'undof', 'untso', 'unisfa', 'unami', 'unifil', 'unmiss', 'unama', 'unmik', 'unodc', 'unfpa']);

/** Relatives named by an actor's possessive: "Kim Jong Un's sister" is not Kim Jong Un. */
const KIN_NOUNS = new Set(['sister', 'brother', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'widow', 'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'sons', 'daughters', 'brothers', 'sisters']);
const CALENDAR_DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Words of a negative judgement after "called X ..." or "described X as ...". */
const NEGATIVE_JUDGEMENTS = new Set(['disproportionate', 'inhumane', 'hypocritical', 'regrettable', 'unacceptable', 'illegal', 'illegitimate', 'provocative', 'provocation', 'reckless', 'irresponsible', 'dangerous', 'aggression', 'violation', 'outrageous', 'deplorable', 'barbaric', 'criminal', 'terrorist', 'terrorism', 'shameful', 'hostile', 'destabilising', 'destabilizing', 'unjustified', 'unprovoked', 'escalation', 'escalatory', 'crime', 'crimes', 'massacre', 'genocide', 'piracy', 'blackmail', 'betrayal', 'interference', 'heinous', 'cowardly', 'abhorrent', 'unlawful', 'irresponsibility', 'mistake', 'blunder', 'insult', 'affront', 'disgrace', 'disgraceful', 'sham', 'travesty', 'intolerable', 'inexcusable', 'unconscionable', 'appalling', 'shocking', 'counterproductive', 'inflammatory', 'belligerent', 'unfriendly', 'insulting', 'hypocrisy', 'brutal', 'brutality', 'atrocity', 'atrocities', 'lawless', 'warmongering', 'egregious', 'tyranny', 'murder', 'barbarism', 'savagery']);

/** Glued participles that make an actor a modifier of the noun after it: "Pakistan-based", "Iran-backed". */
const GLUED_MODIFIERS = new Set(['allied', 'made', 'supplied', 'built', 'donated', 'based', 'backed', 'led', 'funded', 'sponsored', 'supported', 'armed', 'trained', 'owned', 'flagged', 'registered', 'operated', 'brokered', 'mediated', 'hosted', 'controlled', 'held', 'run', 'occupied', 'annexed', 'installed', 'appointed']);

/** Nouns for the people of a force: "fighters from X" stand for X. */
const AGENT_NOUNS = new Set(['mediators', 'negotiators', 'diplomats', 'authorities', 'leaders', 'fighters', 'troops', 'forces', 'soldiers', 'militants', 'members', 'units', 'mercenaries', 'gunmen', 'officers', 'commanders', 'delegates', 'envoys', 'representatives', 'officials']);

/** Past forms wink may tag as nouns or adjectives ("its air defences shot/NOUN down a drone"). */
const IRREGULAR_PAST = new Map([
  ['shot', 'shoot'], ['struck', 'strike'], ['retook', 'retake'], ['retaken', 'retake'], ['fought', 'fight'], ['overran', 'overrun'], ['sought', 'seek'], ['met', 'meet'],
  ['held', 'hold'], ['sent', 'send'], ['gave', 'give'], ['given', 'give'], ['told', 'tell'], ['brought', 'bring'], ['sold', 'sell'],
  ['hit', 'hit'], ['waged', 'wage'], ['waging', 'wage'], ['wages', 'wage'], ['beaten', 'beat'], ['spoke', 'speak'], ['spoken', 'speak'], ['withdrew', 'withdraw'], ['swore', 'swear'],
]);

/** Military things whose owner a state's own report leaves implicit: "a military base was overrun". */
/** Uses of force a threat may hold out: "the prospect of military action". */
const FORCE_WORDS = new Set(['action', 'strikes', 'strike', 'attack', 'attacks', 'war', 'force', 'intervention', 'retaliation', 'invasion', 'operation', 'operations', 'response', 'escalation']);
/** Places an actor holds: "the army's last stronghold", "a key RSF base". */
const HOLD_NOUNS = new Set(['stronghold', 'strongholds', 'bastion', 'bastions', 'base', 'bases', 'seat', 'headquarters', 'foothold', 'garrison', 'hub', 'enclave', 'redoubt', 'capital']);
const MILITARY_TARGETS = new Set(['base', 'bases', 'convoy', 'convoys', 'position', 'positions', 'outpost', 'outposts', 'checkpoint', 'checkpoints', 'soldiers', 'troops', 'garrison', 'barracks', 'patrol', 'patrols', 'camp', 'post', 'posts', 'airbase', 'airfield', 'warship', 'vessel', 'frigate', 'personnel', 'servicemen']);

/** Things an actor issues that can speak for it: "a statement accusing X". */
const MESSAGE_NOUNS = new Set(['statement', 'statements', 'leaflet', 'leaflets', 'video', 'message', 'messages', 'letter', 'letters', 'communique', 'communiqué', 'note', 'notice', 'post', 'posts', 'broadcast', 'speech', 'declaration', 'warning', 'ultimatum', 'decree']);

/** Who backs someone ("Iran, the main backer of the Houthis") and who is backed ("Iran's proxy"). */
const BACKER_NOUNS = new Set(['ally', 'allies', 'backer', 'backers', 'patron', 'patrons', 'sponsor', 'sponsors', 'supporter', 'supporters', 'supplier', 'suppliers', 'benefactor', 'armourer', 'armorer', 'donor', 'donors']);
/** Acts of an actor that others object to: "Georgia's decision", "Algeria's expulsion of diplomats". */
const OWNED_ACTS = new Set(['decision', 'decisions', 'move', 'moves', 'action', 'actions', 'expulsion', 'expulsions', 'refusal', 'announcement', 'plan', 'plans', 'policy', 'policies', 'deployment', 'strike', 'strikes', 'attack', 'attacks', 'airstrikes', 'offensive', 'incursion', 'invasion', 'annexation', 'occupation', 'blockade', 'closure', 'suspension', 'withdrawal', 'veto', 'ban', 'arrest', 'arrests', 'detention', 'execution', 'executions', 'crackdown', 'recognition', 'support', 'backing', 'conduct', 'behaviour', 'behavior', 'threats', 'rhetoric', 'test', 'tests', 'launch', 'launches', 'drills', 'seizure', 'shelling', 'bombing', 'escalation', 'violations', 'handling', 'treatment', 'interference', 'meddling', 'sanctions', 'tariffs', 'law', 'legislation', 'vote', 'sale', 'sales', 'filling', 'raid', 'raids', 'remarks', 'comments', 'expansion', 'approval', 'approvals', 'designation', 'crackdowns', 'killing', 'killings', 'takeover', 'policy', 'statement', 'statements', 'actions', 'sentencing', 'resolution', 'intrusion', 'incursions', 'intrusions', 'exercises', 'deployments', 'downing', 'shooting', 'use', 'buildup', 'build-up', 'militarisation', 'militarization', 'violation', 'attempt', 'attempts']);
/** What is launched at someone and intercepted: "shot down 30 Russian drones". */
const PROJECTILES = new Set(['drone', 'drones', 'missile', 'missiles', 'rocket', 'rockets', 'uav', 'uavs', 'projectile', 'projectiles', 'shells', 'shahed', 'shaheds']);
/** Verbs that restate a support already given: "reaffirmed its support for Ukraine". */
const SUPPORT_RESTATING_VERBS = new Set(['reaffirm', 'reiterate', 'restate', 'stress', 'underline', 'underscore', 'affirm', 'confirm', 'emphasise', 'emphasize']);
/** Nouns of claims made by someone (not of roles imputed to someone, like "involvement"). */
const CLAIM_NOUNS = new Set(['accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims', 'charge', 'charges', 'report', 'reports', 'assertion', 'assertions', 'suggestion', 'suggestions', 'statement', 'statements']);
/** Participles whose "by" phrase names a backer: "forces backed by X". */
const BACKING_PARTICIPLES = new Set(['backed', 'supported', 'armed', 'funded', 'financed', 'sponsored', 'equipped', 'trained', 'aided', 'assisted', 'bankrolled']);
/** What a state or side owns that an attack hits: "shelled its positions", "downed its drone". */
const OWNED_TARGETS = new Set(['positions', 'position', 'forces', 'troops', 'soldiers', 'base', 'bases', 'posts', 'post', 'outposts', 'outpost', 'drone', 'drones', 'vessel', 'vessels', 'ship', 'ships', 'towns', 'villages', 'patrol', 'patrols', 'convoy', 'convoys', 'aircraft', 'jet', 'jets', 'fighters', 'grid', 'infrastructure', 'cities', 'ports', 'refineries', 'embassy', 'consulate', 'warships']);
/** Arms whose maker or seller backs the side that uses them: "used North Korean missiles". */
const ARMS_USED = new Set(['missile', 'missiles', 'drone', 'drones', 'weapons', 'weapon', 'arms', 'rockets', 'rocket', 'jets', 'warplanes', 'aircraft', 'tanks', 'artillery', 'shells', 'munitions', 'ammunition', 'howitzers', 'bombs', 'rifles', 'launchers', 'helicopters', 'interceptors', 'shaheds']);
/** Arms that are handed over, never fired at a capital: "sent weapons to Mogadishu". */
const HANDED_ARMS = new Set(['weapons', 'arms', 'ammunition', 'equipment', 'rifles', 'guns', 'materiel', 'hardware', 'armour', 'armor', 'vehicles']);
/** "a former ally", "its erstwhile backer": a relation that ended. */
const FORMER_WORDS = new Set(['former', 'erstwhile', 'onetime', 'one-time', 'ex', 'once', 'previous', 'past']);
const PROXY_NOUNS = new Set(['proxy', 'proxies', 'client', 'surrogate', 'surrogates']);
/** Forces a state sends to a side: "deployed 1,000 soldiers", "sent military advisers". */
const DEPLOYED_FORCES = new Set(['troops', 'soldiers', 'forces', 'fighters', 'advisers', 'advisors', 'instructors', 'mercenaries', 'commandos', 'paratroopers', 'marines', 'contingent', 'battalion', 'battalions', 'brigade', 'units', 'personnel', 'police', 'policemen', 'peacekeepers', 'reinforcements', 'servicemen', 'warships', 'jets', 'drones']);
/** Purposes that name the side a force is sent to help: "to help the junta", "to protect the government". */
const HELP_PURPOSES = new Set(['help', 'support', 'assist', 'protect', 'defend', 'back', 'bolster', 'reinforce', 'prop', 'shore', 'aid', 'secure', 'guard']);
/** Purposes of fighting a third side: "to fight an Islamist insurgency", "to battle al Shabaab". */
/** The authorities of the state a force went to, left unnamed: "to help the ruling junta". */
const LOCAL_AUTHORITIES = new Set(['government', 'junta', 'authorities', 'army', 'military', 'regime', 'administration', 'forces', 'police']);
/** Places at a state's edge: "massed troops on Ukraine's border". */
const FRONTIER_NOUNS = new Set(['border', 'borders', 'frontier', 'frontiers', 'doorstep', 'coast', 'waters', 'airspace', 'flank']);
/** What a recognition is of: "recognised Moroccan sovereignty", "Kosovo's independence". */
const RECOGNISED_CLAIMS = new Set(['sovereignty', 'independence', 'statehood', 'claim', 'claims', 'annexation', 'government', 'authority', 'rule', 'legitimacy', 'administration', 'junta', 'state']);
/** What a state lets another side use: "its territory", "its airspace", "bases". */
const USED_TERRITORY = new Set(['territory', 'airspace', 'soil', 'bases', 'base', 'airfields', 'airfield', 'airports', 'airport', 'ports', 'port', 'land', 'roads', 'facilities', 'waters', 'corridor']);
/** What an endorsement is of: "endorsed Somalia's bid", "endorsed Morocco's claim". */
const ENDORSED_CLAIMS = new Set(['bid', 'candidacy', 'candidate', 'claim', 'claims', 'position', 'stance', 'application', 'sovereignty', 'membership', 'right', 'rights', 'demand', 'demands']);
/** Nouns of aid given, with a giver before and a receiver after "to": "U.S. military aid to Ukraine". */
const AID_NOUNS = new Set(['aid', 'assistance', 'shipments', 'shipment', 'deliveries', 'delivery', 'transfers', 'supplies', 'sales', 'sale']);
/** Words before a giver that say the aid was not given: "halted U.S. aid", "calls to cut Western aid". */
/** Verbs that carry aid out: "resumed weapons deliveries to Ukraine", "completed the delivery of jets to Kyiv". */
const AID_CARRIERS = new Set(['resume', 'complete', 'begin', 'start', 'approve', 'authorise', 'authorize', 'make', 'continue', 'increase', 'expand', 'accelerate', 'speed', 'step', 'send', 'provide', 'announce', 'finalise', 'finalize', 'clear']);
const AID_STOPPERS = new Set(['veto', 'suspension', 'cuts', 'freezing', 'halting', 'blocking', 'suspending', 'cutting', 'halt', 'suspend', 'cut', 'block', 'freeze', 'stop', 'end', 'pause', 'withhold', 'delay', 'oppose', 'against', 'reduce', 'slash', 'cancel', 'without', 'curb', 'limit', 'restrict', 'ban', 'condition', 'review', 'lack', 'shortage', 'uncertainty', 'future', 'possible', 'proposed', 'new', 'bar', 'bars', 'barred', 'barring', 'prohibit', 'prohibits', 'prohibited', 'forbid', 'forbids', 'embargo']);
const FIGHT_PURPOSES = new Set(['fight', 'battle', 'combat', 'counter', 'tackle', 'repel', 'quell', 'crush', 'confront', 'defeat', 'push']);

/** Cues of an offer of help to two sides ("offered its good offices", "ready to play a role"). */
const STRONG_OFFER_CUES = new Set(['offer', 'offered', 'offers', 'offering', 'ready', 'readiness', 'willing', 'willingness', 'prepared']);
/** What a third side offers toward a conflict it is not part of. */
const OFFERED_HELP = new Set(['offices', 'venue', 'role', 'resolve', 'resolving', 'settle', 'settling', 'end', 'ending', 'facilitate', 'facilitating', 'host', 'hosting', 'reconcile', 'defuse', 'de-escalate', 'bridge', 'guarantor', 'guarantors', 'intermediary', 'go-between']);
/** Verbs that offer help to talks when talks are their object: "ready to support talks between X and Y". */
const TALKS_HELP = new Set(['support', 'back', 'sponsor', 'convene', 'organise', 'organize', 'arrange', 'assist', 'accompany']);
/** The talks themselves, not what they produce. */
const TALK_EVENTS = new Set(['talks', 'negotiations', 'dialogue', 'meeting', 'meetings', 'round', 'discussions', 'consultations', 'summit', 'conference', 'contacts']);

/** Verbs whose subject is the target of the attack they take as object: "repelled a Russian assault". */
const REPEL_LEMMAS = new Set(['repel', 'repulse', 'thwart', 'foil', 'withstand', 'fend', 'survive', 'beat', 'intercept']);

/** Unowned military targets that a following "in <state>" gives an owner. */
const GENERIC_TARGETS = new Set(['sites', 'targets', 'positions', 'bases', 'facilities', 'installations', 'locations', 'camps', 'posts', 'outposts', 'infrastructure']);

/** Titles of a guest named by his office: "welcomed the Syrian president", "Iran's foreign minister". */
const GUEST_TITLES = new Set(['president', 'minister', 'foreign', 'prime', 'defence', 'defense', 'crown', 'prince', 'king', 'emir', 'leader', 'premier', 'chancellor', 'envoy', 'envoys', 'delegation', 'delegations', 'counterpart', 'ambassador', 'secretary', 'vice']);

/** An exchange of prisoners between two sides is an agreement between them. */
const PRISONER_EXCHANGE: NounTrigger = { type: 'AGREES_WITH', targetPreps: ['with'], between: true, confidence: 0.6 };

/** A joint news conference of two leaders is a meeting of theirs. */
const JOINT_APPEARANCE: NounTrigger = { type: 'MEETS_WITH', targetPreps: ['with'], between: false, confidence: 0.6 };

/** Participles whose agent led the talks they follow: "talks led by the AU", "a process overseen by Chad". */
const LED_TALKS = new Set(['led', 'overseen', 'supervised', 'moderated', 'steered', 'spearheaded', 'co-led', 'co-chaired', 'chaired', 'co-sponsored', 'sponsored', 'guaranteed']);
/** Mediation verbs whose subject is never a party to what it mediates ("bridge", "mend" may be said of the parties). */
const THIRD_PARTY_MEDIATION = new Set(['mediate', 'broker', 'facilitate', 'host', 'convene', 'chair', 'sponsor']);
const LED_TALKS_RULE: VerbTrigger = { type: 'MEDIATES', object: 'parties', confidence: 0.75 };

/** Verbs whose subject runs the talks they take as object: "Qatar led the talks", "the U.S., which oversaw the negotiations". */
const TALK_LEADERS = new Set(['lead', 'organise', 'organize', 'oversee', 'arrange', 'steer', 'spearhead', 'supervise', 'moderate', 'shepherd', 'coordinate']);

/** What the negotiators of two sides do together: "reached a deal", "failed to agree", "wrapped up talks". */
const NEGOTIATORS_ACTS = new Set(['reach', 'agree', 'fail', 'meet', 'work', 'wrap', 'conclude', 'hold', 'resume', 'finish', 'complete', 'sign', 'initial', 'discuss', 'continue', 'start', 'begin', 'gather', 'sit', 'hammer', 'finalise', 'finalize', 'negotiate', 'spend', 'talk', 'struggle', 'clinch', 'seal', 'strike', 'make', 'narrow', 'settle', 'be', 'have']);

/** Heads after a hyphenated pair of actors that make them two sides: "U.S.-Iran talks", "Israel-Hamas war". */
const COMPOUND_HEADS = new Set([
  'talks', 'negotiations', 'dialogue', 'meeting', 'summit', 'war', 'conflict', 'ceasefire', 'truce', 'deal', 'agreement',
  'accord', 'exchange', 'swap', 'dispute', 'tensions', 'standoff', 'hostilities', 'fighting', 'clashes', 'rapprochement',
  'normalisation', 'normalization', 'treaty', 'pact', 'détente', 'detente', 'crisis', 'feud', 'rift',
]);

/** Parties named by what they are, not who: "talks between the government and the rebels". */
const UNNAMED_GROUPS = new Set([
  'opposition', 'rebels', 'rebel', 'insurgents', 'separatists', 'separatist', 'militants', 'gangs', 'armed', 'factions',
  'groups', 'movements', 'guerrillas', 'guerrilla', 'militias', 'protesters', 'protest', 'neighbours', 'neighbors', 'jihadists',
  'jihadist', 'insurgent', 'militant', 'opponents', 'dissidents', 'bandits',
]);

/** Heads of "both sides", "the two delegations". */
/** "each side", "each country": the head of a reciprocal subject ("... the other"). */
const EACH_HEADS = new Set(['side', 'party', 'country', 'government', 'camp', 'army', 'military', 'state', 'nation', 'one']);
/** Those who attend a signing without being party to it ("with Qatar as a witness"). */
const WITNESS_ROLES = new Set(['witness', 'witnesses', 'guarantor', 'guarantors', 'mediator', 'mediators', 'observer', 'observers', 'facilitator', 'facilitators', 'sponsor', 'sponsors', 'co-sponsors', 'broker', 'brokers']);
const DYAD_WORDS = new Set(['sides', 'parties', 'delegations', 'countries', 'neighbours', 'neighbors', 'governments', 'rivals', 'camps', 'nations', 'leaders', 'states', 'armies', 'militaries', 'teams']);

/** Verb lemma of a token wink tagged otherwise ("mediated/ADJ" in "talks mediated by Turkey"). */
function verbLemma(t: Token): string {
  const irregular = IRREGULAR_PAST.get(t.lower);
  if (irregular) return irregular;
  if ((t.pos === 'VERB' && !t.lower.startsWith('co-')) || VERB_TRIGGERS.has(t.lemma)) return t.lemma;
  // "which co-host the talks", "co-chaired": the verb without its prefix.
  const w = t.lower.startsWith('co-') ? t.lower.slice(3) : t.lower;
  if (w !== t.lower && VERB_TRIGGERS.has(w)) return w;
  const candidates: string[] = [];
  if (w.endsWith('ied')) candidates.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) candidates.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3));
  if (w.endsWith('ing')) candidates.push(w.slice(0, -3), `${w.slice(0, -3)}e`, w.slice(0, -4));
  if (w.endsWith('es')) candidates.push(w.slice(0, -2));
  if (w.endsWith('s')) candidates.push(w.slice(0, -1));
  for (const c of candidates) if (VERB_TRIGGERS.has(c) || GIVE_LEMMAS.has(c) || CONVEYING_LEMMAS.has(c)) return c;
  return t.lemma;
}

/** Verbs that move resources to a side, read as giving: "had smuggled/ADJ weapons to Hezbollah". */
const CONVEYING_LEMMAS = new Set(['funnel', 'smuggle', 'channel', 'airlift', 'ferry']);

/** Noun lemma with plural forms wink leaves alone ("airstrikes"). */
function nounLemma(t: Token): string {
  if (NOUN_TRIGGERS.has(t.lemma)) return t.lemma;
  // wink lemmatises "dialogue" to the American "dialog".
  if (t.lemma === 'dialog') return 'dialogue';
  const w = t.lower;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('es') && NOUN_TRIGGERS.has(w.slice(0, -2))) return w.slice(0, -2);
  if (w.endsWith('s') && NOUN_TRIGGERS.has(w.slice(0, -1))) return w.slice(0, -1);
  return t.lemma;
}

interface VerbFrame {
  /** Index of the first token of the subject span (for modality windows). */
  readonly clauseStart: number;
  readonly subjects: readonly Arg[];
}

class SentenceRules {
  readonly out: RawRelation[] = [];
  /** Tokens already read as part of another trigger's pattern in this sentence. */
  done = new Set<number>();
  /** The remembered pair when it was named in the last few sentences ("both sides", "between them"). */
  inView: [Arg, Arg] | null = null;

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
    if (m.form === 'organisation') weight *= 0.9;
    return { actorId, mention: m, weight };
  }

  isVerb(t: Token | undefined): boolean {
    return !!t && (t.pos === 'VERB' || (t.pos === 'AUX' && !BE_FORMS.has(t.lower)));
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
      const possessed = this.tokens[m.end]?.lower === "'s" ? this.mentionAt(m.end + 1) : null;
      if (possessed && possessed.first === m.end + 1 && possessed.end <= to && possessed.actorId !== m.actorId) {
        const info = this.info(possessed.actorId);
        const head = info && info.type === 'ORGANIZATION' && ['armed-group', 'military'].includes(info.kind) ? this.argOf(possessed, role) : null;
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
        const listed = this.mentionAt(at);
        if (!listed || listed.first !== at) break;
        const after = this.phraseEnd(listed, limit);
        const closer = after < 0 ? undefined : tokens[after];
        if (!closer || !(closer.text === ',' || closer.lower === 'and' || closer.lower === 'or')) break;
      }
      // "and the opposition Unitary Platform", "and Russian President Vladimir Putin"
      let skipped = 0;
      while (j < limit && skipped < 5) {
        const t = tokens[j] as Token;
        const here = this.mentionAt(j);
        if (here && !(here.absorbed && here.form !== 'abbreviation')) break;
        if (here) {
          j = here.end;
          skipped++;
          continue;
        }
        // "and its offshoot ISWAP", "and allied Wazalendo militias", "Burkina Faso and its ally Niger".
        if (t.lower === 'the' || t.lower === "'s" || ['its', 'their', 'allied'].includes(t.lower) || ((t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN') && !CLAUSE_BREAKS.has(t.text))) {
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

  /** "Turkey-backed factions", "Saudi-backed forces": a backer glued to the noun it modifies. */
  private backerModifier(m: Mention): boolean {
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
  private phraseEnd(m: Mention, limit: number): number {
    const { tokens } = this;
    let k = m.end;
    if (tokens[k]?.text === '(' && this.mentionAt(k + 1) && tokens[k + 2]?.text === ')') k += 3;
    if (tokens[k]?.lower === "'s") {
      k++;
      if (this.mentionAt(k)) return -1;
    }
    while (k < limit && ['NOUN', 'ADJ'].includes((tokens[k] as Token).pos) && !this.mentionAt(k)) k++;
    return k;
  }

  /**
   * The subject of the verb at `v`: walk left over auxiliaries and adverbs, then over the subject
   * span to a clause boundary; comma-enclosed asides ("Trump, speaking at a summit, said") are
   * skipped; relative pronouns take their antecedent; a coordinated verb ("accused X and warned
   * Y") shares the first verb's subject.
   */
  subjectOf(v: number, s: Sentence, role: Role = 'agent', depth = 0): VerbFrame {
    const { tokens } = this;
    let k = v - 1;
    // "Qatar has since brokered": "since" right after an auxiliary is an adverb, not a subordinator.
    while (k >= s.first && (this.isModifierOfVerb(tokens[k] as Token) || ((tokens[k] as Token).lower === 'since' && ['has', 'have', 'had'].includes(tokens[k - 1]?.lower ?? '')))) k--;
    const spanEnd = k + 1;
    const before = tokens[k];
    if (depth < 3 && before && (['and', 'but', 'then'].includes(before.lower) || (before.text === ',' && (tokens[v] as Token).lower.endsWith('ing')))) {
      // "X accused Y and warned Z", "X said on Tuesday, vowing to retaliate": the first verb's subject.
      // "The Pentagon said a drone attack caused no damage, blaming X": the nearest verb with an actor subject.
      let main = this.previousFiniteVerb(k - 1, s);
      // "The Taliban denied that the TTP operates there, rejecting Pakistan's accusations": a speech act
      // in the participle is the speaker's, not the subject's of the reported clause.
      const speechAct = (tokens[v] as Token).lower.endsWith('ing') && (VERB_TRIGGERS.get(verbLemma(tokens[v] as Token)) ?? []).some((r) => ['ACCUSES', 'DENIES', 'CRITICIZES', 'DEMANDS', 'THREATENS'].includes(r.type));
      // "Aoun said Israel's strikes were a violation and urged Washington to intervene", "condemned the
      // killing, which the UN called a massacre, and accused the UAE": a speech act coordinated after a
      // reported or relative clause is the speaker's.
      const coordinatedSpeech = before.lower === 'and' && (VERB_TRIGGERS.get(verbLemma(tokens[v] as Token)) ?? []).some((r) => ['ACCUSES', 'DENIES', 'CRITICIZES', 'DEMANDS', 'THREATENS'].includes(r.type));
      for (let tries = 0; main !== -1 && tries < 3; tries++) {
        const first = this.subjectOf(main, s, role, depth + 1);
        if (speechAct && before.text === ',' && tokens[first.clauseStart - 1]?.lower === 'that' && first.clauseStart - 2 >= s.first) {
          main = this.previousFiniteVerb(first.clauseStart - 2, s);
          continue;
        }
        const opener = tokens[first.clauseStart - 1];
        if (coordinatedSpeech && opener && first.clauseStart - 1 > s.first && (opener.lower === 'that' || (opener.pos === 'VERB' && SPEECH_LEMMAS.has(opener.lemma) && !VERB_TRIGGERS.has(opener.lemma)) || (RELATIVES.has(opener.lower) && opener.lower !== 'that' && tokens[first.clauseStart - 2]?.text === ','))) {
          main = opener.pos === 'VERB' ? first.clauseStart - 1 : this.previousFiniteVerb(first.clauseStart - 2, s);
          continue;
        }
        if (first.subjects.length > 0) return first;
        main = this.previousFiniteVerb(Math.min(main, first.clauseStart) - 1, s);
      }
    }
    if (depth < 3 && tokens[v - 1]?.lower === 'to') {
      // "X stepped up efforts to broker": the infinitive's subject is the governing verb's subject,
      // or its object for "urged Y to": object control.
      const main = this.previousFiniteVerb(v - 2, s);
      if (main !== -1) {
        const object = OBJECT_CONTROL.has((tokens[main] as Token).lemma) ? this.objectAfter(main + 1, s, role, 4) : [];
        if (object.length > 0) return { clauseStart: main + 1, subjects: object };
        const first = this.subjectOf(main, s, role, depth + 1);
        if (first.subjects.length > 0) return first;
      }
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
      if (this.isVerb(tokens[g]) && !BE_FORMS.has(tokens[g - 1]?.lower ?? '')) return this.subjectOf(g, s, role, depth + 1);
      // "Hamas had violated the ceasefire by attacking its troops": the verb before a short object.
      const main = this.previousFiniteVerb(v - 2, s);
      if (main !== -1 && v - main <= 6 && !BE_FORMS.has(tokens[main - 1]?.lower ?? '') && !tokens.slice(main + 1, v - 1).some((w, i) => CLAUSE_BREAKS.has(w.text) || w.text === ',' || this.mentionAt(main + 1 + i) !== null)) return this.subjectOf(main, s, role, depth + 1);
    }
    // "issued a statement accusing X", "distributed leaflets threatening to ...": the issuer speaks.
    if (depth < 3 && (tokens[v] as Token).lower.endsWith('ing') && MESSAGE_NOUNS.has(tokens[v - 1]?.lower ?? '')) {
      const main = this.previousFiniteVerb(v - 2, s);
      if (main !== -1 && ['issue', 'release', 'publish', 'distribute', 'post', 'send', 'broadcast', 'put', 'circulate', 'deliver', 'make'].includes(verbLemma(tokens[main] as Token))) {
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
    const dyad = this.dyadPhraseBefore(spanEnd, s);
    if (dyad) return { clauseStart: dyad.start, subjects: dyad.args };
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
          while (j >= s.first && (tokens[j] as Token).text !== ',') {
            // "Hanna Tetteh, head of the UN Support Mission in Libya (UNSMIL), met": a bracketed
            // abbreviation inside the aside belongs to it.
            const open = (tokens[j] as Token).text === ')' ? this.bracketedAbbreviationStart(j, s) : -1;
            if (open !== -1) {
              j = open - 1;
              continue;
            }
            if (CLAUSE_BREAKS.has((tokens[j] as Token).text)) break;
            j--;
          }
          if (j >= s.first && (tokens[j] as Token).text === ',') {
            skippedAside = true;
            asideFrom = j;
            const args = this.argsIn(j + 1, k, role);
            if (args.length > 0 && this.startsWithMention(j + 1, k)) {
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
      if (this.isVerb(t) && !gluedParticiple && !t.lower.endsWith('ing') && !(this.isParticiple(t) && tokens[k - 1]?.pos === 'NOUN' && !this.mentionAt(k - 1))) {
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
    const start = boundary + 1;
    // "The new authorities, who took power after the fall of Assad, have called on": the subject
    // ends where the skipped aside begins.
    const frame = this.frame(start, asideFrom > start ? asideFrom : spanEnd, role, s, v, depth);
    if (frame.subjects.length > 0 || depth > 2) return frame;
    // "'We call on Mali and Algeria to ...,' the AU chairperson said": "we" in a quote is its speaker;
    // "The Houthis said they had targeted": "they" right after a speech verb is the speaker.
    const afterSpeech = ['said', 'says', 'claimed', 'announced', 'stated', 'insisted', 'added', 'confirmed', 'that'].includes(tokens[start - 1]?.lower ?? '');
    // "Ethiopia and Somalia announced that they had agreed": "they" are the speakers named together.
    if (tokens[start]?.lower === 'they' && afterSpeech && depth === 0 && !this.hasNoun(start + 1, spanEnd)) {
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
  private closesPhrase(k: number, s: Sentence): boolean {
    let m = this.mentionAt(k);
    let closed = false;
    for (let guard = 0; m && guard < 6; guard++) {
      let j = m.first - 1;
      if (this.tokens[j]?.lower === 'the') j--;
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
  private attendsAsWitness(m: Mention, s: Sentence): boolean {
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
  private subjectBeforeVerb(from: number, limit: number): boolean {
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
  private inOpeningPhrase(p: number, s: Sentence): boolean {
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
  private endsPhraseBeforeClause(comma: number, s: Sentence): boolean {
    if (this.tokens[comma + 1]?.lower !== 'and') return false;
    const m = this.mentionAt(comma - 1);
    if (!m) return false;
    let j = m.first - 1;
    if (this.tokens[j]?.lower === 'the') j--;
    const t = this.tokens[j];
    return !!t && j >= s.first && (t.pos === 'ADP' || this.isParticiple(t)) && !['and', ','].includes(t.lower);
  }

  /** "experts say is backed", "officials say have fought": "say(s)" tagged as a noun before a verb. */
  private saidAsNoun(k: number): boolean {
    const t = this.tokens[k];
    const next = this.tokens[k + 1];
    return !!t && !!next && ['say', 'says'].includes(t.lower) && t.pos === 'NOUN' && ['AUX', 'VERB'].includes(next.pos) && this.tokens[k - 1]?.pos !== 'DET';
  }

  /** The nearest finite verb at or before `k` in the sentence, or -1. */
  previousFiniteVerb(k: number, s: Sentence): number {
    for (let j = k; j >= s.first; j--) {
      const t = this.tokens[j] as Token;
      if (t.text === ';' || t.text === ':') return -1;
      if (t.pos === 'VERB' && !t.lower.endsWith('ing') && this.tokens[j - 1]?.lower !== 'to') return j;
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
    const head = tokens[end - 1];
    if (!head || !this.inView || !DYAD_WORDS.has(head.lower)) return null;
    let j = end - 2;
    if (tokens[j] && ['two', 'both', 'rival', 'warring', 'opposing'].includes((tokens[j] as Token).lower)) j--;
    // "the sides had agreed": right after the pair was named.
    else if (!(head.lower === 'sides' && tokens[j]?.lower === 'the' && this.memory.dyadSentence >= _s.index - 1)) return null;
    if (tokens[j] && ['the', 'both', 'from', 'of'].includes((tokens[j] as Token).lower)) j--;
    if (!this.dyadFits(head.lower)) return null;
    return { start: j + 1, args: this.dyadArgs(head.lower) };
  }

  /** The pair in view as "both sides" names it: "both governments" are the states of two leaders. */
  private dyadArgs(head: string): Arg[] {
    const states = ['countries', 'governments', 'states', 'nations', 'neighbours', 'neighbors'].includes(head);
    return (this.inView ?? []).map((a) => ({ ...a, actorId: states ? this.sideOf(a.actorId) : a.actorId, mention: null, weight: a.weight * 0.8 }));
  }

  /**
   * "..., each side accusing the other", "with each blaming the other", "Each side accused the
   * other": a reciprocal subject and object. The sides are the coordinated subject of the clause
   * the phrase hangs on, or else the pair in view. Null when the verb at `v` is not so framed.
   */
  private eachOtherPair(v: number, after: number, s: Sentence, subjects: readonly Arg[]): Arg[] | null {
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

  /** "the two leaders" are two people, "the two countries" two states; "both sides" anyone. */
  private dyadFits(head: string): boolean {
    if (!this.inView) return false;
    const types = this.inView.map((a) => this.info(a.actorId));
    if (['leaders', 'presidents', 'ministers', 'men'].includes(head)) return types.every((i) => i?.type === 'PERSON');
    if (['countries', 'governments', 'states', 'nations', 'neighbours', 'neighbors'].includes(head)) return types.every((i) => i?.type === 'COUNTRY' || i?.kind === 'government' || (i?.type === 'PERSON' && i.affiliation !== null));
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

  private listStart(comma: number, s: Sentence): number {
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

  private isVerbPhraseEnd(k: number): boolean {
    const t = this.tokens[k];
    return !!t && (this.mentionAt(k) !== null || t.pos === 'NOUN');
  }

  private frame(start: number, end: number, role: Role, s: Sentence, v: number, depth: number): VerbFrame {
    void s;
    void v;
    void depth;
    let args = this.argsIn(start, end, role);
    // "Iran-aligned militias in Iraq fired rockets": unnamed fighters are neither the state they are
    // in nor the one they are aligned with.
    const { tokens } = this;
    for (let k = start; k < end - 2 && args.length > 0; k++) {
      if (!UNNAMED_FIGHTERS.has((tokens[k] as Token).lower) || this.mentionAt(k) || tokens[k + 1]?.lower !== 'in') continue;
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
    // "Iraqi militias backed by Iran have attacked U.S. forces": a country's demonym on unnamed fighters
    // names where they come from, not the state.
    if (args.length > 0) args = args.filter((a) => !(a.mention?.form === 'demonym' && this.info(a.actorId)?.kind === 'country' && UNNAMED_FIGHTERS.has(tokens[a.mention.end]?.lower ?? '')));
    // "Tatar, who is backed by Turkish President Erdogan, accused": a name inside a relative clause
    // closed before the verb is not its subject.
    if (args.length > 0) args = args.filter((a) => !a.mention || !this.insideClosedRelative(a.mention.first, a.mention.end, start, end));
    // "Pakistan, which is a close ally of China and has fought wars with India": a name in the
    // predicate of a copula is not the subject of the verb coordinated after it.
    if (args.length > 0) args = args.filter((a) => !a.mention || !this.inCopulaPredicate(a.mention.first, start));
    return { clauseStart: start, subjects: args };
  }

  /**
   * Whether the mention starting at `first` names a backer inside a subject that begins at `start`:
   * "Government forces backed by Burundian troops attacked", "The army, which is backed by Egypt,
   * shelled", "The army, which Egypt supports, ...": the backer does not act with the subject.
   */
  private backerInSubject(first: number, start: number): boolean {
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

  /** Whether the mention at `first` follows "is a/an/the ..." inside the span that starts at `start`. */
  private inCopulaPredicate(first: number, start: number): boolean {
    const { tokens } = this;
    for (let j = first - 1; j >= start; j--) {
      const t = tokens[j] as Token;
      if (BE_FORMS.has(t.lower)) return ['is', 'are', 'was', 'were'].includes(t.lower) && ['a', 'an', 'the'].includes(tokens[j + 1]?.lower ?? '');
      if (this.isVerb(t) || t.text === ',' || CLAUSE_BREAKS.has(t.text) || this.mentionAt(j)) return false;
    }
    return false;
  }

  /** Whether [first, last) lies in ", who|which|whose ... ," opened after `start` and closed before `end`. */
  private insideClosedRelative(first: number, last: number, start: number, end: number): boolean {
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

  private hasContent(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if ((this.tokens[k] as Token).pos !== 'PUNCT') return true;
    return false;
  }

  private startsWithMention(from: number, to: number): boolean {
    let k = from;
    while (k < to && ['the', 'and'].includes((this.tokens[k] as Token).lower)) k++;
    return k < to && this.mentionAt(k) !== null;
  }

  private isModifierOfVerb(t: Token): boolean {
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
    const { tokens } = this;
    let skipped = 0;
    for (let k = from; k < s.end; k++) {
      // "urged both sides", "between the two delegations": the dyad in view.
      if (this.inView && ['both', 'two'].includes((tokens[k] as Token).lower) && DYAD_WORDS.has(tokens[k + 1]?.lower ?? '') && this.dyadFits(tokens[k + 1]?.lower ?? '')) {
        return this.dyadArgs(tokens[k + 1]?.lower ?? '');
      }
      // "said the sides had agreed", "urged the sides to": the pair just named.
      if (this.inView && (tokens[k] as Token).lower === 'the' && tokens[k + 1]?.lower === 'sides' && tokens[k + 2]?.lower !== 'of' && this.memory.dyadSentence >= s.index - 1) {
        return this.dyadArgs('sides');
      }
      // "mediating between the neighbours", "between the warring parties": the pair in view, named lately.
      if (this.inView && tokens[k - 1]?.lower === 'between' && (tokens[k] as Token).lower === 'the' && this.memory.dyadSentence >= s.index - 2) {
        const w = ['warring', 'rival', 'feuding', 'opposing'].includes(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
        const head = tokens[w]?.lower ?? '';
        if (['neighbours', 'neighbors', 'rivals', 'foes', 'adversaries', 'belligerents'].includes(head) || (w === k + 2 && ['sides', 'parties'].includes(head))) {
          if (tokens[w + 1]?.lower !== 'of' && this.dyadFits(head)) return this.dyadArgs(head);
        }
      }
      const m = this.mentionAt(k);
      if (m) {
        const arg = this.argOf(m, role);
        if (!arg) {
          if (m.absorbed) {
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
        if (role !== 'attack-target' && after && after.pos === 'NOUN' && ARTIFACT_NOUNS.has(after.lower)) return [];
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
        // "launched strikes on nine sites in Pakistan": generic military targets inside a named state.
        (role === 'attack-target' && ['in', 'inside'].includes(t.lower) && GENERIC_TARGETS.has(tokens[k - 1]?.lower ?? '') && this.mentionAt(k + 1)?.form === 'name' && this.info(this.mentionAt(k + 1)?.actorId ?? '')?.kind === 'country');
      // "positions held by the Government of National Unity": the holder is hit.
      // "weapons depots used by Hezbollah", "bases operated by the group": the user is hit.
      if (role === 'attack-target' && ['held', 'controlled', 'occupied', 'run', 'used', 'operated', 'manned', 'escorted', 'guarded'].includes(t.lower) && tokens[k + 1]?.lower === 'by') return this.objectAfter(k + 2, s, 'agent', 3);
      // "strikes on more than 60 Houthi targets", "at least two Russian bases": a quantity first.
      const quantity = (t.lower === 'than' && ['more', 'fewer', 'less'].includes(tokens[k - 1]?.lower ?? '')) || (t.lower === 'at' && tokens[k + 1]?.lower === 'least');
      if (t.pos === 'ADP' && t.lower !== 'of' && !ownerPrep && !quantity) return [];
      // "a base hosting U.S. troops", "a compound housing Russian advisers": the force inside is hit.
      if (role === 'attack-target' && ['hosting', 'housing', 'carrying', 'transporting'].includes(t.lower) && MILITARY_TARGETS.has(tokens[k - 1]?.lower ?? '')) continue;
      // "killed 30 militants belonging to the TTP", "fighters linked to Islamic State": the fighters' group.
      if (['belonging', 'linked', 'affiliated', 'tied'].includes(t.lower) && ['to', 'with'].includes(tokens[k + 1]?.lower ?? '') && (UNNAMED_FIGHTERS.has(tokens[k - 1]?.lower ?? '') || AGENT_NOUNS.has(tokens[k - 1]?.lower ?? ''))) {
        k++;
        continue;
      }
      // "bombed suspected TTP hideouts": a hedging participle modifies the head.
      if (['suspected', 'alleged', 'purported', 'presumed', 'so-called'].includes(t.lower) && (this.mentionAt(k + 1) !== null || tokens[k + 1]?.pos === 'NOUN' || tokens[k + 1]?.pos === 'ADJ')) continue;
      // "Kurdish-led SDF positions": a participle glued to a hyphen modifies the head.
      const gluedWord = t.space === '' && tokens[k - 1]?.text === '-' && tokens[k - 1]?.space === '';
      if ((this.isVerb(t) && !gluedWord) || t.pos === 'SCONJ' || t.pos === 'CCONJ' || RELATIVES.has(t.lower)) return [];
      // Determiners and "of" cost nothing: "with the breakaway region of Somaliland".
      if (t.pos !== 'DET' && t.lower !== 'of' && ++skipped > maxSkip) return [];
    }
    return [];
  }

  /** "between X and Y" at `k`. */
  betweenAt(k: number, s: Sentence, role: Role = 'target'): Arg[] {
    const { tokens } = this;
    if (tokens[k]?.lower !== 'between') return [];
    // "Qatar has been mediating between them": the pair of the sentence before.
    if (tokens[k + 1]?.lower === 'them' && this.inView && this.memory.dyadSentence >= s.index - 1) return this.inView.map((a) => ({ ...a, mention: null, weight: a.weight * 0.8 }));
    const args = this.objectAfter(k + 1, s, role, 3);
    if (args.length >= 2) return args.slice(0, 2);
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
    // "rejected the resolution and vowed to ...": cues before a coordinating "and" belong to the first verb.
    for (let k = v - 1; k > from; k--) {
      const w = (tokens[k] as Token).lower;
      if ((w === 'and' || w === 'but') && !this.mentionAt(k - 1)) {
        from = k + 1;
        break;
      }
    }
    for (let k = from; k < v; k++) {
      const t = tokens[k] as Token;
      if (this.mentionAt(k)) continue;
      if (NEGATIONS.has(t.lower) && !(t.lower === 'no' && k < v - 2)) {
        // "denied"/"rejected" right before an event verb deny it: "denied attacking".
        negated = true;
      }
      if (IRREALIS.has(t.lower)) {
        // "to" only counts right before the verb: "vowed to attack", "urged X to meet";
        // "are believed to have attacked" reports a past act, hedged.
        if (t.lower === 'to' && tokens[k + 1]?.lower === 'have') hedged = true;
        // "Iran continues to arm the Houthis": an act going on, not one to come.
        else if (t.lower === 'to' && ['continue', 'continues', 'continued', 'continuing'].includes(tokens[k - 1]?.lower ?? '')) continue;
        else if (t.lower !== 'to' || k >= v - 2) irrealis = true;
      }
      if (HEDGES.has(t.lower)) hedged = true;
    }
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
    if (gerund && tokens[v - 1]?.lower === 'from') {
      for (let k = v - 2; k >= Math.max(s.first, v - 6); k--) {
        const w = tokens[k] as Token;
        if (['refrain', 'refrained', 'refrains', 'refraining', 'stop', 'stopped', 'prevent', 'prevented', 'deter', 'deterred', 'bar', 'barred', 'ban', 'banned', 'dissuade', 'discourage', 'desist', 'keep', 'restrain'].includes(w.lower)) irrealis = true;
        if (this.isVerb(w)) break;
      }
    }
    const next = tokens[v + 1];
    if (next && (next.lower === 'not' || next.lower === "n't")) negated = true;
    // "when the two leaders meet at a summit": a present tense after "when/once/until" is still to come.
    const verb = tokens[v] as Token;
    const present = verb.pos === 'VERB' && !verb.lower.endsWith('ed') && !IRREGULAR_PAST.has(verb.lower) && !IRREGULAR_PARTICIPLES.has(verb.lower) && !verb.lower.endsWith('ing');
    if (present) {
      for (let k = Math.max(s.first, clauseStart - 1, v - 8); k < v; k++) {
        if (['when', 'once', 'until', 'before'].includes((tokens[k] as Token).lower) && !this.mentionAt(k)) irrealis = true;
      }
    }
    return { negated, irrealis, hedged };
  }

  /** A denial verb governing this clause ("denied that it attacked", "rejected claims that X struck"). */
  governedByDenial(v: number, s: Sentence): boolean {
    for (let k = v - 1; k >= Math.max(s.first, v - 14); k--) {
      const t = this.tokens[k] as Token;
      if (t.text === ';') return false;
      if (t.pos === 'VERB' && ['deny', 'reject', 'dismiss', 'refute'].includes(t.lemma)) return true;
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
      if (t.pos === 'VERB' && SPEECH_LEMMAS.has(t.lemma) && !VERB_TRIGGERS.has(t.lemma)) {
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
      if (t.pos === 'VERB' && SPEECH_LEMMAS.has(t.lemma) && !VERB_TRIGGERS.has(t.lemma)) {
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

  private hasNoun(from: number, to: number): boolean {
    for (let j = Math.max(0, from); j < to; j++) if (['NOUN', 'PROPN', 'PRON'].includes((this.tokens[j] as Token).pos)) return true;
    return false;
  }

  private hasVerbAfter(from: number, s: Sentence): boolean {
    for (let j = from; j < s.end; j++) if ((this.tokens[j] as Token).pos === 'VERB') return true;
    return false;
  }

  /** Remembers the pair in talks or conflict, for "both sides", "between them", "the two leaders". */
  setDyad(pair: [Arg, Arg], s: Sentence, talks = false): void {
    // The pair is remembered as named; each later use discounts it once, not once per hop.
    const fresh: [Arg, Arg] = [{ ...pair[0], weight: 1 }, { ...pair[1], weight: 1 }];
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
  private resolvePendingMediation(pair: [Arg, Arg], s: Sentence): void {
    const pending = this.memory.pendingMediation;
    if (!pending || s.index <= pending.sentence) return;
    this.memory.pendingMediation = null;
    if (s.index - pending.sentence > 2) return;
    const sides = new Set(pair.map((a) => this.sideOf(a.actorId)));
    const agents = pending.agents.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (agents.length === 0 || agents.length !== pending.agents.length) return;
    this.emit('MEDIATES', agents, pair.map((a) => ({ ...a, weight: 0.8 })), s, pending.confidence, pending.claimant, false);
  }

  /**
   * The object at `after` is bare talks, a meeting or a deal ("a new round of talks", "the
   * negotiations"), with no party or body named in it ("a meeting of Arab ministers", "talks with Iran").
   */
  private bareTalksObject(after: number, s: Sentence): boolean {
    const { tokens } = this;
    let j = after;
    while (j < s.end && j < after + 6 && (['a', 'an', 'the', 'new', 'latest', 'fresh', 'first', 'second', 'third', 'next', 'another', 'round', 'of', 'indirect', 'direct', 'peace', 'ceasefire'].includes((tokens[j] as Token).lower) || ((tokens[j] as Token).pos === 'ADJ' && !this.mentionAt(j)))) j++;
    if (!['talks', 'negotiations', 'meeting', 'deal', 'truce', 'ceasefire', 'agreement'].includes(tokens[j]?.lower ?? '')) return false;
    for (let k = after; k < j; k++) if (this.mentionAt(k)) return false;
    const next = tokens[j + 1];
    return !next || ['.', ',', ';', 'in', 'on', 'at', 'last', 'this', 'since', 'for', 'after'].includes(next.lower);
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
    for (const src of sources) {
      for (const tgt of targets) {
        if (src.actorId === tgt.actorId) continue;
        // An official and the state he speaks for are one side, not a dyad.
        if (this.sameSide(src.actorId, tgt.actorId)) continue;
        // "Sudan's army shelled ... in a region of Sudan": a state's own forces do not attack the state.
        if (type === 'ATTACKS' && (this.info(src.actorId)?.affiliation === tgt.actorId || this.info(tgt.actorId)?.affiliation === src.actorId) && ['military', 'government'].includes(this.info(src.actorId)?.kind ?? this.info(tgt.actorId)?.kind ?? '')) continue;
        const c = Math.min(1, confidence * src.weight * tgt.weight);
        this.out.push({ source: src.actorId, target: tgt.actorId, type, sentence: s.index, confidence: c, claimant, alleged });
        if (symmetric) this.out.push({ source: tgt.actorId, target: src.actorId, type, sentence: s.index, confidence: c, claimant, alleged });
        if (type === 'NEGOTIATES_WITH' || type === 'MEETS_WITH' || type === 'AGREES_WITH') {
          // "Turkey held talks with the GNU" with the GNU and Radaa in view: one side meeting a third
          // actor (a mediator, an ally) leaves the pair in view as it was.
          if (!(type !== 'AGREES_WITH' && this.thirdPartyOfDyad(src.actorId, tgt.actorId, s))) this.setDyad([src, tgt], s, true);
        }
        // "Congo accused Rwanda ...; the two neighbours": a pair in conflict, unless this sentence named one already.
        else if ((type === 'ACCUSES' || (type === 'ATTACKS' && !alleged)) && sources.length === 1 && targets.length === 1 && this.memory.dyadSentence !== s.index && this.sideOf(src.actorId) !== this.sideOf(tgt.actorId)) this.setDyad([src, tgt], s);
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

  /** The "(" of a bracketed abbreviation or short name closing at `close` ("(UNSMIL)"), or -1. */
  private bracketedAbbreviationStart(close: number, s: Sentence): number {
    const { tokens } = this;
    for (let j = close - 1; j >= Math.max(s.first, close - 5); j--) {
      const t = tokens[j] as Token;
      if (t.text === '(') return j < close - 1 ? j : -1;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || !(t.capitalised || /^[A-Z0-9&-]+$/.test(t.text))) return -1;
    }
    return -1;
  }

  /** True when exactly one of `a`, `b` is a side of the recent pair in view, named in an earlier sentence. */
  private thirdPartyOfDyad(a: string, b: string, s: Sentence): boolean {
    const dyad = this.memory.dyad;
    if (!dyad || this.memory.dyadSentence === s.index || s.index - this.memory.dyadSentence > 4) return false;
    const sides = new Set(dyad.map((x) => this.sideOf(x.actorId)));
    return sides.has(this.sideOf(a)) !== sides.has(this.sideOf(b));
  }

  sameSide(a: string, b: string): boolean {
    const ia = this.info(a);
    const ib = this.info(b);
    return (ia?.type === 'PERSON' && ia.affiliation === b) || (ib?.type === 'PERSON' && ib.affiliation === a);
  }

  /** Side of an actor for dyad membership: an official counts as his state or group. */
  sideOf(id: string): string {
    const info = this.info(id);
    return info?.type === 'PERSON' && info.affiliation ? info.affiliation : id;
  }

  run(s: Sentence): void {
    const { tokens } = this;
    // A pair named long ago is no longer "both sides": wire copy moves on to other actors.
    this.inView = this.memory.dyad && s.index - this.memory.dyadSentence <= 4 ? this.memory.dyad : null;
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
      // "joined calls/VERB for Iran to release": the noun after a verb or a determiner.
      if (['calls', 'call', 'appeals', 'appeal'].includes(t.lower) && tokens[k + 1]?.lower === 'for' && (t.pos === 'NOUN' || this.isVerb(tokens[k - 1]) || ['DET', 'ADJ'].includes(tokens[k - 1]?.pos ?? '')) && this.callsFor(k, s)) continue;
      // "acting as a go-between for X and Y", "played host to talks between X and Y": a mediating role.
      if ((t.text === '-' || t.lower === 'host') && this.mediatingRole(k, s)) continue;
      if (t.space === '' && t.text === '-' ) {
        this.glued(k, s);
        continue;
      }
      // "Egyptian-sponsored talks": the participle glued to an actor was read with the hyphen.
      if (t.space === '' && tokens[k - 1]?.text === '-' && tokens[k - 1]?.space === '' && this.mentionAt(k - 2) !== null) continue;
      if (MEDIATION_WORDS.has(t.lemma) || MEDIATION_WORDS.has(t.lower) || t.lower === 'mediators') {
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
      const eventGerund = tokens[k + 1]?.lower === 'with' && ['of', 'after', 'during', 'amid', 'following', 'heavy', 'fierce'].includes(tokens[k - 1]?.lower ?? '');
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
        // "Iran retaliated by firing/NOUN missiles at Israel": a gerund of manner after a verb and "by".
        (t.lower.endsWith('ing') && lemma !== t.lower && VERB_TRIGGERS.has(lemma) && tokens[k - 1]?.lower === 'by' && ((this.isVerb(tokens[k - 2]) && !BE_FORMS.has(tokens[k - 3]?.lower ?? '')) || (tokens[k - 2]?.pos === 'NOUN' && this.isVerb(tokens[k - 4]) && tokens[k - 3]?.pos === 'DET'))) ||
        // "Washington, which helped broker/NOUN the truce": a bare infinitive after "help".
        (t.pos === 'NOUN' && VERB_TRIGGERS.get(lemma)?.[0]?.type === 'MEDIATES' && tokens[k - 1]?.pos === 'VERB' && tokens[k - 1]?.lemma === 'help') ||
        // "Qatar also mediated/ADJ between ...", "Egypt has repeatedly brokered/ADJ": a mediation verb after an adverb.
        ((t.pos === 'NOUN' || t.pos === 'ADJ') && t.lower.endsWith('ed') && VERB_TRIGGERS.get(lemma)?.[0]?.type === 'MEDIATES' && this.adverbAfterSubject(k - 1)) ||
        // "Pakistan has long accused/NOUN India": a participle after "has long".
        ((t.pos === 'NOUN' || t.pos === 'ADJ') && (VERB_TRIGGERS.has(lemma) || GIVE_LEMMAS.has(lemma)) && tokens[k - 1]?.lower === 'long' && ['has', 'have', 'had'].includes(tokens[k - 2]?.lower ?? '')) ||
        // "authorities, who host PKK camps": right after a relative pronoun the word is the verb.
        (t.pos === 'NOUN' && VERB_TRIGGERS.has(lemma) && ['who', 'which'].includes(tokens[k - 1]?.lower ?? '')) ||
        // "Qatar, a U.S. ally, hosts the largest American base": a present-tense verb tagged as a plural noun.
        (t.pos === 'NOUN' && t.lower.endsWith('s') && (VERB_TRIGGERS.has(t.lemma) || GIVE_LEMMAS.has(lemma)) && (tokens[k + 1]?.pos === 'DET' || this.mentionAt(k + 1) !== null) && (tokens[k - 1]?.text === ',' || this.mentionAt(k - 1) !== null) && tokens[k - 1]?.lower !== "'s") ||
        // "Egypt and the UAE back/ADV Khalifa Haftar": a verb between two names.
        (t.pos === 'ADV' && t.lower === 'back' && this.mentionAt(k - 1) !== null && this.mentionAt(k + 1)?.first === k + 1) ||
        // "its air defences shot down a drone": an irregular past right before a particle or an object.
        (t.pos === 'NOUN' && IRREGULAR_PAST.has(t.lower) && ['down', 'at', 'dead', 'a', 'an', 'the'].includes(tokens[k + 1]?.lower ?? '') && tokens[k - 1]?.pos === 'NOUN') ||
        // "Poland shot down Russian drones": right after a name, too.
        (t.pos === 'NOUN' && IRREGULAR_PAST.has(t.lower) && tokens[k + 1]?.lower === 'down' && this.mentionAt(k - 1) !== null && tokens[k - 1]?.lower !== "'s");
      if (verbal && ['resume', 'launch', 'carry', 'step', 'intensify', 'escalate', 'mount', 'unleash', 'continue', 'expand'].includes(lemma)) this.futureNominalForce(k, s);
      if (verbal && (lemma === 'use' || lemma === 'take')) this.forceAgainst(k, s);
      // "shot down 80 of the 100 drones Russia launched": the barrage downed was an attack on the subject.
      if (verbal && ['shoot', 'down', 'destroy', 'neutralise', 'neutralize'].includes(lemma)) this.barrageDowned(k, s);
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
      // "said any U.S. attack would be met with a devastating response".
      if (verbal && lemma === 'meet' && tokens[k - 1]?.lower === 'be' && tokens[k + 1]?.lower === 'with' && this.harmAhead(k + 2, s)) {
        this.metWithForce(k, s);
        continue;
      }
      if (verbal) {
        const rules = VERB_TRIGGERS.get(lemma);
        if (rules) {
          let handled = false;
          for (const rule of rules) if ((handled = this.verb(k, s, rule, lemma))) break;
          // "Israel agreed to a U.S. proposal", "Hamas agreed to Egypt's plan": the two agree.
          if (!handled && lemma === 'agree' && tokens[k + 1]?.lower === 'to') this.acceptedProposal(k, s, k + 2);
          if (!handled && lemma === 'call') this.calledFalse(k, s);
          if (!handled && lemma === 'launch') this.activity(k, s);
          continue;
        }
        if (lemma === 'intercept') this.interceptedVerb(k, s);
        if (lemma === 'intercept') this.barrageDowned(k, s);
        if (['rely', 'depend', 'count', 'lean'].includes(lemma)) this.reliedOn(k, s);
        if (['face', 'draw', 'attract', 'receive', 'earn', 'provoke', 'spark'].includes(lemma)) this.criticismReceived(k, s);
        if (lemma === 'take') this.tookAim(k, s);
        // "Beijing firmly opposes the U.S. arms sale", "Kenya regrets Uganda's decision", "objected to Israel's plan".
        if (['oppose', 'regret', 'object'].includes(lemma) && !this.futureSpeaker(k, s)) this.opposedAct(k, s);

        // "The M23 took control of Goma from Congolese forces", "Russian forces pushed into Ukraine's Donetsk region".
        if (['take', 'gain', 'wrest', 'seize'].includes(lemma) || (['push', 'advance', 'march', 'pour', 'thrust'].includes(lemma) && ['into', 'on'].includes(tokens[k + 1]?.lower ?? ''))) this.tookGround(k, s, lemma);
        if (['operate', 'serve', 'deploy', 'station'].includes(lemma) && tokens[k + 1]?.lower === 'alongside') this.alongside(k, s);
        if (['deploy', 'send', 'dispatch', 'rush', 'station', 'commit', 'airlift', 'fly'].includes(lemma)) this.deployedInSupport(k, s);
        if (['funnel', 'smuggle', 'channel', 'airlift', 'ferry'].includes(lemma)) this.give(k, s);
        if (['get', 'obtain', 'acquire', 'hire', 'buy', 'purchase', 'import', 'recruit', 'procure'].includes(lemma)) this.gotResource(k, s);
        if (['recognise', 'recognize'].includes(lemma)) this.recognised(k, s);
        if (['welcome', 'acquire', 'get', 'obtain', 'accept'].includes(lemma)) this.receivedForeign(k, s);
        if (lemma === 'endorse') this.endorsedClaim(k, s);
        if (['allow', 'let', 'permit'].includes(lemma)) this.allowedUse(k, s);
        if (['lift', 'ease', 'suspend', 'waive', 'relax', 'scrap', 'remove'].includes(lemma)) this.sanctionsLifted(k, s);
        if (['win', 'secure', 'gain', 'receive', 'get', 'enjoy', 'obtain', 'earn', 'garner', 'have', 'seek', 'court'].includes(lemma)) this.backingWon(k, s);
        if (lemma === 'turn' && tokens[k + 1]?.lower === 'to') this.turnedTo(k, s);
        if (['side', 'stand', 'throw', 'come', 'rally'].includes(lemma)) this.tookSide(k, s);
        if (lemma === 'veto') this.vetoedCensure(k, s);
        if (GIVE_LEMMAS.has(lemma)) this.give(k, s);
        else if (['announce', 'unveil'].includes(lemma) && this.packageAhead(k, s)) this.give(k, s);
        else if (IMPUTED_ACTS.has(lemma)) this.imputed(k, s);
        else if (lemma === 'call') this.calledFalse(k, s);
        else if (['describe', 'brand', 'label', 'term'].includes(lemma)) this.calledNegative(k, s);
        else if (['respond', 'react', 'reply'].includes(lemma)) {
          this.respondToAny(k, s);
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
        else if (['lodge', 'file', 'register', 'lodged', 'filed', 'make', 'hand', 'deliver', 'send', 'submit', 'present'].includes(lemma)) this.protestLodged(k, s);
        else if (['express', 'voice'].includes(lemma)) this.expressedDispleasure(k, s);
        else if (lemma === 'help') this.helpedFight(k, s);
        else if (lemma === 'shake' && tokens[k + 1]?.lower === 'hands') this.shookHands(k, s);
        else if (lemma === 'discuss') this.discussed(k, s);
        else if (['launch', 'conduct', 'stage', 'hold', 'begin', 'start', 'carry', 'mount', 'intensify', 'expand'].includes(lemma)) this.activity(k, s);
        if (TALK_LEADERS.has(lemma) || (['pass', 'carry', 'convey', 'ferry'].includes(lemma) && ['messages', 'message', 'proposals'].includes(tokens[k + 1]?.lower ?? ''))) this.ledTalks(k, s);
        continue;
      }
      if (t.lower === 'under') {
        this.underAttack(k, s);
        continue;
      }
      // "in response to rocket fire from Hezbollah": fire answered by the side it came at.
      if (t.lower === 'fire' && t.pos === 'NOUN' && tokens[k + 1]?.lower === 'from') this.answeredFire(k, s);
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
      if (t.lower === 'or' && ['face', 'bear', 'suffer', 'risk'].includes(verbLemma(tokens[k + 1] ?? t)) && this.harmAhead(k + 2, s)) this.orElse(k, s);
      // "Viktor Orban, a vocal critic of EU support for Ukraine": CRITICIZES.
      if (['critic', 'critics'].includes(t.lower) && tokens[k + 1]?.lower === 'of') this.criticOf(k, s);
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

      if (t.lower === 'must' || (t.lower === 'should' && (tokens[k - 2]?.lower === 'that' || this.spokenDemandBefore(k)))) {
        this.mustDo(k, s);
        continue;
      }
      if (BACKER_NOUNS.has(t.lower) || PROXY_NOUNS.has(t.lower)) {
        if (!this.allyPhrase(k, s)) this.backerNoun(k, s);
        continue;
      }
      // "An offensive/ADJ by the army against the rebels": the adjective heads a noun phrase.
      const offensiveNoun =
        t.pos === 'ADJ' && t.lower === 'offensive' && (['by', 'against', 'on', 'into', 'in'].includes(tokens[k + 1]?.lower ?? '')
          ? ['DET', 'ADJ', 'NOUN', 'PROPN', 'PART'].includes(tokens[k - 1]?.pos ?? '') || ['its', 'their', 'his', 'her'].includes(tokens[k - 1]?.lower ?? '') || this.mentionAt(k - 1) !== null
          : ['DET', 'PART'].includes(tokens[k - 1]?.pos ?? '') && [',', '.', 'that', 'which'].includes(tokens[k + 1]?.lower ?? ''));
      // "said it would not stand idly by if South Korea continued", "reserved the right to respond to Israel's aggression".
      if ((t.lower === 'idly' && tokens[k + 1]?.lower === 'by') || (t.lower === 'right' && tokens[k + 1]?.lower === 'to' && ['reserve', 'reserves', 'reserved', 'reserving'].includes(tokens[k - 2]?.lower ?? ''))) this.heldInReserve(k, s);
      // "said U.S. warships would be legitimate targets": the speaker threatens whoever would be.
      if (['target', 'targets'].includes(t.lower) && ['legitimate', 'fair', 'legal'].includes(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'be') this.consequence(k - 2, s);
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || offensiveNoun) {
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
  }

  /**
   * "Negotiators from Israel and Hamas gathered in Doha", "The government and the ELN returned to the
   * negotiating table": the two sides negotiate.
   */
  private atTheTable(k: number, s: Sentence): void {
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
  private negotiatorsOf(k: number, s: Sentence): void {
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
  private mediationEfforts(k: number, s: Sentence): void {
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
  private proposedMeeting(v: number, s: Sentence): void {
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

  /** "prisoner exchange", "prisoner swap", "an exchange of prisoners": an exchange the two sides agreed. */
  private prisonerExchange(k: number): boolean {
    const { tokens } = this;
    if (!['exchange', 'swap', 'exchanges', 'swaps'].includes((tokens[k] as Token).lower)) return false;
    const captives = ['prisoner', 'prisoners', 'captive', 'captives', 'detainee', 'detainees', 'hostage', 'hostages', 'pow', 'pows', 'body', 'bodies'];
    return captives.includes(tokens[k - 1]?.lower ?? '') || (tokens[k + 1]?.lower === 'of' && captives.includes(tokens[k + 2]?.lower ?? ''));
  }

  /** A participle tagged as an adjective acts as a verb before "by" or after an auxiliary. */
  private participleUse(k: number): boolean {
    const next = this.tokens[k + 1];
    const prev = this.tokens[k - 1];
    // "Qatar mediated between ...": right after its subject, an -ed word is the verb.
    const afterSubject = !!prev && this.mentionAt(k - 1) !== null && (this.tokens[k] as Token).lower.endsWith('ed') && prev.lower !== "'s";
    // "Oman, which mediated/ADJ between ...": right after a relative pronoun, an -ed word is the verb.
    const afterRelative = !!prev && ['who', 'which'].includes(prev.lower) && (this.tokens[k] as Token).lower.endsWith('ed');
    return next?.lower === 'by' || afterSubject || afterRelative || (!!prev && (prev.pos === 'AUX' || BE_FORMS.has(prev.lower)));
  }

  /** An adverb at `a` right after a subject, an auxiliary or a relative pronoun: "Qatar also", "has repeatedly", "which quietly". */
  private adverbAfterSubject(a: number): boolean {
    const adv = this.tokens[a];
    const before = this.tokens[a - 1];
    if (!adv || !before || adv.pos !== 'ADV' || !(adv.lower.endsWith('ly') || ['also', 'again', 'since', 'already', 'once', 'twice', 'often', 'previously'].includes(adv.lower))) return false;
    if (before.lower === "'s" || BE_FORMS.has(before.lower)) return false;
    return ['has', 'have', 'had', 'who', 'which'].includes(before.lower) || this.mentionAt(a - 1) !== null;
  }

  /** wink tags some headline verbs as nouns: "Pakistan Accuses Taliban". */
  private looksVerbal(k: number): boolean {
    const prev = this.tokens[k - 1];
    return !!prev && this.mentionAt(k - 1) !== null && (this.tokens[k] as Token).capitalised && !(prev.lower === "'s");
  }

  /** Keeps the latest dyad named in talks or conflict: "the war between Pakistan and the Taliban". */
  private rememberDyads(s: Sentence): void {
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
    this.rememberTalkers(s);
  }

  /**
   * "Kenya and Somalia restored diplomatic ties", "the army and the RSF sent delegations to Jeddah": two
   * coordinated sides doing a thing of talks together are the pair in talks a later mediator speaks of.
   */
  private rememberTalkers(s: Sentence): void {
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

  /** "Israel and Hamas remain far apart", "Kyiv and Moscow disagree over ...": a pair at odds. */
  private rememberDisputants(s: Sentence): void {
    const { tokens } = this;
    for (let k = s.first; k < s.end; k++) {
      const t = tokens[k] as Token;
      const stative = ['remain', 'be', 'stay', 'appear', 'seem'].includes(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX') &&
        tokens.slice(k + 1, Math.min(s.end, k + 4)).some((w, i) => ['apart', 'divided', 'odds', 'loggerheads', 'deadlocked', 'split', 'brink'].includes(w.lower) || (w.lower === 'war' && (tokens[k + i]?.lower === 'at' || tokens[k + i]?.lower === 'of')));
      const quarrel = t.pos === 'VERB' && ['disagree', 'spar', 'wrangle', 'bicker', 'haggle', 'quarrel', 'feud'].includes(t.lemma);
      if (!stative && !quarrel) continue;
      const { subjects } = this.subjectOf(k, s);
      if (subjects.length !== 2) return;
      const [a, b] = subjects as [Arg, Arg];
      if (this.sideOf(a.actorId) !== this.sideOf(b.actorId)) this.setDyad([a, b], s);
      return;
    }
  }

  /** The parties of the talks in view: "between X and Y" in the sentence, else the remembered dyad. */
  private parties(from: number, s: Sentence): { args: Arg[]; inferred: boolean } {
    const explicit = this.betweenAfter(from, s, 12);
    if (explicit.length === 2) return { args: explicit, inferred: false };
    const anywhere = this.betweenAfter(s.first, s, s.end - s.first);
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

  /**
   * "the U.S.-Iran talks", "the Israel-Hamas war", "a Saudi-Iranian agreement": two actors joined by a
   * hyphen before a noun of talks, agreement or conflict are its two sides.
   */
  private compoundPair(s: Sentence): Arg[] {
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
  private loneParty(s: Sentence): Arg[] {
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

  /** "the deal with the group", "a truce with Hamas" at `after`: the one actor the deal is with. */
  private dealWith(after: number, s: Sentence): Arg | null {
    const { tokens } = this;
    let j = after;
    while (j < s.end && j < after + 4 && (['a', 'an', 'the', 'new', 'its', 'their'].includes((tokens[j] as Token).lower) || ((tokens[j] as Token).pos === 'ADJ' && !this.mentionAt(j)))) j++;
    if (!['deal', 'truce', 'ceasefire', 'agreement', 'accord'].includes(tokens[j]?.lower ?? '') || tokens[j + 1]?.lower !== 'with') return null;
    const party = this.objectAfter(j + 2, s, 'target', 2);
    return party.length === 1 ? (party[0] as Arg) : null;
  }

  /** Two or more coordinated subjects of the main clause's mediation verb, before `from`: "The UN and Turkey brokered the deal". */
  private coordinatedMediators(from: number, s: Sentence): boolean {
    const main = this.firstFiniteVerb(s);
    if (main === -1 || main >= from || !THIRD_PARTY_MEDIATION.has(verbLemma(this.tokens[main] as Token))) return false;
    return this.subjectOf(main, s).subjects.length >= 2;
  }

  /** The pair of the latest talks, meeting or agreement, named in the last four sentences and no other pair named here. */
  private talksInView(s: Sentence): Arg[] {
    const talks = this.memory.talks;
    if (!talks || this.namesOtherParties(s) || s.index - this.memory.talksSentence > 4) return [];
    return talks.map((a) => ({ ...a, weight: a.weight * 0.75 }));
  }

  /** The pair in view for a mediator; wire copy names its mediators paragraphs after the pair. */
  private pairInView(s: Sentence): Arg[] {
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
  private mainPair(from: number, s: Sentence, fronted = false): Arg[] {
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
    const subjects = this.subjectOf(main, s).subjects;
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
  private laterPair(from: number, s: Sentence): Arg[] {
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
  private talksAdjunctPrep(k: number, s: Sentence): number {
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

  /** Whether the phrase at `j` opens the sentence (after a dateline): "After two days of talks, ...". */
  private frontedAdjunct(j: number, s: Sentence): boolean {
    if (j === s.first) return true;
    for (let h = j - 1; h >= s.first; h--) if (['-', '—', '–', '--'].includes((this.tokens[h] as Token).text)) return true;
    return false;
  }

  /**
   * "talks between the junta and the opposition": the sentence names its own parties (even ones
   * that are no actors), so the pair remembered from before is not meant.
   */
  private namesOtherParties(s: Sentence): boolean {
    const { tokens } = this;
    for (let k = s.first; k < s.end - 1; k++) {
      if ((tokens[k] as Token).lower !== 'between') continue;
      let j = k + 1;
      if (['them', 'themselves'].includes(tokens[j]?.lower ?? '')) continue;
      if (tokens[j]?.lower === 'the') j++;
      if (['two', 'both', 'rival', 'warring', 'opposing'].includes(tokens[j]?.lower ?? '')) j++;
      if (DYAD_WORDS.has(tokens[j]?.lower ?? '')) continue;
      return true;
    }
    return false;
  }

  /** One verb trigger; returns true when it produced or ruled out its relation. */
  verb(v: number, s: Sentence, rule: VerbTrigger, lemma: string): boolean {
    const { tokens } = this;
    let after = v + 1;
    if (rule.particle) {
      const p = tokens[after];
      if (!p || !rule.particle.includes(p.lower)) return false;
      after++;
    } else if (rule.type === 'ATTACKS' && tokens[after]?.lower === 'down' && ['shoot', 'gun', 'bring'].includes(lemma)) {
      // "shot down a Malian drone".
      after++;
    } else if (tokens[after] && ['out', 'up'].includes((tokens[after] as Token).lower) && rule.type !== 'ATTACKS') {
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
    const t = tokens[v] as Token;
    // Passive: "was attacked by X"; reduced: "talks mediated by Turkey".
    let j = v - 1;
    while (j >= s.first && ((tokens[j] as Token).pos === 'ADV' || ((tokens[j] as Token).lower === 'long' && BE_FORMS.has(tokens[j - 1]?.lower ?? '')))) j--;
    const beBefore = j >= s.first && BE_FORMS.has((tokens[j] as Token).lower);
    const byNext = tokens[after]?.lower === 'by';
    const passive = this.isParticiple(t) && (beBefore || (byNext && j >= s.first && ((tokens[j] as Token).text === ',' || ['NOUN', 'PROPN'].includes((tokens[j] as Token).pos) || this.mentionAt(j) !== null)));
    // "brought together X and Y": "bring" mediates only when it brings two sides together.
    if (lemma === 'bring' && !tokens.slice(after, Math.min(s.end, after + 8)).some((w) => w.lower === 'together')) return false;
    if (passive) return this.passive(v, s, rule, after, beBefore);

    // "ready to help Lebanon and Israel negotiate": talks a third side offers to help are not held yet.
    if (RELATION_TYPE_INFO[rule.type].symmetric && this.offeredHelpBefore(v, s)) return true;
    // "offered to host talks", "ready to broker a deal": an offer of mediation, not mediation.
    if (rule.type === 'MEDIATES' && this.offerCueBefore(v, s) !== -1) return this.offerAt(v, this.offerCueBefore(v, s), s);
    // "vowed to retaliate against X", "threatened to strike X": a threat, not an attack.
    if (rule.type === 'ATTACKS' && tokens[v - 1]?.lower === 'to' && THREAT_LEMMAS.has(verbLemma(tokens[v - 2] ?? t)) ) {
      return this.threatOfForce(v, s, rule, after);
    }
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
      // "..., prompting Israel to strike Syrian government forces": an act the clause caused.
      (rule.type === 'ATTACKS' && tokens[v - 1]?.lower === 'to' && this.promptedTo(v - 2));
    if (mod.irrealis && !ongoing && !(rule.type === 'THREATENS' && !this.hasIrrealisBefore(v, s, frame.clauseStart, ['if', 'unless', 'whether', 'would', 'could']))) {
      if (rule.type === 'ATTACKS' && !mod.negated) this.futureForce(v, s, after, frame);
      return true;
    }
    if (!speechAct && this.governedByDenial(v, s)) return true;
    let sources = frame.subjects;
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
    // "The UN warned Israel that ...", "Amnesty warned Hungary": a warning from a body that wields no
    // force is advice, not a threat.
    if (lemma === 'warn') sources = sources.filter((a) => !this.forceless(this.sideOf(a.actorId)));
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

    // "troops fought alongside Ethiopian forces": fighting on someone's side supports it.
    if (rule.type === 'ATTACKS' && ['fight', 'battle'].includes(lemma) && tokens[after]?.lower === 'alongside') {
      const allies = this.objectAfter(after + 1, s, 'target', 3);
      if (allies.length > 0) this.emit('SUPPORTS', sources, allies, s, 0.7 * (mod.hedged ? 0.7 : 1), claimant, alleged);
      // "... alongside Y against Z": both fight Z.
      const enemies = this.prepObject(after + 1, s, ['against'], 10, 'attack-target');
      if (enemies.length > 0) this.emit('ATTACKS', [...sources, ...allies], enemies, s, confidence * 0.9, claimant, alleged);
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
        let { args, inferred } = guests.length === 2 ? { args: guests, inferred: false } : lemma === 'bring' ? { args: [] as Arg[], inferred: true } : this.mediationTargets(after, s);
        // "Oman brokered the deal with the group": the one party named after "with", when no pair is.
        if (args.length < 2 && ['broker', 'mediate'].includes(lemma)) {
          const withParty = this.dealWith(after, s);
          if (withParty) ({ args, inferred } = { args: [withParty], inferred: false });
        }
        // "Saudi Arabia and Iran said they had helped mediate the truce": the speakers found as the pair are
        // the mediators themselves; the truce is the one of the latest pair in talks.
        if (inferred && args.length === 2 && THIRD_PARTY_MEDIATION.has(lemma) && args.every((a) => sources.some((x) => this.sideOf(x.actorId) === this.sideOf(a.actorId)))) args = this.talksInView(s);
        if (args.length < 2 && lemma === 'host') {
          // "X hosted Syrian President Y": a visit, not mediation.
          // "hosts Sudanese refugees": people who fled a state are not its guests.
          // "hosted Ukraine-U.S. talks": the first of a hyphenated pair is no guest.
          const guests = this.objectAfter(after, s, 'target', 4).filter((g) => !(g.mention && tokens[g.mention.end]?.text === '-' && tokens[g.mention.end + 1]?.space === '')).filter((g) => !(g.mention?.form === 'demonym' && ['refugees', 'migrants', 'asylum', 'asylum-seekers', 'workers', 'students', 'nationals', 'pilgrims', 'tourists', 'civilians', 'people', 'exiles', 'evacuees'].includes(tokens[g.mention.end]?.lower ?? '')));
          // "who host PKK camps", "hosting French troops": sheltering a force supports it.
          const sheltered = this.hostedForce(after, s);
          if (sheltered.length > 0) {
            this.emit('SUPPORTS', sources, sheltered, s, 0.7 * (mod.hedged ? 0.7 : 1), claimant, alleged);
            return true;
          }
          // "hosted Eritrean President Afwerki and Somali President Mohamud": each guest meets the host.
          if (guests.length >= 1) {
            // "Algeria hosts the Polisario Front": an armed group itself, not its delegation, is sheltered.
            const end = this.lastMentionEnd(after, s);
            const armed = guests.filter((g) => this.info(g.actorId)?.kind === 'armed-group');
            // "hosted a delegation of the RSF", "hosted envoys from the Taliban": its people came on a visit.
            let d = after;
            while (d < s.end && d < after + 3 && ['a', 'an', 'the', 'senior', 'high-level', 'top', 'political'].includes((tokens[d] as Token).lower)) d++;
            const envoysOf = ['delegation', 'delegations', 'envoy', 'envoys', 'negotiators', 'representatives', 'emissaries'].includes(tokens[d]?.lower ?? '') && ['of', 'from'].includes(tokens[d + 1]?.lower ?? '');
            if (armed.length === guests.length && !envoysOf && !TITLE_WORDS.has(tokens[end]?.lower ?? '') && !['delegation', 'delegations', 'leader', 'leaders', 'chief', 'negotiators', 'representatives'].includes(tokens[end]?.lower ?? '')) {
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
        return true;
      }
      case 'clause': {
        let k = after;
        // "demanded on Monday that Belarus release ...": a time adjunct before the clause.
        const adjunct = tokens[k]?.lower === 'on' && CALENDAR_DAYS.has(tokens[k + 1]?.lower ?? '') ? 2 : ['again', 'also', 'repeatedly', 'publicly'].includes(tokens[k]?.lower ?? '') ? 1 : 0;
        if (adjunct > 0 && tokens[k + adjunct]?.lower === 'that') k += adjunct;
        if (tokens[k]?.lower === 'that') k++;
        // "demanded the release of Bazoum": the actor inside a demanded thing is not who is asked.
        // ("demanded the withdrawal of the RSF": who withdraws is asked to.)
        const demandedThing = tokens[k]?.pos === 'DET' && tokens[k + 1]?.pos === 'NOUN' && tokens[k + 2]?.lower === 'of' && !['withdrawal', 'pullout', 'retreat', 'disarmament', 'departure', 'surrender'].includes(tokens[k + 1]?.lower ?? '');
        const targets = demandedThing ? [] : this.objectAfter(k, s, 'target', 3);
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
            this.emit('SUPPORTS', givers, sources, s, 0.7 * (mod.hedged ? 0.7 : 1), claimant, alleged);
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
          if (c < Math.min(s.end, after + 5)) targets = this.objectAfter(c + 1, s, role);
        }
        // "has armed and financed the RSF", "trains, arms and funds the Houthis": verbs of one kind share the object.
        if (rule.object === 'direct' && !gap && targets.length === 0) targets = this.sharedObject(after, s, rule.type, role);
        // "The M23, which Rwanda supports, seized Bukavu": the object is the relative's antecedent.
        if (rule.object === 'direct' && targets.length === 0 && [',', '.', ';'].includes(tokens[after]?.text ?? '.') && rule.type !== 'THREATENS') {
          const rel = tokens[frame.clauseStart - 1];
          if (rel && ['which', 'whom', 'that'].includes(rel.lower)) targets = this.relativeAntecedent(frame.clauseStart - 1, s);
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
        if (rule.type === 'ACCUSES' && targets.length === 0) targets = this.blameOn(after, s);
        if (targets.length === 0 && rule.type === 'ACCUSES' && rule.allegation?.includes(tokens[after]?.lower ?? '')) {
          // "M23, which Congo accuses of being a proxy": the relative pronoun is the object.
          targets = this.relativeAntecedent(frame.clauseStart - 1, s);
        }
        if (targets.length === 0 && rule.type === 'CRITICIZES') targets = this.byAgentInObject(after, s);
        if (targets.length === 0 && rule.type === 'CRITICIZES') targets = this.eventAgentObject(after, s, sources);
        if (targets.length === 0 && rule.type === 'CRITICIZES') targets = this.gapAgent(frame, s, sources);
        // "deplored the Belgian decision to cut ties": the actor of the act criticised.
        if (targets.length === 0 && rule.type === 'CRITICIZES' && rule.object === 'direct') {
          // ("criticised EU plans": a bare name right after the verb owns the act, too.)
          const owner = this.actOwner(after, s, true);
          if (owner && !sources.some((a) => this.sideOf(a.actorId) === this.sideOf(owner.actorId))) targets = [owner];
        }
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
            const arg = m && named.length === 0 && k > after + 2 && !this.locative(m) ? this.argOf(m, 'target') : null;
            const head = m ? (['"', '“'].includes(tokens[m.end]?.text ?? '') ? m.end + 1 : m.end) : k;
            if (arg && !sides.has(this.sideOf(arg.actorId)) && (['ADJ', 'NOUN'].includes(tokens[head]?.pos ?? '') || tokens[head]?.lower === "'s")) named = [arg];
            if (m) k = m.end - 1;
          }
          if (targets.length === 0) targets = named;
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
        if (targets.length === 0 && ['AGREES_WITH', 'NEGOTIATES_WITH', 'MEETS_WITH', 'ATTACKS'].includes(rule.type) && sources.length >= 2 && (rule.mutual || rule.type !== 'ATTACKS')) {
          // "Pakistan and Afghanistan agreed to a truce": the coordinated subjects act together.
          for (const a of sources) this.emit(rule.type, [a], sources.filter((b) => b !== a), s, confidence * 0.9, claimant, alleged);
          return true;
        }
        if (targets.length === 0) {
          // "Turkish drones struck Kurdish militant positions": no actor hit, but the act is remembered
          // for "Baghdad condemned the strikes".
          if (rule.type === 'ATTACKS' && !alleged) for (const src of sources) this.memory.events.push({ agent: src.actorId, sentence: s.index });
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
        this.emit(rule.type, sources, targets, s, confidence, claimant, alleged);
        if (rule.type === 'MEETS_WITH') this.mediatorMet(v, frame, targets, s, confidence, claimant);
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

  /** An offer cue within the few words before a mediation verb: "offered to host", "ready to broker". */
  private offerCueBefore(v: number, s: Sentence): number {
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
  private offerOfDeployment(v: number, s: Sentence): number {
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
  private offerOfHelp(cue: number, s: Sentence): void {
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
  private offerAt(k: number, cue: number, s: Sentence): boolean {
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
  private offerer(cue: number, s: Sentence): VerbFrame {
    const frame = this.clauseSubject(cue, s);
    const pronoun = this.tokens[frame.clauseStart];
    if (!pronoun || !['it', 'they', 'we'].includes(pronoun.lower)) return frame;
    const speaker = this.claimantFor(cue, s);
    if (!speaker || frame.subjects.some((a) => a.actorId === speaker)) return frame;
    return { ...frame, subjects: [{ actorId: speaker, mention: null, weight: 0.9 }] };
  }

  /** Inside an offer of help: "ready to help X and Y negotiate", where `v` is the helped verb. */
  private offeredHelpBefore(v: number, s: Sentence): boolean {
    const { tokens } = this;
    for (let j = v - 1; j >= Math.max(s.first + 2, v - 8); j--) {
      const t = tokens[j] as Token;
      if (CLAUSE_BREAKS.has(t.text)) return false;
      if (t.lower === 'help' && tokens[j - 1]?.lower === 'to') return STRONG_OFFER_CUES.has(tokens[j - 2]?.lower ?? '') || tokens[j - 2]?.lemma === 'offer';
    }
    return false;
  }

  /** The noun "offer" at `cue` before the mediation word at `k`: its agent offers mediation. */
  private offerNoun(k: number, cue: number, s: Sentence): boolean | null {
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

  /**
   * "The Taliban said they would respond to any Pakistani strikes", "Katz said Israel would strike
   * Tehran if Iran fired more missiles": a speaker announcing force by its own side threatens the
   * side it names (as object, as the agent of what is answered, or in the condition).
   */
  private futureForce(v: number, s: Sentence, after: number, frame: VerbFrame): void {
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
    if (targets.length === 0) return;
    this.emit('THREATENS', [{ actorId: claimant, mention: null, weight: 1 }], targets, s, 0.6 * (mod.hedged ? 0.7 : 1), claimant, false);
  }

  /** The subject of an "if"/"unless" clause right after `from` in the same clause, when it is another side than `sides`. */
  private conditionAfter(from: number, s: Sentence, sides: ReadonlySet<string>): Arg[] {
    const { tokens } = this;
    for (let k = from; k < Math.min(s.end, from + 14); k++) {
      const t = tokens[k] as Token;
      if ((CLAUSE_BREAKS.has(t.text) && !['"', '“', '”'].includes(t.text)) || t.text === ';' || ['but', 'while', 'whereas'].includes(t.lower)) return [];
      if (!['if', 'unless'].includes(t.lower)) continue;
      const cond = this.objectAfter(k + 1, s, 'target', 2);
      const others = cond.filter((a) => !sides.has(this.sideOf(a.actorId)) && this.kb.governorOf.get(a.actorId) === undefined && !a.mention?.place);
      return others.length > 0 && others.length === cond.length ? others.map((a) => ({ ...a, weight: a.weight * 0.9 })) : [];
    }
    return [];
  }

  /**
   * "warned that Israel would strike Beirut if Hezbollah fired again": the object of the promised
   * strike and the side whose act is the condition, when neither is the speaker's side.
   */
  private promisedForceTargets(v: number, s: Sentence, sides: ReadonlySet<string>): Arg[] {
    const { tokens } = this;
    const lemma = verbLemma(tokens[v] as Token);
    if (!['strike', 'hit', 'attack', 'target', 'bomb', 'retaliate', 'respond', 'annihilate', 'destroy', 'crush', 'punish', 'obliterate', 'eliminate'].includes(lemma)) return [];
    const found = new Map<string, Arg>();
    const keep = (list: readonly Arg[]): void => {
      for (const a of list) {
        if (sides.has(this.sideOf(a.actorId)) || this.kb.governorOf.get(a.actorId) !== undefined || a.mention?.place || this.attackVictim(a)) continue;
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
      break;
    }
    return [...found.values()];
  }

  /**
   * "respond firmly to any attack on Tripoli": the object of an attack noun is the side attacked,
   * the one the speaker defends, not the one it threatens.
   */
  private attackVictim(a: Arg): boolean {
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

  /**
   * "If Kyiv strikes Russian territory again, we will strike ...": the subject of a condition that
   * opens the clause of a promised act of force, when it is another side than the speaker's.
   */
  private conditionBefore(clauseStart: number, s: Sentence, side: string): Arg[] {
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

  /** "The Houthis said they would resume attacks on U.S. ships if ...": a future attack announced is a threat. */
  private futureNominalForce(v: number, s: Sentence): void {
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
  private forceAgainst(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    const limit = Math.min(s.end, k + 5);
    while (k < limit && ['all', 'necessary', 'military', 'decisive', 'resolute', 'firm', 'strong', 'tough', 'countermeasures', 'every', 'any', 'the', 'further', 'appropriate', 'forceful', 'retaliatory'].includes((tokens[k] as Token).lower) && (tokens[k] as Token).lower !== 'countermeasures') k++;
    if (!['force', 'measures', 'action', 'steps', 'countermeasures'].includes(tokens[k]?.lower ?? '')) return;
    // "would take retaliatory measures if Finland hosted U.S. nuclear weapons": the side of the condition.
    const conditional = tokens[k + 1]?.lower !== 'against';
    if (conditional && !(tokens[k - 1]?.lower === 'retaliatory' || tokens[k]?.lower === 'countermeasures' || ['force', 'measures'].includes(tokens[k]?.lower ?? ''))) return;
    if (tokens[k]?.lower !== 'force' && !['necessary', 'military', 'decisive', 'resolute', 'firm', 'strong', 'tough', 'forceful', 'countermeasures', 'retaliatory'].some((w) => tokens.slice(v + 1, k + 1).some((t) => t.lower === w))) return;
    // The force is promised: "ready/prepared to use", "vowed/threatened to take", "would use".
    let j = v - 1;
    while (j > s.first && (tokens[j] as Token).pos === 'ADV') j--;
    const promised =
      (tokens[j]?.lower === 'to' && (THREAT_LEMMAS.has(verbLemma(tokens[j - 1] ?? (tokens[v] as Token))) || ['ready', 'prepared', 'willing', 'determined'].includes(tokens[j - 1]?.lower ?? ''))) ||
      ['would', 'will', "'ll"].includes(tokens[j]?.lower ?? '');
    if (!promised) return;
    const cue = tokens[j]?.lower === 'to' ? j - 1 : j;
    const frame = this.clauseSubject(cue, s);
    let sources = frame.subjects;
    const claimant = this.claimantFor(v, s);
    if (sources.length === 0 && claimant && ['it', 'they', 'we'].includes(tokens[cue - 1]?.lower ?? '')) sources = [{ actorId: claimant, mention: null, weight: 0.9 }];
    if (sources.length === 0) return;
    const mod = this.modality(frame.clauseStart, cue, s);
    if (mod.negated || this.hasIrrealisBefore(cue, s, frame.clauseStart, ['if', 'unless', 'whether'])) return;
    const targets = conditional ? this.conditionAfter(k + 1, s, new Set(sources.map((a) => this.sideOf(a.actorId)))) : this.objectAfter(k + 2, s, 'target', 3);
    if (targets.length === 0) return;
    this.emit('THREATENS', sources, targets, s, 0.65 * (mod.hedged ? 0.7 : 1), claimant ?? sources[0]?.actorId ?? null, false);
  }

  /**
   * "the Houthis, who are aligned with Iran", "the TTP, allied with the Afghan Taliban", "Kataib
   * Hezbollah, a powerful militia loyal to Iran", "the group is closely aligned with Tehran": the one
   * named after "with"/"to" backs the one described (as in "Iran-aligned Houthis"). A force aligned
   * with or loyal to a person is in his camp, and a former or denied alignment is none.
   */
  private alignedWith(k: number, s: Sentence): boolean {
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

  /** "China is firmly opposed to the U.S. arms sale": being opposed to an actor's act criticises the actor. */
  private opposedTo(k: number, s: Sentence): void {
    const { tokens } = this;
    let b = k - 1;
    while (b > s.first && (tokens[b] as Token).pos === 'ADV') b--;
    if (!BE_FORMS.has(tokens[b]?.lower ?? '') && !['remained', 'remains'].includes(tokens[b]?.lower ?? '')) return;
    const owner = this.actOwner(k + 2, s);
    if (!owner) return;
    this.criticizedBySubject(b, s, [owner], 0.6);
  }

  /** "Rwandan troops are operating alongside M23 rebels": forces operating on a side support it. */
  private alongside(v: number, s: Sentence): void {
    const allies = this.objectAfter(v + 2, s, 'target', 3);
    if (allies.length === 0) return;
    const frame = this.subjectOf(v, s);
    const mod = this.modality(frame.clauseStart, v, s);
    if (frame.subjects.length === 0 || mod.negated || mod.irrealis || this.governedByDenial(v, s)) return;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    const others = allies.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (others.length > 0) this.emit('SUPPORTS', frame.subjects, others, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
  }

  /** "Russia reacted angrily to Finland's decision": an angry reaction to an actor's act criticises it. */
  private angryReaction(v: number, s: Sentence): void {
    const { tokens } = this;
    // "reacted with fury to Belgium's decision", "responded with anger to": the manner as a phrase.
    const manner = tokens[v + 1]?.lower === 'with' && ['fury', 'anger', 'outrage', 'indignation', 'dismay', 'alarm'].includes(tokens[v + 2]?.lower ?? '') ? 2 : 1;
    if ((manner === 1 && !['angrily', 'furiously', 'sharply', 'strongly', 'harshly'].includes(tokens[v + 1]?.lower ?? '')) || tokens[v + manner + 1]?.lower !== 'to') return;
    const owner = this.actOwner(v + manner + 2, s);
    if (owner) this.criticizedBySubject(v, s, [owner], 0.6);
  }

  /** "Serbia has been sharply critical of the EU's stance": CRITICIZES. */
  private criticalOf(k: number, s: Sentence): void {
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

  /** "Tehran summoned the British ambassador": a diplomatic protest against that state. */
  private summoned(v: number, s: Sentence): void {
    const { tokens } = this;
    const states = this.objectAfter(v + 1, s, 'target', 3);
    const last = states[states.length - 1]?.mention;
    // "summoned Iran's ambassador": the possessive comes first.
    const title = last && tokens[last.end]?.lower === "'s" ? last.end + 1 : (last?.end ?? -1);
    if (!last || !['ambassador', 'envoy', 'charge', "chargé", 'diplomat', 'diplomats', 'representative'].includes(tokens[title]?.lower ?? '')) return;
    const frame = this.subjectOf(v, s);
    // (A pronoun is trusted only when it follows its speaker's name.)
    if (frame.subjects.length === 0 || frame.subjects.some((a) => a.mention?.form === 'pronoun' || a.mention === null)) return;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    const targets = states.map((a) => ({ ...a, actorId: this.sideOf(a.actorId) }));
    this.emit('CRITICIZES', frame.subjects, targets, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s) ?? frame.subjects[0]?.actorId ?? null, false);
  }

  /** "China insisted that the Philippines must withdraw", "told Netanyahu that Israel must stop": a demand. */
  private mustDo(k: number, s: Sentence): void {
    const { tokens } = this;
    if (!this.isVerb(tokens[k + 1]) && tokens[k + 1]?.pos !== 'VERB') return;
    const frame = this.subjectOf(k, s);
    if (frame.subjects.length === 0 || frame.subjects.some((a) => a.mention === null)) return;
    if (tokens[frame.clauseStart - 1]?.lower !== 'that' && !this.isVerb(tokens[frame.clauseStart - 1])) return;
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
  private spokenDemandBefore(k: number): boolean {
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
  private callsFor(k: number, s: Sentence): boolean {
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

  /** "Mohammed bin Salman welcomed Syrian President Ahmed al-Sharaa in Riyadh": a visit. */
  private welcomedGuest(v: number, s: Sentence): void {
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

  /** "Islamic State claimed responsibility for the attack on a Syrian army convoy": the claimer attacked. */
  private claimedAttack(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    if (tokens[k]?.lower === 'responsibility' && tokens[k + 1]?.lower === 'for') k += 2;
    else if (k < s.end && tokens[k]?.lower === 'that') return;
    let n = -1;
    for (let j = k; j < Math.min(s.end, k + 5); j++) {
      const t = tokens[j] as Token;
      const trig = NOUN_TRIGGERS.get(nounLemma(t));
      if (t.pos === 'NOUN' && trig?.type === 'ATTACKS' && !trig.between) {
        n = j;
        break;
      }
      if (this.mentionAt(j) || !['DET', 'ADJ', 'NOUN', 'NUM', 'PART'].includes(t.pos)) return;
    }
    if (n === -1) return;
    const trig = NOUN_TRIGGERS.get(nounLemma(tokens[n] as Token)) as NounTrigger;
    const p = this.skipNouns(n + 1, s);
    if (!trig.targetPreps.includes(tokens[p]?.lower ?? '')) return;
    const targets = this.objectAfter(p + 1, s, 'attack-target', 4);
    if (targets.length === 0) return;
    const frame = this.subjectOf(v, s);
    if (frame.subjects.length === 0) return;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    this.done.add(n);
    this.emit('ATTACKS', frame.subjects, targets, s, 0.75 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), false);
  }

  /**
   * A verb announced in the future ("would", "will", adverbs between): its speaker and the index of
   * the modal; null when the verb is not future or nobody says it.
   */
  private futureSpeaker(v: number, s: Sentence): { claimant: string; modal: number } | null {
    const { tokens } = this;
    let j = v - 1;
    while (j > s.first && ((tokens[j] as Token).pos === 'ADV' || ['"', '“', "'"].includes((tokens[j] as Token).text))) j--;
    // "said Rwanda was ready to fight if Burundi attacked it": readiness announces the act too.
    const ready = tokens[j]?.lower === 'to' && ['ready', 'prepared', 'determined'].includes(tokens[j - 1]?.lower ?? '');
    if (!['would', 'will', "'ll", 'shall'].includes(tokens[j]?.lower ?? '') && !ready) return null;
    const claimant = this.claimantFor(v, s);
    return claimant ? { claimant, modal: j } : null;
  }

  /** "..., saying Israel would pay", "said Seoul will regret it": the speaker threatens the one who will pay. */
  private consequence(v: number, s: Sentence): void {
    const future = this.futureSpeaker(v, s);
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
  private playingWithFire(k: number, s: Sentence): void {
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
  private heldInReserve(k: number, s: Sentence): void {
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
    if (targets.length === 0) return;
    this.emit('THREATENS', sources, targets, s, 0.6, claimant ?? sources[0]?.actorId ?? null, false);
  }

  /** "consequences", "a crushing response", "retaliation", "bombing": harm one faces or suffers. */
  private harmAhead(from: number, s: Sentence): boolean {
    const { tokens } = this;
    for (let k = from; k < Math.min(s.end, from + 5); k++) {
      const t = tokens[k] as Token;
      if (['consequences', 'retaliation', 'response', 'punishment', 'wrath', 'retribution', 'reprisals', 'bombing', 'attacks', 'strikes', 'annihilation', 'destruction', 'force', 'obliteration', 'devastation', 'elimination', 'hell'].includes(t.lower)) return true;
      if (!(['DET', 'ADJ', 'PUNCT'].includes(t.pos) && !CLAUSE_BREAKS.has(t.text)) && !['"', '“', '”'].includes(t.text) && !(t.lower.endsWith('ing') && t.pos === 'VERB')) return false;
    }
    return false;
  }

  /** "vowed to retaliate against X": THREATENS, the target from the attack verb or the latest attacker. */
  private unhesitatingForce(v: number, s: Sentence, rule: VerbTrigger, after: number): boolean {
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

  private threatOfForce(v: number, s: Sentence, rule: VerbTrigger, after: number): boolean {
    const frame = this.clauseSubject(v - 2, s);
    if (frame.subjects.length === 0) return true;
    const mod = this.modality(frame.clauseStart, v - 2, s);
    if (mod.negated) return true;
    let targets = rule.object === 'direct' ? this.objectAfter(after, s, 'target') : [];
    if (targets.length === 0) targets = this.prepObject(after, s, ['against', 'on', 'at', ...(rule.preps ?? [])], 8);
    let confidence = 0.75;
    if (targets.length === 0) {
      targets = this.latestAttackerOf(frame.subjects);
      confidence = 0.65;
    }
    if (targets.length === 0) return true;
    const sources = frame.subjects;
    this.emit('THREATENS', sources, targets, s, confidence * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s) ?? sources[0]?.actorId ?? null, false);
    return true;
  }

  /** Who last attacked the side of `victims` in this article. */
  private latestAttackerOf(victims: readonly Arg[]): Arg[] {
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

  /** The mention a relative pronoun before `k` stands for: "the M23 rebel movement, which". */
  private relativeAntecedent(k: number, s: Sentence): Arg[] {
    const { tokens } = this;
    let j = k;
    while (j >= s.first && !RELATIVES.has((tokens[j] as Token).lower)) {
      if (this.mentionAt(j) === null && (tokens[j] as Token).pos !== 'ADV') return [];
      j--;
      if (j < k - 3) return [];
    }
    if (j < s.first) return [];
    j--;
    if (tokens[j]?.text === ',') j--;
    while (j >= s.first && (tokens[j] as Token).pos === 'NOUN' && !this.mentionAt(j)) j--;
    // "Mali's junta, which Algeria accuses": the possessor stands for its government.
    if (tokens[j]?.lower === "'s") j--;
    const m = this.mentionAt(j);
    if (!m) return [];
    const arg = this.argOf({ ...m, absorbed: false }, 'target');
    return arg ? [arg] : [];
  }

  /**
   * "denounced the arrest of the opposition leader by Turkish authorities", "condemned the strike on
   * a hospital by Russian forces": the agent of the condemned act, named by "by" in the object.
   */
  private byAgentInObject(after: number, s: Sentence): Arg[] {
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

  /** "condemned the strikes": the agent of the strikes, as the article told it before. */
  private eventAgentObject(after: number, s: Sentence, critics?: readonly Arg[]): Arg[] {
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
   * The agent of the recent events, when they all had one: with attacks by both sides in view,
   * "condemned the attack" does not say whose.
   */
  private recentEventAgent(s: Sentence): Arg[] {
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

  /** "X launched drills around Y": remember X as the agent of a military activity. */
  private activity(v: number, s: Sentence): void {
    const { tokens } = this;
    for (let k = v + 1; k < Math.min(s.end, v + 6); k++) {
      const t = tokens[k] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',') return;
      if (MILITARY_ACTIVITY.has(t.lower) || NOUN_TRIGGERS.get(nounLemma(t))?.type === 'ATTACKS') {
        const frame = this.subjectOf(v, s);
        const agent = frame.subjects[0];
        if (agent) this.memory.events.push({ agent: agent.actorId, sentence: s.index });
        return;
      }
    }
  }

  /** "Yerevan called the claim 'a lie'": a denial of the latest accusation against the caller. */
  private calledFalse(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    while (k < Math.min(s.end, v + 4) && !ACCUSATION_NOUNS.has((tokens[k] as Token).lower)) k++;
    if (!ACCUSATION_NOUNS.has(tokens[k]?.lower ?? '')) {
      // "a charge Cotonou called baseless": the accusation is the gap before the subject.
      const falseNext = [1, 2, 3].some((d) => FALSEHOOD_WORDS.has(tokens[v + d]?.lower ?? ''));
      let gap = false;
      for (let j = v - 1; j >= Math.max(s.first, v - 5); j--) if (ACCUSATION_NOUNS.has((tokens[j] as Token).lower)) gap = true;
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
  private calledNegative(v: number, s: Sentence): void {
    const { tokens } = this;
    let judged = -1;
    // ("called India's decision to suspend the Indus Waters Treaty unacceptable": a long object.)
    for (let j = v + 2; j < Math.min(s.end, v + 14); j++) {
      const t = tokens[j] as Token;
      if (t.text === ';' || t.lower === 'but' || (t.pos === 'VERB' && !t.lower.endsWith('ed') && tokens[j - 1]?.lower !== 'to')) break;
      if (NEGATIVE_JUDGEMENTS.has(t.lower) || (t.lower === 'blow' && tokens[j + 1]?.lower === 'to')) {
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
    // "called the move by Pristina a blow to ...": the agent of the judged act.
    if (targets.length === 0) targets = this.byAgentInObject(v + 1, s);
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
    }
    if (targets.length === 0) return;
    this.criticizedBySubject(v, s, targets, 0.7);
  }

  /**
   * ", a move Iran called ...": the subjects of the clause before an appositive act noun whose
   * relative clause is the judging verb at `v` (the subject of `v` is its critic).
   */
  private gapActAgents(v: number, s: Sentence): Arg[] {
    const { tokens } = this;
    const frame = this.subjectOf(v, s);
    const first = Math.min(...frame.subjects.map((a) => a.mention?.first ?? v));
    if (frame.subjects.length === 0 || first >= v) return [];
    if (!['move', 'decision', 'step', 'action', 'measure'].includes(tokens[first - 1]?.lower ?? '') || !['a', 'the'].includes(tokens[first - 2]?.lower ?? '') || tokens[first - 3]?.text !== ',') return [];
    // (The move is the main clause's: "Australia expelled Iran's ambassador after concluding that ..., a move".)
    const opening = this.firstFiniteVerb(s);
    const main = opening !== -1 && opening < first - 3 ? opening : this.previousFiniteVerb(first - 4, s);
    if (main === -1) return [];
    const critics = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    return this.subjectOf(main, s).subjects.filter((a) => !critics.has(this.sideOf(a.actorId)));
  }

  /** The subjects of `v` when its clause asserts the act (neither negated nor unreal), with the factor a hedge puts on the confidence. */
  private assertedSubjects(v: number, s: Sentence): { readonly subjects: readonly Arg[]; readonly hedge: number } | null {
    const frame = this.subjectOf(v, s);
    if (frame.subjects.length === 0) return null;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return null;
    return { subjects: frame.subjects, hedge: mod.hedged ? 0.7 : 1 };
  }

  /** The asserted subjects of `v` criticise `targets`; the claim is theirs unless someone reports it. */
  private criticizedBySubject(v: number, s: Sentence, targets: Arg[], confidence: number): void {
    const asserted = this.assertedSubjects(v, s);
    if (asserted === null) return;
    const claimant = this.claimantFor(v, s) ?? asserted.subjects[0]?.actorId ?? null;
    this.emit('CRITICIZES', asserted.subjects, targets, s, confidence * asserted.hedge, claimant, false);
  }

  /** "Mozambique thanked Rwanda for its military support": the thanked party supports the subject. */
  private thanked(v: number, s: Sentence): void {
    const { tokens } = this;
    const helpers = this.objectAfter(v + 1, s, 'agent', 2);
    if (helpers.length === 0) return;
    const last = this.lastMentionEnd(v + 1, s);
    if (tokens[last]?.lower !== 'for') return;
    let k = last + 1;
    while (k < Math.min(s.end, last + 5) && ['its', 'their', 'his', 'her', 'the', 'continued', 'military', 'financial', 'humanitarian', 'generous', 'steadfast', 'unwavering', 'security', 'economic', 'diplomatic'].includes((tokens[k] as Token).lower)) k++;
    if (!['support', 'help', 'assistance', 'aid', 'backing', 'solidarity', 'troops', 'contribution', 'weapons', 'funding'].includes(tokens[k]?.lower ?? '')) return;
    const asserted = this.assertedSubjects(v, s);
    if (asserted === null) return;
    this.emit('SUPPORTS', helpers, asserted.subjects, s, 0.75 * asserted.hedge, this.claimantFor(v, s), false);
  }

  /** "Ukraine and Russia exchanged prisoners": the two are the pair a broker mediates between. */
  private exchanged(v: number, s: Sentence): void {
    let next = this.tokens[v + 1];
    // "exchanged missile fire", "traded heavy artillery fire", "exchanged cross-border strikes": modifiers first.
    for (let q = v + 1; q < Math.min(this.tokens.length, v + 4); q++) {
      const w = this.tokens[q] as Token;
      if (!['heavy', 'missile', 'rocket', 'artillery', 'drone', 'gun', 'small-arms', 'cross-border', 'intense', 'sporadic', 'deadly', 'mortar', 'tank', 'air'].includes(w.lower) || this.mentionAt(q)) break;
      if (['fire', 'strikes', 'attacks', 'shelling', 'barrages', 'gunfire', 'salvos'].includes(this.tokens[q + 1]?.lower ?? '')) next = this.tokens[q + 1];
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

  /** "Hamas accepted Egypt's proposal for a truce", "Israel accepted a U.S. ceasefire plan": the two agree. */
  private acceptedProposal(v: number, s: Sentence, objectStart = v + 1): void {
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
      while (h < Math.min(s.end, k + 4) && !PROPOSAL_NOUNS.has((tokens[h] as Token).lower) && ['ADJ', 'NOUN'].includes((tokens[h] as Token).pos) && !this.mentionAt(h)) h++;
      if (!PROPOSAL_NOUNS.has(tokens[h]?.lower ?? '')) return;
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
    this.emit('AGREES_WITH', frame.subjects, proposers, s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), false);
  }

  /** "Japan lodged a protest with China", "filed a complaint against Kyiv": CRITICIZES. */
  private protestLodged(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    while (k < Math.min(s.end, v + 5) && ['a', 'an', 'the', 'formal', 'strong', 'strongly-worded', 'official', 'diplomatic', 'stern', 'fresh', 'new', 'solemn'].includes((tokens[k] as Token).lower)) k++;
    if (!['protest', 'protests', 'complaint', 'complaints', 'objection', 'representations', 'demarche', 'démarche'].includes(tokens[k]?.lower ?? '')) return;
    // "handed a protest note to Minsk": a note of protest given to a state.
    const note = ['note', 'notes', 'letter'].includes(tokens[k + 1]?.lower ?? '') ? 1 : 0;
    if (!['lodge', 'file', 'register', 'lodged', 'filed', 'make'].includes(verbLemma(tokens[v] as Token)) && note === 0) return;
    const targets = this.prepObject(k + note + 1, s, ['with', 'against', 'to'], 4);
    if (targets.length === 0) return;
    this.criticizedBySubject(v, s, targets, 0.8);
  }

  /** "China expressed strong opposition to the U.S. arms sale", "voiced outrage at Israel's actions": CRITICIZES. */
  private expressedDispleasure(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    while (k < Math.min(s.end, v + 5) && ['its', 'their', 'his', 'her', 'strong', 'firm', 'deep', 'grave', 'serious', 'great', 'profound', 'sharp', 'strongest', 'resolute', 'utmost', 'fierce', 'vehement'].includes((tokens[k] as Token).lower)) k++;
    // "expressed regret/concern over Georgia's decision": a worry about someone's act, not about a situation.
    if ((['concern', 'concerns', 'regret', 'alarm', 'disappointment', 'unease', 'reservations'].includes(tokens[k]?.lower ?? '') && ['over', 'at', 'about', 'with'].includes(tokens[k + 1]?.lower ?? '')) || (['rejection', 'disapproval', 'opposition'].includes(tokens[k]?.lower ?? '') && ['of', 'to'].includes(tokens[k + 1]?.lower ?? ''))) {
      const owner = this.actOwner(k + 2, s);
      if (owner) this.criticizedBySubject(v, s, [owner], 0.6);
      return;
    }
    if (!['opposition', 'outrage', 'anger', 'indignation', 'displeasure', 'dismay', 'disapproval', 'condemnation', 'dissatisfaction', 'disgust', 'fury'].includes(tokens[k]?.lower ?? '')) return;
    if (!['to', 'at', 'over', 'against', 'with', 'toward', 'towards'].includes(tokens[k + 1]?.lower ?? '')) return;
    const targets = this.objectAfter(k + 2, s, 'target', 3).filter((a) => !a.mention?.place);
    if (targets.length === 0) return;
    this.criticizedBySubject(v, s, targets, 0.7);
  }

  /**
   * The state an armed group's threat is against when the threat names no target: the one state
   * (country, government or army) the sentence names, else the state of the article's dateline.
   */
  private fightingState(s: Sentence, groups: readonly Arg[]): Arg[] {
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
  private datelineState(): string | null {
    return datelineState(this.tokens, this.mentionAt(0), (id) => this.info(id));
  }

  /**
   * The owner of the projectiles a verb of interception takes as object: "two Houthi missiles" are
   * the Houthis', "a ballistic missile" nobody's (null); undefined when the object is no projectile.
   */
  private projectileOwner(from: number, s: Sentence): Arg | null | undefined {
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
  private barrageDowned(v: number, s: Sentence): void {
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
  private raisedProspect(k: number, s: Sentence): void {
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
  private ultimatumGiven(k: number, s: Sentence): void {
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
  private respondToAny(v: number, s: Sentence): void {
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
      const m = this.mentionAt(j + 2);
      if (!m || m.first !== j + 2) return;
      let h = m.end;
      while (h < s.end && h < m.end + 2 && ['military', 'armed', 'foreign'].includes((tokens[h] as Token).lower)) h++;
      if (!['attack', 'aggression', 'strike', 'strikes', 'attacks', 'incursion', 'invasion', 'intervention'].includes(tokens[h]?.lower ?? '')) return;
      const arg = this.argOf(m, 'target');
      if (!arg || subjects.some((a) => this.sideOf(a.actorId) === this.sideOf(arg.actorId))) return;
      this.emit('THREATENS', subjects, [arg], s, 0.65 * (mod.hedged ? 0.7 : 1), claimant ?? subjects[0]?.actorId ?? null, false);
      return;
    }
  }

  /** ", killing 10 Somali soldiers" after `from` in the same clause: the state of the soldiers killed. */
  private participleVictims(from: number, s: Sentence, attackers: readonly Arg[]): Arg[] {
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

  /** ", killing dozens of the attackers", "and killed several assailants" after the attack noun at `k`. */
  private attackersKilled(k: number, s: Sentence): boolean {
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

  /** "a missile fired by the Houthis", "drones launched from Yemen by the Houthis": who launched the projectile phrase at `from`. */
  private launcherOf(from: number, s: Sentence): Arg[] {
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

  /** "Israel intercepted a Houthi missile": the launcher attacked the interceptor. */
  private interceptedVerb(v: number, s: Sentence): void {
    const owner = this.projectileOwner(v + 1, s);
    if (!owner) return;
    const frame = this.subjectOf(v, s, 'attack-target');
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    const targets = frame.subjects.filter((a) => this.sideOf(a.actorId) !== this.sideOf(owner.actorId));
    if (targets.length === 0) return;
    this.emit('ATTACKS', [owner], targets, s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), false);
  }

  /** "The junta has relied on Russian mercenaries", "depends on Egyptian drones": the provider supports the subject. */
  private reliedOn(v: number, s: Sentence): void {
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
      if (!['and', ',', 'the'].includes((tokens[k] as Token).lower)) break;
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

  /**
   * "Three Nigerian soldiers were killed in an ISWAP attack", "two Israeli troops were wounded in a
   * Hezbollah strike": the state of the victims named as the passive subject before "in".
   */
  private victimsOf(k: number, s: Sentence, agents: readonly Arg[]): Arg[] {
    const { tokens } = this;
    let j = k - 1;
    while (j > s.first && (['ADJ', 'NUM'].includes((tokens[j] as Token).pos) || ['air', 'drone', 'missile', 'rocket', 'artillery', 'suspected'].includes((tokens[j] as Token).lower) || this.mentionAt(j))) j--;
    if (!['a', 'an', 'the'].includes(tokens[j]?.lower ?? '') || !['in', 'during', 'by'].includes(tokens[j - 1]?.lower ?? '')) return [];
    if (!['killed', 'wounded', 'injured', 'hurt', 'captured', 'abducted'].includes(tokens[j - 2]?.lower ?? '') || !['were', 'was', 'been'].includes(tokens[j - 3]?.lower ?? '')) return [];
    const frame = this.subjectOf(j - 3, s, 'attack-target');
    // The victims are the subject: "Nigerian soldiers", "Ugandan peacekeepers".
    const subject = frame.subjects.filter((a) => a.mention && ['soldiers', 'troops', 'servicemen', 'peacekeepers', 'police', 'policemen', 'officers', 'civilians', 'nationals', 'citizens', 'personnel', 'sailors', 'guards', 'commanders', 'commander', 'fighters', 'militants', 'members', 'leaders', 'leader', 'officials', 'official', 'soldier', 'officer'].includes(tokens[a.mention.end]?.lower ?? ''));
    const sides = new Set(agents.map((a) => this.sideOf(a.actorId)));
    return subject.filter((a) => !sides.has(this.sideOf(a.actorId)));
  }

  /**
   * The token before the modifiers of the noun at `k`: actor mentions, words of the given parts of
   * speech or in `words`, quotes and possessive 's ("Iran's missile", "Chinese", "the").
   */
  private beforeModifiers(k: number, s: Sentence, pos: readonly string[], words: readonly string[]): number {
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
   * "In response to Iran's missile attack, Israel struck ...", "Israel hit back in retaliation for
   * Hezbollah's attacks", "Pakistan retaliated against Taliban attacks on its posts": an attack that
   * names no target, answered by force, was on the side that answers it.
   */
  private answeredAttack(k: number, s: Sentence, agents: readonly Arg[]): Arg[] {
    const { tokens } = this;
    let b = this.beforeModifiers(k, s, ['ADJ', 'NUM', 'DET', 'PART'], ['drone', 'missile', 'rocket', 'air', 'artillery', 'cross-border', 'border', 'militant', 'ballistic']);
    // "in response to rocket/VERB fire": a "to" tagged as a particle is still the preposition.
    if (['response', 'reply'].includes(tokens[b]?.lower ?? '') && tokens[b + 1]?.lower === 'to' && b + 1 < k) b++;
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
  private killingBy(k: number, s: Sentence): void {
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

  /**
   * "..., prompting U.S. and British strikes on their positions": the subject of the clause the
   * participle follows, when it is another side than the attackers.
   */
  private promptingSubject(k: number, s: Sentence, agents: readonly Arg[]): Arg[] {
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

  /** "came in response to rocket fire from Hezbollah": the source of the fire attacked the side answering it. */
  private answeredFire(k: number, s: Sentence): void {
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
  private answeringStrikes(verb: number, s: Sentence, agents: readonly Arg[]): Arg[] {
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
  private answeredThreat(k: number, s: Sentence, agents: readonly Arg[]): Arg[] {
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
  private attackAgentAfter(after: number, s: Sentence, answering: readonly Arg[]): Arg[] {
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
  private respondedWithForce(v: number, s: Sentence): void {
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

  /** "announced a new $500 million weapons package for Ukraine": a package or tranche follows the verb. */
  private packageAhead(v: number, s: Sentence): boolean {
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
  private sharedObject(after: number, s: Sentence, type: RelationType, role: Role): Arg[] {
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
  private actOwner(from: number, s: Sentence, bare = false): Arg | null {
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
      const possessive = tokens[m.end]?.lower === "'s";
      // ("criticised EU plans": a bare name right after a verb of criticism, when the caller allows it.)
      if (!possessive && k === from && !(bare && !m.place)) return null;
      let h = possessive ? m.end + 1 : m.end;
      // (After a possessive, a modifying noun or participle too: "Mali's drone strikes", "Israel's continued strikes".)
      while (h < m.end + 4 && (tokens[h]?.pos === 'ADJ' || (tokens[h]?.pos === 'NOUN' && !OWNED_ACTS.has(tokens[h]?.lower ?? '')) || (possessive && ['continued', 'renewed', 'repeated', 'planned', 'proposed', 'unilateral', 'ongoing', 'latest', 'recent'].includes(tokens[h]?.lower ?? ''))) && !this.mentionAt(h)) h++;
      if (!OWNED_ACTS.has(tokens[h]?.lower ?? '') || this.mentionAt(h)) return null;
      return this.argOf({ ...m, place: false }, 'target');
    }
    while (k < from + 4 && tokens[k]?.pos === 'ADJ') k++;
    if (!OWNED_ACTS.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'by') return null;
    const by = this.argsIn(k + 2, Math.min(s.end, k + 5), 'agent');
    return by[0] ?? null;
  }

  /** "Algeria recalled its ambassador in protest at France's support for ...": the subject criticises. */
  private inProtestAt(k: number, s: Sentence): void {
    const { tokens } = this;
    if (!['at', 'over', 'against'].includes(tokens[k + 1]?.lower ?? '') || tokens[k - 1]?.lower !== 'in') return;
    const owner = this.actOwner(k + 2, s);
    if (!owner) return;
    const main = this.previousFiniteVerb(k - 2, s);
    if (main === -1) return;
    this.criticizedBySubject(main, s, [owner], 0.6);
  }

  /** "Russia's Africa Corps is helping Mali's junta fight jihadists": helping a side fight supports it. */
  private helpedFight(v: number, s: Sentence): void {
    const { tokens } = this;
    const helped = this.objectAfter(v + 1, s, 'target', 2);
    if (helped.length === 0) return;
    let k = this.lastMentionEnd(v + 1, s);
    if (tokens[k]?.lower === "'s") {
      k++;
      while (k < s.end && ['ADJ', 'NOUN'].includes((tokens[k] as Token).pos) && !['fight', 'defend', 'repel', 'resist', 'counter', 'battle', 'combat', 'recapture', 'retake'].includes((tokens[k] as Token).lower)) k++;
    }
    if (tokens[k]?.lower === 'to') k++;
    if (!['fight', 'defend', 'repel', 'resist', 'counter', 'battle', 'combat', 'recapture', 'retake', 'push'].includes(tokens[k]?.lower ?? '')) return;
    const frame = this.subjectOf(v, s);
    if (frame.subjects.length === 0) return;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis || this.governedByDenial(v, s)) return;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    const others = helped.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (others.length === 0) return;
    this.emit('SUPPORTS', frame.subjects, others, s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
  }

  /** "Kagame and Tshisekedi shook hands", "Putin shook hands with Aliyev": they met. */
  private shookHands(v: number, s: Sentence): void {
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
  private discussed(v: number, s: Sentence): void {
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
  private visitTo(k: number, s: Sentence): void {
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
    if (this.sideOf(visitor.actorId) === this.sideOf(host.actorId)) return;
    this.emit('MEETS_WITH', [visitor], [host], s, 0.6, this.claimantFor(k, s), false);
  }

  /** "Niger held France responsible for the attack". */
  private heldResponsible(v: number, s: Sentence): void {
    const targets = this.objectAfter(v + 1, s, 'target', 3);
    if (targets.length === 0) return;
    const last = this.lastMentionEnd(v + 1, s);
    if (!['responsible', 'accountable', 'liable'].includes(this.tokens[last]?.lower ?? '')) return;
    const frame = this.subjectOf(v, s);
    if (frame.subjects.length === 0) return;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    const claimant = this.claimantFor(v, s) ?? frame.subjects[0]?.actorId ?? null;
    this.emit('ACCUSES', frame.subjects, targets, s, 0.8 * (mod.hedged ? 0.7 : 1), claimant, false);
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
  private behindAttack(be: number, s: Sentence): void {
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

  /** "Kenyan officials attributed the attack on the police post to al Shabaab": the one it is attributed to attacked. */
  private attributedAttack(v: number, s: Sentence): void {
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
   * "Kenya said Uganda's decision was regrettable", "the Arab League said the Israeli move was a
   * blow to peace efforts": the speaker criticises the actor whose act it judges.
   */
  private judgedAct(be: number, s: Sentence): void {
    const { tokens } = this;
    let j = be + 1;
    while (j < Math.min(s.end, be + 5) && ['a', 'an', 'the', 'very', 'deeply', 'extremely', 'totally', 'completely', 'serious', 'severe', 'major', 'heavy', 'grave', 'clear', 'blatant', 'flagrant', 'dangerous', 'state', 'an', 'outright', 'brazen', 'naked'].includes((tokens[j] as Token).lower)) j++;
    const word = tokens[j]?.lower ?? '';
    if (!(NEGATIVE_JUDGEMENTS.has(word) || (word === 'blow' && tokens[j + 1]?.lower === 'to'))) {
      this.judgedSubjectAct(be, s);
      return;
    }
    // The judged phrase: "Uganda's decision", "the Israeli decision", "the move by Kosovo", "the
    // decision by Ethiopia to sign the deal".
    const ACTS = ['decision', 'move', 'decisions', 'moves', 'policy', 'announcement', 'plan', 'actions', 'action', 'step', 'remarks', 'comments', 'statement', 'deployment', 'strikes', 'attack', 'attacks', 'strike', 'operation', 'law', 'vote', 'sanctions', 'tariffs', 'blockade', 'annexation', 'expulsion', 'suspension', 'withdrawal', 'ban', 'support', 'backing'];
    let h = be - 1;
    // "Israel's strike on Qatar was ...": the act noun may carry a short prepositional phrase.
    if (!ACTS.includes(tokens[h]?.lower ?? '')) {
      const m = this.mentionAt(h);
      let p = m ? m.first - 1 : -1;
      if (tokens[p]?.lower === 'the') p--;
      if (m && ['on', 'against', 'in', 'into', 'for', 'of'].includes(tokens[p]?.lower ?? '') && ['strike', 'strikes', 'attack', 'attacks', 'raid', 'incursion', 'deployment', 'operation', 'sanctions', 'blockade', 'invasion', 'support', 'backing'].includes(tokens[p - 1]?.lower ?? '')) h = p - 1;
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
  private judgedSubjectAct(be: number, s: Sentence): void {
    const { tokens } = this;
    const QUOTES = ['"', '“', '”', "'"];
    // The judgement: a negative word after the copula, past quotes, articles, adverbs and other adjectives.
    let j = be + 1;
    while (j < Math.min(s.end, be + 7)) {
      const t = tokens[j] as Token;
      if (NEGATIVE_JUDGEMENTS.has(t.lower) || (t.lower === 'threat' && tokens[j + 1]?.lower === 'to')) break;
      if (!(QUOTES.includes(t.text) || ['DET', 'ADV'].includes(t.pos) || (t.pos === 'ADJ' && !this.mentionAt(j)))) return;
      j++;
    }
    const word = tokens[j]?.lower ?? '';
    // ("was \"a threat to regional peace\"": a threat to something, too.)
    if (!NEGATIVE_JUDGEMENTS.has(word) && !(word === 'threat' && tokens[j + 1]?.lower === 'to')) return;
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
    const judged = this.actOwner(from, s);
    if (!judged) return;
    const claimant = this.claimantFor(be, s);
    if (!claimant || this.sideOf(claimant) === this.sideOf(judged.actorId)) return;
    const mod = this.modality(from, be, s);
    if (mod.negated || mod.irrealis) return;
    this.emit('CRITICIZES', [{ actorId: claimant, mention: null, weight: 1 }], [judged], s, 0.6 * (mod.hedged ? 0.7 : 1), claimant, false);
  }

  /** "Rwanda's spokeswoman said the accusations were false": the speaker denies the latest accusation against it. */
  private claimsFalse(be: number, s: Sentence): void {
    const { tokens } = this;
    if (!ACCUSATION_NOUNS.has(tokens[be - 1]?.lower ?? '')) return;
    let j = be + 1;
    while (j < Math.min(s.end, be + 4) && ['completely', 'totally', 'entirely', 'utterly', 'simply', 'a', 'an', 'baseless', 'and', 'both'].includes((tokens[j] as Token).lower) && !FALSEHOOD_WORDS.has((tokens[j] as Token).lower)) j++;
    if (!FALSEHOOD_WORDS.has(tokens[j]?.lower ?? '')) return;
    const speaker = this.claimantFor(be, s);
    if (!speaker) return;
    const mod = this.modality(Math.max(s.first, be - 4), be, s);
    if (mod.negated || mod.irrealis) return;
    this.denial(be, be - 1, s, [{ actorId: speaker, mention: null, weight: 1 }], 0.7, speaker);
  }

  /** "X said the government had violated the truce": X accuses the government. */
  private imputed(v: number, s: Sentence): void {
    const speaker = this.claimantFor(v, s);
    if (!speaker) return;
    const frame = this.subjectOf(v, s);
    const accused = frame.subjects.filter((a) => this.sideOf(a.actorId) !== this.sideOf(speaker));
    if (accused.length === 0) return;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis) return;
    this.emit('ACCUSES', [{ actorId: speaker, mention: null, weight: 1 }], accused, s, 0.6, speaker, false);
  }

  private hasIrrealisBefore(v: number, s: Sentence, clauseStart: number, words: readonly string[]): boolean {
    for (let k = Math.max(s.first, clauseStart); k < v; k++) if (words.includes((this.tokens[k] as Token).lower)) return true;
    return false;
  }

  /** Inside the complement of "accuse/allege/claim": the event is alleged. */
  private allegedByFrame(v: number, s: Sentence): boolean {
    for (let k = v - 1; k >= s.first; k--) {
      const t = this.tokens[k] as Token;
      if (t.text === ';') return false;
      if (t.pos === 'VERB' && ['accuse', 'allege', 'claim', 'blame', 'charge'].includes(t.lemma)) return true;
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

  /** "X was attacked by Y", "talks mediated by Turkey". */
  /**
   * "The Syrian National Army, an alliance of factions backed by Turkey, ...": the name that an
   * appositive noun phrase ending right before the participle at `v` describes.
   */
  private appositiveHead(v: number, s: Sentence): Arg[] {
    const { tokens } = this;
    let k = v - 1;
    while (k > s.first && k >= v - 7 && !this.mentionAt(k) && (['NOUN', 'ADJ'].includes((tokens[k] as Token).pos) || (tokens[k] as Token).lower === 'of')) k--;
    if (k === v - 1 || !['a', 'an'].includes(tokens[k]?.lower ?? '') || tokens[k - 1]?.text !== ',') return [];
    const m = this.mentionAt(k - 2);
    if (!m || m.place || m.end !== k - 1) return [];
    const arg = this.argOf(m, 'target');
    return arg ? [{ ...arg, weight: arg.weight * 0.9 }] : [];
  }

  private passive(v: number, s: Sentence, rule: VerbTrigger, after: number, beBefore: boolean): boolean {
    const { tokens } = this;
    let by = after;
    while (by < Math.min(s.end, after + 3) && tokens[by]?.lower !== 'by') by++;
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
    if (rule.object === 'parties') {
      // "The talks, sponsored by Saudi Arabia", "the meeting was chaired by X": talks before the participle.
      if (['chair', 'sponsor'].includes(verbLemma(tokens[v] as Token)) && !tokens.slice(Math.max(s.first, v - 8), v).some((w) => TALKS_NOUNS.has(w.lower) && (w.pos === 'NOUN' || w.pos === 'PROPN'))) return false;
      const { args, inferred } = this.mediationTargets(by + 1, s);
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
      const { args, inferred } = this.parties(s.first, s);
      const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
      if (args.length === 2 && !args.some((a) => sides.has(this.sideOf(a.actorId)))) this.emit('MEDIATES', sources, args, s, 0.75 * (mod.hedged ? 0.7 : 1) * (inferred ? 0.8 : 1), claimant, false);
      return true;
    }
    // "The agreement, brokered by the U.S., was signed by Congo and Rwanda": the signers with each other.
    if (RELATION_TYPE_INFO[rule.type].symmetric && sources.length >= 2) {
      for (const a of sources) this.emit(rule.type, [a], sources.filter((b) => b !== a), s, confidence, claimant, false);
      return true;
    }
    let targets = [...frame.subjects];
    // "Sudan's army said the RSF, backed by the UAE, attacked": a participle set off by commas
    // right after a name is about that name, not the clause's subject.
    if (!beBefore && tokens[v - 1]?.text === ',' && rule.object !== 'accusation') {
      const m = this.mentionAt(v - 2);
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
        if (head >= start && head <= start + 3 && ['accusation', 'accusations', 'allegation', 'allegations', 'charge', 'charges', 'claims'].includes(tokens[head]?.lower ?? '') && ['the', 'these', 'those', 'such'].includes(tokens[start]?.lower ?? '')) {
          for (const src of sources) {
            const accuser = this.latestAccuserOf(src.actorId, s.index);
            if (accuser && this.sideOf(accuser) !== this.sideOf(src.actorId)) this.emit('DENIES', [src], [{ actorId: accuser, mention: null, weight: 0.85 }], s, confidence * 0.9, claimant ?? src.actorId, false);
          }
        }
      }
      if (targets.length === 0) return true;
    }
    if (targets.length === 0) {
      // Reduced passive after a noun: "Pakistani border outposts attacked by X", "Malian forces, backed by X,".
      let p = v - 1;
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

  /** "South Africa's bid to ...", "Morocco's autonomy plan": the owner of the thing heading a subject in [from, v). */
  private artifactOwnerInSubject(from: number, v: number, s: Sentence): Arg | null {
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
  private gapAgent(frame: VerbFrame, s: Sentence, critics: readonly Arg[]): Arg[] {
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

  private firstFiniteVerb(s: Sentence): number {
    for (let k = s.first; k < s.end; k++) {
      const t = this.tokens[k] as Token;
      if (t.pos === 'VERB' && !t.lower.endsWith('ing') && this.tokens[k - 1]?.lower !== 'to') return k;
    }
    return -1;
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

  /** "... with (new) sanctions / tariffs / fines" after an attack verb's object. */
  private economicMeans(after: number, s: Sentence): boolean {
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

  /**
   * Bodies that warn without the means to carry a threat out: NGOs, the UN family, courts and
   * technical agencies (alliances and blocs such as NATO, ECOWAS or the AES can threaten).
   */
  private forceless(id: string): boolean {
    const info = this.info(id);
    if (!info) return false;
    if (info.kind === 'ngo') return true;
    if (info.kind !== 'international') return false;
    if (id === 'united-nations' || id.startsWith('un-') || /^un[a-z]/.test(id) || info.affiliation === 'united-nations') return true;
    return FORCELESS_BODIES.has(id) || /court|tribunal|agency|organization-for|organisation-for|programme|fund|bank/.test(id);
  }

  /** "Somalia's government said troops had killed dozens of militants": unowned troops are the speaker's. */
  /** Whether the subject in [from, v) is only "the strikes", "the attack", "these raids". */
  private eventSubject(from: number, v: number): boolean {
    const { tokens } = this;
    let k = from;
    if (!['the', 'these', 'those', 'that'].includes(tokens[k]?.lower ?? '')) return false;
    k++;
    const noun = tokens[k];
    if (!noun || !EVENT_NOUNS.has(noun.lower) || MILITARY_ACTIVITY.has(noun.lower)) return false;
    for (k++; k < v; k++) if (!['ADV', 'AUX'].includes((tokens[k] as Token).pos)) return false;
    return true;
  }

  /** The attack noun heading a subject in [from, v) followed by a phrase: "The strike on the Iranian consulate", or -1. */
  private eventHead(from: number, v: number): number {
    const { tokens } = this;
    let k = from;
    if (!['the', 'a', 'an', 'this', 'that'].includes(tokens[k]?.lower ?? '')) return -1;
    k++;
    while (k < v && ['ADJ', 'NUM'].includes((tokens[k] as Token).pos) && !this.mentionAt(k)) k++;
    const t = tokens[k];
    const trig = t ? NOUN_TRIGGERS.get(nounLemma(t)) : undefined;
    if (!t || t.pos !== 'NOUN' || trig?.type !== 'ATTACKS' || trig.between || this.mentionAt(k)) return -1;
    if (k + 1 >= v || !['on', 'against', 'in', 'at', ','].includes(tokens[k + 1]?.text.toLowerCase() ?? '')) return -1;
    return k;
  }

  /** Who made the attack heading a subject: its modifier, "by X", "claimed by X", "blamed on X". */
  private eventHeadAgents(head: number, v: number, s: Sentence): Arg[] {
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
  private spokenAct(from: number, s: Sentence): Arg | null {
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

  /** Control taken from a side, or a push into its territory: the side is attacked. */
  private tookGround(v: number, s: Sentence, lemma: string): void {
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

  /** "..., in response", "in retaliation.": an answer whose object is not named. */
  private inResponse(after: number, s: Sentence): boolean {
    const { tokens } = this;
    for (let k = after; k < Math.min(s.end, after + 14); k++) {
      const t = tokens[k] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === '.' || (this.isVerb(t) && k > after)) return false;
      if (t.lower === 'in' && ['response', 'retaliation', 'revenge', 'reprisal'].includes(tokens[k + 1]?.lower ?? '')) return !['to', 'for', 'against'].includes(tokens[k + 2]?.lower ?? '');
    }
    return false;
  }

  private speakersForces(from: number, v: number, s: Sentence): Arg[] {
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

  /**
   * "Colombia's government suspended talks with the ELN after the rebel group attacked a military
   * base": the main clause's state, which the attacker also faces there, owns the base.
   */
  private mainSubjectFacing(from: number, attackers: readonly Arg[], s: Sentence): string | null {
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

  /**
   * "Iran, the main backer of the Houthis", "The United States is Israel's main military backer",
   * "Hezbollah, Iran's most powerful proxy": SUPPORTS between the one described and the possessor or
   * "of" phrase of the noun (backer: the described supports; proxy: the described is supported).
   */
  private backerNoun(k: number, s: Sentence): void {
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
      // "Egypt is among the main backers of", "is one of the biggest suppliers of".
      if (!possessor && (t.lower === 'among' || (t.lower === 'of' && tokens[j - 1]?.lower === 'one'))) {
        j -= t.lower === 'among' ? 1 : 2;
        continue;
      }
      if (['ADJ', 'ADV', 'DET', 'NUM'].includes(t.pos) || ["'s", 'military', 'arms', 'financial', 'political', 'key', 'main', 'chief', 'top', 'biggest', 'largest', 'principal', 'most', 'closest', 'staunchest', 'major', 'regional', 'foreign', 'treaty', 'security', 'defence', 'defense', 'strategic', 'longtime', 'long-time', 'traditional', 'historic', 'oil', 'gas', 'fuel', 'energy', 'grain', 'weapons', 'drone', 'missile'].includes(t.lower)) {
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
   * Ally, backer and proxy nouns in the phrasings backerNoun leaves: "Mali's junta and its Russian
   * allies", "Burkina Faso and its ally Russia", "the Houthis, an Iranian proxy", "Iran's proxy
   * Hezbollah", "Iran's proxies, including Hezbollah and the Houthis", "the M23, whose main backer
   * is Rwanda". An ally supports the one it is the ally of; a proxy is supported by its owner. A
   * former ally is none (true: the noun was read, nothing else applies).
   */
  private allyPhrase(k: number, s: Sentence): boolean {
    const { tokens } = this;
    const proxy = PROXY_NOUNS.has((tokens[k] as Token).lower);
    let j = k - 1;
    while (j > s.first && ['ADJ', 'ADV'].includes((tokens[j] as Token).pos) && !this.mentionAt(j)) {
      if (FORMER_WORDS.has((tokens[j] as Token).lower)) return true;
      j--;
    }
    if (FORMER_WORDS.has(tokens[j]?.lower ?? '')) return true;
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

  /** "Kenyan police came under fire from the Viv Ansanm gang": ATTACKS from the "from" phrase to the subject. */
  private underAttack(k: number, s: Sentence): void {
    const { tokens } = this;
    const verb = tokens[k - 1];
    if (!verb || !['come', 'be'].includes(verbLemma(verb)) && !BE_FORMS.has(verb.lower)) return;
    let j = k + 1;
    while (j < s.end && j < k + 4 && ['heavy', 'intense', 'renewed', 'sustained', 'repeated', 'rocket', 'drone', 'mortar', 'artillery', 'sniper', 'missile', 'direct'].includes((tokens[j] as Token).lower)) j++;
    if (!['fire', 'attack', 'attacks', 'assault', 'shelling', 'bombardment', 'siege', 'bombing'].includes(tokens[j]?.lower ?? '')) return;
    const by = j + 1;
    if (!['from', 'by'].includes(tokens[by]?.lower ?? '')) return;
    const sources = this.objectAfter(by + 1, s, 'agent', 3);
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

  /** "Germany faced criticism from Poland over ...", "drew condemnation from the EU": the critic criticises the subject. */
  private criticismReceived(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    while (k < Math.min(s.end, v + 4) && ['ADJ', 'DET'].includes((tokens[k] as Token).pos)) k++;
    if (!['criticism', 'condemnation', 'censure', 'rebuke', 'backlash', 'outrage'].includes(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'from') return;
    const critics = this.objectAfter(k + 2, s, 'agent', 3);
    if (critics.length === 0) return;
    const frame = this.subjectOf(v, s, 'target');
    const mod = this.modality(frame.clauseStart, v, s);
    if (frame.subjects.length === 0 || mod.negated || mod.irrealis) return;
    const sides = new Set(critics.map((a) => this.sideOf(a.actorId)));
    const targets = frame.subjects.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (targets.length === 0) return;
    this.emit('CRITICIZES', critics, targets, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s) ?? critics[0]?.actorId ?? null, false);
  }

  /**
   * "Burkina Faso's junta hit back at criticism from Ivory Coast", "Kurti dismissed the criticism
   * from Belgrade": the one the criticism came from criticises the subject of the verb answering it.
   */
  private criticismAnswered(k: number, s: Sentence): void {
    const { tokens } = this;
    let v = k - 1;
    while (v > s.first && v > k - 6 && (['DET', 'ADJ', 'ADV'].includes((tokens[v] as Token).pos) || ['at', 'to', 'back', 'off', 'aside', 'the'].includes((tokens[v] as Token).lower))) v--;
    if (!['hit', 'dismiss', 'reject', 'rebuff', 'brush', 'shrug', 'respond', 'answer', 'counter', 'push', 'deflect'].includes(verbLemma(tokens[v] as Token)) || !this.isVerb(tokens[v])) return;
    const critics = this.objectAfter(k + 2, s, 'agent', 3).filter((a) => !a.mention?.place);
    if (critics.length === 0) return;
    const frame = this.subjectOf(v, s, 'target');
    const mod = this.modality(frame.clauseStart, v, s);
    if (frame.subjects.length === 0 || mod.negated || mod.irrealis) return;
    const sides = new Set(critics.map((a) => this.sideOf(a.actorId)));
    const targets = frame.subjects.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (targets.length === 0) return;
    this.emit('CRITICIZES', critics, targets, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s) ?? critics[0]?.actorId ?? null, false);
  }

  /** "told Hamas to release the hostages or face consequences": each demand made earlier in the sentence is also a threat. */
  private orElse(k: number, s: Sentence): void {
    const demands = this.out.filter((r) => r.type === 'DEMANDS' && r.sentence === s.index && !this.forceless(this.sideOf(r.source)));
    for (const d of demands) {
      this.emit('THREATENS', [{ actorId: d.source, mention: null, weight: 1 }], [{ actorId: d.target, mention: null, weight: 1 }], s, Math.min(0.65, d.confidence), d.claimant, d.alleged);
    }
    if (demands.length > 0) this.done.add(k + 1);
  }

  /**
   * "Congo accused Rwanda of backing M23. Rwanda says it does not support the rebels": a speaker who
   * says its own side does not do the act denies the latest accusation against it.
   */
  private deniedOwnAct(v: number, s: Sentence, frame: VerbFrame): void {
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

  /** "Beijing firmly opposes the U.S. arms sale", "regretted Uganda's decision", "objected to Israel's plan": the act's owner is criticised. */
  private opposedAct(v: number, s: Sentence): void {
    const { tokens } = this;
    const from = verbLemma(tokens[v] as Token) === 'object' ? (tokens[v + 1]?.lower === 'to' ? v + 2 : -1) : v + 1;
    if (from === -1) return;
    const owner = this.actOwner(from, s);
    if (!owner) return;
    const asserted = this.assertedSubjects(v, s);
    if (!asserted || asserted.subjects.some((a) => this.sideOf(a.actorId) === this.sideOf(owner.actorId))) return;
    this.criticizedBySubject(v, s, [owner], 0.6);
  }

  /** "Viktor Orban, a vocal critic of EU support for Ukraine", "Navalny, a fierce critic of Putin": CRITICIZES. */
  private criticOf(k: number, s: Sentence): void {
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

  /** The subjects of the clause a fronted or trailing adjunct at `k` belongs to: "In a swipe at X, China said ..." / "China said ..., in a swipe at X". */
  private adjunctSubjects(k: number, s: Sentence): Arg[] {
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

  /** "in an apparent swipe at Washington", "Erdogan's jab at Netanyahu": the one aimed at is criticised. */
  private verbalSwipe(k: number, s: Sentence): void {
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

  /** "issued a stern warning to Israel", "Iran's warning to Washington": the one warned is threatened. */
  private warningTo(k: number, s: Sentence): void {
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
  private threatNoun(k: number, s: Sentence): void {
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

  /**
   * "warned of \"open war\" with Afghanistan if the talks failed", "warned of a crushing response to
   * any attack by the United States": harm announced against a side threatens it.
   */
  private warnedOfHarm(v: number, s: Sentence): boolean {
    const { tokens } = this;
    let k = v + 2;
    while (k < Math.min(s.end, v + 7) && (['"', '“', '”', "'"].includes((tokens[k] as Token).text) || ['DET', 'ADJ', 'ADV'].includes((tokens[k] as Token).pos) || ((tokens[k] as Token).pos === 'VERB' && (tokens[k] as Token).lower.endsWith('ing')))) k++;
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
    targets = targets.filter((a) => !sides.has(this.sideOf(a.actorId)) && !a.mention?.place);
    // (Otherwise the verb's own rule reads the warning: "warned of a response to the drills by X and Y".)
    if (sources.length === 0 || targets.length === 0) return false;
    this.emit('THREATENS', sources, targets, s, 0.65 * asserted.hedge, this.claimantFor(v, s) ?? sources[0]?.actorId ?? null, false);
    return true;
  }

  /** "Bagheri said any U.S. or Israeli attack on Iran would be met with a devastating response": the speaker threatens the attackers. */
  private metWithForce(v: number, s: Sentence): void {
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

  /** "Moscow said it had nothing to do with the attack": a denial of the latest accusation against the subject. */
  private nothingToDoWith(v: number, s: Sentence): void {
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

  /**
   * "shelled army-held towns", "fired at government-held Marib": the state whose army holds the
   * place, the one that reports the attack or else the dateline state, never the attackers' side.
   */
  private governmentHeld(after: number, s: Sentence, claimant: string | null, attackers: readonly Arg[]): Arg[] {
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
  private homeStateHit(after: number, s: Sentence, attackers: readonly Arg[]): Arg[] {
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
  private placeHolder(from: number, s: Sentence, attackers: readonly Arg[]): Arg[] {
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
  private launchedOffensive(k: number, s: Sentence): boolean {
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
  private promptedTo(k: number): boolean {
    const m = this.mentionAt(k);
    if (!m) return false;
    const w = this.tokens[m.first - 1];
    return !!w && ['prompted', 'prompting', 'spurred', 'spurring', 'provoked', 'provoking'].includes(w.lower);
  }

  /** "killed 30 militants belonging to the Pakistani Taliban", "fighters loyal to the RSF": the fighters' side. */
  private fightersOf(after: number, s: Sentence, attackers: readonly Arg[]): Arg[] {
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
  private provokingAttack(clauseStart: number, s: Sentence, attackers: readonly Arg[]): Arg[] {
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

  /** "the capital", "the country's capital" as an object: the speaking state's, else the dateline state's. */
  private unownedCapital(after: number, claimant: string | null, attackers: readonly Arg[]): Arg[] {
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

  /** "Kenya's president took aim at Uganda": CRITICIZES. */
  private tookAim(v: number, s: Sentence): void {
    const { tokens } = this;
    // "took Rwanda to task over its support for M23": the one taken to task is criticised.
    const m = this.mentionAt(v + 1) ?? (tokens[v + 1]?.lower === 'the' ? this.mentionAt(v + 2) : null);
    if (m && tokens[m.end]?.lower === 'to' && tokens[m.end + 1]?.lower === 'task') {
      const taken = this.argOf(m, 'target');
      if (taken) this.criticizedBySubject(v, s, [taken], 0.7);
      return;
    }
    if (this.tokens[v + 1]?.lower !== 'aim' || this.tokens[v + 2]?.lower !== 'at') return;
    const targets = this.objectAfter(v + 3, s, 'target', 3);
    if (targets.length > 0) this.criticizedBySubject(v, s, targets, 0.65);
  }

  private beIndex(v: number, s: Sentence): number {
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
      if (CLAUSE_BREAKS.has(t.text) || t.text === '.' || (this.isVerb(t) && k > from) || t.lower === 'that') return [];
      if (this.mentionAt(k) && !preps.includes(tokens[k - 1]?.lower ?? '')) {
        // A mention that is not introduced by one of the prepositions ends the search.
        const m = this.mentionAt(k) as Mention;
        k = m.end - 1;
        continue;
      }
      if (preps.includes(t.lower) && this.helpPhrase(k, s) === -1 && this.absoluteWith(k, s) === -1) {
        const args = this.objectAfter(k + 1, s, role, 3);
        if (args.length > 0) return args;
      }
    }
    return [];
  }

  /** "blamed the attack on X". */
  private blameOn(from: number, s: Sentence): Arg[] {
    return this.prepObject(from, s, ['on'], 8);
  }

  /**
   * The target of the latest attack noun before `before`, in this sentence or the one before: "A
   * drone attack on a base hosting U.S. troops ..., blaming X", "... It blamed X for the attack".
   */
  private earlierAttackTarget(before: number, s: Sentence, agents: readonly Arg[]): Arg[] {
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
  private ownSideAttacked(at: number, s: Sentence, accused: readonly Arg[], accusers: readonly Arg[], heads: ReadonlySet<string> = OWN_FORCE_NOUNS): Arg[] {
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
  private blamedAttack(v: number, after: number, s: Sentence, blamed: readonly Arg[], blamers: readonly Arg[]): void {
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

  /** "warned X", else "warned that X would ...", else the counterpart of the dyad in view. */
  private threatTarget(from: number, s: Sentence, sources: readonly Arg[]): Arg[] {
    const { tokens } = this;
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
    const blocked = tokens[from]?.lower === 'to' && ['veto', 'block', 'boycott', 'oppose', 'delay', 'stall'].includes(verbLemma(tokens[from + 1] ?? (tokens[from] as Token)));
    const viaPrep = blocked ? [] : this.prepObject(from, s, ['against', 'to'], 8);
    if (viaPrep.length > 0) return viaPrep;
    // "threatened to cut off gas supplies to Moldova", "to impose tariffs on Canada": coercion of the one named.
    if (tokens[from]?.lower === 'to' && ['cut', 'halt', 'stop', 'suspend', 'impose', 'slap', 'levy', 'withhold', 'freeze', 'sever'].includes(verbLemma(tokens[from + 1] ?? (tokens[from] as Token)))) {
      const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
      const coerced = this.prepObject(from + 2, s, ['to', 'on', 'against', 'for', 'with'], 8).filter((a) => !sides.has(this.sideOf(a.actorId)) && !a.mention?.place);
      if (coerced.length > 0) return coerced;
    }
    // "warned on Tuesday that ...", "warned last week that ...": the time comes before the clause.
    if (tokens[from]?.lower === 'on' && CALENDAR_DAYS.has(tokens[from + 1]?.lower ?? '')) from += 2;
    else if (tokens[from]?.lower === 'last' && ['week', 'month', 'year', 'night'].includes(tokens[from + 1]?.lower ?? '')) from += 2;
    else if (['yesterday', 'today', 'again', 'repeatedly', 'earlier'].includes(tokens[from]?.lower ?? '')) from += 1;
    const respond = tokens[from]?.lower === 'to' && ['respond', 'retaliate', 'avenge', 'reply', 'hit', 'strike'].includes(verbLemma(tokens[from + 1] ?? (tokens[from] as Token))) && !this.mentionAt(from + 2);
    // "threatened to annex the Essequibo region of Guyana", "to seize the port of Assab from Eritrea".
    // "threatened to take Armenian territory by force".
    const byForce = tokens.slice(from + 2, Math.min(s.end, from + 10)).some((w, i, all) => w.lower === 'force' && all[i - 1]?.lower === 'by');
    if (tokens[from]?.lower === 'to' && (['annex', 'invade', 'seize', 'occupy', 'blockade', 'bomb', 'capture', 'destroy', 'annihilate', 'crush', 'eliminate', 'eradicate', 'obliterate', 'defeat'].includes(verbLemma(tokens[from + 1] ?? (tokens[from] as Token))) || (byForce && ['take', 'retake', 'reclaim', 'recover'].includes(verbLemma(tokens[from + 1] ?? (tokens[from] as Token)))))) {
      const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
      const owned = this.objectAfter(from + 2, s, 'attack-target', 5).filter((a) => !sides.has(this.sideOf(a.actorId)));
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
      while (j < s.end && (['would', 'will', 'could', 'might', 'may', 'shall', 'should', 'be', 'have', 'to', 'not', 'only'].includes((tokens[j] as Token).lower) || ['"', '“', '”'].includes((tokens[j] as Token).text))) {
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
      if (args.length > 0 && own && (nominalForce || ['take', 'respond', 'retaliate', 'defend', 'act', 'use', 'strike', 'hit', 'attack', 'target', 'react', 'reply', 'annihilate', 'destroy', 'crush', 'punish', 'obliterate', 'eliminate', 'bomb'].includes(verbLemma(tokens[j] ?? (tokens[from] as Token))))) {
        const sides = new Set(sources.map((a) => this.sideOf(a.actorId)));
        for (const a of args) sides.add(this.sideOf(a.actorId));
        const named = this.promisedForceTargets(j, s, sides);
        if (named.length > 0) return named;
        const others = new Map<string, Arg>();
        for (let k = j + 1; k < s.end; k++) {
          const m = this.mentionAt(k);
          if (!m) continue;
          const arg = this.locative(m) ? null : this.argOf(m, 'target');
          if (arg && !sides.has(this.sideOf(arg.actorId)) && this.kb.governorOf.get(arg.actorId) === undefined) others.set(this.sideOf(arg.actorId), { ...arg, weight: arg.weight * 0.8 });
          k = m.end - 1;
        }
        if (others.size === 1) return [...others.values()];
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
      const others = cond.filter((a) => !sides.has(this.sideOf(a.actorId)) && this.kb.governorOf.get(a.actorId) === undefined);
      if (others.length > 0 && others.length === cond.length) return others.map((a) => ({ ...a, weight: a.weight * 0.9 }));
      break;
    }
    const dyad = this.memory.dyad;
    if (!dyad || sources.length === 0) return [];
    const side = this.sideOf((sources[0] as Arg).actorId);
    const [a, b] = dyad;
    if (this.sideOf(a.actorId) === side) return [{ ...b, weight: b.weight * 0.8 }];
    if (this.sideOf(b.actorId) === side) return [{ ...a, weight: a.weight * 0.8 }];
    return [];
  }

  /** A mention in a locative phrase: "in northern Iraq", "near the Syrian border". */
  private locative(m: Mention): boolean {
    let j = m.first - 1;
    while (j >= 0 && ['ADJ', 'DET'].includes((this.tokens[j] as Token).pos) && !this.mentionAt(j)) j--;
    return ['in', 'inside', 'near', 'across', 'into', 'throughout', 'within', 'over'].includes(this.tokens[j]?.lower ?? '');
  }

  /** Targets of a mediation verb: "between X and Y", the parties of the talks named, or in view. */
  private mediationTargets(after: number, s: Sentence): { args: Arg[]; inferred: boolean } {
    const direct = this.betweenAfter(after, s, 10);
    if (direct.length === 2) return { args: direct, inferred: false };
    // "mediated the talks", "hosted negotiations": the parties of the talks in view.
    let talks = false;
    for (let k = s.first; k < Math.min(s.end, after + 5); k++) {
      if (TALKS_NOUNS.has((this.tokens[k] as Token).lower)) talks = true;
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
    return this.parties(after, s);
  }

  /**
   * Whether the phrase at `from` is an accusation ("the accusation", "Kinshasa's 'false accusations'",
   * "the claims that ...") not said to be against another side than `accused`.
   */
  private accusationObject(from: number, s: Sentence, accused: readonly Arg[]): boolean {
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
   * "X denied the accusations": the target is who accused X (a possessor or "by/from Y" on the
   * accusation, else the latest accusation against X in the article).
   */
  private denial(v: number, after: number, s: Sentence, sources: readonly Arg[], confidence: number, outer: string | null): boolean {
    const { tokens } = this;
    // "rejected as \"groundless\" Armenia's allegation": the judgement fronted before the object.
    if (tokens[after]?.lower === 'as') {
      let j = after + 1;
      while (j < Math.min(s.end, after + 8) && (['"', '“', '”', "'", 'and'].includes((tokens[j] as Token).text.toLowerCase()) || ['ADJ', 'ADV'].includes((tokens[j] as Token).pos) || ((tokens[j] as Token).pos === 'VERB' && (tokens[j] as Token).lower.endsWith('ed')) || FALSEHOOD_WORDS.has((tokens[j] as Token).lower)) && !this.mentionAt(j)) j++;
      if (j > after + 1 && [1, 2, 3].some((d) => FALSEHOOD_WORDS.has(tokens[after + d]?.lower ?? '') || NEGATIVE_JUDGEMENTS.has(tokens[after + d]?.lower ?? '') || tokens[after + d]?.pos === 'ADJ')) after = j;
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
      // "denied that ...", "denied attacking", "denied any involvement/build-up": a denial of what was imputed.
      if (t.lower === 'that' || t.lower.endsWith('ing') || (t.lower === 'any' && k === after)) {
        accusationSeen = true;
        break;
      }
      // "Kigali denies this.", "Moscow has denied it": the pronoun stands for the accusation just reported.
      if (k === after && ['this', 'it', 'these', 'them'].includes(t.lower) && ['.', ',', ';'].includes(tokens[k + 1]?.text ?? '.') && this.memory.accusations.length > 0) {
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
      const by = this.prepObject(k + 1, s, ['by', 'from', 'of'], 4, 'agent');
      if (by.length > 0) {
        accuser = by;
        named = true;
      }
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
    if (accuser.length === 0) return true;
    this.emit('DENIES', sources, accuser, s, confidence * (inferred ? 0.9 : 1), outer ?? sources[0]?.actorId ?? null, false);
    // "Moscow denied Kyiv's accusation that ...": the denial reports the accusation it answers.
    if (named && this.namedAccusation(k, s, sources)) {
      for (const a of accuser) this.emit('ACCUSES', [a], sources, s, 0.75 * confidence, a.actorId, false);
    }
    return true;
  }

  /**
   * Whether the denied noun at `k` is an accusation against the deniers: "accusations", "the
   * charge", or a claim whose "that" clause imputes an act to them ("the claim that it had
   * used chemical weapons"), not a claim of anything ("the claim that it had captured the town").
   */
  private namedAccusation(k: number, s: Sentence, deniers: readonly Arg[]): boolean {
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
      if (m !== null && t.pos !== 'PRON' && !deniers.some((d) => this.sideOf(d.actorId) === this.sideOf(this.argOf(m, 'agent')?.actorId ?? ''))) return false;
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
  private claimModifier(m: Mention, deniers: readonly Arg[]): Arg | null {
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
  private appositiveChargeSpeaker(v: number, s: Sentence, deniers: readonly Arg[]): Arg[] {
    const { tokens } = this;
    for (let a = v - 1; a > Math.max(s.first, v - 7); a--) {
      if (!ACCUSATION_NOUNS.has(tokens[a]?.lower ?? '')) continue;
      if (!['a', 'an'].includes(tokens[a - 1]?.lower ?? '') || tokens[a - 2]?.text !== ',') return [];
      // "..., U.N. experts said, a charge ...": the subject of the speech verb before the comma.
      const said = tokens[a - 3];
      let q = a - 4;
      // "U.N. experts said", "Sudan said": the speaker right before the speech verb.
      if (!this.mentionAt(q) && (AGENT_NOUNS.has(tokens[q]?.lower ?? '') || ['experts', 'investigators', 'monitors'].includes(tokens[q]?.lower ?? ''))) q--;
      const m = said && this.isVerb(said) && SPEECH_LEMMAS.has(said.lemma) ? this.mentionAt(q) : null;
      const arg = m ? this.argOf({ ...m, place: false }, 'agent') : null;
      const speaker = arg ? arg.actorId : this.claimantFor(a - 2, s);
      if (!speaker || deniers.some((d) => this.sideOf(d.actorId) === this.sideOf(speaker))) return [];
      return [{ actorId: speaker, mention: null, weight: 0.8 }];
    }
    return [];
  }

  /** The accuser named in a "despite/after/amid" phrase later in the sentence of a denial. */
  private laterAccuser(from: number, s: Sentence, deniers: readonly Arg[]): Arg[] {
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
  private lastAccusation(): { source: string; target: string; sentence: number; ownClaim?: boolean } | undefined {
    for (let i = this.memory.accusations.length - 1; i >= 0; i--) {
      const a = this.memory.accusations[i];
      if (a && !a.implicated) return a;
    }
    return undefined;
  }

  /** "Congo, the UN and the EU accused Rwanda ...": everyone who made the accusation `found` made against `id`'s side in the same sentence. */
  private coAccusers(found: string, id: string): string[] {
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

  private latestAccuserOf(id: string, sentence = -1, ownClaims = true): string | null {
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
    if (sentence >= 0 && last && sentence - last.sentence <= 1 && this.sideOf(last.source) !== side) return this.sideOf(last.source);
    return null;
  }

  /**
   * The act alleged in "accused X of providing safe havens to Y": X is its agent unless the
   * complement names its own; it is alleged, and the accuser is its claimant.
   */
  private allegation(v: number, s: Sentence, preps: readonly string[], accused: readonly Arg[], accusers: readonly Arg[]): void {
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
      if (t.text === ',' && (['DET', 'PRON', 'SCONJ', 'VERB'].includes(tokens[j + 1]?.pos ?? '') || RELATIVES.has(tokens[j + 1]?.lower ?? ''))) return;
      // "accused Hamas of delaying ... and warned the group": the second verb is the accuser's own act.
      const next = tokens[j + 1];
      if ((t.lower === 'and' || t.lower === 'but') && next && next.pos === 'VERB' && !next.lower.endsWith('ing')) return;
      this.done.add(j);
      // "accused ... of being a Rwandan proxy": the accused is someone's proxy.
      if (t.lower === 'proxy' || t.lower === 'proxies') {
        let p = j - 1;
        while (p > k && !this.mentionAt(p)) p--;
        const m = this.mentionAt(p);
        const patron = m ? this.argOf({ ...m, absorbed: false, place: false }, 'agent') : null;
        const of = patron ? [patron] : this.prepObject(j + 1, s, ['of', 'for'], 3, 'agent');
        if (of.length > 0) this.emit('SUPPORTS', of, accused, s, 0.65, claimant, true);
        return;
      }
      // "blamed Belgrade for an armed assault on Kosovo police": a nominal attack with its target.
      const nominal = NOUN_TRIGGERS.get(nounLemma(t));
      if (t.pos === 'NOUN' && nominal?.type === 'ATTACKS' && !nominal.between) {
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
      // "accused Algeria of letting weapons from Libya reach the rebels": the one who lets them and
      // the one they come from both support the receiver.
      if (['let', 'allow', 'permit', 'letting', 'allowing'].includes(lemma) || ['letting', 'allowing', 'permitting'].includes(t.lower)) {
        let r = j + 1;
        while (r < Math.min(s.end, j + 5) && !SUPPORT_NOUNS.has((tokens[r] as Token).lower)) r++;
        if (!SUPPORT_NOUNS.has(tokens[r]?.lower ?? '')) return;
        let givers: Arg[] = [];
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
      if (GIVE_LEMMAS.has(lemma)) {
        let targets = this.resourceTo(j, s);
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
        const own = this.ownSideAttacked(j + 3, s, accused, accusers);
        if (own.length > 0) this.emit('ATTACKS', accused, own, s, 0.6, claimant, true);
        return;
      }
      if (rules && (t.pos === 'VERB' || t.lower.endsWith('ing'))) {
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
        const targets = rule.object === 'direct' ? this.objectAfter(j + 1, s, rule.type === 'ATTACKS' ? 'attack-target' : role) : this.prepObject(j + 1, s, rule.preps ?? [], 6);
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
        const own = targets.length === 0 && (rule.type === 'ATTACKS' || rule.type === 'THREATENS') ? this.ownSideAttacked(['on', 'at', 'against'].includes(tokens[j + 1]?.lower ?? '') ? j + 2 : j + 1, s, accused, accusers, rule.type === 'THREATENS' ? OWN_THREATENED_NOUNS : OWN_FORCE_NOUNS) : [];
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
   * The accuser as owner of what an alleged attack hit: "its positions", "at its northern towns",
   * "down one of its drones", where "its"/"their" can only be the accuser's (one accuser, and the
   * accused is not the same side).
   */
  private accuserOwned(after: number, s: Sentence, accused: readonly Arg[], accusers: readonly Arg[]): Arg[] {
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
        while (h < Math.min(s.end, k + 4) && !OWNED_TARGETS.has(tokens[h]?.lower ?? '') && ['ADJ', 'NOUN'].includes(tokens[h]?.pos ?? '')) h++;
        if (!OWNED_TARGETS.has(tokens[h]?.lower ?? '')) return [];
        return [{ actorId: accuser.actorId, mention: null, weight: 0.85 }];
      }
      if (this.mentionAt(k) || this.isVerb(t) || t.pos === 'PUNCT' || ['and', 'or'].includes(t.lower)) return [];
      if (!['DET', 'NOUN', 'NUM', 'ADJ', 'ADP', 'ADV', 'PART'].includes(t.pos)) return [];
    }
    return [];
  }

  /**
   * The critic whose own forces or towns an attack noun at `k` hit ("condemned the attack on its
   * soldiers", with the preposition at `prep`): the one subject of the verb of condemning before it.
   */
  private condemnedOnOwn(k: number, prep: number, s: Sentence, agents: readonly Arg[]): Arg[] {
    const { tokens } = this;
    for (let v = k - 1; v >= Math.max(s.first, k - 6); v--) {
      const t = tokens[v] as Token;
      if (!this.isVerb(t)) continue;
      if (!['condemn', 'denounce', 'criticise', 'criticize', 'deplore', 'decry', 'protest'].includes(verbLemma(t))) return [];
      const frame = this.subjectOf(v, s);
      const mod = this.modality(frame.clauseStart, v, s);
      if (mod.negated || mod.irrealis || frame.subjects.length !== 1) return [];
      return this.accuserOwned(prep + 1, s, agents, frame.subjects);
    }
    return [];
  }

  /** "received Patriot systems from Germany": the giver after a resource noun and "from". */
  private resourceFrom(after: number, s: Sentence): Arg[] {
    const { tokens } = this;
    for (let k = after; k < Math.min(s.end, after + 6); k++) {
      const t = tokens[k] as Token;
      if (SUPPORT_NOUNS.has(t.lower)) return this.prepObject(k + 1, s, ['from'], 4, 'agent');
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
  private gotResource(v: number, s: Sentence): void {
    this.gotFrom(v, s, this.resourceFrom(v + 1, s));
  }

  /** The subjects of `v` got resources from `givers`. */
  private gotFrom(v: number, s: Sentence, givers: readonly Arg[]): void {
    if (givers.length === 0) return;
    const frame = this.subjectOf(v, s, 'target');
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis || frame.subjects.length === 0 || this.governedByDenial(v, s)) return;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    const others = givers.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (others.length > 0) this.emit('SUPPORTS', others, frame.subjects, s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
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
      if ((possessive && ['help', 'assistance', 'mediation', 'facilitation', 'offices', 'intercession'].includes(head)) || (!possessive && ['mediation', 'mediators', 'intermediaries', 'facilitators', 'facilitation'].includes(head))) return j;
      return -1;
    }
    while (j < s.end && ['active', 'good', 'joint', 'direct'].includes((tokens[j] as Token).lower)) j++;
    if (!['help', 'assistance', 'mediation', 'facilitation', 'offices', 'intercession', 'intervention'].includes(tokens[j]?.lower ?? '') || tokens[j + 1]?.lower !== 'of') return -1;
    return j + 2;
  }

  /**
   * "Russia and Ukraine swapped prisoners with the help of the UAE", "The deal, negotiated with the
   * help of Qatar": who helps two parties agree or talk mediates between them. Returns true when the
   * phrase was such help (and is no support of a side).
   */
  private helpedAgreement(k: number, s: Sentence): boolean {
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

  private withSupportOf(k: number, s: Sentence): void {
    const { tokens } = this;
    let j = k + 1;
    while (j < Math.min(s.end, k + 5) && ['the', 'military', 'financial', 'logistical', 'air', 'active', 'direct', 'backing', 'support', 'help', 'assistance'].includes((tokens[j] as Token).lower)) {
      if (['support', 'backing', 'help', 'assistance'].includes((tokens[j] as Token).lower)) break;
      j++;
    }
    if (!['support', 'backing', 'help', 'assistance'].includes(tokens[j]?.lower ?? '') || !['of', 'from'].includes(tokens[j + 1]?.lower ?? '')) return;
    const helpers = this.objectAfter(j + 2, s, 'agent', 2);
    if (helpers.length === 0) return;
    const main = this.previousFiniteVerb(k - 1, s);
    if (main === -1) return;
    const frame = this.subjectOf(main, s);
    if (frame.subjects.length === 0) return;
    const mod = this.modality(frame.clauseStart, main, s);
    if (mod.negated || mod.irrealis) return;
    this.emit('SUPPORTS', helpers, frame.subjects, s, 0.65 * (mod.hedged ? 0.7 : 1), this.claimantFor(main, s), this.allegedByFrame(main, s));
  }

  /** "safe havens to Y", "the sale of F-16 jets to Turkey": the receiver after a resource noun. */
  private resourceTo(give: number, s: Sentence): Arg[] {
    const { tokens } = this;
    // "shipped millions of artillery shells and dozens of ballistic missiles to Russia".
    for (let k = give + 1; k < Math.min(s.end, give + 14); k++) {
      const t = tokens[k] as Token;
      if (SUPPORT_NOUNS.has(t.lower)) {
        // "power supplies to Chisinau", "delivered tanks to Kyiv": a capital receiving aid, or
        // handed weapons, is its government.
        // "sent weapons to Mogadishu": arms that are not projectiles are handed over, not fired.
        const handover = HANDOVER_LEMMAS.has(verbLemma(tokens[give] as Token)) || HANDED_ARMS.has(t.lower);
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

  private resourceAhead(from: number, s: Sentence): boolean {
    for (let k = from; k < Math.min(s.end, from + 5); k++) if (SUPPORT_NOUNS.has((this.tokens[k] as Token).lower)) return true;
    return false;
  }

  /** End of the coordinated mentions right after `from` ("the Houthis" in "provided the Houthis with"). */
  private lastMentionEnd(from: number, s: Sentence): number {
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
      const title = /^[A-Z]/.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN') && this.mentionAt(k + 1) !== null;
      if (seen !== -1 && !['and', ',', 'the'].includes(w) && !title) break;
      if (seen === -1 && !['the', 'a', 'an'].includes(w) && (this.tokens[k] as Token).pos !== 'ADJ') break;
      k++;
    }
    return seen;
  }

  /** "sent troops to support": a deployment verb before the infinitive. */
  private purposeOfDeployment(k: number, s: Sentence): boolean {
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

  /** "flew to Moscow to ...", "travelled to Baku on Monday to ...": a trip that was made, before `k`. */
  private purposeOfTrip(k: number, s: Sentence): boolean {
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
  private gerundOfModal(v: number, s: Sentence): boolean {
    const { tokens } = this;
    if (!(tokens[v] as Token).lower.endsWith('ing') || BE_FORMS.has(tokens[v - 1]?.lower ?? '')) return false;
    for (let k = v + 1; k < Math.min(s.end, v + 16); k++) {
      const w = (tokens[k] as Token).lower;
      if (CLAUSE_BREAKS.has((tokens[k] as Token).text) || RELATIVES.has(w)) return false;
      if (['would', 'could', 'will', 'might', 'may'].includes(w)) return true;
    }
    return false;
  }

  /** "X provided weapons to Y", "X provided Y with drones". */
  private give(v: number, s: Sentence): void {
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

  /** The asserted subjects of `v` support `targets` (other sides only); false when nothing was emitted. */
  private supportedBySubject(v: number, s: Sentence, targets: readonly Arg[], confidence: number): boolean {
    const frame = this.subjectOf(v, s);
    if (frame.subjects.length === 0 || targets.length === 0) return false;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis || this.governedByDenial(v, s) || this.tokens[v - 1]?.lower === 'to') return false;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    const others = targets.filter((a) => !sides.has(this.sideOf(a.actorId)));
    if (others.length === 0) return false;
    this.emit('SUPPORTS', frame.subjects, others, s, confidence * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
    return true;
  }

  /**
   * "France recognised Moroccan sovereignty over Western Sahara", "recognised Kosovo's
   * independence", "became the first country to recognise the Taliban government": recognition
   * of a claim or a government supports its holder.
   */
  private recognised(v: number, s: Sentence): void {
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
    if (!claim && !polity) return;
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
  private nominalRecognition(k: number, s: Sentence): void {
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
  private receivedForeign(v: number, s: Sentence): boolean {
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
  private usedForeignArms(v: number, s: Sentence): void {
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
    while (h < Math.min(s.end, m.end + 5) && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes((tokens[h] as Token).pos) && !ARMS_USED.has((tokens[h] as Token).lower) && !this.mentionAt(h)) h++;
    if (!ARMS_USED.has(tokens[h]?.lower ?? '')) return;
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
  private suppliedBy(k: number, s: Sentence): void {
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

  /** "The African Union endorsed Somalia's bid": endorsing a side's bid, claim or position supports it. */
  private endorsedClaim(v: number, s: Sentence): void {
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

  /** "Belarus allowed Russian troops to use its territory": opening one's territory to a side supports it. */
  private allowedUse(v: number, s: Sentence): void {
    const { tokens } = this;
    const users = this.objectAfter(v + 1, s, 'target', 3);
    if (users.length === 0) return;
    let k = users[users.length - 1]?.mention?.end ?? -1;
    if (k === -1) return;
    while (k < Math.min(s.end, v + 10) && tokens[k]?.lower !== 'to') {
      if (this.isVerb(tokens[k]) || CLAUSE_BREAKS.has(tokens[k]?.text ?? '') || tokens[k]?.text === ',') return;
      k++;
    }
    if (tokens[k]?.lower !== 'to' || !['use', 'operate', 'transit', 'cross', 'station', 'base', 'stage', 'fly'].includes(verbLemma(tokens[k + 1] ?? (tokens[v] as Token)))) return;
    let h = k + 2;
    while (h < Math.min(s.end, k + 6) && ['its', 'their', 'the', 'his', 'her', 'of', 'from', 'through', 'over', 'in', 'military', 'air', 'national'].includes(tokens[h]?.lower ?? '')) h++;
    if (!USED_TERRITORY.has(tokens[h]?.lower ?? '')) return;
    this.supportedBySubject(v, s, users, 0.7);
  }

  /** "The EU lifted sanctions on Syria", "Washington eased an arms embargo against Caracas": relief supports. */
  private sanctionsLifted(v: number, s: Sentence): void {
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
  private backingWon(v: number, s: Sentence): void {
    const { tokens } = this;
    let k = v + 1;
    while (k < Math.min(s.end, v + 5) && (['the', 'full', 'strong', 'firm', 'unanimous', 'crucial', 'key', 'military', 'political', 'diplomatic', 'financial', 'public', 'explicit', 'tacit', 'backing', 'support'].includes(tokens[k]?.lower ?? '')) && !['backing', 'support', 'endorsement', 'blessing'].includes(tokens[k]?.lower ?? '')) k++;
    if (!['backing', 'support', 'endorsement', 'blessing'].includes(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of') return;
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
  private supportedAntecedent(v: number, s: Sentence): void {
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
    if (!m && ['it', 'they'].includes(tokens[r + 1]?.lower ?? '')) {
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
    const antecedent = this.relativeAntecedent(r, s);
    const target = antecedent[0];
    if (!target || target.actorId === agent.actorId || this.sideOf(target.actorId) === this.sideOf(agent.actorId)) return;
    const mod = this.modality(r + 1, v, s);
    if (mod.negated || mod.irrealis || this.governedByDenial(v, s)) return;
    this.emit('SUPPORTS', [agent], [target], s, 0.7 * (mod.hedged ? 0.7 : 1), claimant ?? this.claimantFor(v, s), alleged || this.allegedByFrame(v, s));
  }

  /** "Eritrean forces fought on the side of the Fano militia", "fighting on behalf of the junta". */
  private foughtOnSide(v: number, s: Sentence): void {
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
  private aidCarriedOut(k: number, s: Sentence): void {
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
  private inSupportOf(k: number, s: Sentence): void {
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
  private nominalAid(k: number, s: Sentence): void {
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

  /** "Turkey has sided with Azerbaijan", "stood by Russia", "threw its weight behind the army", "came to the aid of Bahrain". */
  private tookSide(v: number, s: Sentence): void {
    const { tokens } = this;
    const lemma = verbLemma(tokens[v] as Token);
    const w1 = tokens[v + 1]?.lower ?? '';
    let at = -1;
    if (lemma === 'side' && w1 === 'with') at = v + 2;
    else if (lemma === 'stand' && ['by', 'with', 'behind'].includes(w1)) at = v + 2;
    else if (lemma === 'rally' && ['behind', 'around'].includes(w1)) at = v + 2;
    else if (lemma === 'throw' && ['its', 'their', 'his', 'her'].includes(w1) && ['weight', 'support'].includes(tokens[v + 2]?.lower ?? '') && tokens[v + 3]?.lower === 'behind') at = v + 4;
    else if (lemma === 'come' && w1 === 'to') {
      let k = v + 2;
      if (tokens[k]?.lower === 'the') k++;
      if (['aid', 'defence', 'defense', 'rescue', 'assistance'].includes(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of') at = k + 2;
    }
    if (at === -1) return;
    this.supportedBySubject(v, s, this.objectAfter(at, s, 'target', 3), 0.65);
  }

  /** "Russia vetoed a U.N. resolution condemning Syria": a veto shields the one censured. */
  private vetoedCensure(v: number, s: Sentence): void {
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

  /** "Niger's junta has turned to Russia for security assistance": the one turned to helps. */
  private turnedTo(v: number, s: Sentence): void {
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
  private deployedInSupport(v: number, s: Sentence): void {
    const { tokens } = this;
    const limit = Math.min(s.end, v + 28);
    let force = false;
    let destination: Arg[] = [];
    let helped: Arg[] = [];
    let fought: Arg[] = [];
    let request = false;
    for (let k = v + 1; k < limit; k++) {
      const t = tokens[k] as Token;
      if (CLAUSE_BREAKS.has(t.text) || t.text === '.' || RELATIVES.has(t.lower) || (SUBORDINATORS.has(t.lower) && t.lower !== 'as')) break;
      if (k < v + 9 && DEPLOYED_FORCES.has(t.lower)) force = true;
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
      if (w === 'request' && next === 'of' && ['the', 'at'].includes(tokens[k - 1]?.lower ?? '')) request = true;
    }
    if (!force) return;
    if (this.gerundOfModal(v, s)) return;
    const frame = this.subjectOf(v, s);
    if (frame.subjects.length === 0) return;
    const mod = this.modality(frame.clauseStart, v, s);
    if (mod.negated || mod.irrealis || this.governedByDenial(v, s) || tokens[v - 1]?.lower === 'to') return;
    const sides = new Set(frame.subjects.map((a) => this.sideOf(a.actorId)));
    const foes = new Set(fought.map((a) => this.sideOf(a.actorId)));
    let targets = helped;
    // "sent troops to Mali to fight jihadists", "at the request of": the state the force went to.
    if (targets.length === 0 && request) targets = destination.filter((a) => this.info(a.actorId)?.kind === 'country' && !foes.has(this.sideOf(a.actorId)));
    targets = targets.filter((a) => !sides.has(this.sideOf(a.actorId)) && !foes.has(this.sideOf(a.actorId)));
    if (targets.length === 0) return;
    this.emit('SUPPORTS', frame.subjects, targets, s, 0.7 * (mod.hedged ? 0.7 : 1), this.claimantFor(v, s), this.allegedByFrame(v, s));
  }

  /** "Iran-backed Houthis", "Qatar-brokered truce", "Egyptian-sponsored talks". */
  private glued(dash: number, s: Sentence): void {
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

  /** "Kataib Hezbollah, an Iran-backed militia": the name the apposition at `k` describes. */
  private appositionHead(k: number, s: Sentence): Arg[] {
    const { tokens } = this;
    let j = k - 1;
    if (['a', 'an', 'the'].includes(tokens[j]?.lower ?? '')) j--;
    if (tokens[j]?.text !== ',' || j - 1 < s.first) return [];
    const m = this.mentionAt(j - 1);
    if (!m) return [];
    const arg = this.argOf(m, 'target');
    return arg ? [arg] : [];
  }

  /** "ready to act as a mediator", "offered to mediate": an offer, not mediation yet. */
  private offer(k: number, s: Sentence): boolean {
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
    if (cue === -1) return this.actingMediator(k, s);
    return this.offerAt(k, cue, s);
  }

  /**
   * "Egypt is acting as a go-between for Israel and Hamas", "Turkey played host to talks between
   * Russia and Ukraine": a mediating role taken by the subject of "act/serve as" or "play".
   */
  private mediatingRole(k: number, s: Sentence): boolean {
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
    } else return false;
    // "offered to act as a go-between": an offer, told elsewhere.
    if (this.offerCueBefore(verbAt, s) !== -1) return false;
    const frame = this.subjectOf(verbAt, s);
    if (frame.subjects.length === 0) return false;
    const mod = this.modality(frame.clauseStart, verbAt, s);
    if (mod.negated || mod.irrealis) return false;
    // "a go-between for/between X and Y"; "host to talks between X and Y".
    const from = k + 2;
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
  private modifierMediators(agent: Arg, k: number, s: Sentence): Arg[] {
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

  /** "Qatar said its mediation ...": the speaker a possessive pronoun before the noun at `k` stands for. */
  private speakersOwn(k: number, s: Sentence): Arg | null {
    const { tokens } = this;
    if (!['its', 'their'].includes(tokens[k - 1]?.lower ?? '')) return null;
    let j = k - 2;
    if (tokens[j]?.lower === 'that') j--;
    const verb = tokens[j];
    if (!verb || !this.isVerb(verb) || !['say', 'announce', 'state', 'add', 'confirm', 'note', 'insist', 'stress'].includes(verbLemma(verb))) return null;
    const frame = this.subjectOf(j, s);
    return frame.subjects.length === 1 ? (frame.subjects[0] as Arg) : null;
  }

  /**
   * "Mediated by Qatar, the talks between Congo and Rwanda produced a draft", "Brokered by Egypt, the
   * truce ...": a participle opening the sentence names the mediator of the talks it describes.
   */
  private frontedMediation(k: number, s: Sentence): boolean {
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
  private actingMediator(k: number, s: Sentence): boolean {
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
  private namedMediators(k: number, s: Sentence): boolean {
    const { tokens } = this;
    if (!['mediators', 'mediator'].includes((tokens[k] as Token).lower)) return false;
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
  private dyadPhraseAt(k: number, s: Sentence): { args: Arg[]; end: number } | null {
    const { tokens } = this;
    let j = k;
    if (tokens[j]?.lower === 'the') j++;
    if (!['two', 'both'].includes(tokens[j]?.lower ?? '') || !this.inView) return null;
    const head = tokens[j + 1]?.lower ?? '';
    if (!DYAD_WORDS.has(head) || !this.dyadFits(head) || j + 1 >= s.end) return null;
    return { args: this.dyadArgs(head), end: j + 2 };
  }

  /** The actors a "mediators" noun stands in apposition to: "X and Y, the mediators," or "the mediators, X and Y,". */
  private appositeMediators(k: number, s: Sentence): Arg[] {
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

  /** Nominal triggers: "Pakistani airstrikes on Afghanistan", "talks between X and Y". */
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
    if (this.governedByDenial(k, s)) return;
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
      // "Clashes broke out between X and Y", "fighting erupted between": the event verb comes first.
      if (trig.type === 'ATTACKS' && ['break', 'erupt', 'flare', 'rage', 'resume', 'continue', 'intensify', 'escalate'].includes(verbLemma(tokens[at] ?? (tokens[k] as Token)))) {
        let b = at + 1;
        if (['out', 'up'].includes(tokens[b]?.lower ?? '')) b++;
        if (tokens[b]?.lower === 'again') b++;
        if (tokens[b]?.lower === 'between') at = b;
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
        if (args.length === 2 && !args.some((a) => sides.has(this.sideOf(a.actorId)))) this.emit('MEDIATES', agents, args, s, trig.confidence * hedge * (inferred ? 0.8 : 1), claimant, alleged);
        return;
      }
    }
    let agents = this.nounAgents(k, s, trig);
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
    }
    if (agents.length === 0) return;
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
    const prep = tokens[j]?.lower ?? '';
    // "the U.S. demand that Hamas release all hostages": the subject of the demanded clause.
    if (trig.type === 'DEMANDS' && prep === 'that') targets = this.objectAfter(j + 1, s, 'target', 2);
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
    if (targets.length === 0 && symmetric && agents.length >= 2 && (under || this.realisContext(k, s, trig.type) || (trig.type === 'AGREES_WITH' && this.tookEffect(this.skipNouns(k + 1, s), s)))) {
      // "Iran and the United States held talks": the coordinated agents with each other.
      for (const a of agents) this.emit(trig.type, [a], agents.filter((b) => b !== a), s, trig.confidence * hedge * 0.95, claimant, alleged);
      if (met) for (const a of agents) this.emit('MEETS_WITH', [a], agents.filter((b) => b !== a), s, trig.confidence * hedge * 0.9, claimant, alleged);
      // "X and Y concluded a round of talks with an agreement to extend the truce".
      if (trig.type === 'NEGOTIATES_WITH' && agents.length === 2 && this.concludedWithAgreement(k, s)) for (const a of agents) this.emit('AGREES_WITH', [a], agents.filter((b) => b !== a), s, 0.6 * hedge, claimant, alleged);
      return;
    }
    // "airstrikes on villages held by the KIA": the holder of the place hit.
    if (targets.length === 0 && trig.type === 'ATTACKS' && !trig.between && trig.targetPreps.includes(prep)) targets = this.placeHolder(j + 1, s, agents);
    // "Three Nigerian soldiers were killed in an ISWAP attack": the victims' state was the target.
    if (targets.length === 0 && trig.type === 'ATTACKS' && !trig.between) targets = this.victimsOf(k, s, agents);
    // "claimed the bombing, which killed 12 soldiers": a group's attack that killed soldiers of the state in view.
    if (targets.length === 0 && trig.type === 'ATTACKS' && !trig.between && tokens[j]?.text === ',' && ['which', 'that'].includes(tokens[j + 1]?.lower ?? '') && ['killed', 'wounded', 'injured'].includes(tokens[j + 2]?.lower ?? '')) targets = this.homeStateHit(j + 3, s, agents);
    // "Ukrainian forces repelled a Russian assault": whoever repels the attack was its target.
    if (targets.length === 0 && trig.type === 'ATTACKS' && !trig.between) {
      for (let r = k - 1; r >= Math.max(s.first, k - 4); r--) {
        const w = tokens[r] as Token;
        if (this.mentionAt(r) && !agents.some((a) => a.mention === this.mentionAt(r))) break;
        if (this.isVerb(w) && REPEL_LEMMAS.has(verbLemma(w))) {
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
    if (!symmetric && trig.between) this.emit(trig.type, targets, agents, s, trig.confidence * hedge * 0.9, claimant, alleged);
  }

  /** "the war between X and Y", "the civil war between": the noun heads a pair after "between". */
  private warBetween(k: number): boolean {
    const { tokens } = this;
    return (tokens[k] as Token).lower === 'war' && tokens[k + 1]?.lower === 'between';
  }

  /**
   * "The conflict between India and Pakistan in May", "the armed conflict between X and Y": a conflict
   * between two sides that is not a dispute of another kind ("the trade conflict between").
   */
  private conflictBetween(k: number, s: Sentence): void {
    const { tokens } = this;
    if (tokens[k + 1]?.lower !== 'between') return;
    for (let j = Math.max(s.first, k - 3); j < k; j++) {
      if (['trade', 'tariff', 'diplomatic', 'political', 'legal', 'economic', 'commercial', 'water', 'frozen', 'no', 'any', 'possible', 'potential', 'future', 'wider'].includes((tokens[j] as Token).lower)) return;
    }
    this.noun(k, s, { type: 'ATTACKS', targetPreps: ['with'], between: true, confidence: 0.6 });
  }

  /** "a war that pits the army against the RSF": the two sides set against each other. */
  private pits(v: number, s: Sentence): void {
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
  private atWar(k: number, s: Sentence): boolean {
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
   * "Rwandan troops have operated in Cabo Delgado under an agreement with Mozambique", "Under a 2016
   * deal with the EU, Turkey agreed ...", "Saudi Arabia and Iran, which restored ties under a
   * China-brokered deal": the subject of the clause the "under" phrase modifies is a party.
   */
  private underAgreement(k: number, s: Sentence): Arg[] {
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

  /** "Israel said it remained committed to the ceasefire agreed with Hamas": the subject of the verb the agreement hangs on. */
  private madeAgreementParty(k: number, s: Sentence): Arg[] {
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
  private mediatorMet(v: number, frame: VerbFrame, targets: readonly Arg[], s: Sentence, confidence: number, claimant: string | null): void {
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

  /** "played a key role in brokering", "was instrumental in mediating": the verb that carries the role. */
  private roleIn(v: number, s: Sentence): number {
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
  private adjunctMeeting(k: number, s: Sentence): { agents: Arg[]; told: Arg[] } | null {
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
  private callReceiver(k: number, s: Sentence, callers: readonly Arg[]): Arg[] {
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
  private inTalks(k: number, s: Sentence): Arg[] {
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
  private guestParties(after: number, s: Sentence): Arg[] {
    const { tokens } = this;
    let j = after;
    if (tokens[j]?.lower === 'together') j++;
    const dyad = this.dyadPhraseAt(j, s);
    if (dyad) return dyad.args;
    if (tokens[j]?.lower === 'a' || tokens[j]?.lower === 'the') j++;
    if (['delegations', 'representatives', 'envoys', 'negotiators', 'leaders', 'meeting', 'talks', 'officials'].includes(tokens[j]?.lower ?? '') && ['from', 'of'].includes(tokens[j + 1]?.lower ?? '')) j += 2;
    else if (tokens[after]?.lower !== 'together' && !['delegations', 'leaders'].includes(tokens[this.lastMentionEnd(j, s)]?.lower ?? '') && tokens[this.lastMentionEnd(j, s)]?.lower !== 'together') return [];
    const pair = this.objectAfter(j, s, 'target', 2);
    if (pair.length !== 2) return [];
    const [a, b] = pair as [Arg, Arg];
    return this.sideOf(a.actorId) === this.sideOf(b.actorId) ? [] : pair;
  }

  /** "as facilitators", "as an observer" within the phrase after `from`: the role of a third side. */
  private asThirdParty(from: number, s: Sentence): 'mediator' | 'observer' | null {
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

  /**
   * "with Turkey acting as mediator", "with the UAE serving as host": an absolute phrase at the
   * "with" at `k`; the index of the participle, else -1.
   */
  absoluteWith(k: number, s: Sentence): number {
    const { tokens } = this;
    if (tokens[k]?.lower !== 'with') return -1;
    let j = k + 1;
    if (tokens[j]?.lower === 'the') j++;
    const m = this.mentionAt(j);
    if (!m || m.first !== j) return -1;
    const args = this.objectAfter(j, s, 'agent', 1);
    const end = Math.max(m.end, this.lastMentionEnd(j, s));
    const v = tokens[end];
    // "..., with Trump looking on": an onlooker, no party.
    if (args.length === 0 || !v || !v.lower.endsWith('ing') || !['act', 'serve', 'play', 'host', 'mediate', 'facilitate', 'chair', 'broker', 'look', 'watch', 'witness', 'preside'].includes(verbLemma(v))) return -1;
    return end;
  }

  /** "..., with Egypt and Qatar acting as mediators": the helpers mediate between the clause's parties. */
  private actingWith(k: number, s: Sentence): boolean {
    const v = this.absoluteWith(k, s);
    if (v === -1) return false;
    const { tokens } = this;
    const lemma = verbLemma(tokens[v] as Token);
    let role: 'mediator' | 'observer' | null = ['host', 'mediate', 'facilitate', 'chair', 'broker'].includes(lemma) ? 'mediator' : null;
    if (role === null && tokens[v + 1]?.lower === 'as') role = this.asThirdParty(v + 1, s);
    if (role !== 'mediator') return true;
    let talks = false;
    for (let j = s.first; j < k; j++) {
      const w = tokens[j] as Token;
      if (TALKS_NOUNS.has(w.lower) || (this.isVerb(w) && ['agree', 'swap', 'exchange', 'negotiate', 'sign', 'reach', 'talk', 'meet', 'conclude'].includes(verbLemma(w)))) talks = true;
    }
    if (!talks) return true;
    let j = k + 1;
    if (tokens[j]?.lower === 'the') j++;
    const helpers = this.objectAfter(j, s, 'agent', 1);
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

  /** The first form of "be" or "have" before `k` in the sentence ("have been in talks"), else -1. */
  private firstBeBefore(k: number, s: Sentence): number {
    for (let j = s.first; j < k; j++) {
      const t = this.tokens[j] as Token;
      if (t.pos === 'AUX' && (BE_FORMS.has(t.lower) || t.lemma === 'have')) return j;
    }
    return -1;
  }

  /** "The meeting between X and Y was cancelled", "was called off": it never took place. */
  private calledOff(from: number, s: Sentence): boolean {
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

  /** "..., which ended in a joint declaration", "and produced a deal": talks that yielded an agreement. */
  private endedInAgreement(from: number, s: Sentence): boolean {
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
   * "concluded/ended/wrapped up a new round of talks in Mexico City with an agreement to ...": the
   * talks at `k` that their parties closed with an agreement.
   */
  private concludedWithAgreement(k: number, s: Sentence): boolean {
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

  /** "held talks", "had talks": a meeting in person (not "indirect", "virtual" or "phone" talks). */
  /**
   * "during talks with Putin in Moscow, Witkoff ...", "Modi's talks with Xi": talks of named people
   * with each other are a meeting (a call, too); talks of states or armed groups may be indirect.
   */
  private personalTalks(k: number, s: Sentence, agents: readonly Arg[], targets: readonly Arg[]): boolean {
    if (!['talks', 'negotiations', 'discussions', 'consultations'].includes((this.tokens[k] as Token).lower) || agents.length === 0 || targets.length === 0) return false;
    const person = (a: Arg): boolean => this.info(a.actorId)?.type === 'PERSON';
    if (!agents.every(person) || !targets.every(person)) return false;
    for (let j = Math.max(s.first, k - 4); j < k; j++) if (['indirect', 'proximity', 'mediated', 'brokered'].includes((this.tokens[j] as Token).lower)) return false;
    return true;
  }

  private heldInPerson(k: number, s: Sentence): boolean {
    let hold = false;
    for (let j = k - 1; j >= Math.max(s.first, k - 6); j--) {
      const t = this.tokens[j] as Token;
      if (['indirect', 'virtual', 'phone', 'telephone', 'online', 'proximity', 'remote', 'video'].includes(t.lower)) return false;
      if (t.pos === 'VERB' && ['hold', 'have'].includes(verbLemma(t))) {
        hold = true;
        break;
      }
    }
    return hold;
  }

  private skipNouns(from: number, s: Sentence): number {
    let j = from;
    while (j < s.end && (this.tokens[j] as Token).pos === 'NOUN' && !this.mentionAt(j)) j++;
    return j;
  }

  /** Agents of a nominal trigger: a modifier or possessor, "by X", or the subjects of a light verb. */
  private nounAgents(k: number, s: Sentence, trig: NounTrigger): Arg[] {
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
      const pursued = trig.type === 'ATTACKS' && t.pos === 'VERB' && ['press', 'pursue', 'expand', 'widen', 'broaden'].includes(verbLemma(t)) && this.isVerb(t);
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

  /**
   * "threatened strikes on X", "vowed fresh attacks against X": the nearest verb before the attack
   * noun at `k`, within its phrase, is a verb of threat (or "threatened to launch strikes").
   */
  private threatenedForce(k: number, s: Sentence): boolean {
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

  /** A quotation mark at `j`, before the noun at `k`, that with its pair encloses only modifiers: "merciless" strikes. */
  private quotedModifier(j: number, k: number): boolean {
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

  /** "The negotiations between X and Y were": a talks noun heads the clause that ends at the be-form `be`. */
  private talksSubject(be: number, s: Sentence): boolean {
    for (let q = be - 1; q >= Math.max(s.first, be - 8); q--) {
      const w = this.tokens[q] as Token;
      if (TALK_EVENTS.has(w.lower) || w.lower === 'process') return q === be - 1 || this.tokens[q + 1]?.lower === 'between';
      if (this.isVerb(w) || CLAUSE_BREAKS.has(w.text)) return false;
    }
    return false;
  }

  /** An agreement noun heads the passive "negotiated" at `v`: "the truce ... was negotiated by", "the deal, negotiated by". */
  private negotiatedDeal(v: number, s: Sentence, beBefore: boolean): boolean {
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
  private ledTalks(v: number, s: Sentence): void {
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

  /** ", together with Egypt and the U.S.," / ", along with Qatar," right after the subject of the verb at `v`. */
  private companionsOf(frame: VerbFrame, v: number): Arg[] {
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
  private roleHolders(k: number, s: Sentence): Arg[] {
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
  private gluedMediator(m: Mention): boolean {
    const dash = this.tokens[m.end];
    const word = this.tokens[m.end + 1]?.lower ?? '';
    return dash?.text === '-' && dash.space === '' && (GLUED_MEDIATION.has(word) || ['backed', 'led', 'sponsored', 'supported'].includes(word));
  }

  /**
   * Nominal agreements and talks are real only when something happened to them: "signed a
   * ceasefire", "the talks between X and Y ended", not "called for a ceasefire".
   */
  /** "A ceasefire between X and Y took effect / held / collapsed": the agreement existed. */
  private tookEffect(from: number, s: Sentence): boolean {
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

  private realisContext(k: number, s: Sentence, type: RelationType): boolean {
    const { tokens } = this;
    let agreed = false;
    // "demanding that Netanyahu's government reach a deal with Hamas": a demanded or hoped-for event,
    // however far back in the clause the demand is.
    for (let j = Math.max(s.first, k - 12); j < k - 6; j++) {
      const w = tokens[j] as Token;
      if (w.text === ';' || w.text === '.') break;
      // "ready to help Tehran and Washington reach an agreement": help offered toward an event to come.
      if (['ready', 'willing', 'prepared', 'readiness', 'willingness'].includes(w.lower) && tokens[j + 1]?.lower === 'to' && tokens[j + 2]?.lower === 'help') return false;
      if (['demand', 'urge', 'call', 'want', 'hope', 'push', 'press', 'seek', 'propose'].includes(verbLemma(w)) && (w.pos === 'VERB' || w.lower.endsWith('ing'))) {
        const next = tokens[j + 1]?.lower ?? '';
        if (next === 'that' || next === 'for' || tokens.slice(j + 1, k).some((t) => t.lower === 'to' || t.lower === 'that')) return false;
      }
    }
    for (let j = Math.max(s.first, k - 6); j < k; j++) {
      const w = tokens[j] as Token;
      const lemma = verbLemma(w);
      // "Turkey brokered talks between X and Y": talks a mediator held did take place.
      // "a round of U.S.-mediated talks": the participle glued to the mediator, too.
      const heldByMediator = ['broker', 'mediate', 'host', 'convene', 'facilitate'].includes(lemma) && (w.pos === 'VERB' || (tokens[j - 1]?.text === '-' && tokens[j - 1]?.space === '')) && w.lower.endsWith('ed') && tokens[j - 1]?.lower !== 'to' && (type === 'NEGOTIATES_WITH' || (type === 'AGREES_WITH' && tokens[j - 1]?.text === '-' && tokens[j - 1]?.space === ''));
      if (!heldByMediator && ['call', 'urge', 'demand', 'seek', 'push', 'propose', 'want', 'hope', 'plan', 'press', 'need', 'discuss', 'consider', 'broker', 'mediate', 'negotiate', 'effort', 'efforts', 'work', 'offer', 'invite', 'arrange', 'prepare'].includes(lemma)) return false;
      // "offered to host a summit between X and Y": not held yet.
      if (w.lower === 'to' && tokens[j + 1]?.pos === 'VERB') return false;
      if (['will', 'would', 'could', 'might', 'may'].includes(w.lower)) return false;
      if (['for', 'toward', 'towards'].includes(w.lower) && type !== 'ATTACKS') return false;
      if (w.lower === 'on' && type === 'AGREES_WITH') return false;
      if (['sign', 'reach', 'strike', 'seal', 'conclude', 'agree', 'initial', 'ink', 'announce', 'implement', 'violate', 'breach', 'observe', 'extend', 'finalise', 'finalize', 'renew', 'honour', 'honor', 'under', 'accept', 'approve', 'ratify', 'endorse', 'declare', 'commit', 'have', 'clinch', 'forge', 'secure', 'hammer', 'cement'].includes(lemma) || (w.lower === 'bound' && tokens[j + 1]?.lower === 'by')) agreed = true;
    }
    // An agreement is a relation once it was made: "signed a ceasefire between X and Y".
    if (type === 'AGREES_WITH') return agreed;
    return true;
  }
}

/** What the rules remember across sentences of one article. */
interface Memory {
  /** The latest pair in talks or conflict. */
  dyad: [Arg, Arg] | null;
  /** Sentence where the pair was last named. */
  dyadSentence: number;
  /** The latest pair named in talks, a meeting or an agreement (not in conflict), and its sentence. */
  talks: [Arg, Arg] | null;
  talksSentence: number;
  /** Mediators of talks whose parties were not named yet ("Egypt is hosting a new round of talks"). */
  pendingMediation: { agents: Arg[]; sentence: number; confidence: number; claimant: string | null } | null;
  /** Who accused whom; `ownClaim` when a side claimed its own act against the other (only a denial of the claim answers it). */
  /** `implicated`: a third side named in an allegation against another ("accused Benin of hosting French troops"). */
  accusations: { source: string; target: string; sentence: number; ownClaim?: boolean; implicated?: boolean }[];
  attacks: { source: string; target: string }[];
  /** Agents of attacks and military activity, for "condemned the strikes". */
  events: { agent: string; sentence: number }[];
}

/**
 * Applies the relation rules to every sentence in order (later sentences may use what earlier
 * ones established: the parties of the talks, who accused whom). Pure and deterministic.
 */
export function findRelations(kb: KnowledgeBase, doc: AnalysedText, actors: DocActors): RawRelation[] {
  const memory: Memory = { dyad: null, dyadSentence: -1, talks: null, talksSentence: -1, pendingMediation: null, accusations: [], attacks: [], events: [] };
  const rules = new SentenceRules(kb, doc, actors, memory);
  for (const s of doc.sentences) rules.run(s);
  void LOCATIVE_PREPOSITIONS;
  return rules.out;
}
