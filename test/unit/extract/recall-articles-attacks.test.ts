import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Attacks and threats as article-length wire copy phrases them: force promised to go on, answers
 * promised without a name (aimed at the latest attacker), and the tempting readings of the same
 * sentences.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'a vow to keep targeting a side threatens it',
    text: 'YAOUNDE, March 4 (AFP) - The Ambazonia Defence Forces vowed to keep targeting Cameroonian forces until Yaounde withdrew its troops.',
    expect: [['ambazonia-defence-forces', 'THREATENS', 'cameroon']],
    forbid: [['ambazonia-defence-forces', 'ATTACKS', 'cameroon']],
  },
  {
    name: 'a threat to continue to attack a side threatens it and is no attack',
    text: 'The Houthis threatened to continue to attack Israeli ships in the Red Sea.',
    expect: [['houthis', 'THREATENS', 'israel']],
    forbid: [['houthis', 'ATTACKS', 'israel']],
  },
  {
    name: 'continuing to attack without a vow is no threat',
    text: 'Hezbollah continued to attack Israeli positions on Monday, the Israeli military said.',
    expect: [],
    forbid: [['hezbollah', 'THREATENS', 'israel']],
  },
  {
    name: 'a promised response that names no one is aimed at the latest attacker',
    text: 'Israel struck Iran on Saturday, the Israeli military said. Iran said it would respond at a time of its choosing.',
    expect: [
      ['israel', 'ATTACKS', 'iran'],
      ['iran', 'THREATENS', 'israel'],
    ],
    forbid: [['israel', 'THREATENS', 'iran']],
  },
  {
    name: 'a right to respond reserved answers the latest attacker',
    text: "Israel struck Iran's military sites on Saturday. Iran's foreign minister said Tehran reserved the right to respond.",
    expect: [['iran', 'THREATENS', 'israel']],
  },
  {
    name: 'a promised response with no attack before threatens no one',
    text: 'Iran said it would respond at a time of its choosing. Oman offered to host talks.',
    expect: [],
    forbid: [
      ['iran', 'THREATENS', 'oman'],
      ['oman', 'THREATENS', 'iran'],
    ],
  },
  {
    name: 'an attack that will not go unanswered is a threat to its author',
    text: "KABUL, Oct 12 (Reuters) - Pakistan struck Afghanistan on Sunday. Afghanistan's defence ministry said the attack would not go unanswered.",
    expect: [
      ['pakistan', 'ATTACKS', 'afghanistan'],
      ['afghanistan', 'THREATENS', 'pakistan'],
    ],
  },
  {
    name: 'crimes of a named side that will not go unpunished threaten that side',
    text: "Iran said Israel's crimes would not go unpunished.",
    expect: [['iran', 'THREATENS', 'israel']],
  },
  {
    name: 'a body without forces promising that killings will not go unpunished threatens no one',
    text: "Russia struck Ukraine's energy grid on Monday. The United Nations said the attacks would not go unpunished.",
    expect: [['russia', 'ATTACKS', 'ukraine']],
    forbid: [['united-nations', 'THREATENS', 'russia']],
  },
  {
    name: 'government gunships are the army of the state in view, not of an army named in an officer title',
    text: "JUBA, March 17 (Reuters) - South Sudan's air force bombed the town of Nasir on Sunday, local officials said. Uganda's army chief, Muhoozi Kainerugaba, said his special forces had deployed to Juba. The SPLM-IO said government gunships had also attacked its positions in Ulang county.",
    expect: [['south-sudan', 'ATTACKS', 'sudan-peoples-liberation-movement-in-opposition']],
    forbid: [['uganda', 'ATTACKS', 'sudan-peoples-liberation-movement-in-opposition']],
  },
  {
    name: 'government forces after a conjunction are the state in view, backed by the foreign troops',
    text: 'JUBA, March 17 (Reuters) - Fighting spread in Upper Nile state on Sunday as government forces backed by Ugandan troops pushed to retake areas seized by the White Army militia.',
    expect: [['uganda', 'SUPPORTS', 'south-sudan']],
    forbid: [['uganda', 'SUPPORTS', 'white-army']],
  },
  {
    name: 'a barrage a state reports without naming where it went was aimed at that state',
    text: "KYIV, July 9 (Reuters) - Ukraine's air force said Russia launched 120 drones and four missiles overnight. Russia launched 40 more drones on Tuesday night, of which 35 were shot down, the air force said.",
    expect: [['russia', 'ATTACKS', 'ukraine']],
    forbid: [['ukraine', 'ATTACKS', 'russia']],
  },
  {
    name: 'missiles a neighbour reports fired into the sea or in a test are no attack on it',
    text: "SEOUL, May 8 (Reuters) - South Korea's military said North Korea fired several ballistic missiles into the sea off its east coast. Japan's defence ministry said North Korea launched a missile overnight, the third test this month.",
    expect: [],
    forbid: [
      ['north-korea', 'ATTACKS', 'south-korea'],
      ['north-korea', 'ATTACKS', 'japan'],
    ],
  },
  {
    name: 'a barrage fired at what the attacker said were bases of a group attacks that group, not the state it is in',
    text: "ISLAMABAD, Jan 18 (Reuters) - Tehran launched missiles and drones at what it said were bases of the Sunni militant group Jaish al-Adl in Pakistan's Balochistan province.",
    expect: [['iran', 'ATTACKS', 'jaish-al-adl']],
    forbid: [['pakistan', 'ATTACKS', 'iran']],
  },
  {
    name: 'a warning of consequences for a strike on its soil threatens the state that struck there',
    text: "ISLAMABAD, Jan 18 (Reuters) - Tehran launched missiles at bases of Jaish al-Adl in Pakistan's Balochistan province. Islamabad recalled its ambassador and warned that the unprovoked violation of its airspace could have \"serious consequences\".",
    expect: [
      ['iran', 'ATTACKS', 'jaish-al-adl'],
      ['pakistan', 'THREATENS', 'iran'],
    ],
    forbid: [['pakistan', 'THREATENS', 'jaish-al-adl']],
  },
  {
    name: 'a warning of consequences with no attack on the speaker before threatens no one',
    text: 'Egypt warned that the dam could have serious consequences for its water supply. Ethiopia said the dam would not harm Egypt.',
    expect: [],
    forbid: [['egypt', 'THREATENS', 'ethiopia']],
  },
  {
    name: 'a group claiming an attack told without its author attacks the side whose soldiers it hit',
    text: 'WASHINGTON, Jan 29 (Reuters) - Three U.S. soldiers were killed and dozens wounded when a drone struck a small American base in northeastern Jordan, the Pentagon said on Monday. The Islamic Resistance in Iraq, an umbrella group of Iran-aligned militias, claimed the attack.',
    expect: [['islamic-resistance-in-iraq', 'ATTACKS', 'united-states']],
    forbid: [['islamic-resistance-in-iraq', 'ATTACKS', 'jordan']],
  },
  {
    name: 'soldiers of no one named, in a ministry statement, are the dateline state',
    text: "YAOUNDE, March 4 (AFP) - Separatist fighters killed six soldiers in an ambush on a military convoy near Bamenda, the capital of Cameroon's North-West region, the defence ministry said on Tuesday. The Ambazonia Defence Forces claimed the attack in a video posted online.",
    expect: [['ambazonia-defence-forces', 'ATTACKS', 'cameroon']],
  },
  {
    name: 'a claimed attack that hit the soldiers of two sides names no single target',
    text: 'Three U.S. soldiers and two British soldiers were killed when a drone struck a base in Syria, officials said. The Islamic Resistance in Iraq claimed the attack.',
    expect: [],
    forbid: [
      ['islamic-resistance-in-iraq', 'ATTACKS', 'united-states'],
      ['islamic-resistance-in-iraq', 'ATTACKS', 'united-kingdom'],
    ],
  },
  {
    name: 'a vow to keep attacking until a side withdraws threatens that side',
    text: 'Al-Shabaab vowed to keep attacking "crusader forces" until Kenya pulled its troops out of Somalia.',
    expect: [['al-shabaab', 'THREATENS', 'kenya']],
    forbid: [['al-shabaab', 'THREATENS', 'somalia']],
  },
  {
    name: 'the next sentence\'s pronoun vows to keep attacking until the capital withdraws',
    text: 'YAOUNDE, March 4 (AFP) - The Ambazonia Defence Forces claimed the attack in a video posted online. It said its fighters had also torched a gendarmerie post in the town of Batibo and vowed to keep targeting "occupation forces" until Yaounde withdrew its troops.',
    expect: [['ambazonia-defence-forces', 'THREATENS', 'cameroon']],
  },
  {
    name: 'a backer named in an aside after a promised crushing is not the one threatened',
    text: 'BANGUI, Feb 12 (AFP) - The Central African army retook Bozoum on Monday. Touadera vowed that the army would "crush" the rebels, who he said were backed by former president Francois Bozize from exile in Chad.',
    expect: [],
    forbid: [
      ['faustin-archange-touadera', 'THREATENS', 'francois-bozize'],
      ['central-african-republic', 'THREATENS', 'francois-bozize'],
      ['faustin-archange-touadera', 'THREATENS', 'chad'],
    ],
  },
  {
    name: 'troops that exchanged fire with another side\'s soldiers attack it, and it them',
    text: 'BANGKOK, July 24 (Reuters) - Thai troops exchanged fire with Cambodian soldiers along the disputed border on Thursday, the Thai army said.',
    expect: [
      ['thailand', 'ATTACKS', 'cambodia'],
      ['cambodia', 'ATTACKS', 'thailand'],
    ],
  },
  {
    name: 'prisoners exchanged with another side are no fire',
    text: 'Russia exchanged prisoners with Ukraine on Friday in a deal brokered by the United Arab Emirates.',
    expect: [],
    forbid: [
      ['russia', 'ATTACKS', 'ukraine'],
      ['ukraine', 'ATTACKS', 'russia'],
    ],
  },
  {
    name: 'militants neutralised are attacked',
    text: 'ANKARA, Feb 3 (Reuters) - Turkey said it had neutralised 13 PKK militants in northern Iraq.',
    expect: [['turkey', 'ATTACKS', 'kurdistan-workers-party']],
    forbid: [['turkey', 'ATTACKS', 'iraq']],
  },
  {
    name: 'a strike near a capital is remembered as one on its state, whose vowed response threatens the striker',
    text: 'DUBAI, Oct 26 (Reuters) - Israeli jets struck a military site near Tehran on Saturday, Iranian state media said. Iran vowed a harsh response.',
    expect: [['iran', 'THREATENS', 'israel']],
    forbid: [['israel', 'THREATENS', 'iran']],
  },
  {
    name: 'a vowed response with no strike told before threatens no one',
    text: 'Israel and the United States held talks in Washington on Saturday. Iran vowed a harsh response.',
    expect: [],
    forbid: [
      ['iran', 'THREATENS', 'israel'],
      ['iran', 'THREATENS', 'united-states'],
    ],
  },
  {
    name: 'a warning to residents to leave before a strike threatens no side',
    text: 'BEIRUT, Nov 2 (Reuters) - Hezbollah fired rockets into northern Israel on Saturday. The Israeli military said it had struck a Hezbollah command centre in Tyre and had warned residents to leave.',
    expect: [
      ['israel', 'ATTACKS', 'hezbollah'],
      ['hezbollah', 'ATTACKS', 'israel'],
    ],
    forbid: [['israel', 'THREATENS', 'hezbollah']],
  },
  {
    name: 'a warning to a side to leave is still a threat',
    text: 'Israel warned Hezbollah to leave the border area or face a crushing response.',
    expect: [['israel', 'THREATENS', 'hezbollah']],
  },
  {
    name: 'units pushed out of a region were attacked by the side that pushed them',
    text: 'MOSCOW, March 12 (Reuters) - Russian forces, backed by North Korean troops, pushed Ukrainian units out of most of the Kursk region, the Kremlin said.',
    expect: [
      ['russia', 'ATTACKS', 'ukraine'],
      ['north-korea', 'SUPPORTS', 'russia'],
    ],
    forbid: [['ukraine', 'ATTACKS', 'russia']],
  },
  {
    name: 'a side pushed back to the table or pushed to accept a deal is not attacked',
    text: 'The United States pushed Ukraine back to the negotiating table. Trump pushed Israel to accept the ceasefire.',
    expect: [],
    forbid: [
      ['united-states', 'ATTACKS', 'ukraine'],
      ['donald-trump', 'ATTACKS', 'israel'],
    ],
  },
  {
    name: 'a state that came under a massive drone attack of another was attacked by it',
    text: 'KYIV, Aug 28 (Reuters) - Ukraine came under a massive Russian drone and missile attack overnight, officials said.',
    expect: [['russia', 'ATTACKS', 'ukraine']],
    forbid: [['ukraine', 'ATTACKS', 'russia']],
  },
  {
    name: 'soldiers who died in a group\'s attack were attacked by that group',
    text: 'PESHAWAR, Pakistan, May 4 (Reuters) - Eight Pakistani soldiers died in a TTP attack in North Waziristan.',
    expect: [['tehrik-i-taliban-pakistan', 'ATTACKS', 'pakistan']],
    forbid: [['pakistan', 'ATTACKS', 'tehrik-i-taliban-pakistan']],
  },
  {
    name: 'soldiers killed in an attack claimed by a group were attacked by that group',
    text: 'PESHAWAR, Pakistan, May 4 (Reuters) - Four Pakistani soldiers were killed in an attack claimed by the TTP in Bannu.',
    expect: [['tehrik-i-taliban-pakistan', 'ATTACKS', 'pakistan']],
    forbid: [['pakistan', 'ATTACKS', 'tehrik-i-taliban-pakistan']],
  },
  {
    name: 'a befitting response promised to a side\'s aggression threatens that side',
    text: 'ISLAMABAD, April 24 (Reuters) - Pakistan said it would give a befitting response to any Indian aggression.',
    expect: [['pakistan', 'THREATENS', 'india']],
    forbid: [['india', 'THREATENS', 'pakistan']],
  },
  {
    name: 'a response to a proposal is no threat',
    text: 'Egypt said it would give a response to the proposal from Qatar next week.',
    expect: [],
    forbid: [['egypt', 'THREATENS', 'qatar']],
  },
  {
    name: 'readiness to use nuclear weapons against a side threatens it; arms used against a side attack it',
    text: 'SEOUL, Nov 8 (Reuters) - Kim Jong Un said North Korea was ready to use nuclear weapons against South Korea. Russia has used North Korean missiles against Ukraine, Seoul said.',
    expect: [
      ['north-korea', 'THREATENS', 'south-korea'],
      ['russia', 'ATTACKS', 'ukraine'],
    ],
    forbid: [
      ['north-korea', 'ATTACKS', 'south-korea'],
      ['north-korea', 'ATTACKS', 'ukraine'],
    ],
  },
  {
    name: 'strikes a side said it carried out, told again under its foreign ministry, are its strikes',
    text: 'ISLAMABAD, Jan 18 (Reuters) - Pakistan said on Thursday it had carried out strikes on militant hideouts inside Iran. Pakistan\'s foreign ministry said the "highly coordinated" strikes targeted fighters of the Balochistan Liberation Front.',
    expect: [['pakistan', 'ATTACKS', 'balochistan-liberation-front']],
  },
  {
    name: 'strikes reported by a side that carried out none are not its strikes',
    text: 'ISLAMABAD, Jan 16 (Reuters) - Iran launched missiles at bases of Jaish al-Adl in Pakistan on Tuesday. Pakistan said the strikes had targeted the Balochistan Liberation Front.',
    expect: [],
    forbid: [['pakistan', 'ATTACKS', 'balochistan-liberation-front']],
  },
  {
    name: 'forces that pushed to retake areas seized by a militia attack the militia',
    text: 'JUBA, March 17 (Reuters) - Government forces pushed to retake areas seized by the White Army militia.',
    expect: [['south-sudan', 'ATTACKS', 'white-army']],
  },
  {
    name: 'forces only planning to retake areas do not attack yet',
    text: 'JUBA, March 17 (Reuters) - Government forces plan to retake areas seized by the White Army militia.',
    expect: [],
    forbid: [['south-sudan', 'ATTACKS', 'white-army']],
  },
  {
    name: 'forces pushed back or driven out by another side were attacked by it, not pressed by it',
    text: 'KYIV, Nov 3 (Reuters) - Kyiv said Russian forces had been pushed back by Ukrainian troops near Kupiansk. The M23 was driven out of Goma by Congolese troops, officials said.',
    expect: [
      ['ukraine', 'ATTACKS', 'russia'],
      ['democratic-republic-of-the-congo', 'ATTACKS', 'm23'],
    ],
    forbid: [
      ['ukraine', 'DEMANDS', 'russia'],
      ['russia', 'ATTACKS', 'ukraine'],
    ],
  },
  {
    name: 'a side pushed by another to act is pressed, not attacked',
    text: 'Serbia was pushed by the EU to recognise Kosovo.',
    expect: [['european-union', 'DEMANDS', 'serbia']],
    forbid: [['european-union', 'ATTACKS', 'serbia']],
  },
  {
    name: 'fire a side responded to was an attack on it by the side that fired',
    text: 'ISLAMABAD, May 2 (Reuters) - Pakistan said its troops had responded to unprovoked Indian firing along the Line of Control.',
    expect: [['india', 'ATTACKS', 'pakistan']],
    forbid: [['pakistan', 'ATTACKS', 'india']],
  },
  {
    name: 'a proposal responded to is no attack',
    text: 'Egypt responded to the Qatari proposal on Monday.',
    expect: [],
    forbid: [['qatar', 'ATTACKS', 'egypt']],
  },
  {
    name: 'a side that must be punished, or must pay a heavy price, is threatened by the speaker',
    text: 'BAKU, Sept 20 (Reuters) - Aliyev said Armenia must be punished. Netanyahu said Hamas must pay a heavy price.',
    expect: [
      ['ilham-aliyev', 'THREATENS', 'armenia'],
      ['benjamin-netanyahu', 'THREATENS', 'hamas'],
    ],
  },
  {
    name: 'a price a body without forces says a side must pay, or compensation owed, is no threat',
    text: 'The United Nations said Israel must pay a heavy price. Russia must pay compensation to Ukraine, the court said.',
    expect: [],
    forbid: [
      ['united-nations', 'THREATENS', 'israel'],
      ['russia', 'THREATENS', 'ukraine'],
    ],
  },
  {
    name: 'a warning after accusing or denouncing a side in the same sentence threatens that side',
    text: 'TEHRAN, April 2 (Reuters) - Iran accused Israel of attacking its consulate in Damascus and warned it would respond. North Korea denounced the South Korean drills and warned of "merciless" retaliation.',
    expect: [
      ['iran', 'THREATENS', 'israel'],
      ['north-korea', 'THREATENS', 'south-korea'],
    ],
    forbid: [
      ['israel', 'THREATENS', 'iran'],
      ['south-korea', 'THREATENS', 'north-korea'],
    ],
  },
  {
    name: 'countermeasures vowed after condemning a side threaten it, not the side it dealt with',
    text: 'China condemned the U.S. arms sale to Taiwan and vowed to take countermeasures.',
    expect: [['china', 'THREATENS', 'united-states']],
    forbid: [['china', 'THREATENS', 'taiwan']],
  },
  {
    name: 'strikes kept up and an offensive pushed are the subject\'s',
    text: 'Israel kept up its strikes on Hezbollah in southern Lebanon. Russia pushed its offensive against Ukrainian forces in Donetsk.',
    expect: [
      ['israel', 'ATTACKS', 'hezbollah'],
      ['russia', 'ATTACKS', 'ukraine'],
    ],
    forbid: [
      ['hezbollah', 'ATTACKS', 'israel'],
      ['ukraine', 'ATTACKS', 'russia'],
    ],
  },
  {
    name: 'forces backed by foreign troops, with no commas, are the subject; the backer is not the attacker',
    text: 'JUBA, March 17 (Reuters) - Government forces backed by Ugandan troops attacked the White Army near Nasir on Sunday.',
    expect: [
      ['south-sudan', 'ATTACKS', 'white-army'],
      ['uganda', 'SUPPORTS', 'south-sudan'],
    ],
    forbid: [['uganda', 'ATTACKS', 'white-army']],
  },
];

describeTripleCases('whole-article attacks and threats', CASES);
