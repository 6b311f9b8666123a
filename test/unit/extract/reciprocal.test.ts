import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * "Each side ... the other": a reciprocal subject and object give the relation in both
 * directions between the sides the clause hangs on, or the pair named just before.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'a participle clause after a coordinated subject',
    text: 'Thai and Cambodian troops clashed along the border on Thursday, each side accusing the other of opening fire first.',
    expect: [
      ['thailand', 'ACCUSES', 'cambodia'],
      ['cambodia', 'ACCUSES', 'thailand'],
    ],
  },
  {
    name: 'a "with each ..." clause',
    text: 'Indian and Pakistani troops traded fire overnight in Kashmir, with each blaming the other for the escalation.',
    expect: [
      ['india', 'ACCUSES', 'pakistan'],
      ['pakistan', 'ACCUSES', 'india'],
    ],
  },
  {
    name: 'a sentence of its own after the pair was named',
    text: 'Armenian and Azerbaijani forces exchanged fire near the border on Tuesday. Each side blamed the other for the violence.',
    expect: [
      ['armenia', 'ACCUSES', 'azerbaijan'],
      ['azerbaijan', 'ACCUSES', 'armenia'],
    ],
  },
  {
    name: 'no pair, no reciprocal relation',
    text: 'Colombia said the rebels had broken the truce. Each side blamed the other, a local official said.',
    expect: [],
    forbid: [['colombia', 'ACCUSES', 'colombia']],
  },
  {
    name: '"each" that is no reciprocal subject',
    text: 'Each year Kenya accuses Somalia of harbouring al Shabaab fighters.',
    expect: [['kenya', 'ACCUSES', 'somalia']],
    forbid: [['somalia', 'ACCUSES', 'kenya']],
  },
];

describeTripleCases('reciprocal "each ... the other"', CASES);
