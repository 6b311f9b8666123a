import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Mediation as wire copy words it in sponsorship and appositions: talks a third side sponsored
 * between two parties, and a mediator in apposition between a named government and unnamed rebels.
 * Each case names the triples it must yield and the tempting ones it must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'sponsors of talks between two parties mediate between them',
    text: 'Saudi Arabia and the United States sponsored the Jeddah talks between the Sudanese army and the RSF in May.',
    expect: [
      ['saudi-arabia', 'MEDIATES', 'sudanese-armed-forces'],
      ['saudi-arabia', 'MEDIATES', 'rapid-support-forces'],
      ['united-states', 'MEDIATES', 'sudanese-armed-forces'],
      ['united-states', 'MEDIATES', 'rapid-support-forces'],
    ],
    forbid: [
      ['saudi-arabia', 'SUPPORTS', 'sudanese-armed-forces'],
      ['sudanese-armed-forces', 'MEDIATES', 'rapid-support-forces'],
    ],
  },
  {
    name: 'a sponsor of an armed group still supports it',
    text: 'Iran has sponsored the Houthis for years, U.S. officials said.',
    expect: [['iran', 'SUPPORTS', 'houthis']],
    forbid: [['iran', 'MEDIATES', 'houthis']],
  },
  {
    name: 'a mediator in apposition between a government and unnamed rebels mediates with the government',
    text: "Algeria, the chief mediator between Mali's government and the northern rebels, recalled its ambassador from Bamako on Sunday.",
    expect: [['algeria', 'MEDIATES', 'mali']],
    forbid: [['algeria', 'SUPPORTS', 'mali']],
  },
  {
    name: 'a go-between for two sides mediates between them; an offer to be one does not',
    text: 'Oman has long served as a go-between for Washington and Tehran, diplomats said. Egypt offered on Monday to act as a go-between for Israel and Hamas.',
    expect: [
      ['oman', 'MEDIATES', 'united-states'],
      ['oman', 'MEDIATES', 'iran'],
    ],
    forbid: [
      ['egypt', 'MEDIATES', 'israel'],
      ['egypt', 'MEDIATES', 'hamas'],
    ],
  },
  {
    name: 'who played host to talks between two sides mediates; host to two leaders does not',
    text: 'Turkey played host to talks between Russia and Ukraine in Istanbul on Friday. Egypt later played host to Saudi Crown Prince Mohammed bin Salman and Qatar\'s emir.',
    expect: [
      ['turkey', 'MEDIATES', 'russia'],
      ['turkey', 'MEDIATES', 'ukraine'],
    ],
    forbid: [
      ['egypt', 'MEDIATES', 'saudi-arabia'],
      ['egypt', 'MEDIATES', 'qatar'],
      ['russia', 'MEDIATES', 'ukraine'],
    ],
  },
  {
    name: 'a mediation verb after an adverb is still the verb of its subject',
    text: 'Qatar, which helped negotiate the release of hostages held by Hamas, has also mediated between Israel and the group. Egypt has repeatedly brokered truces between Israel and Islamic Jihad.',
    expect: [
      ['qatar', 'MEDIATES', 'israel'],
      ['qatar', 'MEDIATES', 'hamas'],
      ['egypt', 'MEDIATES', 'israel'],
      ['egypt', 'MEDIATES', 'palestinian-islamic-jihad'],
    ],
    forbid: [['israel', 'MEDIATES', 'hamas']],
  },
  {
    name: 'mediation from two states and a hyphenated pair of demonyms name every mediator',
    text: 'Israel and Hamas reached the deal with mediation from Egypt and Qatar. The Qatari-Egyptian mediation between Israel and Islamic Jihad stalled in March.',
    expect: [
      ['egypt', 'MEDIATES', 'israel'],
      ['qatar', 'MEDIATES', 'hamas'],
      ['qatar', 'MEDIATES', 'palestinian-islamic-jihad'],
      ['egypt', 'MEDIATES', 'palestinian-islamic-jihad'],
    ],
    forbid: [
      ['qatar', 'MEDIATES', 'egypt'],
      ['israel', 'MEDIATES', 'hamas'],
    ],
  },
  {
    name: 'mediating between a named army and unnamed armed groups mediates with the army only',
    text: 'Indonesia has been quietly mediating between the Myanmar military and ethnic armed groups, diplomats said.',
    expect: [['indonesia', 'MEDIATES', 'myanmar-military']],
    forbid: [['myanmar-military', 'MEDIATES', 'indonesia']],
  },
  {
    name: 'who tries to mend ties or bridge gaps between two sides mediates; mending one\'s own ties does not',
    text: 'Kuwait, which has tried to mend ties between Saudi Arabia and Qatar, welcomed the agreement. Egypt and Turkey have mended ties. Oman is working to bridge the gaps between Iran and the United States.',
    expect: [
      ['kuwait', 'MEDIATES', 'saudi-arabia'],
      ['kuwait', 'MEDIATES', 'qatar'],
      ['oman', 'MEDIATES', 'iran'],
      ['oman', 'MEDIATES', 'united-states'],
    ],
    forbid: [
      ['egypt', 'MEDIATES', 'turkey'],
      ['turkey', 'MEDIATES', 'egypt'],
      ['saudi-arabia', 'MEDIATES', 'qatar'],
    ],
  },
  {
    name: 'a speaker\'s own mediation named by "its" is the speaker\'s; a party\'s talks are not mediation',
    text: 'Qatar said its mediation had produced a deal between Congo and the M23. Hamas said its talks with Egypt were over.',
    expect: [
      ['qatar', 'MEDIATES', 'democratic-republic-of-the-congo'],
      ['qatar', 'MEDIATES', 'm23'],
    ],
    forbid: [
      ['hamas', 'MEDIATES', 'egypt'],
      ['democratic-republic-of-the-congo', 'MEDIATES', 'm23'],
    ],
  },
  {
    name: 'a participle opening the sentence names the mediator of the talks after the comma',
    text: 'Mediated by Qatar, the talks between Congo and Rwanda produced a draft accord on Friday. Backed by Egypt, the Sudanese army pressed on with its offensive.',
    expect: [
      ['qatar', 'MEDIATES', 'democratic-republic-of-the-congo'],
      ['qatar', 'MEDIATES', 'rwanda'],
    ],
    forbid: [
      ['egypt', 'MEDIATES', 'sudanese-armed-forces'],
      ['democratic-republic-of-the-congo', 'MEDIATES', 'rwanda'],
    ],
  },
];

describeTripleCases('mediation by sponsors and apposite mediators', CASES);
