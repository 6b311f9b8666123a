import type { RelationType } from '../../domain/index.js';
import type { Mention } from '../mentions.js';
import { IRREGULAR_PAST, type Token } from '../nlp.js';
import { GIVE_LEMMAS, NOUN_TRIGGERS, type NounTrigger, VERB_TRIGGERS, type VerbTrigger } from '../triggers.js';

/** Vocabulary, argument types and small helpers the relation rules share. */

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
export interface Arg {
  readonly actorId: string;
  readonly mention: Mention | null;
  /** Multiplier for how it was found (coreference, metonymy, discourse). */
  readonly weight: number;
}

export type Role = 'agent' | 'attack-target' | 'target' | 'recipient';

export const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'refused', 'refuses', 'refuse', 'declined', 'declines', 'failed', 'fails', 'yet', 'denied', 'denies', 'deny', 'rejected', 'rejects', 'dismissed', 'dismisses', 'false', 'baseless', 'unfounded']);

export const HEDGES = new Set(['believed', 'thought', 'reportedly', 'allegedly', 'apparently', 'purportedly', 'possibly', 'likely', 'probably', 'suspected', 'presumably', 'seemingly', 'may', 'might']);

/** Heads of a group named by its nationality: "the Palestinian group Hamas", "an Iraqi militia". */
export const GROUP_HEADS = new Set(['militias', 'militia', 'militants', 'fighters', 'insurgents', 'rebels', 'group', 'groups', 'faction', 'factions', 'movement', 'paramilitary', 'paramilitaries', 'organisation', 'organization', 'proxy', 'proxies']);

/** Fighters named by no actor of their own: "militias in Iraq". */
export const UNNAMED_FIGHTERS = new Set(['militias', 'militia', 'militants', 'gunmen', 'fighters', 'insurgents', 'jihadists', 'rebels', 'groups', 'factions', 'militiamen']);

/** What one side puts forward and another accepts: "accepted Egypt's proposal". */
export const PROPOSAL_NOUNS = new Set(['proposal', 'proposals', 'plan', 'terms', 'initiative', 'roadmap', 'framework', 'blueprint', 'demand', 'demands', 'conditions', 'offer', 'request']);

export const IRREALIS = new Set(['will', "'ll", 'would', 'could', 'should', 'shall', 'can', 'if', 'unless', 'whether', 'to', 'must', 'may', 'might', 'cannot', 'wo', 'ca']);

export const CLAUSE_BREAKS = new Set([';', ':', '(', ')', '"', '[', ']', '—', '–', '?', '!']);

export const SUBORDINATORS = new Set(['that', 'which', 'who', 'whom', 'because', 'after', 'before', 'while', 'when', 'if', 'although', 'though', 'since', 'but', 'whereas', 'unless', 'until', 'as', 'where', 'so', 'whose', 'following', 'amid', 'despite']);

export const RELATIVES = new Set(['who', 'which', 'that']);

export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

export const IRREGULAR_PARTICIPLES = new Set(['overrun', 'beset', 'undertaken', 'overtaken', 'thrown', 'caught', 'won', 'lost', 'sought', 'bought', 'sold', 'told', 'built', 'struck', 'hit', 'shot', 'held', 'met', 'fought', 'brought', 'led', 'seen', 'taken', 'given', 'made', 'sent', 'bombed', 'backed', 'hosted', 'mediated', 'brokered', 'attacked', 'targeted', 'accused', 'blamed', 'criticised', 'criticized', 'condemned', 'threatened', 'warned', 'urged', 'killed', 'shelled', 'raided', 'ambushed', 'invaded', 'supported', 'armed', 'funded', 'visited', 'received', 'rejected', 'denied', 'dismissed']);

export const EACH_OTHER = new Set(['each', 'one']);

/** Verbs that carry a nominal event: "launched strikes", "held talks", "traded attacks". */
/** What an accuser calls its own when it says it was attacked: "shelled its positions". */
export const OWN_FORCE_NOUNS = new Set(['positions', 'position', 'troops', 'soldiers', 'forces', 'posts', 'post', 'outposts', 'bases', 'base', 'units', 'patrol', 'patrols', 'convoy', 'checkpoint', 'checkpoints', 'villages', 'towns']);

