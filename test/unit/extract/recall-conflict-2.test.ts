import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Conflict relations in wire copy, second set: attacks announced with a verb of threat, threats
 * named as nouns, and attacks an accuser says were made on its own side. Each case names the
 * triples it must yield and the tempting ones it must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'strikes a state threatens are a threat, not an attack',
    text: 'North Korea threatened strikes on South Korea if the joint drills went ahead.',
    expect: [['north-korea', 'THREATENS', 'south-korea']],
    forbid: [['north-korea', 'ATTACKS', 'south-korea']],
  },
  {
    name: 'attacks vowed by a group are a threat to the side named',
    text: 'The Houthis vowed fresh attacks on Israel after the strikes on Sanaa.',
    expect: [['houthis', 'THREATENS', 'israel']],
    forbid: [['houthis', 'ATTACKS', 'israel']],
  },
  {
    name: 'attacks launched are still attacks',
    text: 'Russia launched fresh strikes on Ukraine overnight, officials said.',
    expect: [['russia', 'ATTACKS', 'ukraine']],
    forbid: [['russia', 'THREATENS', 'ukraine']],
  },
  {
    name: 'a threat noun with an infinitive: the side the threatened act is against',
    text: "Russia's threat to use nuclear weapons against Ukraine drew condemnation across Europe.",
    expect: [['russia', 'THREATENS', 'ukraine']],
    forbid: [],
  },
  {
    name: 'an act in response to threats: the actor answering was threatened',
    text: 'Iran said it would close the Strait of Hormuz in response to U.S. threats.',
    expect: [['united-states', 'THREATENS', 'iran']],
    forbid: [['iran', 'THREATENS', 'united-states']],
  },
  {
    name: 'despite threats from a state: the subject defied them',
    text: 'Taiwan went ahead with its annual drills despite threats from China.',
    expect: [['china', 'THREATENS', 'taiwan']],
    forbid: [['taiwan', 'THREATENS', 'china']],
  },
  {
    name: 'blamed for the attack with no other side named: the accuser was attacked',
    text: 'ISLAMABAD (AP) - A suicide bomber killed nine soldiers in North Waziristan on Tuesday. The military blamed the TTP for the attack.',
    expect: [['tehrik-i-taliban-pakistan', 'ATTACKS', 'pakistan']],
    forbid: [],
  },
  {
    name: 'blamed for the attack told about another state: no attack on the accuser',
    text: "Saudi Arabia's oil facilities at Abqaiq were hit by drones on Saturday. The United States blamed Iran for the attack.",
    expect: [],
    forbid: [['iran', 'ATTACKS', 'united-states']],
  },
  {
    name: 'an international body that blames a group was not attacked',
    text: 'The United Nations blamed the RSF for the attack.',
    expect: [],
    forbid: [['rapid-support-forces', 'ATTACKS', 'united-nations']],
  },
  {
    name: 'accused of shelling or opening fire on its positions: the accuser was attacked',
    text: 'Azerbaijan accused Armenia of opening fire on its positions along the border, a charge Yerevan denied. Separately, Pakistan accused India of shelling its border posts in Kashmir.',
    expect: [
      ['armenia', 'ATTACKS', 'azerbaijan'],
      ['india', 'ATTACKS', 'pakistan'],
    ],
    forbid: [
      ['azerbaijan', 'ATTACKS', 'armenia'],
      ['pakistan', 'ATTACKS', 'india'],
    ],
  },
  {
    name: 'accused of shelling their own villages: no attack on the accuser',
    text: 'Azerbaijan accused Armenia of shelling their own villages to stage a provocation.',
    expect: [],
    forbid: [['armenia', 'ATTACKS', 'azerbaijan']],
  },
  {
    name: 'a manner phrase between the verb of condemning and its object',
    text: 'Qatar condemned in the strongest terms the Israeli strike on Doha, the foreign ministry said.',
    expect: [
      ['qatar', 'CRITICIZES', 'israel'],
      ['israel', 'ATTACKS', 'qatar'],
    ],
    forbid: [['israel', 'CRITICIZES', 'qatar']],
  },
  {
    name: 'a comma and a new clause subject end the list of objects',
    text: 'Jordan condemned the Israeli raid on the mosque compound, and Iraq called for calm. Israel struck Hamas positions in Rafah, and Hezbollah fired rockets at the Galilee.',
    expect: [
      ['jordan', 'CRITICIZES', 'israel'],
      ['israel', 'ATTACKS', 'hamas'],
    ],
    forbid: [
      ['jordan', 'CRITICIZES', 'iraq'],
      ['israel', 'ATTACKS', 'hezbollah'],
    ],
  },
  {
    name: 'a list of objects with a serial comma stays a list',
    text: 'The European Union criticised Hungary, Slovakia, and Austria over the border closures.',
    expect: [
      ['european-union', 'CRITICIZES', 'hungary'],
      ['european-union', 'CRITICIZES', 'slovakia'],
      ['european-union', 'CRITICIZES', 'austria'],
    ],
    forbid: [],
  },
  {
    name: 'a threat answered after a clause with a gerund object: the answering side was threatened',
    text: 'Iran said it would close the strait in response to U.S. threats, raising fears of a wider confrontation. In response to Chinese threats, Taiwan raised its alert level.',
    expect: [
      ['united-states', 'THREATENS', 'iran'],
      ['china', 'THREATENS', 'taiwan'],
    ],
    forbid: [['taiwan', 'THREATENS', 'china']],
  },
  {
    name: 'a border named as a place does not stop the accuser from being the side attacked',
    text: 'ISLAMABAD (Reuters) - Militants stormed a checkpoint near the Afghan border, killing seven soldiers. The military blamed the TTP for the attack.',
    expect: [['tehrik-i-taliban-pakistan', 'ATTACKS', 'pakistan']],
    forbid: [['tehrik-i-taliban-pakistan', 'ATTACKS', 'afghanistan']],
  },
  {
    name: 'a quoted modifier between the light verb and the attack noun',
    text: 'Russia launched "massive" missile strikes on Ukraine overnight. The Houthis vowed "painful" attacks on Israel in response.',
    expect: [
      ['russia', 'ATTACKS', 'ukraine'],
      ['houthis', 'THREATENS', 'israel'],
    ],
    forbid: [['houthis', 'ATTACKS', 'israel']],
  },
  {
    name: 'accused of threatening its sovereignty: the accuser is threatened',
    text: 'Armenia accused Azerbaijan of threatening its territorial integrity, a charge Baku rejected.',
    expect: [['azerbaijan', 'THREATENS', 'armenia']],
    forbid: [['armenia', 'THREATENS', 'azerbaijan']],
  },
];

describeTripleCases('conflict relations in wire copy (second set)', CASES);
