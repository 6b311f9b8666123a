import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Mediation named sentences after the parties: the mediator of "the talks", "the truce" or "the
 * deal" mediates between the latest pair in talks, when the text leaves one such pair in view; and
 * meetings said with other verbs than "meet": a discussion together, a hosted delegation.
 * Each case names the triples it must yield and the tempting ones it must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'two coordinated brokers of a truce broker it between the pair that agreed it',
    text: 'Russia and Ukraine agreed to a Black Sea grain deal on Friday. The United Nations and Turkey brokered the agreement, which was signed in Istanbul.',
    expect: [
      ['united-nations', 'MEDIATES', 'russia'],
      ['united-nations', 'MEDIATES', 'ukraine'],
      ['turkey', 'MEDIATES', 'russia'],
      ['turkey', 'MEDIATES', 'ukraine'],
    ],
    forbid: [
      ['united-nations', 'MEDIATES', 'turkey'],
      ['turkey', 'MEDIATES', 'united-nations'],
    ],
  },
  {
    name: 'brokers in a relative clause speak of the truce of the pair in talks, past a sentence about fighting',
    text: "Sudan's army and the Rapid Support Forces (RSF) agreed to a short truce on Saturday. Fighting continued in Khartoum. Saudi Arabia and the United States, which brokered the truce, said they would monitor compliance.",
    expect: [
      ['saudi-arabia', 'MEDIATES', 'sudanese-armed-forces'],
      ['saudi-arabia', 'MEDIATES', 'rapid-support-forces'],
      ['united-states', 'MEDIATES', 'rapid-support-forces'],
    ],
    forbid: [['saudi-arabia', 'MEDIATES', 'united-states']],
  },
  {
    name: 'the pair in talks, not a pair named since in a charge, is what a later broker mediated',
    text: 'Congo and the M23 agreed to a truce on Saturday. Kinshasa accused Rwanda of backing the M23. The truce was brokered by Qatar after weeks of talks in Doha.',
    expect: [
      ['qatar', 'MEDIATES', 'democratic-republic-of-the-congo'],
      ['qatar', 'MEDIATES', 'm23'],
    ],
    forbid: [['qatar', 'MEDIATES', 'rwanda']],
  },
  {
    name: 'coordinated brokers with no pair in talks in view mediate nobody',
    text: 'Israeli strikes killed 30 people in Gaza on Monday, health officials said. Egypt and Qatar brokered the truce that collapsed in March.',
    expect: [],
    forbid: [
      ['egypt', 'MEDIATES', 'israel'],
      ['qatar', 'MEDIATES', 'israel'],
      ['egypt', 'MEDIATES', 'qatar'],
    ],
  },
  {
    name: 'speakers who say they helped mediate the truce mediated it between the pair that agreed it',
    text: 'India and Pakistan agreed to a ceasefire on Saturday. Saudi Arabia and Iran said they had helped mediate the truce.',
    expect: [
      ['saudi-arabia', 'MEDIATES', 'india'],
      ['saudi-arabia', 'MEDIATES', 'pakistan'],
      ['iran', 'MEDIATES', 'india'],
      ['iran', 'MEDIATES', 'pakistan'],
    ],
    forbid: [['saudi-arabia', 'MEDIATES', 'iran']],
  },
  {
    name: 'a pair that restored ties is the pair of the deal a later sentence says was brokered',
    text: 'Kenya and Somalia restored diplomatic ties on Monday. Qatar brokered the deal, both governments said.',
    expect: [
      ['qatar', 'MEDIATES', 'kenya'],
      ['qatar', 'MEDIATES', 'somalia'],
    ],
  },
  {
    name: 'delegations sent by a pair are the talks later mediators broker a truce in',
    text: 'The Sudanese army and the RSF sent delegations to Jeddah. Saudi and U.S. mediators brokered a short truce between the two sides.',
    expect: [
      ['saudi-arabia', 'MEDIATES', 'sudanese-armed-forces'],
      ['united-states', 'MEDIATES', 'rapid-support-forces'],
    ],
  },
  {
    name: 'talks one side suspended with the other are the talks their guarantors chaired',
    text: "Colombia's government suspended talks with the ELN after a wave of attacks. Cuba and Norway, which chaired the talks between both parties, said they regretted the decision.",
    expect: [
      ['cuba', 'MEDIATES', 'colombia'],
      ['norway', 'MEDIATES', 'national-liberation-army'],
    ],
    forbid: [['cuba', 'SUPPORTS', 'national-liberation-army']],
  },
  {
    name: 'talks chaired by a third side, with their place between, were mediated by it',
    text: 'The Houthis and the Yemeni government agreed to swap prisoners. The deal was reached after talks in Geneva chaired by the ICRC.',
    expect: [
      ['international-committee-of-the-red-cross', 'MEDIATES', 'houthis'],
      ['international-committee-of-the-red-cross', 'MEDIATES', 'yemen'],
    ],
  },
  {
    name: '"has since brokered" keeps its subject',
    text: 'The M23 seized Goma in January. Qatar has since brokered talks between Kinshasa and the M23.',
    expect: [
      ['qatar', 'MEDIATES', 'democratic-republic-of-the-congo'],
      ['qatar', 'MEDIATES', 'm23'],
    ],
  },
  {
    name: 'a coreferent followed by a time is still the group named before',
    text: 'The Houthis fired a missile at Israel on Monday. Oman, which brokered a truce between the United States and the group in May, urged restraint.',
    expect: [
      ['oman', 'MEDIATES', 'united-states'],
      ['oman', 'MEDIATES', 'houthis'],
    ],
    forbid: [['oman', 'MEDIATES', 'israel']],
  },
  {
    name: 'one of the mediators in apposition mediates between the pair in talks',
    text: 'Israel and Hamas resumed talks on Monday. Egypt, one of the mediators, said progress had been made.',
    expect: [
      ['egypt', 'MEDIATES', 'israel'],
      ['egypt', 'MEDIATES', 'hamas'],
    ],
  },
  {
    name: 'two leaders who discussed something in a call met; a topic clause names no party',
    text: 'Putin and Xi discussed Ukraine in a video call on Tuesday. Analysts discussed whether Russia and Ukraine could agree.',
    expect: [['vladimir-putin', 'MEETS_WITH', 'xi-jinping']],
    forbid: [['russia', 'MEETS_WITH', 'ukraine']],
  },
  {
    name: 'one who discussed something with another met him; talks through mediators are no meeting',
    text: 'Erdogan discussed the war in Ukraine with Putin in a phone call on Friday. Israel and Hamas discussed a new ceasefire proposal through mediators.',
    expect: [['recep-tayyip-erdogan', 'MEETS_WITH', 'vladimir-putin']],
    forbid: [
      ['israel', 'MEETS_WITH', 'hamas'],
      ['recep-tayyip-erdogan', 'MEETS_WITH', 'ukraine'],
    ],
  },
  {
    name: 'a discussion denied or planned is no meeting',
    text: 'Zelenskiy has not discussed a ceasefire with Putin. Trump will discuss tariffs with Xi next month.',
    expect: [],
    forbid: [
      ['volodymyr-zelensky', 'MEETS_WITH', 'vladimir-putin'],
      ['donald-trump', 'MEETS_WITH', 'xi-jinping'],
    ],
  },
  {
    name: "a hosted delegation of an armed group is a visit; its leaders hosted for years are shelter",
    text: 'Kenyan President William Ruto hosted a delegation of the RSF in Nairobi on Tuesday. Turkey has hosted Hamas leaders for years.',
    expect: [
      ['william-ruto', 'MEETS_WITH', 'rapid-support-forces'],
      ['turkey', 'SUPPORTS', 'hamas'],
    ],
    forbid: [
      ['william-ruto', 'SUPPORTS', 'rapid-support-forces'],
      ['turkey', 'MEETS_WITH', 'hamas'],
    ],
  },
  {
    name: 'a host of talks whose parties come in the next sentence mediates between them',
    text: 'CAIRO (Reuters) - Egypt is hosting a new round of talks on a Gaza ceasefire, two security sources said on Monday. Israeli and Hamas delegations arrived in Cairo on Sunday night.',
    expect: [
      ['egypt', 'MEDIATES', 'israel'],
      ['egypt', 'MEDIATES', 'hamas'],
    ],
  },
  {
    name: 'a host of talks yet to come, or of a body\'s meeting, mediates for no later pair',
    text: 'Saudi Arabia will host the talks on Tuesday, the foreign ministry said. Russia and Ukraine agreed to exchange prisoners. Turkey hosted a meeting of NATO foreign ministers on Friday. Armenia and Azerbaijan agreed to open their border.',
    expect: [],
    forbid: [
      ['saudi-arabia', 'MEDIATES', 'russia'],
      ['turkey', 'MEDIATES', 'armenia'],
      ['turkey', 'MEDIATES', 'azerbaijan'],
    ],
  },
  {
    name: 'talks whose passive host is named before a clause about the two sides were hosted between them',
    text: 'Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha. The talks were hosted by Qatar and Turkey, and the two sides agreed to meet again in Istanbul.',
    expect: [
      ['qatar', 'MEDIATES', 'pakistan'],
      ['qatar', 'MEDIATES', 'afghanistan'],
      ['turkey', 'MEDIATES', 'pakistan'],
    ],
  },
  {
    name: 'a meeting discussed with someone is not a meeting with him',
    text: 'Zelenskiy met Erdogan in Ankara on Wednesday and discussed a possible meeting with Putin.',
    expect: [['volodymyr-zelensky', 'MEETS_WITH', 'recep-tayyip-erdogan']],
    forbid: [['volodymyr-zelensky', 'MEETS_WITH', 'vladimir-putin']],
  },
  {
    name: 'talks of two named people with each other are a meeting; indirect talks of two states are not',
    text: 'During talks with Putin in Moscow on Thursday, Witkoff presented a new peace plan. Indirect talks between Israel and Hamas resumed in Doha.',
    expect: [
      ['steve-witkoff', 'MEETS_WITH', 'vladimir-putin'],
      ['steve-witkoff', 'NEGOTIATES_WITH', 'vladimir-putin'],
    ],
    forbid: [['israel', 'MEETS_WITH', 'hamas']],
  },
  {
    name: 'one urged in a phone call was on the call; a call to come is no meeting',
    text: 'Trump urged Netanyahu in a phone call on Monday to end the war in Gaza. Macron will urge Putin in a call next week to agree to a truce.',
    expect: [
      ['donald-trump', 'MEETS_WITH', 'benjamin-netanyahu'],
      ['donald-trump', 'DEMANDS', 'benjamin-netanyahu'],
    ],
    forbid: [['emmanuel-macron', 'MEETS_WITH', 'vladimir-putin']],
  },
  {
    name: 'a visitor to a state met it, by a possessive, a light verb or an adjunct of the clause',
    text: "Putin's visit to Pyongyang was his first in 24 years. Sharaa paid an official visit to Moscow on Wednesday. During a visit to Kyiv on Friday, Merz pledged more air defence systems.",
    expect: [
      ['vladimir-putin', 'MEETS_WITH', 'north-korea'],
      ['ahmed-al-sharaa', 'MEETS_WITH', 'russia'],
      ['friedrich-merz', 'MEETS_WITH', 'ukraine'],
    ],
  },
  {
    name: 'a visit planned, cancelled or to come met nobody',
    text: 'Sharaa will pay a visit to Moscow next week. Trump cancelled his visit to Moscow. The planned visit to Beijing by Merz was postponed.',
    expect: [],
    forbid: [
      ['ahmed-al-sharaa', 'MEETS_WITH', 'russia'],
      ['donald-trump', 'MEETS_WITH', 'russia'],
      ['friedrich-merz', 'MEETS_WITH', 'china'],
    ],
  },
  {
    name: 'a broker of a deal with one named side mediated with that side',
    text: 'The Houthis said they would stop attacking U.S. ships. Oman brokered the deal with the group, its foreign minister said.',
    expect: [['oman', 'MEDIATES', 'houthis']],
    forbid: [['oman', 'AGREES_WITH', 'houthis']],
  },
  {
    name: 'a relative clause on a title in apposition, or on a state official, is the person\'s or the state\'s',
    text: "Israel and Hamas resumed talks. Witkoff, the U.S. envoy who brokered the deal, will travel to Doha. Egypt's intelligence chief, who has mediated the talks, met Hamas leaders on Sunday.",
    expect: [
      ['steve-witkoff', 'MEDIATES', 'israel'],
      ['steve-witkoff', 'MEDIATES', 'hamas'],
      ['egypt', 'MEDIATES', 'israel'],
      ['egypt', 'MEDIATES', 'hamas'],
    ],
  },
  {
    name: 'a truce brokered after another story\'s pair was named is that pair\'s, not the earlier talks\'',
    text: 'Israel and Hamas resumed talks in Doha on Monday. Separately, Thai and Cambodian troops clashed on the border, and Thailand accused Cambodia of firing rockets. Malaysia brokered a ceasefire on Tuesday.',
    expect: [
      ['malaysia', 'MEDIATES', 'thailand'],
      ['malaysia', 'MEDIATES', 'cambodia'],
    ],
    forbid: [
      ['malaysia', 'MEDIATES', 'israel'],
      ['malaysia', 'MEDIATES', 'hamas'],
    ],
  },
  {
    name: 'a visit named with its visitor after "by" is that visitor\'s, not the clause subject\'s',
    text: 'Russian missiles struck Kyiv during a visit to Ukraine by Indian Prime Minister Narendra Modi.',
    expect: [['narendra-modi', 'MEETS_WITH', 'ukraine']],
    forbid: [['russia', 'MEETS_WITH', 'ukraine']],
  },
  {
    name: 'a mediator alongside others: all mediate between the pair in talks',
    text: 'Israel and Hamas resumed talks on Monday. Qatar is mediating alongside Egypt and the United States.',
    expect: [
      ['qatar', 'MEDIATES', 'israel'],
      ['egypt', 'MEDIATES', 'hamas'],
      ['united-states', 'MEDIATES', 'israel'],
    ],
    forbid: [['qatar', 'MEDIATES', 'egypt']],
  },
  {
    name: "a state's official in apposition to 'the chief mediator' makes the state a mediator",
    text: "Israel and Hamas resumed talks on Monday. Qatar's prime minister, the chief mediator, flew to Cairo.",
    expect: [
      ['qatar', 'MEDIATES', 'israel'],
      ['qatar', 'MEDIATES', 'hamas'],
    ],
  },
];

describeTripleCases('mediation named after the parties, and meetings said otherwise', CASES);
