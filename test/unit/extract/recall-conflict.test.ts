import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Conflict relations in wire copy: attacks whose subject names backers, armies owned by the
 * dateline, threats, support, criticism and denials in the phrasings of news agencies. Each case
 * names the triples it must yield and the tempting ones it must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'a backer in a relative aside of the subject does not attack; the unowned army is the dateline state',
    text: 'KHARTOUM (Reuters) - The army, which is backed by Egypt and Turkey, shelled RSF positions in Omdurman on Tuesday, residents said.',
    expect: [['sudan', 'ATTACKS', 'rapid-support-forces']],
    forbid: [
      ['egypt', 'ATTACKS', 'rapid-support-forces'],
      ['turkey', 'ATTACKS', 'rapid-support-forces'],
    ],
  },
  {
    name: 'troops backed by foreign forces: the backers are not the attackers',
    text: 'Troops backed by Ethiopian and Kenyan forces killed 30 al Shabaab fighters in an operation in Lower Shabelle on Sunday. Government forces backed by Burundian troops attacked M23 positions near Sake.',
    expect: [],
    forbid: [
      ['ethiopia', 'ATTACKS', 'al-shabaab'],
      ['kenya', 'ATTACKS', 'al-shabaab'],
      ['burundi', 'ATTACKS', 'm23'],
    ],
  },
  {
    name: 'the army that repels an attack is the dateline state, not the backer named in the aside',
    text: 'KINSHASA (Reuters) - The army said on Monday it had repelled an attack by M23 rebels, whom Kinshasa says are backed by Rwanda, near Goma.',
    expect: [['m23', 'ATTACKS', 'democratic-republic-of-the-congo']],
    forbid: [['m23', 'ATTACKS', 'rwanda']],
  },
  {
    name: 'an army not written at the dateline stays unowned',
    text: 'The army shelled RSF positions in Omdurman on Tuesday, residents said.',
    expect: [],
    forbid: [['sudan', 'ATTACKS', 'rapid-support-forces']],
  },
  {
    name: 'an actor closing a participle phrase before ", and" is not a coordinated subject',
    text: 'The Syrian army shelled Idlib, a region of Syria held by HTS, and Turkey condemned the attack.',
    expect: [['turkey', 'CRITICIZES', 'syria']],
    forbid: [['hayat-tahrir-al-sham', 'CRITICIZES', 'syria']],
  },
  {
    name: 'a claim noun modified by a demonym or an abbreviation names who made the claim',
    text: 'YEREVAN (AFP) - Armenia said Azerbaijani troops had fired on its positions. Azerbaijan denied the Armenian claims, calling them disinformation. Iran dismissed U.S. claims that it had sent ballistic missiles to Russia.',
    expect: [
      ['azerbaijan', 'DENIES', 'armenia'],
      ['iran', 'DENIES', 'united-states'],
    ],
    forbid: [['iran', 'SUPPORTS', 'russia']],
  },
  {
    name: "a denier does not deny its own side's reports, nor a role imputed to another",
    text: 'Azerbaijan denied Azerbaijani reports of a build-up. Russia denied Ukrainian involvement in the blast.',
    expect: [],
    forbid: [
      ['azerbaijan', 'DENIES', 'azerbaijan'],
      ['russia', 'DENIES', 'ukraine'],
    ],
  },
  {
    name: "regret or concern over an actor's act is criticism; concern about a situation is not",
    text: "The European Union expressed concern over Georgia's decision to suspend accession talks. Japan expressed deep regret over South Korea's move to scrap the pact. China expressed concern about the deteriorating situation in Myanmar.",
    expect: [
      ['european-union', 'CRITICIZES', 'georgia'],
      ['japan', 'CRITICIZES', 'south-korea'],
    ],
    forbid: [['china', 'CRITICIZES', 'myanmar']],
  },
  {
    name: "an act done in protest at another actor's act criticises that actor",
    text: "Algeria recalled its ambassador from Paris in protest at France's support for Morocco's autonomy plan.",
    expect: [
      ['algeria', 'CRITICIZES', 'france'],
      ['france', 'SUPPORTS', 'morocco'],
    ],
    forbid: [['algeria', 'CRITICIZES', 'morocco']],
  },
  {
    name: "condemned what it called an actor's attack",
    text: "The Kremlin condemned what it called Ukraine's terrorist attack on a civilian train.",
    expect: [['russia', 'CRITICIZES', 'ukraine']],
  },
  {
    name: 'troops deployed to fight alongside a side support it',
    text: 'North Korea deployed troops to fight alongside Russia in the Kursk region, South Korean intelligence said. Rwanda has deployed thousands of troops to fight alongside M23 rebels in eastern Congo, U.N. experts said.',
    expect: [
      ['north-korea', 'SUPPORTS', 'russia'],
      ['rwanda', 'SUPPORTS', 'm23'],
    ],
    forbid: [['rwanda', 'SUPPORTS', 'democratic-republic-of-the-congo']],
  },
  {
    name: 'support restated, a weapons package announced, coordinated verbs of support, shoring up',
    text: "The European Union reaffirmed its support for Ukraine's sovereignty. The United States announced a new weapons package for Taiwan worth $500 million. The UAE has armed and financed the RSF, the Sudanese government said. Russia has propped up Assad's government for a decade.",
    expect: [
      ['european-union', 'SUPPORTS', 'ukraine'],
      ['united-states', 'SUPPORTS', 'taiwan'],
      ['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces'],
      ['russia', 'SUPPORTS', 'bashar-al-assad'],
    ],
  },
  {
    name: "an announcement without a package, and bolstering one's own defences, support no one",
    text: 'The United States announced sanctions on Venezuela. The Sudanese army bolstered its defences around Khartoum.',
    expect: [],
    forbid: [
      ['united-states', 'SUPPORTS', 'venezuela'],
      ['sudanese-armed-forces', 'SUPPORTS', 'sudan'],
    ],
  },
  {
    name: "an armed group's threat to attack, with no target named, is against the state the sentence names",
    text: 'MOGADISHU (Reuters) - Al Shabaab on Tuesday threatened to attack any school that opened in areas under its control, in a statement that the Somali government condemned.',
    expect: [['al-shabaab', 'THREATENS', 'somalia']],
  },
  {
    name: "an armed group's threat with no state named in the sentence is against the dateline state",
    text: 'ABUJA (Reuters) - Boko Haram threatened to attack any school that reopened in the northeast, the group said in a statement.',
    expect: [['boko-haram', 'THREATENS', 'nigeria']],
  },
  {
    name: 'a threat to respond to an act answers its agent',
    text: 'Venezuela threatened to respond militarily to any U.S. incursion.',
    expect: [['venezuela', 'THREATENS', 'united-states']],
  },
  {
    name: 'a quoted condition names whom the promised force is against',
    text: '"If Ukraine strikes Russian territory again, we will strike the decision-making centres," Medvedev said. "If the talks fail, we will keep fighting," the Houthi spokesman said.',
    expect: [['dmitry-medvedev', 'THREATENS', 'ukraine']],
    forbid: [['dmitry-medvedev', 'THREATENS', 'russia']],
  },
  {
    name: 'a relative clause behind a speech frame whose verb is tagged as a noun: the antecedent is backed',
    text: 'M23 rebels, who United Nations experts say are backed by Rwanda, seized the town of Walikale on Wednesday.',
    expect: [['rwanda', 'SUPPORTS', 'm23']],
    forbid: [['rwanda', 'SUPPORTS', 'united-nations']],
  },
  {
    name: 'the main subject is a side of the fighting it came out of',
    text: 'M23 rebels seized the town of Walikale on Wednesday after days of fighting with Congolese troops and allied militias, residents said.',
    expect: [
      ['m23', 'ATTACKS', 'democratic-republic-of-the-congo'],
      ['democratic-republic-of-the-congo', 'ATTACKS', 'm23'],
    ],
  },
  {
    name: 'an attack after "what X called" hits the thing so called',
    text: 'Pakistani warplanes struck what the military called hideouts of the Pakistani Taliban in Afghanistan overnight, a Taliban spokesman said.',
    expect: [['pakistan', 'ATTACKS', 'tehrik-i-taliban-pakistan']],
    forbid: [['pakistan', 'ATTACKS', 'afghan-taliban']],
  },
  {
    name: '"and its forces" after a clause: the forces of that clause\'s subject',
    text: 'The Taliban government in Kabul vowed to retaliate, and its forces attacked several Pakistani border posts on Sunday.',
    expect: [['afghan-taliban', 'ATTACKS', 'pakistan']],
  },
  {
    name: 'an intercepted projectile was launched at the interceptor by its owner',
    text: 'Israel intercepted a Houthi missile fired from Yemen, the military said. Poland shot down Russian drones that entered its airspace.',
    expect: [
      ['houthis', 'ATTACKS', 'israel'],
      ['poland', 'ATTACKS', 'russia'],
    ],
    forbid: [['israel', 'ATTACKS', 'houthis']],
  },
  {
    name: 'relying on a foreign force or its arms is being supported by it',
    text: "Mali's junta has relied on Russia's Africa Corps since the French withdrawal. The Sudanese army depends on Egyptian and Turkish drones. Ethiopia relied on Kenya to mediate.",
    expect: [
      ['africa-corps', 'SUPPORTS', 'mali'],
      ['egypt', 'SUPPORTS', 'sudanese-armed-forces'],
      ['turkey', 'SUPPORTS', 'sudanese-armed-forces'],
    ],
    forbid: [
      ['russia', 'SUPPORTS', 'mali'],
      ['kenya', 'SUPPORTS', 'ethiopia'],
    ],
  },
  {
    name: 'a backer named with a plural possessive, a supplier of arms to a receiver',
    text: "Iran, the Houthis' main backer, has denied arming the group. Turkey has been a key supplier of drones to Ukraine since 2019.",
    expect: [
      ['iran', 'SUPPORTS', 'houthis'],
      ['turkey', 'SUPPORTS', 'ukraine'],
    ],
  },
  {
    name: 'a helper in a "with the help of" aside supports the subject and does not act with it',
    text: 'The army, with the help of Turkish drones, recaptured the town from the RSF. The RSF gets weapons from the UAE through Chad and Libya, U.N. experts said. Germany has become Ukraine\'s second-largest military donor.',
    expect: [
      ['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces'],
      ['germany', 'SUPPORTS', 'ukraine'],
    ],
    forbid: [
      ['turkey', 'ATTACKS', 'rapid-support-forces'],
      ['chad', 'SUPPORTS', 'rapid-support-forces'],
    ],
  },
  {
    name: 'coordinated modifiers of an attack noun are all its agents; a place before them is not',
    text: 'Houthi forces attacked a ship in the Red Sea, the UKMTO said, a day after U.S. and British strikes on Houthi targets. In Lebanon and Syria, Israeli strikes on Hezbollah killed five people.',
    expect: [
      ['united-states', 'ATTACKS', 'houthis'],
      ['united-kingdom', 'ATTACKS', 'houthis'],
      ['israel', 'ATTACKS', 'hezbollah'],
    ],
    forbid: [
      ['lebanon', 'ATTACKS', 'hezbollah'],
      ['syria', 'ATTACKS', 'hezbollah'],
    ],
  },
  {
    name: "an actor's act judged, opposed, rejected or reacted to angrily is criticism of the actor",
    text: "Turkey's foreign ministry said Israel's strike on Qatar was a flagrant violation of international law. China said it was firmly opposed to the U.S. arms sale to Taiwan. Saudi Arabia voiced its rejection of Israel's plan to occupy Gaza City. The Rwandan government said it deplored the Belgian decision to cut ties. Russia reacted angrily to Finland's decision to join NATO.",
    expect: [
      ['turkey', 'CRITICIZES', 'israel'],
      ['china', 'CRITICIZES', 'united-states'],
      ['saudi-arabia', 'CRITICIZES', 'israel'],
      ['rwanda', 'CRITICIZES', 'belgium'],
      ['russia', 'CRITICIZES', 'finland'],
    ],
    forbid: [
      ['turkey', 'CRITICIZES', 'qatar'],
      ['china', 'CRITICIZES', 'taiwan'],
    ],
  },
  {
    name: "rejecting an actor's act is no denial of a claim; opposition to a situation is no criticism",
    text: "The Arab League said it rejected Ethiopia's unilateral filling of the dam. Egypt said it was opposed to the escalation in Sudan.",
    expect: [],
    forbid: [
      ['arab-league', 'DENIES', 'ethiopia'],
      ['egypt', 'CRITICIZES', 'sudan'],
    ],
  },
  {
    name: 'a charge in apposition to a report is denied to its speaker; support judged a violation is criticised',
    text: "The RSF gets weapons from the United Arab Emirates through Chad, U.N. experts said, a charge Abu Dhabi denies. Sudan's foreign ministry said the Emirati support for the RSF was a flagrant violation of Sudan's sovereignty.",
    expect: [
      ['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces'],
      ['united-arab-emirates', 'DENIES', 'united-nations'],
      ['sudan', 'CRITICIZES', 'united-arab-emirates'],
    ],
    forbid: [
      ['united-arab-emirates', 'DENIES', 'rapid-support-forces'],
      ['sudan', 'CRITICIZES', 'rapid-support-forces'],
    ],
  },
  {
    name: '"what the military called" after a dateline: the army there is not the target',
    text: 'ISLAMABAD (Reuters) - Pakistani warplanes struck what the military called hideouts of the Pakistani Taliban in eastern Afghanistan overnight, a Taliban spokesman said.',
    expect: [['pakistan', 'ATTACKS', 'tehrik-i-taliban-pakistan']],
  },
  {
    name: 'a relative after "group of leader" is about the group',
    text: "South Sudan's army blamed the attack on the SPLM-IO of Riek Machar, which denied involvement.",
    expect: [
      ['south-sudan', 'ACCUSES', 'sudan-peoples-liberation-movement-in-opposition'],
      ['sudan-peoples-liberation-movement-in-opposition', 'DENIES', 'south-sudan'],
    ],
    forbid: [['riek-machar', 'DENIES', 'south-sudan']],
  },
  {
    name: 'force held ready, a response warned of, territory to be taken by force: threats',
    text: 'Iran said it would not hesitate to strike Israel if attacked. North Korea warned of a "merciless" response to the joint drills by South Korea and the United States. Azerbaijan\'s president threatened to take Armenian territory by force.',
    expect: [
      ['iran', 'THREATENS', 'israel'],
      ['north-korea', 'THREATENS', 'south-korea'],
      ['north-korea', 'THREATENS', 'united-states'],
      ['azerbaijan', 'THREATENS', 'armenia'],
    ],
    forbid: [['iran', 'ATTACKS', 'israel']],
  },
  {
    name: 'hesitating to strike and a response to a situation are no threats',
    text: 'Iran hesitated to strike Israel. The WHO warned of a slow response to the outbreak in Sudan.',
    expect: [],
    forbid: [
      ['iran', 'THREATENS', 'israel'],
      ['world-health-organization', 'THREATENS', 'sudan'],
    ],
  },
  {
    name: "victims of a nominal attack named as the passive subject are the target",
    text: 'Three Nigerian soldiers were killed in an ISWAP attack on a base in Borno, the army said. Two Hamas commanders were killed in an Israeli strike on Gaza. Three soldiers were killed in an ISWAP attack near Baga.',
    expect: [
      ['islamic-state-west-africa-province', 'ATTACKS', 'nigeria'],
      ['israel', 'ATTACKS', 'hamas'],
    ],
    forbid: [['nigeria', 'ATTACKS', 'islamic-state-west-africa-province']],
  },
  {
    name: 'forces operating alongside a side and arms funnelled to it support it',
    text: 'Rwandan troops are operating alongside M23 rebels in North Kivu, a U.N. report said. Abu Dhabi has funneled weapons to the RSF through airstrips in eastern Chad, the report said.',
    expect: [
      ['rwanda', 'SUPPORTS', 'm23'],
      ['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces'],
    ],
    forbid: [['chad', 'SUPPORTS', 'rapid-support-forces']],
  },
  {
    name: 'an unowned army is not the state that arms, backs or mediates for others in the sentence before',
    text: 'Iran has armed the Houthis for years. The army struck Houthi positions in Marib on Friday, the Yemeni government said. Rwanda denies backing the M23. The army accused the rebels of killing civilians in Goma.',
    expect: [
      ['iran', 'SUPPORTS', 'houthis'],
      ['yemen', 'ATTACKS', 'houthis'],
    ],
    forbid: [
      ['iran', 'ATTACKS', 'houthis'],
      ['rwanda', 'ACCUSES', 'm23'],
    ],
  },
  {
    name: 'unowned government forces are the dateline state, never a host of talks',
    text: 'KHARTOUM (Reuters) - Government forces bombed RSF positions near El Obeid on Tuesday, residents said.',
    expect: [['sudan', 'ATTACKS', 'rapid-support-forces']],
  },
  {
    name: 'a host of talks is not the owner of government forces',
    text: 'Saudi Arabia hosted talks between the warring parties in Jeddah. Government forces later bombed RSF positions near El Obeid.',
    expect: [],
    forbid: [['saudi-arabia', 'ATTACKS', 'rapid-support-forces']],
  },
  {
    name: 'fire of words: under fire over an act, criticism drawn from a critic, taking aim, faulting, mocking',
    text: 'Israel came under fire from the United Nations over the strikes on aid convoys. Germany has faced criticism from Poland over its slow delivery of tanks. Kenya\'s president took aim at Uganda over the border dispute. The Ethiopian government faulted Egypt for the collapse of the talks. Trump mocked Zelenskiy as a "dictator without elections".',
    expect: [
      ['united-nations', 'CRITICIZES', 'israel'],
      ['poland', 'CRITICIZES', 'germany'],
      ['kenya', 'CRITICIZES', 'uganda'],
      ['ethiopia', 'CRITICIZES', 'egypt'],
      ['donald-trump', 'CRITICIZES', 'volodymyr-zelensky'],
    ],
    forbid: [['united-nations', 'ATTACKS', 'israel']],
  },
  {
    name: 'fire of guns: troops under fire from fighters are attacked',
    text: 'Israeli troops came under fire from Hezbollah fighters near the border on Sunday.',
    expect: [['hezbollah', 'ATTACKS', 'israel']],
    forbid: [['hezbollah', 'CRITICIZES', 'israel']],
  },
  {
    name: 'having nothing to do with what one was accused of is a denial; with no accusation it is none',
    text: 'Ukraine accused Russia of using chemical weapons near Bakhmut. Qatar said it had nothing to do with the decision. Moscow said it had nothing to do with the incident.',
    expect: [['russia', 'DENIES', 'ukraine']],
    forbid: [['qatar', 'DENIES', 'ukraine']],
  },
  {
    name: 'army-held or government-held places belong to the reporting state or the dateline state',
    text: 'KHARTOUM (Reuters) - The Rapid Support Forces shelled army-held towns in North Kordofan on Tuesday, residents said. Houthi rebels fired missiles at government-held Marib, Yemen\'s government said.',
    expect: [
      ['rapid-support-forces', 'ATTACKS', 'sudan'],
      ['houthis', 'ATTACKS', 'yemen'],
    ],
  },
  {
    name: 'an army-held place with no reporting state and no dateline has no owner',
    text: 'The RSF shelled army-held towns in North Kordofan on Tuesday, residents said.',
    expect: [],
    forbid: [['rapid-support-forces', 'ATTACKS', 'sudan']],
  },
  {
    name: 'vowing to destroy or annihilate a side threatens it',
    text: 'Netanyahu vowed to destroy Hamas. Kim Jong Un vowed to annihilate South Korea if attacked. Ethiopia vowed to defeat poverty.',
    expect: [
      ['benjamin-netanyahu', 'THREATENS', 'hamas'],
      ['kim-jong-un', 'THREATENS', 'south-korea'],
    ],
    forbid: [['benjamin-netanyahu', 'ATTACKS', 'hamas']],
  },
  {
    name: 'an attack answered by a side was on that side',
    text: "In response to Iran's missile attack, Israel struck military targets in Iran on Saturday. Pakistan's military said it had retaliated against \"unprovoked\" Afghan Taliban attacks on its border posts. In response to the attack, the United Nations called for restraint.",
    expect: [
      ['iran', 'ATTACKS', 'israel'],
      ['israel', 'ATTACKS', 'iran'],
      ['afghan-taliban', 'ATTACKS', 'pakistan'],
      ['pakistan', 'ATTACKS', 'afghan-taliban'],
    ],
    forbid: [['iran', 'ATTACKS', 'united-nations']],
  },
  {
    name: 'retaliating by firing, and responding with fire, attack the side answered',
    text: 'Iran retaliated by firing more than 100 ballistic missiles at Israel. Afghan Taliban forces attacked Pakistani border posts overnight, and Pakistan responded with heavy artillery fire, the military said.',
    expect: [
      ['iran', 'ATTACKS', 'israel'],
      ['afghan-taliban', 'ATTACKS', 'pakistan'],
      ['pakistan', 'ATTACKS', 'afghan-taliban'],
    ],
    forbid: [['israel', 'ATTACKS', 'iran']],
  },
  {
    name: 'a long noun phrase of projectiles before the target of firing or launching',
    text: "KYIV (Reuters) - Russia launched a barrage of drones and missiles at Ukraine's energy infrastructure overnight, Ukrainian officials said.",
    expect: [['russia', 'ATTACKS', 'ukraine']],
  },
  {
    name: 'a group possessed by a state or a leader heads the subject',
    text: "Yemen's Houthis claimed responsibility for a drone attack on the Israeli port of Eilat. Troops loyal to Khalifa Haftar's Libyan National Army clashed with forces of the Government of National Unity.",
    expect: [
      ['houthis', 'ATTACKS', 'israel'],
      ['libyan-national-army', 'ATTACKS', 'government-of-national-unity'],
      ['government-of-national-unity', 'ATTACKS', 'libyan-national-army'],
    ],
    forbid: [
      ['yemen', 'ATTACKS', 'israel'],
      ['khalifa-haftar', 'ATTACKS', 'government-of-national-unity'],
    ],
  },
  {
    name: 'the object of a restrictive relative clause is not the subject of the main verb',
    text: "A Saudi-led coalition that backs Yemen's government has carried out thousands of air strikes against the Houthis since 2015. The militia that Iran arms attacked U.S. troops.",
    expect: [['saudi-arabia', 'ATTACKS', 'houthis']],
    forbid: [
      ['yemen', 'ATTACKS', 'houthis'],
      ['iran', 'ATTACKS', 'united-states'],
    ],
  },
  {
    name: 'modified fire exchanged, battles and destruction are attacks',
    text: 'Israel and Iran exchanged missile fire for a fifth day on Tuesday. Hamas fighters battled Israeli troops in Zeitoun. Venezuela said U.S. forces had destroyed a Venezuelan boat in the Caribbean.',
    expect: [
      ['israel', 'ATTACKS', 'iran'],
      ['iran', 'ATTACKS', 'israel'],
      ['hamas', 'ATTACKS', 'israel'],
      ['israel', 'ATTACKS', 'hamas'],
      ['united-states', 'ATTACKS', 'venezuela'],
    ],
  },
  {
    name: 'the manner gerund after an object, an ordered invasion, and "its" owned by the main clause',
    text: 'Israel said Hamas had violated the ceasefire by attacking its troops in Rafah. Russian President Vladimir Putin ordered the invasion of Ukraine in February 2022. The army of Burkina Faso suffered heavy losses when JNIM militants attacked its base in Djibo.',
    expect: [
      ['hamas', 'ATTACKS', 'israel'],
      ['vladimir-putin', 'ATTACKS', 'ukraine'],
      ['jnim', 'ATTACKS', 'burkina-faso'],
    ],
  },
  {
    name: '"the strikes" told before are their agent; firing "in response" hits the side answered',
    text: 'BEIRUT (Reuters) - Israel struck targets across southern Lebanon on Tuesday. The Israeli military said the strikes hit Hezbollah rocket launchers, and the group said it had fired drones at an army base near Safed in response.',
    expect: [
      ['israel', 'ATTACKS', 'hezbollah'],
      ['hezbollah', 'ATTACKS', 'israel'],
    ],
  },
  {
    name: 'unowned government troops as an object refer to the state named before',
    text: "Somalia's army said it had killed dozens of al Shabaab militants in an operation. The group later said it had ambushed government troops near Bulobarde.",
    expect: [
      ['somalia', 'ATTACKS', 'al-shabaab'],
      ['al-shabaab', 'ATTACKS', 'somalia'],
    ],
  },
  {
    name: "a country's demonym on unnamed fighters is not the country",
    text: 'Iraqi militias backed by Iran have attacked U.S. forces in Iraq and Syria more than 150 times since October.',
    expect: [],
    forbid: [
      ['iraq', 'ATTACKS', 'united-states'],
      ['iran', 'SUPPORTS', 'iraq'],
      ['iran', 'ATTACKS', 'united-states'],
    ],
  },
  {
    name: 'facing consequences, being punished, paying dearly and stepped-up attacks announced are threats',
    text: 'The Afghan Taliban said Pakistan would face consequences for its airstrikes in Khost. Azerbaijan\'s Aliyev said Armenia would be "punished" if it did not hand over the territory. Kim Yo Jong said South Korea would "pay dearly" for the leaflet launches. The Polisario Front said it would step up its attacks on Moroccan forces. Ukraine said Russia would face new sanctions.',
    expect: [
      ['afghan-taliban', 'THREATENS', 'pakistan'],
      ['ilham-aliyev', 'THREATENS', 'armenia'],
      ['kim-yo-jong', 'THREATENS', 'south-korea'],
      ['polisario-front', 'THREATENS', 'morocco'],
    ],
    forbid: [['ukraine', 'THREATENS', 'russia']],
  },
  {
    name: 'a vow to respond to strikes told before, a vow to retake what another holds; a veto is no threat',
    text: 'Pakistan carried out airstrikes on the Pakistani Taliban in Afghanistan overnight. The Taliban administration in Kabul said the strikes killed civilians and vowed to respond. Myanmar\'s junta vowed to retake the towns captured by the Three Brotherhood Alliance. Hungary threatened to veto the EU\'s new sanctions package against Russia.',
    expect: [
      ['afghan-taliban', 'THREATENS', 'pakistan'],
      ['myanmar-military', 'THREATENS', 'three-brotherhood-alliance'],
    ],
    forbid: [['hungary', 'THREATENS', 'russia']],
  },
  {
    name: 'the one blamed for an attack told before attacked its target',
    text: 'A drone attack on a base hosting U.S. troops in Syria caused no casualties on Monday, the Pentagon said, blaming the Islamic Resistance in Iraq. A drone attack on a Kurdish convoy caused no casualties, Iraq said, blaming Turkey.',
    expect: [['islamic-resistance-in-iraq', 'ATTACKS', 'united-states']],
    forbid: [
      ['iraq', 'ATTACKS', 'turkey'],
      ['turkey', 'ATTACKS', 'iraq'],
    ],
  },
  {
    name: 'attacks claimed by, blamed on, attributed to or behind which an actor stands',
    text: 'The bombing, which was claimed by Islamic State, targeted a Syrian army bus in Damascus. The strike on the Iranian consulate in Damascus, widely blamed on Israel, killed seven officers. Kenyan officials attributed the attack on the police post in Garissa to al Shabaab. Israel said Hezbollah was behind the rocket attack on Majdal Shams. Hamas said it was not responsible for the attack.',
    expect: [
      ['islamic-state', 'ATTACKS', 'syria'],
      ['israel', 'ATTACKS', 'iran'],
      ['al-shabaab', 'ATTACKS', 'kenya'],
      ['hezbollah', 'ATTACKS', 'israel'],
    ],
    forbid: [['hamas', 'ATTACKS', 'israel']],
  },
  {
    name: 'a quantity before the target of strikes',
    text: 'The United States and Britain carried out strikes on more than 60 Houthi targets in Yemen.',
    expect: [
      ['united-states', 'ATTACKS', 'houthis'],
      ['united-kingdom', 'ATTACKS', 'houthis'],
    ],
    forbid: [['united-states', 'ATTACKS', 'yemen']],
  },
  {
    name: "attacking a side's words is criticism; deriding, reprimanding and summoning an ambassador named with a possessive criticise",
    text: 'In a scathing statement, Eritrea\'s information ministry attacked Ethiopia\'s "belligerent rhetoric". Russia attacked Ukraine\'s energy grid. Britain summoned Iran\'s ambassador over the detention of two British citizens. Maria Zakharova derided the European Union\'s new sanctions package as absurd. Israel reprimanded Spain\'s ambassador.',
    expect: [
      ['eritrea', 'CRITICIZES', 'ethiopia'],
      ['russia', 'ATTACKS', 'ukraine'],
      ['united-kingdom', 'CRITICIZES', 'iran'],
      ['maria-zakharova', 'CRITICIZES', 'european-union'],
      ['israel', 'CRITICIZES', 'spain'],
    ],
    forbid: [['eritrea', 'ATTACKS', 'ethiopia']],
  },
  {
    name: 'a denial answers the accusation or the statement reported after it',
    text: "Sudan's army denied bombing a market in Darfur, after the RSF accused it of killing civilians. Iran has consistently denied seeking nuclear weapons, despite U.S. and Israeli claims. The Kremlin denied that Russian drones had entered Polish airspace deliberately, after Poland said it had shot down several drones.",
    expect: [
      ['sudanese-armed-forces', 'DENIES', 'rapid-support-forces'],
      ['iran', 'DENIES', 'united-states'],
      ['iran', 'DENIES', 'israel'],
      ['russia', 'DENIES', 'poland'],
    ],
  },
  {
    name: 'legitimate targets, responding to what one calls an attack, and suspected hideouts',
    text: "Yemen's Houthis said on Friday that U.S. warships would be legitimate targets if Washington joined the war. The Kremlin said Moscow would respond to what it called Kyiv's terrorist attacks on civilian infrastructure. Pakistani jets bombed suspected TTP hideouts across the border. The Taliban administration in Kabul said those strikes killed civilians and vowed to respond.",
    expect: [
      ['houthis', 'THREATENS', 'united-states'],
      ['russia', 'THREATENS', 'ukraine'],
      ['pakistan', 'ATTACKS', 'tehrik-i-taliban-pakistan'],
      ['afghan-taliban', 'THREATENS', 'pakistan'],
    ],
    forbid: [
      ['yemen', 'THREATENS', 'united-states'],
      ['pakistan', 'ATTACKS', 'afghan-taliban'],
    ],
  },
  {
    name: 'hyphenated modifiers, counter-offensives, escorted targets, control taken and pushes into owned territory',
    text: "Russia's full-scale invasion of Ukraine began in February 2022. Ukraine launched a counteroffensive against Russian forces in Kharkiv. JNIM has blockaded the capital since September, attacking convoys of tankers escorted by the Malian army. The M23 took control of Goma from Congolese forces in January. Russian forces have pushed into Ukraine's Dnipropetrovsk region. Hamas took control of Gaza in 2007. Rebels pushed into the city.",
    expect: [
      ['russia', 'ATTACKS', 'ukraine'],
      ['ukraine', 'ATTACKS', 'russia'],
      ['jnim', 'ATTACKS', 'mali'],
      ['m23', 'ATTACKS', 'democratic-republic-of-the-congo'],
    ],
  },
  {
    name: 'playing with fire, standing idly by, the right to respond, coercion and annihilation promised are threats',
    text: 'China said the United States was "playing with fire" over Taiwan. Iran said it reserved the right to respond to Israel\'s aggression. Russia threatened to cut off gas supplies to Moldova. North Korea said it would not stand idly by if South Korea continued its provocations. Kim Jong Un warned that North Korea would "annihilate" South Korea if attacked. Khamenei said Israel would receive a "crushing response". Ukraine received a shipment of Patriot missiles.',
    expect: [
      ['china', 'THREATENS', 'united-states'],
      ['iran', 'THREATENS', 'israel'],
      ['russia', 'THREATENS', 'moldova'],
      ['north-korea', 'THREATENS', 'south-korea'],
      ['kim-jong-un', 'THREATENS', 'south-korea'],
      ['ali-khamenei', 'THREATENS', 'israel'],
    ],
    forbid: [['china', 'THREATENS', 'taiwan']],
  },
  {
    name: 'a sentence-opening source phrase is no list; fighters belonging to a group; convoys carrying troops; the dead of the main clause',
    text: 'According to the Israeli military, Hezbollah launched rockets at northern Israel on Sunday. Pakistan said on Saturday its security forces had killed 30 militants belonging to the TTP in a raid. Armed men loyal to the Fano militia attacked a convoy carrying Ethiopian federal police. At least 12 Somali soldiers died when al Shabaab fighters stormed a military base.',
    expect: [
      ['hezbollah', 'ATTACKS', 'israel'],
      ['pakistan', 'ATTACKS', 'tehrik-i-taliban-pakistan'],
      ['fano', 'ATTACKS', 'ethiopia'],
      ['al-shabaab', 'ATTACKS', 'somalia'],
    ],
    forbid: [['israel', 'ATTACKS', 'israel']],
  },
  {
    name: "a speech act in a participle after a reported clause is the speaker's; a force participle stays the clause's",
    text: "The Taliban denied that the TTP operates from Afghan soil, rejecting Pakistan's accusations. Pakistan said that Indian troops attacked its posts, killing two soldiers.",
    expect: [
      ['afghan-taliban', 'DENIES', 'pakistan'],
      ['india', 'ATTACKS', 'pakistan'],
    ],
    forbid: [['tehrik-i-taliban-pakistan', 'DENIES', 'pakistan']],
  },
  {
    name: "alarm at or disapproval of a side's expansion or approval criticises the side",
    text: "U.N. Secretary-General Antonio Guterres voiced alarm at Israel's expansion of military operations in Gaza. The United States voiced strong disapproval of Israel's approval of new settlements. China voiced alarm at the expansion of the conflict.",
    expect: [
      ['antonio-guterres', 'CRITICIZES', 'israel'],
      ['united-states', 'CRITICIZES', 'israel'],
    ],
  },
];

describeTripleCases('conflict relations in wire copy', CASES);
