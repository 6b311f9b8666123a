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
  {
    name: '"the country" in a state\'s report is the speaking state, not the attacker',
    text: "Ukraine's air force said Russia attacked the country overnight with 120 drones.",
    expect: [['russia', 'ATTACKS', 'ukraine']],
    forbid: [['ukraine', 'ATTACKS', 'russia']],
  },
  {
    name: '"the country" spoken of by a state leader is his own',
    text: 'Ukrainian President Volodymyr Zelenskiy said Russia struck the country with 50 missiles.',
    expect: [['russia', 'ATTACKS', 'ukraine']],
  },
  {
    name: '"the country of" names another state',
    text: 'Russia said Ukraine had attacked the country of Moldova.',
    expect: [],
    forbid: [['ukraine', 'ATTACKS', 'russia']],
  },
  {
    name: 'an attack on "its" posts in a state\'s report hit the speaker',
    text: "India said Pakistan's attack on its border posts was repulsed.",
    expect: [['pakistan', 'ATTACKS', 'india']],
    forbid: [['india', 'ATTACKS', 'pakistan']],
  },
  {
    name: 'an attack on "its own" troops is not on the speaker',
    text: "Russia said Ukraine's attack on its own troops was a provocation.",
    expect: [],
    forbid: [['ukraine', 'ATTACKS', 'russia']],
  },
  {
    name: 'the side that fought off an attack was its target',
    text: 'The Kenyan military said its troops had fought off an al Shabaab attack on a base in Lamu.',
    expect: [['al-shabaab', 'ATTACKS', 'kenya']],
    forbid: [['kenya', 'ATTACKS', 'al-shabaab']],
  },
  {
    name: 'coming under an attack named by a demonym',
    text: 'Russian forces came under heavy Ukrainian drone attack in the Kursk region, Moscow said.',
    expect: [['ukraine', 'ATTACKS', 'russia']],
    forbid: [['russia', 'ATTACKS', 'ukraine']],
  },
  {
    name: 'fire a side responded to came from the named side',
    text: 'Israel said it was responding to rocket fire from Hezbollah when it struck villages in southern Lebanon.',
    expect: [['hezbollah', 'ATTACKS', 'israel']],
    forbid: [['israel', 'ATTACKS', 'israel']],
  },
  {
    name: 'responding to criticism is no attack',
    text: 'Israel responded to criticism from France over the strikes.',
    expect: [],
    forbid: [['france', 'ATTACKS', 'israel']],
  },
  {
    name: 'a passive attack whose agent follows time and place adjuncts',
    text: 'A convoy of Malian soldiers was ambushed on Tuesday near Gao by fighters from JNIM, the army said.',
    expect: [['jnim', 'ATTACKS', 'mali']],
    forbid: [['mali', 'ATTACKS', 'jnim']],
  },
  {
    name: 'a far agent after a named region',
    text: "Ukraine's energy facilities were hit overnight in the Kharkiv region by Russian drones.",
    expect: [['russia', 'ATTACKS', 'ukraine']],
    forbid: [['ukraine', 'ATTACKS', 'russia']],
  },
  {
    name: 'a far "by" after a clause break is not the agent',
    text: 'The Pakistani post was attacked on Tuesday, and it was condemned by Afghanistan.',
    expect: [],
    forbid: [['afghanistan', 'ATTACKS', 'pakistan']],
  },
  {
    name: 'losses in an attack by a group whose name takes "al"',
    text: 'Kenya lost six soldiers in an al Shabaab ambush near the Somali border on Monday.',
    expect: [['al-shabaab', 'ATTACKS', 'kenya']],
    forbid: [['kenya', 'ATTACKS', 'al-shabaab']],
  },
  {
    name: 'an ambush condemned is criticism of the side that carried it out',
    text: "Al Shabaab fighters ambushed a Kenyan convoy on Monday. Somalia's government condemned the ambush.",
    expect: [['al-shabaab', 'ATTACKS', 'kenya'], ['somalia', 'CRITICIZES', 'al-shabaab']],
    forbid: [['somalia', 'CRITICIZES', 'kenya']],
  },
];

describeTripleCases('attack direction', CASES);
