import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Mediators met, third parties who negotiated someone else's deal, durations between an auxiliary
 * and its verb, and the Holy See as a state. Each case names the triples it must yield and the
 * tempting ones it must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: '"met with Egyptian mediators" names the people met, not a means of meeting',
    text: 'A Hamas delegation met with Egyptian mediators in Cairo on Sunday.',
    expect: [
      ['hamas', 'MEETS_WITH', 'egypt'],
      ['egypt', 'MEETS_WITH', 'hamas'],
    ],
  },
  {
    name: '"through Egyptian mediators" is still a means: no meeting between the parties and the mediator',
    text: 'Israel and Hamas exchanged proposals through Egyptian mediators.',
    expect: [],
    forbid: [['hamas', 'MEETS_WITH', 'egypt']],
  },
  {
    name: 'a third party that negotiated the agreement of the pair named before mediated it',
    text: 'Israel and Hezbollah agreed to a truce. The agreement, negotiated by the United States and France, took effect at dawn.',
    expect: [
      ['united-states', 'MEDIATES', 'israel'],
      ['france', 'MEDIATES', 'hezbollah'],
    ],
    forbid: [['united-states', 'MEDIATES', 'france']],
  },
  {
    name: 'the parties who negotiated their own agreement do not mediate it',
    text: 'Israel and Hamas agreed to a truce. The agreement was negotiated by Israel and Hamas over four weeks.',
    expect: [],
    forbid: [
      ['israel', 'MEDIATES', 'hamas'],
      ['hamas', 'MEDIATES', 'israel'],
    ],
  },
  {
    name: 'a duration between the auxiliary and the verb keeps the subject ("has for years acted as")',
    text: 'Norway has for years acted as a mediator between Colombia and the ELN.',
    expect: [
      ['norway', 'MEDIATES', 'colombia'],
      ['norway', 'MEDIATES', 'national-liberation-army'],
    ],
  },
  {
    name: '"the Vatican" is the Holy See, and the pope its official',
    text: 'The Vatican has offered to mediate between Russia and Ukraine. Pope Leo said he was ready to receive both sides.',
    expect: [
      ['vatican-city', 'OFFERS_MEDIATION', 'russia'],
      ['vatican-city', 'OFFERS_MEDIATION', 'ukraine'],
    ],
  },
];

describeTripleCases('mediators met, deals negotiated by third parties, durations before the verb', CASES);
