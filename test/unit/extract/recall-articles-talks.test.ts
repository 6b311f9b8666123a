import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Mediation, meetings and agreements as article-length wire copy states them: the parties named in
 * the lead, the mediator or the outcome sentences later. Each case names the triples it must yield
 * and the tempting ones it must not.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'who keeps pushing both sides towards a deal mediates between the pair in talks',
    text: 'ADDIS ABABA, Feb 3 (Reuters) - Ethiopia and Egypt resumed talks on the dam on Monday. Washington has been pushing both sides to reach a deal before the rainy season.',
    expect: [
      ['united-states', 'MEDIATES', 'ethiopia'],
      ['united-states', 'MEDIATES', 'egypt'],
    ],
    forbid: [['united-states', 'NEGOTIATES_WITH', 'egypt']],
  },
  {
    name: 'a relative clause that keeps urging two named sides to return to the table mediates',
    text: 'BRUSSELS (AFP) - The European Union, which has been urging Serbia and Kosovo to return to the negotiating table, offered to host a meeting in Brussels.',
    expect: [
      ['european-union', 'MEDIATES', 'serbia'],
      ['european-union', 'MEDIATES', 'kosovo'],
    ],
    forbid: [],
  },
  {
    name: 'a single appeal for restraint or for talks is a demand, not mediation',
    text: 'ADDIS ABABA, Feb 3 (Reuters) - Ethiopia and Egypt resumed talks on the dam on Monday. Washington urged both sides to show restraint. The African Union urged the two countries to return to talks.',
    expect: [
      ['united-states', 'DEMANDS', 'ethiopia'],
      ['african-union', 'DEMANDS', 'egypt'],
    ],
    forbid: [
      ['united-states', 'MEDIATES', 'ethiopia'],
      ['african-union', 'MEDIATES', 'egypt'],
    ],
  },
  {
    name: 'pressing both sides to show restraint is no mediation even when it goes on',
    text: 'ADDIS ABABA, Feb 3 (Reuters) - Ethiopia and Egypt resumed talks on the dam on Monday. Washington has been pressing both sides to show restraint.',
    expect: [],
    forbid: [
      ['united-states', 'MEDIATES', 'ethiopia'],
      ['united-states', 'MEDIATES', 'egypt'],
    ],
  },
  {
    name: 'a mediator holding talks with one side meets it and leaves the pair in view to the two sides',
    text: 'NAIROBI, March 4 (Reuters) - South Sudan\'s government and the opposition SPLM-IO resumed peace talks in Nairobi on Tuesday. Kenyan President William Ruto, who has led the mediation since last year, held separate talks with SPLM-IO envoys, his office said. IGAD has also been pressing both sides to return to the table.',
    expect: [
      ['william-ruto', 'MEDIATES', 'south-sudan'],
      ['william-ruto', 'MEETS_WITH', 'sudan-peoples-liberation-movement-in-opposition'],
      ['igad', 'MEDIATES', 'south-sudan'],
      ['igad', 'MEDIATES', 'sudan-peoples-liberation-movement-in-opposition'],
    ],
    forbid: [
      ['william-ruto', 'NEGOTIATES_WITH', 'sudan-peoples-liberation-movement-in-opposition'],
      ['igad', 'MEDIATES', 'william-ruto'],
      ['igad', 'DEMANDS', 'william-ruto'],
    ],
  },
  {
    name: 'a third side that has led its state\'s effort, with a pair in talks in view, mediates between the pair',
    text: 'CAIRO (Reuters) - Sudan\'s army and the RSF have agreed to send delegations to Jeddah, officials said. The RSF accused the army of shelling markets in El Fasher. Massad Boulos, who has led the U.S. effort, met army chief Abdel Fattah al-Burhan in Port Sudan on Tuesday.',
    expect: [
      ['massad-boulos', 'MEDIATES', 'sudanese-armed-forces'],
      ['massad-boulos', 'MEDIATES', 'rapid-support-forces'],
      ['massad-boulos', 'MEETS_WITH', 'abdel-fattah-al-burhan'],
    ],
    forbid: [],
  },
  {
    name: 'an effort of another kind is no mediation',
    text: 'CAIRO (Reuters) - Sudan\'s army and the RSF have agreed to send delegations to Jeddah, officials said. Massad Boulos, who has led the U.S. effort to deliver aid to Darfur, met army chief Abdel Fattah al-Burhan in Port Sudan on Tuesday.',
    expect: [['massad-boulos', 'MEETS_WITH', 'abdel-fattah-al-burhan']],
    forbid: [
      ['massad-boulos', 'MEDIATES', 'sudanese-armed-forces'],
      ['massad-boulos', 'MEDIATES', 'rapid-support-forces'],
    ],
  },
  {
    name: 'a third side meeting one side and then the other mediates between the pair in view',
    text: 'ADDIS ABABA, Feb 3 (Reuters) - Ethiopia and Egypt resumed talks on the dam on Monday. Turkey\'s foreign minister met the Egyptian delegation on Tuesday and then Ethiopian officials a day later.',
    expect: [
      ['turkey', 'MEETS_WITH', 'egypt'],
      ['turkey', 'MEETS_WITH', 'ethiopia'],
      ['turkey', 'MEDIATES', 'egypt'],
      ['turkey', 'MEDIATES', 'ethiopia'],
    ],
    forbid: [],
  },
  {
    name: 'a third side meeting both delegations mediates between them',
    text: 'ADDIS ABABA, Feb 3 (Reuters) - Ethiopia and Egypt resumed talks on the dam on Monday. Hakan Fidan met both delegations in Ankara on Wednesday.',
    expect: [
      ['hakan-fidan', 'MEDIATES', 'egypt'],
      ['hakan-fidan', 'MEDIATES', 'ethiopia'],
    ],
    forbid: [],
  },
  {
    name: 'meeting one side only, or a side and an outsider, is no mediation',
    text: 'ADDIS ABABA, Feb 3 (Reuters) - Ethiopia and Egypt resumed talks on the dam on Monday. Hakan Fidan met the Egyptian delegation on Tuesday. Later, Hakan Fidan met the Egyptian delegation and Sudanese officials said the dam was safe.',
    expect: [['hakan-fidan', 'MEETS_WITH', 'egypt']],
    forbid: [
      ['hakan-fidan', 'MEDIATES', 'egypt'],
      ['hakan-fidan', 'MEDIATES', 'sudan'],
    ],
  },
  {
    name: 'a deal that opens the sentence after talks is agreed by the two sides of the talks',
    text: 'KINSHASA (Reuters) - Congo and Rwanda wrapped up three days of talks in Washington on Friday. The deal, announced on Saturday, commits Rwanda to withdrawing its troops.',
    expect: [['democratic-republic-of-the-congo', 'AGREES_WITH', 'rwanda']],
    forbid: [],
  },
  {
    name: 'what happens under the agreement reports the agreement of the two sides in talks',
    text: 'KINSHASA (Reuters) - Congo and Rwanda held talks in Washington last week. Under the agreement, Rwanda will withdraw its troops within 90 days.',
    expect: [['rwanda', 'AGREES_WITH', 'democratic-republic-of-the-congo']],
    forbid: [],
  },
  {
    name: 'a deal that would bind them, or an old deal, is no agreement reached in the talks',
    text: 'KINSHASA (Reuters) - Congo and Rwanda held talks in Washington last week. The deal would commit Rwanda to withdrawing its troops. The 2013 deal was never implemented.',
    expect: [['rwanda', 'NEGOTIATES_WITH', 'democratic-republic-of-the-congo']],
    forbid: [['rwanda', 'AGREES_WITH', 'democratic-republic-of-the-congo']],
  },
  {
    name: 'the groups a deal binds are the ones a government signed it with, unnamed before',
    text: 'BANGUI (AFP) - The Central African Republic\'s government signed a peace agreement with two armed groups on Saturday. The deal commits the UPC and the 3R movement to disarm.',
    expect: [
      ['central-african-republic', 'AGREES_WITH', 'union-for-peace-in-the-central-african-republic'],
      ['central-african-republic', 'AGREES_WITH', 'return-reclamation-rehabilitation'],
    ],
    forbid: [['union-for-peace-in-the-central-african-republic', 'AGREES_WITH', 'return-reclamation-rehabilitation']],
  },
  {
    name: 'a third side meeting one side and speaking to the other in one sentence mediates between the pair in view',
    text: 'DOHA (Reuters) - Israel and Hamas resumed talks on Monday. Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas negotiators in Doha and later spoke to Israeli officials by phone.',
    expect: [
      ['mohammed-bin-abdulrahman-al-thani', 'MEDIATES', 'hamas'],
      ['mohammed-bin-abdulrahman-al-thani', 'MEDIATES', 'israel'],
    ],
    forbid: [],
  },
  {
    name: 'separate meetings with two opposing delegations are mediation',
    text: 'CAIRO (Reuters) - Egyptian officials held separate meetings with Israeli and Hamas delegations on Monday.',
    expect: [
      ['egypt', 'MEDIATES', 'israel'],
      ['egypt', 'MEDIATES', 'hamas'],
    ],
    forbid: [['israel', 'MEDIATES', 'hamas']],
  },
  {
    name: 'two sides close to a deal are the pair a mediator named next mediates',
    text: 'GENEVA (Reuters) - Ethiopia and Egypt are close to a deal on the dam, officials said on Monday. The UAE has hosted three rounds of talks since January.',
    expect: [
      ['united-arab-emirates', 'MEDIATES', 'ethiopia'],
      ['united-arab-emirates', 'MEDIATES', 'egypt'],
    ],
    forbid: [],
  },
  {
    name: 'the two sides\' delegations are the pair whose talks a chair mediates',
    text: 'GENEVA (Reuters) - The Ethiopian and Egyptian delegations left Abu Dhabi on Monday without a deal. The UAE, which chaired the talks, said gaps remained.',
    expect: [
      ['united-arab-emirates', 'MEDIATES', 'ethiopia'],
      ['united-arab-emirates', 'MEDIATES', 'egypt'],
    ],
    forbid: [['ethiopia', 'AGREES_WITH', 'egypt']],
  },
  {
    name: 'a member of the mediation team or one praised for its mediation mediates between the pair in view',
    text: 'ADDIS ABABA (AP) - Ethiopia and the TPLF signed a truce on Wednesday. Kenya was also part of the mediation team. Guterres praised the African Union for its mediation.',
    expect: [
      ['kenya', 'MEDIATES', 'ethiopia'],
      ['kenya', 'MEDIATES', 'tigray-peoples-liberation-front'],
      ['african-union', 'MEDIATES', 'ethiopia'],
      ['african-union', 'MEDIATES', 'tigray-peoples-liberation-front'],
    ],
    forbid: [['antonio-guterres', 'MEDIATES', 'ethiopia']],
  },
  {
    name: 'a third side working for the deal or the end of the war of the pair in view mediates',
    text: 'ADDIS ABABA (AP) - Ethiopia and the TPLF resumed talks on Monday. Kenya helped negotiate the deal. Uganda has been at the forefront of efforts to end the war.',
    expect: [
      ['kenya', 'MEDIATES', 'ethiopia'],
      ['kenya', 'MEDIATES', 'tigray-peoples-liberation-front'],
      ['uganda', 'MEDIATES', 'ethiopia'],
      ['uganda', 'MEDIATES', 'tigray-peoples-liberation-front'],
    ],
    forbid: [],
  },
  {
    name: 'a side working for its own deal, or a deal with one side, does not mediate',
    text: 'ADDIS ABABA (AP) - Ethiopia and the TPLF resumed talks on Monday. Ethiopia has been trying to revive the talks. Kenya is working to secure a trade deal with Ethiopia.',
    expect: [],
    forbid: [
      ['ethiopia', 'MEDIATES', 'tigray-peoples-liberation-front'],
      ['kenya', 'MEDIATES', 'ethiopia'],
      ['kenya', 'MEDIATES', 'tigray-peoples-liberation-front'],
    ],
  },
  {
    name: 'a third side putting a proposal to the two sides in talks mediates; a side\'s own proposal does not',
    text: 'ADDIS ABABA (AP) - Ethiopia and the TPLF resumed talks on Monday. Kenya presented a new proposal to both sides. The TPLF submitted a counter-proposal on Tuesday.',
    expect: [
      ['kenya', 'MEDIATES', 'ethiopia'],
      ['kenya', 'MEDIATES', 'tigray-peoples-liberation-front'],
    ],
    forbid: [['tigray-peoples-liberation-front', 'MEDIATES', 'ethiopia']],
  },
  {
    name: 'a minister and "his counterpart" named after him are two coordinated sides',
    text: 'WASHINGTON (Reuters) - Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov initialled the text of a peace treaty. Armenia\'s foreign minister and his Azerbaijani counterpart held talks in Washington on Friday.',
    expect: [
      ['ararat-mirzoyan', 'AGREES_WITH', 'jeyhun-bayramov'],
      ['armenia', 'NEGOTIATES_WITH', 'azerbaijan'],
      ['armenia', 'MEETS_WITH', 'azerbaijan'],
    ],
    forbid: [],
  },
  {
    name: 'a leader and his own minister are one side, not a pair that meets',
    text: 'MOSCOW (Reuters) - Vladimir Putin and his defence minister Andrei Belousov met military commanders in Moscow on Friday.',
    expect: [],
    forbid: [
      ['vladimir-putin', 'MEETS_WITH', 'andrei-belousov'],
      ['andrei-belousov', 'MEETS_WITH', 'vladimir-putin'],
    ],
  },
  {
    name: 'a reported agreement after "said on Monday" is an agreement; talks on an agreement are not',
    text: 'QAMISHLI, Syria (Reuters) - The SDF said on Monday it had reached an agreement with Damascus. Hamas and Israel held talks on an agreement to release hostages.',
    expect: [['syrian-democratic-forces', 'AGREES_WITH', 'syria']],
    forbid: [['hamas', 'AGREES_WITH', 'israel']],
  },
  {
    name: 'a day between the agreement and "with" still names the other side',
    text: 'JERUSALEM (Reuters) - Israel reached an agreement on Monday with Hamas. Egypt held talks on Tuesday with Hamas leaders in Cairo.',
    expect: [
      ['israel', 'AGREES_WITH', 'hamas'],
      ['egypt', 'NEGOTIATES_WITH', 'hamas'],
    ],
    forbid: [['egypt', 'AGREES_WITH', 'hamas']],
  },
  {
    name: 'who was in a capital for talks with someone held them; who will be or was not did not',
    text: 'ANKARA (Reuters) - Hakan Fidan was in Tehran on Monday for talks with Abbas Araghchi. Sergei Lavrov will be in Ankara next week for talks with Hakan Fidan.',
    expect: [
      ['hakan-fidan', 'NEGOTIATES_WITH', 'abbas-araghchi'],
      ['hakan-fidan', 'MEETS_WITH', 'abbas-araghchi'],
    ],
    forbid: [
      ['sergei-lavrov', 'MEETS_WITH', 'hakan-fidan'],
      ['sergei-lavrov', 'NEGOTIATES_WITH', 'hakan-fidan'],
    ],
  },
];

describeTripleCases('mediation, meetings and agreements across an article', CASES);
