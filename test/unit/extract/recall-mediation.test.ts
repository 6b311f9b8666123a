import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Mediation, offers of mediation and talks as wire copy words them: talks between a named party and
 * groups that are no actors, mediators named by a participle on the talks, offers of help to talks
 * and of a venue. Each case names the triples it must yield and the tempting ones it must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'an offer to broker talks between a government and the opposition names the government',
    text: "BOGOTA, Aug 2 (Reuters) - Colombia's President Gustavo Petro offered to broker talks between Venezuela's government and the opposition after the disputed vote.",
    expect: [['gustavo-petro', 'OFFERS_MEDIATION', 'venezuela']],
    forbid: [['gustavo-petro', 'MEDIATES', 'venezuela']],
  },
  {
    name: 'a mediator of an accord between a government and unnamed separatists mediates with the government',
    text: 'Algeria brokered the 2015 peace accord between the Malian government and northern separatist groups, but the junta tore it up last year.',
    expect: [['algeria', 'MEDIATES', 'mali']],
    forbid: [['algeria', 'OFFERS_MEDIATION', 'mali']],
  },
  {
    name: 'talks hosted by a third side between "the two sides" named a sentence before',
    text: 'Armenia and Azerbaijan have been negotiating a peace treaty since 2022. The two sides met in Abu Dhabi on Thursday in talks hosted by the United Arab Emirates, officials said.',
    expect: [
      ['united-arab-emirates', 'MEDIATES', 'armenia'],
      ['united-arab-emirates', 'MEDIATES', 'azerbaijan'],
      ['armenia', 'NEGOTIATES_WITH', 'azerbaijan'],
    ],
    forbid: [['armenia', 'MEDIATES', 'azerbaijan']],
  },
  {
    name: 'ready to support talks between two sides is an offer; a party speaker does not offer',
    text: "Britain said it stood ready to support talks between Georgia's government and the opposition. Lebanon's parliament speaker Nabih Berri offered to mediate between Hezbollah and the government over the disarmament plan.",
    expect: [['united-kingdom', 'OFFERS_MEDIATION', 'georgia']],
    forbid: [
      ['lebanon', 'OFFERS_MEDIATION', 'hezbollah'],
      ['united-kingdom', 'SUPPORTS', 'georgia'],
    ],
  },
  {
    name: 'a city offered as a venue for talks between two sides',
    text: 'Belarusian leader Alexander Lukashenko offered Minsk as a venue for talks between Russia and the United States.',
    expect: [
      ['alexander-lukashenko', 'OFFERS_MEDIATION', 'russia'],
      ['alexander-lukashenko', 'OFFERS_MEDIATION', 'united-states'],
    ],
    forbid: [['belarus', 'MEETS_WITH', 'russia']],
  },
  {
    name: 'ready to act as guarantor of an agreement between two sides',
    text: "Turkey's foreign minister Hakan Fidan said Ankara was ready to act as a guarantor of any agreement between Hamas and Israel.",
    expect: [
      ['turkey', 'OFFERS_MEDIATION', 'hamas'],
      ['turkey', 'OFFERS_MEDIATION', 'israel'],
    ],
    forbid: [['hamas', 'AGREES_WITH', 'israel']],
  },
];

describeTripleCases('mediation and talks in wire copy', CASES);
