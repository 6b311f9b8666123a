import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Attack-family arguments far from their trigger in long wire sentences: wars between two sides,
 * sides at war, and attacks answered by the side they hit. Each case names the triples it must
 * yield and the tempting ones it must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'the war between two sides: each attacks the other, not the body that reports it',
    text: "The war between Sudan's army and the paramilitary Rapid Support Forces (RSF) has killed tens of thousands of people and displaced more than 12 million, according to the United Nations.",
    expect: [
      ['sudanese-armed-forces', 'ATTACKS', 'rapid-support-forces'],
      ['rapid-support-forces', 'ATTACKS', 'sudanese-armed-forces'],
    ],
    forbid: [
      ['united-nations', 'ATTACKS', 'rapid-support-forces'],
      ['united-nations', 'ATTACKS', 'sudanese-armed-forces'],
    ],
  },
  {
    name: 'the war between two sides while mediators try to broker a truce',
    text: 'The war between Israel and Hamas, now in its second year, has reduced much of the Gaza Strip to rubble, while Egypt and Qatar have tried to broker a ceasefire.',
    expect: [
      ['israel', 'ATTACKS', 'hamas'],
      ['hamas', 'ATTACKS', 'israel'],
    ],
    forbid: [
      ['egypt', 'ATTACKS', 'israel'],
      ['qatar', 'ATTACKS', 'hamas'],
    ],
  },
  {
    name: 'two subjects locked in a war attack each other',
    text: 'The Sudanese army and the RSF have been locked in a brutal war since April 2023, and both sides have been accused of atrocities against civilians.',
    expect: [
      ['sudanese-armed-forces', 'ATTACKS', 'rapid-support-forces'],
      ['rapid-support-forces', 'ATTACKS', 'sudanese-armed-forces'],
    ],
  },
  {
    name: 'at war with another side: both directions',
    text: 'Al-Shabaab, which has been at war with Somalia\'s federal government for more than 15 years, claimed the bombing in a statement.',
    expect: [
      ['al-shabaab', 'ATTACKS', 'somalia'],
      ['somalia', 'ATTACKS', 'al-shabaab'],
    ],
  },
  {
    name: 'a war that is not fought is no attack',
    text: 'Armenia and Azerbaijan are no longer at war, the two leaders said after signing the accord.',
    expect: [],
    forbid: [
      ['armenia', 'ATTACKS', 'azerbaijan'],
      ['azerbaijan', 'ATTACKS', 'armenia'],
    ],
  },
  {
    name: 'strikes that came in response to fire from a group: the group attacked the striking side',
    text: 'Israel said its strikes in southern Lebanon came in response to rocket fire from Hezbollah, which said it was acting in support of Hamas.',
    expect: [['hezbollah', 'ATTACKS', 'israel']],
    forbid: [['hezbollah', 'ATTACKS', 'hamas']],
  },
  {
    name: 'strikes that were in retaliation for an attack by a group: the group attacked the speaker',
    text: 'The strikes on Hodeidah port were in retaliation for a drone attack by the Houthis on Tel Aviv last week, the Israeli military said.',
    expect: [['houthis', 'ATTACKS', 'israel']],
  },
  {
    name: 'strikes of a third side answering fire: no attack on the reporter',
    text: 'The United Nations said the strikes came in response to rocket fire from Hezbollah.',
    expect: [],
    forbid: [['hezbollah', 'ATTACKS', 'united-nations']],
  },
  {
    name: "a group's attack on a base, reported by the state's president: the president's state was hit",
    text: "Colombia's ELN guerrillas attacked a military base in Arauca province with explosives-laden drones on Sunday, wounding seven soldiers, President Gustavo Petro said.",
    expect: [['national-liberation-army', 'ATTACKS', 'colombia']],
  },
  {
    name: 'a group that belongs to no state attacks a camp in a dateline state',
    text: 'BAMAKO (AFP) - JNIM fighters attacked a military camp in Boulkessi on Tuesday, and the army said it had killed dozens of the attackers.',
    expect: [['jnim', 'ATTACKS', 'mali']],
  },
  {
    name: "a base hit by another state's group is not the dateline state's",
    text: 'BEIRUT (Reuters) - The Houthis attacked a military base overnight, officials said.',
    expect: [],
    forbid: [['houthis', 'ATTACKS', 'lebanon']],
  },
  {
    name: "a city overrun that is described as a side's stronghold: that side was attacked",
    text: "PORT SUDAN (Reuters) - The RSF overran the city of El Fasher, the army's last stronghold in Darfur, after an 18-month siege, witnesses said.",
    expect: [['rapid-support-forces', 'ATTACKS', 'sudan']],
  },
  {
    name: 'a city shelled that is a group stronghold: the group was attacked',
    text: "Sudan's army shelled Omdurman, a key RSF stronghold, on Monday.",
    expect: [['sudanese-armed-forces', 'ATTACKS', 'rapid-support-forces']],
  },
  {
    name: 'airstrikes on villages held by a group: the group was attacked',
    text: "Myanmar's military launched airstrikes on villages held by the Kachin Independence Army (KIA) on Sunday, killing at least 12 people.",
    expect: [['myanmar-military', 'ATTACKS', 'kachin-independence-army']],
  },
  {
    name: 'a city described by its province is held by nobody named',
    text: 'The M23 captured Bukavu, the capital of South Kivu province, in February, while Qatar hosted talks.',
    expect: [],
    forbid: [['m23', 'ATTACKS', 'qatar']],
  },
  {
    name: "an unowned army in a story that names only one state's armed group is that state's",
    text: 'The Rapid Support Forces (RSF), which has been at war with the army since April 2023, launched a wave of drone attacks on Port Sudan on Sunday, officials said.',
    expect: [
      ['rapid-support-forces', 'ATTACKS', 'sudan'],
      ['sudan', 'ATTACKS', 'rapid-support-forces'],
    ],
  },
  {
    name: 'a town seized from an unowned military by a group of one state',
    text: 'The Arakan Army said it had seized the town of Maungdaw from the military after months of fighting, giving it control of the entire border with Bangladesh.',
    expect: [['arakan-army', 'ATTACKS', 'myanmar']],
    forbid: [['arakan-army', 'ATTACKS', 'bangladesh']],
  },
  {
    name: 'an unowned army after a state is named is not the armed group\'s state',
    text: 'Israel said Hezbollah fired rockets at its northern towns. The army said it had struck the group\'s launchers.',
    expect: [['israel', 'ATTACKS', 'hezbollah']],
    forbid: [['lebanon', 'ATTACKS', 'hezbollah']],
  },
  {
    name: 'a speaker\'s own forces killed fighters belonging to a named group',
    text: "Pakistan's military said on Wednesday that its forces had killed 30 militants belonging to the Pakistani Taliban who were trying to cross into the country from Afghanistan.",
    expect: [['pakistan', 'ATTACKS', 'tehrik-i-taliban-pakistan']],
    forbid: [['pakistan', 'ATTACKS', 'afghanistan']],
  },
  {
    name: 'fighters killed with no group named are nobody\'s',
    text: "Pakistan's military said that its forces had killed 30 militants in North Waziristan.",
    expect: [],
    forbid: [['pakistan', 'ATTACKS', 'tehrik-i-taliban-pakistan']],
  },
  {
    name: 'the aim of an offensive launched: retaking ground from a side attacks it',
    text: 'Ukrainian forces launched a counteroffensive to retake territory from Russia in the Zaporizhzhia region, Kyiv said.',
    expect: [['ukraine', 'ATTACKS', 'russia']],
  },
  {
    name: 'the aim of an offensive only planned is no attack',
    text: 'Ukraine is preparing a counteroffensive to retake territory from Russia, officials said.',
    expect: [],
    forbid: [['ukraine', 'ATTACKS', 'russia']],
  },
  {
    name: "a side's war with another: both fight it",
    text: "Israel's war with Hezbollah in 2024 killed more than 4,000 people in Lebanon, Lebanese health officials say.",
    expect: [
      ['israel', 'ATTACKS', 'hezbollah'],
      ['hezbollah', 'ATTACKS', 'israel'],
    ],
  },
  {
    name: 'the conflict between two states is fought by both',
    text: 'The conflict between India and Pakistan in May was the worst fighting between the nuclear-armed neighbours in decades.',
    expect: [
      ['india', 'ATTACKS', 'pakistan'],
      ['pakistan', 'ATTACKS', 'india'],
    ],
  },
  {
    name: 'a trade conflict between two states is no attack',
    text: 'The trade conflict between the United States and China has weighed on global markets.',
    expect: [],
    forbid: [
      ['united-states', 'ATTACKS', 'china'],
      ['china', 'ATTACKS', 'united-states'],
    ],
  },
  {
    name: 'a conflict that pits one side against another',
    text: "The conflict, which pits Sudan's army against the paramilitary Rapid Support Forces, has created the world's largest displacement crisis, the United Nations says.",
    expect: [
      ['sudanese-armed-forces', 'ATTACKS', 'rapid-support-forces'],
      ['rapid-support-forces', 'ATTACKS', 'sudanese-armed-forces'],
    ],
    forbid: [['united-nations', 'ATTACKS', 'rapid-support-forces']],
  },
  {
    name: 'a leader assassinated: the attack is on him or his group, not the host state',
    text: 'Israel assassinated Hamas political leader Ismail Haniyeh in Tehran in July 2024, an attack Iran vowed to avenge.',
    expect: [['israel', 'ATTACKS', 'hamas']],
    forbid: [['israel', 'ATTACKS', 'iran']],
  },
  {
    name: 'an offensive a side presses against another',
    text: 'Israeli forces killed at least 30 people on Saturday, the health ministry said, as Israel pressed its offensive against Hamas in Gaza City.',
    expect: [['israel', 'ATTACKS', 'hamas']],
  },
  {
    name: 'pressing for talks is no offensive',
    text: 'Egypt pressed for talks with Hamas on Sunday.',
    expect: [],
    forbid: [['egypt', 'ATTACKS', 'hamas']],
  },
  {
    name: 'a strike days after a group fired at an unnamed place: the group attacked the striker first',
    text: 'Israeli jets struck Houthi-controlled ports in Hodeidah on Monday, two days after the Iran-aligned group fired a ballistic missile at Ben Gurion airport.',
    expect: [
      ['israel', 'ATTACKS', 'houthis'],
      ['houthis', 'ATTACKS', 'israel'],
    ],
    forbid: [['iran', 'ATTACKS', 'israel']],
  },
  {
    name: 'a counted barrage shot down was an attack on the side that downed it',
    text: "Ukraine's air force said it shot down 80 of the 100 drones Russia launched overnight.",
    expect: [['russia', 'ATTACKS', 'ukraine']],
  },
  {
    name: 'a single drone shot down is not an attack by its owner',
    text: 'Algeria said its air defences shot down a Malian drone that had entered its airspace.',
    expect: [['algeria', 'ATTACKS', 'mali']],
    forbid: [['mali', 'ATTACKS', 'algeria']],
  },
  {
    name: 'the prospect of military action raised against a state is a threat',
    text: 'Azerbaijan raised the prospect of military action against Armenia if Yerevan did not withdraw its troops from the border area.',
    expect: [['azerbaijan', 'THREATENS', 'armenia']],
    forbid: [['azerbaijan', 'ATTACKS', 'armenia']],
  },
  {
    name: 'the prospect of talks raised is no threat',
    text: 'Turkey raised the prospect of talks with Syria on the border crossing.',
    expect: [],
    forbid: [['turkey', 'THREATENS', 'syria']],
  },
  {
    name: 'an ultimatum given to troops is a threat to their side',
    text: 'The M23 gave Congolese troops in Uvira a 48-hour ultimatum to withdraw or face attack.',
    expect: [['m23', 'THREATENS', 'democratic-republic-of-the-congo']],
  },
  {
    name: "a speaker's country that would respond with force to another's attack threatens it",
    text: "Venezuela's Nicolas Maduro said his country would respond with force to any U.S. attack, as American warships gathered in the Caribbean.",
    expect: [['nicolas-maduro', 'THREATENS', 'united-states']],
    forbid: [['venezuela', 'ATTACKS', 'united-states']],
  },
  {
    name: 'responding to an attack that happened is no threat',
    text: 'Iran responded to the U.S. attack with missile strikes on a base in Qatar.',
    expect: [],
    forbid: [['iran', 'THREATENS', 'united-states']],
  },
  {
    name: 'a pronoun after "X, which ..., said in a statement that" is X, not an actor of the relative clause',
    text: "BAMAKO (AFP) - JNIM fighters attacked a military camp on Tuesday. The group, which has been at war with Mali's junta since 2017, said in a statement that it had also ambushed a convoy of Malian troops and Russian Africa Corps fighters near Timbuktu.",
    expect: [['jnim', 'ATTACKS', 'africa-corps']],
    forbid: [['mali', 'ATTACKS', 'africa-corps']],
  },
  {
    name: "accused of attacking its energy grid: the accuser's grid was attacked",
    text: 'Ukraine accused Russia of attacking its energy grid with hundreds of drones overnight, calling it an act of terror.',
    expect: [['russia', 'ATTACKS', 'ukraine']],
  },
  {
    name: 'criticised for its strikes on a state: the one criticised struck that state',
    text: "Turkey criticised Israel for its strikes on Syria, saying they threatened the country's fragile transition.",
    expect: [
      ['turkey', 'CRITICIZES', 'israel'],
      ['israel', 'ATTACKS', 'syria'],
    ],
    forbid: [['turkey', 'ATTACKS', 'syria']],
  },
  {
    name: "the killing of a state's soldiers by a group",
    text: 'The African Union condemned the killing of 40 Burkinabe soldiers by JNIM militants near Djibo.',
    expect: [['jnim', 'ATTACKS', 'burkina-faso']],
    forbid: [['african-union', 'ATTACKS', 'jnim']],
  },
  {
    name: 'the killing of civilians by a side names no side as attacked',
    text: 'Amnesty condemned the killing of civilians by Israeli forces in Gaza.',
    expect: [],
    forbid: [['israel', 'ATTACKS', 'amnesty-international']],
  },
  {
    name: "strikes a clause prompted on 'their positions' hit the clause's subject",
    text: 'The Houthis have repeatedly fired missiles and drones at Israel and attacked commercial ships in the Red Sea, prompting U.S. and British strikes on their positions.',
    expect: [
      ['houthis', 'ATTACKS', 'israel'],
      ['united-states', 'ATTACKS', 'houthis'],
      ['united-kingdom', 'ATTACKS', 'houthis'],
    ],
  },
  {
    name: 'airstrikes on what a state says are hideouts of a group',
    text: 'Pakistan has carried out several airstrikes on what it says are hideouts of the Pakistani Taliban (TTP) inside Afghanistan in recent months.',
    expect: [['pakistan', 'ATTACKS', 'tehrik-i-taliban-pakistan']],
  },
  {
    name: 'a side prompted to strike another did strike it',
    text: 'The clashes prompted Israel to strike Syrian government forces.',
    expect: [['israel', 'ATTACKS', 'syria']],
  },
  {
    name: 'a side that could be prompted to strike has not struck',
    text: 'The clashes could prompt Israel to strike Syrian forces.',
    expect: [],
    forbid: [['israel', 'ATTACKS', 'syria']],
  },
  {
    name: "drones aimed at 'the capital' reported by a state hit that state",
    text: 'Kyiv said Russian forces had launched 500 drones and missiles overnight, mainly targeting the capital.',
    expect: [['russia', 'ATTACKS', 'ukraine']],
  },
  {
    name: "the capital of a region is not the speaker's capital",
    text: 'Kyiv said Russian forces had struck the capital of the Kharkiv region overnight.',
    expect: [],
    forbid: [['russia', 'ATTACKS', 'ukraine']],
  },
  {
    name: "a group's attack which killed soldiers in a dateline state",
    text: 'ISLAMABAD (Reuters) - A TTP attack, which killed 12 soldiers, drew condemnation.',
    expect: [['tehrik-i-taliban-pakistan', 'ATTACKS', 'pakistan']],
  },
  {
    name: "a second object joined by 'and its offshoot' or 'and allied' is fought too",
    text: 'Nigerian troops have been battling Boko Haram and its offshoot ISWAP in the northeast for more than 15 years.',
    expect: [
      ['nigeria', 'ATTACKS', 'boko-haram'],
      ['nigeria', 'ATTACKS', 'islamic-state-west-africa-province'],
    ],
  },
  {
    name: 'allied militias after a state\'s troops are fought too',
    text: 'M23 rebels continued to fight Congolese troops and allied Wazalendo militias around Walikale, local officials said.',
    expect: [
      ['m23', 'ATTACKS', 'democratic-republic-of-the-congo'],
      ['m23', 'ATTACKS', 'wazalendo'],
    ],
  },
  {
    name: "a sentence-initial 'It' continues the previous sentence's subject, not an actor in its subordinate clause",
    text: 'ISLAMABAD (Reuters) - The TTP has stepped up attacks since the Taliban returned to power in Kabul in 2021. It killed 12 soldiers in an ambush in South Waziristan on Monday, the military said.',
    expect: [['tehrik-i-taliban-pakistan', 'ATTACKS', 'pakistan']],
    forbid: [['afghan-taliban', 'ATTACKS', 'pakistan']],
  },
  {
    name: 'hit by a missile fired by a group: the group attacked',
    text: 'Israel was hit by a missile fired by the Houthis.',
    expect: [['houthis', 'ATTACKS', 'israel']],
  },
  {
    name: "a convoy ambushed by a group, killing a state's soldiers: the group attacked that state",
    text: 'An army convoy was ambushed by al-Shabaab fighters near Mogadishu, killing 10 Somali soldiers.',
    expect: [['al-shabaab', 'ATTACKS', 'somalia']],
  },
  {
    name: 'a side that repelled an attack, killing the attackers, hit back',
    text: "OUAGADOUGOU (Reuters) - Burkina Faso's junta said on Monday its forces had repelled an attack by JNIM militants on the town of Djibo, killing dozens of the attackers.",
    expect: [
      ['jnim', 'ATTACKS', 'burkina-faso'],
      ['burkina-faso', 'ATTACKS', 'jnim'],
    ],
  },
  {
    name: 'a side that repelled an attack that killed civilians did not hit back',
    text: 'Ukrainian forces repelled a Russian assault near Pokrovsk, killing two civilians.',
    expect: [['russia', 'ATTACKS', 'ukraine']],
    forbid: [['ukraine', 'ATTACKS', 'russia']],
  },
  {
    name: 'ground south of a capital retaken from a group: the group, not the capital\'s state, was attacked',
    text: "Sudan's army, backed by allied militias including the Sudan Shield Forces, said on Tuesday it had retaken the Jebel Aulia area south of Khartoum from the Rapid Support Forces (RSF).",
    expect: [['sudanese-armed-forces', 'ATTACKS', 'rapid-support-forces']],
    forbid: [['sudan-shield-forces', 'ATTACKS', 'sudan']],
  },
];

describeTripleCases('attack arguments far from the trigger', CASES);
