import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Support and attacks phrased the ways briefs phrase them: help to a state's army, troops sent to
 * help fight, support with a modifier, alleged help to a side and weapons of a named state, targets
 * described by the attacker, things belonging to a group, a fronted place with an adjective, a
 * co-mediator "along with", and private people of a state who are not the state. Each case names
 * the triples it must yield and the tempting ones it must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: "helping a state's army defend a city supports the state",
    text: 'Turkey helped the Somali army defend Mogadishu.',
    expect: [['turkey', 'SUPPORTS', 'somalia']],
  },
  {
    name: 'troops sent to a state to help fight insurgents support it; troops sent to fight a group there do not',
    text: 'Rwanda has deployed troops to Mozambique to help fight insurgents in Cabo Delgado. Israel sent troops into Lebanon to fight Hezbollah.',
    expect: [['rwanda', 'SUPPORTS', 'mozambique']],
    forbid: [['israel', 'SUPPORTS', 'lebanon']],
  },
  {
    name: 'support named with its kind: "with intelligence support from the United States"',
    text: 'Nigerian forces killed dozens of ISWAP fighters with intelligence support from the United States.',
    expect: [
      ['nigeria', 'ATTACKS', 'islamic-state-west-africa-province'],
      ['united-states', 'SUPPORTS', 'nigeria'],
    ],
  },
  {
    name: 'alleged help to a side is alleged support of it, and the side helped is the one that strikes',
    text: 'Russia accused Britain of helping Ukraine carry out drone strikes on Russian refineries.',
    expect: [
      ['russia', 'ACCUSES', 'united-kingdom'],
      ['united-kingdom', 'SUPPORTS', 'ukraine'],
      ['ukraine', 'ATTACKS', 'russia'],
    ],
    forbid: [['united-kingdom', 'ATTACKS', 'russia']],
  },
  {
    name: "weapons of a named state let through to a group: both the one who lets them and the state support the group",
    text: 'Sudan accused Chad of letting Emirati weapons reach the RSF.',
    expect: [
      ['chad', 'SUPPORTS', 'rapid-support-forces'],
      ['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces'],
    ],
  },
  {
    name: 'targets the attacker described as a group\'s, and a boat belonging to a group',
    text: 'Pakistani jets struck what the military described as TTP hideouts. The U.S. military struck a boat belonging to the Tren de Aragua gang.',
    expect: [
      ['pakistan', 'ATTACKS', 'tehrik-i-taliban-pakistan'],
      ['united-states', 'ATTACKS', 'tren-de-aragua'],
    ],
  },
  {
    name: 'a fronted place with an adjective ends before the subject',
    text: 'In neighbouring Niger, ISWAP fighters killed 10 Nigerien soldiers.',
    expect: [['islamic-state-west-africa-province', 'ATTACKS', 'niger']],
  },
  {
    name: 'a co-mediator "along with" mediates too',
    text: 'Qatar helped broker a ceasefire between Iran and Israel along with the United States.',
    expect: [
      ['qatar', 'MEDIATES', 'iran'],
      ['united-states', 'MEDIATES', 'iran'],
    ],
  },
  {
    name: 'private people of a state are not the state accused',
    text: 'The United States accused Dominican arms traffickers of smuggling weapons to the Gran Grif gang.',
    expect: [],
    forbid: [['united-states', 'ACCUSES', 'dominican-republic']],
  },
];

describeTripleCases('support and attacks of short briefs', CASES);
