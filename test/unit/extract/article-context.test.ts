import { expect, it } from 'vitest';
import { toArticle } from '../../../src/extract/index.js';
import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * The context a whole article gives: which pair "the two sides" and "the neighbours" stand for
 * several sentences on, a demand that takes its addressees from a meeting in the same sentence,
 * and a diplomat summoned under a title with modifiers.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'a third party accused of backing one side does not become, with its accuser, "the two sides"',
    text: 'The Rapid Support Forces accused the Sudanese army of bombing civilians, a charge the military denies. The United Arab Emirates, which Sudan accuses of arming the RSF, denied the charge. Saudi Arabia hosted talks between the two sides in Jeddah.',
    expect: [
      ['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces'],
      ['saudi-arabia', 'MEDIATES', 'rapid-support-forces'],
      ['saudi-arabia', 'MEDIATES', 'sudanese-armed-forces'],
    ],
    forbid: [
      ['saudi-arabia', 'MEDIATES', 'united-arab-emirates'],
      ['saudi-arabia', 'MEDIATES', 'sudan'],
    ],
  },
  {
    name: 'a pair in view named by what they are to each other, with modifiers, several sentences on',
    text: 'India accused Pakistan of sheltering militants. Pakistan denied the charge. Its foreign office issued a statement on Friday. Saudi Arabia has offered to mediate between the nuclear-armed neighbours.',
    expect: [
      ['saudi-arabia', 'OFFERS_MEDIATION', 'india'],
      ['saudi-arabia', 'OFFERS_MEDIATION', 'pakistan'],
    ],
    forbid: [['saudi-arabia', 'MEDIATES', 'india']],
  },
  {
    name: '"the warring sides" stands for the pair only right after it was named',
    text: 'India accused Pakistan of sheltering militants. Pakistan denied the charge. Its foreign office issued a statement on Friday. Saudi Arabia has offered to mediate between the warring parties in Yemen.',
    expect: [],
    forbid: [['saudi-arabia', 'OFFERS_MEDIATION', 'india']],
  },
  {
    name: 'urging restraint after speaking with both sides is a demand of both; telling reporters is none',
    text: 'Pakistan accused India of sheltering militants. Rubio spoke by phone with both countries\' foreign ministers and urged restraint. Blinken met Lavrov in Riyadh and later told reporters the talks were useful.',
    expect: [
      ['marco-rubio', 'DEMANDS', 'india'],
      ['marco-rubio', 'DEMANDS', 'pakistan'],
    ],
    forbid: [['antony-blinken', 'DEMANDS', 'sergei-lavrov']],
  },
  {
    name: 'a demand not coordinated with the meeting has no addressee from it',
    text: 'Blinken met Lavrov in Riyadh on Tuesday. He urged restraint in Ukraine.',
    expect: [],
    forbid: [['antony-blinken', 'DEMANDS', 'sergei-lavrov']],
  },
  {
    name: 'a diplomat summoned under a title with modifiers: criticism of his state',
    text: "Pakistan's foreign office summoned India's top diplomat to lodge a protest.",
    expect: [['pakistan', 'CRITICIZES', 'india']],
    forbid: [['india', 'CRITICIZES', 'pakistan']],
  },
  {
    name: 'generic targets in a region of a state: the state is attacked',
    text: 'Israeli warplanes struck targets in southern Lebanon on Monday. Pakistani jets struck sites in eastern Afghanistan.',
    expect: [
      ['israel', 'ATTACKS', 'lebanon'],
      ['pakistan', 'ATTACKS', 'afghanistan'],
    ],
    forbid: [['lebanon', 'ATTACKS', 'israel']],
  },
  {
    name: 'a region named as a place of talks is no target',
    text: 'Israeli and Lebanese officers held talks in southern Lebanon on Monday.',
    expect: [],
    forbid: [['israel', 'ATTACKS', 'lebanon']],
  },
  {
    name: 'responsibility claimed in the next sentence for an attack told without its agent',
    text: 'A drone attack on a base hosting U.S. troops in western Iraq caused no casualties, the Pentagon said. The Islamic Resistance in Iraq, an umbrella group of armed factions, claimed responsibility. Iraq\'s prime minister condemned the attack.',
    expect: [
      ['islamic-resistance-in-iraq', 'ATTACKS', 'united-states'],
      ['iraq', 'CRITICIZES', 'islamic-resistance-in-iraq'],
    ],
    forbid: [['united-states', 'ATTACKS', 'islamic-resistance-in-iraq']],
  },
  {
    name: 'responsibility denied, or claimed for another attack with its own target, takes nothing from the one told before',
    text: 'A drone attack on a base hosting U.S. troops caused no casualties. The Islamic Resistance in Iraq denied responsibility. Islamic State claimed responsibility for an attack on Kurdish fighters in Syria.',
    expect: [],
    forbid: [
      ['islamic-resistance-in-iraq', 'ATTACKS', 'united-states'],
      ['islamic-state', 'ATTACKS', 'united-states'],
    ],
  },
  {
    name: 'clashes and talks with their time and place before "between"; a side named by its fighters',
    text: 'Clashes erupted in Tripoli overnight between the Radaa force and fighters loyal to the Government of National Unity, residents said. Fighting broke out on Monday between Thai and Cambodian troops along the border. Talks resumed in Doha on Monday between Israel and Hamas.',
    expect: [
      ['radaa-special-deterrence-force', 'ATTACKS', 'government-of-national-unity'],
      ['government-of-national-unity', 'ATTACKS', 'radaa-special-deterrence-force'],
      ['thailand', 'ATTACKS', 'cambodia'],
      ['cambodia', 'ATTACKS', 'thailand'],
      ['israel', 'NEGOTIATES_WITH', 'hamas'],
    ],
    forbid: [['libya', 'ATTACKS', 'radaa-special-deterrence-force']],
  },
  {
    name: 'an event verb followed by another clause, or by another actor before "between", pairs nothing',
    text: 'Clashes erupted in Tripoli after Egypt warned the factions, and talks between the two are planned. Fighting continued as Turkey sent envoys between the capitals.',
    expect: [],
    forbid: [
      ['egypt', 'ATTACKS', 'libya'],
      ['turkey', 'ATTACKS', 'egypt'],
    ],
  },
  {
    name: 'a call made is a meeting: phoned, telephoned, called a leader on a day or to discuss',
    text: 'Erdogan phoned Putin on Tuesday to discuss the war. Macron called Zelenskiy on Monday, the Elysee said. Biden called Netanyahu to discuss the hostage deal.',
    expect: [
      ['recep-tayyip-erdogan', 'MEETS_WITH', 'vladimir-putin'],
      ['emmanuel-macron', 'MEETS_WITH', 'volodymyr-zelensky'],
      ['joe-biden', 'MEETS_WITH', 'benjamin-netanyahu'],
    ],
    forbid: [],
  },
  {
    name: 'calling someone something, or a call not made, is no meeting',
    text: 'Trump called Zelenskiy a dictator. Pakistan called India\'s claims baseless. Macron did not call Putin on Monday.',
    expect: [],
    forbid: [
      ['donald-trump', 'MEETS_WITH', 'volodymyr-zelensky'],
      ['pakistan', 'MEETS_WITH', 'india'],
      ['emmanuel-macron', 'MEETS_WITH', 'vladimir-putin'],
    ],
  },
  {
    name: 'conferring and consulting with someone is meeting them; abducting a state\'s people attacks it; sworn revenge threatens',
    text: "Lavrov conferred with his Chinese counterpart Wang Yi in Beijing. Boko Haram fighters kidnapped dozens of Nigerian schoolgirls. Iran's supreme leader swore revenge against Israel.",
    expect: [
      ['sergei-lavrov', 'MEETS_WITH', 'wang-yi'],
      ['boko-haram', 'ATTACKS', 'nigeria'],
      ['iran', 'THREATENS', 'israel'],
    ],
    forbid: [['iran', 'ATTACKS', 'israel']],
  },
  {
    name: 'a military coalition or air campaign against a side attacks it; back-channel talks are no meeting',
    text: 'Saudi Arabia, which has led a military coalition against the Houthis since 2015, has been holding back-channel talks with the group. The United States waged an air campaign against the Islamic State in Iraq and Syria.',
    expect: [
      ['saudi-arabia', 'ATTACKS', 'houthis'],
      ['saudi-arabia', 'NEGOTIATES_WITH', 'houthis'],
      ['united-states', 'ATTACKS', 'islamic-state'],
    ],
    forbid: [['saudi-arabia', 'MEETS_WITH', 'houthis']],
  },
  {
    name: 'a diplomatic campaign or an investigation launched against a side is no attack',
    text: "Russia launched a diplomatic campaign against Ukraine's bid to join NATO. The ICC launched an investigation against Israel. The coalition against the Islamic State met in Rome.",
    expect: [],
    forbid: [
      ['russia', 'ATTACKS', 'ukraine'],
      ['international-criminal-court', 'ATTACKS', 'israel'],
    ],
  },
  {
    name: 'a verb the tagger reads as a noun after the subject\'s head ("military accused", "chief mediated") is the main verb',
    text: "Pakistan's military accused India of shelling villages. Egypt's intelligence chief mediated between Israel and Hamas. The army chief accused India of backing the Baloch Liberation Army.",
    expect: [
      ['pakistan', 'ACCUSES', 'india'],
      ['egypt', 'MEDIATES', 'israel'],
      ['egypt', 'MEDIATES', 'hamas'],
      ['india', 'SUPPORTS', 'baloch-liberation-army'],
    ],
    forbid: [],
  },
  {
    name: 'a town of a state struck, or struck in, makes the state the one attacked',
    text: 'Russian forces struck Kharkiv overnight. Ukrainian drones struck an oil refinery in Saratov, the regional governor said. Israeli airstrikes in Khan Yunis killed 20 people. The M23 captured Goma in January.',
    expect: [
      ['russia', 'ATTACKS', 'ukraine'],
      ['ukraine', 'ATTACKS', 'russia'],
      ['israel', 'ATTACKS', 'palestine'],
      ['m23', 'ATTACKS', 'democratic-republic-of-the-congo'],
    ],
    forbid: [],
  },
  {
    name: 'a town is only a place: never a speaker, never its own side attacked, never part of a person\'s name',
    text: 'The M23 accused Congolese forces of shelling its positions near Goma. Officials in Kharkiv said Ukraine had attacked Russian positions. U.N. envoy María Ángela Holguín met both leaders.',
    expect: [['democratic-republic-of-the-congo', 'ATTACKS', 'm23']],
    forbid: [
      ['democratic-republic-of-the-congo', 'ATTACKS', 'democratic-republic-of-the-congo'],
      ['ukraine', 'ACCUSES', 'russia'],
    ],
    notActors: ['cuba'],
  },
  {
    name: 'a time between a participle and its agent: "a truce brokered last month by Egypt"',
    text: 'Hamas fighters attacked Israeli troops. The attack came despite a truce brokered last month by Egypt between Israel and the group. Delegations from Israel and Hamas met in Cairo for talks with Egypt, whose intelligence chief chaired the meeting.',
    expect: [
      ['egypt', 'MEDIATES', 'israel'],
      ['egypt', 'MEDIATES', 'hamas'],
    ],
    forbid: [['israel', 'MEDIATES', 'hamas']],
  },
  {
    name: '"the government" a force was sent to help, read as the sender\'s own, is the host state\'s',
    text: 'Turkey deployed troops to Libya at the request of the government. Russia deployed troops to Belarus to support the government.',
    expect: [
      ['turkey', 'SUPPORTS', 'libya'],
      ['russia', 'SUPPORTS', 'belarus'],
    ],
    forbid: [['turkey', 'SUPPORTS', 'turkey']],
  },
  {
    name: 'a force deployed to a state with no help asked for or given is no support',
    text: 'Russia deployed troops to Ukraine in February.',
    expect: [],
    forbid: [['russia', 'SUPPORTS', 'ukraine']],
  },
  {
    name: 'two states locked in a dispute are the pair an offer to host talks is made to',
    text: 'Venezuela and Guyana are locked in a border dispute. Brazil has offered to host talks.',
    expect: [
      ['brazil', 'OFFERS_MEDIATION', 'venezuela'],
      ['brazil', 'OFFERS_MEDIATION', 'guyana'],
    ],
    forbid: [['brazil', 'MEDIATES', 'venezuela']],
  },
  {
    name: '"accusing it of" after a clause that named its object; criticism drawn from a capital',
    text: 'Erdogan lashed out at Israel on Wednesday, accusing it of committing genocide in Gaza. Turkey has hosted Hamas political leaders, drawing criticism from Washington.',
    expect: [
      ['recep-tayyip-erdogan', 'ACCUSES', 'israel'],
      ['united-states', 'CRITICIZES', 'turkey'],
    ],
    forbid: [['recep-tayyip-erdogan', 'ACCUSES', 'recep-tayyip-erdogan']],
  },
  {
    name: '"it" after a clause whose actor is a subject of its own is not read',
    text: 'Russia said Ukraine attacked a power plant, accusing it of terrorism.',
    expect: [],
    forbid: [['russia', 'ACCUSES', 'russia']],
  },
  {
    name: 'backing pledged to go on is asserted (hedged); backing that will stop, or attacks vowed to go on, are not',
    text: 'Poland pledged to keep supplying weapons to Ukraine. Hungary will continue to arm the Serbian army. Slovakia said it would not keep supplying weapons to Ukraine. Iran vowed to keep attacking Israel.',
    expect: [
      ['poland', 'SUPPORTS', 'ukraine'],
      ['iran', 'THREATENS', 'israel'],
    ],
    forbid: [
      ['slovakia', 'SUPPORTS', 'ukraine'],
      ['iran', 'ATTACKS', 'israel'],
    ],
  },
  {
    name: 'a present-tense giving verb the tagger reads as a noun ("supplies") between subject and thing given',
    text: 'Iran supplies drones to Russia. The UAE supplies arms to the RSF, U.N. experts said.',
    expect: [
      ['iran', 'SUPPORTS', 'russia'],
      ['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces'],
    ],
    forbid: [],
  },
  {
    name: 'supplies as a noun are no giving',
    text: "Russia's supplies to Syria were cut. Food supplies to Gaza were halted by Israel.",
    expect: [],
    forbid: [
      ['russia', 'SUPPORTS', 'syria'],
      ['israel', 'SUPPORTS', 'palestine'],
    ],
  },
  {
    name: 'a participle between an adverb and the head noun modifies the subject ("internationally recognised government")',
    text: "ADEN (AP) - Yemen's internationally recognised government accused the Houthis on Thursday of shelling residential areas. The Iran-backed rebels denied the accusation. The U.N. envoy, Hans Grundberg, called on both parties to show restraint.",
    expect: [
      ['yemen', 'ACCUSES', 'houthis'],
      ['houthis', 'DENIES', 'yemen'],
      ['hans-grundberg', 'DEMANDS', 'houthis'],
    ],
    forbid: [['houthis', 'ACCUSES', 'yemen']],
  },
];

const extractor = describeTripleCases('article context', CASES);

it('reads a town as a place of its state, not as an actor of the article', () => {
  const r = extractor().extract(toArticle({ text: 'Protesters gathered in Lyon and Marseille on Saturday.' }));
  expect(r.actors.map((a) => a.id)).not.toContain('france');
  expect(r.relations).toEqual([]);
});

it('keeps an allegation alleged when the tagger reads the accusing verb as a noun', () => {
  const r = extractor().extract(toArticle({ text: 'The army chief accused India of backing the Baloch Liberation Army.' }));
  const support = r.relations.filter((x) => x.type === 'SUPPORTS' && x.source === 'india' && x.target === 'baloch-liberation-army');
  expect(support.length).toBe(1);
  expect(support.every((x) => x.alleged)).toBe(true);
});
