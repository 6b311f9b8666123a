import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * What later words point back to: "its soldiers" after a speaker with an aside about another
 * state, "the rebels" for the group named with that word, acts named by a noun for a verb told
 * before ("fired missiles ... the launches"), the pair in view as "both warring parties", "the two
 * generals" or "them", and "the group" before a subjunctive the tagger reads as a noun. Each case
 * names the triples it must yield and the tempting ones it must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: '"its soldiers" after "X, which borders Y, said" are the speaker\'s',
    text: 'Chad, which borders Niger, said its soldiers were attacked by Boko Haram.',
    expect: [['boko-haram', 'ATTACKS', 'chad']],
    forbid: [['boko-haram', 'ATTACKS', 'niger']],
  },
  {
    name: '"the rebels" are the group named "rebels" before, not the last group named',
    text: 'M23 rebels captured Uvira from Congolese forces and allied Wazalendo militias. Rwandan troops are fighting alongside the rebels.',
    expect: [['rwanda', 'SUPPORTS', 'm23']],
    forbid: [['rwanda', 'SUPPORTS', 'wazalendo']],
  },
  {
    name: 'launches named for missiles fired before point back to the one who fired them',
    text: 'North Korea fired missiles on Thursday. Japan called the launches a threat to peace.',
    expect: [['japan', 'CRITICIZES', 'north-korea']],
  },
  {
    name: 'an incursion named for airspace violated before',
    text: 'Russian drones violated Polish airspace overnight. Poland condemned the incursion.',
    expect: [['poland', 'CRITICIZES', 'russia']],
  },
  {
    name: 'concern over the drills launched before, not over the place they were held',
    text: 'China launched drills around Taiwan on Monday. The United States expressed concern over the drills.',
    expect: [['united-states', 'CRITICIZES', 'china']],
    forbid: [['united-states', 'CRITICIZES', 'taiwan']],
  },
  {
    name: 'an unrelated noun does not point back to the act before',
    text: 'North Korea fired missiles on Thursday. Japan condemned the sanctions.',
    expect: [],
    forbid: [['japan', 'CRITICIZES', 'north-korea']],
  },
  {
    name: 'the pair in view as "both warring parties"',
    text: "Fighting between Sudan's army and the RSF continued. The United States urged both warring parties to allow aid in.",
    expect: [
      ['united-states', 'DEMANDS', 'sudanese-armed-forces'],
      ['united-states', 'DEMANDS', 'rapid-support-forces'],
    ],
  },
  {
    name: 'the pair in view as "the two generals"',
    text: 'Burhan and Dagalo held talks. Ruto has offered to mediate between the two generals.',
    expect: [
      ['william-ruto', 'OFFERS_MEDIATION', 'abdel-fattah-al-burhan'],
      ['william-ruto', 'OFFERS_MEDIATION', 'mohamed-hamdan-dagalo'],
    ],
  },
  {
    name: 'the pair in view as "them", urged right after it was named',
    text: 'Thailand and Cambodia held talks. Trump urged them to stop fighting.',
    expect: [
      ['donald-trump', 'DEMANDS', 'thailand'],
      ['donald-trump', 'DEMANDS', 'cambodia'],
    ],
  },
  {
    name: '"demanded that the group halt": the group is the one named before',
    text: 'The Houthis attacked ships in the Red Sea. Washington demanded that the group halt all attacks on shipping.',
    expect: [['united-states', 'DEMANDS', 'houthis']],
  },
  {
    name: '"government forces" after an armed group in the sentence are the forces of the state it fights',
    text: 'Tshisekedi accused Rwanda of backing the rebels. M23 spokesman Lawrence Kanyuka accused government forces of bombing rebel-held villages.',
    expect: [['lawrence-kanyuka', 'ACCUSES', 'democratic-republic-of-the-congo']],
    forbid: [['lawrence-kanyuka', 'ACCUSES', 'rwanda']],
  },
  {
    name: 'people who came from a state and received aid do not make the state a receiver',
    text: 'Afghan refugees returning from Pakistan received aid from the International Organization for Migration.',
    expect: [],
    forbid: [['international-organization-for-migration', 'SUPPORTS', 'pakistan']],
  },
  {
    name: '"the military in talks" is the military; "Myanmar\'s military" is the junta\'s forces',
    text: "The Arakan Army attacked Myanmar's military. The TNLA agreed a ceasefire with the military in talks mediated by China.",
    expect: [
      ['arakan-army', 'ATTACKS', 'myanmar-military'],
      ['taang-national-liberation-army', 'AGREES_WITH', 'myanmar-military'],
      ['china', 'MEDIATES', 'taang-national-liberation-army'],
    ],
    forbid: [['china', 'MEDIATES', 'arakan-army']],
  },
  {
    name: '"saying it had targeted", "the emirate" and "the island" point back to the state named before',
    text: 'Israel carried out strikes on Sunday, saying it had targeted Hezbollah weapons depots. Sudan\'s government has accused the United Arab Emirates of arming the RSF. The emirate has repeatedly denied the charge.',
    expect: [
      ['israel', 'ATTACKS', 'hezbollah'],
      ['united-arab-emirates', 'DENIES', 'sudan'],
    ],
  },
  {
    name: 'an opening "the country" continues the previous subject, not its object',
    text: 'Egypt criticised Israel for seizing the Rafah crossing. The country also accused Israel of violating the 1979 peace treaty.',
    expect: [
      ['egypt', 'CRITICIZES', 'israel'],
      ['egypt', 'ACCUSES', 'israel'],
    ],
    forbid: [['israel', 'ACCUSES', 'israel']],
  },
  {
    name: 'the three countries, the juntas and both capitals are the states named together just before',
    text: 'Mali, Burkina Faso and Niger quit the bloc. ECOWAS urged the three countries to reconsider. The juntas demanded that the bloc lift sanctions. Ethiopia accused Eritrea of arming Fano militias. The Tigray interim administration called on both capitals to de-escalate.',
    expect: [
      ['ecowas', 'DEMANDS', 'mali'],
      ['ecowas', 'DEMANDS', 'burkina-faso'],
      ['ecowas', 'DEMANDS', 'niger'],
      ['niger', 'DEMANDS', 'ecowas'],
      ['tigray-interim-administration', 'DEMANDS', 'ethiopia'],
      ['tigray-interim-administration', 'DEMANDS', 'eritrea'],
    ],
  },
  {
    name: 'a number that matches no list named before resolves to nobody',
    text: 'Mali and Niger quit the bloc. ECOWAS urged the three countries to reconsider.',
    expect: [],
    forbid: [['ecowas', 'DEMANDS', 'mali']],
  },
  {
    name: 'a family name written first refers back to the one person of the article who bears it',
    text: 'Japanese Prime Minister Fumio Kishida and Chinese Premier Li Qiang attended the summit. Kishida met Li on Sunday. Kim Jong Un oversaw the launch. Kim warned South Korea.',
    expect: [
      ['fumio-kishida', 'MEETS_WITH', 'li-qiang'],
      ['kim-jong-un', 'THREATENS', 'south-korea'],
    ],
  },
  {
    name: 'a family name two people share refers to neither',
    text: 'Kim Jong Un and his sister Kim Yo Jong attended the parade. Kim warned South Korea.',
    expect: [],
    forbid: [['kim-jong-un', 'THREATENS', 'south-korea']],
  },
  {
    name: 'a group told before under the same word and left unnamed is not guessed from the actors nearby',
    text: "Cameroon's government accused separatist fighters in the Anglophone regions of cooperating with Boko Haram, a charge the separatists denied. The ELN, founded in 1964, is the country's largest guerrilla group. Venezuela, which hosts some of the group's commanders, did not comment.",
    expect: [['venezuela', 'SUPPORTS', 'national-liberation-army']],
    forbid: [['boko-haram', 'DENIES', 'cameroon']],
  },
  {
    name: 'the junta is the military the article named; the Palestinian militant group is the Palestinian group named before',
    text: "Myanmar's military said it had recaptured Kyaukme from the Ta'ang National Liberation Army. The TNLA accused the military of bombing a monastery. The junta rejected the accusation. Hamas said it would attend talks. The Palestinian militant group accused Israel of obstructing a deal.",
    expect: [
      ['myanmar-military', 'DENIES', 'taang-national-liberation-army'],
      ['hamas', 'ACCUSES', 'israel'],
    ],
    forbid: [['palestine', 'ACCUSES', 'israel']],
  },
];

describeTripleCases('references back to actors, acts and pairs', CASES);
