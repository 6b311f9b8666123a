import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Diplomacy phrased the ways briefs phrase it: object pronouns for people, a guest hosted, a
 * subjunctive the tagger reads as a noun after a capital, resolutions adopted, conditional threats,
 * observers at a meeting, company executives and summit hosts that are no parties. Each case names
 * the triples it must yield and the tempting ones it must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: '"him" and "her" are the person named before, never the clause\'s own subject',
    text: 'Takaichi spoke in parliament. Lin Jian accused her of interfering in China\'s affairs. Trump met Mohammed bin Salman. Trump pressed him to join the Abraham Accords.',
    expect: [
      ['lin-jian', 'ACCUSES', 'sanae-takaichi'],
      ['donald-trump', 'DEMANDS', 'mohammed-bin-salman'],
    ],
    forbid: [['donald-trump', 'DEMANDS', 'donald-trump']],
  },
  {
    name: 'a guest hosted meets the host; a summit host mediates nobody\'s talks held there',
    text: 'Mohammed bin Salman was hosted by Donald Trump. Modi and Xi held talks at the BRICS summit hosted by Russia.',
    expect: [
      ['mohammed-bin-salman', 'MEETS_WITH', 'donald-trump'],
      ['narendra-modi', 'NEGOTIATES_WITH', 'xi-jinping'],
    ],
    forbid: [['russia', 'MEDIATES', 'narendra-modi']],
  },
  {
    name: 'a phone call is no agreement to criticise',
    text: 'Netanyahu spoke with Trump by phone. Hamas criticized the agreement.',
    expect: [['benjamin-netanyahu', 'MEETS_WITH', 'donald-trump']],
    forbid: [['hamas', 'CRITICIZES', 'donald-trump']],
  },
  {
    name: 'a demand that a capital "release" prisoners, and resolutions adopted or passed',
    text: 'Washington demanded that Tehran release the prisoners. The United Nations adopted a resolution condemning Russia. The UN Security Council passed a resolution demanding that Israel withdraw.',
    expect: [
      ['united-states', 'DEMANDS', 'iran'],
      ['united-nations', 'CRITICIZES', 'russia'],
      ['un-security-council', 'DEMANDS', 'israel'],
    ],
  },
  {
    name: 'conditional threats: an inverted "should" and a "could" with "if"',
    text: 'Pakistan said it would retaliate should India strike again. Israel said it could resume strikes on Gaza if Hamas did not release more hostages.',
    expect: [
      ['pakistan', 'THREATENS', 'india'],
      ['israel', 'THREATENS', 'hamas'],
    ],
  },
  {
    name: 'observers at a meeting and company executives are no participants',
    text: 'Pashinyan and Aliyev met in Abu Dhabi, with U.S. officials attending as observers. Russian oil company executives met Venezuelan energy officials in Caracas last week.',
    expect: [['nikol-pashinyan', 'MEETS_WITH', 'ilham-aliyev']],
    forbid: [
      ['nikol-pashinyan', 'MEETS_WITH', 'united-states'],
      ['russia', 'MEETS_WITH', 'venezuela'],
    ],
  },
  {
    name: 'unconfirmed reports assert nothing; sanctions called unjust are criticised',
    text: 'Iran did not confirm reports that it had supplied drones to Russia. Kurti called the EU sanctions unjust.',
    expect: [['albin-kurti', 'CRITICIZES', 'european-union']],
    forbid: [['iran', 'SUPPORTS', 'russia']],
  },
  {
    name: 'exercises condemned after drills were staged point back to the one who staged them',
    text: "China's military staged drills around Taiwan on Tuesday. Taiwan's defence ministry condemned the exercises as provocative.",
    expect: [['taiwan', 'CRITICIZES', 'china']],
  },
];

describeTripleCases('diplomacy of short briefs', CASES);
