import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Support in wire copy: forces sent to a side, arms given to a capital, recognition, backing won,
 * and the constructions that must not read as support (a frontier, a fight against the host).
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'a force sent in support of an army supports its state',
    text: 'ADDIS ABABA (AFP) - Eritrea sent thousands of troops into Tigray in support of the Ethiopian federal army during the war, according to a United Nations report.',
    expect: [['eritrea', 'SUPPORTS', 'ethiopia']],
  },
  {
    name: 'a force sent at the request of a government supports the state it went to',
    text: 'MAPUTO (Reuters) - Rwanda deployed 1,000 soldiers and police to Mozambique\'s Cabo Delgado province in 2021 at the request of President Filipe Nyusi to fight an Islamist insurgency.',
    expect: [['rwanda', 'SUPPORTS', 'mozambique']],
  },
  {
    name: 'a force sent to help the unnamed junta supports the state it went to',
    text: 'BAMAKO (Reuters) - Russia has deployed about 2,000 fighters to Mali to help the ruling junta battle Islamist insurgents, diplomats said on Tuesday.',
    expect: [['russia', 'SUPPORTS', 'mali']],
  },
  {
    name: 'advisers sent to defend a government support it; the one fought is not helped',
    text: 'Turkey intervened in Libya\'s war in 2020, sending military advisers and drones to defend the Government of National Unity. Turkey has also sent drones to help the government fight al Shabaab.',
    expect: [['turkey', 'SUPPORTS', 'government-of-national-unity']],
    forbid: [['turkey', 'SUPPORTS', 'al-shabaab']],
  },
  {
    name: 'troops in a joint operation with an army support its state',
    text: 'Uganda sent troops into eastern Congo in 2021 in a joint operation with the Congolese army against the ADF rebels.',
    expect: [['uganda', 'SUPPORTS', 'democratic-republic-of-the-congo']],
  },
  {
    name: 'troops massed at a frontier, sent into a state to fight, or not sent, support nobody',
    text: 'Russia sent tens of thousands of troops to Ukraine\'s border before the invasion. Turkey sent troops into northern Syria to fight Kurdish militants. Sudan has not sent any troops to Yemen to support the Saudi-led coalition since 2019.',
    expect: [],
    forbid: [
      ['russia', 'SUPPORTS', 'ukraine'],
      ['turkey', 'SUPPORTS', 'syria'],
      ['sudan', 'SUPPORTS', 'yemen'],
      ['sudan', 'SUPPORTS', 'saudi-arabia'],
    ],
  },
  {
    name: 'a group named after its nationality is the named group, not the state',
    text: "TEHRAN (Reuters) - Iran's Supreme Leader Ali Khamenei voiced support for the Palestinian group Hamas on Wednesday. Kataib Hezbollah, an Iranian-backed Iraqi militia, claimed the attack.",
    expect: [
      ['ali-khamenei', 'SUPPORTS', 'hamas'],
      ['iran', 'SUPPORTS', 'kataib-hezbollah'],
    ],
    forbid: [
      ['ali-khamenei', 'SUPPORTS', 'palestine'],
      ['iran', 'SUPPORTS', 'iraq'],
    ],
  },
  {
    name: "a backed bid is the bid's owner's, not the one the bid is against",
    text: "South Africa's bid to take Israel to the International Court of Justice was backed by Turkey, Malaysia and Bolivia.",
    expect: [
      ['turkey', 'SUPPORTS', 'south-africa'],
      ['bolivia', 'SUPPORTS', 'south-africa'],
    ],
    forbid: [['turkey', 'SUPPORTS', 'israel']],
  },
  {
    name: 'accused by X of sheltering Y: the accused shelters Y, the accuser does not',
    text: 'Pakistan has long been accused by Afghanistan of sheltering Taliban leaders in Quetta.',
    expect: [
      ['afghanistan', 'ACCUSES', 'pakistan'],
      ['pakistan', 'SUPPORTS', 'afghan-taliban'],
    ],
    forbid: [['afghanistan', 'SUPPORTS', 'afghan-taliban']],
  },
  {
    name: 'recognising a claim or a state supports its holder; refusing or promising it does not',
    text: 'France recognised Moroccan sovereignty over Western Sahara in July. Serbia does not recognise Kosovo\'s independence. Spain said it would recognise a Palestinian state next month.',
    expect: [['france', 'SUPPORTS', 'morocco']],
    forbid: [
      ['serbia', 'SUPPORTS', 'kosovo'],
      ['spain', 'SUPPORTS', 'palestine'],
    ],
  },
  {
    name: 'letting a force use one\'s territory supports it; refusing to does not',
    text: 'MOSCOW (Reuters) - Belarus allowed Russian troops to use its territory to invade Ukraine in February 2022. Azerbaijan refused to allow Russian peacekeepers to use its airspace.',
    expect: [['belarus', 'SUPPORTS', 'russia']],
    forbid: [['azerbaijan', 'SUPPORTS', 'russia']],
  },
  {
    name: 'lifting sanctions supports the state relieved; imposing or keeping them does not',
    text: 'The United States and the European Union lifted some sanctions on Syria to help the new government rebuild. The EU refused to lift sanctions on Belarus. Washington imposed new sanctions on Iran.',
    expect: [
      ['united-states', 'SUPPORTS', 'syria'],
      ['european-union', 'SUPPORTS', 'syria'],
    ],
    forbid: [
      ['european-union', 'SUPPORTS', 'belarus'],
      ['united-states', 'SUPPORTS', 'iran'],
    ],
  },
  {
    name: 'backing won, help turned to, force hired or fought beside: the helper supports',
    text: "Morocco's autonomy plan for Western Sahara won the backing of Spain in 2022. Niger's junta has turned to Russia for security assistance. Mali's junta has hired Russian mercenaries from the Wagner Group. Eritrean forces have been fighting on the side of the Fano militia in Amhara. Ukraine sought the backing of China for its peace plan.",
    expect: [
      ['spain', 'SUPPORTS', 'morocco'],
      ['russia', 'SUPPORTS', 'niger'],
      ['wagner-group', 'SUPPORTS', 'mali'],
      ['eritrea', 'SUPPORTS', 'fano'],
    ],
    forbid: [['china', 'SUPPORTS', 'ukraine']],
  },
  {
    name: 'arms shipped in a long list, relied on, supplied or delivered to a capital',
    text: 'North Korea has shipped millions of artillery shells and dozens of ballistic missiles to Russia. Azerbaijan has relied heavily on Turkish and Israeli drones. India has become a key arms supplier to Armenia. Poland has donated more than 300 tanks to Kyiv.',
    expect: [
      ['north-korea', 'SUPPORTS', 'russia'],
      ['turkey', 'SUPPORTS', 'azerbaijan'],
      ['israel', 'SUPPORTS', 'azerbaijan'],
      ['india', 'SUPPORTS', 'armenia'],
      ['poland', 'SUPPORTS', 'ukraine'],
    ],
  },
  {
    name: 'missiles sent to a capital are no aid to it',
    text: 'Russia launched 300 drones at Kyiv overnight and sent missiles to Kyiv, Ukraine said.',
    expect: [],
    forbid: [['russia', 'SUPPORTS', 'ukraine']],
  },
  {
    name: 'foreign forces and arms taken in: the giver supports the receiver, a host supports the owner, a visit stays a visit',
    text: "Burkina Faso's junta has received Russian military instructors and Turkish drones. Minsk, a staunch ally of Moscow, hosts Russian tactical nuclear weapons on its territory. The junta in Niamey has expelled French troops and welcomed Russian military advisers. Kyiv welcomed Russian President Putin.",
    expect: [
      ['russia', 'SUPPORTS', 'burkina-faso'],
      ['turkey', 'SUPPORTS', 'burkina-faso'],
      ['belarus', 'SUPPORTS', 'russia'],
    ],
    forbid: [
      ['burkina-faso', 'MEETS_WITH', 'russia'],
      ['belarus', 'MEETS_WITH', 'russia'],
      ['russia', 'SUPPORTS', 'france'],
      ['russia', 'SUPPORTS', 'ukraine'],
    ],
  },
  {
    name: 'a list of givers, goods given "with", arms received from, a patron named, a bid endorsed',
    text: "Eritrea, Egypt and Saudi Arabia have all provided military aid to the Sudanese army, diplomats say. China has provided Russia with dual-use goods, NATO said. Sudan's army chief Abdel Fattah al-Burhan accused the UAE of supplying the RSF with weapons through Chad. Ukraine received its first F-16 fighter jets from Denmark and the Netherlands in July. Hezbollah's patron Iran has been weakened by Israeli strikes. The African Union endorsed Somalia's bid to replace the mission.",
    expect: [
      ['eritrea', 'SUPPORTS', 'sudanese-armed-forces'],
      ['saudi-arabia', 'SUPPORTS', 'sudanese-armed-forces'],
      ['china', 'SUPPORTS', 'russia'],
      ['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces'],
      ['denmark', 'SUPPORTS', 'ukraine'],
      ['netherlands', 'SUPPORTS', 'ukraine'],
      ['iran', 'SUPPORTS', 'hezbollah'],
      ['african-union', 'SUPPORTS', 'somalia'],
    ],
    forbid: [['hezbollah', 'SUPPORTS', 'iran']],
  },
  {
    name: 'prisoners swapped by two sides: an exchange they agreed; accusations traded or no swap are not',
    text: "Russia and Ukraine swapped 390 prisoners each on Friday. Yemen's government and the Houthis exchanged nearly 900 prisoners in April. Armenia and Azerbaijan have not exchanged prisoners since June.",
    expect: [
      ['russia', 'AGREES_WITH', 'ukraine'],
      ['yemen', 'AGREES_WITH', 'houthis'],
    ],
    forbid: [['armenia', 'AGREES_WITH', 'azerbaijan']],
  },
  {
    name: 'ultimatums, calls joined or renewed, and pleas are demands; calls rejected or opposed are not',
    text: "ECOWAS gave Niger's junta a one-week ultimatum to reinstate President Mohamed Bazoum. Germany joined calls for Iran to release detained European citizens. The EU has renewed its call for Russia to withdraw. Ukraine's president Volodymyr Zelenskiy pleaded with the U.S. Congress to approve more military aid. Hungary opposed calls for Israel to halt arms exports.",
    expect: [
      ['ecowas', 'DEMANDS', 'niger'],
      ['germany', 'DEMANDS', 'iran'],
      ['european-union', 'DEMANDS', 'russia'],
      ['volodymyr-zelensky', 'DEMANDS', 'u-s-congress'],
    ],
    forbid: [['hungary', 'DEMANDS', 'israel']],
  },
  {
    name: 'a support verb with no object in a relative clause supports the antecedent; an attack there does not',
    text: 'Hezbollah, which Iran founded in 1982 and has armed ever since, said it would not be drawn into a new war. The Syrian Democratic Forces, which Washington has armed and trained, control Raqqa. Hamas, which Qatar has hosted since 2012, accepted the proposal. The Houthis, which the United States has struck dozens of times, fired a missile. The M23, which Rwanda denies backing, seized Goma.',
    expect: [
      ['iran', 'SUPPORTS', 'hezbollah'],
      ['united-states', 'SUPPORTS', 'syrian-democratic-forces'],
      ['qatar', 'SUPPORTS', 'hamas'],
    ],
    forbid: [
      ['united-states', 'SUPPORTS', 'houthis'],
      ['rwanda', 'SUPPORTS', 'm23'],
    ],
  },
  {
    name: 'an act alleged inside a relative clause: the accused supports the antecedent, alleged',
    text: 'KHARTOUM (Reuters) - The RSF, which the army accuses the United Arab Emirates of arming, captured El Fasher in October.',
    expect: [['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces']],
  },
  {
    name: 'fighting an enemy alongside an army supports that army',
    text: 'Burundian soldiers, deployed under a bilateral agreement with Kinshasa, have been fighting the M23 alongside the Congolese army.',
    expect: [['burundi', 'SUPPORTS', 'democratic-republic-of-the-congo']],
    forbid: [['burundi', 'SUPPORTS', 'm23']],
  },
  {
    name: 'troops that fight/NOUN alongside a group support it',
    text: 'Rwanda denies backing the M23 rebels in eastern Congo, but U.N. experts say Rwandan troops fight alongside the group.',
    expect: [['rwanda', 'SUPPORTS', 'm23']],
  },
  {
    name: 'aid named with its giver and receiver supports, unless it is halted, blocked or vetoed',
    text: 'U.S. military aid to Ukraine has slowed since January. Iranian weapons shipments to the Houthis have continued. Republicans blocked U.S. aid to Egypt for six months. The suspension of British aid to Kenya alarmed officials. Hungary has vetoed EU aid to Moldova.',
    expect: [
      ['united-states', 'SUPPORTS', 'ukraine'],
      ['iran', 'SUPPORTS', 'houthis'],
    ],
    forbid: [
      ['united-states', 'SUPPORTS', 'egypt'],
      ['united-kingdom', 'SUPPORTS', 'kenya'],
      ['european-union', 'SUPPORTS', 'moldova'],
    ],
  },
  {
    name: 'siding with, standing by, coming to the aid of, and vetoing a censure of a side support it',
    text: 'Turkey has sided with Azerbaijan throughout the conflict. India has stood by Russia despite Western pressure. Saudi Arabia came to the aid of Bahrain in 2011. The United States vetoed a resolution condemning Israel. China has not sided with Iran. Russia vetoed a U.N. resolution that demanded a ceasefire in Sudan.',
    expect: [
      ['turkey', 'SUPPORTS', 'azerbaijan'],
      ['india', 'SUPPORTS', 'russia'],
      ['saudi-arabia', 'SUPPORTS', 'bahrain'],
      ['united-states', 'SUPPORTS', 'israel'],
    ],
    forbid: [
      ['china', 'SUPPORTS', 'iran'],
      ['russia', 'SUPPORTS', 'sudan'],
    ],
  },
  {
    name: "accepting a side's demand or offer is agreeing with it; rejecting it is not",
    text: "Hamas accepted Israel's demand to release the bodies of four hostages. Cambodia agreed to Thailand's demand for a border committee meeting. Iran rejected Britain's demand to free the tanker.",
    expect: [
      ['hamas', 'AGREES_WITH', 'israel'],
      ['cambodia', 'AGREES_WITH', 'thailand'],
    ],
    forbid: [['iran', 'AGREES_WITH', 'united-kingdom']],
  },
  {
    name: 'a receiver given an amount "more than $N billion in military aid" is supported',
    text: 'The United States has given Ukraine more than $60 billion in military aid since 2022.',
    expect: [['united-states', 'SUPPORTS', 'ukraine']],
  },
  {
    name: 'an ally of a side supports it',
    text: 'Iran, a close ally of Russia, has supplied it with drones. Cuba has long been Venezuela\'s closest ally.',
    expect: [
      ['iran', 'SUPPORTS', 'russia'],
      ['cuba', 'SUPPORTS', 'venezuela'],
    ],
    forbid: [
      ['russia', 'SUPPORTS', 'iran'],
      ['venezuela', 'SUPPORTS', 'cuba'],
    ],
  },
  {
    name: '"has long accused/NOUN X of backing Y": the accusation and the alleged support',
    text: 'Pakistan has long accused India of backing the Baloch Liberation Army.',
    expect: [
      ['pakistan', 'ACCUSES', 'india'],
      ['india', 'SUPPORTS', 'baloch-liberation-army'],
    ],
  },
  {
    name: 'a day named between a demand and its clause: "demanded on Monday that X ..."',
    text: 'BRUSSELS (Reuters) - EU foreign ministers demanded on Monday that Belarus release all political prisoners.',
    expect: [['european-union', 'DEMANDS', 'belarus']],
  },
  {
    name: 'support that continues is given; support that would continue is not yet',
    text: "Iran continues to arm the Houthis, U.S. officials said. Russia has continued to supply Myanmar's junta with jets. China would continue to back Venezuela, its envoy said.",
    expect: [
      ['iran', 'SUPPORTS', 'houthis'],
      ['russia', 'SUPPORTS', 'myanmar-military'],
    ],
    forbid: [['china', 'SUPPORTS', 'venezuela']],
  },
  {
    name: 'one among the backers or suppliers of a side supports it',
    text: 'Egypt is among the main backers of the Sudanese army. Germany is one of the biggest suppliers of weapons to Ukraine.',
    expect: [
      ['egypt', 'SUPPORTS', 'sudanese-armed-forces'],
      ['germany', 'SUPPORTS', 'ukraine'],
    ],
  },
  {
    name: '"said X should stop/withdraw": a demand; "should expect" or "should be worried" is not',
    text: "China's foreign ministry said the Philippines should stop provocations at Second Thomas Shoal. The Kremlin said Washington should stop supplying weapons to Kyiv. Iran said Israel should expect a response. Analysts said Turkey should be worried.",
    expect: [
      ['china', 'DEMANDS', 'philippines'],
      ['russia', 'DEMANDS', 'united-states'],
    ],
    forbid: [['iran', 'DEMANDS', 'israel']],
  },
];

describeTripleCases('support in wire copy', CASES);
