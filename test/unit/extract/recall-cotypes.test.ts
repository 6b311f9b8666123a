import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * One sentence, two relations: a denial that names the accusation it answers, an accusation
 * whose alleged act hit what the accuser owns, and the tempting readings of the same sentences.
 */
const CASES: readonly TripleCase[] = [
  {
    name: "denying a side's accusation reports that side's accusation",
    text: "YEREVAN, June 4 (Reuters) - Armenia's defence ministry on Wednesday denied Azerbaijan's accusation that Armenian troops had fired on its border posts.",
    expect: [
      ['armenia', 'DENIES', 'azerbaijan'],
      ['azerbaijan', 'ACCUSES', 'armenia'],
    ],
    forbid: [['armenia', 'ACCUSES', 'azerbaijan']],
  },
  {
    name: 'allegations made by a named side and rejected are its accusation',
    text: 'Ecuador rejected allegations by Colombia that Ecuadorean forces were protecting drug traffickers on the border.',
    expect: [
      ['ecuador', 'DENIES', 'colombia'],
      ['colombia', 'ACCUSES', 'ecuador'],
    ],
  },
  {
    name: 'a rejected claim that imputes an attack to the denier is an accusation',
    text: 'The Rapid Support Forces dismissed the Sudanese army\'s claim that the paramilitary group had shelled a hospital in El Obeid.',
    expect: [['sudanese-armed-forces', 'ACCUSES', 'rapid-support-forces']],
  },
  {
    name: 'a rejected claim of a gain on the ground is no accusation',
    text: "Ukraine's military rejected Russia's claim that it had withdrawn from the town of Chasiv Yar.",
    expect: [],
    forbid: [['russia', 'ACCUSES', 'ukraine']],
  },
  {
    name: 'an accusation of shelling "its positions" alleges an attack on the accuser',
    text: 'BAKU, Sept 12 (AFP) - Azerbaijan accused Armenia of shelling its positions in the Kalbajar district overnight, a charge Yerevan rejected.',
    expect: [
      ['azerbaijan', 'ACCUSES', 'armenia'],
      ['armenia', 'ATTACKS', 'azerbaijan'],
      ['armenia', 'DENIES', 'azerbaijan'],
    ],
  },
  {
    name: 'the second of two coordinated alleged acts names the victim',
    text: 'The Syrian Democratic Forces accused Turkey of killing civilians and attacking their positions near Kobani.',
    expect: [
      ['syrian-democratic-forces', 'ACCUSES', 'turkey'],
      ['turkey', 'ATTACKS', 'syrian-democratic-forces'],
    ],
  },
  {
    name: '"its own" people are not the accuser\'s, and an owned thing that is no target makes no attack',
    text: 'Ethiopia accused Eritrea of shelling its own villages. Kenya accused Somalia of attacking its economy.',
    expect: [['ethiopia', 'ACCUSES', 'eritrea']],
    forbid: [
      ['eritrea', 'ATTACKS', 'ethiopia'],
      ['somalia', 'ATTACKS', 'kenya'],
    ],
  },
  {
    name: 'two sides that agree after days of negotiations negotiated with each other',
    text: 'JUBA, Jan 9 (AP) - Sudan and South Sudan agreed to reopen the oil pipeline after five days of intensive negotiations in Addis Ababa.',
    expect: [
      ['sudan', 'AGREES_WITH', 'south-sudan'],
      ['sudan', 'NEGOTIATES_WITH', 'south-sudan'],
    ],
  },
  {
    name: 'a fronted "after rounds of talks" belongs to the two sides of the clause after it',
    text: 'After three rounds of talks, Serbia and Kosovo agreed on the recognition of licence plates.',
    expect: [['serbia', 'NEGOTIATES_WITH', 'kosovo']],
  },
  {
    name: 'a deal reached at talks brokered by a third side: the two sides talked, the broker is no party',
    text: 'Armenia and Azerbaijan reached a deal on border demarcation at EU-brokered talks in Brussels.',
    expect: [['armenia', 'NEGOTIATES_WITH', 'azerbaijan']],
    forbid: [['european-union', 'NEGOTIATES_WITH', 'armenia']],
  },
  {
    name: 'two sides calling for talks between others are no negotiating pair',
    text: 'Egypt and Qatar called for fresh talks between Israel and Hamas on Sunday.',
    expect: [],
    forbid: [['egypt', 'NEGOTIATES_WITH', 'qatar']],
  },
  {
    name: 'talks whose parties closed them with an agreement: they negotiated and agreed',
    text: 'The Philippine government and the Moro Islamic Liberation Front concluded two days of talks in Kuala Lumpur with an agreement on the decommissioning of fighters.',
    expect: [
      ['philippines', 'NEGOTIATES_WITH', 'moro-islamic-liberation-front'],
      ['philippines', 'AGREES_WITH', 'moro-islamic-liberation-front'],
    ],
  },
  {
    name: 'talks between two sides that ended with the signing of a text produced an agreement',
    text: 'Talks between Sudan and South Sudan in Addis Ababa ended with the signing of a memorandum on oil transit fees.',
    expect: [
      ['sudan', 'NEGOTIATES_WITH', 'south-sudan'],
      ['sudan', 'AGREES_WITH', 'south-sudan'],
    ],
  },
  {
    name: 'talks closed without an agreement produced none',
    text: 'The Philippine government and the Moro Islamic Liberation Front concluded two days of talks in Kuala Lumpur without an agreement on decommissioning.',
    expect: [['philippines', 'NEGOTIATES_WITH', 'moro-islamic-liberation-front']],
    forbid: [['philippines', 'AGREES_WITH', 'moro-islamic-liberation-front']],
  },
  {
    name: 'an accusation of shooting down one of "its" drones alleges an attack on the accuser',
    text: 'Niger accused Benin of shooting down one of its surveillance drones near the border.',
    expect: [
      ['niger', 'ACCUSES', 'benin'],
      ['benin', 'ATTACKS', 'niger'],
    ],
  },
  {
    name: 'talks between two sides that have not resumed, past an apposition, are no talks',
    text: 'Talks between Manila and the New People\'s Army, the armed wing of the Communist Party, have not resumed since 2017.',
    expect: [],
    forbid: [['philippines', 'NEGOTIATES_WITH', 'new-peoples-army']],
  },
  {
    name: "a plural name's bare-apostrophe possessive names the accuser a denial answers",
    text: "Venezuela firmly rejected the Netherlands' accusations that its navy had fired on a Dutch patrol boat.",
    expect: [
      ['venezuela', 'DENIES', 'netherlands'],
      ['netherlands', 'ACCUSES', 'venezuela'],
    ],
  },
  {
    name: 'a denied report by a named body that imputes killings to the denier is its accusation',
    text: 'Myanmar\'s military denied a report by Human Rights Watch that its soldiers had killed villagers in Sagaing.',
    expect: [['human-rights-watch', 'ACCUSES', 'myanmar-military']],
  },
  {
    name: 'a side that hit back or retaliated with strikes made them',
    text: 'Ukraine hit back with drone strikes on Russian oil refineries in the Samara region. Israel retaliated with airstrikes on Hezbollah positions.',
    expect: [
      ['ukraine', 'ATTACKS', 'russia'],
      ['israel', 'ATTACKS', 'hezbollah'],
    ],
  },
  {
    name: 'strikes a side only says it would retaliate with are no attack',
    text: 'Armenia said it would retaliate with strikes on Azerbaijani positions if the shelling continued.',
    expect: [],
    forbid: [['armenia', 'ATTACKS', 'azerbaijan']],
  },
  {
    name: "a condemned attack on the critic's own soldiers was an attack on the critic",
    text: 'Kenya condemned the al-Shabaab attack on its soldiers near the Somali border.',
    expect: [
      ['kenya', 'CRITICIZES', 'al-shabaab'],
      ['al-shabaab', 'ATTACKS', 'kenya'],
    ],
  },
  {
    name: "a condemned attack on another side's troops is no attack on the critic",
    text: 'Kenya condemned the al-Shabaab attack on Somali soldiers near Mogadishu.',
    expect: [['kenya', 'CRITICIZES', 'al-shabaab']],
    forbid: [['al-shabaab', 'ATTACKS', 'kenya']],
  },
];

describeTripleCases('relations stated alongside another type in the same sentence', CASES);
