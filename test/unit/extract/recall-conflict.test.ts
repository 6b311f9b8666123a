import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Conflict relations in wire copy: attacks whose subject names backers, armies owned by the
 * dateline, threats, support, criticism and denials in the phrasings of news agencies. Each case
 * names the triples it must yield and the tempting ones it must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'a backer in a relative aside of the subject does not attack; the unowned army is the dateline state',
    text: 'KHARTOUM (Reuters) - The army, which is backed by Egypt and Turkey, shelled RSF positions in Omdurman on Tuesday, residents said.',
    expect: [['sudan', 'ATTACKS', 'rapid-support-forces']],
    forbid: [
      ['egypt', 'ATTACKS', 'rapid-support-forces'],
      ['turkey', 'ATTACKS', 'rapid-support-forces'],
    ],
  },
  {
    name: 'troops backed by foreign forces: the backers are not the attackers',
    text: 'Troops backed by Ethiopian and Kenyan forces killed 30 al Shabaab fighters in an operation in Lower Shabelle on Sunday. Government forces backed by Burundian troops attacked M23 positions near Sake.',
    expect: [],
    forbid: [
      ['ethiopia', 'ATTACKS', 'al-shabaab'],
      ['kenya', 'ATTACKS', 'al-shabaab'],
      ['burundi', 'ATTACKS', 'm23'],
    ],
  },
  {
    name: 'the army that repels an attack is the dateline state, not the backer named in the aside',
    text: 'KINSHASA (Reuters) - The army said on Monday it had repelled an attack by M23 rebels, whom Kinshasa says are backed by Rwanda, near Goma.',
    expect: [['m23', 'ATTACKS', 'democratic-republic-of-the-congo']],
    forbid: [['m23', 'ATTACKS', 'rwanda']],
  },
  {
    name: 'an army not written at the dateline stays unowned',
    text: 'The army shelled RSF positions in Omdurman on Tuesday, residents said.',
    expect: [],
    forbid: [['sudan', 'ATTACKS', 'rapid-support-forces']],
  },
  {
    name: 'an actor closing a participle phrase before ", and" is not a coordinated subject',
    text: 'The Syrian army shelled Idlib, a region of Syria held by HTS, and Turkey condemned the attack.',
    expect: [['turkey', 'CRITICIZES', 'syria']],
    forbid: [['hayat-tahrir-al-sham', 'CRITICIZES', 'syria']],
  },
];

describeTripleCases('conflict relations in wire copy', CASES);
