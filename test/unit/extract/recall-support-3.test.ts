import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Backing stated by a participle set off by commas after the backed side, when an adverb or a
 * first coordinated participle stands between the comma and the participle ("long backed by",
 * "funded and armed by"), or when the backed side is a state named by its government.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'coordinated participles after a comma name the backer of the group before the comma',
    text: 'BEIRUT (Reuters) - Hezbollah, funded and armed by Iran, has fired rockets into northern Israel.',
    expect: [
      ['iran', 'SUPPORTS', 'hezbollah'],
      ['hezbollah', 'ATTACKS', 'israel'],
    ],
    forbid: [['iran', 'SUPPORTS', 'israel']],
  },
  {
    name: 'an adverb between the comma and the participle keeps the backing',
    text: 'DAMASCUS (AFP) - Syria, long backed by Iran and Russia, lost control of Aleppo within days, monitors said.',
    expect: [
      ['iran', 'SUPPORTS', 'syria'],
      ['russia', 'SUPPORTS', 'syria'],
    ],
  },
  {
    name: 'a state named by its government is the side its backers prop up',
    text: "DAMASCUS (AFP) - Syria's government, long propped up by Iran, collapsed in December.",
    expect: [['iran', 'SUPPORTS', 'syria']],
  },
  {
    name: 'backing that ended or never was is no backing',
    text: 'DAMASCUS (AFP) - Syria, once backed by Iran, collapsed in December. Armenia, never armed by Turkey, held out.',
    expect: [],
    forbid: [
      ['iran', 'SUPPORTS', 'syria'],
      ['turkey', 'SUPPORTS', 'armenia'],
    ],
  },
];

describeTripleCases('support stated by an appositive participle', CASES);

/** Backers named after the noun that names them, and criticism in a statement the critic issued. */
const LISTED: readonly TripleCase[] = [
  {
    name: 'backers of a side listed after the noun back that side',
    text: "KYIV (Reuters) - Ukraine's Western backers, led by the United States, pledged more air defence systems on Friday. Kyiv's allies, including Germany and France, have sent tanks.",
    expect: [
      ['united-states', 'SUPPORTS', 'ukraine'],
      ['germany', 'SUPPORTS', 'ukraine'],
      ['france', 'SUPPORTS', 'ukraine'],
    ],
    forbid: [['ukraine', 'SUPPORTS', 'united-states']],
  },
  {
    name: 'critics or former backers listed after the noun back nobody',
    text: "KYIV (Reuters) - Ukraine's former backers, including Hungary, have turned away. Russia's critics, including Poland, condemned the move.",
    expect: [],
    forbid: [
      ['hungary', 'SUPPORTS', 'ukraine'],
      ['poland', 'SUPPORTS', 'russia'],
    ],
  },
  {
    name: 'a strongly worded statement denouncing a side is criticism by its issuer',
    text: "ANKARA (Reuters) - Turkey issued a strongly worded statement denouncing Israel's strikes on Syria, calling them a violation of international law.",
    expect: [
      ['turkey', 'CRITICIZES', 'israel'],
      ['israel', 'ATTACKS', 'syria'],
    ],
    forbid: [['turkey', 'CRITICIZES', 'syria']],
  },
];

describeTripleCases('backers listed and criticism in a worded statement', LISTED);

/** Backing verbs the tagger reads as plural nouns inside a relative clause after its named agent. */
const RELATIVE: readonly TripleCase[] = [
  {
    name: 'verbs tagged as nouns after a relative pronoun and its agent back the antecedent',
    text: 'ALGIERS (AFP) - The Polisario Front, which Algeria hosts and arms, said on Monday it had shelled Moroccan positions near the berm.',
    expect: [['algeria', 'SUPPORTS', 'polisario-front']],
    forbid: [
      ['polisario-front', 'SUPPORTS', 'algeria'],
      ['algeria', 'SUPPORTS', 'morocco'],
    ],
  },
  {
    name: 'a negated backing verb in the relative clause backs nobody',
    text: 'ALGIERS (AFP) - The Polisario Front, which Algeria no longer arms, said on Monday it had shelled Moroccan positions.',
    expect: [],
    forbid: [['algeria', 'SUPPORTS', 'polisario-front']],
  },
];

describeTripleCases('backing verbs tagged as nouns in a relative clause', RELATIVE);

/** Backing reported as believed ("is believed to be arming", "is thought to receive"): hedged, still stated. */
const REPORTED: readonly TripleCase[] = [
  {
    name: 'a side believed to be arming another backs it',
    text: 'ADDIS ABABA (Reuters) - Eritrea is widely believed to be arming Fano militiamen in the Amhara region, diplomats say.',
    expect: [['eritrea', 'SUPPORTS', 'fano']],
  },
  {
    name: 'a side believed to receive weapons from another is backed by it',
    text: "NIAMEY (Reuters) - Niger's junta, which is believed to receive weapons from Russia, expelled French troops last year.",
    expect: [['russia', 'SUPPORTS', 'niger']],
    forbid: [['russia', 'SUPPORTS', 'france']],
  },
  {
    name: 'an act expected or planned is still to come',
    text: 'KYIV (Reuters) - Russia is said to be planning to attack Kharkiv. Belarus is expected to arm Russia. Hungary is not believed to be arming Ukraine.',
    expect: [],
    forbid: [
      ['russia', 'ATTACKS', 'ukraine'],
      ['belarus', 'SUPPORTS', 'russia'],
      ['hungary', 'SUPPORTS', 'ukraine'],
    ],
  },
];

describeTripleCases('backing reported as believed', REPORTED);

/** Backer nouns with coordinated modifiers. */
const MODIFIED: readonly TripleCase[] = [
  {
    name: "a side's financial and military patron backs it",
    text: "BEIRUT (Reuters) - Iran is Hezbollah's chief financial and military patron, and has rebuilt its arsenal since the war, Israeli officials say.",
    expect: [['iran', 'SUPPORTS', 'hezbollah']],
    forbid: [['hezbollah', 'SUPPORTS', 'iran']],
  },
];

describeTripleCases('backer nouns with coordinated modifiers', MODIFIED);
