import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Support in wire copy: forces sent to a side, arms given to a capital, recognition, backing won,
 * and the constructions that must not read as support (a frontier, a fight against the host).
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'a force sent in support of an army supports its state',
    text: 'ADDIS ABABA (AFP) - Eritrea sent thousands of troops into Tigray in support of the Ethiopian federal army during the war, according to a United Nations report.',
    expect: [['eritrea', 'SUPPORTS', 'ethiopia']],
  },
  {
    name: 'a force sent at the request of a government supports the state it went to',
    text: 'MAPUTO (Reuters) - Rwanda deployed 1,000 soldiers and police to Mozambique\'s Cabo Delgado province in 2021 at the request of President Filipe Nyusi to fight an Islamist insurgency.',
    expect: [['rwanda', 'SUPPORTS', 'mozambique']],
  },
  {
    name: 'a force sent to help the unnamed junta supports the state it went to',
    text: 'BAMAKO (Reuters) - Russia has deployed about 2,000 fighters to Mali to help the ruling junta battle Islamist insurgents, diplomats said on Tuesday.',
    expect: [['russia', 'SUPPORTS', 'mali']],
  },
  {
    name: 'advisers sent to defend a government support it; the one fought is not helped',
    text: 'Turkey intervened in Libya\'s war in 2020, sending military advisers and drones to defend the Government of National Unity. Turkey has also sent drones to help the government fight al Shabaab.',
    expect: [['turkey', 'SUPPORTS', 'government-of-national-unity']],
    forbid: [['turkey', 'SUPPORTS', 'al-shabaab']],
  },
  {
    name: 'troops in a joint operation with an army support its state',
    text: 'Uganda sent troops into eastern Congo in 2021 in a joint operation with the Congolese army against the ADF rebels.',
    expect: [['uganda', 'SUPPORTS', 'democratic-republic-of-the-congo']],
  },
  {
    name: 'troops massed at a frontier, sent into a state to fight, or not sent, support nobody',
    text: 'Russia sent tens of thousands of troops to Ukraine\'s border before the invasion. Turkey sent troops into northern Syria to fight Kurdish militants. Sudan has not sent any troops to Yemen to support the Saudi-led coalition since 2019.',
    expect: [],
    forbid: [
      ['russia', 'SUPPORTS', 'ukraine'],
      ['turkey', 'SUPPORTS', 'syria'],
      ['sudan', 'SUPPORTS', 'yemen'],
      ['sudan', 'SUPPORTS', 'saudi-arabia'],
    ],
  },
  {
    name: 'a group named after its nationality is the named group, not the state',
    text: "TEHRAN (Reuters) - Iran's Supreme Leader Ali Khamenei voiced support for the Palestinian group Hamas on Wednesday. Kataib Hezbollah, an Iranian-backed Iraqi militia, claimed the attack.",
    expect: [
      ['ali-khamenei', 'SUPPORTS', 'hamas'],
      ['iran', 'SUPPORTS', 'kataib-hezbollah'],
    ],
    forbid: [
      ['ali-khamenei', 'SUPPORTS', 'palestine'],
      ['iran', 'SUPPORTS', 'iraq'],
    ],
  },
  {
    name: "a backed bid is the bid's owner's, not the one the bid is against",
    text: "South Africa's bid to take Israel to the International Court of Justice was backed by Turkey, Malaysia and Bolivia.",
    expect: [
      ['turkey', 'SUPPORTS', 'south-africa'],
      ['bolivia', 'SUPPORTS', 'south-africa'],
    ],
    forbid: [['turkey', 'SUPPORTS', 'israel']],
  },
  {
    name: 'accused by X of sheltering Y: the accused shelters Y, the accuser does not',
    text: 'Pakistan has long been accused by Afghanistan of sheltering Taliban leaders in Quetta.',
    expect: [
      ['afghanistan', 'ACCUSES', 'pakistan'],
      ['pakistan', 'SUPPORTS', 'afghan-taliban'],
    ],
    forbid: [['afghanistan', 'SUPPORTS', 'afghan-taliban']],
  },
];

describeTripleCases('support in wire copy', CASES);
