import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Phrasings met in short news briefs: "back" read as an adverb before an article, help from a third
 * side in brokering a truce, "both leaders" for a leader and a state named by its capital, and acts
 * called executions or bullying. Each case names the triples it must yield and the tempting ones it
 * must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: '"Egypt and Turkey back the army": the tagger\'s adverb is the verb, before an article too',
    text: 'Fighting between the Sudanese army and the RSF spread to Kordofan. Egypt and Turkey back the army.',
    expect: [
      ['egypt', 'SUPPORTS', 'sudanese-armed-forces'],
      ['turkey', 'SUPPORTS', 'sudanese-armed-forces'],
    ],
    forbid: [['egypt', 'SUPPORTS', 'rapid-support-forces']],
  },
  {
    name: '"fought back" is no backing',
    text: 'The Sudanese army fought back the RSF advance near El Obeid.',
    expect: [],
    forbid: [['sudanese-armed-forces', 'SUPPORTS', 'rapid-support-forces']],
  },
  {
    name: 'help from a third side in brokering or agreeing a truce is mediation, not support of the broker',
    text: 'Malaysia brokered the truce between Thailand and Cambodia with help from the United States.',
    expect: [
      ['malaysia', 'MEDIATES', 'thailand'],
      ['united-states', 'MEDIATES', 'cambodia'],
    ],
    forbid: [['united-states', 'SUPPORTS', 'malaysia']],
  },
  {
    name: 'help from a state in fighting is still support',
    text: 'The RSF advanced on El Fasher with help from the UAE.',
    expect: [['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces']],
  },
  {
    name: '"both leaders" after a leader and a state named by its capital are the two sides',
    text: "Kosovo's Prime Minister Albin Kurti accused Belgrade of stoking unrest. Serbian President Aleksandar Vucic dismissed the charge. The EU urged both leaders to implement previous agreements.",
    expect: [
      ['albin-kurti', 'ACCUSES', 'serbia'],
      ['european-union', 'DEMANDS', 'albin-kurti'],
      ['european-union', 'DEMANDS', 'serbia'],
    ],
  },
  {
    name: 'strikes called extrajudicial executions, a move called bullying',
    text: 'U.S. forces destroyed a boat near Venezuela. Maduro called the strikes extrajudicial executions. China called the U.S. move bullying.',
    expect: [
      ['nicolas-maduro', 'CRITICIZES', 'united-states'],
      ['china', 'CRITICIZES', 'united-states'],
    ],
  },
  {
    name: 'an agreement criticised is criticism of its parties, between the pair it names or the pair that signed it',
    text: 'Armenia and Azerbaijan signed a peace agreement on Friday. Russia criticised the agreement. Iran condemned the deal between Armenia and Azerbaijan.',
    expect: [
      ['russia', 'CRITICIZES', 'armenia'],
      ['russia', 'CRITICIZES', 'azerbaijan'],
      ['iran', 'CRITICIZES', 'armenia'],
    ],
  },
  {
    name: 'a party criticising its own agreement criticises neither side here',
    text: 'Israel and Hamas agreed to a truce on Monday. Hamas criticised the agreement as too narrow.',
    expect: [],
    forbid: [['hamas', 'CRITICIZES', 'israel']],
  },
  {
    name: "upholding a side's right to defend itself supports it; denying the right does not",
    text: 'Israel struck Hezbollah in Beirut. Washington said Israel had the right to defend itself. Germany backed Ukraine\'s right to self-defence. Hamas said Israel had no right to defend itself.',
    expect: [
      ['united-states', 'SUPPORTS', 'israel'],
      ['germany', 'SUPPORTS', 'ukraine'],
    ],
    forbid: [['hamas', 'SUPPORTS', 'israel']],
  },
  {
    name: 'an alleged downing past its particle: "accused Algeria of shooting down a Malian drone"',
    text: "Mali's junta accused Algeria of shooting down a Malian drone near the border.",
    expect: [
      ['mali', 'ACCUSES', 'algeria'],
      ['algeria', 'ATTACKS', 'mali'],
    ],
    forbid: [['mali', 'ATTACKS', 'algeria']],
  },
  {
    name: 'positions in a region of two named states: both states attacked, past modifiers and a compass word',
    text: 'Turkey launched drone strikes on Kurdish militant positions in northern Syria and Iraq on Thursday.',
    expect: [
      ['turkey', 'ATTACKS', 'syria'],
      ['turkey', 'ATTACKS', 'iraq'],
    ],
  },
  {
    name: "a third side's proposal accepted by one side of a pair in talks is mediation, not an agreement with it",
    text: "Sudan's army accepted a Saudi proposal for a humanitarian truce with the RSF. Israel and Hamas resumed talks. Hamas approved the proposal presented by Qatar and Egypt.",
    expect: [
      ['saudi-arabia', 'MEDIATES', 'sudanese-armed-forces'],
      ['saudi-arabia', 'MEDIATES', 'rapid-support-forces'],
      ['qatar', 'MEDIATES', 'hamas'],
      ['egypt', 'MEDIATES', 'israel'],
    ],
    forbid: [
      ['sudanese-armed-forces', 'AGREES_WITH', 'saudi-arabia'],
      ['hamas', 'AGREES_WITH', 'qatar'],
    ],
  },
  {
    name: "the other side's proposal accepted is an agreement between the two",
    text: "Israel and Hamas resumed talks on Monday. Israel accepted Hamas's proposal.",
    expect: [['israel', 'AGREES_WITH', 'hamas']],
    forbid: [['hamas', 'MEDIATES', 'israel']],
  },
];

describeTripleCases('phrasings of short news briefs', CASES);
