import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Mediation, meetings and agreements as article-length wire copy states them: the parties named in
 * the lead, the mediator or the outcome sentences later. Each case names the triples it must yield
 * and the tempting ones it must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'who keeps pushing both sides towards a deal mediates between the pair in talks',
    text: 'ADDIS ABABA, Feb 3 (Reuters) - Ethiopia and Egypt resumed talks on the dam on Monday. Washington has been pushing both sides to reach a deal before the rainy season.',
    expect: [
      ['united-states', 'MEDIATES', 'ethiopia'],
      ['united-states', 'MEDIATES', 'egypt'],
    ],
    forbid: [['united-states', 'NEGOTIATES_WITH', 'egypt']],
  },
  {
    name: 'a relative clause that keeps urging two named sides to return to the table mediates',
    text: 'BRUSSELS (AFP) - The European Union, which has been urging Serbia and Kosovo to return to the negotiating table, offered to host a meeting in Brussels.',
    expect: [
      ['european-union', 'MEDIATES', 'serbia'],
      ['european-union', 'MEDIATES', 'kosovo'],
    ],
    forbid: [],
  },
  {
    name: 'a single appeal for restraint or for talks is a demand, not mediation',
    text: 'ADDIS ABABA, Feb 3 (Reuters) - Ethiopia and Egypt resumed talks on the dam on Monday. Washington urged both sides to show restraint. The African Union urged the two countries to return to talks.',
    expect: [
      ['united-states', 'DEMANDS', 'ethiopia'],
      ['african-union', 'DEMANDS', 'egypt'],
    ],
    forbid: [
      ['united-states', 'MEDIATES', 'ethiopia'],
      ['african-union', 'MEDIATES', 'egypt'],
    ],
  },
  {
    name: 'pressing both sides to show restraint is no mediation even when it goes on',
    text: 'ADDIS ABABA, Feb 3 (Reuters) - Ethiopia and Egypt resumed talks on the dam on Monday. Washington has been pressing both sides to show restraint.',
    expect: [],
    forbid: [
      ['united-states', 'MEDIATES', 'ethiopia'],
      ['united-states', 'MEDIATES', 'egypt'],
    ],
  },
  {
    name: 'a mediator holding talks with one side meets it and leaves the pair in view to the two sides',
    text: 'NAIROBI, March 4 (Reuters) - South Sudan\'s government and the opposition SPLM-IO resumed peace talks in Nairobi on Tuesday. Kenyan President William Ruto, who has led the mediation since last year, held separate talks with SPLM-IO envoys, his office said. IGAD has also been pressing both sides to return to the table.',
    expect: [
      ['william-ruto', 'MEDIATES', 'south-sudan'],
      ['william-ruto', 'MEETS_WITH', 'sudan-peoples-liberation-movement-in-opposition'],
      ['igad', 'MEDIATES', 'south-sudan'],
      ['igad', 'MEDIATES', 'sudan-peoples-liberation-movement-in-opposition'],
    ],
    forbid: [
      ['william-ruto', 'NEGOTIATES_WITH', 'sudan-peoples-liberation-movement-in-opposition'],
      ['igad', 'MEDIATES', 'william-ruto'],
      ['igad', 'DEMANDS', 'william-ruto'],
    ],
  },
];

describeTripleCases('mediation, meetings and agreements across an article', CASES);
