import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * One sentence, two relations: talks that closed with an agreement, a condemned attack on the
 * critic's own land or people, and a demand coordinated after a condemnation of a side's act.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'talks closed by a relative clause with an agreement are an agreement too',
    text: 'CAIRO, Feb 9 (Reuters) - Ethiopia and Egypt held talks in Cairo on Monday that ended with an agreement to resume negotiations on the dam.',
    expect: [
      ['ethiopia', 'NEGOTIATES_WITH', 'egypt'],
      ['ethiopia', 'AGREES_WITH', 'egypt'],
      ['egypt', 'AGREES_WITH', 'ethiopia'],
    ],
  },
  {
    name: 'talks with one side that ended in a deal are an agreement with it',
    text: 'BRUSSELS, Aug 2 (AFP) - Serbia held talks with Kosovo in Brussels that ended in a deal on vehicle licence plates, the European Union said.',
    expect: [
      ['serbia', 'NEGOTIATES_WITH', 'kosovo'],
      ['serbia', 'AGREES_WITH', 'kosovo'],
    ],
  },
  {
    name: 'talks that ended without a deal, or that a third side hosted, are no agreement',
    text: 'Ethiopia and Egypt held talks in Cairo on Monday that ended without an agreement. Serbia and Kosovo held talks that the European Union hosted in Brussels.',
    expect: [['ethiopia', 'NEGOTIATES_WITH', 'egypt']],
    forbid: [
      ['ethiopia', 'AGREES_WITH', 'egypt'],
      ['serbia', 'AGREES_WITH', 'kosovo'],
    ],
  },
  {
    name: "a condemned strike on the critic's own territory or facilities is an attack on the critic",
    text: "ISLAMABAD, May 7 (Reuters) - Pakistan condemned India's missile strikes on its territory as an act of war. Iran condemned Israel's strikes on its nuclear facilities.",
    expect: [
      ['pakistan', 'CRITICIZES', 'india'],
      ['india', 'ATTACKS', 'pakistan'],
      ['iran', 'CRITICIZES', 'israel'],
      ['israel', 'ATTACKS', 'iran'],
    ],
  },
  {
    name: "a condemned strike on the critic's capital hits the critic; an airspace incursion does not",
    text: "DOHA, Sept 9 (Reuters) - Qatar condemned Israel's strikes on its capital as a flagrant violation of international law. Poland condemned the Russian drone incursion into its airspace.",
    expect: [
      ['qatar', 'CRITICIZES', 'israel'],
      ['israel', 'ATTACKS', 'qatar'],
      ['poland', 'CRITICIZES', 'russia'],
    ],
    forbid: [['russia', 'ATTACKS', 'poland']],
  },
  {
    name: "an accused side's own civilians are not the accuser's",
    text: 'Israel accused Hamas of using its own civilians as human shields. Somalia condemned the al-Shabaab attack on its civilians.',
    expect: [
      ['israel', 'ACCUSES', 'hamas'],
      ['al-shabaab', 'ATTACKS', 'somalia'],
    ],
    forbid: [['hamas', 'ATTACKS', 'israel']],
  },
  {
    name: "a demand coordinated after condemning a side's launch is the critic's",
    text: "TOKYO, Jan 14 (Kyodo) - Japan condemned North Korea's missile launch and urged Pyongyang to abide by U.N. Security Council resolutions.",
    expect: [
      ['japan', 'CRITICIZES', 'north-korea'],
      ['japan', 'DEMANDS', 'north-korea'],
    ],
    forbid: [['north-korea', 'DEMANDS', 'japan']],
  },
  {
    name: "the possessor of a condemned act does not make the demand addressed to a third side",
    text: "Japan condemned North Korea's missile launch and urged South Korea to step up coordination.",
    expect: [['japan', 'DEMANDS', 'south-korea']],
    forbid: [['north-korea', 'DEMANDS', 'south-korea']],
  },
  {
    name: 'a rejected or accepted demand was made of the side that answers it',
    text: "NIAMEY, Aug 6 (AFP) - Niger's junta rejected France's demand that it release ousted President Mohamed Bazoum. Iran rejected Britain's demand to free the tanker. Hamas accepted Israel's demand to release the bodies of four hostages.",
    expect: [
      ['france', 'DEMANDS', 'niger'],
      ['united-kingdom', 'DEMANDS', 'iran'],
      ['israel', 'DEMANDS', 'hamas'],
    ],
    forbid: [
      ['niger', 'DEMANDS', 'france'],
      ['iran', 'DEMANDS', 'united-kingdom'],
    ],
  },
  {
    name: 'a demand only rejected in prospect, or a claim of a demand that is denied, is no demand',
    text: 'Iran said it would reject any U.S. demand to halt enrichment. Russia rejected claims that it had made a demand for Ukraine to cede land.',
    expect: [],
    forbid: [
      ['united-states', 'DEMANDS', 'iran'],
      ['russia', 'DEMANDS', 'ukraine'],
    ],
  },
  {
    name: 'a speech act in a participle after a denial is made, not denied',
    text: 'KABUL, Oct 12 (AFP) - Pakistan accused Afghanistan of sheltering the TTP. Kabul rejected the charge, accusing Islamabad of violating the ceasefire. Israel rejected the proposal, demanding that Hamas disarm first.',
    expect: [
      ['afghan-taliban', 'DENIES', 'pakistan'],
      ['afghan-taliban', 'ACCUSES', 'pakistan'],
      ['israel', 'DEMANDS', 'hamas'],
    ],
  },
  {
    name: 'a denied speech act, or one after a plain negation, is still not made',
    text: 'Russia denied accusing Ukraine of the attack. Kyiv did not reject the plan, accusing nobody.',
    expect: [],
    forbid: [['russia', 'ACCUSES', 'ukraine']],
  },
  {
    name: 'a penalty threatened right after a demand or condemnation is a threat to the side addressed',
    text: 'JERUSALEM, Nov 3 (Reuters) - Israel demanded that Hezbollah withdraw from the border, threatening military action. The United States urged Iran to return to talks, threatening new sanctions. China condemned the Philippines\' actions and threatened countermeasures.',
    expect: [
      ['israel', 'DEMANDS', 'hezbollah'],
      ['israel', 'THREATENS', 'hezbollah'],
      ['united-states', 'THREATENS', 'iran'],
      ['china', 'THREATENS', 'philippines'],
    ],
  },
  {
    name: 'a threat with no side addressed before it, or addressed to two sides, has no target',
    text: 'Israel threatened military action. The United Nations urged Israel and Hamas to agree a truce, and Egypt threatened countermeasures.',
    expect: [],
    forbid: [
      ['israel', 'THREATENS', 'hamas'],
      ['egypt', 'THREATENS', 'israel'],
      ['egypt', 'THREATENS', 'hamas'],
    ],
  },
  {
    name: 'an act that threatens a truce or stability threatens no side; force threatened does',
    text: 'The RSF accused the Sudanese army of shelling markets in El Obeid, threatening the fragile truce. Israel accused Hezbollah of firing rockets, threatening a wider offensive.',
    expect: [
      ['rapid-support-forces', 'ACCUSES', 'sudanese-armed-forces'],
      ['israel', 'THREATENS', 'hezbollah'],
    ],
    forbid: [
      ['rapid-support-forces', 'THREATENS', 'sudanese-armed-forces'],
      ['rapid-support-forces', 'THREATENS', 'sudan'],
    ],
  },
];

describeTripleCases('two relations in one sentence (2)', CASES);
