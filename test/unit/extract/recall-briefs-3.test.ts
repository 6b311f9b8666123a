import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Phrasings found by writing briefs on conflicts between armed organisations, on mediation, on
 * attacks, on words of conflict and on support: who is made to act by a participle of causing,
 * a day before a manner phrase, a junta named again as a modifier, and demonyms coordinated with a
 * name before a noun of forces. Each case names the triples it must yield and the tempting ones it
 * must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'the object of a participle of causing does the infinitive, not the main subject',
    text: 'Houthi rebels fired missiles at a U.S. destroyer, prompting U.S. jets to strike radar sites in Yemen.',
    expect: [
      ['houthis', 'ATTACKS', 'united-states'],
      ['united-states', 'ATTACKS', 'yemen'],
    ],
    forbid: [['houthis', 'ATTACKS', 'yemen']],
  },
  {
    name: 'a day between the verb and a manner phrase of force',
    text: 'Israel struck Iranian air defences on Thursday. Iran responded on Friday by firing drones at Israel.',
    expect: [
      ['israel', 'ATTACKS', 'iran'],
      ['iran', 'ATTACKS', 'israel'],
    ],
  },
  {
    name: 'a junta named before owns "junta strongholds" and speaks as "a junta spokesman"',
    text: "Myanmar's junta lost ground on Monday. The Arakan Army overran a junta base in Rakhine. A junta spokesman accused the Kachin Independence Army of shelling a school.",
    expect: [
      ['arakan-army', 'ATTACKS', 'myanmar-military'],
      ['myanmar-military', 'ACCUSES', 'kachin-independence-army'],
    ],
  },
  {
    name: 'a vow to seize a junta\'s strongholds threatens the junta',
    text: "Myanmar's junta lost ground on Monday. The Arakan Army vowed to seize the remaining junta strongholds in Rakhine state.",
    expect: [['arakan-army', 'THREATENS', 'myanmar-military']],
    forbid: [['arakan-army', 'ATTACKS', 'myanmar-military']],
  },
  {
    name: 'a junta never named is nobody',
    text: 'The Arakan Army overran a junta base in Rakhine.',
    expect: [],
    forbid: [['arakan-army', 'ATTACKS', 'myanmar']],
  },
  {
    name: 'a demonym and a name coordinated before a noun of forces are both hit',
    text: 'Russian drones hit Polish and NATO troops stationed near the border.',
    expect: [
      ['russia', 'ATTACKS', 'poland'],
      ['russia', 'ATTACKS', 'nato'],
    ],
  },
  {
    name: 'a vessel sunk is an attack on its state',
    text: 'Ukraine sank a Russian warship in the Black Sea. Kyiv said it had sunk a Russian landing vessel.',
    expect: [['ukraine', 'ATTACKS', 'russia']],
  },
  {
    name: 'a possessive aside after the subject names no second subject',
    text: "China, Pakistan's closest ally, urged India to exercise restraint. Washington, Kyiv's main backer, criticised Moscow.",
    expect: [
      ['china', 'DEMANDS', 'india'],
      ['united-states', 'CRITICIZES', 'russia'],
    ],
    forbid: [
      ['pakistan', 'DEMANDS', 'india'],
      ['ukraine', 'CRITICIZES', 'russia'],
    ],
  },
  {
    name: 'a mediator named by title and then by name after a comma',
    text: "Tshisekedi and Kagame met in talks brokered by Qatar's emir, Sheikh Tamim bin Hamad Al Thani, on Tuesday.",
    expect: [
      ['tamim-bin-hamad-al-thani', 'MEDIATES', 'felix-tshisekedi'],
      ['tamim-bin-hamad-al-thani', 'MEDIATES', 'paul-kagame'],
    ],
  },
  {
    name: 'a mediator named by demonym, title and name chairs in an absolute phrase',
    text: 'Russian and Ukrainian delegations met in Istanbul on Monday, with Turkish Foreign Minister Hakan Fidan chairing the session. Russia and Ukraine met again, with Turkey\'s foreign minister chairing the talks.',
    expect: [
      ['hakan-fidan', 'MEDIATES', 'russia'],
      ['hakan-fidan', 'MEDIATES', 'ukraine'],
      ['turkey', 'MEDIATES', 'russia'],
    ],
    forbid: [['russia', 'MEETS_WITH', 'hakan-fidan']],
  },
  {
    name: 'an outlet name at the start of a longer actor name is not the outlet',
    text: 'The National Liberation Army attacked Colombian soldiers. The National Unity Government accused Myanmar\'s military of atrocities.',
    expect: [
      ['national-liberation-army', 'ATTACKS', 'colombia'],
      ['national-unity-government-of-myanmar', 'ACCUSES', 'myanmar-military'],
    ],
  },
  {
    name: 'a helper after "support from" is no one fought, and an unknown past form is still the verb',
    text: "The Malian army retook Kidal with support from Russia. Mali's army has retaken Kidal with support from Wagner fighters.",
    expect: [
      ['russia', 'SUPPORTS', 'mali'],
      ['wagner-group', 'SUPPORTS', 'mali'],
    ],
    forbid: [
      ['mali', 'ATTACKS', 'russia'],
      ['mali', 'ATTACKS', 'wagner-group'],
    ],
  },
  {
    name: 'an act only considered is not done',
    text: 'South Korea is considering sending weapons to Ukraine. Japan said it was weighing joining the sanctions.',
    expect: [],
    forbid: [['south-korea', 'SUPPORTS', 'ukraine']],
  },
  {
    name: 'the possessor of a noun set before a name is not the subject',
    text: "Iran's proxy Hezbollah fired rockets at Israel.",
    expect: [
      ['hezbollah', 'ATTACKS', 'israel'],
      ['iran', 'SUPPORTS', 'hezbollah'],
    ],
    forbid: [['iran', 'ATTACKS', 'israel']],
  },
  {
    name: 'a barrage, a renewed offensive, a so-called operation and a quoted verb of killing',
    text: 'Russia\'s missile barrage on Ukraine killed 12 people. Somali troops launched a renewed offensive against al Shabaab. The Three Brotherhood Alliance launched the so-called Operation 1027 against Myanmar\'s military. Turkey said its forces had "neutralised" 32 PKK militants.',
    expect: [
      ['russia', 'ATTACKS', 'ukraine'],
      ['somalia', 'ATTACKS', 'al-shabaab'],
      ['three-brotherhood-alliance', 'ATTACKS', 'myanmar-military'],
      ['turkey', 'ATTACKS', 'kurdistan-workers-party'],
    ],
  },
  {
    name: 'small-arms fire exchanged is fire both ways',
    text: 'Indian and Pakistani troops exchanged small-arms fire.',
    expect: [
      ['india', 'ATTACKS', 'pakistan'],
      ['pakistan', 'ATTACKS', 'india'],
    ],
  },
  {
    name: 'summons of ambassadors and high commissioners protest; a summons to pass a message does not',
    text: "Lithuania summoned Georgia's ambassadors. Pakistan summoned India's deputy high commissioner to protest. Iran summoned the Swiss ambassador to convey a message to Washington.",
    expect: [
      ['lithuania', 'CRITICIZES', 'georgia'],
      ['pakistan', 'CRITICIZES', 'india'],
    ],
    forbid: [['iran', 'CRITICIZES', 'switzerland']],
  },
  {
    name: 'solidarity pledged, support drawn from a backer, good offices offered',
    text: 'Latvia pledged solidarity with Estonia. The RSF has drawn support from the United Arab Emirates. Turkey has offered its good offices to Russia and Ukraine.',
    expect: [
      ['latvia', 'SUPPORTS', 'estonia'],
      ['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces'],
      ['turkey', 'OFFERS_MEDIATION', 'russia'],
      ['turkey', 'OFFERS_MEDIATION', 'ukraine'],
    ],
  },
  {
    name: 'the two sides that reach a deal are the pair in talks',
    text: 'India and Pakistan held talks last week. The two sides reached a deal on Saturday.',
    expect: [['india', 'AGREES_WITH', 'pakistan']],
  },
  {
    name: 'criticism rebuffed is denied',
    text: 'Somalia accused Ethiopia of violating its sovereignty. Ethiopia rebuffed the criticism.',
    expect: [['ethiopia', 'DENIES', 'somalia']],
  },
  {
    name: 'an unowned junta is the rulers of the state the group fights, not the last state named',
    text: 'China is building a port. The Kachin Independence Army accused the junta of bombing a displacement camp.',
    expect: [['kachin-independence-army', 'ACCUSES', 'myanmar-military']],
    forbid: [['kachin-independence-army', 'ACCUSES', 'china']],
  },
  {
    name: 'a title named only in an aside is the person named there',
    text: 'Kenya denied taking sides. The army chief, General Abdel Fattah al-Burhan, vowed to fight on until the RSF was defeated.',
    expect: [['abdel-fattah-al-burhan', 'THREATENS', 'rapid-support-forces']],
    forbid: [['kenya', 'THREATENS', 'rapid-support-forces']],
  },
  {
    name: 'a backed group unresolved is not the subject of its own clause',
    text: 'The Presidential Leadership Council accused the Iran-backed group of exploiting a lull in air strikes.',
    expect: [],
    forbid: [['iran', 'SUPPORTS', 'presidential-leadership-council']],
  },
  {
    name: 'distinct groups stay distinct: a front is not its alleged parent, one coalition not another',
    text: 'The Resistance Front attacked Indian troops. The Tasis coalition accused the Sudanese army of shelling civilians.',
    expect: [
      ['the-resistance-front', 'ATTACKS', 'india'],
      ['tasis', 'ACCUSES', 'sudanese-armed-forces'],
    ],
    forbid: [
      ['lashkar-e-taiba', 'ATTACKS', 'india'],
      ['taqaddum', 'ACCUSES', 'sudanese-armed-forces'],
    ],
  },
  {
    name: 'a threat dismissed as posturing is no charge denied; an accusation dismissed as posturing is',
    text: 'DA leader John Steenhuisen accused the African National Congress of contempt. The ANC dismissed the threat as posturing. The ANC later dismissed it as posturing.',
    expect: [['african-national-congress', 'DENIES', 'john-steenhuisen']],
  },
  {
    name: 'a speaker before ", and" plus a new subject does not speak for the new clause',
    text: 'Vikram Misri said the attack had cross-border linkages, and Rajnath Singh warned Islamabad it would pay a heavy price.',
    expect: [['rajnath-singh', 'THREATENS', 'pakistan']],
    forbid: [['vikram-misri', 'THREATENS', 'pakistan']],
  },
  {
    name: 'a risk foretold after a condition is no threat; the speaker\'s own act after it is',
    text: 'Burundi warned that if Rwanda continued its conquests, the war could spread to Burundi. Iran warned that if Israel attacked, Tehran would respond with force.',
    expect: [['iran', 'THREATENS', 'israel']],
    forbid: [['burundi', 'THREATENS', 'rwanda']],
  },
  {
    name: 'a threat that names another side is not aimed at the partner in talks',
    text: 'A Saudi delegation held talks with Houthi officials in Sanaa in April. The Houthis threatened to target U.S. warships.',
    expect: [['houthis', 'THREATENS', 'united-states']],
    forbid: [['houthis', 'THREATENS', 'saudi-arabia']],
  },
  {
    name: 'an emergency meeting of one\'s own side mediates nobody\'s talks',
    text: 'Rubio and Lavrov held talks in Riyadh. French President Emmanuel Macron convened an emergency meeting of European leaders in Paris.',
    expect: [['marco-rubio', 'NEGOTIATES_WITH', 'sergei-lavrov']],
    forbid: [['emmanuel-macron', 'MEDIATES', 'marco-rubio']],
  },
  {
    name: 'an administration named by its leader is his government',
    text: 'The Biden administration sent more weapons to Ukraine. The Trump administration criticised Venezuela.',
    expect: [
      ['united-states', 'SUPPORTS', 'ukraine'],
      ['united-states', 'CRITICIZES', 'venezuela'],
    ],
  },
  {
    name: 'calling or branding a side a puppet, a traitor or an aggressor criticises it',
    text: 'North Korea branded South Korea a puppet. Sudan called the UAE an aggressor state.',
    expect: [
      ['north-korea', 'CRITICIZES', 'south-korea'],
      ['sudan', 'CRITICIZES', 'united-arab-emirates'],
    ],
  },
  {
    name: 'two sides that each deny deny each other',
    text: 'Thailand and Cambodia each denied starting the clashes.',
    expect: [
      ['thailand', 'DENIES', 'cambodia'],
      ['cambodia', 'DENIES', 'thailand'],
    ],
  },
  {
    name: 'attacks claimed as a gerund or with a place before the relative, and attacks blamed on a group',
    text: 'JNIM claimed responsibility for attacking Malian troops. The TTP claimed an ambush in Orakzai district that killed 11 Pakistani soldiers. Two Nigerian soldiers were killed in an attack blamed on ISWAP.',
    expect: [
      ['jnim', 'ATTACKS', 'mali'],
      ['tehrik-i-taliban-pakistan', 'ATTACKS', 'pakistan'],
      ['islamic-state-west-africa-province', 'ATTACKS', 'nigeria'],
    ],
  },
  {
    name: 'delegations that met for a round of negotiations negotiated',
    text: 'Russian and Ukrainian delegations met for a second round of direct negotiations in Istanbul on Monday.',
    expect: [['russia', 'NEGOTIATES_WITH', 'ukraine']],
  },
  {
    name: 'a host of two sides\' ministers for talks mediates, and the guests talk',
    text: 'Kazakhstan hosted the foreign ministers of Armenia and Azerbaijan in Almaty in May for talks on border delimitation.',
    expect: [
      ['kazakhstan', 'MEDIATES', 'armenia'],
      ['kazakhstan', 'MEDIATES', 'azerbaijan'],
      ['armenia', 'NEGOTIATES_WITH', 'azerbaijan'],
    ],
    forbid: [['kazakhstan', 'MEETS_WITH', 'armenia']],
  },
  {
    name: 'a denial or a negation inside an aside about the subject does not negate its verb',
    text: 'The Kachin Independence Army, which was not part of the talks, attacked junta positions near Bhamo. The ELN, which denied the charges, attacked FARC dissidents.',
    expect: [
      ['kachin-independence-army', 'ATTACKS', 'myanmar'],
      ['national-liberation-army', 'ATTACKS', 'farc-dissidents'],
    ],
  },
  {
    name: '"the Tajik side" in a dispute is the state',
    text: 'The Tajik side accused Kyrgyzstan of starting the hostilities. The Chinese side said the Philippines had provoked the incident.',
    expect: [
      ['tajikistan', 'ACCUSES', 'kyrgyzstan'],
      ['china', 'ACCUSES', 'philippines'],
    ],
  },
  {
    name: 'people living in a state do not speak for it',
    text: 'Afghan refugees in Pakistan accused the Taliban of persecution. Sudanese refugees in Chad accused the RSF of looting.',
    expect: [],
    forbid: [
      ['pakistan', 'ACCUSES', 'afghan-taliban'],
      ['chad', 'ACCUSES', 'rapid-support-forces'],
    ],
  },
  {
    name: 'an attack judged unlikely, possible or only in prospect is not made',
    text: 'Experts said a Venezuelan invasion of Guyana was unlikely. Analysts said an Israeli strike on Iran remained possible. The prospect of an Israeli ground offensive against Hezbollah alarmed Beirut.',
    expect: [],
    forbid: [
      ['venezuela', 'ATTACKS', 'guyana'],
      ['israel', 'ATTACKS', 'iran'],
      ['israel', 'ATTACKS', 'hezbollah'],
    ],
  },
  {
    name: 'relatives, lawmakers and factions named by a state or a person are not them',
    text: 'The widow of Russian opposition leader Alexei Navalny accused Putin of murder. A British member of parliament criticised India over Kashmir. Hezbollah denied firing rockets at northern Israel and blamed a Palestinian faction.',
    expect: [],
    forbid: [
      ['alexei-navalny', 'ACCUSES', 'vladimir-putin'],
      ['united-kingdom', 'CRITICIZES', 'india'],
      ['hezbollah', 'ACCUSES', 'palestine'],
    ],
  },
  {
    name: 'an act barred by a ban is not done; the effects of another\'s move foretold are no threat',
    text: 'Seoul warned that it could reconsider its ban on supplying lethal weapons to Kyiv. The United States designated the cartels as terrorist organizations, a move Mexico warned could open the door to U.S. military action on its soil.',
    expect: [],
    forbid: [
      ['south-korea', 'SUPPORTS', 'ukraine'],
      ['mexico', 'THREATENS', 'united-states'],
    ],
  },
  {
    name: 'a vow until an unowned regime falls aims at the rulers the group fights, not at the last state named',
    text: 'China has pressed the Arakan Army to avoid attacking the port area. The Arakan Army vowed to keep fighting until the regime collapses.',
    expect: [['arakan-army', 'THREATENS', 'myanmar-military']],
    forbid: [['arakan-army', 'THREATENS', 'china']],
  },
  {
    name: 'rebels\' "government" is their own state\'s once the article named it',
    text: "Colombia's government and the ELN rebels ended talks in Caracas. Venezuela said the round had been productive. The rebels accused the government of failing to fund programmes.",
    expect: [['national-liberation-army', 'ACCUSES', 'colombia']],
    forbid: [['national-liberation-army', 'ACCUSES', 'venezuela']],
  },
  {
    name: 'an object before ", and" plus a new subject is not a second subject',
    text: "Saudi Arabia urged Iran to rein in Yemen's Houthi movement, and Riyadh accused Tehran of arming the group.",
    expect: [['saudi-arabia', 'ACCUSES', 'iran']],
    forbid: [['houthis', 'ACCUSES', 'iran']],
  },
  {
    name: 'talks facilitated by a third side are those of the meeting in the same sentence',
    text: 'Turkish drones struck positions of the Syrian Democratic Forces. Syrian interim President Ahmed al-Sharaa met SDF commander Mazloum Abdi in Damascus, in talks facilitated by U.S. officials.',
    expect: [
      ['united-states', 'MEDIATES', 'ahmed-al-sharaa'],
      ['united-states', 'MEDIATES', 'mazloum-abdi'],
    ],
    forbid: [['united-states', 'MEDIATES', 'turkey']],
  },
  {
    name: 'federal forces fought by an armed group are its own state\'s; "the prime minister" is the one so titled',
    text: "Ethiopian Prime Minister Abiy Ahmed said Ethiopia had no intention of invading Eritrea. A faction of the TPLF seized offices in Adigrat after clashes with federal forces. Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met Hamas leader Khalil al-Hayya in Doha. The prime minister later received Israel's Mossad chief David Barnea.",
    expect: [
      ['tigray-peoples-liberation-front', 'ATTACKS', 'ethiopia'],
      ['mohammed-bin-abdulrahman-al-thani', 'MEETS_WITH', 'israel'],
    ],
    forbid: [
      ['tigray-peoples-liberation-front', 'ATTACKS', 'eritrea'],
      ['khalil-al-hayya', 'MEETS_WITH', 'israel'],
    ],
  },
  {
    name: 'a boat rammed is attacked; weapons funnelled to a side back it',
    text: 'Manila accused the Chinese coast guard of ramming a Philippine supply boat. Sudan\'s army accused the UAE of funnelling weapons to the RSF.',
    expect: [
      ['philippines', 'ACCUSES', 'china'],
      ['china', 'ATTACKS', 'philippines'],
      ['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces'],
    ],
  },
  {
    name: 'backing pledged is backing, unless the pledge itself is conditional',
    text: 'China pledged to support Bangladesh. Germany would pledge to support Ukraine if asked.',
    expect: [['china', 'SUPPORTS', 'bangladesh']],
    forbid: [['germany', 'SUPPORTS', 'ukraine']],
  },
  {
    name: 'mediators named "as mediator" after "with" mediate the talks',
    text: 'Israel and Hamas resumed talks, with Qatar and Egypt as mediators.',
    expect: [
      ['qatar', 'MEDIATES', 'israel'],
      ['egypt', 'MEDIATES', 'hamas'],
    ],
  },
  {
    name: 'a summit of the pair hosted by a third side is mediated; a host of a multilateral summit mediates no talks at it',
    text: 'Armenia and Azerbaijan held a summit hosted by the United States. Modi and Xi held talks at the BRICS summit hosted by Russia.',
    expect: [
      ['united-states', 'MEDIATES', 'armenia'],
      ['united-states', 'MEDIATES', 'azerbaijan'],
    ],
    forbid: [['russia', 'MEDIATES', 'narendra-modi']],
  },
  {
    name: 'an alleged attack on no one named, by one side of a pair, was on the accuser',
    text: 'Thailand accused Cambodian forces of opening fire first. Cambodia accused Thailand of firing artillery into its territory.',
    expect: [
      ['cambodia', 'ATTACKS', 'thailand'],
      ['thailand', 'ATTACKS', 'cambodia'],
    ],
  },
  {
    name: 'an alleged attack on civilians is no attack on the accuser',
    text: 'Egypt accused Israel of killing civilians.',
    expect: [['egypt', 'ACCUSES', 'israel']],
    forbid: [['israel', 'ATTACKS', 'egypt']],
  },
  {
    name: 'an act denounced in a relative clause after it is criticised in its agents',
    text: 'Seoul and Washington held joint air drills, which Pyongyang denounced as rehearsals for invasion.',
    expect: [
      ['north-korea', 'CRITICIZES', 'south-korea'],
      ['north-korea', 'CRITICIZES', 'united-states'],
    ],
  },
  {
    name: 'propping up a government backs it; standing with a side, thanked, backs the one who thanks',
    text: "Washington accused Cuba of propping up Venezuela's government. Hamas thanked Iran for standing with the group.",
    expect: [
      ['cuba', 'SUPPORTS', 'venezuela'],
      ['iran', 'SUPPORTS', 'hamas'],
    ],
  },
  {
    name: 'border guards named by a demonym are their state; a coalition led by a state stands for it',
    text: 'Bangladesh accused Indian border guards of killing civilians. The Houthis attacked the Saudi-led coalition.',
    expect: [
      ['bangladesh', 'ACCUSES', 'india'],
      ['houthis', 'ATTACKS', 'saudi-arabia'],
    ],
  },
  {
    name: 'a deal judged null and void criticises its parties, not the critic\'s own breakaway region',
    text: 'Ethiopia signed a deal with Somaliland. Somali President Hassan Sheikh Mohamud called the deal "null and void."',
    expect: [['hassan-sheikh-mohamud', 'CRITICIZES', 'ethiopia']],
    forbid: [['hassan-sheikh-mohamud', 'CRITICIZES', 'somaliland']],
  },
  {
    name: 'a subjunctive after "insisted" is a demand; a fact after it is not',
    text: 'Russia insisted that Ukraine withdraw its forces. China insists that Taiwan is part of China.',
    expect: [['russia', 'DEMANDS', 'ukraine']],
    forbid: [['china', 'DEMANDS', 'taiwan']],
  },
  {
    name: 'strikes said to go on are a threat; an agreement not to use force is an agreement',
    text: 'Israel said it would keep striking Hezbollah. Guyana and Venezuela agreed not to use force against each other.',
    expect: [
      ['israel', 'THREATENS', 'hezbollah'],
      ['guyana', 'AGREES_WITH', 'venezuela'],
    ],
  },
  {
    name: 'an allied militia coordinated with an army: both shell',
    text: 'The Congolese army and allied Wazalendo militias shelled M23 positions in Masisi territory on Saturday.',
    expect: [
      ['democratic-republic-of-the-congo', 'ATTACKS', 'm23'],
      ['wazalendo', 'ATTACKS', 'm23'],
    ],
  },
  {
    name: 'a violation of a state\'s sovereignty deplored is criticism of its attacker; a court is where a complaint goes',
    text: "Israel struck a compound in Doha on Tuesday. U.N. Secretary-General Antonio Guterres deplored the violation of Qatar's sovereignty. Mali lodged a complaint with the International Court of Justice against Algeria.",
    expect: [
      ['antonio-guterres', 'CRITICIZES', 'israel'],
      ['mali', 'CRITICIZES', 'algeria'],
    ],
    forbid: [
      ['antonio-guterres', 'CRITICIZES', 'qatar'],
      ['mali', 'CRITICIZES', 'international-court-of-justice'],
    ],
  },
  {
    name: '"it" after a pair that speaks together is none of the pair',
    text: 'Egypt and Saudi Arabia rejected the announcement, saying it undermined Sudan\'s unity.',
    expect: [],
    forbid: [['egypt', 'ACCUSES', 'saudi-arabia']],
  },
  {
    name: 'a rival government keeps its name after its state\'s possessive, and faces its own state\'s army whatever the dateline',
    text: "BANGKOK, Dec 29 (AFP) - The National Unity Government denounced the military's general election. Myanmar's National Unity Government denounced the Myanmar junta.",
    expect: [['national-unity-government-of-myanmar', 'CRITICIZES', 'myanmar-military']],
    forbid: [
      ['national-unity-government-of-myanmar', 'CRITICIZES', 'thailand'],
      ['myanmar', 'CRITICIZES', 'myanmar-military'],
    ],
  },
  {
    name: 'an armed group accusing "the army" accuses the army of its own state',
    text: 'Congo has long accused Rwanda of arming the M23. Rwanda denies backing the rebels. Fighting continued this week, with the M23 accusing the army of bombing its positions near Uvira.',
    expect: [['m23', 'ACCUSES', 'democratic-republic-of-the-congo']],
    forbid: [['m23', 'ACCUSES', 'rwanda']],
  },
  {
    name: 'war crimes are no war; a state that uses a militia as a proxy backs it',
    text: 'The shadow National Unity Government accused Myanmar\'s junta of war crimes. Rwanda accuses Kinshasa of using the FDLR as a proxy.',
    expect: [
      ['national-unity-government-of-myanmar', 'ACCUSES', 'myanmar-military'],
      ['democratic-republic-of-the-congo', 'SUPPORTS', 'fdlr'],
    ],
    forbid: [
      ['myanmar-military', 'ATTACKS', 'national-unity-government-of-myanmar'],
      ['fdlr', 'SUPPORTS', 'democratic-republic-of-the-congo'],
    ],
  },
  {
    name: 'the helped follow "help"; the accused is named before "of"; the accuser does not act in the charge',
    text: 'Bamako accused Ukraine of helping the rebels ambush Wagner convoys. Sudan recalled its ambassador from the UAE, accusing the Gulf state of arming the RSF. The Congolese government accused Kigali of sending troops across the border to fight alongside the M23.',
    expect: [
      ['mali', 'ACCUSES', 'ukraine'],
      ['rwanda', 'SUPPORTS', 'm23'],
    ],
    forbid: [
      ['ukraine', 'SUPPORTS', 'wagner-group'],
      ['sudan', 'ACCUSES', 'rapid-support-forces'],
      ['democratic-republic-of-the-congo', 'SUPPORTS', 'm23'],
    ],
  },
  {
    name: 'descriptions are no names: a Hutu militia, Lake Chad, a junta\'s Western Command',
    text: "Rwanda says its forces fight the FDLR, a Hutu militia. Troops patrolled the islands of Lake Chad. Governor Babagana Zulum urged the federal government to deploy more troops. Myanmar's junta faces pressure. The Arakan Army captured the headquarters of the junta's Western Command.",
    expect: [['arakan-army', 'ATTACKS', 'myanmar-military']],
    forbid: [
      ['babagana-zulum', 'DEMANDS', 'chad'],
      ['arakan-army', 'ATTACKS', 'western-command'],
    ],
  },
  {
    name: 'a government is no armed group\'s foe across a verb; talks to come and a body\'s summit are no mediation; a push to end a war is no war',
    text: 'The U.S. military struck a boat in the Caribbean, killing 11 people the administration said were members of the Tren de Aragua gang. Ethiopia and Somalia will hold talks under the auspices of the African Union. Ethiopia and Somalia\'s leaders attended the African Union summit hosted by Ethiopia. Sudan\'s army-aligned government said it would not attend ceasefire talks, dealing a blow to the latest U.S.-led push to end the 16-month war with the Rapid Support Forces.',
    expect: [],
    forbid: [
      ['united-states', 'ATTACKS', 'venezuela'],
      ['african-union', 'MEDIATES', 'ethiopia'],
      ['ethiopia', 'MEDIATES', 'somalia'],
      ['united-states', 'ATTACKS', 'rapid-support-forces'],
    ],
  },
  {
    name: 'acts referred back by their noun are criticised in their agents: a trip, a vote, a move announced, a downing, a step, a poll',
    text: "Somalia condemned Israel's recognition of Somaliland. Turkey condemned the recognition. Orban met Putin in Moscow on Friday. Poland criticised the trip. Venezuela held an election in Essequibo on Sunday. Guyana condemned the vote. The RSF announced a rival government on Saturday. Egypt condemned the move. Algeria shot down a Malian drone on Sunday. Mali condemned the downing. Myanmar's junta held a general election on Sunday. The Arakan Army dismissed the poll as a sham.",
    expect: [
      ['turkey', 'CRITICIZES', 'israel'],
      ['poland', 'CRITICIZES', 'viktor-orban'],
      ['guyana', 'CRITICIZES', 'venezuela'],
      ['egypt', 'CRITICIZES', 'rapid-support-forces'],
      ['mali', 'CRITICIZES', 'algeria'],
      ['arakan-army', 'CRITICIZES', 'myanmar-military'],
    ],
    forbid: [['poland', 'CRITICIZES', 'vladimir-putin']],
  },
  {
    name: 'a demand or a threat framed by a speaker after it, with or without quotes and a phrase after the verb',
    text: '"Israel must withdraw its troops," Lebanese President Joseph Aoun said. Pakistan should stop its airstrikes inside Afghanistan, Taliban deputy spokesman Hamdullah Fitrat said. "America will pay a heavy price," the Houthis said in a televised statement. Lebanon said Israel must immediately stop its attacks.',
    expect: [
      ['joseph-aoun', 'DEMANDS', 'israel'],
      ['afghanistan', 'DEMANDS', 'pakistan'],
      ['houthis', 'THREATENS', 'united-states'],
      ['lebanon', 'DEMANDS', 'israel'],
    ],
  },
  {
    name: 'telling reporters that a side did wrong accuses it',
    text: 'Armenian Prime Minister Nikol Pashinyan told reporters that Azerbaijan was behind the attack. Ukraine\'s foreign minister told reporters that Russia had violated the ceasefire.',
    expect: [
      ['nikol-pashinyan', 'ACCUSES', 'azerbaijan'],
      ['ukraine', 'ACCUSES', 'russia'],
    ],
  },
  {
    name: 'support by shipments, disbursements and instructors deployed; aid to a possessor',
    text: 'Venezuela supplies wheat to Cuba. The European Union disbursed 3.5 billion euros to Ukraine. Russia has deployed military instructors to Burkina Faso. Russia came to Syria\'s aid. Russia supplied Ukraine\'s east with gas for years.',
    expect: [
      ['venezuela', 'SUPPORTS', 'cuba'],
      ['european-union', 'SUPPORTS', 'ukraine'],
      ['russia', 'SUPPORTS', 'burkina-faso'],
      ['russia', 'SUPPORTS', 'syria'],
    ],
    forbid: [['russia', 'SUPPORTS', 'ukraine']],
  },
  {
    name: 'no side of a coordinated subject is its own object; a state\'s policies endanger, they threaten no one; a people within a state is not another state',
    text: "France and Germany called on the authorities to release the detainees. Ethiopia's policies threaten Egypt's water security, Egyptian officials said. Ersin Tatar accused Greek Cypriots of refusing to accept the realities on the island.",
    expect: [],
    forbid: [
      ['germany', 'DEMANDS', 'france'],
      ['ethiopia', 'THREATENS', 'egypt'],
      ['ersin-tatar', 'ACCUSES', 'greece'],
    ],
  },
  {
    name: 'protests to a state, issues taken with its decision, and plans dismissed as a stunt criticise it',
    text: "Azerbaijan protested to Russia over the downing of the airliner. Moscow took issue with Finland's decision to close the border. Moscow dismissed Finland's plan as a stunt. Russia called the EU decision theft.",
    expect: [
      ['azerbaijan', 'CRITICIZES', 'russia'],
      ['russia', 'CRITICIZES', 'finland'],
      ['russia', 'CRITICIZES', 'european-union'],
    ],
  },
  {
    name: 'the facilitator named in apposition mediates the talks in view',
    text: "Colombia's government and the ELN resumed peace talks in Mexico City on Monday. The facilitator, Norway, said both delegations had agreed to extend a ceasefire.",
    expect: [
      ['norway', 'MEDIATES', 'colombia'],
      ['norway', 'MEDIATES', 'national-liberation-army'],
    ],
  },
  {
    name: 'a pair in view that holds a speaker is not the pair it urges; the pair before it is',
    text: "Sudan's army launched air strikes on RSF positions in Omdurman. Sudan's government has accused the United Arab Emirates of supplying weapons to the RSF, charges the UAE has denied. The United States, Saudi Arabia, Egypt and the UAE, known as the Quad, urged the two sides to agree to a humanitarian truce.",
    expect: [
      ['united-states', 'DEMANDS', 'rapid-support-forces'],
      ['egypt', 'DEMANDS', 'sudanese-armed-forces'],
    ],
    forbid: [['united-states', 'DEMANDS', 'united-arab-emirates']],
  },
  {
    name: 'a clash of leaders is no fight; a declaration named after a capital is not the capital\'s; a backer after "with the backing of" backs no accused',
    text: 'The United States resumed aid to Kyiv, which Washington had paused after an Oval Office clash between President Donald Trump and Volodymyr Zelensky. Ethiopia and Somalia signed the Ankara declaration. Somaliland\'s foreign ministry criticised the Ankara declaration. Maduro accused Machado of plotting a coup with the backing of the United States.',
    expect: [['nicolas-maduro', 'ACCUSES', 'maria-corina-machado']],
    forbid: [
      ['donald-trump', 'ATTACKS', 'volodymyr-zelensky'],
      ['somaliland', 'CRITICIZES', 'turkey'],
      ['maria-corina-machado', 'SUPPORTS', 'united-states'],
    ],
  },
  {
    name: 'the object of a gerund before ", and" plus a new subject is not that subject',
    text: 'Tehran denied arming the Houthis, and Iran accused Israel of aggression.',
    expect: [['iran', 'ACCUSES', 'israel']],
    forbid: [['houthis', 'ACCUSES', 'israel']],
  },
  {
    name: 'a threat to jail or arrest someone threatens that one, an opposition figure of one\'s own state too',
    text: 'Maduro threatened to jail Machado. Russia threatened to arrest Zelensky.',
    expect: [
      ['nicolas-maduro', 'THREATENS', 'maria-corina-machado'],
      ['russia', 'THREATENS', 'volodymyr-zelensky'],
    ],
  },
  {
    name: 'a move condemned in a reduced relative without "that" is criticism of its agent',
    text: 'Nicaragua expelled prisoners, a move the United Nations condemned.',
    expect: [['united-nations', 'CRITICIZES', 'nicaragua']],
  },
  {
    name: 'an alleged bombing of a named owner\'s province and fire opened on a named side are attacks on them',
    text: "The Taliban accused Pakistan of bombing Afghanistan's Paktika province. Cambodia accused Thailand of opening fire on Cambodian troops.",
    expect: [
      ['pakistan', 'ATTACKS', 'afghanistan'],
      ['thailand', 'ATTACKS', 'cambodia'],
    ],
  },
  {
    name: 'a speaker past an aside that opens with a possessive; co-deniers are no accusers of each other',
    text: "Russia, Armenia's nominal ally, said it welcomed any step towards peace but accused Washington of trying to push Moscow out of the South Caucasus. Pyongyang has been accused by Washington of supplying artillery shells to Russia, charges both Moscow and Pyongyang deny.",
    expect: [
      ['russia', 'ACCUSES', 'united-states'],
      ['russia', 'DENIES', 'united-states'],
      ['north-korea', 'DENIES', 'united-states'],
    ],
    forbid: [
      ['armenia', 'ACCUSES', 'united-states'],
      ['north-korea', 'ACCUSES', 'russia'],
      ['russia', 'DENIES', 'north-korea'],
    ],
  },
  {
    name: 'a claim of one\'s own attack in the perfect infinitive is an attack, not an allegation',
    text: 'JNIM claimed to have attacked Malian troops near Timbuktu.',
    expect: [['jnim', 'ATTACKS', 'mali']],
    forbid: [['jnim', 'ACCUSES', 'mali']],
  },
  {
    name: 'talks that would continue are talks, not a hedge',
    text: 'The M23 said it would continue negotiating with Kinshasa in Doha.',
    expect: [['m23', 'NEGOTIATES_WITH', 'democratic-republic-of-the-congo']],
  },
  {
    name: 'forces deployed at a leader\'s request support his state',
    text: "Uganda deployed special forces to Juba at Kiir's request.",
    expect: [['uganda', 'SUPPORTS', 'south-sudan']],
  },
  {
    name: 'a recognised government located by its capital is that state\'s',
    text: 'Turkey deployed troops to support the UN-recognised government in Tripoli.',
    expect: [['turkey', 'SUPPORTS', 'libya']],
  },
  {
    name: 'a state referred back by its region ("the Gulf state", "the central African nation") is the one in that region',
    text: 'Egypt and Qatar mediated between Israel and Hamas. Israel then struck Hamas leaders in Doha. The Gulf state condemned the strike. Rwanda denies backing M23. The central African nation has long accused Kinshasa of harbouring FDLR rebels.',
    expect: [
      ['qatar', 'CRITICIZES', 'israel'],
      ['rwanda', 'ACCUSES', 'democratic-republic-of-the-congo'],
    ],
    forbid: [['egypt', 'CRITICIZES', 'israel']],
  },
  {
    name: 'criticism prompted or triggered from a critic criticises the subject',
    text: "North Korea test-fired dozens of missiles this year, prompting condemnation from Seoul. China's drills triggered sharp criticism from Taipei.",
    expect: [
      ['south-korea', 'CRITICIZES', 'north-korea'],
      ['taiwan', 'CRITICIZES', 'china'],
    ],
  },
];

describeTripleCases('recall: briefs (3)', CASES);
