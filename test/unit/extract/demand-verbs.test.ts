import { describeTripleCases, type TripleCase } from './triple-cases.js';

/** Pressure put on a side to act ("pushed X to", "encouraged X to") is a demand; a push elsewhere is not. */
const CASES: readonly TripleCase[] = [
  {
    name: 'pushed an official to act',
    text: 'U.S. President Donald Trump pushed Ukrainian President Volodymyr Zelenskiy to cede territory in the east, according to officials briefed on the meeting.',
    expect: [['donald-trump', 'DEMANDS', 'volodymyr-zelensky']],
  },
  {
    name: 'encouraged a state to act',
    text: 'The European Union encouraged Serbia to normalise relations with Kosovo.',
    expect: [['european-union', 'DEMANDS', 'serbia']],
  },
  {
    name: 'a push toward a place or a state of affairs is no demand',
    text: 'The sanctions pushed Iran to the brink of economic collapse, Israel said.',
    expect: [],
    forbid: [['israel', 'DEMANDS', 'iran']],
  },
];

describeTripleCases('demand verbs', CASES);
