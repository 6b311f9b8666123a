import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Constructions of longer wire copy: coordinated parties, pairs referred to later, nominal and
 * gerund events, reported claims that are denied later, threats with their target elsewhere in
 * the sentence. Each case names the triples it must yield and the tempting ones it must not.
 */


const CASES: readonly TripleCase[] = [
  {
    name: 'a gerund event heads the subject: fighting between two forces',
    text: 'Fighting between the Sudanese army and the Rapid Support Forces intensified around El Obeid on Sunday, residents said.',
    expect: [
      ['sudanese-armed-forces', 'ATTACKS', 'rapid-support-forces'],
      ['rapid-support-forces', 'ATTACKS', 'sudanese-armed-forces'],
    ],
  },
  {
    name: 'traded accusations, then both sides are addressed',
    text: 'Armenia and Azerbaijan traded accusations on Tuesday over a shooting on the border. The European Union called on both sides to show restraint.',
    expect: [
      ['armenia', 'ACCUSES', 'azerbaijan'],
      ['azerbaijan', 'ACCUSES', 'armenia'],
      ['european-union', 'DEMANDS', 'armenia'],
      ['european-union', 'DEMANDS', 'azerbaijan'],
    ],
    forbid: [['european-union', 'ACCUSES', 'armenia']],
  },
  {
    name: 'an accuser and the accused are the pair a mediator later stands between',
    text: "Congo's government accused Rwanda on Monday of sending troops to M23 rebels in North Kivu. Angolan President Joao Lourenco, who has mediated between the two neighbours since 2022, urged both sides to return to talks in Luanda.",
    expect: [
      ['democratic-republic-of-the-congo', 'ACCUSES', 'rwanda'],
      ['joao-lourenco', 'MEDIATES', 'democratic-republic-of-the-congo'],
      ['joao-lourenco', 'MEDIATES', 'rwanda'],
      ['joao-lourenco', 'DEMANDS', 'rwanda'],
    ],
    forbid: [['joao-lourenco', 'MEDIATES', 'm23']],
  },
  {
    name: 'both governments are the states of a leader and a state',
    text: 'Guinean junta leader Mamady Doumbouya accused Sierra Leone of sheltering coup plotters. Liberia urged both governments to reopen their shared border.',
    expect: [
      ['liberia', 'DEMANDS', 'guinea'],
      ['liberia', 'DEMANDS', 'sierra-leone'],
    ],
    forbid: [['liberia', 'DEMANDS', 'mamady-doumbouya']],
  },
  {
    name: 'a phone call or a conversation with someone is a meeting',
    text: 'Angolan President Joao Lourenco held a phone call with Rwandan President Paul Kagame on Sunday. Erdogan had a telephone conversation with Putin on Monday.',
    expect: [
      ['joao-lourenco', 'MEETS_WITH', 'paul-kagame'],
      ['recep-tayyip-erdogan', 'MEETS_WITH', 'vladimir-putin'],
    ],
  },
  {
    name: 'allies who struck together are the agents of the strikes condemned',
    text: 'U.S. and British warplanes struck Houthi targets across Yemen overnight. Iran condemned the strikes as a violation of sovereignty.',
    expect: [
      ['iran', 'CRITICIZES', 'united-states'],
      ['iran', 'CRITICIZES', 'united-kingdom'],
    ],
    forbid: [['iran', 'CRITICIZES', 'houthis']],
  },
  {
    name: 'fighting alongside supports; both fight the enemy named after',
    text: 'Eritrea, whose troops fought alongside Ethiopian forces during the war, was not party to the deal. Wagner mercenaries fought alongside Malian troops against the Azawad Liberation Front near Kidal.',
    expect: [
      ['eritrea', 'SUPPORTS', 'ethiopia'],
      ['wagner-group', 'SUPPORTS', 'mali'],
      ['wagner-group', 'ATTACKS', 'azawad-liberation-front'],
    ],
    forbid: [['wagner-group', 'ATTACKS', 'mali'], ['eritrea', 'ATTACKS', 'ethiopia']],
  },
  {
    name: 'a claim one side reports about another is what the other denies',
    text: 'U.S. officials said Iran had sent drones to Russia. Tehran rejected the claims.',
    expect: [
      ['iran', 'SUPPORTS', 'russia'],
      ['iran', 'DENIES', 'united-states'],
    ],
    forbid: [['iran', 'DENIES', 'russia']],
  },
  {
    name: 'threats: to secede from, it would respond, strike in a place, conditional, the state that reports it',
    text: 'Tigrayan leaders threatened to secede from Ethiopia. Iran warned it would respond decisively to any Israeli attack. Turkish Defence Minister Yasar Guler warned that Ankara would strike the PKK in northern Iraq. Hamas released a video threatening to kill hostages if Israel pressed its offensive. Al-Shabaab threatened to attack any school that opened, the Somali government said.',
    expect: [
      ['iran', 'THREATENS', 'israel'],
      ['yasar-guler', 'THREATENS', 'kurdistan-workers-party'],
      ['hamas', 'THREATENS', 'israel'],
      ['al-shabaab', 'THREATENS', 'somalia'],
    ],
    forbid: [['yasar-guler', 'THREATENS', 'iraq'], ['hamas', 'ATTACKS', 'israel']],
  },
  {
    name: 'a speaker announcing force by its own side threatens the other side',
    text: 'The Taliban said they would respond to any further Pakistani strikes on Afghan soil. Israeli Defence Minister Israel Katz said Israel would strike Tehran again if Iran fired more missiles. Hezbollah chief Naim Qassem vowed to retaliate for the killing of its commander, saying Israel would pay.',
    expect: [
      ['afghan-taliban', 'THREATENS', 'pakistan'],
      ['israel-katz', 'THREATENS', 'iran'],
      ['naim-qassem', 'THREATENS', 'israel'],
    ],
    forbid: [['israel', 'ATTACKS', 'iran'], ['afghan-taliban', 'ATTACKS', 'pakistan']],
  },
  {
    name: 'a future act that is not force, or force by another side, is no threat',
    text: 'Egypt said it would host talks next week. Qatar said Israel would strike Gaza again.',
    expect: [],
    forbid: [['qatar', 'THREATENS', 'israel'], ['egypt', 'THREATENS', 'israel']],
  },
  {
    name: 'a deal brokered by two mediators between the two sides who agreed; lists closed by "and"',
    text: 'Under a deal brokered by Qatar and Egypt, Israel and Hamas agreed to a ceasefire.',
    expect: [
      ['qatar', 'MEDIATES', 'israel'],
      ['egypt', 'MEDIATES', 'hamas'],
      ['israel', 'AGREES_WITH', 'hamas'],
    ],
    forbid: [['qatar', 'AGREES_WITH', 'israel'], ['israel', 'MEDIATES', 'hamas'], ['qatar', 'MEDIATES', 'egypt']],
  },
  {
    name: 'signed by two parties in the passive; the broker in an aside mediates',
    text: 'The agreement, brokered by the United States, was signed in Washington by the foreign ministers of Congo and Rwanda.',
    expect: [
      ['united-states', 'MEDIATES', 'rwanda'],
      ['democratic-republic-of-the-congo', 'AGREES_WITH', 'rwanda'],
    ],
    forbid: [['united-states', 'AGREES_WITH', 'rwanda']],
  },
  {
    name: 'mediators from several states address both sides; a mediator by copula; a mediating role',
    text: 'Mediators from Egypt, Qatar and the United States are pressing Israel and Hamas to accept a truce. Doha has been the main mediator between Washington and the Taliban. Turkey played a key mediating role between Somalia and Ethiopia.',
    expect: [
      ['egypt', 'MEDIATES', 'israel'],
      ['united-states', 'MEDIATES', 'hamas'],
      ['qatar', 'MEDIATES', 'afghan-taliban'],
      ['turkey', 'MEDIATES', 'somalia'],
    ],
    forbid: [['israel', 'MEDIATES', 'hamas']],
  },
  {
    name: 'negotiating a truce between others, co-hosting and chairing talks are mediation',
    text: 'The United States helped negotiate a truce between Israel and Lebanon. The meeting between Ethiopia and Egypt was chaired by South Africa. Talks between the Sudanese army and the RSF have stalled. Saudi Arabia and the United States, which co-host the talks, urged both sides to return to the table.',
    expect: [
      ['united-states', 'MEDIATES', 'israel'],
      ['south-africa', 'MEDIATES', 'egypt'],
      ['saudi-arabia', 'MEDIATES', 'rapid-support-forces'],
    ],
    forbid: [['united-states', 'NEGOTIATES_WITH', 'israel']],
  },
  {
    name: 'chairing a bloc is not mediation; an actor-sponsored meeting is not mediation by its participants',
    text: 'Malaysia, which chairs ASEAN, said the bloc would meet. Hamas and Fatah officials met in Cairo for Egyptian-sponsored reconciliation talks.',
    expect: [['hamas', 'MEETS_WITH', 'fatah']],
    forbid: [['malaysia', 'MEDIATES', 'association-of-southeast-asian-nations'], ['hamas', 'MEDIATES', 'fatah']],
  },
  {
    name: 'backers and proxies named in apposition or after a copula',
    text: 'Iran, the main backer of the Houthis, denied supplying them with missiles. The United States is Israel\'s main military backer. Hezbollah, Iran\'s most powerful proxy, has been weakened.',
    expect: [
      ['iran', 'SUPPORTS', 'houthis'],
      ['united-states', 'SUPPORTS', 'israel'],
      ['iran', 'SUPPORTS', 'hezbollah'],
    ],
    forbid: [['israel', 'SUPPORTS', 'united-states'], ['hezbollah', 'SUPPORTS', 'iran']],
  },
  {
    name: 'accused in the passive: the act is alleged; hosting an armed group shelters it',
    text: 'Rwanda is widely accused of backing the M23. Algeria hosts the Polisario Front, which seeks independence for Western Sahara.',
    expect: [
      ['rwanda', 'SUPPORTS', 'm23'],
      ['algeria', 'SUPPORTS', 'polisario-front'],
    ],
    forbid: [['algeria', 'MEETS_WITH', 'polisario-front']],
  },
  {
    name: 'letting weapons from one state reach a group, inside an accusation',
    text: 'Mali accused Algeria of letting weapons from Libya reach the Azawad Liberation Front.',
    expect: [
      ['mali', 'ACCUSES', 'algeria'],
      ['algeria', 'SUPPORTS', 'azawad-liberation-front'],
      ['libya', 'SUPPORTS', 'azawad-liberation-front'],
    ],
    forbid: [['mali', 'ACCUSES', 'libya']],
  },
  {
    name: 'troops sent to help a state; diplomatic cover; an army-aligned government is the state',
    text: "North Korea has sent thousands of troops to help Russia fight Ukraine. China provides diplomatic cover to Russia. Sudan's army-aligned government accused the United Arab Emirates of arming the RSF.",
    expect: [
      ['north-korea', 'SUPPORTS', 'russia'],
      ['china', 'SUPPORTS', 'russia'],
      ['sudan', 'ACCUSES', 'united-arab-emirates'],
      ['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces'],
    ],
    forbid: [['north-korea', 'SUPPORTS', 'ukraine']],
  },
  {
    name: 'claimed attacks; clashes that broke out between two forces; clashes with a group reported by a side',
    text: 'Islamic State claimed responsibility for the attack on a Syrian army convoy near Palmyra. Clashes broke out between Thai and Cambodian troops on Thursday along the disputed border. The Sudanese army said clashes with the RSF had killed 40 people.',
    expect: [
      ['islamic-state', 'ATTACKS', 'syria'],
      ['thailand', 'ATTACKS', 'cambodia'],
      ['cambodia', 'ATTACKS', 'thailand'],
      ['sudanese-armed-forces', 'ATTACKS', 'rapid-support-forces'],
    ],
  },
  {
    name: 'war waged on a group; a war in a place or on an abstraction has no target',
    text: 'Israel has waged war on Hamas in Gaza since October 2023. The war in Sudan has displaced millions. Putin declared war on terrorism.',
    expect: [['israel', 'ATTACKS', 'hamas']],
    forbid: [['israel', 'ATTACKS', 'sudan']],
  },
  {
    name: 'denied claims of an attack yield no attack',
    text: 'Hamas denied claiming the attack on an Israeli patrol.',
    expect: [],
    forbid: [['hamas', 'ATTACKS', 'israel']],
  },
  {
    name: 'criticism of an act named by its agent: by-phrases, judged decisions, blows, what it called',
    text: "The European Union denounced the arrest of the opposition leader by Turkish authorities. Egypt called Ethiopia's decision to fill the dam irresponsible. Kenya said Uganda's decision was regrettable. Serbia called the move by Pristina a blow to the dialogue. Pakistan's foreign office strongly condemned what it called unprovoked Indian aggression.",
    expect: [
      ['european-union', 'CRITICIZES', 'turkey'],
      ['egypt', 'CRITICIZES', 'ethiopia'],
      ['kenya', 'CRITICIZES', 'uganda'],
      ['serbia', 'CRITICIZES', 'kosovo'],
      ['pakistan', 'CRITICIZES', 'india'],
    ],
    forbid: [['european-union', 'CRITICIZES', 'european-union']],
  },
  {
    name: 'a condemned act done by the one criticised for it; an attacked side condemns its attacker',
    text: 'Azerbaijan condemned France for arming Armenia. Russian missiles struck Kyiv overnight. Ukraine hit a Russian refinery. Kyiv condemned the strikes. France condemned the attack on Kyiv.',
    expect: [
      ['azerbaijan', 'CRITICIZES', 'france'],
      ['france', 'SUPPORTS', 'armenia'],
      ['ukraine', 'CRITICIZES', 'russia'],
      ['france', 'CRITICIZES', 'russia'],
    ],
    forbid: [['france', 'CRITICIZES', 'ukraine'], ['ukraine', 'CRITICIZES', 'ukraine']],
  },
  {
    name: 'denials of reported attacks on places, of claimed attacks, and of accusations called false',
    text: "Ukraine said Russian forces had shelled Kharkiv overnight. Moscow denied targeting civilians. The Houthis said they had targeted a U.S. warship. The Pentagon denied that any ship had been hit. Congo's army accused Rwanda of sending troops across the border. Rwanda's government spokeswoman Yolande Makolo said the accusations were false.",
    expect: [
      ['russia', 'DENIES', 'ukraine'],
      ['united-states', 'DENIES', 'houthis'],
      ['yolande-makolo', 'DENIES', 'democratic-republic-of-the-congo'],
    ],
    forbid: [['houthis', 'DENIES', 'united-states']],
  },
  {
    name: 'offers of a role, of help to resolve a conflict between two others',
    text: "China said it was ready to play a constructive role in resolving the conflict between Thailand and Cambodia. Kenya's President William Ruto offered to help resolve the dispute between Somalia and Ethiopia.",
    expect: [
      ['china', 'OFFERS_MEDIATION', 'thailand'],
      ['china', 'OFFERS_MEDIATION', 'cambodia'],
      ['william-ruto', 'OFFERS_MEDIATION', 'ethiopia'],
    ],
    forbid: [['china', 'MEDIATES', 'thailand']],
  },
  {
    name: 'a party ready to end its own war offers nothing',
    text: 'Russia said it was ready to end the war between Russia and Ukraine on its terms.',
    expect: [],
    forbid: [['russia', 'OFFERS_MEDIATION', 'ukraine']],
  },
  {
    name: 'meetings: travelling for talks, welcoming a leader, a pronoun after "where"',
    text: "Sudan's army chief Abdel Fattah al-Burhan travelled to Cairo for talks with Egyptian President Abdel Fattah al-Sisi. Saudi Crown Prince Mohammed bin Salman welcomed Syrian President Ahmed al-Sharaa in Riyadh. Netanyahu visited Washington, where he met Trump.",
    expect: [
      ['abdel-fattah-al-burhan', 'MEETS_WITH', 'abdel-fattah-el-sisi'],
      ['abdel-fattah-al-burhan', 'NEGOTIATES_WITH', 'abdel-fattah-el-sisi'],
      ['mohammed-bin-salman', 'MEETS_WITH', 'ahmed-al-sharaa'],
      ['benjamin-netanyahu', 'MEETS_WITH', 'donald-trump'],
    ],
  },
  {
    name: 'welcoming a deal or a decision is no meeting; a one-word name before an unknown surname is someone else',
    text: "Qatar welcomed the ceasefire agreement. Iran welcomed Saudi Arabia's decision. Iran's foreign minister Abbas Araqchi met Saudi Foreign Minister Faisal bin Farhan in Riyadh.",
    expect: [],
    forbid: [['qatar', 'MEETS_WITH', 'saudi-arabia'], ['iran', 'MEETS_WITH', 'saudi-arabia'], ['mahmoud-abbas', 'MEETS_WITH', 'saudi-arabia']],
  },
  {
    name: 'an apposition after an accusation is outside it; relaying messages between two sides; separatists refer back',
    text: 'Cambodia accused Thailand of using cluster munitions, a charge Bangkok denied. Oman, which has relayed messages between Washington and the Houthis, called for restraint.',
    expect: [
      ['thailand', 'DENIES', 'cambodia'],
      ['oman', 'MEDIATES', 'united-states'],
      ['oman', 'MEDIATES', 'houthis'],
    ],
  },
  {
    name: 'allies criticised together are no pair; "they" after a speech verb is the speaker',
    text: 'U.S. and British warplanes struck Houthi targets overnight. Iran condemned the strikes. The Houthis said they would respond to any further attacks and threatened to target American warships.',
    expect: [['houthis', 'THREATENS', 'united-states']],
    forbid: [['united-states', 'THREATENS', 'united-kingdom'], ['united-kingdom', 'THREATENS', 'united-states']],
  },
  {
    name: 'nominal attacks: agent by-phrase before the target, carried out by, repelled, intercepted; opened fire',
    text: 'An attack by al-Shabaab on an African Union base killed 10 soldiers. The assault on Malian army positions was carried out by JNIM fighters. Ukrainian forces repelled a Russian assault near Pokrovsk. Israel intercepted a missile fired by the Houthis from Yemen. Cambodia said Thai troops opened fire on its soldiers.',
    expect: [
      ['al-shabaab', 'ATTACKS', 'african-union'],
      ['jnim', 'ATTACKS', 'mali'],
      ['russia', 'ATTACKS', 'ukraine'],
      ['houthis', 'ATTACKS', 'israel'],
      ['thailand', 'ATTACKS', 'cambodia'],
    ],
    forbid: [['ukraine', 'ATTACKS', 'russia'], ['israel', 'ATTACKS', 'houthis'], ['houthis', 'ATTACKS', 'yemen']],
  },
  {
    name: 'mediators of talks named in the sentence before: who led the mediation, who mediated, who hosted the ceremony, facilitated talks',
    text: "Congo and the M23 rebels signed a declaration of principles in Doha on Saturday. Qatar's Minister of State Mohammed Al-Khulaifi, who led the mediation, said the deal was a first step. The Sudanese army and the RSF have held indirect talks in Jeddah. The talks are facilitated by Saudi Arabia and the United States.",
    expect: [
      ['mohammed-al-khulaifi', 'MEDIATES', 'm23'],
      ['mohammed-al-khulaifi', 'MEDIATES', 'democratic-republic-of-the-congo'],
      ['saudi-arabia', 'MEDIATES', 'rapid-support-forces'],
      ['united-states', 'MEDIATES', 'sudanese-armed-forces'],
    ],
    forbid: [['democratic-republic-of-the-congo', 'MEDIATES', 'm23'], ['saudi-arabia', 'MEDIATES', 'united-states']],
  },
  {
    name: 'an understanding reached between two states is an agreement',
    text: 'India and Pakistan reached an understanding to halt hostilities.',
    expect: [['india', 'AGREES_WITH', 'pakistan']],
  },
  {
    name: 'glued modifiers: led, allied; a state\'s own army does not attack the state',
    text: "Syrian National Army fighters attacked Kurdish-led SDF positions near Manbij, killing U.S.-allied fighters. The Sudanese army shelled villages in Sudan's Kordofan region.",
    expect: [['syrian-national-army', 'ATTACKS', 'syrian-democratic-forces']],
    forbid: [['syrian-national-army', 'ATTACKS', 'united-states'], ['sudanese-armed-forces', 'ATTACKS', 'sudan']],
  },
  {
    name: 'the possessor of a relative antecedent is the accused',
    text: "Mali's junta, which Algeria accuses of targeting civilians, denied the report.",
    expect: [
      ['algeria', 'ACCUSES', 'mali'],
      ['mali', 'DENIES', 'algeria'],
    ],
  },
  {
    name: 'support received from someone, with the support of someone, a relative object gap, training',
    text: 'The RSF, which receives weapons from the United Arab Emirates, denied the report. The M23 advanced on Goma with the support of Rwandan troops. The M23, which Rwanda supports, seized Bukavu. Turkey has trained thousands of Somali soldiers. Ukraine received Patriot systems from Germany.',
    expect: [
      ['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces'],
      ['rwanda', 'SUPPORTS', 'm23'],
      ['turkey', 'SUPPORTS', 'somalia'],
      ['germany', 'SUPPORTS', 'ukraine'],
    ],
    forbid: [['m23', 'SUPPORTS', 'rwanda'], ['ukraine', 'MEETS_WITH', 'germany']],
  },
  {
    name: 'a pronoun after "but said" is the sentence subject; coordinated verbs in an accusation share the object',
    text: 'The UAE denied arming the RSF but said it provides humanitarian aid to Sudan. Congo accused Rwanda of training and arming the M23.',
    expect: [
      ['united-arab-emirates', 'SUPPORTS', 'sudan'],
      ['rwanda', 'SUPPORTS', 'm23'],
    ],
    forbid: [['rapid-support-forces', 'SUPPORTS', 'sudan'], ['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces']],
  },
  {
    name: 'denials by the one just accused in an apposition; a state and its government are one side',
    text: "Congo accuses Rwanda of backing the M23, a charge it denies. Sudan's army has accused the UAE of arming the RSF, an allegation the Gulf state rejects. Pakistan says Afghanistan shelters TTP militants, which the Taliban deny.",
    expect: [
      ['rwanda', 'DENIES', 'democratic-republic-of-the-congo'],
      ['united-arab-emirates', 'DENIES', 'sudanese-armed-forces'],
      ['afghan-taliban', 'DENIES', 'pakistan'],
    ],
    forbid: [['democratic-republic-of-the-congo', 'DENIES', 'rwanda'], ['rapid-support-forces', 'DENIES', 'sudanese-armed-forces']],
  },
  {
    name: 'positions held by a side; generic targets inside a named state',
    text: 'Forces loyal to Khalifa Haftar attacked positions held by the Government of National Unity. Indian forces launched missile strikes on nine sites in Pakistan.',
    expect: [
      ['khalifa-haftar', 'ATTACKS', 'government-of-national-unity'],
      ['india', 'ATTACKS', 'pakistan'],
    ],
  },
  {
    name: 'a named target comes before the state it is in',
    text: 'Pakistan struck TTP hideouts in Afghanistan.',
    expect: [['pakistan', 'ATTACKS', 'tehrik-i-taliban-pakistan']],
    forbid: [['pakistan', 'ATTACKS', 'afghanistan']],
  },
  {
    name: 'demands: must in a reported clause, wants X to, requested that, the withdrawal of X; summoning an ambassador',
    text: 'China insisted that the Philippines must withdraw its vessels from the shoal. Erdogan told Netanyahu that Israel must stop its attacks. The European Union wants Serbia to recognise Kosovo. Russia requested that Ukraine withdraw from the four regions. Sudan\'s army chief demanded the withdrawal of the RSF from cities it captured. Tehran summoned the British ambassador to protest the strike.',
    expect: [
      ['china', 'DEMANDS', 'philippines'],
      ['recep-tayyip-erdogan', 'DEMANDS', 'israel'],
      ['european-union', 'DEMANDS', 'serbia'],
      ['russia', 'DEMANDS', 'ukraine'],
      ['sudanese-armed-forces', 'DEMANDS', 'rapid-support-forces'],
      ['iran', 'CRITICIZES', 'united-kingdom'],
    ],
    forbid: [['european-union', 'DEMANDS', 'kosovo'], ['china', 'DEMANDS', 'china']],
  },
  {
    name: 'a speaker on its own obligations demands nothing; a demanded release is not a demand on the released',
    text: 'Israel said it must defend itself. Niger demanded the release of Mohamed Bazoum.',
    expect: [],
    forbid: [['israel', 'DEMANDS', 'israel'], ['niger', 'DEMANDS', 'mohamed-bazoum']],
  },
  {
    name: 'an ultimatum is a demand; a second addressee after "and on"',
    text: "Niger's junta gave France 72 hours to withdraw its ambassador. The Security Council called on the M23 to withdraw from Goma and on Rwanda to stop supporting the group.",
    expect: [
      ['niger', 'DEMANDS', 'france'],
      ['un-security-council', 'DEMANDS', 'm23'],
      ['un-security-council', 'DEMANDS', 'rwanda'],
    ],
    forbid: [['niger', 'SUPPORTS', 'france']],
  },
  {
    name: 'a threat to annex a region of a state threatens the state',
    text: "Venezuela's Maduro threatened to annex the Essequibo region of Guyana.",
    expect: [['nicolas-maduro', 'THREATENS', 'guyana']],
    forbid: [['nicolas-maduro', 'ATTACKS', 'guyana']],
  },
  {
    name: 'a future response by a speaker\'s side threatens no one met earlier; a pronoun after an institution is its state',
    text: 'Foreign Minister Sergei Lavrov spoke by phone with his Venezuelan counterpart Yvan Gil on Monday. Venezuela\'s Defence Minister Vladimir Padrino Lopez warned that the military would respond to any incursion. The Iranian foreign ministry said it had summoned the Armenian ambassador.',
    expect: [['sergei-lavrov', 'MEETS_WITH', 'yvan-gil']],
    forbid: [['vladimir-padrino-lopez', 'THREATENS', 'sergei-lavrov'], ['vladimir-padrino-lopez', 'THREATENS', 'russia'], ['russia', 'CRITICIZES', 'armenia'], ['venezuela', 'CRITICIZES', 'armenia']],
  },
  {
    name: 'denying one\'s own act does not answer the attacker\'s claim of its strikes',
    text: 'United States and British warplanes struck Houthi positions near Hodeidah on Sunday, the Pentagon said. The movement denied attacking a Greek tanker.',
    expect: [['united-states', 'ATTACKS', 'houthis']],
    forbid: [['houthis', 'DENIES', 'united-states']],
  },
  {
    name: 'state media speak for the regime named just before; with no regime in view they are nobody',
    text: "Myanmar's junta has not commented. State media accused the KIA of attacking army bases.",
    expect: [['myanmar-military', 'ACCUSES', 'kachin-independence-army']],
  },
  {
    name: 'state media with no regime in view',
    text: 'State media accused the KIA of attacking army bases.',
    expect: [],
    forbid: [['kachin-independence-army', 'ACCUSES', 'kachin-independence-army']],
  },
  {
    name: 'critical of, blasted, chided; a bomb that blasted a market criticises nobody; negated criticism',
    text: "Serbia has been sharply critical of the European Union's stance on Kosovo. Hungary blasted the European Commission over the sanctions. China chided the Philippines for provocations. A car bomb blasted a market in Mogadishu. Turkey was not critical of Russia.",
    expect: [
      ['serbia', 'CRITICIZES', 'european-union'],
      ['hungary', 'CRITICIZES', 'european-commission'],
      ['china', 'CRITICIZES', 'philippines'],
    ],
    forbid: [['turkey', 'CRITICIZES', 'russia'], ['serbia', 'CRITICIZES', 'kosovo']],
  },
  {
    name: 'agreements made between two sides, in the passive or with a participle',
    text: 'The deal between Israel and Hamas was signed in Sharm el-Sheikh. The ceasefire agreed between India and Pakistan held for a second day.',
    expect: [
      ['israel', 'AGREES_WITH', 'hamas'],
      ['india', 'AGREES_WITH', 'pakistan'],
    ],
  },
  {
    name: 'an agreement that would be signed, or only proposed between two sides, is none yet',
    text: 'A deal between Israel and Hamas would be signed next week. Egypt proposed a ceasefire between Sudan and South Sudan.',
    expect: [],
    forbid: [['israel', 'AGREES_WITH', 'hamas'], ['sudan', 'AGREES_WITH', 'south-sudan']],
  },
  {
    name: 'an unowned army is never the state named only as a backer of its enemy',
    text: "The RSF, backed by the United Arab Emirates, attacked the army's positions in El Fasher. M23 rebels, which Rwanda backs, clashed with the army near Goma.",
    expect: [['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces']],
    forbid: [
      ['rapid-support-forces', 'ATTACKS', 'united-arab-emirates'],
      ['m23', 'ATTACKS', 'rwanda'],
      ['rwanda', 'ATTACKS', 'm23'],
    ],
  },
  {
    name: 'a participle between commas is about the name before it, not the clause subject',
    text: "Sudan's army said on Monday that the RSF, backed by the United Arab Emirates, attacked its positions.",
    expect: [
      ['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces'],
      ['rapid-support-forces', 'ATTACKS', 'sudanese-armed-forces'],
    ],
    forbid: [['united-arab-emirates', 'SUPPORTS', 'sudanese-armed-forces']],
  },
  {
    name: 'an offensive by one side against another, the word tagged as an adjective',
    text: 'An offensive by the Myanmar military against the Arakan Army stalled in Rakhine state. Russia called the remarks offensive.',
    expect: [['myanmar-military', 'ATTACKS', 'arakan-army']],
  },
  {
    name: 'an act warned against or refrained from is not done',
    text: 'Russia warned NATO against sending troops to Ukraine. The UN urged Rwanda to refrain from arming the M23. Iran condemned the U.S. for arming Israel.',
    expect: [
      ['russia', 'THREATENS', 'nato'],
      ['united-nations', 'DEMANDS', 'rwanda'],
      ['united-states', 'SUPPORTS', 'israel'],
    ],
    forbid: [['nato', 'SUPPORTS', 'ukraine'], ['rwanda', 'SUPPORTS', 'm23']],
  },
  {
    name: "accepting another side's proposal or plan is agreeing with it; refusing or maybe accepting is not",
    text: "Hamas accepted Egypt's proposal for a truce. Ukraine accepted the U.S. peace plan. Israel has not accepted Qatar's proposal. Russia may accept the French plan.",
    expect: [
      ['hamas', 'AGREES_WITH', 'egypt'],
      ['egypt', 'AGREES_WITH', 'hamas'],
      ['ukraine', 'AGREES_WITH', 'united-states'],
    ],
    forbid: [['israel', 'AGREES_WITH', 'qatar'], ['russia', 'AGREES_WITH', 'france']],
  },
  {
    name: 'a ceasefire between two sides that has held was agreed',
    text: 'The ceasefire between Thailand and Cambodia has largely held.',
    expect: [['thailand', 'AGREES_WITH', 'cambodia']],
  },
  {
    name: 'attacks announced for the future, force or measures promised against a side, are threats',
    text: 'The Houthis said they would resume attacks on U.S. ships if Washington struck Yemen. Azerbaijan said it was ready to use force against Armenia. China said it would take all necessary measures against the Philippines.',
    expect: [
      ['houthis', 'THREATENS', 'united-states'],
      ['azerbaijan', 'THREATENS', 'armenia'],
      ['china', 'THREATENS', 'philippines'],
    ],
    forbid: [['houthis', 'ATTACKS', 'united-states'], ['azerbaijan', 'ATTACKS', 'armenia']],
  },
  {
    name: 'force ruled out, ordinary measures and future attacks denied are no threats',
    text: 'Russia said it would not use force against Moldova. Iran will take measures against Israel. Ukraine will not resume strikes on Russian refineries.',
    expect: [],
    forbid: [['russia', 'THREATENS', 'moldova'], ['iran', 'THREATENS', 'israel'], ['ukraine', 'THREATENS', 'russia']],
  },
  {
    name: 'opposition or outrage expressed at a side, stern representations, a disproportionate act criticise it',
    text: "China expressed strong opposition to the U.S. arms sale to Taiwan. South Africa expressed outrage at Israel's actions. Beijing lodged stern representations with Tokyo over the remarks. Germany called Israel's strikes on Gaza disproportionate.",
    expect: [
      ['china', 'CRITICIZES', 'united-states'],
      ['south-africa', 'CRITICIZES', 'israel'],
      ['china', 'CRITICIZES', 'japan'],
      ['germany', 'CRITICIZES', 'israel'],
    ],
    forbid: [['china', 'CRITICIZES', 'taiwan']],
  },
  {
    name: 'outrage at no actor, or none expressed, criticises nobody',
    text: 'The UN expressed outrage over the killings in Sudan. Russia did not express anger at Turkey.',
    expect: [],
    forbid: [['united-nations', 'CRITICIZES', 'sudan'], ['russia', 'CRITICIZES', 'turkey']],
  },
  {
    name: 'support given: present tense tagged as a noun, a receiver before the aid, helping a side fight',
    text: "Iran supplies the Houthis with missiles and drones. The US gave Israel $3.8 billion in military aid. Egypt and the UAE back Khalifa Haftar's forces in eastern Libya. Russia's Africa Corps is helping Mali's junta fight jihadists.",
    expect: [
      ['iran', 'SUPPORTS', 'houthis'],
      ['united-states', 'SUPPORTS', 'israel'],
      ['egypt', 'SUPPORTS', 'khalifa-haftar'],
      ['united-arab-emirates', 'SUPPORTS', 'khalifa-haftar'],
    ],
  },
  {
    name: 'deadlines, warnings and help to reach a deal are no support',
    text: 'The US gave Ukraine 90 days to respond. Russia gave Iran a warning. Qatar helped Israel and Hamas reach a deal. France did not help Mali fight the jihadists.',
    expect: [['united-states', 'DEMANDS', 'ukraine']],
    forbid: [
      ['united-states', 'SUPPORTS', 'ukraine'],
      ['russia', 'SUPPORTS', 'iran'],
      ['qatar', 'SUPPORTS', 'israel'],
      ['france', 'SUPPORTS', 'mali'],
    ],
  },
  {
    name: 'unnamed fighters located in a state are neither that state nor their backer; named forces keep their owner',
    text: 'Iran-aligned militias in Iraq fired rockets at U.S. bases. Houthi fighters in Yemen fired missiles at Israel. U.S. troops in Syria struck Islamic State targets.',
    expect: [
      ['houthis', 'ATTACKS', 'israel'],
      ['united-states', 'ATTACKS', 'islamic-state'],
    ],
    forbid: [['iraq', 'ATTACKS', 'united-states'], ['iran', 'ATTACKS', 'united-states'], ['syria', 'ATTACKS', 'islamic-state']],
  },
  {
    name: 'leaders who shook hands met; a handshake refused is no meeting',
    text: 'Kagame and Tshisekedi shook hands at the signing ceremony. Putin shook hands with Aliyev in Dushanbe. Erdogan refused to shake hands with Netanyahu.',
    expect: [
      ['paul-kagame', 'MEETS_WITH', 'felix-tshisekedi'],
      ['vladimir-putin', 'MEETS_WITH', 'ilham-aliyev'],
    ],
    forbid: [['recep-tayyip-erdogan', 'MEETS_WITH', 'benjamin-netanyahu']],
  },
  {
    name: 'a denial of "this" or "it" answers the accusation just reported',
    text: 'Congo accuses Rwanda of backing M23. Kigali denies this.',
    expect: [['rwanda', 'DENIES', 'democratic-republic-of-the-congo']],
  },
  {
    name: 'a denial of "it" with no accusation reported answers nobody',
    text: 'Rwanda denies it. Turkey rejected this.',
    expect: [],
    forbid: [['rwanda', 'DENIES', 'turkey'], ['turkey', 'DENIES', 'rwanda']],
  },
  {
    name: 'a denial answers an accusation reported later in the same sentence',
    text: 'Iran denied supplying drones to Russia, despite U.S. accusations. Venezuela denied that it was supporting the ELN, after Colombia accused Caracas of harbouring the rebels.',
    expect: [
      ['iran', 'DENIES', 'united-states'],
      ['venezuela', 'DENIES', 'colombia'],
      ['colombia', 'ACCUSES', 'venezuela'],
    ],
  },
  {
    name: 'a later phrase with no accusation, or the denier\'s own, is no accuser',
    text: 'Iran denied the report, amid Israeli strikes. Hamas denied the claims, despite its own accusations against Israel.',
    expect: [],
    forbid: [['iran', 'DENIES', 'israel'], ['hamas', 'DENIES', 'israel']],
  },
  {
    name: 'a denied act that a relative clause says another side blamed on the denier',
    text: 'Russia has denied any involvement in the sabotage, which Poland blamed on Moscow. Russia denied involvement in the attack, which Poland blamed on Belarus.',
    expect: [
      ['russia', 'DENIES', 'poland'],
      ['poland', 'ACCUSES', 'russia'],
      ['poland', 'ACCUSES', 'belarus'],
    ],
  },
];

describeTripleCases('wire constructions', CASES);
