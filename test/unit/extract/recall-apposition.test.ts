import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Wire-copy sentence shapes: an appositive noun phrase with a relative clause ("The M23, a rebel
 * group that Congo says is backed by Rwanda, seized ..."), lists of actors inside an aside, places
 * in a state that stand for the state attacked, "the country" as the object of its own clause,
 * causative verbs whose infinitive happened, and judgements said as phrases or in quotes. Each case
 * names the triples it must yield and the tempting ones it must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'a relative clause on an appositive noun phrase is about the name it stands beside',
    text: 'The M23, a Tutsi-led rebel group that Rwanda supports, seized Goma in January.',
    expect: [
      ['rwanda', 'SUPPORTS', 'm23'],
      ['m23', 'ATTACKS', 'democratic-republic-of-the-congo'],
    ],
    forbid: [['rwanda', 'ATTACKS', 'democratic-republic-of-the-congo']],
  },
  {
    name: 'a reported passive in the appositive relative, with a list of speakers inside the aside',
    text: 'The M23, a rebel group that Congo, the United States and United Nations experts say is backed by Rwanda, seized Goma.',
    expect: [
      ['rwanda', 'SUPPORTS', 'm23'],
      ['m23', 'ATTACKS', 'democratic-republic-of-the-congo'],
    ],
    forbid: [
      ['united-states', 'ATTACKS', 'democratic-republic-of-the-congo'],
      ['rwanda', 'ATTACKS', 'democratic-republic-of-the-congo'],
    ],
  },
  {
    name: 'an appositive without a relative clause adds nothing',
    text: 'Hezbollah, a group that has fought several wars, said on Sunday it would study the proposal.',
    expect: [],
    forbid: [['hezbollah', 'SUPPORTS', 'hezbollah']],
  },
  {
    name: 'a military base, a village or hideouts in a named state stand for the state attacked',
    text: 'Al-Shabaab militants stormed a military base in central Somalia. Russian forces captured two villages in eastern Ukraine. Pakistan launched airstrikes on militant hideouts in Afghanistan.',
    expect: [
      ['al-shabaab', 'ATTACKS', 'somalia'],
      ['russia', 'ATTACKS', 'ukraine'],
      ['pakistan', 'ATTACKS', 'afghanistan'],
    ],
  },
  {
    name: "the attacker's own positions in another state are not that state attacked",
    text: 'Hezbollah said Israel shelled its positions in Lebanon.',
    expect: [['israel', 'ATTACKS', 'hezbollah']],
    forbid: [['israel', 'ATTACKS', 'lebanon']],
  },
  {
    name: '"the country" as the object of a clause is never that clause\'s own subject',
    text: "Ukraine's air force said Russia launched 70 drones and two missiles at the country overnight.",
    expect: [['russia', 'ATTACKS', 'ukraine']],
    forbid: [['russia', 'ATTACKS', 'russia']],
  },
  {
    name: 'a causative verb makes its infinitive happen: "prompting the Taliban to retaliate with attacks"',
    text: 'The strikes prompted the Taliban to retaliate with attacks on Pakistani border posts.',
    expect: [['afghan-taliban', 'ATTACKS', 'pakistan']],
  },
  {
    name: 'an appeal to act is still only an appeal',
    text: 'Iran urged Hezbollah to attack Israeli positions.',
    expect: [],
    forbid: [['hezbollah', 'ATTACKS', 'israel']],
  },
  {
    name: 'a condemnation in quotation marks, "an act of war" and "a declaration of war" criticise',
    text: 'Saudi Arabia expressed its "strong condemnation" of Israel\'s attacks. Pakistan said India\'s decision to suspend the treaty was an act of war. Iran described the strikes by Israel as a "declaration of war".',
    expect: [
      ['saudi-arabia', 'CRITICIZES', 'israel'],
      ['pakistan', 'CRITICIZES', 'india'],
      ['iran', 'CRITICIZES', 'israel'],
    ],
  },
  {
    name: 'sanctions called illegal criticise the state that imposed them',
    text: 'Russia called the EU sanctions illegal.',
    expect: [['russia', 'CRITICIZES', 'european-union']],
  },
  {
    name: 'the mediators named in a dash aside mediate between the pair in talks',
    text: 'Israel and Hamas began indirect talks in Egypt on Monday. The mediators - Egypt, Qatar and the United States - said progress had been made.',
    expect: [
      ['egypt', 'MEDIATES', 'israel'],
      ['qatar', 'MEDIATES', 'hamas'],
      ['united-states', 'MEDIATES', 'israel'],
    ],
    forbid: [['egypt', 'MEDIATES', 'qatar']],
  },
  {
    name: 'a participle after a background clause of time goes with the main clause',
    text: 'The TTP has stepped up attacks on Pakistani security forces since the Taliban returned to power in Kabul in 2021, killing hundreds of Pakistani soldiers.',
    expect: [['tehrik-i-taliban-pakistan', 'ATTACKS', 'pakistan']],
    forbid: [['afghan-taliban', 'ATTACKS', 'pakistan']],
  },
  {
    name: 'a new clause after ", and" is outside the charge and the denial before it',
    text: 'India blamed Pakistan for the attack, a charge Islamabad denied, and two weeks later Indian missiles struck targets in Pakistan.',
    expect: [
      ['india', 'ACCUSES', 'pakistan'],
      ['pakistan', 'DENIES', 'india'],
      ['india', 'ATTACKS', 'pakistan'],
    ],
  },
  {
    name: 'a possessive of a common noun is no owner: "a children\'s hospital in Kyiv"',
    text: "Ukraine said Russian missiles struck a children's hospital in Kyiv.",
    expect: [['russia', 'ATTACKS', 'ukraine']],
  },
  {
    name: "a version, a narrative or a protest rejected is the rejected party's claim",
    text: "Hamas rejected Israel's version of events. Beijing dismissed Manila's protest. Iran rejected the U.S. narrative as lies.",
    expect: [
      ['hamas', 'DENIES', 'israel'],
      ['china', 'DENIES', 'philippines'],
      ['iran', 'DENIES', 'united-states'],
    ],
    forbid: [['united-states', 'ACCUSES', 'iran']],
  },
];

describeTripleCases('appositive relatives, places of a state, causatives and judgements', CASES);
