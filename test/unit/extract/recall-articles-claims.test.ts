import { describeTripleCases, type TripleCase } from './triple-cases.js';

/** Backing, criticism and denial in the wording of article-length wire copy. */
const SUPPORT: readonly TripleCase[] = [
  {
    name: "a breakaway region named as the owner of a patron is the polity the patron backs",
    text: "CHISINAU (Reuters) - Russia, Transnistria's main patron, has kept troops in the region since 1992. Moscow, South Ossetia's backer, said nothing.",
    expect: [
      ['russia', 'SUPPORTS', 'transnistria'],
      ['russia', 'SUPPORTS', 'south-ossetia'],
    ],
  },
  {
    name: 'a breakaway region named only as a place is no polity',
    text: 'CHISINAU (Reuters) - Russia keeps about 1,500 troops in Transnistria, where fighting ended in 1992.',
    expect: [],
    forbid: [['russia', 'SUPPORTS', 'transnistria']],
  },
  {
    name: 'the short name of Bosnia and Herzegovina names the state',
    text: "SARAJEVO (Reuters) - The United States said on Friday it stood with Bosnia's state institutions.",
    expect: [['united-states', 'SUPPORTS', 'bosnia-and-herzegovina']],
  },
];

describeTripleCases('backing in article wording', SUPPORT);

const CRITICISM: readonly TripleCase[] = [
  {
    name: 'concern over a hyphenated build-up criticises its owner, for each coordinated subject',
    text: "TBILISI (Reuters) - Britain and Canada expressed concern over Russia's naval build-up in the Black Sea.",
    expect: [
      ['united-kingdom', 'CRITICIZES', 'russia'],
      ['canada', 'CRITICIZES', 'russia'],
    ],
  },
  {
    name: 'hitting back at a capital in words criticises its government',
    text: 'TBILISI (Reuters) - Russian Foreign Ministry spokeswoman Maria Zakharova hit back at Tbilisi, saying it had no say over the agreement.',
    expect: [['maria-zakharova', 'CRITICIZES', 'georgia']],
  },
  {
    name: 'hitting back with force is no criticism',
    text: 'KYIV (Reuters) - Ukraine hit back at Russia with drone strikes on two refineries. Israel hit back at Hezbollah, bombing villages in southern Lebanon.',
    expect: [],
    forbid: [
      ['ukraine', 'CRITICIZES', 'russia'],
      ['israel', 'CRITICIZES', 'hezbollah'],
    ],
  },
];

describeTripleCases('criticism in article wording', CRITICISM);

const DENIAL: readonly TripleCase[] = [
  {
    name: 'no truth in the claims of a named accuser is a denial answering it',
    text: 'ASTANA (Reuters) - Kazakhstan said there was no truth in Kyrgyz claims that its border guards had opened fire first.',
    expect: [['kazakhstan', 'DENIES', 'kyrgyzstan']],
  },
  {
    name: 'no truth in the allegations answers the accuser of the sentence before',
    text: 'ASTANA (Reuters) - Kyrgyzstan accused Tajikistan of shelling a border village. Dushanbe said there was no truth in the allegations.',
    expect: [
      ['kyrgyzstan', 'ACCUSES', 'tajikistan'],
      ['tajikistan', 'DENIES', 'kyrgyzstan'],
    ],
  },
  {
    name: 'no truth in a report nobody is said to have made denies nobody',
    text: 'ASTANA (Reuters) - Kazakhstan said there was no truth in reports that the talks had collapsed.',
    expect: [],
    forbid: [['kazakhstan', 'DENIES', 'kyrgyzstan']],
  },
];

describeTripleCases('denial in article wording', DENIAL);
