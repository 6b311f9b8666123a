import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Diplomatic relations as whole wire articles phrase them: offers that reach the mediation verb
 * through a deployment of envoys, and the tempting readings of the same sentences.
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
];

describeTripleCases('whole-article diplomacy', CASES);
