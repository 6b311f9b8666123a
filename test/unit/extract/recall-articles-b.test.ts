import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Conflict relations as whole wire articles state them: the side a promised response defends,
 * verbs of a relative clause joined by "and", and promised strikes with their conditions. Each
 * case names the triples it must yield and the tempting ones it must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'the object of an attack noun in a promised response is the side defended, not threatened',
    text: 'TRIPOLI, March 4 (AFP) - "What happened last night is a blatant violation of the ceasefire," Prime Minister Abdulhamid Dbeibah said in a televised address. "We will respond firmly to any attack on Tripoli," he said.',
    expect: [],
    forbid: [['abdul-hamid-dbeibah', 'THREATENS', 'libya']],
  },
  {
    name: 'a promised response to strikes by a named side still threatens that side',
    text: 'KABUL (Reuters) - The Taliban said they would respond to any Pakistani strikes on Afghan territory.',
    expect: [['afghan-taliban', 'THREATENS', 'pakistan']],
    forbid: [['afghan-taliban', 'THREATENS', 'afghanistan']],
  },
  {
    name: 'the second verb of a relative clause joined by "and" has the antecedent as subject',
    text: 'CAIRO, March 4 (AFP) - Egypt, which borders eastern Libya and has backed Haftar in the past, called for an immediate halt to the fighting.',
    expect: [['egypt', 'SUPPORTS', 'khalifa-haftar']],
    forbid: [['libya', 'SUPPORTS', 'khalifa-haftar']],
  },
  {
    name: 'a mistagged first verb of a relative clause does not make its object the supporter',
    text: 'CAIRO (AFP) - Egypt, which hosts Sudanese refugees and has armed the Sudanese army, called for a truce.',
    expect: [['egypt', 'SUPPORTS', 'sudanese-armed-forces']],
    forbid: [['sudan', 'SUPPORTS', 'sudanese-armed-forces']],
  },
  {
    name: 'a warning that the own side will strike a capital threatens its state and the side in the condition',
    text: 'JERUSALEM (Reuters) - Defence Minister Israel Katz warned that Israel would strike Beirut if Hezbollah continued to fire at Israeli towns.',
    expect: [
      ['israel-katz', 'THREATENS', 'lebanon'],
      ['israel-katz', 'THREATENS', 'hezbollah'],
    ],
    forbid: [['israel-katz', 'THREATENS', 'israel']],
  },
  {
    name: 'a warning that the own side will strike a named state threatens it',
    text: 'JERUSALEM (Reuters) - Defence Minister Israel Katz warned that Israel would strike Lebanon if Hezbollah fired more rockets.',
    expect: [
      ['israel-katz', 'THREATENS', 'lebanon'],
      ['israel-katz', 'THREATENS', 'hezbollah'],
    ],
    forbid: [],
  },
  {
    name: 'a backer glued to one side of "fighting between" is not a party to the fighting',
    text: 'ISTANBUL, Jan 8 (Reuters) - Clashes between the SDF and Turkey-backed factions spread along the Euphrates. ADEN (Reuters) - Fighting between the Houthis and Saudi-backed government forces intensified near Marib.',
    expect: [],
    forbid: [
      ['syrian-democratic-forces', 'ATTACKS', 'turkey'],
      ['turkey', 'ATTACKS', 'syrian-democratic-forces'],
      ['houthis', 'ATTACKS', 'saudi-arabia'],
      ['saudi-arabia', 'ATTACKS', 'houthis'],
    ],
  },
  {
    name: 'a named side after its glued backer is the party; the backer supports it',
    text: 'KHARTOUM (Reuters) - The army and the UAE-backed RSF have been fighting since April 2023.',
    expect: [
      ['sudan', 'ATTACKS', 'rapid-support-forces'],
      ['rapid-support-forces', 'ATTACKS', 'sudan'],
      ['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces'],
    ],
    forbid: [
      ['sudan', 'ATTACKS', 'united-arab-emirates'],
      ['united-arab-emirates', 'ATTACKS', 'sudan'],
    ],
  },
  {
    name: 'sites used or operated by a side are that side hit',
    text: 'BEIRUT (Reuters) - Israeli jets struck weapons depots used by Hezbollah near Nabatieh. KYIV (Reuters) - Russian drones struck an airfield used by Ukraine\'s air force.',
    expect: [
      ['israel', 'ATTACKS', 'hezbollah'],
      ['russia', 'ATTACKS', 'ukraine'],
    ],
    forbid: [['israel', 'ATTACKS', 'lebanon']],
  },
  {
    name: 'an actor inside a comma aside after the subject is not the subject',
    text: 'DAMASCUS (Reuters) - The new authorities, who took power after the fall of Bashar al-Assad in December, have called on the SDF to hand over its weapons. ISLAMABAD (Reuters) - Pakistan, which is backed by China, accused India of sponsoring militants.',
    expect: [
      ['pakistan', 'ACCUSES', 'india'],
      ['china', 'SUPPORTS', 'pakistan'],
    ],
    forbid: [
      ['bashar-al-assad', 'DEMANDS', 'syrian-democratic-forces'],
      ['china', 'ACCUSES', 'india'],
    ],
  },
  {
    name: 'a backer of the noun of an appositive supports the name it describes',
    text: 'ISTANBUL (Reuters) - The Syrian National Army, an alliance of factions backed by Turkey, attacked SDF positions. KINSHASA (Reuters) - The M23, a rebel group backed by Rwanda, seized Goma.',
    expect: [
      ['turkey', 'SUPPORTS', 'syrian-national-army'],
      ['syrian-national-army', 'ATTACKS', 'syrian-democratic-forces'],
      ['rwanda', 'SUPPORTS', 'm23'],
    ],
    forbid: [
      ['turkey', 'ATTACKS', 'syrian-democratic-forces'],
      ['turkey', 'SUPPORTS', 'syrian-democratic-forces'],
    ],
  },
  {
    name: 'waging an insurgency against a state attacks it, also in a relative clause after a bracketed abbreviation',
    text: "ISTANBUL (Reuters) - Ankara regards the YPG as an extension of the Kurdistan Workers' Party (PKK), which has waged an insurgency against the Turkish state since 1984.",
    expect: [['kurdistan-workers-party', 'ATTACKS', 'turkey']],
    forbid: [['turkey', 'ATTACKS', 'kurdistan-workers-party']],
  },
  {
    name: 'an insurgency with no side named after "against" attacks nobody',
    text: 'MAPUTO (Reuters) - The insurgency in Cabo Delgado has displaced a million people. ABUJA (Reuters) - Nigeria has fought an Islamist insurgency for 15 years.',
    expect: [],
    forbid: [['nigeria', 'ATTACKS', 'mozambique']],
  },
  {
    name: "supplying a state's armed forces with weapons supports the state; supplying a region with gas does not",
    text: "KYIV (Reuters) - The United States supplied Ukraine's army with weapons. Russia supplied Ukraine's east with gas for years.",
    expect: [['united-states', 'SUPPORTS', 'ukraine']],
    forbid: [['russia', 'SUPPORTS', 'ukraine']],
  },
  {
    name: 'hosting refugees of a state is not meeting it; hosting its officials is a visit, not support',
    text: 'CAIRO (AFP) - Egypt hosted Sudanese officials on Monday. DOHA (Reuters) - Qatar hosts Hamas officials in Doha.',
    expect: [
      ['egypt', 'MEETS_WITH', 'sudan'],
      ['qatar', 'SUPPORTS', 'hamas'],
    ],
    forbid: [['egypt', 'SUPPORTS', 'sudan']],
  },
  {
    name: 'hosting the refugees of a state is neither meeting nor supporting it',
    text: 'CAIRO (AFP) - Egypt, which hosts Sudanese refugees, called for a truce.',
    expect: [],
    forbid: [
      ['egypt', 'MEETS_WITH', 'sudan'],
      ['egypt', 'SUPPORTS', 'sudan'],
    ],
  },
];

describeTripleCases('conflict relations in whole wire articles', CASES);