/** What an accuser says is threatened when it is itself threatened: "threatening its sovereignty". */
export const OWN_THREATENED_NOUNS = new Set(['sovereignty', 'security', 'integrity', 'independence', 'territory', 'borders', 'stability', 'troops', 'forces', 'positions']);

export const LIGHT_VERBS = new Set(['wage', 'take', 'participate', 'join', 'lead', 'vow', 'threaten', 'promise', 'seek', 'issue', 'launch', 'carry', 'conduct', 'mount', 'stage', 'hold', 'intensify', 'step', 'escalate', 'resume', 'continue', 'begin', 'start', 'open', 'unleash', 'make', 'level', 'reject', 'issue', 'express', 'voice', 'sign', 'reach', 'strike', 'seal', 'conclude', 'enter', 'extend', 'pledge', 'provide', 'offer', 'give', 'trade', 'exchange', 'initial', 'ink', 'renew', 'announce', 'finalise', 'finalize', 'agree', 'swear']);

/** Verbs whose object is the subject of their infinitive: "urged Israel to withdraw". */
export const OBJECT_CONTROL = new Set(['urge', 'ask', 'call', 'press', 'order', 'tell', 'force', 'allow', 'persuade', 'encourage', 'invite', 'want', 'pressure', 'push', 'help', 'enable', 'authorize', 'authorise', 'prompt', 'spur']);

/** What a host shelters of a force: "PKK camps", "French troops", "Hamas leaders". */
export const HOSTED_NOUNS = new Set(['camps', 'camp', 'bases', 'base', 'troops', 'soldiers', 'forces', 'fighters', 'militants', 'leaders', 'leadership', 'members', 'officials', 'offices', 'office', 'headquarters', 'training']);

/** Nouns after a name that keep it a person or delegation: "received Russian President Putin", "the Iranian delegation". */
export const TITLE_WORDS = new Set(['president', 'minister', 'leader', 'delegation', 'delegations', 'envoy', 'envoys', 'officials', 'official', 'counterpart', 'king', 'prince', 'chancellor', 'premier', 'ambassador', 'team', 'negotiators', 'troops', 'forces', 'embassy', 'capital', 'parliament', 'secretary', 'chief', 'commander', 'foreign', 'prime', 'defence', 'defense', 'army', 'military', 'emir', 'sultan', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'head', 'speaker', 'vice', 'deputy', 'national', 'security', 'interior', 'intelligence']);

/** International bodies whose warnings are advice, not threats. */
export const FORCELESS_BODIES = new Set(['world-health-organization', 'world-food-programme', 'ocha', 'interpol', 'financial-action-task-force', 'world-trade-organization', 'international-atomic-energy-agency', 'international-organization-for-migration', 'minurso', 'monusco', 'minusca', 'binuh', 'undof', 'untso', 'unisfa', 'unami', 'unifil', 'unmiss', 'unama', 'unmik', 'unodc', 'unfpa']);

