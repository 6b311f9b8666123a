import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Direction of attacks in wire copy: the side named as the victim (grammatical subject of a loss,
 * speaker of a report) is the target, the side named with the attack noun its source.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'a state that lost soldiers in an ambush was its target',
    text: 'Mali lost 15 soldiers in a JNIM ambush near the border with Burkina Faso, the army said.',
    expect: [['jnim', 'ATTACKS', 'mali']],
    forbid: [['mali', 'ATTACKS', 'jnim'], ['jnim', 'ATTACKS', 'burkina-faso']],
  },
  {
    name: 'heavy losses suffered in a strike: the sufferer was hit',
    text: 'Ukraine suffered heavy losses in a Russian missile strike on Dnipro, the governor said.',
    expect: [['russia', 'ATTACKS', 'ukraine']],
    forbid: [['ukraine', 'ATTACKS', 'russia']],
  },
  {
    name: 'losses an armed group suffered in an air strike',
    text: 'JNIM lost 15 fighters in a Malian air strike, a security source said.',
    expect: [['mali', 'ATTACKS', 'jnim']],
    forbid: [['jnim', 'ATTACKS', 'mali']],
  },
  {
    name: 'no losses denied: no attack read from the loss',
    text: 'Mali did not lose any soldiers in the JNIM attack, the army said.',
    expect: [],
    forbid: [['mali', 'ATTACKS', 'jnim']],
  },
];

describeTripleCases('attack direction', CASES);
