/**
 * Closed word lists of English news prose that the actor and relation rules read. They are
 * language, not world knowledge: world knowledge (who exists, what they are called) lives in
 * `data/`.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Last word of a role that can stand before a name: "Defense Minister Khawaja Asif". */
export const TITLE_HEADS = set(`
  counterpart chairperson president premier chancellor minister secretary spokesman spokeswoman spokesperson envoy ambassador
  negotiator commander chief general leader head chairman chairwoman chair director governor mayor king
  queen emir sheikh prince sultan ayatollah senator lawmaker representative adviser advisor coordinator
  commissioner rapporteur prosecutor judge colonel lieutenant brigadier admiral marshal mufti cleric mullah
  pope patriarch deputy official officer diplomat emissary mediator strongman warlord founder
`);

/** Words that may precede a title head inside the role: "chief spokesman", "Foreign Minister". */
export const TITLE_MODIFIERS = set(`
  foreign defense defence interior home finance information justice prime deputy vice acting former top
  senior chief army military security intelligence police state federal national regional provincial special
  supreme interim transitional de facto outgoing incoming caretaker executive general high principal
  lead leading powerful veteran longtime long-time first second junior assistant parliamentary presidential
  navy naval air force forces peace humanitarian trade economy energy health education culture communications
  affairs external internal crown major lieutenant brigadier field operations operational de-facto
  spokesman official commander government ministry party movement group militant rebel
`);

/** Heads of capitalised names of organisations not in the lexicon: "National Liberation Front". */
export const ORG_HEADS = set(`
  army forces front movement brigade brigades battalion battalions party council alliance organization
  organisation union militia militias group coalition authority league agency commission corps guard
  guards network mission force committee tribunal court foundation institute association federation
  congress assembly parliament command directorate bureau fund programme program platform
`);

/** Lower-case nouns after an unknown name that make it an armed group: "the Radaa militia". */
export const NAMED_ARMED_HEADS = set(`militia militias rebels gang gangs cartel insurgents guerrillas faction paramilitaries jihadists movement`);

/** Org heads that mark an armed group. */
export const ARMED_HEADS = set(`army forces front movement brigade brigades battalion battalions militia militias corps guard guards force`);

/** Words that make no name on their own: "Foreign Ministry" is an institution of some state. */
export const GENERIC_ORG_WORDS = set(`
  foreign defense defence interior home justice finance health information security armed military national
  federal state central general supreme special joint high public border naval air ministry office
  government council army forces force police command department agency committee service services affairs
  external internal international presidential the of for and new regional provincial local rapid support
  guard guards navy coast intelligence emergency republican revolutionary
`);

/** Definite noun phrases that refer back to an actor, by the kind of actor they fit. */
export const COREF_HEADS: ReadonlyMap<string, 'armed' | 'government' | 'organisation' | 'person' | 'military'> = new Map([
  ...[...set('group movement militants militant militia militias rebels insurgents fighters outfit jihadists paramilitaries paramilitary insurgency guerrillas guerrilla gang gangs cartel faction separatists')].map(
    (w) => [w, 'armed'] as const,
  ),
  ...[...set('government administration regime authorities junta country state kingdom republic cabinet ministry emirate island nation')].map(
    (w) => [w, 'government'] as const,
  ),
  ...[...set('organisation organization agency body bloc alliance union council court watchdog mission coalition')].map(
    (w) => [w, 'organisation'] as const,
  ),
  ...[...set('president minister spokesman spokeswoman leader envoy ambassador commander premier chancellor')].map(
    (w) => [w, 'person'] as const,
  ),
  ...[...set('army military')].map((w) => [w, 'military'] as const),
]);

/** Nouns after a demonym that make it a place, not an actor: "Afghan soil", "Pakistani territory". */
export const PLACE_HEADS = set(`
  soil territory territories border borders side airspace land lands waters capital city cities town towns
  province provinces region regions village villages district districts area areas coast frontier
  mainland island islands port ports countryside
`);

/** Nouns after a place noun that make the phrase a force: "coast guard", "border police". */
export const FORCE_NOUNS = set(`guard guards police troops forces patrol patrols force units unit defences defenses`);

/** Prepositions that make a following capital a place ("talks held in Istanbul"). */
export const LOCATIVE_PREPOSITIONS = set(`in at from to near into inside outside around across toward towards via through over within throughout between off onto`);

/** Verbs of saying: their subject is the claimant of what they report. */
export const SPEECH_LEMMAS = set(`
  say tell state claim allege add announce insist assert confirm note stress emphasise emphasize argue
  maintain believe report write declare explain warn accuse charge contend suggest indicate reiterate
  repeat acknowledge admit reveal disclose affirm tweet post caution signal
`);

/** Subject pronouns that resolve to the last fitting actor. */
export const PERSON_PRONOUNS = set('he she');
export const THING_PRONOUNS = set('it');

/** Months and days: capitalised, never part of a name. */
export const CALENDAR_WORDS = set(`
  january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
`);

/** Honorifics before a name: "Mr. Asif". */
export const HONORIFICS = set('mr mr. mrs mrs. ms ms. dr dr. sir dame');

/** Country names that are also given names ("Jordan Bardella"): not a country before another name. */
export const NAME_LIKE_COUNTRIES = set('jordan chad georgia india israel kenya');
