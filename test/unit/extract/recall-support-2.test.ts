import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Backing stated by alignment ("aligned with", "allied with", "loyal to"), by money ("bankrolled"),
 * by arms given in a relative clause, by a treaty ally; and agreements a side acts under, holds or
 * made with another ("under an agreement with", "has a security agreement with", "the ceasefire
 * agreed with").
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'a group aligned with a state in a relative clause is backed by it',
    text: 'SANAA (AFP) - The Houthis, who are aligned with Iran, have attacked more than 100 merchant ships in the Red Sea since November, according to the U.S. military.',
    expect: [['iran', 'SUPPORTS', 'houthis']],
    forbid: [['houthis', 'SUPPORTS', 'iran']],
  },
  {
    name: 'a militia loyal to a state in an apposition is backed by it',
    text: 'BAGHDAD (Reuters) - Kataib Hezbollah, a powerful militia loyal to Iran, said on Monday it would suspend attacks on U.S. forces in Iraq.',
    expect: [['iran', 'SUPPORTS', 'kataib-hezbollah']],
    forbid: [['iran', 'SUPPORTS', 'iraq']],
  },
  {
    name: 'a group allied with another after a comma is backed by it',
    text: 'PESHAWAR (Reuters) - The TTP, allied with the Afghan Taliban, has stepped up its attacks on Pakistani security forces.',
    expect: [['afghan-taliban', 'SUPPORTS', 'tehrik-i-taliban-pakistan']],
  },
  {
    name: 'an alignment that ended, or one with a leader, is no backing',
    text: 'GAZA (Reuters) - Hamas, which is no longer aligned with Syria, said it would fight on. The 444th Brigade, which is aligned with Prime Minister Abdulhamid Dbeibah, deployed in Tripoli.',
    expect: [],
    forbid: [
      ['syria', 'SUPPORTS', 'hamas'],
      ['abdul-hamid-dbeibah', 'SUPPORTS', '444th-brigade'],
    ],
  },
  {
    name: 'forces loyal to an unnamed side back nobody',
    text: 'TRIPOLI (AFP) - Forces loyal to Khalifa Haftar shelled positions held by armed groups allied with the Tripoli-based government.',
    expect: [],
    forbid: [
      ['government-of-national-unity', 'SUPPORTS', 'khalifa-haftar'],
      ['khalifa-haftar', 'SUPPORTS', 'government-of-national-unity'],
    ],
  },
  {
    name: 'bankrolling a group supports it',
    text: 'DOHA (Reuters) - Qatar has bankrolled Hamas for years with the approval of Israel, officials said.',
    expect: [['qatar', 'SUPPORTS', 'hamas']],
    forbid: [['israel', 'SUPPORTS', 'hamas']],
  },
  {
    name: 'a side armed with things in a relative clause is supported by the armer',
    text: 'TRIPOLI (AFP) - The Government of National Unity, which Turkey has armed with drones since 2019, clashed with militias in the capital.',
    expect: [['turkey', 'SUPPORTS', 'government-of-national-unity']],
  },
  {
    name: "a state's treaty ally supports it",
    text: 'MANILA (Reuters) - The United States, the Philippines\' treaty ally, condemned the use of water cannon by Chinese coast guard ships.',
    expect: [['united-states', 'SUPPORTS', 'philippines']],
    forbid: [['united-states', 'SUPPORTS', 'china']],
  },
  {
    name: 'fighters who fought for a commander support him; fighting for a prize supports nobody',
    text: 'TRIPOLI (AFP) - Russian mercenaries from the Wagner Group, who fought for Khalifa Haftar during his 2019 assault on Tripoli, remain in Libya. Ukraine fought for control of Bakhmut for months.',
    expect: [['wagner-group', 'SUPPORTS', 'khalifa-haftar']],
    forbid: [['ukraine', 'SUPPORTS', 'bakhmut']],
  },
  {
    name: 'a war entered in support of an ally, attacks made in solidarity with a group, support it',
    text: 'BEIRUT (Reuters) - Hezbollah, which entered the war on Oct. 8, 2023 in support of its ally Hamas, has lost much of its leadership. The Houthis began attacking ships in the Red Sea in solidarity with Hamas.',
    expect: [
      ['hezbollah', 'SUPPORTS', 'hamas'],
      ['houthis', 'SUPPORTS', 'hamas'],
    ],
  },
  {
    name: 'deliveries resumed or completed by a state support the receiver; halted ones do not',
    text: 'WASHINGTON (Reuters) - The United States resumed weapons deliveries to Ukraine on Tuesday. Denmark and the Netherlands completed the delivery of F-16 fighter jets to Ukraine. Hungary halted fuel deliveries to Serbia.',
    expect: [
      ['united-states', 'SUPPORTS', 'ukraine'],
      ['denmark', 'SUPPORTS', 'ukraine'],
      ['netherlands', 'SUPPORTS', 'ukraine'],
    ],
    forbid: [['hungary', 'SUPPORTS', 'serbia']],
  },
  {
    name: 'support of several kinds given to a list of groups supports each',
    text: 'TEHRAN (Reuters) - Iran has provided political, financial and military support to Hamas, Hezbollah and the Houthis for years, Western officials say.',
    expect: [
      ['iran', 'SUPPORTS', 'hamas'],
      ['iran', 'SUPPORTS', 'hezbollah'],
      ['iran', 'SUPPORTS', 'houthis'],
    ],
  },
  {
    name: "a state's government named before a relative clause is the state that received arms",
    text: 'ADDIS ABABA (Reuters) - The Ethiopian government, which has received armed drones from Turkey, has used them against Fano fighters in Amhara.',
    expect: [['turkey', 'SUPPORTS', 'ethiopia']],
    forbid: [['turkey', 'SUPPORTS', 'fano']],
  },
  {
    name: "a side's allies named by nationality, or named after the noun, support it",
    text: "BAMAKO (Reuters) - Mali's junta and its Russian allies have suffered heavy losses in the north. Burkina Faso and its ally Russia signed a nuclear cooperation agreement.",
    expect: [
      ['russia', 'SUPPORTS', 'mali'],
      ['russia', 'SUPPORTS', 'burkina-faso'],
    ],
    forbid: [
      ['mali', 'SUPPORTS', 'russia'],
      ['burkina-faso', 'SUPPORTS', 'russia'],
    ],
  },
  {
    name: "a state's proxies are supported by it: listed, named or described by nationality",
    text: "BEIRUT (Reuters) - Israel has struck Iran's proxies across the region, including Hezbollah in Lebanon and the Houthis in Yemen. Kataib Hezbollah, an Iranian proxy, claimed the drone attack.",
    expect: [
      ['iran', 'SUPPORTS', 'hezbollah'],
      ['iran', 'SUPPORTS', 'houthis'],
      ['iran', 'SUPPORTS', 'kataib-hezbollah'],
    ],
    forbid: [
      ['israel', 'SUPPORTS', 'hezbollah'],
      ['iran', 'SUPPORTS', 'lebanon'],
      ['iran', 'SUPPORTS', 'yemen'],
    ],
  },
  {
    name: 'the backer named in a "whose backer is" clause supports the antecedent',
    text: 'GOMA (Reuters) - The M23, whose main backer is Rwanda according to U.N. experts, controls the cities of Goma and Bukavu.',
    expect: [['rwanda', 'SUPPORTS', 'm23']],
  },
  {
    name: 'a former ally supports nobody',
    text: 'ADDIS ABABA (Reuters) - Eritrea, a former ally of Ethiopia during the Tigray war, massed troops near the border.',
    expect: [],
    forbid: [['eritrea', 'SUPPORTS', 'ethiopia']],
  },
  {
    name: "arms of another state's make used by a side are that state's support; militias of a nationality are not its state",
    text: 'KYIV (Reuters) - Russia has used North Korean ballistic missiles against Ukrainian cities. Russia has fired thousands of Iranian-made Shahed drones at Ukraine. Iran has armed Hezbollah, the Houthis and Iraqi militias for decades.',
    expect: [
      ['north-korea', 'SUPPORTS', 'russia'],
      ['iran', 'SUPPORTS', 'russia'],
      ['iran', 'SUPPORTS', 'houthis'],
    ],
    forbid: [
      ['north-korea', 'SUPPORTS', 'ukraine'],
      ['iran', 'SUPPORTS', 'ukraine'],
      ['iran', 'SUPPORTS', 'iraq'],
    ],
  },
  {
    name: 'funding relied on, and backing from a listed set of states, come from each giver',
    text: 'RAMALLAH (AFP) - The Palestinian Authority, which relies on donor funding from the European Union, faces a financial crisis. Haftar enjoys the backing of Egypt, the UAE and Russia.',
    expect: [
      ['european-union', 'SUPPORTS', 'palestinian-authority'],
      ['egypt', 'SUPPORTS', 'khalifa-haftar'],
      ['united-arab-emirates', 'SUPPORTS', 'khalifa-haftar'],
      ['russia', 'SUPPORTS', 'khalifa-haftar'],
    ],
  },
  {
    name: 'loans, bailouts and asylum given are support; an amount may stand before the resource',
    text: 'ISLAMABAD (Reuters) - The International Monetary Fund approved a $7 billion bailout for Pakistan on Wednesday. Pakistan received a $1 billion loan from Saudi Arabia. Russia granted asylum to Bashar al-Assad.',
    expect: [
      ['international-monetary-fund', 'SUPPORTS', 'pakistan'],
      ['saudi-arabia', 'SUPPORTS', 'pakistan'],
      ['russia', 'SUPPORTS', 'bashar-al-assad'],
    ],
    forbid: [['pakistan', 'SUPPORTS', 'saudi-arabia']],
  },
  {
    name: 'a side supplied with arms in a "whom it" clause is supported by the main subject',
    text: 'TEHRAN (Reuters) - Iran maintains close ties with the Houthis, whom it has supplied with missiles and drones, according to U.S. officials.',
    expect: [['iran', 'SUPPORTS', 'houthis']],
    forbid: [['united-states', 'SUPPORTS', 'houthis'], ['houthis', 'SUPPORTS', 'iran']],
  },
  {
    name: 'a state and its ally that turned to a capital for arms are both supported by that state',
    text: 'OUAGADOUGOU (AFP) - Burkina Faso and its ally Niger have also turned to Moscow for weapons.',
    expect: [
      ['russia', 'SUPPORTS', 'burkina-faso'],
      ['russia', 'SUPPORTS', 'niger'],
      ['niger', 'SUPPORTS', 'burkina-faso'],
    ],
    forbid: [['burkina-faso', 'SUPPORTS', 'niger']],
  },
  {
    name: 'arms sent to a capital support its state; drones sent to a capital may be an attack',
    text: 'CAIRO (AFP) - Egypt sent weapons to Mogadishu weeks later. Russia sent drones to Kyiv overnight.',
    expect: [['egypt', 'SUPPORTS', 'somalia']],
    forbid: [['russia', 'SUPPORTS', 'ukraine']],
  },
  {
    name: 'alleged deployments in support of a group, territory lent to troops, and second alleged acts are alleged support',
    text: 'KINSHASA (AFP) - Congo accuses Rwanda of deploying thousands of troops in support of the M23 rebels. Ukraine accuses Belarus of allowing Russian troops to use its territory. Israel accuses Iran of funding Hamas and of arming the Houthis.',
    expect: [
      ['rwanda', 'SUPPORTS', 'm23'],
      ['belarus', 'SUPPORTS', 'russia'],
      ['iran', 'SUPPORTS', 'hamas'],
      ['iran', 'SUPPORTS', 'houthis'],
    ],
    forbid: [
      ['democratic-republic-of-the-congo', 'SUPPORTS', 'm23'],
      ['ukraine', 'SUPPORTS', 'russia'],
      ['israel', 'SUPPORTS', 'houthis'],
    ],
  },
  {
    name: 'weapons smuggled to a group, with the participle tagged as an adjective, support it',
    text: 'JERUSALEM (Reuters) - Israel said Iran had smuggled weapons to Hezbollah through Syria.',
    expect: [['iran', 'SUPPORTS', 'hezbollah']],
    forbid: [['syria', 'SUPPORTS', 'hezbollah'], ['israel', 'SUPPORTS', 'hezbollah']],
  },
  {
    name: 'a pair bound by an agreement agreed; one not bound did not',
    text: 'BAKU (Reuters) - Azerbaijan and Armenia are bound by a peace agreement initialled in Washington. Georgia is not bound by the accord with Turkey.',
    expect: [['azerbaijan', 'AGREES_WITH', 'armenia']],
    forbid: [['georgia', 'AGREES_WITH', 'turkey']],
  },
  {
    name: 'a side fighting with weapons supplied by a state is supported by it; arms destroyed are not',
    text: 'KHARTOUM (Reuters) - The RSF, which has been fighting the army since April 2023 with weapons allegedly supplied by the United Arab Emirates, seized El Fasher. Ukraine destroyed tanks supplied by Iran to Russia.',
    expect: [['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces']],
    forbid: [['iran', 'SUPPORTS', 'ukraine']],
  },
  {
    name: "a state's recognition of a side's sovereignty or claim supports that side; recognition sought does not",
    text: "RABAT (Reuters) - Morocco welcomed France's recognition of its sovereignty over Western Sahara. Algeria condemned the U.S. recognition of Morocco's claim. Somaliland is still seeking recognition of its independence from the United States.",
    expect: [
      ['france', 'SUPPORTS', 'morocco'],
      ['united-states', 'SUPPORTS', 'morocco'],
    ],
    forbid: [
      ['morocco', 'SUPPORTS', 'france'],
      ['united-states', 'SUPPORTS', 'somaliland'],
      ['algeria', 'SUPPORTS', 'morocco'],
    ],
  },
  {
    name: 'an unowned "the army" keeps the reading it got first in the story',
    text: 'PORT SUDAN (Reuters) - The RSF has been fighting the army since April 2023. Egypt and Turkey, which have supplied the army with drones, called for a truce.',
    expect: [
      ['egypt', 'SUPPORTS', 'sudan'],
      ['turkey', 'SUPPORTS', 'sudan'],
    ],
    forbid: [['egypt', 'SUPPORTS', 'turkey']],
  },
  {
    name: "an army read as one of the givers' own receives nothing from them",
    text: 'KHARTOUM (Reuters) - Egypt and Turkey have supplied the army with drones, while the UAE has backed the RSF.',
    expect: [['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces']],
    forbid: [
      ['turkey', 'SUPPORTS', 'egypt'],
      ['egypt', 'SUPPORTS', 'turkey'],
    ],
  },
  {
    name: 'arms sales a rule bars are no support; sales that happen are',
    text: 'WASHINGTON (Reuters) - The State Department designated Iran a state sponsor of terrorism in 1984, a label that bars U.S. arms sales to Tehran. U.S. arms sales to Taiwan angered Beijing.',
    expect: [['united-states', 'SUPPORTS', 'taiwan']],
    forbid: [['united-states', 'SUPPORTS', 'iran']],
  },
  {
    name: 'troops operating under an agreement with a state: the two agreed',
    text: 'MAPUTO (Reuters) - Rwandan troops have operated in Cabo Delgado since 2021 under an agreement with Mozambique.',
    expect: [['rwanda', 'AGREES_WITH', 'mozambique']],
  },
  {
    name: 'a fronted "under a deal with" names the subject of the clause as a party',
    text: 'ANKARA (Reuters) - Under a 2016 deal with the European Union, Turkey agreed to take back migrants who crossed to Greece.',
    expect: [['turkey', 'AGREES_WITH', 'european-union']],
    forbid: [['greece', 'AGREES_WITH', 'turkey']],
  },
  {
    name: 'a pair that restored ties under a brokered deal agreed; the broker is no party',
    text: 'RIYADH (Reuters) - Saudi Arabia and Iran, which restored ties under a China-brokered deal in 2023, held talks in Riyadh on Yemen.',
    expect: [['saudi-arabia', 'AGREES_WITH', 'iran']],
    forbid: [['china', 'AGREES_WITH', 'iran'], ['china', 'AGREES_WITH', 'saudi-arabia']],
  },
  {
    name: 'holding or clinching an agreement with a state is agreeing with it',
    text: 'CANBERRA (Reuters) - Australia has a security agreement with Papua New Guinea. Russia clinched a deal with Syria to keep its naval base at Tartus.',
    expect: [
      ['australia', 'AGREES_WITH', 'papua-new-guinea'],
      ['russia', 'AGREES_WITH', 'syria'],
    ],
  },
  {
    name: 'a ceasefire agreed with a side binds the subject committed to it',
    text: 'JERUSALEM (Reuters) - Israel said it remained committed to the ceasefire agreed with Hamas in January.',
    expect: [['israel', 'AGREES_WITH', 'hamas']],
  },
  {
    name: 'a pair that signed after a handshake agreed; an onlooker named with "with" is no party',
    text: 'WASHINGTON (Reuters) - Pashinyan and Aliyev shook hands at the White House after signing the declaration, with Trump looking on.',
    expect: [['nikol-pashinyan', 'AGREES_WITH', 'ilham-aliyev']],
    forbid: [
      ['donald-trump', 'AGREES_WITH', 'ilham-aliyev'],
      ['donald-trump', 'AGREES_WITH', 'nikol-pashinyan'],
    ],
  },
  {
    name: "two possessors of a treaty that took effect agreed; a proposed one binds nobody",
    text: "TEHRAN (Reuters) - Iran and Russia's 20-year strategic partnership treaty, signed in January, took effect on Wednesday. India and Pakistan's proposed treaty would take effect next year.",
    expect: [['iran', 'AGREES_WITH', 'russia']],
    forbid: [['india', 'AGREES_WITH', 'pakistan']],
  },
  {
    name: 'relations restored under a brokered deal: the two agreed, the broker mediated',
    text: 'RIYADH (Reuters) - Under a 2023 deal brokered by China, Iran restored diplomatic ties with Saudi Arabia.',
    expect: [
      ['iran', 'AGREES_WITH', 'saudi-arabia'],
      ['china', 'MEDIATES', 'iran'],
    ],
    forbid: [['china', 'AGREES_WITH', 'iran']],
  },
  {
    name: 'the pronoun after "X, which Y armed, said on Monday" is X, not Y',
    text: 'TRIPOLI (Reuters) - The Government of National Unity, which Turkey has armed with drones since 2019, said on Monday it had retaken the Abu Salim district from the Stability Support Apparatus.',
    expect: [
      ['turkey', 'SUPPORTS', 'government-of-national-unity'],
      ['government-of-national-unity', 'ATTACKS', 'stability-support-apparatus'],
    ],
    forbid: [['turkey', 'ATTACKS', 'stability-support-apparatus']],
  },
  {
    name: 'an agreement not reached, or only wanted, is none',
    text: 'WASHINGTON (Reuters) - Iran does not have a deal with the United States, officials said. Under a deal with Moscow, Kyiv would have to give up territory, Ukraine said.',
    expect: [],
    forbid: [
      ['iran', 'AGREES_WITH', 'united-states'],
      ['ukraine', 'AGREES_WITH', 'russia'],
    ],
  },
];

describeTripleCases('recall: backing by alignment and money, agreements acted under', CASES);
