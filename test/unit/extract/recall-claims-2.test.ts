import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Criticism, threats and denials phrased the ways short briefs phrase them: a charge denied by a
 * third side, a warning that closes the sentence or names its channel first, remarks or threats
 * dismissed "as" a judgement, protests of an act, a move criticised by a titled official, a relative
 * clause condemning the act before it; and warnings, attacks and rejections that are none of these.
 * Each case names the triples it must yield and the tempting ones it must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'a charge denied by a side other than the one accused answers the accuser',
    text: 'India blamed Lashkar-e-Taiba for the massacre, a charge Pakistan denies.',
    expect: [
      ['india', 'ACCUSES', 'lashkar-e-taiba'],
      ['pakistan', 'DENIES', 'india'],
    ],
  },
  {
    name: 'a warning that closes the sentence, after a quote or a comma, is the speaker\'s',
    text: '"Japan will pay a painful price," Lin Jian warned. Beijing will crush Taiwan\'s independence forces, China\'s defence ministry warned.',
    expect: [
      ['lin-jian', 'THREATENS', 'japan'],
      ['china', 'THREATENS', 'taiwan'],
    ],
  },
  {
    name: 'a warning whose channel comes before its clause',
    text: 'North Korea warned in a statement that South Korea would face a catastrophe.',
    expect: [['north-korea', 'THREATENS', 'south-korea']],
  },
  {
    name: 'warning someone about a danger threatens nobody',
    text: 'Belarus warned Poland about the drones.',
    expect: [],
    forbid: [['belarus', 'THREATENS', 'poland']],
  },
  {
    name: 'an attack that "could" justify something is hypothetical; one in May is not',
    text: 'Takaichi said that a Chinese attack on Taiwan could justify a military response. The conflict between India and Pakistan in May was the worst in decades.',
    expect: [
      ['india', 'ATTACKS', 'pakistan'],
      ['pakistan', 'ATTACKS', 'india'],
    ],
    forbid: [['china', 'ATTACKS', 'taiwan']],
  },
  {
    name: 'remarks or threats dismissed "as" a judgement criticise their author; accusations so dismissed are denied',
    text: 'Israel dismissed Erdogan\'s remarks as "antisemitic incitement". Turkey threatened Greece. Athens rejected the threats as unacceptable. Pakistan accused the Taliban of harbouring the TTP. The Taliban rejected Pakistan\'s accusations as an insult.',
    expect: [
      ['israel', 'CRITICIZES', 'recep-tayyip-erdogan'],
      ['greece', 'CRITICIZES', 'turkey'],
      ['afghan-taliban', 'DENIES', 'pakistan'],
    ],
    forbid: [['afghan-taliban', 'CRITICIZES', 'pakistan']],
  },
  {
    name: 'a rejected demand is no denial of an earlier accusation',
    text: 'Kurti accused Serbia of backing the gunmen. Washington called on Belgrade to withdraw the troops, a demand Vucic rejected.',
    expect: [['united-states', 'DEMANDS', 'serbia']],
    forbid: [['aleksandar-vucic', 'DENIES', 'kosovo']],
  },
  {
    name: "protesting someone's act, or lodging a protest over it, criticises its author",
    text: "Turkey protested Israel's strikes in Syria. Japan lodged a protest over a post by China's consul general in Osaka.",
    expect: [
      ['turkey', 'CRITICIZES', 'israel'],
      ['japan', 'CRITICIZES', 'china'],
    ],
  },
  {
    name: 'a move a titled official called unjustified, and acts a relative clause condemns',
    text: 'Algeria expelled 12 French diplomats, a move Foreign Minister Jean-Noel Barrot called "unjustified". Russian police killed two Azerbaijani brothers during raids, which Azerbaijan condemned.',
    expect: [
      ['jean-noel-barrot', 'CRITICIZES', 'algeria'],
      ['azerbaijan', 'CRITICIZES', 'russia'],
    ],
  },
  {
    name: 'a leader called a butcher is criticised',
    text: 'Erdogan called Netanyahu a butcher.',
    expect: [['recep-tayyip-erdogan', 'CRITICIZES', 'benjamin-netanyahu']],
  },
  {
    name: '"all options are on the table" after a demand threatens the side the demand was made of',
    text: 'President Donald Trump demanded Iran\'s "unconditional surrender" and said all options were on the table.',
    expect: [
      ['donald-trump', 'DEMANDS', 'iran'],
      ['donald-trump', 'THREATENS', 'iran'],
    ],
  },
  {
    name: 'allegations linking a state to an act accuse it; no evidence linking it does not',
    text: 'Justin Trudeau said there were credible allegations linking India to the killing. There is no evidence linking Iran to the attack, Washington said.',
    expect: [['justin-trudeau', 'ACCUSES', 'india']],
    forbid: [['united-states', 'ACCUSES', 'iran']],
  },
  {
    name: 'a bombing claimed, with whom it killed, and "the Islamic Republic" as Iran',
    text: "The Baloch Liberation Army claimed a suicide bombing that killed seven Pakistani soldiers in Quetta. Israel's military campaign against the Islamic Republic entered its second week.",
    expect: [
      ['baloch-liberation-army', 'ATTACKS', 'pakistan'],
      ['israel', 'ATTACKS', 'iran'],
    ],
  },
  {
    name: 'an accusation brushed aside is denied; questions brushed aside are not',
    text: 'Ukraine accused Russia of shelling Kharkiv. The Kremlin brushed aside the accusation. The minister brushed aside questions about the election.',
    expect: [['russia', 'DENIES', 'ukraine']],
  },
  {
    name: 'a charge made with "that"; men of a state charged in court are not the state',
    text: 'Israel charged that Iran was smuggling weapons to Hezbollah. Kenya charged two Somali men with terrorism.',
    expect: [['israel', 'ACCUSES', 'iran']],
    forbid: [['kenya', 'ACCUSES', 'somalia']],
  },
];

describeTripleCases('criticism, threats and denials of short briefs', CASES);
