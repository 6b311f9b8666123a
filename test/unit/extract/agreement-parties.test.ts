import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Who is party to a deal: the agent of a participle in a phrase opening the sentence is not the
 * main clause's subject, and a signing's witnesses and guarantors are no counterparts.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'a mediator in an opening phrase, a single actor before the comma',
    text: 'Under the agreement mediated by Qatar, Israel and Hamas agreed to a ceasefire and a hostage exchange.',
    expect: [
      ['qatar', 'MEDIATES', 'israel'],
      ['qatar', 'MEDIATES', 'hamas'],
      ['israel', 'AGREES_WITH', 'hamas'],
    ],
    forbid: [
      ['qatar', 'AGREES_WITH', 'israel'],
      ['israel', 'MEDIATES', 'hamas'],
    ],
  },
  {
    name: 'mediators listed in an opening phrase',
    text: 'Under the deal brokered by Egypt, Qatar and the United States, Israel and Hamas agreed to a truce.',
    expect: [
      ['egypt', 'MEDIATES', 'israel'],
      ['united-states', 'MEDIATES', 'hamas'],
      ['israel', 'AGREES_WITH', 'hamas'],
    ],
    forbid: [['qatar', 'AGREES_WITH', 'hamas']],
  },
  {
    name: 'a host in an opening participle is not one of the sides',
    text: 'Hosted by Turkey, Russia and Ukraine held talks in Istanbul on Monday.',
    expect: [['russia', 'NEGOTIATES_WITH', 'ukraine']],
    forbid: [
      ['turkey', 'NEGOTIATES_WITH', 'russia'],
      ['turkey', 'MEETS_WITH', 'ukraine'],
    ],
  },
  {
    name: 'mediators listed after the subject stay mediators',
    text: 'Talks between Israel and Hamas mediated by Egypt, Qatar and the United States resumed in Cairo.',
    expect: [['qatar', 'MEDIATES', 'israel']],
    forbid: [['qatar', 'NEGOTIATES_WITH', 'israel']],
  },
  {
    name: 'guarantors of a signing are no counterparts',
    text: 'Israel and Hamas signed the deal with Egypt, Qatar and the United States as guarantors.',
    expect: [['israel', 'AGREES_WITH', 'hamas']],
    forbid: [
      ['israel', 'AGREES_WITH', 'egypt'],
      ['hamas', 'AGREES_WITH', 'united-states'],
    ],
  },
  {
    name: 'a witness of a signing is no counterpart',
    text: 'Ethiopia and Eritrea signed the agreement in Jeddah with Saudi Arabia as a witness.',
    expect: [['ethiopia', 'AGREES_WITH', 'eritrea']],
    forbid: [['ethiopia', 'AGREES_WITH', 'saudi-arabia']],
  },
  {
    name: 'a counterpart with a role of its own is still a counterpart',
    text: 'Armenia signed a defence pact with France as its main arms supplier.',
    expect: [['armenia', 'AGREES_WITH', 'france']],
  },
  {
    name: 'the parties of a deal in one clause are not those of talks hosted in the next',
    text: 'In June, the United States brokered a peace deal between Congo and Rwanda, while Qatar hosted talks with the M23 rebels.',
    expect: [
      ['united-states', 'MEDIATES', 'democratic-republic-of-the-congo'],
      ['united-states', 'MEDIATES', 'rwanda'],
    ],
    forbid: [
      ['qatar', 'MEDIATES', 'rwanda'],
      ['qatar', 'MEDIATES', 'democratic-republic-of-the-congo'],
    ],
  },
];

describeTripleCases('parties to a deal', CASES);

/** Talks named as the setting of an outcome were held, whether or not the outcome came. */
describeTripleCases('talks without an outcome', [
  {
    name: 'failed to reach a deal in talks',
    text: "Afghanistan's Taliban and Pakistan failed to reach a deal in a third round of talks in Istanbul.",
    expect: [['afghanistan', 'NEGOTIATES_WITH', 'pakistan']],
  },
  {
    name: 'did not agree at talks',
    text: 'Serbia and Kosovo did not agree on a roadmap at talks in Brussels, the EU said.',
    expect: [['serbia', 'NEGOTIATES_WITH', 'kosovo']],
  },
  {
    name: 'talks still to come are not held',
    text: 'Serbia and Kosovo hope to reach a deal at talks in Brussels next month.',
    expect: [],
    forbid: [['serbia', 'NEGOTIATES_WITH', 'kosovo']],
  },
  {
    name: 'talks refused are not held',
    text: 'Pakistan refused to take part in talks with the Taliban.',
    expect: [],
    forbid: [['pakistan', 'NEGOTIATES_WITH', 'afghan-taliban']],
  },
]);