/** Relatives named by an actor's possessive: "Kim Jong Un's sister" is not Kim Jong Un. */
export const KIN_NOUNS = new Set(['sister', 'brother', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'widow', 'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'sons', 'daughters', 'brothers', 'sisters']);

export const CALENDAR_DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Words of a negative judgement after "called X ..." or "described X as ...". */
export const NEGATIVE_JUDGEMENTS = new Set(['disproportionate', 'inhumane', 'hypocritical', 'regrettable', 'unacceptable', 'illegal', 'illegitimate', 'provocative', 'provocation', 'reckless', 'irresponsible', 'dangerous', 'aggression', 'violation', 'outrageous', 'deplorable', 'barbaric', 'criminal', 'terrorist', 'terrorism', 'shameful', 'hostile', 'destabilising', 'destabilizing', 'unjustified', 'unprovoked', 'escalation', 'escalatory', 'crime', 'crimes', 'massacre', 'genocide', 'piracy', 'blackmail', 'betrayal', 'interference', 'heinous', 'cowardly', 'abhorrent', 'unlawful', 'irresponsibility', 'mistake', 'blunder', 'insult', 'affront', 'disgrace', 'disgraceful', 'sham', 'travesty', 'intolerable', 'inexcusable', 'unconscionable', 'appalling', 'shocking', 'counterproductive', 'inflammatory', 'belligerent', 'unfriendly', 'insulting', 'hypocrisy', 'brutal', 'brutality', 'atrocity', 'atrocities', 'lawless', 'warmongering', 'egregious', 'tyranny', 'murder', 'barbarism', 'savagery', 'butcher', 'butchers', 'dictator', 'tyrant', 'murderer', 'murderers', 'thug', 'thugs', 'warmonger', 'warmongers', 'fascist', 'fascists', 'liar', 'liars', 'terrorists', 'criminals', 'incitement', 'executions', 'extrajudicial', 'assassination', 'assassinations', 'cleansing', 'bullying', 'coercion', 'intimidation', 'extortion', 'hegemony', 'hegemonic', 'imperialism', 'imperialist', 'colonialism', 'slaughter', 'carnage', 'sabotage', 'barbarity', 'lawlessness', 'banditry', 'unjust', 'unfair', 'unjustifiable', 'absurd', 'arbitrary', 'discriminatory', 'puppet', 'puppets', 'traitor', 'traitors', 'aggressor', 'aggressors', 'occupier', 'occupiers', 'rogue', 'pariah', 'arrogant', 'arrogance', 'void', 'reprehensible', 'contemptible', 'despicable', 'stunt', 'ploy', 'farce', 'charade', 'theft', 'robbery', 'cynical', 'troublemaker', 'troublemakers', 'propaganda', 'destructive', 'unwarranted', 'outrage', 'scandalous', 'unhelpful', 'frivolous', 'coercive', 'parasite', 'parasites', 'biased', 'one-sided', 'partisan', 'politicised', 'politicized']);

/**
 * A negative judgement starts at `j`: a word of NEGATIVE_JUDGEMENTS, or a phrase ("a blow to peace",
 * "a threat to regional security", "an act of war", "a declaration of war").
 */
export function judgementAt(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j]?.lower ?? '';
  const next = tokens[j + 1]?.lower ?? '';
  if (NEGATIVE_JUDGEMENTS.has(word)) return true;
  if (['blow', 'threat'].includes(word)) return next === 'to';
  // ("the EU was not an honest broker", "was not a reliable partner": a good role denied.)
  if (word === 'not') {
    const a = ['a', 'an'].includes(next) ? j + 2 : j + 1;
    return ['honest', 'neutral', 'impartial', 'reliable', 'credible', 'trustworthy', 'fair', 'serious', 'genuine', 'good-faith'].includes(tokens[a]?.lower ?? '') && ['broker', 'mediator', 'partner', 'arbiter', 'ally', 'interlocutor', 'negotiator', 'actor', 'neighbour', 'neighbor'].includes(tokens[a + 1]?.lower ?? '');
  }
  // ("amounted to collective punishment", "was a war crime", "constituted ethnic cleansing".)
  if (word === 'collective') return next === 'punishment';
  if (word === 'war') return ['crime', 'crimes'].includes(next);
  return ['act', 'acts', 'declaration'].includes(word) && next === 'of' && ['war', 'aggression', 'terror', 'terrorism', 'piracy', 'sabotage'].includes(tokens[j + 2]?.lower ?? '');
}

/** Glued participles that make an actor a modifier of the noun after it: "Pakistan-based", "Iran-backed". */
export const GLUED_MODIFIERS = new Set(['allied', 'made', 'supplied', 'built', 'donated', 'based', 'backed', 'led', 'funded', 'sponsored', 'supported', 'armed', 'trained', 'owned', 'flagged', 'registered', 'operated', 'brokered', 'mediated', 'hosted', 'controlled', 'held', 'run', 'occupied', 'annexed', 'installed', 'appointed']);

/** Nouns for the people of a force: "fighters from X" stand for X. */
export const AGENT_NOUNS = new Set(['mediators', 'negotiators', 'diplomats', 'authorities', 'leaders', 'fighters', 'troops', 'forces', 'soldiers', 'militants', 'members', 'units', 'mercenaries', 'gunmen', 'officers', 'commanders', 'delegates', 'envoys', 'representatives', 'officials']);

/** Past forms wink may tag as nouns or adjectives ("its air defences shot/NOUN down a drone"). */
export { IRREGULAR_PAST };

/** Military things whose owner a state's own report leaves implicit: "a military base was overrun". */
/** Uses of force a threat may hold out: "the prospect of military action". */
export const FORCE_WORDS = new Set(['action', 'strikes', 'strike', 'attack', 'attacks', 'war', 'force', 'intervention', 'retaliation', 'invasion', 'operation', 'operations', 'response', 'escalation']);

/** Places an actor holds: "the army's last stronghold", "a key RSF base". */
export const HOLD_NOUNS = new Set(['stronghold', 'strongholds', 'bastion', 'bastions', 'base', 'bases', 'seat', 'headquarters', 'foothold', 'garrison', 'hub', 'enclave', 'redoubt', 'capital']);

export const MILITARY_TARGETS = new Set(['base', 'bases', 'convoy', 'convoys', 'position', 'positions', 'outpost', 'outposts', 'checkpoint', 'checkpoints', 'soldiers', 'troops', 'garrison', 'barracks', 'patrol', 'patrols', 'camp', 'post', 'posts', 'airbase', 'airfield', 'warship', 'vessel', 'frigate', 'personnel', 'servicemen']);

/** Things an actor issues that can speak for it: "a statement accusing X". */
export const MESSAGE_NOUNS = new Set(['resolution', 'resolutions', 'motion', 'statement', 'statements', 'leaflet', 'leaflets', 'video', 'message', 'messages', 'letter', 'letters', 'communique', 'communiqué', 'note', 'notice', 'post', 'posts', 'broadcast', 'speech', 'declaration', 'warning', 'ultimatum', 'decree']);

/** Who backs someone ("Iran, the main backer of the Houthis") and who is backed ("Iran's proxy"). */
export const BACKER_NOUNS = new Set(['ally', 'allies', 'backer', 'backers', 'patron', 'patrons', 'sponsor', 'sponsors', 'supporter', 'supporters', 'supplier', 'suppliers', 'benefactor', 'armourer', 'armorer', 'donor', 'donors', 'lifeline', 'protector', 'protectors', 'financier', 'financiers']);

/** Acts of an actor that others object to: "Georgia's decision", "Algeria's expulsion of diplomats". */
export const OWNED_ACTS = new Set(['decision', 'decisions', 'move', 'moves', 'action', 'actions', 'expulsion', 'expulsions', 'refusal', 'announcement', 'plan', 'plans', 'policy', 'policies', 'deployment', 'strike', 'strikes', 'attack', 'attacks', 'airstrikes', 'offensive', 'incursion', 'invasion', 'annexation', 'occupation', 'blockade', 'closure', 'suspension', 'withdrawal', 'veto', 'ban', 'arrest', 'arrests', 'detention', 'execution', 'executions', 'crackdown', 'recognition', 'support', 'backing', 'conduct', 'behaviour', 'behavior', 'threats', 'rhetoric', 'test', 'tests', 'launch', 'launches', 'drills', 'seizure', 'shelling', 'bombing', 'escalation', 'violations', 'handling', 'treatment', 'interference', 'meddling', 'sanctions', 'tariffs', 'law', 'legislation', 'vote', 'sale', 'sales', 'filling', 'raid', 'raids', 'remarks', 'comments', 'expansion', 'approval', 'approvals', 'designation', 'crackdowns', 'killing', 'killings', 'takeover', 'policy', 'statement', 'statements', 'actions', 'sentencing', 'resolution', 'intrusion', 'incursions', 'intrusions', 'exercises', 'deployments', 'downing', 'shooting', 'use', 'buildup', 'build-up', 'militarisation', 'militarization', 'violation', 'attempt', 'attempts', 'patrols', 'stance', 'activities', 'presence', 'deportation', 'deportations', 'restrictions', 'visit', 'trip', 'election', 'poll', 'referendum', 'declaration', 'step']);

/** What is launched at someone and intercepted: "shot down 30 Russian drones". */
export const PROJECTILES = new Set(['drone', 'drones', 'missile', 'missiles', 'rocket', 'rockets', 'uav', 'uavs', 'projectile', 'projectiles', 'shells', 'shahed', 'shaheds']);

/** Verbs that restate a support already given: "reaffirmed its support for Ukraine". */
export const SUPPORT_RESTATING_VERBS = new Set(['reaffirm', 'reiterate', 'restate', 'stress', 'underline', 'underscore', 'affirm', 'confirm', 'emphasise', 'emphasize']);

/** Nouns of claims made by someone (not of roles imputed to someone, like "involvement"). */
export const CLAIM_NOUNS = new Set(['accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims', 'charge', 'charges', 'report', 'reports', 'assertion', 'assertions', 'suggestion', 'suggestions', 'statement', 'statements', 'version', 'narrative', 'narratives', 'account', 'accounts']);

/** Participles whose "by" phrase names a backer: "forces backed by X". */
export const BACKING_PARTICIPLES = new Set(['backed', 'supported', 'armed', 'funded', 'financed', 'sponsored', 'equipped', 'trained', 'aided', 'assisted', 'bankrolled']);

/** What a state or side owns that an attack hits: "shelled its positions", "downed its drone". */
export const OWNED_TARGETS = new Set(['positions', 'position', 'forces', 'troops', 'soldiers', 'base', 'bases', 'posts', 'post', 'outposts', 'outpost', 'drone', 'drones', 'vessel', 'vessels', 'ship', 'ships', 'towns', 'villages', 'patrol', 'patrols', 'convoy', 'convoys', 'aircraft', 'jet', 'jets', 'fighters', 'grid', 'infrastructure', 'cities', 'ports', 'refineries', 'embassy', 'consulate', 'warships', 'civilians', 'facilities', 'installations']);

/** Arms whose maker or seller backs the side that uses them: "used North Korean missiles". */
export const ARMS_USED = new Set(['missile', 'missiles', 'drone', 'drones', 'weapons', 'weapon', 'arms', 'rockets', 'rocket', 'jets', 'warplanes', 'aircraft', 'tanks', 'artillery', 'shells', 'munitions', 'ammunition', 'howitzers', 'bombs', 'rifles', 'launchers', 'helicopters', 'interceptors', 'shaheds']);

/** Arms that are handed over, never fired at a capital: "sent weapons to Mogadishu". */
export const HANDED_ARMS = new Set(['weapons', 'arms', 'ammunition', 'equipment', 'rifles', 'guns', 'materiel', 'hardware', 'armour', 'armor', 'vehicles']);

/** "a former ally", "its erstwhile backer": a relation that ended. */
export const FORMER_WORDS = new Set(['former', 'erstwhile', 'onetime', 'one-time', 'ex', 'once', 'previous', 'past']);

export const PROXY_NOUNS = new Set(['proxy', 'proxies', 'client', 'surrogate', 'surrogates']);

/** Forces a state sends to a side: "deployed 1,000 soldiers", "sent military advisers". */
export const DEPLOYED_FORCES = new Set(['troops', 'soldiers', 'forces', 'fighters', 'advisers', 'advisors', 'instructors', 'mercenaries', 'commandos', 'paratroopers', 'marines', 'contingent', 'battalion', 'battalions', 'brigade', 'units', 'personnel', 'police', 'policemen', 'peacekeepers', 'reinforcements', 'servicemen', 'warships', 'jets', 'drones']);

/** Purposes that name the side a force is sent to help: "to help the junta", "to protect the government". */
export const HELP_PURPOSES = new Set(['help', 'support', 'assist', 'protect', 'defend', 'back', 'bolster', 'reinforce', 'prop', 'shore', 'aid', 'secure', 'guard']);

/** Purposes of fighting a third side: "to fight an Islamist insurgency", "to battle al Shabaab". */
/** The authorities of the state a force went to, left unnamed: "to help the ruling junta". */
export const LOCAL_AUTHORITIES = new Set(['government', 'junta', 'authorities', 'army', 'military', 'regime', 'administration', 'forces', 'police']);

/** Places at a state's edge: "massed troops on Ukraine's border". */
export const FRONTIER_NOUNS = new Set(['border', 'borders', 'frontier', 'frontiers', 'doorstep', 'coast', 'waters', 'airspace', 'flank']);

/** What a recognition is of: "recognised Moroccan sovereignty", "Kosovo's independence". */
export const RECOGNISED_CLAIMS = new Set(['sovereignty', 'independence', 'statehood', 'claim', 'claims', 'annexation', 'government', 'authority', 'rule', 'legitimacy', 'administration', 'junta', 'state']);

/** What a state lets another side use: "its territory", "its airspace", "bases". */
export const USED_TERRITORY = new Set(['territory', 'airspace', 'soil', 'bases', 'base', 'airfields', 'airfield', 'airports', 'airport', 'ports', 'port', 'land', 'roads', 'facilities', 'waters', 'corridor']);

/** What an endorsement is of: "endorsed Somalia's bid", "endorsed Morocco's claim". */
export const ENDORSED_CLAIMS = new Set(['bid', 'candidacy', 'candidate', 'claim', 'claims', 'position', 'stance', 'application', 'sovereignty', 'membership', 'right', 'rights', 'demand', 'demands']);

/** Nouns of aid given, with a giver before and a receiver after "to": "U.S. military aid to Ukraine". */
export const AID_NOUNS = new Set(['aid', 'assistance', 'shipments', 'shipment', 'deliveries', 'delivery', 'transfers', 'supplies', 'sales', 'sale']);

/** Words before a giver that say the aid was not given: "halted U.S. aid", "calls to cut Western aid". */
/** Verbs that carry aid out: "resumed weapons deliveries to Ukraine", "completed the delivery of jets to Kyiv". */
export const AID_CARRIERS = new Set(['resume', 'complete', 'begin', 'start', 'approve', 'authorise', 'authorize', 'make', 'continue', 'increase', 'expand', 'accelerate', 'speed', 'step', 'send', 'provide', 'announce', 'finalise', 'finalize', 'clear']);

export const AID_STOPPERS = new Set(['veto', 'suspension', 'cuts', 'freezing', 'halting', 'blocking', 'suspending', 'cutting', 'halt', 'suspend', 'cut', 'block', 'freeze', 'stop', 'end', 'pause', 'withhold', 'delay', 'oppose', 'against', 'reduce', 'slash', 'cancel', 'without', 'curb', 'limit', 'restrict', 'ban', 'condition', 'review', 'lack', 'shortage', 'uncertainty', 'future', 'possible', 'proposed', 'new', 'bar', 'bars', 'barred', 'barring', 'prohibit', 'prohibits', 'prohibited', 'forbid', 'forbids', 'embargo']);

export const FIGHT_PURPOSES = new Set(['fight', 'battle', 'combat', 'counter', 'tackle', 'repel', 'quell', 'crush', 'confront', 'defeat', 'push']);

/** Cues of an offer of help to two sides ("offered its good offices", "ready to play a role"). */
export const STRONG_OFFER_CUES = new Set(['offer', 'offered', 'offers', 'offering', 'ready', 'readiness', 'willing', 'willingness', 'prepared']);

/** What a third side offers toward a conflict it is not part of. */
export const OFFERED_HELP = new Set(['offices', 'venue', 'role', 'resolve', 'resolving', 'settle', 'settling', 'end', 'ending', 'facilitate', 'facilitating', 'host', 'hosting', 'reconcile', 'defuse', 'de-escalate', 'bridge', 'guarantor', 'guarantors', 'intermediary', 'go-between', 'messages', 'message', 'proposals']);

/** Verbs that offer help to talks when talks are their object: "ready to support talks between X and Y". */
export const TALKS_HELP = new Set(['support', 'back', 'sponsor', 'convene', 'organise', 'organize', 'arrange', 'assist', 'accompany']);

/** The talks themselves, not what they produce. */
export const TALK_EVENTS = new Set(['talks', 'negotiations', 'dialogue', 'meeting', 'meetings', 'round', 'discussions', 'consultations', 'summit', 'conference', 'contacts']);

/** Verbs whose subject is the target of the attack they take as object: "repelled a Russian assault". */
export const REPEL_LEMMAS = new Set(['repel', 'repulse', 'thwart', 'foil', 'withstand', 'fend', 'survive', 'beat', 'intercept']);

/** Unowned military targets that a following "in <state>" gives an owner. */
/** Buildings and works struck in a town: "an oil refinery in Saratov", "a residential building in Kharkiv". */
export const STRUCK_PLACES = new Set(['refinery', 'refineries', 'depot', 'depots', 'airfield', 'airfields', 'airport', 'port', 'plant', 'plants', 'building', 'buildings', 'hospital', 'school', 'market', 'bridge', 'station', 'substation', 'warehouse', 'factory', 'terminal', 'neighbourhood', 'neighborhood', 'district', 'suburb', 'village', 'villages', 'town', 'towns', 'areas', 'area', 'infrastructure', 'facility', 'compound', 'headquarters', 'barracks', 'base']);

export const GENERIC_TARGETS = new Set(['sites', 'targets', 'positions', 'bases', 'facilities', 'installations', 'locations', 'camps', 'posts', 'outposts', 'infrastructure']);

/** Titles of a guest named by his office: "welcomed the Syrian president", "Iran's foreign minister". */
export const GUEST_TITLES = new Set(['president', 'minister', 'foreign', 'prime', 'defence', 'defense', 'crown', 'prince', 'king', 'emir', 'leader', 'premier', 'chancellor', 'envoy', 'envoys', 'delegation', 'delegations', 'counterpart', 'ambassador', 'secretary', 'vice']);

/** An exchange of prisoners between two sides is an agreement between them. */
export const PRISONER_EXCHANGE: NounTrigger = { type: 'AGREES_WITH', targetPreps: ['with'], between: true, confidence: 0.6 };

/** A joint news conference of two leaders is a meeting of theirs. */
export const JOINT_APPEARANCE: NounTrigger = { type: 'MEETS_WITH', targetPreps: ['with'], between: false, confidence: 0.6 };

/** Participles whose agent led the talks they follow: "talks led by the AU", "a process overseen by Chad". */
export const LED_TALKS = new Set(['led', 'overseen', 'supervised', 'moderated', 'steered', 'spearheaded', 'co-led', 'co-chaired', 'chaired', 'co-sponsored', 'sponsored', 'guaranteed']);

/** Mediation verbs whose subject is never a party to what it mediates ("bridge", "mend" may be said of the parties). */
export const THIRD_PARTY_MEDIATION = new Set(['mediate', 'broker', 'facilitate', 'host', 'convene', 'chair', 'sponsor']);

export const LED_TALKS_RULE: VerbTrigger = { type: 'MEDIATES', object: 'parties', confidence: 0.75 };

/** Verbs whose subject runs the talks they take as object: "Qatar led the talks", "the U.S., which oversaw the negotiations". */
export const TALK_LEADERS = new Set(['lead', 'organise', 'organize', 'oversee', 'arrange', 'steer', 'spearhead', 'supervise', 'moderate', 'shepherd', 'coordinate', 'chair', 'co-chair']);

/** What the negotiators of two sides do together: "reached a deal", "failed to agree", "wrapped up talks". */
export const NEGOTIATORS_ACTS = new Set(['reach', 'agree', 'fail', 'meet', 'work', 'wrap', 'conclude', 'hold', 'resume', 'finish', 'complete', 'sign', 'initial', 'discuss', 'continue', 'start', 'begin', 'gather', 'sit', 'hammer', 'finalise', 'finalize', 'negotiate', 'spend', 'talk', 'struggle', 'clinch', 'seal', 'strike', 'make', 'narrow', 'settle', 'be', 'have']);

/** Heads after a hyphenated pair of actors that make them two sides: "U.S.-Iran talks", "Israel-Hamas war". */
export const COMPOUND_HEADS = new Set([
  'talks', 'negotiations', 'dialogue', 'meeting', 'summit', 'war', 'conflict', 'ceasefire', 'truce', 'deal', 'agreement',
  'accord', 'exchange', 'swap', 'dispute', 'tensions', 'standoff', 'hostilities', 'fighting', 'clashes', 'rapprochement',
  'normalisation', 'normalization', 'treaty', 'pact', 'détente', 'detente', 'crisis', 'feud', 'rift',
]);

/** Parties named by what they are, not who: "talks between the government and the rebels". */
export const UNNAMED_GROUPS = new Set([
  'opposition', 'rebels', 'rebel', 'insurgents', 'separatists', 'separatist', 'militants', 'gangs', 'armed', 'factions',
  'groups', 'movements', 'guerrillas', 'guerrilla', 'militias', 'protesters', 'protest', 'neighbours', 'neighbors', 'jihadists',
  'jihadist', 'insurgent', 'militant', 'opponents', 'dissidents', 'bandits',
]);

/** Heads of "both sides", "the two delegations". */
/** "each side", "each country": the head of a reciprocal subject ("... the other"). */
export const EACH_HEADS = new Set(['side', 'party', 'country', 'government', 'camp', 'army', 'military', 'state', 'nation', 'one']);

/** What talks are held to produce: "reached no deal in talks", "failed to agree at the meeting". */
export const OUTCOME_VERBS = new Set(['reach', 'agree', 'make', 'produce', 'achieve', 'secure', 'find', 'resolve', 'settle', 'bridge', 'narrow', 'strike', 'clinch', 'seal', 'yield']);
/** Those who attend a signing without being party to it ("with Qatar as a witness"). */
export const WITNESS_ROLES = new Set(['witness', 'witnesses', 'guarantor', 'guarantors', 'mediator', 'mediators', 'observer', 'observers', 'facilitator', 'facilitators', 'sponsor', 'sponsors', 'co-sponsors', 'broker', 'brokers']);

export const DYAD_WORDS = new Set(['sides', 'parties', 'delegations', 'countries', 'neighbours', 'neighbors', 'governments', 'rivals', 'camps', 'nations', 'leaders', 'states', 'armies', 'militaries', 'teams', 'generals', 'men', 'presidents', 'capitals', 'ministers']);

/** Verb lemma of a token wink tagged otherwise ("mediated/ADJ" in "talks mediated by Turkey"). */
export function verbLemma(t: Token): string {
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
export const CONVEYING_LEMMAS = new Set(['funnel', 'smuggle', 'channel', 'airlift', 'ferry']);

/** Noun lemma with plural forms wink leaves alone ("airstrikes"). */
export function nounLemma(t: Token): string {
  if (NOUN_TRIGGERS.has(t.lemma)) return t.lemma;
  // wink lemmatises "dialogue" to the American "dialog".
  if (t.lemma === 'dialog') return 'dialogue';
  const w = t.lower;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('es') && NOUN_TRIGGERS.has(w.slice(0, -2))) return w.slice(0, -2);
  if (w.endsWith('s') && NOUN_TRIGGERS.has(w.slice(0, -1))) return w.slice(0, -1);
  return t.lemma;
}

export interface VerbFrame {
  /** Index of the first token of the subject span (for modality windows). */
  readonly clauseStart: number;
  readonly subjects: readonly Arg[];
}

/** What the rules remember across sentences of one article. */
export interface Memory {
  /** The latest pair in talks or conflict. */
  dyad: [Arg, Arg] | null;
  /** Sentence where the pair was last named. */
  dyadSentence: number;
  /** The pair in view before the current sentence named another, and its sentence. */
  priorDyad: [Arg, Arg] | null;
  priorDyadSentence: number;
  /** The latest pair named in talks, a meeting or an agreement (not in conflict), and its sentence. */
  talks: [Arg, Arg] | null;
  talksSentence: number;
  /** Mediators of talks whose parties were not named yet ("Egypt is hosting a new round of talks"). */
  pendingMediation: { agents: Arg[]; sentence: number; confidence: number; claimant: string | null } | null;
  /** Who accused whom; `ownClaim` when a side claimed its own act against the other (only a denial of the claim answers it). */
  /** `implicated`: a third side named in an allegation against another ("accused Benin of hosting French troops"). */
  accusations: { source: string; target: string; sentence: number; ownClaim?: boolean; implicated?: boolean }[];
  attacks: { source: string; target: string }[];
  /** The latest attack told without its agent, and what it hit: "A drone attack on a base hosting U.S. troops ...". */
  unclaimed: { targets: Arg[]; sentence: number; hedged: boolean } | null;
  /** Agents of attacks and military activity, for "condemned the strikes". */
  events: { agent: string; sentence: number }[];
}

/** Third-party roles taken "as" in talks: "act as guarantors of the talks between X and Y". */
export const MEDIATING_ROLES = new Set(['guarantors', 'guarantor', 'mediators', 'mediator', 'facilitators', 'facilitator', 'brokers', 'broker', 'co-chairs']);

/** Measures that may be aimed at a side without force: "sanctions targeting Russian banks", "actions targeting America". */
export const MEASURE_NOUNS = new Set(['actions', 'action', 'measures', 'sanctions', 'policies', 'policy', 'laws', 'law', 'decisions', 'decision', 'steps', 'moves', 'restrictions', 'tariffs', 'investigation', 'investigations', 'probe', 'rhetoric', 'statements', 'remarks', 'legislation', 'bill', 'resolution', 'campaign']);
