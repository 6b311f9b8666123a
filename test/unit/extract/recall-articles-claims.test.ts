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
  {
    name: 'a capital after "ally of" is the state the ally backs, not a place',
    text: 'BEIRUT (Reuters) - Hezbollah, a close ally of Tehran, fired rockets at northern Israel on Tuesday.',
    expect: [['hezbollah', 'SUPPORTS', 'iran']],
  },
  {
    name: 'solidarity expressed with a side supports it',
    text: 'ALGIERS (Reuters) - Algeria on Monday expressed its full solidarity with the Polisario Front.',
    expect: [['algeria', 'SUPPORTS', 'polisario-front']],
  },
  {
    name: 'a backer in apposition to the object, owned by "its", backs the subject',
    text: 'GAZA (Reuters) - Hamas thanked Qatar, its main patron, for the payments. Armenia criticised Russia, its former ally, for inaction.',
    expect: [['qatar', 'SUPPORTS', 'hamas']],
    forbid: [['russia', 'SUPPORTS', 'armenia']],
  },
  {
    name: 'help from a named side, fronted, parenthetical or after the verb, supports the subject',
    text: "SANAA (Reuters) - With backing from Iran, the Houthis have attacked dozens of ships. BAMAKO (Reuters) - Mali's army, with the support of the Africa Corps, recaptured Kidal. Burkina Faso's junta recaptured Djibo with Russian help.",
    expect: [
      ['iran', 'SUPPORTS', 'houthis'],
      ['africa-corps', 'SUPPORTS', 'mali'],
      ['russia', 'SUPPORTS', 'burkina-faso'],
    ],
  },
  {
    name: 'help to reach a deal is not support of the parties',
    text: 'DOHA (Reuters) - With the help of Qatar, Israel and Hamas reached a ceasefire deal on Wednesday.',
    expect: [],
    forbid: [
      ['qatar', 'SUPPORTS', 'israel'],
      ['qatar', 'SUPPORTS', 'hamas'],
    ],
  },
  {
    name: "championing a state's claim supports it",
    text: "BELGRADE (Reuters) - Russia has long championed Serbia's claim to Kosovo.",
    expect: [['russia', 'SUPPORTS', 'serbia']],
  },
  {
    name: 'intervening on behalf or on the side of a government supports it; speaking on behalf of a side does not',
    text: "ADEN (Reuters) - Saudi Arabia intervened in 2015 on behalf of Yemen's government. Egypt intervened militarily on the side of the Libyan National Army. Oman spoke on behalf of the Houthis at the talks.",
    expect: [
      ['saudi-arabia', 'SUPPORTS', 'yemen'],
      ['egypt', 'SUPPORTS', 'libyan-national-army'],
    ],
    forbid: [['oman', 'SUPPORTS', 'houthis']],
  },
  {
    name: 'forces deployed at a state\'s request support that state; a request by an organisation is no side',
    text: "GOMA (Reuters) - Burundi deployed troops in South Kivu at Kinshasa's request. Kenya deployed police officers to Haiti at the request of the United Nations.",
    expect: [['burundi', 'SUPPORTS', 'democratic-republic-of-the-congo']],
    forbid: [['kenya', 'SUPPORTS', 'united-nations']],
  },
  {
    name: "a side's air power or drones helping another fight back mean the first supports the second",
    text: "DAMASCUS (Reuters) - Russia's air power helped Assad's forces retake Aleppo in 2016.",
    expect: [['russia', 'SUPPORTS', 'bashar-al-assad']],
  },
  {
    name: 'shielding, subsidising, rearming and reinforcing a side support it; shielding people or reinforcing positions does not',
    text: 'BELGRADE (Reuters) - China shielded North Korea from new sanctions. Russia subsidised Belarus with cheap gas for years. Britain reinforced Estonia with another battalion. Israel shielded its troops from rockets and Russia reinforced its positions.',
    expect: [
      ['china', 'SUPPORTS', 'north-korea'],
      ['russia', 'SUPPORTS', 'belarus'],
      ['united-kingdom', 'SUPPORTS', 'estonia'],
    ],
    forbid: [['israel', 'SUPPORTS', 'israel']],
  },
  {
    name: 'the Bosnian Serbs are Republika Srpska, not Serbia',
    text: 'SARAJEVO (Reuters) - China, which has shielded the Bosnian Serbs at the United Nations, said nothing.',
    expect: [['china', 'SUPPORTS', 'republika-srpska']],
    forbid: [['china', 'SUPPORTS', 'serbia']],
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
  {
    name: "dismay at a side's act criticises it",
    text: "TOKYO (Reuters) - China said it was deeply troubled by Japan's remarks. Turkey is disappointed with Sweden's handling of the protests.",
    expect: [
      ['china', 'CRITICIZES', 'japan'],
      ['turkey', 'CRITICIZES', 'sweden'],
    ],
  },
  {
    name: 'concern about a situation, or no dismay, criticises nobody',
    text: "ANKARA (Reuters) - Turkey is concerned about the situation in Syria. Greece was not troubled by Turkey's drills.",
    expect: [],
    forbid: [
      ['turkey', 'CRITICIZES', 'syria'],
      ['greece', 'CRITICIZES', 'turkey'],
    ],
  },
  {
    name: 'a quoted verb of regret or opposition keeps its subject and its object',
    text: 'NAIROBI (Reuters) - Kenya said it "deeply regrets" Uganda\'s decision to close the border. Beijing said it "firmly opposes" Tokyo\'s plan.',
    expect: [
      ['kenya', 'CRITICIZES', 'uganda'],
      ['china', 'CRITICIZES', 'japan'],
    ],
  },
  {
    name: 'a judgement quoted before "X told reporters" is X\'s',
    text: 'ANKARA (Reuters) - "Israel\'s actions are a violation of international law," Turkish President Tayyip Erdogan told reporters.',
    expect: [['recep-tayyip-erdogan', 'CRITICIZES', 'israel']],
  },
  {
    name: "concerns raised about a plural name's patrols criticise it",
    text: "MANILA (Reuters) - China raised concerns about the Philippines' patrols near the shoal.",
    expect: [['china', 'CRITICIZES', 'philippines']],
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
  {
    name: 'claims described as ridiculous, or pushed back against, are denied',
    text: 'KIGALI (Reuters) - Congo accused Rwanda of backing the M23. Kigali described the claims as "ridiculous". Rwanda also pushed back against the accusations.',
    expect: [['rwanda', 'DENIES', 'democratic-republic-of-the-congo']],
  },
  {
    name: 'saying the accuser is lying denies its claim',
    text: "BAKU (Reuters) - Armenia's foreign minister said on Monday that Azerbaijan was lying about the shelling.",
    expect: [['armenia', 'DENIES', 'azerbaijan']],
  },
  {
    name: 'asking whether a side is lying denies nothing',
    text: 'BAKU (Reuters) - Armenia asked whether Azerbaijan was lying about the shelling.',
    expect: [],
    forbid: [['armenia', 'DENIES', 'azerbaijan']],
  },
  {
    name: 'an accused side saying it was not involved denies its accuser',
    text: 'NIAMEY (Reuters) - Mali accused Algeria of arming the rebels. Algiers insisted it was not involved. Niger said it had no involvement in the attack.',
    expect: [['algeria', 'DENIES', 'mali']],
    forbid: [['niger', 'DENIES', 'mali']],
  },
  {
    name: 'claims said to be "absolutely false" are denied even when the speaker accuses back',
    text: 'BAKU (Reuters) - Armenia accused Azerbaijan of shelling villages. Azerbaijan\'s defence ministry said the claims were "absolutely false" and accused Yerevan of provocations.',
    expect: [
      ['azerbaijan', 'DENIES', 'armenia'],
      ['azerbaijan', 'ACCUSES', 'armenia'],
    ],
  },
  {
    name: 'calling what was just said a lie, or not true, denies the accusation against the speaker',
    text: 'BAKU (Reuters) - Armenia said Azerbaijani troops had shelled villages. Baku said that was not true. YEREVAN (Reuters) - Azerbaijan accused Armenia of planting mines. "This is a lie," Armenia\'s foreign ministry said.',
    expect: [
      ['azerbaijan', 'DENIES', 'armenia'],
      ['armenia', 'DENIES', 'azerbaijan'],
    ],
  },
  {
    name: 'rejecting what the denier called baseless claims by a named side denies that side',
    text: 'BAKU (Reuters) - Azerbaijan\'s foreign ministry, in a statement issued late on Tuesday, rejected what it called "baseless" claims by Armenia that its troops had fired on border villages.',
    expect: [['azerbaijan', 'DENIES', 'armenia']],
  },
  {
    name: 'accusing one\'s accuser of lying denies its claim; accusing anyone else of it denies nothing',
    text: 'BAKU (Reuters) - Armenia accused Azerbaijan of shelling villages. Azerbaijan\'s defence ministry accused Yerevan of spreading disinformation. TBILISI (Reuters) - Georgia accused Russia of spreading propaganda.',
    expect: [
      ['azerbaijan', 'DENIES', 'armenia'],
      ['georgia', 'ACCUSES', 'russia'],
    ],
    forbid: [['georgia', 'DENIES', 'russia']],
  },
  {
    name: 'a third side calling a claim untrue denies nobody',
    text: 'BAKU (Reuters) - Armenia accused Azerbaijan of shelling villages. Russia said this was not true.',
    expect: [['armenia', 'ACCUSES', 'azerbaijan']],
    forbid: [['russia', 'DENIES', 'armenia']],
  },
];

describeTripleCases('denial in article wording', DENIAL);

/** Criticism and denial whose actor or act was named in the sentence before. */
const ACROSS: readonly TripleCase[] = [
  {
    name: 'a bare "move" or "ban" criticised is the act the sentence before reported',
    text: 'SKOPJE (Reuters) - Bulgaria closed two border crossings with North Macedonia on Monday. North Macedonia slammed the move as a breach of EU rules. PRISTINA (Reuters) - Kosovo banned the Serbian dinar on Tuesday. Serbia criticised the ban.',
    expect: [
      ['north-macedonia', 'CRITICIZES', 'bulgaria'],
      ['serbia', 'CRITICIZES', 'kosovo'],
    ],
  },
  {
    name: 'a sentence about the act itself leads back to the one that reported it',
    text: 'BANGUI (Reuters) - Rwanda sent 500 more troops to the Central African Republic on Friday. The deployment came a week after rebels attacked a convoy. Chad criticised the move.',
    expect: [['chad', 'CRITICIZES', 'rwanda']],
  },
  {
    name: 'a bare act named after a report of speech, or unrelated to the verb before, names no agent',
    text: 'BANGUI (Reuters) - Chad said the rebels had crossed the border. Sudan condemned the decision. Rwanda sent troops to Bangui on Friday. Chad criticised the sanctions.',
    expect: [],
    forbid: [
      ['sudan', 'CRITICIZES', 'chad'],
      ['chad', 'CRITICIZES', 'rwanda'],
    ],
  },
  {
    name: 'a bare act judged after the copula is the act just reported',
    text: 'PRISTINA (Reuters) - Kosovo banned the Serbian dinar on Monday. Serbia said the decision was unacceptable.',
    expect: [['serbia', 'CRITICIZES', 'kosovo']],
  },
  {
    name: 'the ministry is the state whose ministry was named before',
    text: "KINSHASA (Reuters) - Congo's foreign ministry said on Monday that Rwanda was arming the M23. The ministry slammed Kigali's decision to expel diplomats.",
    expect: [['democratic-republic-of-the-congo', 'CRITICIZES', 'rwanda']],
    forbid: [['rwanda', 'CRITICIZES', 'rwanda']],
  },
  {
    name: 'a participle of saying after a comma speaks for the subject of the sentence',
    text: "JUBA (Reuters) - The SPLM-IO rejected the government's claims that it had armed the militia, saying the allegations were baseless.",
    expect: [],
    forbid: [['south-sudan', 'DENIES', 'sudan-peoples-liberation-movement-in-opposition']],
  },
  {
    name: '"the junta in Niger" is the government of the state named after "in"',
    text: 'ADDIS ABABA (Reuters) - In a sharply worded statement, the African Union criticised the junta in Niger for detaining President Mohamed Bazoum.',
    expect: [['african-union', 'CRITICIZES', 'niger']],
  },
  {
    name: 'a retort in words with no target answers whoever just criticised the retorting side',
    text: "BEIJING (Reuters) - China criticised Japan's remarks on Taiwan. Tokyo hit back, saying Beijing was distorting the facts.",
    expect: [
      ['china', 'CRITICIZES', 'japan'],
      ['japan', 'CRITICIZES', 'china'],
    ],
  },
  {
    name: 'a retort with force criticises nobody',
    text: 'KYIV (Reuters) - Ukraine accused Russia of shelling the plant. Russia hit back on Tuesday with missile strikes on Kharkiv.',
    expect: [['ukraine', 'ACCUSES', 'russia']],
    forbid: [['russia', 'CRITICIZES', 'ukraine']],
  },
  {
    name: '"the separatists" point back to the armed group, not to a state unit found in the text',
    text: 'YAOUNDE (AFP) - The Ambazonia Defence Forces claimed an ambush near Bamenda. France has trained the elite Rapid Intervention Battalion. The separatists hit back at Paris for backing the government.',
    expect: [['ambazonia-defence-forces', 'CRITICIZES', 'france']],
    forbid: [['rapid-intervention-battalion', 'CRITICIZES', 'france']],
  },
  {
    name: '"it" after plural speakers named by an organisation is the side named before, not the organisation',
    text: 'KHARTOUM (Reuters) - The UAE has denied the allegations. But U.N. experts said it had supplied the RSF with drones through Chad.',
    expect: [['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces']],
    forbid: [['united-nations', 'SUPPORTS', 'rapid-support-forces']],
  },
  {
    name: "an unowned government in a story filed from a state it names is that state's, not a foreign state's named nearer",
    text: "JUBA (Reuters) - Uganda has sent more troops to South Sudan's capital. The SPLM-IO rejected the government's accusations that it had attacked civilians.",
    expect: [['sudan-peoples-liberation-movement-in-opposition', 'DENIES', 'south-sudan']],
    forbid: [['sudan-peoples-liberation-movement-in-opposition', 'DENIES', 'uganda']],
  },
  {
    name: 'with no state named, or the dateline state alone, the government stays the nearest one',
    text: 'KYIV (Reuters) - Russia launched 40 drones overnight. Ukraine shot down most of them. The government said the attack was a war crime.',
    expect: [],
    forbid: [['russia', 'CRITICIZES', 'russia']],
  },
];

describeTripleCases('criticism and denial across sentences', ACROSS);
