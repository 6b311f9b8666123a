import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Phrasings found by writing briefs on attacks, support, criticism, mediation, threats and less
 * covered regions: the tempting wrong readings first (one member of an alliance, a warning of a past
 * effect, borders that meet, a help whose helped one acts), then the relations such briefs state.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'one member of an alliance is not the alliance',
    text: 'Poland shot down Russian drones, the first time a NATO member has fired on Russian military assets.',
    expect: [['poland', 'ATTACKS', 'russia']],
    forbid: [['nato', 'ATTACKS', 'russia']],
  },
  {
    name: 'a warning of an effect already past threatens no one',
    text: 'Poland shot down Russian drones that violated its airspace. Tusk warned that the incursion had brought Europe closer to open conflict than at any time since World War Two.',
    expect: [],
    forbid: [['donald-tusk', 'THREATENS', 'russia'], ['poland', 'THREATENS', 'russia']],
  },
  {
    name: 'an incursion judged is the crossing told before, not the latest strike',
    text: 'Poland shot down Russian drones that violated its airspace. Ursula von der Leyen called the incursion "reckless".',
    expect: [['ursula-von-der-leyen', 'CRITICIZES', 'russia']],
    forbid: [['ursula-von-der-leyen', 'CRITICIZES', 'poland']],
  },
  {
    name: 'the one threatened in a condemned act is no target of the condemnation',
    text: 'France and Britain condemned what they called threats against the IAEA director general.',
    expect: [],
    forbid: [['france', 'CRITICIZES', 'international-atomic-energy-agency']],
  },
  {
    name: 'the attackers modifying a strike are not what "the country" on its object points back to',
    text: "Parliament passed the bill in the wake of U.S. and Israeli strikes on the country's nuclear sites last month.",
    expect: [],
    forbid: [['israel', 'ATTACKS', 'united-states']],
  },
  {
    name: 'duties under a deal are no agreement among those who invoke it',
    text: 'Britain and France accused Iran of "non-performance" of its commitments under the nuclear deal.',
    expect: [
      ['united-kingdom', 'ACCUSES', 'iran'],
      ['france', 'ACCUSES', 'iran'],
    ],
    forbid: [['united-kingdom', 'AGREES_WITH', 'france']],
  },
  {
    name: 'borders that meet are no meeting',
    text: 'The assault took place in the border triangle where Sudan, Libya and Egypt meet.',
    expect: [],
    forbid: [['sudan', 'MEETS_WITH', 'libya']],
  },
  {
    name: 'the one helped does the act the bare infinitive names',
    text: "Sudan's army has acquired Turkish Bayraktar TB2s that helped it retake Khartoum.",
    expect: [],
    forbid: [['turkey', 'ATTACKS', 'sudan']],
  },
  {
    name: 'a participle of backing set off after a noun of forces backs the forces\' owner',
    text: 'Ukrainian troops have been rationing shells for months as Russian forces, bolstered by North Korean ammunition, ground forward in the Donetsk region.',
    expect: [['north-korea', 'SUPPORTS', 'russia']],
    forbid: [['north-korea', 'SUPPORTS', 'ukraine']],
  },
  {
    name: 'a pluperfect verb after "and" goes on with the reported clause, not the speaker',
    text: 'Spokesman Amadou Abdramane said the Americans had been condescending and had accused Niamey of negotiating with Iran.',
    expect: [['united-states', 'ACCUSES', 'niger']],
    forbid: [['amadou-abdramane', 'ACCUSES', 'niger']],
  },
];

describeTripleCases('recall: briefs (4)', CASES);
