import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Criticism, denial and threat as wire copy says them without the plain verbs: a judgement of an
 * act reported after a verb of saying, criticism answered or aimed, an accusation condemned or
 * dismissed with its judgement fronted, a warning or a threat named by a noun, and force promised
 * on a condition. Each case also names the tempting reading the sentence must not give.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'a reported judgement of an act heading the subject criticises its owner, past a relative aside',
    text: 'KYIV, Aug 28 (Reuters) - Ukraine\'s foreign minister Andrii Sybiha said the Russian strike on Kyiv, which killed 23 people, was "a brutal crime" that showed Moscow had no interest in peace.',
    expect: [['andrii-sybiha', 'CRITICIZES', 'russia']],
    forbid: [['andrii-sybiha', 'CRITICIZES', 'ukraine']],
  },
  {
    name: 'a quoted judgement of an act with a phrase after its noun criticises the act\'s owner',
    text: 'DOHA, Sept 9 (Reuters) - Qatar said the Israeli strike on Hamas leaders in Doha was "cowardly" and a flagrant violation of international law.',
    expect: [
      ['qatar', 'CRITICIZES', 'israel'],
      ['israel', 'ATTACKS', 'hamas'],
    ],
    forbid: [['qatar', 'CRITICIZES', 'hamas']],
  },
  {
    name: 'a judged act after a dateline, with a place phrase, is criticised',
    text: "TAIPEI, Oct 14 (Reuters) - Taiwan's government said China's drills around the island were irresponsible.",
    expect: [['taiwan', 'CRITICIZES', 'china']],
  },
  {
    name: 'a judgement that is denied criticises nobody',
    text: "PARIS, Nov 13 (AFP) - France's foreign minister said Algeria's decision was not a violation of the agreement.",
    expect: [],
    forbid: [['france', 'CRITICIZES', 'algeria']],
  },
  {
    name: 'voicing concern over an act whose owner carries a modifying noun criticises the owner',
    text: "ALGIERS, Jan 12 (AFP) - Algeria voiced concern over Mali's drone strikes near the border, saying they had killed civilians.",
    expect: [['algeria', 'CRITICIZES', 'mali']],
  },
  {
    name: 'railing against, taking to task and reacting with fury criticise',
    text: "Turkish President Recep Tayyip Erdogan railed against Greece's plans for a marine park in the Aegean. Congo's foreign minister took Rwanda to task at the UN Security Council. Rwanda's government reacted with fury to Belgium's decision to push for sanctions.",
    expect: [
      ['recep-tayyip-erdogan', 'CRITICIZES', 'greece'],
      ['democratic-republic-of-the-congo', 'CRITICIZES', 'rwanda'],
      ['rwanda', 'CRITICIZES', 'belgium'],
    ],
    forbid: [['rwanda', 'CRITICIZES', 'democratic-republic-of-the-congo']],
  },
  {
    name: 'a protest note handed to a state criticises it',
    text: 'VILNIUS, Oct 27 (Reuters) - Lithuania handed a protest note to Belarus after balloons from Belarusian territory forced Vilnius airport to close.',
    expect: [['lithuania', 'CRITICIZES', 'belarus']],
    forbid: [['belarus', 'CRITICIZES', 'lithuania']],
  },
  {
    name: 'criticism from X that the subject hits back at is X criticising the subject',
    text: "OUAGADOUGOU, Oct 9 (AFP) - Burkina Faso's junta hit back at criticism from Ivory Coast, accusing Abidjan of harbouring coup plotters.",
    expect: [
      ['ivory-coast', 'CRITICIZES', 'burkina-faso'],
      ['burkina-faso', 'ACCUSES', 'ivory-coast'],
    ],
    forbid: [['burkina-faso', 'CRITICIZES', 'ivory-coast']],
  },
  {
    name: '"calling it" a violation after a rejected plan criticises the plan\'s owner',
    text: "CAIRO, Aug 9 (Reuters) - The Arab League on Sunday rejected Israel's plan to occupy Gaza City, calling it a flagrant violation of international law.",
    expect: [['arab-league', 'CRITICIZES', 'israel']],
    forbid: [['arab-league', 'DENIES', 'israel']],
  },
  {
    name: '"a move X called unjustified" criticises the one who made the move',
    text: 'CANBERRA, Aug 26 (Reuters) - Australia expelled Iran\'s ambassador after concluding that Tehran had directed antisemitic attacks in Sydney, a move Iran called "unjustified".',
    expect: [['iran', 'CRITICIZES', 'australia']],
    forbid: [['australia', 'CRITICIZES', 'iran']],
  },
  {
    name: 'a vocal critic of an actor, and a swipe at a state, criticise',
    text: 'Hungarian Prime Minister Viktor Orban, a vocal critic of the European Union, met Putin in Moscow. In an apparent swipe at the United States, China said it opposed hegemony.',
    expect: [
      ['viktor-orban', 'CRITICIZES', 'european-union'],
      ['china', 'CRITICIZES', 'united-states'],
    ],
    forbid: [['vladimir-putin', 'CRITICIZES', 'european-union']],
  },
  {
    name: 'opposing or regretting an owned act criticises its owner; opposing a situation does not',
    text: 'Beijing firmly opposes the U.S. arms sales to Taiwan. Kenya regrets Uganda\'s decision to close the border. Egypt opposes any escalation in the region.',
    expect: [
      ['china', 'CRITICIZES', 'united-states'],
      ['kenya', 'CRITICIZES', 'uganda'],
    ],
    forbid: [['china', 'CRITICIZES', 'taiwan']],
  },
  {
    name: 'an accusation condemned or called a provocation is denied by the accused',
    text: 'Congo accused Rwanda of arming M23 rebels. Kigali condemned the accusation. Rwanda later denounced the "false accusations" by Kinshasa and called them a provocation.',
    expect: [
      ['democratic-republic-of-the-congo', 'ACCUSES', 'rwanda'],
      ['rwanda', 'DENIES', 'democratic-republic-of-the-congo'],
    ],
    forbid: [['rwanda', 'CRITICIZES', 'democratic-republic-of-the-congo']],
  },
  {
    name: 'condemning an accusation against another side is no denial',
    text: "Russia accused Ukraine of shelling Belgorod. The United States condemned Russia's accusations against Ukraine.",
    expect: [['russia', 'ACCUSES', 'ukraine']],
    forbid: [['united-states', 'DENIES', 'russia']],
  },
  {
    name: 'a judgement fronted before the denied allegation, and ", which it denies"',
    text: 'BAKU, May 4 (Reuters) - Azerbaijan rejected as "groundless" Armenia\'s allegation that its troops had fired on Armenian positions. Sudan accused the UAE of arming the RSF, which it denies.',
    expect: [
      ['azerbaijan', 'DENIES', 'armenia'],
      ['united-arab-emirates', 'DENIES', 'sudan'],
    ],
    forbid: [
      ['armenia', 'DENIES', 'azerbaijan'],
      ['rapid-support-forces', 'DENIES', 'sudan'],
    ],
  },
  {
    name: 'a warning issued to a state and a threat to strike it are threats; a relief agency\'s warning is not',
    text: "Iran issued a stern warning to Israel on Sunday. Trump's threat to strike Iran rattled markets. The World Health Organization issued a warning to Sudan over cholera.",
    expect: [
      ['iran', 'THREATENS', 'israel'],
      ['donald-trump', 'THREATENS', 'iran'],
    ],
    forbid: [['world-health-organization', 'THREATENS', 'sudan']],
  },
  {
    name: 'warning of war with a state or of a response to its attacks threatens it',
    text: 'Pakistani Defence Minister Khawaja Asif warned of "open war" with Afghanistan if the talks in Istanbul failed. Khamenei warned of a "crushing response" to any attack by the United States.',
    expect: [
      ['khawaja-asif', 'THREATENS', 'afghanistan'],
      ['ali-khamenei', 'THREATENS', 'united-states'],
    ],
    forbid: [['khawaja-asif', 'ATTACKS', 'afghanistan']],
  },
  {
    name: 'an attack that would be met with a response threatens its would-be agents and is no attack',
    text: "TEHRAN, April 5 (Reuters) - Iran's armed forces chief Mohammad Bagheri said any U.S. or Israeli attack on Iran would be met with a devastating response.",
    expect: [
      ['iran', 'THREATENS', 'united-states'],
      ['iran', 'THREATENS', 'israel'],
    ],
    forbid: [
      ['israel', 'ATTACKS', 'iran'],
      ['united-states', 'ATTACKS', 'iran'],
    ],
  },
  {
    name: 'measures or force promised on a condition threaten the side of the condition',
    text: 'MOSCOW, May 14 (Reuters) - Russia\'s Foreign Ministry said Moscow would take retaliatory measures if Finland hosted U.S. nuclear weapons on its soil. Hezbollah warned that it would resume attacks on Israel.',
    expect: [
      ['russia', 'THREATENS', 'finland'],
      ['hezbollah', 'THREATENS', 'israel'],
    ],
    forbid: [
      ['russia', 'THREATENS', 'united-states'],
      ['hezbollah', 'ATTACKS', 'israel'],
    ],
  },
  {
    name: 'a demand backed by "or face consequences" is also a threat; "or risk a wider war" is not',
    text: 'The United States told Hamas to release all remaining hostages or face consequences. Kenya urged Ethiopia and Eritrea to talk, or risk a wider war.',
    expect: [
      ['united-states', 'DEMANDS', 'hamas'],
      ['united-states', 'THREATENS', 'hamas'],
    ],
    forbid: [
      ['kenya', 'THREATENS', 'ethiopia'],
      ['kenya', 'THREATENS', 'eritrea'],
    ],
  },
  {
    name: "a leader's relative who speaks does not make the leader the speaker",
    text: 'PYONGYANG, Oct 13 (KCNA) - Kim Jong Un\'s sister said the North would respond with "overwhelming force" if South Korean drones crossed the border again.',
    expect: [],
    forbid: [['kim-jong-un', 'THREATENS', 'south-korea']],
  },
  {
    name: 'an accused speaker saying its side does not do the act denies; a promise not to act does not',
    text: 'Congo accused Rwanda of backing M23 rebels. Rwanda says it does not support the M23. Kigali said it would not attack Congo.',
    expect: [['rwanda', 'DENIES', 'democratic-republic-of-the-congo']],
    forbid: [['democratic-republic-of-the-congo', 'DENIES', 'rwanda']],
  },
  {
    name: 'a promise not to act, with no denial before it, denies nothing',
    text: 'Congo accused Rwanda of backing M23 rebels. Uganda said it would not attack Congo.',
    expect: [],
    forbid: [['uganda', 'DENIES', 'democratic-republic-of-the-congo']],
  },
  {
    name: 'accusations rejected in the passive are denied by the agent',
    text: 'Congo accused Rwanda of backing M23 rebels. The accusations were rejected by Kigali.',
    expect: [['rwanda', 'DENIES', 'democratic-republic-of-the-congo']],
  },
  {
    name: 'a list of bodies with articles all criticise; the attack they denounce stays one',
    text: 'DOHA, Sept 10 (Reuters) - The Arab League, the Organisation of Islamic Cooperation and the Gulf Cooperation Council denounced the Israeli strike on Qatar.',
    expect: [
      ['arab-league', 'CRITICIZES', 'israel'],
      ['organisation-of-islamic-cooperation', 'CRITICIZES', 'israel'],
      ['gulf-cooperation-council', 'CRITICIZES', 'israel'],
    ],
    forbid: [['arab-league', 'CRITICIZES', 'qatar']],
  },
  {
    name: 'a denial answers everyone who made the accusation together',
    text: 'Congo, the United Nations and the European Union accused Rwanda of backing M23. Rwanda rejected the accusations.',
    expect: [
      ['rwanda', 'DENIES', 'democratic-republic-of-the-congo'],
      ['rwanda', 'DENIES', 'united-nations'],
      ['rwanda', 'DENIES', 'european-union'],
    ],
  },
  {
    name: 'criticising a bare-named act criticises its owner; two leaders who clash do not attack each other',
    text: "Hungarian Prime Minister Viktor Orban and Slovak Prime Minister Robert Fico have both criticised EU plans to phase out Russian gas imports. Colombia's Gustavo Petro, who has repeatedly clashed with Trump, called the U.S. strikes \"an act of tyranny\".",
    expect: [
      ['viktor-orban', 'CRITICIZES', 'european-union'],
      ['robert-fico', 'CRITICIZES', 'european-union'],
      ['gustavo-petro', 'CRITICIZES', 'united-states'],
    ],
    forbid: [
      ['gustavo-petro', 'ATTACKS', 'donald-trump'],
      ['donald-trump', 'ATTACKS', 'gustavo-petro'],
      ['viktor-orban', 'CRITICIZES', 'russia'],
    ],
  },
  {
    name: 'reserving the right to respond after condemning strikes threatens their agent',
    text: 'ISLAMABAD, May 7 (Reuters) - Pakistan strongly condemned the Indian strikes, calling them an act of war, and said it reserved the right to respond.',
    expect: [
      ['pakistan', 'CRITICIZES', 'india'],
      ['pakistan', 'THREATENS', 'india'],
    ],
  },
  {
    name: 'a third side implicated in an allegation denies its accuser; the accused still denies too',
    text: 'Chad accused Cameroon of sheltering Nigerian soldiers who crossed the border. Cameroon rejected the accusation. Two days later Nigeria denied having any soldiers in Cameroon.',
    expect: [
      ['chad', 'ACCUSES', 'cameroon'],
      ['cameroon', 'DENIES', 'chad'],
      ['nigeria', 'DENIES', 'chad'],
    ],
    forbid: [['nigeria', 'DENIES', 'cameroon']],
  },
  {
    name: 'a speech act coordinated after a reported clause is the speaker\'s; an act coordinated there is the clause subject\'s',
    text: "Lebanese President Joseph Aoun said Israel's continued strikes on southern Lebanon were a blatant violation of the ceasefire and urged Washington to intervene. Kenya said Uganda had attacked its troops and killed five soldiers.",
    expect: [
      ['joseph-aoun', 'CRITICIZES', 'israel'],
      ['joseph-aoun', 'DEMANDS', 'united-states'],
      ['uganda', 'ATTACKS', 'kenya'],
    ],
    forbid: [
      ['israel', 'DEMANDS', 'united-states'],
      ['kenya', 'ATTACKS', 'uganda'],
    ],
  },
  {
    name: 'an act judged after a long object with an infinitive is criticised',
    text: "ISLAMABAD, April 24 (Reuters) - Pakistan called India's decision to suspend the Indus Waters Treaty unacceptable and \"an act of war\".",
    expect: [['pakistan', 'CRITICIZES', 'india']],
  },
  {
    name: 'readiness to fight on a condition threatens the side of the condition; readiness to help threatens nobody',
    text: "KIGALI, Feb 1 (Reuters) - Rwandan President Paul Kagame said Rwanda was ready to fight if Burundi attacked it. Kenya said it was prepared to send troops to Haiti.",
    expect: [['paul-kagame', 'THREATENS', 'burundi']],
    forbid: [
      ['rwanda', 'ATTACKS', 'burundi'],
      ['paul-kagame', 'ATTACKS', 'burundi'],
      ['kenya', 'THREATENS', 'haiti'],
    ],
  },
];

describeTripleCases('criticism, denial and threat in other words', CASES);
