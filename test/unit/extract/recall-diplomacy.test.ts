import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Diplomacy in wire copy: mediators named by their role or by coordinated modifiers, meetings
 * that were called off, agreements announced in the passive, pairs named in an earlier sentence.
 * Each case names the triples it must yield and the tempting ones it must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'a demonym coordinated with a name modifies the mediators',
    text: "The Sudanese army and the RSF agreed on Saturday to a seven-day truce, Saudi and U.S. mediators said in a joint statement.",
    expect: [
      ['saudi-arabia', 'MEDIATES', 'sudanese-armed-forces'],
      ['saudi-arabia', 'MEDIATES', 'rapid-support-forces'],
      ['united-states', 'MEDIATES', 'rapid-support-forces'],
      ['sudanese-armed-forces', 'AGREES_WITH', 'rapid-support-forces'],
    ],
    forbid: [['saudi-arabia', 'MEDIATES', 'united-states']],
  },
  {
    name: 'a mediator who met the delegations of both parties mediates between them',
    text: 'DOHA, Jan 12 (Reuters) - Qatari mediator Mohammed al-Khulaifi met the Israeli and Hamas delegations separately on Sunday, two officials briefed on the talks said.',
    expect: [
      ['mohammed-al-khulaifi', 'MEDIATES', 'israel'],
      ['mohammed-al-khulaifi', 'MEDIATES', 'hamas'],
      ['mohammed-al-khulaifi', 'MEETS_WITH', 'hamas'],
    ],
    forbid: [
      ['israel', 'MEETS_WITH', 'hamas'],
      ['israel', 'MEDIATES', 'hamas'],
    ],
  },
  {
    name: 'mediators meeting both delegations of talks named before',
    text: "JUBA (AFP) - South Sudan's government and the SPLM-IO opened a new round of talks in Nairobi on Thursday. Kenyan mediators met both delegations separately on Friday, a spokesman said.",
    expect: [
      ['kenya', 'MEDIATES', 'south-sudan'],
      ['kenya', 'MEDIATES', 'sudan-peoples-liberation-movement-in-opposition'],
      ['south-sudan', 'NEGOTIATES_WITH', 'sudan-peoples-liberation-movement-in-opposition'],
    ],
  },
  {
    name: 'a party meeting the mediators is not mediated by them against itself',
    text: 'Hamas negotiators met Qatari mediators in Doha on Monday. Israeli officials met Egyptian mediators in Cairo.',
    expect: [['hamas', 'MEETS_WITH', 'qatar']],
    forbid: [
      ['qatar', 'MEDIATES', 'hamas'],
      ['egypt', 'MEDIATES', 'israel'],
    ],
  },
  {
    name: 'a meeting that was cancelled or postponed did not take place',
    text: 'A meeting between Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev was cancelled on Friday, officials said. Talks between Serbia and Kosovo were postponed until March.',
    expect: [],
    forbid: [
      ['nikol-pashinyan', 'MEETS_WITH', 'ilham-aliyev'],
      ['serbia', 'NEGOTIATES_WITH', 'kosovo'],
    ],
  },
  {
    name: 'a meeting between two leaders that took place',
    text: 'The meeting between Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev took place in Abu Dhabi on Thursday.',
    expect: [['nikol-pashinyan', 'MEETS_WITH', 'ilham-aliyev']],
  },
  {
    name: 'helped broker, and a key role in brokering, are mediation',
    text: 'Washington, which helped broker the truce between Israel and Hezbollah last year, urged restraint on Monday. Turkey played a key role in brokering the grain deal between Russia and Ukraine, the U.N. said.',
    expect: [
      ['united-states', 'MEDIATES', 'israel'],
      ['united-states', 'MEDIATES', 'hezbollah'],
      ['turkey', 'MEDIATES', 'russia'],
      ['turkey', 'MEDIATES', 'ukraine'],
    ],
    forbid: [['israel', 'MEDIATES', 'hezbollah']],
  },
  {
    name: 'a role in mediating that is only possible, or denied, is no mediation',
    text: 'Norway could play a role in mediating between Venezuela and the United States. Turkey denied playing any role in brokering the deal between Russia and Ukraine.',
    expect: [],
    forbid: [
      ['norway', 'MEDIATES', 'venezuela'],
      ['turkey', 'MEDIATES', 'russia'],
    ],
  },
  {
    name: 'states in apposition to the mediators, before or after the noun',
    text: 'CAIRO (AP) - Israel and Hamas traded blame on Tuesday for the stalled negotiations. The mediators, Egypt, Qatar and the United States, said they would keep working. Egypt and Qatar, the main mediators between the two sides, called for calm.',
    expect: [
      ['egypt', 'MEDIATES', 'israel'],
      ['qatar', 'MEDIATES', 'hamas'],
      ['united-states', 'MEDIATES', 'hamas'],
      ['israel', 'ACCUSES', 'hamas'],
    ],
    forbid: [
      ['egypt', 'MEDIATES', 'qatar'],
      ['qatar', 'MEDIATES', 'united-states'],
    ],
  },
  {
    name: 'a pair at odds in one sentence is the pair the next one mediates between',
    text: 'Israel and Hamas remain far apart on the terms of a ceasefire, officials said. Mediators from Egypt and Qatar shuttled between the two sides on Monday. Qatar and Egypt, which have mediated throughout the war, said a deal was still possible.',
    expect: [
      ['egypt', 'MEDIATES', 'israel'],
      ['egypt', 'MEDIATES', 'hamas'],
      ['qatar', 'MEDIATES', 'israel'],
      ['qatar', 'MEDIATES', 'hamas'],
    ],
    forbid: [
      ['egypt', 'MEDIATES', 'qatar'],
      ['israel', 'AGREES_WITH', 'hamas'],
    ],
  },
  {
    name: 'allies named together are no pair for mediators',
    text: 'The United States and Britain remain committed to the coalition, officials said. Omani mediators said a new round would be held in Muscat.',
    expect: [],
    forbid: [['oman', 'MEDIATES', 'united-states']],
  },
  {
    name: 'with the help of a third state, two parties agree or swap: the helper mediates and supports no side',
    text: 'KYIV (Reuters) - Russia and Ukraine swapped 150 prisoners of war each on Friday with the help of the United Arab Emirates, both sides said. Israel and Hamas reached a ceasefire deal with the help of Egyptian and Qatari mediators.',
    expect: [
      ['united-arab-emirates', 'MEDIATES', 'russia'],
      ['united-arab-emirates', 'MEDIATES', 'ukraine'],
      ['egypt', 'MEDIATES', 'israel'],
      ['qatar', 'MEDIATES', 'hamas'],
      ['israel', 'AGREES_WITH', 'hamas'],
    ],
    forbid: [
      ['united-arab-emirates', 'SUPPORTS', 'russia'],
      ['israel', 'AGREES_WITH', 'egypt'],
      ['hamas', 'AGREES_WITH', 'qatar'],
    ],
  },
  {
    name: 'a deal negotiated with the help of two states, and mediation by coordinated modifiers',
    text: 'Congo and Rwanda signed a peace agreement in Washington on Friday. The deal, negotiated with the help of Qatar and the United States, commits Rwanda to withdraw its troops. The truce between Israel and Hamas was reached with Egyptian, Qatari and U.S. mediation.',
    expect: [
      ['qatar', 'MEDIATES', 'democratic-republic-of-the-congo'],
      ['united-states', 'MEDIATES', 'rwanda'],
      ['egypt', 'MEDIATES', 'israel'],
      ['qatar', 'MEDIATES', 'hamas'],
      ['united-states', 'MEDIATES', 'hamas'],
    ],
    forbid: [['qatar', 'AGREES_WITH', 'rwanda']],
  },
  {
    name: 'help that is a thing, in fighting, is no mediation',
    text: 'Ukrainian forces repelled the assault with the help of U.S. weapons, the army said.',
    expect: [],
    forbid: [['united-states', 'MEDIATES', 'russia']],
  },
  {
    name: 'third sides at talks: facilitators mediate, a state acting as mediator is no party',
    text: "Ethiopia's government and Tigray forces agreed to a truce after talks in Pretoria. Former Kenyan President Uhuru Kenyatta and former Nigerian President Olusegun Obasanjo also took part in the talks as facilitators. Russia and Ukraine negotiated in Istanbul, with Turkey serving as mediator.",
    expect: [
      ['uhuru-kenyatta', 'MEDIATES', 'ethiopia'],
      ['olusegun-obasanjo', 'MEDIATES', 'tigray-peoples-liberation-front'],
      ['turkey', 'MEDIATES', 'russia'],
      ['russia', 'NEGOTIATES_WITH', 'ukraine'],
    ],
    forbid: [
      ['uhuru-kenyatta', 'NEGOTIATES_WITH', 'olusegun-obasanjo'],
      ['russia', 'NEGOTIATES_WITH', 'turkey'],
      ['ukraine', 'NEGOTIATES_WITH', 'turkey'],
    ],
  },
  {
    name: 'observers at talks are neither parties nor mediators',
    text: 'Armenia and Azerbaijan held talks in Abu Dhabi on Thursday. France and Germany attended the talks as observers.',
    expect: [['armenia', 'NEGOTIATES_WITH', 'azerbaijan']],
    forbid: [
      ['france', 'NEGOTIATES_WITH', 'germany'],
      ['france', 'MEDIATES', 'armenia'],
    ],
  },
  {
    name: 'a host welcomes an official named only by title',
    text: "CAIRO (AFP) - Egyptian President Abdel Fattah al-Sisi welcomed the Syrian president to Cairo on Wednesday. Saudi Arabia welcomed the Syrian president's decision to hold elections.",
    expect: [['abdel-fattah-el-sisi', 'MEETS_WITH', 'syria']],
    forbid: [['saudi-arabia', 'MEETS_WITH', 'syria']],
  },
  {
    name: 'a meeting or call in a phrase that modifies the clause',
    text: 'Speaking after a meeting with Chinese President Xi Jinping, Russian President Vladimir Putin said relations were at their best. In a phone call on Tuesday, French President Emmanuel Macron and Saudi Crown Prince Mohammed bin Salman discussed the war in Gaza. Macron told Putin in a phone call that France would keep supporting Ukraine.',
    expect: [
      ['vladimir-putin', 'MEETS_WITH', 'xi-jinping'],
      ['emmanuel-macron', 'MEETS_WITH', 'mohammed-bin-salman'],
      ['emmanuel-macron', 'MEETS_WITH', 'vladimir-putin'],
    ],
    forbid: [['emmanuel-macron', 'MEETS_WITH', 'ukraine']],
  },
  {
    name: 'a meeting that is only ahead, or a call that would come, is not held',
    text: 'Putin will travel to Beijing after a meeting with Xi Jinping next month, the Kremlin said. Ahead of a meeting with Erdogan, Zelenskiy said he was ready for talks.',
    expect: [],
    forbid: [
      ['vladimir-putin', 'MEETS_WITH', 'xi-jinping'],
      ['volodymyr-zelensky', 'MEETS_WITH', 'recep-tayyip-erdogan'],
    ],
  },
  {
    name: 'a call received, a lunch, and sitting down with someone are meetings',
    text: "Ukrainian President Volodymyr Zelenskiy received a call from Turkish President Recep Tayyip Erdogan on Monday. Pakistan's army chief Asim Munir had lunch with U.S. President Donald Trump at the White House. Chinese Foreign Minister Wang Yi sat down with Indian National Security Adviser Ajit Doval in New Delhi.",
    expect: [
      ['volodymyr-zelensky', 'MEETS_WITH', 'recep-tayyip-erdogan'],
      ['asim-munir', 'MEETS_WITH', 'donald-trump'],
      ['wang-yi', 'MEETS_WITH', 'ajit-doval'],
    ],
  },
  {
    name: 'agreements made in the passive or an apposition, and approved deals',
    text: 'KUALA LUMPUR (Reuters) - A truce between Thailand and Cambodia was announced by Malaysia on Monday. The ceasefire between India and Pakistan, announced by Trump on Saturday, largely held. The Israeli cabinet approved the deal with Hamas early on Friday.',
    expect: [
      ['thailand', 'AGREES_WITH', 'cambodia'],
      ['india', 'AGREES_WITH', 'pakistan'],
      ['israel', 'AGREES_WITH', 'hamas'],
    ],
    forbid: [
      ['malaysia', 'AGREES_WITH', 'thailand'],
      ['donald-trump', 'AGREES_WITH', 'india'],
    ],
  },
  {
    name: 'a prisoner exchange announced or held is an agreement; one called for, possible or postponed is not',
    text: 'A prisoner exchange between Russia and Ukraine was announced on Sunday. A prisoner swap between Armenia and Azerbaijan took place at the border on Friday. Hamas called for a prisoner exchange between Israel and the group. A possible prisoner exchange between Serbia and Kosovo was discussed. The prisoner exchange between Ethiopia and Eritrea was postponed.',
    expect: [
      ['russia', 'AGREES_WITH', 'ukraine'],
      ['armenia', 'AGREES_WITH', 'azerbaijan'],
    ],
    forbid: [
      ['israel', 'AGREES_WITH', 'hamas'],
      ['serbia', 'AGREES_WITH', 'kosovo'],
      ['ethiopia', 'AGREES_WITH', 'eritrea'],
    ],
  },
  {
    name: 'two states that announce they agreed',
    text: 'ANKARA (AP) - Ethiopia and Somalia announced on Wednesday that they had agreed to restore diplomatic ties after talks in Ankara.',
    expect: [['ethiopia', 'AGREES_WITH', 'somalia']],
  },
  {
    name: 'an offer to help two sides end their conflict, named or in view',
    text: 'BANGKOK (Reuters) - Thai and Cambodian troops clashed again on Thursday. Malaysian Prime Minister Anwar Ibrahim said he had offered to help the two neighbours end the fighting. Turkey offered to help end the war, Erdogan said. The United States offered to help Cambodia rebuild its border villages.',
    expect: [
      ['anwar-ibrahim', 'OFFERS_MEDIATION', 'thailand'],
      ['anwar-ibrahim', 'OFFERS_MEDIATION', 'cambodia'],
      ['turkey', 'OFFERS_MEDIATION', 'thailand'],
    ],
    forbid: [
      ['united-states', 'OFFERS_MEDIATION', 'cambodia'],
      ['anwar-ibrahim', 'MEDIATES', 'thailand'],
    ],
  },
  {
    name: 'help to end a war named elsewhere is not an offer between the pair in view',
    text: 'Russia and Ukraine traded blame on Tuesday for the attack. Iran offered to help end the war in Yemen.',
    expect: [],
    forbid: [['iran', 'OFFERS_MEDIATION', 'russia']],
  },
  {
    name: 'mediating between them, with a state mediating, and co-hosted talks',
    text: 'KINSHASA (Reuters) - Congo and Rwanda have held several rounds of talks since March. Qatar has been mediating between them. Armenia and Azerbaijan have been in talks for months, with Washington mediating. The United States and Saudi Arabia, which co-hosted the Jeddah talks between the Sudanese army and the RSF, said progress had been made.',
    expect: [
      ['qatar', 'MEDIATES', 'democratic-republic-of-the-congo'],
      ['qatar', 'MEDIATES', 'rwanda'],
      ['united-states', 'MEDIATES', 'armenia'],
      ['united-states', 'MEDIATES', 'azerbaijan'],
      ['saudi-arabia', 'MEDIATES', 'sudanese-armed-forces'],
      ['united-states', 'MEDIATES', 'rapid-support-forces'],
    ],
    forbid: [
      ['qatar', 'MEDIATES', 'armenia'],
      ['united-states', 'MEDIATES', 'democratic-republic-of-the-congo'],
      ['united-states', 'NEGOTIATES_WITH', 'armenia'],
      ['saudi-arabia', 'MEDIATES', 'united-states'],
    ],
  },
  {
    name: 'in talks, negotiators from both sides, back at the negotiating table, sent to negotiate',
    text: 'YEREVAN (AFP) - Armenia and Azerbaijan have been in talks for months. Iran is in indirect talks with the United States, its foreign minister said. Negotiators from Israel and Hamas gathered in Doha on Sunday. Colombia returned to the negotiating table with the ELN on Monday. Israel sent a delegation to Cairo to negotiate with Hamas.',
    expect: [
      ['armenia', 'NEGOTIATES_WITH', 'azerbaijan'],
      ['iran', 'NEGOTIATES_WITH', 'united-states'],
      ['israel', 'NEGOTIATES_WITH', 'hamas'],
      ['colombia', 'NEGOTIATES_WITH', 'national-liberation-army'],
    ],
    forbid: [['iran', 'NEGOTIATES_WITH', 'armenia']],
  },
  {
    name: 'talks denied, refused or only planned are no negotiation',
    text: 'Ukraine and Russia are not in talks, Kyiv said. Negotiators from Serbia and Kosovo will meet in Brussels next week. Ethiopia and Eritrea refused to return to the negotiating table.',
    expect: [],
    forbid: [
      ['ukraine', 'NEGOTIATES_WITH', 'russia'],
      ['serbia', 'NEGOTIATES_WITH', 'kosovo'],
      ['ethiopia', 'NEGOTIATES_WITH', 'eritrea'],
    ],
  },
  {
    name: 'a host of both sides, delegations from both, or bringing them together mediates',
    text: 'KUALA LUMPUR (AP) - Thailand and Cambodia clashed on their border for a fourth day. Malaysia hosted the two sides in Kuala Lumpur on Monday. Turkey hosted delegations from Russia and Ukraine in Istanbul. Saudi Arabia brought together the Sudanese army and the RSF in Jeddah. Qatar convened a meeting of Congo and the M23 in Doha.',
    expect: [
      ['malaysia', 'MEDIATES', 'thailand'],
      ['malaysia', 'MEDIATES', 'cambodia'],
      ['turkey', 'MEDIATES', 'russia'],
      ['saudi-arabia', 'MEDIATES', 'rapid-support-forces'],
      ['qatar', 'MEDIATES', 'm23'],
    ],
    forbid: [
      ['thailand', 'MEDIATES', 'cambodia'],
      ['russia', 'MEETS_WITH', 'turkey'],
      ['qatar', 'MEDIATES', 'russia'],
    ],
  },
  {
    name: 'bringing troops, demands or peace is no mediation',
    text: 'Rwanda brought troops into Congo, the U.N. said. Talks between Serbia and Kosovo collapsed after Serbia brought new demands. Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev initialled the agreement. Pashinyan said the agreement would bring peace. The talks were brought forward by Egypt.',
    expect: [],
    forbid: [
      ['rwanda', 'MEDIATES', 'democratic-republic-of-the-congo'],
      ['serbia', 'MEDIATES', 'kosovo'],
      ['nikol-pashinyan', 'OFFERS_MEDIATION', 'azerbaijan'],
      ['nikol-pashinyan', 'OFFERS_MEDIATION', 'ilham-aliyev'],
      ['egypt', 'MEDIATES', 'nikol-pashinyan'],
    ],
  },
  {
    name: 'trying to broker a deal between the pair in view, and mediation by two states',
    text: 'Israel and Hamas remain far apart on a hostage deal. Qatar has been trying to broker a deal for months. The mediation by Turkey and Qatar helped Pakistan and Afghanistan reach a ceasefire in Doha.',
    expect: [
      ['qatar', 'MEDIATES', 'israel'],
      ['qatar', 'MEDIATES', 'hamas'],
      ['turkey', 'MEDIATES', 'pakistan'],
      ['qatar', 'MEDIATES', 'afghanistan'],
    ],
    forbid: [['turkey', 'MEDIATES', 'israel']],
  },
  {
    name: 'a list of mediators does not reach back over a place into the clause before; parties never mediate',
    text: 'Israel and Hamas remain far apart on the terms. Qatari mediator Mohammed al-Khulaifi met the Israeli and Hamas delegations separately in Doha, and Egyptian and Qatari mediators shuttled between the two sides late into the night.',
    expect: [
      ['egypt', 'MEDIATES', 'israel'],
      ['qatar', 'MEDIATES', 'hamas'],
      ['mohammed-al-khulaifi', 'MEDIATES', 'israel'],
    ],
    forbid: [
      ['israel', 'MEDIATES', 'hamas'],
      ['hamas', 'MEDIATES', 'israel'],
    ],
  },
  {
    name: 'accepting or agreeing to a proposal put forward by others, declared and accepted ceasefires',
    text: "Hamas accepted a ceasefire proposal put forward by Egypt and Qatar. Israel agreed to a U.S. proposal for a 60-day truce in Lebanon. India and Pakistan declared a ceasefire on Saturday afternoon. Hezbollah said it had accepted the ceasefire with Israel. Israel's ceasefire with Hezbollah has largely held since November.",
    expect: [
      ['hamas', 'AGREES_WITH', 'egypt'],
      ['hamas', 'AGREES_WITH', 'qatar'],
      ['israel', 'AGREES_WITH', 'united-states'],
      ['india', 'AGREES_WITH', 'pakistan'],
      ['hezbollah', 'AGREES_WITH', 'israel'],
    ],
    forbid: [['egypt', 'AGREES_WITH', 'qatar']],
  },
  {
    name: 'proposals rejected, refused or agreed only on a condition are no agreement',
    text: 'Hamas rejected a proposal put forward by Egypt and Qatar. Israel did not agree to the U.S. proposal, officials said. Hezbollah refused to accept the ceasefire with Israel. India and Pakistan should declare a ceasefire, the U.N. said. Russia declared war on Ukraine in 2022.',
    expect: [],
    forbid: [
      ['hamas', 'AGREES_WITH', 'egypt'],
      ['israel', 'AGREES_WITH', 'united-states'],
      ['hezbollah', 'AGREES_WITH', 'israel'],
      ['india', 'AGREES_WITH', 'pakistan'],
      ['russia', 'AGREES_WITH', 'ukraine'],
    ],
  },
  {
    name: 'mediators named paragraphs after the pair mediate between it',
    text: "ISLAMABAD, Oct 20 (Reuters) - Pakistan and Afghanistan's Taliban government agreed to an immediate ceasefire on Sunday after days of deadly border clashes. The fighting, the worst since 2021, killed dozens of soldiers and civilians. Thousands of people fled the border towns of Chaman and Spin Boldak. Shops in the towns were shut for a week. Residents said the markets had reopened on Monday. Trucks were again queueing at the crossing. Qatari and Turkish mediators said follow-up talks would be held in Istanbul next week.",
    expect: [
      ['pakistan', 'AGREES_WITH', 'afghanistan'],
      ['qatar', 'MEDIATES', 'pakistan'],
      ['turkey', 'MEDIATES', 'afghanistan'],
    ],
    forbid: [
      ['qatar', 'MEDIATES', 'turkey'],
      ['turkey', 'MEDIATES', 'qatar'],
    ],
  },
  {
    name: "a third side's efforts to end two others' war are mediation; a party's own efforts are not",
    text: "ADDIS ABABA (Reuters) - Kenya's efforts to end the war between Ethiopia and the TPLF have stalled, diplomats said. Israel's efforts to end the war with Hamas have failed.",
    expect: [
      ['kenya', 'MEDIATES', 'ethiopia'],
      ['kenya', 'MEDIATES', 'tigray-peoples-liberation-front'],
    ],
    forbid: [
      ['israel', 'MEDIATES', 'hamas'],
      ['ethiopia', 'MEDIATES', 'tigray-peoples-liberation-front'],
    ],
  },
  {
    name: 'a trip made to meet someone, and a dinner hosted for a guest, are meetings',
    text: 'U.S. envoy Steve Witkoff flew to Moscow on Thursday to meet Russian President Vladimir Putin. Turkish President Recep Tayyip Erdogan travelled to Baku to meet Azerbaijani President Ilham Aliyev, his office said. U.S. President Donald Trump hosted a dinner for Saudi Crown Prince Mohammed bin Salman at the White House.',
    expect: [
      ['steve-witkoff', 'MEETS_WITH', 'vladimir-putin'],
      ['recep-tayyip-erdogan', 'MEETS_WITH', 'ilham-aliyev'],
      ['donald-trump', 'MEETS_WITH', 'mohammed-bin-salman'],
    ],
  },
  {
    name: 'a trip only planned or wished for is no meeting',
    text: 'U.S. envoy Steve Witkoff will fly to Moscow to meet Russian President Vladimir Putin. Turkish President Recep Tayyip Erdogan wants to travel to Baku to meet Azerbaijani President Ilham Aliyev.',
    expect: [],
    forbid: [
      ['steve-witkoff', 'MEETS_WITH', 'vladimir-putin'],
      ['recep-tayyip-erdogan', 'MEETS_WITH', 'ilham-aliyev'],
    ],
  },
  {
    name: "proposing a meeting between two others, or inviting both to talks, offers mediation; a party's own proposal does not",
    text: 'ANKARA (Reuters) - Turkish President Recep Tayyip Erdogan proposed a meeting between Putin and Zelenskiy in Istanbul. U.S. President Donald Trump invited Putin and Zelenskiy to a trilateral meeting at the White House. Russian President Vladimir Putin proposed direct talks between Russia and Ukraine in Istanbul.',
    expect: [
      ['recep-tayyip-erdogan', 'OFFERS_MEDIATION', 'vladimir-putin'],
      ['recep-tayyip-erdogan', 'OFFERS_MEDIATION', 'volodymyr-zelensky'],
      ['donald-trump', 'OFFERS_MEDIATION', 'volodymyr-zelensky'],
    ],
    forbid: [
      ['vladimir-putin', 'OFFERS_MEDIATION', 'ukraine'],
      ['vladimir-putin', 'MEETS_WITH', 'volodymyr-zelensky'],
      ['recep-tayyip-erdogan', 'MEDIATES', 'vladimir-putin'],
    ],
  },
  {
    name: '"the sides" right after a pair is named is that pair',
    text: 'Israel and Hamas held talks in Cairo on Monday. Egyptian officials said the sides had agreed to a prisoner swap. Crowds gathered on the sides of the road.',
    expect: [['israel', 'AGREES_WITH', 'hamas']],
    forbid: [['egypt', 'AGREES_WITH', 'israel']],
  },
  {
    name: 'a joint news conference held is a meeting; a joint statement or a planned conference is not',
    text: 'Ukrainian President Volodymyr Zelenskiy and U.S. President Donald Trump held a joint news conference at the White House. Iran and Russia issued a joint statement condemning the strikes. Chinese President Xi Jinping and Russian President Vladimir Putin will hold a joint news conference on Friday.',
    expect: [['volodymyr-zelensky', 'MEETS_WITH', 'donald-trump']],
    forbid: [
      ['iran', 'MEETS_WITH', 'russia'],
      ['xi-jinping', 'MEETS_WITH', 'vladimir-putin'],
    ],
  },
  {
    name: 'an offer to mediate paragraphs after the pair was named',
    text: 'ISLAMABAD (Reuters) - Pakistan and India traded fire across the Line of Control on Sunday. The shelling killed five civilians in Poonch. Schools were closed in the district. Residents fled to shelters. Markets stayed shut on Monday. Iran said it was ready to mediate, its foreign ministry said.',
    expect: [
      ['iran', 'OFFERS_MEDIATION', 'pakistan'],
      ['iran', 'OFFERS_MEDIATION', 'india'],
    ],
    forbid: [['iran', 'MEDIATES', 'pakistan']],
  },
];

describeTripleCases('diplomacy recall', CASES);
