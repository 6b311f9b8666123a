import { describeTripleCases, type TripleCase } from './triple-cases.js';

/**
 * Phrasings found by writing briefs on attacks, support, criticism, mediation, threats and less
 * covered regions: the tempting wrong readings first (one member of an alliance, a warning of a past
 * effect, borders that meet, a help whose helped one acts), then the relations such briefs state.
 */
const CASES: readonly TripleCase[] = [
  {
    name: 'one member of an alliance is not the alliance',
    text: 'Poland shot down Russian drones, the first time a NATO member has fired on Russian military assets.',
    expect: [['poland', 'ATTACKS', 'russia']],
    forbid: [['nato', 'ATTACKS', 'russia']],
  },
  {
    name: 'a warning of an effect already past threatens no one',
    text: 'Poland shot down Russian drones that violated its airspace. Tusk warned that the incursion had brought Europe closer to open conflict than at any time since World War Two.',
    expect: [],
    forbid: [['donald-tusk', 'THREATENS', 'russia'], ['poland', 'THREATENS', 'russia']],
  },
  {
    name: 'an incursion judged is the crossing told before, not the latest strike',
    text: 'Poland shot down Russian drones that violated its airspace. Ursula von der Leyen called the incursion "reckless".',
    expect: [['ursula-von-der-leyen', 'CRITICIZES', 'russia']],
    forbid: [['ursula-von-der-leyen', 'CRITICIZES', 'poland']],
  },
  {
    name: 'the one threatened in a condemned act is no target of the condemnation',
    text: 'France and Britain condemned what they called threats against the IAEA director general.',
    expect: [],
    forbid: [['france', 'CRITICIZES', 'international-atomic-energy-agency']],
  },
  {
    name: 'the attackers modifying a strike are not what "the country" on its object points back to',
    text: "Parliament passed the bill in the wake of U.S. and Israeli strikes on the country's nuclear sites last month.",
    expect: [],
    forbid: [['israel', 'ATTACKS', 'united-states']],
  },
  {
    name: 'duties under a deal are no agreement among those who invoke it',
    text: 'Britain and France accused Iran of "non-performance" of its commitments under the nuclear deal.',
    expect: [
      ['united-kingdom', 'ACCUSES', 'iran'],
      ['france', 'ACCUSES', 'iran'],
    ],
    forbid: [['united-kingdom', 'AGREES_WITH', 'france']],
  },
  {
    name: 'borders that meet are no meeting',
    text: 'The assault took place in the border triangle where Sudan, Libya and Egypt meet.',
    expect: [],
    forbid: [['sudan', 'MEETS_WITH', 'libya']],
  },
  {
    name: 'the one helped does the act the bare infinitive names',
    text: "Sudan's army has acquired Turkish Bayraktar TB2s that helped it retake Khartoum.",
    expect: [],
    forbid: [['turkey', 'ATTACKS', 'sudan']],
  },
  {
    name: 'a participle of backing set off after a noun of forces backs the forces\' owner',
    text: 'Ukrainian troops have been rationing shells for months as Russian forces, bolstered by North Korean ammunition, ground forward in the Donetsk region.',
    expect: [['north-korea', 'SUPPORTS', 'russia']],
    forbid: [['north-korea', 'SUPPORTS', 'ukraine']],
  },
  {
    name: 'a pluperfect verb after "and" goes on with the reported clause, not the speaker',
    text: 'Spokesman Amadou Abdramane said the Americans had been condescending and had accused Niamey of negotiating with Iran.',
    expect: [['united-states', 'ACCUSES', 'niger']],
    forbid: [['amadou-abdramane', 'ACCUSES', 'niger']],
  },
  {
    name: 'a charge made inside a relative aside stays there; the main clause\'s act is asserted',
    text: 'The CJNG, which U.S. officials blame for much of the fentanyl crossing the border, has been fighting the Sinaloa cartel.',
    expect: [
      ['united-states', 'ACCUSES', 'jalisco-new-generation-cartel'],
      ['jalisco-new-generation-cartel', 'ATTACKS', 'sinaloa-cartel'],
    ],
    forbid: [['united-states', 'ATTACKS', 'sinaloa-cartel']],
  },
  {
    name: 'a flag of registry and one side of a crossing name no owner',
    text: 'The Houthis sank the Liberia-flagged Eternity C.',
    expect: [],
    forbid: [['houthis', 'ATTACKS', 'liberia']],
  },
  {
    name: 'after an appositive charge the group denies, ", and has pressed" goes on with the accuser',
    text: 'Israel accuses Hezbollah of rearming, a charge the group denies, and has pressed Beirut to speed up a plan to disarm the movement.',
    expect: [
      ['israel', 'ACCUSES', 'hezbollah'],
      ['israel', 'DEMANDS', 'lebanon'],
    ],
    forbid: [['hezbollah', 'DEMANDS', 'lebanon']],
  },
  {
    name: 'the one whose sovereignty was violated is not the one condemned',
    text: 'Saudi Arabia condemned what it called a violation of Iran\'s sovereignty.',
    expect: [],
    forbid: [['saudi-arabia', 'CRITICIZES', 'iran']],
  },
  {
    name: 'a negotiating team is a party between which mediators shuttle, not an act of negotiating',
    text: 'Qatari and Egyptian intermediaries shuttled between the Israeli negotiating team and Hamas representatives. Muscat has hosted a Houthi negotiating team.',
    expect: [
      ['qatar', 'MEDIATES', 'israel'],
      ['egypt', 'MEDIATES', 'hamas'],
      ['oman', 'MEETS_WITH', 'houthis'],
    ],
    forbid: [['qatar', 'NEGOTIATES_WITH', 'egypt'], ['oman', 'SUPPORTS', 'houthis']],
  },
  {
    name: 'a participle reducing a relative is no conjunct whose subject a later verb shares',
    text: 'Qatari officials have reunited Ukrainian children deported to Russia with their families, and hosted talks between Congo and the M23 rebels.',
    expect: [['qatar', 'MEDIATES', 'm23']],
    forbid: [['ukraine', 'MEDIATES', 'm23']],
  },
  {
    name: '"the military" after a demonym on tanks is that state\'s; the coalition named by its leader is the leader',
    text: "Haniyeh informed Egypt's intelligence chief of the decision. Israeli tanks entered Rafah, and the military said it was striking Hamas targets. Mahdi al-Mashat heads the Houthis' Supreme Political Council. The Houthis have demanded that the Saudi-led coalition lift the blockade.",
    expect: [
      ['israel', 'ATTACKS', 'hamas'],
      ['houthis', 'DEMANDS', 'saudi-arabia'],
    ],
    forbid: [['egypt', 'ATTACKS', 'hamas'], ['houthis', 'DEMANDS', 'supreme-political-council']],
  },
  {
    name: 'guarantors signing are no parties agreeing; a separate trilateral format is no shuttle',
    text: 'Egypt, Qatar, Turkey and the United States signed a document as guarantors. Rubio met the Ukrainian delegation and Turkish officials in a separate trilateral format.',
    expect: [['marco-rubio', 'MEETS_WITH', 'turkey']],
    forbid: [['egypt', 'AGREES_WITH', 'qatar'], ['marco-rubio', 'MEDIATES', 'ukraine']],
  },
  {
    name: 'a warning to an addressee that names no actor threatens no other side',
    text: 'The United States has carried out airstrikes against al Shabaab. A senior al Shabaab commander warned Western embassies that they would be next.',
    expect: [['united-states', 'ATTACKS', 'al-shabaab']],
    forbid: [['al-shabaab', 'THREATENS', 'united-states']],
  },
  {
    name: 'a spokesman of no known side denies no one by dismissing the latest allegation',
    text: 'Benin accused Niger of spreading "false information." Government spokesman Wilfried Houngbedji dismissed the allegation as a pretext.',
    expect: [['benin', 'ACCUSES', 'niger']],
    forbid: [['wilfried-houngbedji', 'DENIES', 'benin']],
  },
  {
    name: 'strikes condemned are the ones struck two sentences back, not rockets fired since',
    text: 'Israeli jets struck Lebanon. Hezbollah fired rockets at Israel. Iran condemned the strikes.',
    expect: [['iran', 'CRITICIZES', 'israel']],
    forbid: [['iran', 'CRITICIZES', 'hezbollah']],
  },
  {
    name: 'strikes across a state, and troops operating against a group, attack them',
    text: 'Israel launched air strikes across Iran on Friday. The Israeli military said its troops had been operating against Hezbollah fighters in southern Lebanon.',
    expect: [
      ['israel', 'ATTACKS', 'iran'],
      ['israel', 'ATTACKS', 'hezbollah'],
    ],
  },
  {
    name: 'holding a side fully responsible blames it; a gerund after "after" or "while" shares the main subject',
    text: 'Greece said it held the Houthis fully responsible. Israel struck Lebanon after accusing Hezbollah of rearming. Sudani asked the factions to stop attacks while pressing Washington to set a timetable.',
    expect: [
      ['greece', 'ACCUSES', 'houthis'],
      ['israel', 'ACCUSES', 'hezbollah'],
      ['mohammed-shia-al-sudani', 'DEMANDS', 'united-states'],
    ],
  },
  {
    name: 'rebukes drawn by an incident criticise the one who acted in it',
    text: 'Israeli tanks fired on UNIFIL headquarters, in an incident that drew sharp rebukes from Italy, France and Spain.',
    expect: [
      ['italy', 'CRITICIZES', 'israel'],
      ['spain', 'CRITICIZES', 'israel'],
    ],
  },
  {
    name: 'a charge disputed, an insinuation rejected and an account disputed are denials',
    text: 'Trump accused Nigeria of failing to protect Christians, a charge Abuja has long disputed. Somalia accused Kenya of hosting Madobe\'s allies. Kenya rejected the insinuation. China disputed the Philippine account.',
    expect: [
      ['nigeria', 'DENIES', 'united-states'],
      ['kenya', 'DENIES', 'somalia'],
      ['china', 'DENIES', 'philippines'],
    ],
  },
  {
    name: 'a threat to wipe out a group, and a retort "shot back, urging"',
    text: 'Pakistan threatened to wipe out the Taliban. Taiwan shot back, urging Beijing to stop its military coercion.',
    expect: [
      ['pakistan', 'THREATENS', 'afghan-taliban'],
      ['taiwan', 'DEMANDS', 'china'],
    ],
  },
  {
    name: 'envoys summoned in the passive, called in, named after their title; representations lodged',
    text: "Russia's ambassador was summoned by the Polish foreign ministry. Manila called in China's ambassador. India summoned Canada's high commissioner, Cameron MacKay. China lodged \"stern representations\" with the Philippines.",
    expect: [
      ['poland', 'CRITICIZES', 'russia'],
      ['philippines', 'CRITICIZES', 'china'],
      ['india', 'CRITICIZES', 'canada'],
      ['china', 'CRITICIZES', 'philippines'],
    ],
  },
  {
    name: 'a reported judgement of a side\'s response, reaction or approach criticises it; a side called "the troublemaker" too',
    text: 'Kosovo\'s foreign ministry said Serbia\'s response was "cynical". Moroccan officials said the Algerian reaction was "a new provocation". Algeria said France\'s approach amounted to "blackmail". Taiwan said China was "the troublemaker" in the region.',
    expect: [
      ['kosovo', 'CRITICIZES', 'serbia'],
      ['morocco', 'CRITICIZES', 'algeria'],
      ['algeria', 'CRITICIZES', 'france'],
      ['taiwan', 'CRITICIZES', 'china'],
    ],
  },
  {
    name: 'abuses or war crimes a speaker says a side committed accuse it',
    text: 'Amnesty International said the Ethiopian army had committed abuses. Human Rights Watch said Russian forces had committed war crimes in Bucha.',
    expect: [
      ['amnesty-international', 'ACCUSES', 'ethiopia'],
      ['human-rights-watch', 'ACCUSES', 'russia'],
    ],
  },
  {
    name: 'a side told it would face a counteraction is threatened; strikes to intensify unless another acts threaten the one struck',
    text: 'Kim Yo Jong said Seoul would face "a new counteraction" if the broadcasts continued. Israel Katz warned that Israel would intensify its strikes on Hezbollah unless the Lebanese government disarmed the group.',
    expect: [
      ['kim-yo-jong', 'THREATENS', 'south-korea'],
      ['israel-katz', 'THREATENS', 'hezbollah'],
    ],
  },
  {
    name: '"the North" in a story that named a Korea is North Korea',
    text: "North Korea fired a missile. Seoul urged the North to return to talks. South Korea condemned the North's missile launch. The North Atlantic alliance met.",
    expect: [
      ['south-korea', 'DEMANDS', 'north-korea'],
      ['south-korea', 'CRITICIZES', 'north-korea'],
    ],
  },
  {
    name: 'an offer to pass messages between two sides offers mediation; a side found in breach is accused',
    text: 'Oman has offered to pass messages between Iran and the United States. The IAEA found Iran in breach of its safeguards obligations.',
    expect: [
      ['oman', 'OFFERS_MEDIATION', 'iran'],
      ['oman', 'OFFERS_MEDIATION', 'united-states'],
      ['international-atomic-energy-agency', 'ACCUSES', 'iran'],
    ],
  },
  {
    name: 'weapons financed for a side, systems committed to it and money sent to it support it',
    text: 'Norway financed weapons for Ukraine. Germany committed two more Patriot systems to Ukraine. Iran has sent $1 billion to Hezbollah.',
    expect: [
      ['norway', 'SUPPORTS', 'ukraine'],
      ['germany', 'SUPPORTS', 'ukraine'],
      ['iran', 'SUPPORTS', 'hezbollah'],
    ],
  },
  {
    name: 'help given to a side supports it; help to reach a deal does not; a named system supplied by a state',
    text: 'Iran is helping the Houthis. The U.S. helped Israel intercept the missiles. Qatar helped Israel and Hamas reach a truce. Ukraine used U.S.-supplied ATACMS to hit Russian forces.',
    expect: [
      ['iran', 'SUPPORTS', 'houthis'],
      ['united-states', 'SUPPORTS', 'israel'],
      ['united-states', 'SUPPORTS', 'ukraine'],
    ],
    forbid: [['qatar', 'SUPPORTS', 'israel'], ['qatar', 'SUPPORTS', 'hamas']],
  },
  {
    name: '"in turn" after an auxiliary or "and"; "each accused the other"; a text finalised together',
    text: 'Morocco has in turn accused Algeria of arming the Polisario Front. Niger has denied harbouring the militants and in turn accused Nigeria of allowing French agents to plot against it. Kyrgyzstan and Tajikistan each accused the other of using tanks. Armenia and Azerbaijan said on Thursday they had finalised the text of a peace treaty.',
    expect: [
      ['morocco', 'ACCUSES', 'algeria'],
      ['niger', 'ACCUSES', 'nigeria'],
      ['kyrgyzstan', 'ACCUSES', 'tajikistan'],
      ['tajikistan', 'ACCUSES', 'kyrgyzstan'],
      ['armenia', 'AGREES_WITH', 'azerbaijan'],
    ],
  },
  {
    name: 'a day between the verb of saying and "they"; "whom" the accuser charged',
    text: 'The Houthis said on Wednesday they had attacked a ship. Washington condemned the attack. Houthi forces detained 11 U.N. staff, whom the group accused of spying for Israel.',
    expect: [
      ['united-states', 'CRITICIZES', 'houthis'],
      ['houthis', 'ACCUSES', 'united-nations'],
    ],
  },
  {
    name: 'a broadcaster of a nationality is no state; soldiers sent fleeing are no help; the subject of "by signing" is the main one',
    text: 'Niamey has accused Benin and France of plotting to destabilise the country. Earlier this month, the military authorities suspended BBC broadcasts, accusing the British broadcaster of spreading false information. M23 fighters pushed into Goma, sending Congolese soldiers fleeing. Ethiopia angered Mogadishu by signing a port deal with the breakaway region of Somaliland.',
    expect: [
      ['niger', 'ACCUSES', 'benin'],
      ['ethiopia', 'AGREES_WITH', 'somaliland'],
    ],
    forbid: [
      ['france', 'ACCUSES', 'united-kingdom'],
      ['m23', 'SUPPORTS', 'democratic-republic-of-the-congo'],
      ['somalia', 'AGREES_WITH', 'somaliland'],
    ],
  },
  {
    name: 'arms from a group\'s suppliers, contractors hosted and a name glued to a known one are no ties of their own',
    text: "A U.N. panel found that the Houthis had obtained small arms from al-Shabaab's suppliers in Somalia. Haftar's Libyan National Army hosts Russian contractors at the al-Jufra air base. Haftar met Yunus-Bek Yevkurov in Benghazi.",
    expect: [],
    forbid: [
      ['al-shabaab', 'SUPPORTS', 'houthis'],
      ['libyan-national-army', 'MEETS_WITH', 'russia'],
      ['khalifa-haftar', 'MEETS_WITH', 'muhammad-yunus'],
    ],
  },
  {
    name: 'the speaker of a coordinated charge past a verb of hoping; a title opening a sentence before a name',
    text: 'Kaja Kallas said she hoped Slovakia would drop its veto, and accused Moscow of using gas as a weapon. NATO leaders agreed to raise defence spending. Pedro Sanchez\'s government shrugged off the warning. Spokesman Dmitry Peskov accused the alliance of militarisation.',
    expect: [
      ['kaja-kallas', 'ACCUSES', 'russia'],
      ['dmitry-peskov', 'ACCUSES', 'nato'],
    ],
    forbid: [['slovakia', 'ACCUSES', 'russia'], ['pedro-sanchez', 'ACCUSES', 'nato']],
  },
  {
    name: 'a side\'s allies, unnamed attackers, a group\'s named ally and co-speakers are not the ones addressed',
    text: "Ukrainian President Volodymyr Zelenskiy called on Poland's allies to help. India accused Pakistan of backing the militants. Prime Minister Narendra Modi vowed to pursue the attackers. Hezbollah ally Nabih Berri met the U.S. envoy. The United States and Britain said they were appalled and called on the regime to allow access.",
    expect: [['india', 'ACCUSES', 'pakistan']],
    forbid: [
      ['volodymyr-zelensky', 'DEMANDS', 'poland'],
      ['narendra-modi', 'THREATENS', 'pakistan'],
      ['hezbollah', 'MEETS_WITH', 'united-states'],
      ['united-states', 'DEMANDS', 'united-kingdom'],
    ],
  },
  {
    name: 'an appositive describing a named body is not a second speaker; a monitor relaying a claim is no actor',
    text: 'MONUSCO, the U.N. peacekeeping mission, called on Congolese authorities to act. Egypt, the UAE, Qatar and Russia called on Sudan to act. JNIM said in a claim relayed by the SITE Intelligence Group that its fighters had killed 54 Beninese soldiers.',
    expect: [
      ['monusco', 'DEMANDS', 'democratic-republic-of-the-congo'],
      ['united-arab-emirates', 'DEMANDS', 'sudan'],
      ['qatar', 'DEMANDS', 'sudan'],
    ],
    forbid: [
      ['united-nations', 'DEMANDS', 'democratic-republic-of-the-congo'],
      ['site-intelligence-group', 'ATTACKS', 'benin'],
    ],
  },
  {
    name: 'a figure disputed and claims called frivolous are denied; a capital ending in -ing owns its claims',
    text: 'Al-Shabaab claimed to have killed more than 50 soldiers, a figure Uganda\'s military disputed. Pakistan called India\'s claims "frivolous". Manila rejected Beijing\'s claims.',
    expect: [
      ['uganda', 'DENIES', 'al-shabaab'],
      ['pakistan', 'DENIES', 'india'],
      ['philippines', 'DENIES', 'china'],
    ],
  },
  {
    name: 'solidarity stood in, talks shepherded or presided over, attacks claimed by the count, a bitter fate foretold',
    text: 'The EU stood in full solidarity with Estonia. Israel and Hamas reached a deal after talks shepherded by Qatar. Joao Lourenco presided over talks between Congo and Rwanda. The Islamic Resistance in Iraq has claimed more than 100 attacks on U.S. troops. Khamenei said Israel would face a bitter fate.',
    expect: [
      ['european-union', 'SUPPORTS', 'estonia'],
      ['qatar', 'MEDIATES', 'israel'],
      ['qatar', 'MEDIATES', 'hamas'],
      ['joao-lourenco', 'MEDIATES', 'rwanda'],
      ['islamic-resistance-in-iraq', 'ATTACKS', 'united-states'],
      ['ali-khamenei', 'THREATENS', 'israel'],
    ],
  },
  {
    name: 'an attack branded a crime, fire returned, missiles fired towards a side, standing by a side pledged or continued',
    text: 'Qatar branded the Israeli attack "state terrorism". The Lebanese army returned fire on Syrian forces. The Houthis fired missiles towards Israel. NATO pledged to stand by Poland. France will continue to stand by Armenia.',
    expect: [
      ['qatar', 'CRITICIZES', 'israel'],
      ['lebanon', 'ATTACKS', 'syria'],
      ['houthis', 'ATTACKS', 'israel'],
      ['nato', 'SUPPORTS', 'poland'],
      ['france', 'SUPPORTS', 'armenia'],
    ],
  },
  {
    name: 'talks co-chaired after a long subject, parties brought somewhere for talks, guarantors of talks between two sides',
    text: "The talks between Yemen's government and the Houthis, co-chaired by the United Nations, stalled. Saudi Arabia and the United States brought Sudan and the RSF to Jeddah for talks. Norway and Cuba act as guarantors of the peace talks between Colombia and the ELN.",
    expect: [
      ['united-nations', 'MEDIATES', 'yemen'],
      ['united-nations', 'MEDIATES', 'houthis'],
      ['saudi-arabia', 'MEDIATES', 'rapid-support-forces'],
      ['united-states', 'MEDIATES', 'sudan'],
      ['norway', 'MEDIATES', 'colombia'],
      ['cuba', 'MEDIATES', 'national-liberation-army'],
    ],
  },
  {
    name: '"the warring parties" are the pair at war just named; raids staged and losses inflicted attack',
    text: "Sudan's army and the RSF have fought since April 2023. The U.N. human rights office urged the warring parties to protect civilians. Al-Shabaab staged raids into Kenya. Congolese forces inflicted heavy losses on the ADF.",
    expect: [
      ['un-human-rights-office', 'DEMANDS', 'sudanese-armed-forces'],
      ['un-human-rights-office', 'DEMANDS', 'rapid-support-forces'],
      ['al-shabaab', 'ATTACKS', 'kenya'],
      ['democratic-republic-of-the-congo', 'ATTACKS', 'allied-democratic-forces'],
    ],
  },
  {
    name: 'wrongdoing a speaker reports of a side accuses it: false information spread, responsibility borne, waters intruded into',
    text: 'The Chinese embassy said the Philippines had been spreading false information. China said the Philippines bore full responsibility for the collision. The Philippines said China had been harassing its fishermen. Cambodia shot back, saying Thailand had fabricated the incident.',
    expect: [
      ['china', 'ACCUSES', 'philippines'],
      ['philippines', 'ACCUSES', 'china'],
      ['cambodia', 'ACCUSES', 'thailand'],
    ],
  },
  {
    name: '"It" opening a sentence is the state whose body spoke before; ", warning that" read as a verb',
    text: "Pakistan's army said it had killed 200 Taliban fighters. It also accused Kabul of sheltering TTP militants. Kim Yo Jong lashed out at Seoul, warning that the North's army would respond \"without hesitation\".",
    expect: [
      ['pakistan', 'ACCUSES', 'afghan-taliban'],
      ['kim-yo-jong', 'THREATENS', 'south-korea'],
    ],
    forbid: [['afghan-taliban', 'ACCUSES', 'afghan-taliban']],
  },
  {
    name: 'meetings demanded, ruled out or possible only are none; the month May is no modal',
    text: "Kyiv's Rustem Umerov renewed Ukraine's demand for a face-to-face summit between Zelenskiy and Putin by the end of August. The Kremlin ruled out a meeting between Putin and Zelenskiy before a deal was finalised. The Kremlin has said a meeting between Putin and Zelenskiy could take place only to finalise an agreement. The conflict between India and Pakistan in May was the worst in decades.",
    expect: [['india', 'ATTACKS', 'pakistan']],
    forbid: [['volodymyr-zelensky', 'MEETS_WITH', 'vladimir-putin']],
  },
  {
    name: 'a side\'s allies condemn for themselves; a danger to one\'s own country threatens no one; critics in a state are not the state',
    text: "Russia launched a barrage of missiles at Ukraine's energy grid, drawing condemnation from Kyiv's European allies. Rubio met Yermak in Geneva. Zelenskiy has warned that his country faces one of the most difficult moments in its history. He also struck trade deals with Cambodia and Malaysia during the visit. Critics in Thailand accused the government of bowing to Washington's pressure.",
    expect: [['russia', 'ATTACKS', 'ukraine']],
    forbid: [
      ['ukraine', 'CRITICIZES', 'russia'],
      ['volodymyr-zelensky', 'THREATENS', 'marco-rubio'],
      ['thailand', 'ACCUSES', 'malaysia'],
    ],
  },
  {
    name: 'a deadline "or face tariffs" threatens; a truce violated is no agreement; a refusal to allow a side to act threatens it',
    text: 'Trump gave Russia 50 days to reach a deal or face severe tariffs. Thailand and Cambodia traded accusations of violating the truce. Netanyahu warned that Israel would never allow Iran to rebuild its nuclear programme. Azerbaijan has relied on Turkish drones and Israeli munitions.',
    expect: [
      ['donald-trump', 'THREATENS', 'russia'],
      ['thailand', 'ACCUSES', 'cambodia'],
      ['benjamin-netanyahu', 'THREATENS', 'iran'],
      ['turkey', 'SUPPORTS', 'azerbaijan'],
      ['israel', 'SUPPORTS', 'azerbaijan'],
    ],
    forbid: [['thailand', 'AGREES_WITH', 'cambodia']],
  },
  {
    name: 'a charge not made alleges nothing; a claim of one\'s own feat against the deniers is no charge; a past ally is none',
    text: "Colombia has not accused Venezuela of harbouring ELN commanders. India dismissed Pakistan's claim that it had shot down five Indian jets. The ELN, once an ally of Venezuela's government, operates in Apure.",
    expect: [['india', 'DENIES', 'pakistan']],
    forbid: [
      ['venezuela', 'SUPPORTS', 'national-liberation-army'],
      ['pakistan', 'ACCUSES', 'india'],
      ['national-liberation-army', 'SUPPORTS', 'venezuela'],
    ],
  },
  {
    name: 'militias named as an object do the participle after them; the AU\'s council is no U.N. body; "the court" is a court',
    text: 'Eritrea and the TPLF were financing and directing Fano militias fighting federal troops. The African Union\'s Peace and Security Council met on Friday. The ICC issued a warrant for Duterte. Rights groups, including Human Rights Watch, welcomed it. China warned the court against politicisation. China\'s embassy in Manila has hosted Duterte supporters in the past.',
    expect: [['fano', 'ATTACKS', 'ethiopia']],
    forbid: [
      ['eritrea', 'ATTACKS', 'ethiopia'],
      ['african-union', 'MEETS_WITH', 'un-security-council'],
      ['china', 'THREATENS', 'human-rights-watch'],
      ['china', 'MEETS_WITH', 'rodrigo-duterte'],
    ],
  },
  {
    name: 'a charge called an insult or described as fabrication is denied; every right to respond threatens; a body called biased is criticised',
    text: 'Rwanda accused Congo of arming the FDLR, a charge Kinshasa called "an insult to the victims." Sharif said Pakistan had every right to respond to India at a time and place of its choosing. Iran\'s foreign minister said the IAEA was biased. Myanmar\'s junta told state media that ASEAN was interfering in Myanmar\'s internal affairs.',
    expect: [
      ['democratic-republic-of-the-congo', 'DENIES', 'rwanda'],
      ['pakistan', 'THREATENS', 'india'],
      ['iran', 'CRITICIZES', 'international-atomic-energy-agency'],
      ['myanmar-military', 'ACCUSES', 'asean'],
    ],
  },
  {
    name: 'a claim of capture described as pure fabrication is denied',
    text: 'The M23 said its fighters had captured the town, a claim the Congolese army described as "pure fabrication."',
    expect: [['democratic-republic-of-the-congo', 'DENIES', 'm23']],
  },
  {
    name: 'a move rejected as baseless criticises those who made it; drills told with a verb read as an adjective',
    text: 'Britain, France and Germany triggered the process to reimpose sanctions on Iran. Iran\'s foreign ministry rejected the move as "legally baseless". Chinese warships encircled Taiwan in drills. Taiwan condemned the drills.',
    expect: [
      ['iran', 'CRITICIZES', 'united-kingdom'],
      ['iran', 'CRITICIZES', 'germany'],
      ['taiwan', 'CRITICIZES', 'china'],
    ],
  },
  {
    name: 'a participle describing prisoners is no act of the reporter; a past form read as an adjective after a name in a reported clause',
    text: 'The U.N. mission documented executions of captured Ukrainian soldiers. Khartoum argued that the UAE armed and financed the Rapid Support Forces.',
    expect: [['united-arab-emirates', 'SUPPORTS', 'rapid-support-forces']],
    forbid: [['united-nations', 'ATTACKS', 'ukraine'], ['sudan', 'SUPPORTS', 'rapid-support-forces']],
  },
  {
    name: '"the paramilitary force" refers back to the armed group named before',
    text: "Sudan's army accused the RSF of shelling El Fasher. The paramilitary force denied the charge.",
    expect: [['rapid-support-forces', 'DENIES', 'sudanese-armed-forces']],
  },
  {
    name: 'conduct in a place judged as collective punishment or a war crime criticises its owner',
    text: "Human Rights Watch said Israel's conduct in Gaza amounted to collective punishment. Amnesty said Russia's bombardment of Kharkiv was a war crime.",
    expect: [['human-rights-watch', 'CRITICIZES', 'israel'], ['amnesty-international', 'CRITICIZES', 'russia']],
  },
  {
    name: 'a coercive act the speaker announces threatens the side of its condition or the one a penalty falls on',
    text: 'Iran warned that it would close the Strait of Hormuz if Israel attacked its nuclear sites. Russia warned it would cut gas supplies unless Moldova paid its debt. Trump said he would impose 100% tariffs on Canada. North Korea vowed to respond with overwhelming force to any provocation by Seoul.',
    expect: [
      ['iran', 'THREATENS', 'israel'],
      ['russia', 'THREATENS', 'moldova'],
      ['donald-trump', 'THREATENS', 'canada'],
      ['north-korea', 'THREATENS', 'south-korea'],
    ],
  },
  {
    name: 'a warning of harm to oneself or a plan to send help is no threat',
    text: 'Ukraine warned it would run out of air defence missiles if the United States halted deliveries. France said it would send troops to Mali if Bamako asked.',
    expect: [],
    forbid: [['ukraine', 'THREATENS', 'united-states'], ['france', 'THREATENS', 'mali']],
  },
  {
    name: 'help from a side goes to the subject of the reported clause; a suggestion rejected is no denial; "the Lebanese group" is the group',
    text: "Israel says Hezbollah is rearming with help from Iran, a claim the group rejects. Pakistan's Prime Minister Shehbaz Sharif said Turkey would be welcome as a mediator in any dialogue with India, a suggestion New Delhi flatly rejected. Israel struck Hezbollah positions on Monday. Israel's military said Iran's Quds Force was smuggling money to the Lebanese group.",
    expect: [['iran', 'SUPPORTS', 'hezbollah'], ['quds-force', 'SUPPORTS', 'hezbollah']],
    forbid: [['iran', 'SUPPORTS', 'israel'], ['india', 'DENIES', 'shehbaz-sharif'], ['india', 'DENIES', 'pakistan'], ['quds-force', 'SUPPORTS', 'lebanon']],
  },
  {
    name: 'an opening "It" continues a subject named by nationality; claims by unnamed critics are denied to no one',
    text: 'The Yemeni government accused the Houthis of attacking a port. It also accused Iran of smuggling weapons to the group. The OSCE criticised Georgia over a new law. Ivanishvili denied claims by opposition leaders that he was acting on Moscow\'s behalf.',
    expect: [['yemen', 'ACCUSES', 'iran']],
    forbid: [['houthis', 'ACCUSES', 'iran'], ['bidzina-ivanishvili', 'DENIES', 'osce']],
  },
  {
    name: 'two states that fought stay the pair in view when one strikes an armed group; the seat of a province is no state hit',
    text: 'Pakistan and Afghanistan clashed at the border. Pakistan says its strikes hit only hideouts of the TTP. China offered to mediate. A junta spokesman accused the Arakan Army of launching drone attacks on army positions in Sittwe.',
    expect: [['china', 'OFFERS_MEDIATION', 'pakistan'], ['china', 'OFFERS_MEDIATION', 'afghanistan']],
    forbid: [['china', 'OFFERS_MEDIATION', 'tehrik-i-taliban-pakistan'], ['arakan-army', 'ATTACKS', 'rakhine-state']],
  },
  {
    name: 'places after a preposition and their conjuncts, a possessor after "in", a dateline and "the capital" steer references back',
    text: "Militants tightened a fuel blockade around Mali's capital, torching convoys on highways from Senegal and Ivory Coast. JNIM announced the blockade, accusing the junta of banning fuel sales. Kenya's foreign ministry denied taking sides in Sudan's war. The army's chief, General Abdel Fattah al-Burhan, vowed to fight on until the RSF was defeated.",
    expect: [['jnim', 'ACCUSES', 'mali']],
    forbid: [['jnim', 'ACCUSES', 'ivory-coast'], ['kenya', 'THREATENS', 'rapid-support-forces']],
  },
  {
    name: 'a dateline names no state for "the federal government"; "the capital" is the one named last; losses claimed are no charge',
    text: "NAIROBI, July 2, 2025 (AFP) - Jubaland's security ministry accused the federal government of sending troops to Gedo. Fano fought federal forces but turned against Addis Ababa in 2023. Fano commanders threatened to march on the capital. Al Shabaab fighters captured the town of Adan Yabaal. Somalia's government denied the insurgents' claim that dozens of soldiers had been killed.",
    expect: [['jubaland', 'ACCUSES', 'somalia'], ['fano', 'THREATENS', 'ethiopia'], ['somalia', 'DENIES', 'al-shabaab']],
    forbid: [['jubaland', 'ACCUSES', 'kenya'], ['al-shabaab', 'ACCUSES', 'somalia']],
  },
  {
    name: 'a treaty or border with another state names the pair "both governments" and "the two neighbours" point back to',
    text: 'India suspended a water treaty with Pakistan. The United Nations called on both governments to show maximum restraint. Niger has kept its border with Benin closed. Togo offered last year to mediate between the two neighbours.',
    expect: [
      ['united-nations', 'DEMANDS', 'india'],
      ['united-nations', 'DEMANDS', 'pakistan'],
      ['togo', 'OFFERS_MEDIATION', 'niger'],
      ['togo', 'OFFERS_MEDIATION', 'benin'],
    ],
  },
  {
    name: 'pairs named with compound modifiers, "called on them", "the two men", and a go-between with no parties named',
    text: 'India and Pakistan traded fire on Friday. Iran offered to mediate between the two nuclear-armed neighbours. Rubio called on them to open a direct line of communication. South Sudan\'s President Salva Kiir and Riek Machar traded accusations. Kenya\'s President William Ruto said he would send an envoy to mediate between the two men. ECOWAS and the Alliance of Sahel States held talks in Bamako. Ghana\'s President John Mahama has acted as a go-between.',
    expect: [
      ['iran', 'OFFERS_MEDIATION', 'india'],
      ['marco-rubio', 'DEMANDS', 'pakistan'],
      ['salva-kiir', 'ACCUSES', 'riek-machar'],
      ['william-ruto', 'OFFERS_MEDIATION', 'riek-machar'],
      ['john-mahama', 'MEDIATES', 'ecowas'],
    ],
  },
  {
    name: 'talks called off or collapsed, a mediator stepping aside, one nation\'s own talks and a delegation\'s members give no edge',
    text: 'Talks between Congo and M23 that were scheduled for Tuesday were called off. Angola said it would step aside as mediator between Congo and M23. Burundi accused Rwanda of backing rebels. Tanzania has hosted previous rounds of Burundian peace talks. Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer led the U.S. delegation at the talks.',
    expect: [['burundi', 'ACCUSES', 'rwanda']],
    forbid: [
      ['democratic-republic-of-the-congo', 'NEGOTIATES_WITH', 'm23'],
      ['angola', 'OFFERS_MEDIATION', 'm23'],
      ['tanzania', 'MEDIATES', 'rwanda'],
      ['tanzania', 'MEETS_WITH', 'burundi'],
      ['scott-bessent', 'NEGOTIATES_WITH', 'jamieson-greer'],
    ],
  },
  {
    name: 'warrants, measures "targeting" a side, news passed on in a warning, places inside a condition and a person\'s visit are no acts of those named',
    text: 'Former Philippine President Rodrigo Duterte was flown to the Netherlands on a warrant accusing him of crimes against humanity. Marco Rubio accused the International Criminal Court of baseless actions targeting America. Belarus said it had warned Warsaw of drones straying off course. Abbas Araghchi warned that Tehran would take further steps if the Western powers pushed for a referral to the Security Council. The International Criminal Court criticised Hungary for failing to arrest Netanyahu during his visit to Budapest.',
    expect: [['marco-rubio', 'ACCUSES', 'international-criminal-court'], ['international-criminal-court', 'CRITICIZES', 'hungary']],
    forbid: [
      ['netherlands', 'ACCUSES', 'rodrigo-duterte'],
      ['international-criminal-court', 'ATTACKS', 'united-states'],
      ['belarus', 'THREATENS', 'poland'],
      ['abbas-araghchi', 'THREATENS', 'un-security-council'],
      ['international-criminal-court', 'MEETS_WITH', 'hungary'],
    ],
  },
  {
    name: 'help vowed is support; the host of talks backs neither party; "the government" after a leader is his state\'s; two governments fit only states',
    text: 'North Korea vowed to help Russia in its war against Ukraine. Talks between the United States and China, which Malaysia hosted, ended on Sunday. Noboa invited U.S. troops to help fight drug gangs. The government has accused Los Lobos of carrying out a car bomb attack. Burundian troops withdrew from Uvira after M23 captured Bukavu. Tanzania said it was prepared to facilitate contacts between the two governments.',
    expect: [['north-korea', 'SUPPORTS', 'russia'], ['malaysia', 'MEDIATES', 'china'], ['ecuador', 'ACCUSES', 'los-lobos'], ['tanzania', 'OFFERS_MEDIATION', 'democratic-republic-of-the-congo']],
    forbid: [['north-korea', 'THREATENS', 'ukraine'], ['malaysia', 'SUPPORTS', 'china'], ['united-states', 'ACCUSES', 'los-lobos'], ['tanzania', 'OFFERS_MEDIATION', 'm23']],
  },
  {
    name: 'an act referred back to as the passive subject; a coup condemned is no act of those who foiled it; coordinated nationalities before strikes',
    text: 'Kosovo police raided municipal buildings in the north. The raids were criticised by the United States. Vucic accused the United States of orchestrating the protests. The claim was rejected by Washington. Nigerian fighter jets struck positions held by mutinous soldiers in Cotonou, helping to foil an attempted coup. ECOWAS condemned the attempted takeover. Iran condemned the Israeli and U.S. strikes on its nuclear facilities.',
    expect: [
      ['united-states', 'CRITICIZES', 'kosovo'],
      ['united-states', 'DENIES', 'serbia'],
      ['israel', 'ATTACKS', 'iran'],
      ['united-states', 'ATTACKS', 'iran'],
      ['iran', 'CRITICIZES', 'israel'],
    ],
    forbid: [['ecowas', 'CRITICIZES', 'nigeria']],
  },
  {
    name: 'protests made to a side, conveyed by summoning its envoy, or lodged as a counter-protest or concerns',
    text: 'Japan protested to China on Sunday after Chinese fighter jets locked their radar on Japanese fighters. China summoned the Japanese ambassador to convey the protest. Japan summoned Chinese Ambassador Wu Jianghao. South Korea lodged its concerns with Beijing over the Yellow Sea structures. Iran protested to the U.N. Security Council over the strikes.',
    expect: [['japan', 'CRITICIZES', 'china'], ['china', 'CRITICIZES', 'japan'], ['south-korea', 'CRITICIZES', 'china']],
    forbid: [['iran', 'CRITICIZES', 'un-security-council']],
  },
  {
    name: 'findings, cases brought, comparisons to pirates and wounds inflicted are charges, criticism and attacks',
    text: 'An independent U.N. commission of inquiry concluded on Tuesday that Israel has committed genocide in Gaza. South Africa brought a genocide case against Israel at the International Court of Justice. Philippine military chief Romeo Brawner likened China to pirates. Chinese forces wounded three Philippine sailors. Benin has faced mounting attacks by JNIM.',
    expect: [
      ['united-nations', 'ACCUSES', 'israel'],
      ['south-africa', 'ACCUSES', 'israel'],
      ['romeo-brawner', 'CRITICIZES', 'china'],
      ['china', 'ATTACKS', 'philippines'],
      ['jnim', 'ATTACKS', 'benin'],
    ],
  },
  {
    name: 'threats with a time before the infinitive or troops sent in; talks joined at, met to negotiate, reported to have been held; guarantees demanded',
    text: 'Washington threatened earlier this month to impose an additional 100% tariff on Chinese imports. Trump threatened to send troops into Nigeria. Kyiv accepted the plan at talks with Washington in Jeddah. Ukraine and the United States met in Geneva to negotiate the peace plan. Saudi Arabia was reported to have held talks with the Houthis in Muscat. Hamas demanded guarantees that Israel would withdraw its forces from the corridor.',
    expect: [
      ['united-states', 'THREATENS', 'china'],
      ['donald-trump', 'THREATENS', 'nigeria'],
      ['ukraine', 'NEGOTIATES_WITH', 'united-states'],
      ['saudi-arabia', 'NEGOTIATES_WITH', 'houthis'],
      ['hamas', 'DEMANDS', 'israel'],
    ],
  },
  {
    name: 'opposition figures are not their state; a surname after the full name beats a town; "the South American country"; a statement spoken in is no charge',
    text: 'Venezuela accused Machado of treason. Venezuela\'s acting President Delcy Rodriguez spoke on Friday. Rodriguez met U.S. envoy Richard Grenell at Miraflores palace. Petro turned back two U.S. military aircraft. President Donald Trump threatened to impose sweeping tariffs on the South American country. U.S. forces struck several boats in the Caribbean. The ELN, in a statement, called the strikes a violation of Latin American sovereignty.',
    expect: [
      ['venezuela', 'ACCUSES', 'maria-corina-machado'],
      ['delcy-rodriguez', 'MEETS_WITH', 'richard-grenell'],
      ['donald-trump', 'THREATENS', 'colombia'],
      ['national-liberation-army', 'CRITICIZES', 'united-states'],
    ],
    forbid: [['donald-trump', 'THREATENS', 'united-states']],
  },
  {
    name: 'an act of aggression named with no agent is the latest strike\'s; Trinidad is the state; a meeting told in an aside leaves the pair in view',
    text: 'U.S. forces struck military targets in Caracas. Vice President Delcy Rodriguez condemned what she called a criminal act of aggression. Venezuela accused Trinidad and Tobago of joining a U.S. plot. Trinidad\'s government denied the claim.',
    expect: [['delcy-rodriguez', 'CRITICIZES', 'united-states'], ['trinidad-and-tobago', 'DENIES', 'venezuela']],
  },
  {
    name: 'an opposition, an owner\'s nationality, a voters\' community and a state\'s own guards are no state acting; clashes over an issue are words',
    text: 'Azerbaijani President Ilham Aliyev repeated his demands. Armenia\'s opposition accused the prime minister of capitulating to Baku. Houthi rebels fired missiles at a Greek-owned tanker in the Red Sea. Kurti said Srpska Lista had threatened Serb voters. The Islamic Republic\'s Revolutionary Guards seized a tanker, accusing it of smuggling fuel. Egypt has clashed with Ethiopia over the Nile dam. Armenia has clashed with Russian-Armenian billionaire Samvel Karapetyan.',
    expect: [],
    forbid: [
      ['armenia', 'ACCUSES', 'ilham-aliyev'],
      ['houthis', 'ATTACKS', 'greece'],
      ['srpska-lista', 'THREATENS', 'serbia'],
      ['islamic-revolutionary-guard-corps', 'ACCUSES', 'iran'],
      ['egypt', 'ATTACKS', 'ethiopia'],
      ['armenia', 'ATTACKS', 'russia'],
    ],
  },
  {
    name: 'treaties as conditions or offered signings, complaints to the Security Council, and campaigns a charge is said to be part of give no edge to those named',
    text: 'Ankara has said full normalisation depends on Yerevan signing a peace treaty with Baku. Kazakhstan has offered to host the signing of the final peace treaty between Armenia and Azerbaijan. Somalia\'s government accused Yemen\'s Houthis of smuggling weapons to al-Shabaab. A Houthi official rejected the charge as part of an American campaign to smear the movement. Egypt lodged a formal complaint with the UN Security Council after Ethiopia inaugurated the dam.',
    expect: [['kazakhstan', 'OFFERS_MEDIATION', 'armenia'], ['houthis', 'DENIES', 'somalia']],
    forbid: [
      ['armenia', 'AGREES_WITH', 'azerbaijan'],
      ['houthis', 'DENIES', 'united-states'],
      ['egypt', 'CRITICIZES', 'un-security-council'],
    ],
  },
  {
    name: 'a demand owned by "his", haven given and territory allowed inside a charge, the speaker\'s army, "his country" and fire opened at the speaker',
    text: 'Burhan repeated his demand that Abu Dhabi stop financing the RSF. Mali\'s military government accused Algeria of giving JNIM safe haven in its southern desert. Colombian President Gustavo Petro accused Venezuela of allowing the ELN rebels to operate from its territory. Israel Katz said the army would continue striking Hezbollah. Israeli Prime Minister Benjamin Netanyahu warned that his country would strike Iran\'s nuclear facilities. Pakistan said Indian forces had opened fire first.',
    expect: [
      ['abdel-fattah-al-burhan', 'DEMANDS', 'united-arab-emirates'],
      ['algeria', 'SUPPORTS', 'jnim'],
      ['venezuela', 'SUPPORTS', 'national-liberation-army'],
      ['israel-katz', 'THREATENS', 'hezbollah'],
      ['benjamin-netanyahu', 'THREATENS', 'iran'],
      ['india', 'ATTACKS', 'pakistan'],
    ],
  },
  {
    name: 'an incident condemned is the latest attack\'s',
    text: 'Chinese coast guard ships fired water cannon at a Philippine supply boat. The United States condemned the incident.',
    expect: [['united-states', 'CRITICIZES', 'china']],
  },
  {
    name: 'drills held by two states are condemned in both',
    text: 'Seoul and Washington began their annual springtime drills. Pyongyang condemned the exercises as a rehearsal for invasion.',
    expect: [['north-korea', 'CRITICIZES', 'south-korea'], ['north-korea', 'CRITICIZES', 'united-states']],
  },
  {
    name: 'an army coordinated with an armed group is its home state\'s; a province named with its owner sets the pair of neighbours',
    text: 'US envoy Massad Boulos said Washington was holding talks with the army and the RSF. The RSF denied targeting civilians and accused the army of fabricating the reports. Pakistani jets struck hideouts of the Pakistani Taliban in Afghanistan\'s Khost province overnight. Qatar and Turkey, which mediated a truce between the two neighbours last October, urged them to return to talks in Istanbul.',
    expect: [['rapid-support-forces', 'ACCUSES', 'sudan'], ['qatar', 'DEMANDS', 'afghanistan'], ['turkey', 'MEDIATES', 'afghanistan']],
    forbid: [['rapid-support-forces', 'ACCUSES', 'united-states'], ['qatar', 'DEMANDS', 'tehrik-i-taliban-pakistan']],
  },
  {
    name: 'a vow coordinated after a reported clause is the speaker\'s, past a glued participle; the head of a state\'s army does not meet his state',
    text: 'Dagalo said Cairo had supplied the Sudanese army with US-made bombs, and vowed that Egypt would pay the price. In a phone call with Sudan\'s sovereign council chairman, Abdel Fattah al-Burhan, Erdogan said Turkey was ready to help.',
    expect: [['mohamed-hamdan-dagalo', 'THREATENS', 'egypt']],
    forbid: [['sudanese-armed-forces', 'THREATENS', 'egypt'], ['abdel-fattah-al-burhan', 'MEETS_WITH', 'sudan']],
  },
  {
    name: '"the leaders" right after two leaders met, and "the two countries\' ministers", are the pair in view',
    text: 'Ethiopian Prime Minister Abiy Ahmed met Somali President Hassan Sheikh Mohamud in Mogadishu. The leaders agreed to deepen security cooperation. Thailand and Cambodia have feuded over the border. The two countries\' defence ministers met in Phnom Penh in mid-June and agreed to ease tensions.',
    expect: [['abiy-ahmed', 'AGREES_WITH', 'hassan-sheikh-mohamud'], ['thailand', 'MEETS_WITH', 'cambodia'], ['thailand', 'AGREES_WITH', 'cambodia']],
  },
  {
    name: 'a good role denied ("not an honest broker") criticises the side; a role granted does not',
    text: 'Russia said the EU was not an honest broker. China said the United States was not a reliable partner. Turkey said Qatar was an honest broker.',
    expect: [['russia', 'CRITICIZES', 'european-union'], ['china', 'CRITICIZES', 'united-states']],
    forbid: [['turkey', 'CRITICIZES', 'qatar']],
  },
  {
    name: 'a side said to seek a pretext, block peace or betray is accused',
    text: 'Algerian Foreign Minister Ahmed Attaf said Mali\'s junta was seeking a scapegoat for its military setbacks. Emirati minister Lana Nusseibeh said Sudan\'s army was blocking peace. Eritrea said Addis Ababa was seeking a pretext for war.',
    expect: [['ahmed-attaf', 'ACCUSES', 'mali'], ['lana-nusseibeh', 'ACCUSES', 'sudanese-armed-forces'], ['eritrea', 'ACCUSES', 'ethiopia']],
  },
  {
    name: 'the release demanded of people held by a side, or jailed in a state, is asked of that side',
    text: 'EU foreign policy chief Kaja Kallas demanded the release of jailed protesters in Georgia. Guterres demanded the release of U.N. staff detained by the Houthis. Kallas demanded the release of Bazoum.',
    expect: [['european-union', 'DEMANDS', 'georgia'], ['antonio-guterres', 'DEMANDS', 'houthis']],
  },
  {
    name: 'a negation in the first conjunct does not reach a verb after "and" or "but" that follows a name',
    text: 'Sudan said it was not seeking confrontation with Chad but called on Chad to close its border. The Houthis said the deal did not cover Israel and vowed to attack Israel. Russia did not attack Ukraine and denied the claims.',
    expect: [['sudan', 'DEMANDS', 'chad'], ['houthis', 'THREATENS', 'israel']],
    forbid: [['russia', 'ATTACKS', 'ukraine']],
  },
  {
    name: 'forces sent to fight a named side fight it; a request from a titled leader, and "it" after "confirmed", name who is helped',
    text: 'Burundi has deployed soldiers to fight M23. Uganda confirmed it had deployed special forces to South Sudan at President Salva Kiir\'s request. Kenya will deploy police to fight gangs in Haiti.',
    expect: [['burundi', 'ATTACKS', 'm23'], ['uganda', 'SUPPORTS', 'south-sudan']],
  },
  {
    name: 'denying that the dead were its fighters denies the side that reported the killing',
    text: 'Israeli troops killed three Hamas militants near Rafah, the army said. Hamas denied the men were its fighters.',
    expect: [['hamas', 'DENIES', 'israel']],
  },
  {
    name: 'a response promised if attacks from a side continue threatens that side',
    text: 'Pakistan warned that it would respond if attacks from Afghanistan continued.',
    expect: [['pakistan', 'THREATENS', 'afghanistan']],
  },
];

describeTripleCases('recall: briefs (4)', CASES);
