import { describeTripleCases, type TripleCase } from './triple-cases.js';

/** "the group" followed by "in <place>": a venue after an armed group; a seat after a government. */
const CASES: readonly TripleCase[] = [
  {
    name: 'an armed group met in a third capital is still the group named before',
    text: 'M23 rebels seized Goma in January. Qatar has brokered meetings between Congo and the group in Doha.',
    expect: [
      ['qatar', 'MEDIATES', 'democratic-republic-of-the-congo'],
      ['qatar', 'MEDIATES', 'm23'],
    ],
  },
  {
    name: 'a government "in" a capital is the government of that capital, not the one named before',
    text: 'Pakistan accused the Taliban of sheltering militants. Qatar urged the government in Kabul to act.',
    expect: [],
    forbid: [['qatar', 'DEMANDS', 'pakistan']],
  },
];

describeTripleCases('references followed by "in"', CASES);

/** A possessive before a group: the group is listed with the actors around it. */
describeTripleCases('possessed groups in lists', [
  {
    name: "a state's government-in-fact first in a list",
    text: "Afghanistan's Taliban and Pakistan held a third round of talks in Istanbul.",
    expect: [['afghanistan', 'NEGOTIATES_WITH', 'pakistan']],
  },
  {
    name: "a state's armed group second in a list",
    text: "Saudi Arabia and Yemen's Houthis held talks in Riyadh on a prisoner exchange.",
    expect: [['saudi-arabia', 'NEGOTIATES_WITH', 'houthis']],
    forbid: [['saudi-arabia', 'NEGOTIATES_WITH', 'yemen']],
  },
]);
