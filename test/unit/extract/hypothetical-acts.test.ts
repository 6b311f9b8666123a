import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * An act named by a gerund that is the subject of a modal ("sending troops would mean war") is a
 * possibility someone talks about, not an act; the same act told as done still counts.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'troops whose sending would mean war support nobody',
    text: 'MOSCOW, March 11 (Reuters) - Russian President Vladimir Putin warned NATO that sending troops to Ukraine would mean war.',
    expect: [['vladimir-putin', 'THREATENS', 'nato']],
    forbid: [['nato', 'SUPPORTS', 'ukraine']],
  },
  {
    name: 'weapons whose supply could escalate the war are not supplied',
    text: 'China said that supplying weapons to Ukraine could prolong the war.',
    expect: [],
    forbid: [['china', 'SUPPORTS', 'ukraine']],
  },
  {
    name: 'drones a state has been sending are support',
    text: 'Iran has been sending drones to Russia for months, Ukrainian officials said.',
    expect: [['iran', 'SUPPORTS', 'russia']],
    forbid: [],
  },
];

describeTripleCases('hypothetical acts', CASES);
