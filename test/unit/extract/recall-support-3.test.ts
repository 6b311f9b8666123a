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
