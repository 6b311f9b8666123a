import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Mediation, offers of mediation and talks as wire copy words them: talks between a named party and
 * groups that are no actors, mediators named by a participle on the talks, offers of help to talks
 * and of a venue. Each case names the triples it must yield and the tempting ones it must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'an offer to broker talks between a government and the opposition names the government',
    text: "BOGOTA, Aug 2 (Reuters) - Colombia's President Gustavo Petro offered to broker talks between Venezuela's government and the opposition after the disputed vote.",
    expect: [['gustavo-petro', 'OFFERS_MEDIATION', 'venezuela']],
    forbid: [['gustavo-petro', 'MEDIATES', 'venezuela']],
  },
  {
    name: 'a mediator of an accord between a government and unnamed separatists mediates with the government',
    text: 'Algeria brokered the 2015 peace accord between the Malian government and northern separatist groups, but the junta tore it up last year.',
    expect: [['algeria', 'MEDIATES', 'mali']],
    forbid: [['algeria', 'OFFERS_MEDIATION', 'mali']],
  },
  {
    name: 'talks hosted by a third side between "the two sides" named a sentence before',
    text: 'Armenia and Azerbaijan have been negotiating a peace treaty since 2022. The two sides met in Abu Dhabi on Thursday in talks hosted by the United Arab Emirates, officials said.',
    expect: [
      ['united-arab-emirates', 'MEDIATES', 'armenia'],
      ['united-arab-emirates', 'MEDIATES', 'azerbaijan'],
      ['armenia', 'NEGOTIATES_WITH', 'azerbaijan'],
    ],
    forbid: [['armenia', 'MEDIATES', 'azerbaijan']],
  },
  {
    name: 'ready to support talks between two sides is an offer; a party speaker does not offer',
    text: "Britain said it stood ready to support talks between Georgia's government and the opposition. Lebanon's parliament speaker Nabih Berri offered to mediate between Hezbollah and the government over the disarmament plan.",
    expect: [['united-kingdom', 'OFFERS_MEDIATION', 'georgia']],
    forbid: [
      ['lebanon', 'OFFERS_MEDIATION', 'hezbollah'],
      ['united-kingdom', 'SUPPORTS', 'georgia'],
    ],
  },
  {
    name: 'a city offered as a venue for talks between two sides',
    text: 'Belarusian leader Alexander Lukashenko offered Minsk as a venue for talks between Russia and the United States.',
    expect: [
      ['alexander-lukashenko', 'OFFERS_MEDIATION', 'russia'],
      ['alexander-lukashenko', 'OFFERS_MEDIATION', 'united-states'],
    ],
    forbid: [['belarus', 'MEETS_WITH', 'russia']],
  },
  {
    name: 'ready to act as guarantor of an agreement between two sides',
    text: "Turkey's foreign minister Hakan Fidan said Ankara was ready to act as a guarantor of any agreement between Hamas and Israel.",
    expect: [
      ['turkey', 'OFFERS_MEDIATION', 'hamas'],
      ['turkey', 'OFFERS_MEDIATION', 'israel'],
    ],
    forbid: [['hamas', 'AGREES_WITH', 'israel']],
  },
  {
    name: 'talks resumed with a third side\'s help: the helper mediates, it is no party',
    text: 'MANILA, Feb 3 (AP) - The Philippine government and the Moro Islamic Liberation Front resumed talks with Malaysia\'s help.',
    expect: [
      ['malaysia', 'MEDIATES', 'philippines'],
      ['malaysia', 'MEDIATES', 'moro-islamic-liberation-front'],
      ['philippines', 'NEGOTIATES_WITH', 'moro-islamic-liberation-front'],
    ],
    forbid: [['malaysia', 'NEGOTIATES_WITH', 'philippines']],
  },
  {
    name: 'a meeting at the invitation of a host; talks held through intermediaries named by a demonym',
    text: 'Delegations from Ethiopia and Eritrea met in Jeddah on Sunday at the invitation of Saudi Arabia. Talks in Muscat between Iranian Foreign Minister Abbas Araghchi and U.S. envoy Steve Witkoff were held through Omani intermediaries.',
    expect: [
      ['saudi-arabia', 'MEDIATES', 'ethiopia'],
      ['saudi-arabia', 'MEDIATES', 'eritrea'],
      ['oman', 'MEDIATES', 'abbas-araghchi'],
      ['oman', 'MEDIATES', 'steve-witkoff'],
    ],
    forbid: [['saudi-arabia', 'MEETS_WITH', 'ethiopia']],
  },
  {
    name: 'talks led or co-chaired by a third side; a force led by a general is no mediation',
    text: 'Ethiopia\'s government and Tigrayan forces signed a truce in Pretoria on Wednesday after talks led by the African Union. Talks between Georgia and Russia, co-chaired by the United Nations, resumed in Geneva. The army, led by General Tiani, seized power in Niger.',
    expect: [
      ['african-union', 'MEDIATES', 'ethiopia'],
      ['african-union', 'MEDIATES', 'tigray-peoples-liberation-front'],
      ['united-nations', 'MEDIATES', 'georgia'],
      ['united-nations', 'MEDIATES', 'russia'],
    ],
    forbid: [['african-union', 'NEGOTIATES_WITH', 'ethiopia']],
  },
  {
    name: 'a dialogue held by two sides, and a round of talks mediated by a glued mediator',
    text: 'China and Japan held their first high-level economic dialogue in six years in Beijing. Israel and Syria held a round of U.S.-mediated talks in Paris on Thursday.',
    expect: [
      ['china', 'NEGOTIATES_WITH', 'japan'],
      ['israel', 'NEGOTIATES_WITH', 'syria'],
      ['united-states', 'MEDIATES', 'israel'],
      ['united-states', 'MEDIATES', 'syria'],
    ],
    forbid: [
      ['united-states', 'NEGOTIATES_WITH', 'israel'],
      ['israel', 'MEDIATES', 'syria'],
    ],
  },
  {
    name: 'a ceasefire negotiated by third sides is mediated by them; they do not negotiate with each other',
    text: 'BEIRUT, Nov 27 (AFP) - The ceasefire between Israel and Hezbollah was negotiated by the United States and France.',
    expect: [
      ['united-states', 'MEDIATES', 'israel'],
      ['united-states', 'MEDIATES', 'hezbollah'],
      ['france', 'MEDIATES', 'hezbollah'],
    ],
    forbid: [
      ['united-states', 'NEGOTIATES_WITH', 'france'],
      ['israel', 'NEGOTIATES_WITH', 'hezbollah'],
    ],
  },
  {
    name: '"Mediators X, Y and Z" mediate the pair of the sentence before; a host welcoming both delegations mediates',
    text: 'Israel and Hamas agreed on the first phase of a plan to end the war in Gaza, officials said on Thursday. Mediators Egypt, Qatar and Turkey said they would monitor the deal. Separately, Azerbaijan and Armenia began a new round of talks on Monday. Kazakhstan\'s foreign minister welcomed the two delegations in Almaty.',
    expect: [
      ['egypt', 'MEDIATES', 'israel'],
      ['turkey', 'MEDIATES', 'hamas'],
      ['kazakhstan', 'MEDIATES', 'armenia'],
      ['kazakhstan', 'MEDIATES', 'azerbaijan'],
    ],
    forbid: [
      ['egypt', 'MEDIATES', 'qatar'],
      ['kazakhstan', 'MEETS_WITH', 'armenia'],
    ],
  },
  {
    name: 'a hyphenated pair names the parties of mediated talks and of a war; the first of the pair is no guest',
    text: 'MUSCAT, April 13 (Reuters) - Oman, which mediated the U.S.-Iran talks, said the next round would be held in Rome. Qatar has been a key mediator in the Israel-Hamas war. Russia-Ukraine talks resumed in Istanbul on Monday.',
    expect: [
      ['oman', 'MEDIATES', 'united-states'],
      ['oman', 'MEDIATES', 'iran'],
      ['qatar', 'MEDIATES', 'israel'],
      ['qatar', 'MEDIATES', 'hamas'],
      ['russia', 'NEGOTIATES_WITH', 'ukraine'],
    ],
    forbid: [
      ['united-states', 'NEGOTIATES_WITH', 'oman'],
      ['israel', 'MEDIATES', 'hamas'],
    ],
  },
  {
    name: 'who led, organised, oversaw or arranged the talks of others mediates them; a party leading its own talks does not',
    text: 'Israel and Hamas are far apart. Qatar organised talks in Doha last week. The negotiations between Armenia and Azerbaijan were arranged by the United States. Rwanda and Congo signed a peace deal. U.S. Secretary of State Marco Rubio, who oversaw the talks, called it historic. Separately, Hamas led the talks with Egypt.',
    expect: [
      ['qatar', 'MEDIATES', 'israel'],
      ['qatar', 'MEDIATES', 'hamas'],
      ['united-states', 'MEDIATES', 'armenia'],
      ['united-states', 'MEDIATES', 'azerbaijan'],
      ['marco-rubio', 'MEDIATES', 'rwanda'],
    ],
    forbid: [
      ['hamas', 'MEDIATES', 'egypt'],
      ['qatar', 'NEGOTIATES_WITH', 'israel'],
    ],
  },
  {
    name: 'mediators holding talks with both sides mediate between them rather than negotiate with them',
    text: 'Qatari mediators have held talks with both Hamas and Israeli officials in recent days, a diplomat said.',
    expect: [
      ['qatar', 'MEDIATES', 'hamas'],
      ['qatar', 'MEDIATES', 'israel'],
    ],
    forbid: [
      ['qatar', 'NEGOTIATES_WITH', 'hamas'],
      ['hamas', 'NEGOTIATES_WITH', 'israel'],
    ],
  },
  {
    name: 'the negotiators of two sides who did something together negotiated; negotiators who will meet have not yet',
    text: "LONDON, May 19 (Reuters) - British and EU negotiators reached a deal on fishing rights after all-night talks. Negotiators for South Korea and the United States wrapped up talks on defence cost-sharing. Ukrainian and Russian negotiators will meet in Istanbul on Wednesday.",
    expect: [
      ['united-kingdom', 'NEGOTIATES_WITH', 'european-union'],
      ['south-korea', 'NEGOTIATES_WITH', 'united-states'],
    ],
    forbid: [['ukraine', 'NEGOTIATES_WITH', 'russia']],
  },
  {
    name: 'an offer named by its own agent: whoever turns it down does not offer',
    text: "Sudan's army chief Abdel Fattah al-Burhan turned down a Turkish offer to mediate between Sudan and the United Arab Emirates. Thailand and Cambodia clashed again. Malaysia made an offer to mediate.",
    expect: [
      ['turkey', 'OFFERS_MEDIATION', 'sudan'],
      ['turkey', 'OFFERS_MEDIATION', 'united-arab-emirates'],
      ['malaysia', 'OFFERS_MEDIATION', 'thailand'],
    ],
    forbid: [
      ['abdel-fattah-al-burhan', 'OFFERS_MEDIATION', 'sudan'],
      ['abdel-fattah-al-burhan', 'OFFERS_MEDIATION', 'united-arab-emirates'],
    ],
  },
  {
    name: 'a trip for a meeting, a delegation led for talks',
    text: "Witkoff flew to St Petersburg for a meeting with Putin, his third visit to Russia this year. Hamas's political chief Khalil al-Hayya led a delegation to Cairo for talks with Egyptian intelligence officials on Sunday.",
    expect: [
      ['steve-witkoff', 'MEETS_WITH', 'vladimir-putin'],
      ['hamas', 'NEGOTIATES_WITH', 'egypt'],
    ],
    forbid: [['steve-witkoff', 'MEETS_WITH', 'russia']],
  },
  {
    name: 'an "it" that reports the speaker\'s readiness is the speaker, not a name in its relative clause; help offered is no talks yet',
    text: 'Thailand and Cambodia fought for five days. Malaysia, which chairs ASEAN, said it was ready to support further talks between the two neighbours. Macron said France was ready to help Lebanon and Israel negotiate a demarcation of their land border.',
    expect: [
      ['malaysia', 'OFFERS_MEDIATION', 'thailand'],
      ['malaysia', 'OFFERS_MEDIATION', 'cambodia'],
      ['france', 'OFFERS_MEDIATION', 'lebanon'],
      ['france', 'OFFERS_MEDIATION', 'israel'],
    ],
    forbid: [
      ['asean', 'OFFERS_MEDIATION', 'thailand'],
      ['lebanon', 'NEGOTIATES_WITH', 'israel'],
    ],
  },
  {
    name: 'a delegation received stands for its side; an apposition after a welcomed guest names no second guest',
    text: "CAIRO, May 4 (Reuters) - Sisi received a delegation from Hamas in Cairo on Sunday. In Pyongyang, Kim Jong Un welcomed Sergei Shoigu, Russia's security council secretary.",
    expect: [
      ['abdel-fattah-el-sisi', 'MEETS_WITH', 'hamas'],
      ['kim-jong-un', 'MEETS_WITH', 'sergei-shoigu'],
    ],
    forbid: [
      ['kim-jong-un', 'MEETS_WITH', 'russia'],
      ['abdel-fattah-el-sisi', 'SUPPORTS', 'hamas'],
    ],
  },
  {
    name: 'a key role played in talks between two sides is mediation; companions "together with" the mediator mediate too',
    text: 'ANKARA, July 22 (Reuters) - Turkey played a key role in the negotiations between Russia and Ukraine on grain exports. Qatar, together with Egypt and the United States, has mediated between Israel and Hamas.',
    expect: [
      ['turkey', 'MEDIATES', 'russia'],
      ['turkey', 'MEDIATES', 'ukraine'],
      ['russia', 'NEGOTIATES_WITH', 'ukraine'],
      ['qatar', 'MEDIATES', 'hamas'],
      ['egypt', 'MEDIATES', 'israel'],
      ['united-states', 'MEDIATES', 'hamas'],
    ],
    forbid: [
      ['turkey', 'NEGOTIATES_WITH', 'russia'],
      ['qatar', 'MEDIATES', 'egypt'],
    ],
  },
  {
    name: 'talks completed by two sides were held between them; talks one side only calls for were not',
    text: 'BAKU, March 13 (Reuters) - Armenia and Azerbaijan have completed negotiations on the text of a peace treaty, Baku said on Thursday. Georgia called for talks with Russia.',
    expect: [['armenia', 'NEGOTIATES_WITH', 'azerbaijan']],
    forbid: [['georgia', 'NEGOTIATES_WITH', 'russia']],
  },
];

describeTripleCases('mediation and talks in wire copy', CASES);
