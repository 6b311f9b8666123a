import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * More phrasings of short briefs, found by writing briefs on other conflicts: regions struck beside
 * their state, alerts that are no threats, acts in apposition condemned, stopped attacks, communities
 * within a state, rejections of things that are no charges, officials named after a comma, quotes
 * inside an aside, and support pledged to a capital. Each case names the triples it must yield and
 * the tempting ones it must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'a region of a state struck beside the state is where the strikes landed',
    text: 'India struck sites in Pakistan and Pakistan-administered Kashmir.',
    expect: [['india', 'ATTACKS', 'pakistan']],
    forbid: [['india', 'ATTACKS', 'azad-jammu-and-kashmir']],
  },
  {
    name: 'warning a state of approaching drones is an alert; warning it of a crushing response is a threat',
    text: 'Minsk said it had warned Warsaw of the approaching drones. Iran warned Israel of a crushing response.',
    expect: [['iran', 'THREATENS', 'israel']],
    forbid: [['belarus', 'THREATENS', 'poland']],
  },
  {
    name: 'an act in apposition condemned is condemned in its agent',
    text: 'Israel struck Beirut, an attack that Iran condemned. Lebanon approved a plan to disarm Hezbollah, a decision that Hezbollah denounced.',
    expect: [
      ['iran', 'CRITICIZES', 'israel'],
      ['hezbollah', 'CRITICIZES', 'lebanon'],
    ],
    forbid: [['iran', 'CRITICIZES', 'lebanon']],
  },
  {
    name: 'attacks suspended are not made',
    text: 'Kataib Hezbollah announced it was suspending its attacks on U.S. forces.',
    expect: [],
    forbid: [['kataib-hezbollah', 'ATTACKS', 'united-states']],
  },
  {
    name: 'a community or camp within a state is not the state',
    text: 'Syrian Kurdish officials accused Turkey of shelling villages.',
    expect: [],
    forbid: [['syria', 'ACCUSES', 'turkey']],
  },
  {
    name: 'rejecting foreign interference denies no charge',
    text: "Hezbollah accused the Lebanese government of serving Israel's interests. Aoun said Lebanon rejected any foreign interference.",
    expect: [['hezbollah', 'ACCUSES', 'lebanon']],
    forbid: [['lebanon', 'DENIES', 'hezbollah']],
  },
  {
    name: "an official named after a comma: \"met Russia's foreign minister, Sergei Lavrov\"",
    text: "Zelensky met Russia's foreign minister, Sergei Lavrov.",
    expect: [['volodymyr-zelensky', 'MEETS_WITH', 'sergei-lavrov']],
  },
  {
    name: 'quotes inside an aside, and support pledged to a capital',
    text: 'France, which triggered the "snapback" mechanism, demanded that Iran account for its uranium. Turkey pledged military support to Damascus.',
    expect: [
      ['france', 'DEMANDS', 'iran'],
      ['turkey', 'SUPPORTS', 'syria'],
    ],
  },
  {
    name: 'towns by the spellings copy uses (Odesa, Zaporizhzhia, Kupiansk) are places of their state',
    text: 'Russian drones struck Odesa, killing five people. Russian forces shelled Zaporizhzhia and Kupiansk overnight.',
    expect: [['russia', 'ATTACKS', 'ukraine']],
  },
  {
    name: '"both sides" that agree to meet again are the pair in talks, not a pair in dispute named since',
    text: 'Iran and the United States held talks in Muscat. Israeli officials accused Iran of using the talks to buy time. Both sides agreed to meet again a week later.',
    expect: [
      ['israel', 'ACCUSES', 'iran'],
      ['united-states', 'AGREES_WITH', 'iran'],
    ],
    forbid: [['israel', 'AGREES_WITH', 'iran']],
  },
  {
    name: 'a deal brokered for the subject and the one it restored ties with',
    text: 'Iran restored ties with Saudi Arabia in a deal brokered by China.',
    expect: [
      ['china', 'MEDIATES', 'iran'],
      ['china', 'MEDIATES', 'saudi-arabia'],
    ],
  },
  {
    name: 'a list of leaders each named with a demonym and a title',
    text: 'French President Emmanuel Macron, British Prime Minister Keir Starmer and German Chancellor Friedrich Merz met Zelenskiy in Kyiv.',
    expect: [
      ['emmanuel-macron', 'MEETS_WITH', 'volodymyr-zelensky'],
      ['keir-starmer', 'MEETS_WITH', 'volodymyr-zelensky'],
      ['friedrich-merz', 'MEETS_WITH', 'volodymyr-zelensky'],
    ],
  },
  {
    name: 'a co-mediator "alongside" mediates too',
    text: 'Egypt has mediated between Israel and Hamas alongside Qatar.',
    expect: [
      ['egypt', 'MEDIATES', 'israel'],
      ['qatar', 'MEDIATES', 'hamas'],
    ],
  },
  {
    name: '"it" after an object relative pronoun is the main clause\'s subject',
    text: 'North Korea criticized Seoul and Washington, which it accuses of plotting an invasion.',
    expect: [
      ['north-korea', 'CRITICIZES', 'south-korea'],
      ['north-korea', 'ACCUSES', 'united-states'],
    ],
    forbid: [['south-korea', 'ACCUSES', 'united-states']],
  },
  {
    name: 'a complaint filed at a court accuses in the filer\'s name, not the court\'s',
    text: 'Sudan filed a complaint at the International Court of Justice accusing Abu Dhabi of complicity in genocide.',
    expect: [['sudan', 'ACCUSES', 'united-arab-emirates']],
    forbid: [['international-court-of-justice', 'ACCUSES', 'united-arab-emirates']],
  },
  {
    name: 'a former official of a state is not the state',
    text: 'The United States accused a former Haitian senator of financing Viv Ansanm.',
    expect: [],
    forbid: [['united-states', 'ACCUSES', 'haiti']],
  },
  {
    name: 'a ship blasted with water cannon is attacked; a state blasted for its acts is criticised',
    text: 'Chinese coast guard vessels blasted a Philippine fisheries ship with water cannon near Scarborough Shoal. Beijing blasted Manila for its provocations.',
    expect: [
      ['china', 'ATTACKS', 'philippines'],
      ['china', 'CRITICIZES', 'philippines'],
    ],
  },
  {
    name: 'a vow to topple a government threatens it',
    text: 'Al-Shabaab vowed to topple the Somali government.',
    expect: [['al-shabaab', 'THREATENS', 'somalia']],
  },
];

describeTripleCases('phrasings of short briefs, second round', CASES);
