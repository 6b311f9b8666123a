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
  {
    name: 'an act demanded is not done',
    text: 'Rwanda demanded that Congo neutralise the FDLR.',
    expect: [['rwanda', 'DEMANDS', 'democratic-republic-of-the-congo']],
    forbid: [['democratic-republic-of-the-congo', 'ATTACKS', 'fdlr']],
  },
  {
    name: 'weapons received, alleged, are support from the state that made them, no meeting',
    text: 'Israel accused the Houthis of receiving Iranian weapons.',
    expect: [['iran', 'SUPPORTS', 'houthis']],
    forbid: [['houthis', 'MEETS_WITH', 'iran']],
  },
  {
    name: 'drones launched at the cities of a state, alleged, attack it',
    text: 'Kyiv accused Russia of launching drones at Ukrainian cities.',
    expect: [
      ['ukraine', 'ACCUSES', 'russia'],
      ['russia', 'ATTACKS', 'ukraine'],
    ],
  },
  {
    name: '"in turn" between the subject and the verb',
    text: 'Rwanda in turn accused Congo of backing the FDLR.',
    expect: [['rwanda', 'ACCUSES', 'democratic-republic-of-the-congo']],
  },
  {
    name: 'a denial of a clause without "that" answers the accuser',
    text: 'Aliyev accused Armenia of violating the ceasefire. Yerevan denied its troops had opened fire.',
    expect: [['armenia', 'DENIES', 'azerbaijan']],
  },
  {
    name: 'guarantors of talks under way mediate them; guarantors of a deal signed do not',
    text: "Colombia's government and the ELN resumed peace talks, with Venezuela, Cuba and Norway acting as guarantors. Israel and Hamas signed the deal, with Egypt acting as guarantor.",
    expect: [
      ['norway', 'MEDIATES', 'colombia'],
      ['cuba', 'MEDIATES', 'national-liberation-army'],
    ],
    forbid: [['egypt', 'MEDIATES', 'israel']],
  },
  {
    name: 'a commitment to defending a state, standing by an ally named by its capital, a backer of a new government',
    text: 'The United States said its commitment to defending South Korea was ironclad. Washington stood by its Manila ally. Turkey, the main foreign backer of the new government in Damascus, condemned the Israeli strikes.',
    expect: [
      ['united-states', 'SUPPORTS', 'south-korea'],
      ['united-states', 'SUPPORTS', 'philippines'],
      ['turkey', 'SUPPORTS', 'syria'],
      ['turkey', 'CRITICIZES', 'israel'],
    ],
  },
  {
    name: 'soldiers placed in a state and fighting a group are not that state fighting',
    text: 'Ethiopia has thousands of soldiers in Somalia fighting al Shabaab.',
    expect: [],
    forbid: [
      ['somalia', 'ATTACKS', 'al-shabaab'],
      ['al-shabaab', 'ATTACKS', 'somalia'],
    ],
  },
  {
    name: 'forces loyal to a titled leader clash with another force',
    text: 'Clashes erupted between forces loyal to Prime Minister Abdul Hamid Dbeibah and the Radaa Special Deterrence Force.',
    expect: [['abdul-hamid-dbeibah', 'ATTACKS', 'radaa-special-deterrence-force']],
  },
  {
    name: 'a decision criticised by a side, in apposition to the act of the main clause',
    text: 'The European Union has funded the Rwandan deployment, a decision criticised by Congo.',
    expect: [
      ['european-union', 'SUPPORTS', 'rwanda'],
      ['democratic-republic-of-the-congo', 'CRITICIZES', 'european-union'],
    ],
  },
  {
    name: '"the Maoists" are the Communist Party of India (Maoist); alleged shelling of the accuser\'s villages',
    text: 'The Maoists attacked Indian security forces. Armenia accused Azerbaijan of shelling its villages.',
    expect: [
      ['communist-party-of-india-maoist', 'ATTACKS', 'india'],
      ['azerbaijan', 'ATTACKS', 'armenia'],
    ],
  },
  {
    name: 'support shown, and thanks for supplying arms',
    text: 'Mali and Burkina Faso showed their support for Niger. Zelensky thanked Germany for supplying air defence systems.',
    expect: [
      ['mali', 'SUPPORTS', 'niger'],
      ['burkina-faso', 'SUPPORTS', 'niger'],
      ['germany', 'SUPPORTS', 'volodymyr-zelensky'],
    ],
  },
  {
    name: 'standing "firmly" with a state supports it',
    text: 'The United States stood firmly with Guyana.',
    expect: [['united-states', 'SUPPORTS', 'guyana']],
  },
];

describeTripleCases('support and attacks of short briefs', CASES);
