import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Diplomatic relations as whole wire articles phrase them: offers that reach the mediation verb
 * through a deployment of envoys, officials introduced by a long aside, the pair in view across
 * sentences, and the tempting readings of the same sentences.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'an offer to send envoys to mediate between two leaders is an offer of mediation',
    text: 'NAIROBI, Feb 18 (AP) - IGAD, the eight-nation East African bloc, offered to send a team of envoys to Juba to mediate between Salva Kiir and Riek Machar.',
    expect: [
      ['igad', 'OFFERS_MEDIATION', 'salva-kiir'],
      ['igad', 'OFFERS_MEDIATION', 'riek-machar'],
    ],
    forbid: [
      ['igad', 'MEDIATES', 'salva-kiir'],
      ['igad', 'MEDIATES', 'riek-machar'],
    ],
  },
  {
    name: 'envoys actually sent to mediate mediate; an offer only to send troops offers no mediation',
    text: 'Kenya sent envoys to Juba to mediate between Salva Kiir and Riek Machar. Uganda offered to send troops to Juba to protect Salva Kiir.',
    expect: [
      ['kenya', 'MEDIATES', 'salva-kiir'],
      ['kenya', 'MEDIATES', 'riek-machar'],
    ],
    forbid: [
      ['kenya', 'OFFERS_MEDIATION', 'salva-kiir'],
      ['uganda', 'OFFERS_MEDIATION', 'salva-kiir'],
      ['uganda', 'OFFERS_MEDIATION', 'riek-machar'],
    ],
  },
  {
    name: 'a bracketed abbreviation inside the aside of the subject does not hide the subject',
    text: 'TRIPOLI, May 20 (Reuters) - Hanna Tetteh, head of the UN Support Mission in Libya (UNSMIL), held talks with commanders of the Radaa force on Tuesday, the mission said.',
    expect: [['hanna-tetteh', 'MEETS_WITH', 'radaa-special-deterrence-force']],
    forbid: [['un-support-mission-in-libya', 'MEETS_WITH', 'hanna-tetteh']],
  },
  {
    name: 'an envoy meeting one side of the pair in view does not become one of "both sides"',
    text: "TRIPOLI (Reuters) - Libya's Government of National Unity accused the Radaa force of holding the capital hostage. UN envoy Hanna Tetteh met Radaa commanders on Tuesday. Turkey held separate talks with both sides, officials said.",
    expect: [
      ['turkey', 'MEETS_WITH', 'radaa-special-deterrence-force'],
      ['turkey', 'MEETS_WITH', 'libya'],
    ],
    forbid: [
      ['turkey', 'MEETS_WITH', 'hanna-tetteh'],
      ['turkey', 'NEGOTIATES_WITH', 'hanna-tetteh'],
    ],
  },
  {
    name: 'a titled official inside a relative clause closed before the verb is not its subject',
    text: 'NICOSIA (AFP) - Turkish Cypriot leader Ersin Tatar met UN officials on Monday. Tatar, who is backed by Turkish President Recep Tayyip Erdogan, accused Cyprus of refusing to accept the plan. Ersin Tatar, who met Recep Tayyip Erdogan on Tuesday, criticised Greece.',
    expect: [
      ['ersin-tatar', 'MEETS_WITH', 'recep-tayyip-erdogan'],
      ['ersin-tatar', 'CRITICIZES', 'greece'],
    ],
    forbid: [
      ['recep-tayyip-erdogan', 'ACCUSES', 'cyprus'],
      ['recep-tayyip-erdogan', 'CRITICIZES', 'greece'],
    ],
  },
  {
    name: 'an envoy who held talks with two sides leaves those two as "both sides"',
    text: 'TRIPOLI (Reuters) - UN envoy Hanna Tetteh held talks with commanders of the Radaa force and the 444th Brigade on Tuesday. She urged both sides to respect the ceasefire.',
    expect: [
      ['hanna-tetteh', 'DEMANDS', 'radaa-special-deterrence-force'],
      ['hanna-tetteh', 'DEMANDS', '444th-brigade'],
    ],
    forbid: [['hanna-tetteh', 'DEMANDS', 'hanna-tetteh']],
  },
  {
    name: 'a known person named in full is named by his bare surname later in the article',
    text: 'NICOSIA (AFP) - Turkish Cypriot leader Ersin Tatar met UN officials on Monday. Tatar criticised Greece on Tuesday. Later, Tatar met Hakan Fidan.',
    expect: [
      ['ersin-tatar', 'CRITICIZES', 'greece'],
      ['ersin-tatar', 'MEETS_WITH', 'hakan-fidan'],
    ],
    forbid: [],
  },
  {
    name: 'the first of two stacked demonyms does not name its own state',
    text: 'NICOSIA (AFP) - Turkish Cypriot leader Ersin Tatar accused the Greek Cypriot side of blocking a deal. Bosnian Serb leaders criticised the EU envoy.',
    expect: [],
    forbid: [
      ['ersin-tatar', 'ACCUSES', 'greece'],
      ['bosnia-and-herzegovina', 'CRITICIZES', 'european-union'],
    ],
  },
  {
    name: 'a name in the predicate of a copula is not the subject of the coordinated verb',
    text: 'ISLAMABAD (Reuters) - Pakistan, which is a close ally of China and has fought several wars with India, did not comment on the agreement.',
    expect: [],
    forbid: [
      ['china', 'ATTACKS', 'india'],
      ['india', 'ATTACKS', 'china'],
    ],
  },
];

describeTripleCases('whole-article diplomacy', CASES);
