import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { countries as countryList } from 'countries-list';
import { z } from 'zod';
import { ACTOR_TYPES, type ActorType } from '../domain/index.js';
import { AppError } from '../errors.js';
import { loadNlp } from './nlp.js';
import { foldForNlp, slugify } from './text.js';

/**
 * The extractor's world knowledge: every actor it can name without reading about it first, and a
 * token trie of the surface forms that name them. Built once by `loadKnowledge` (the only place
 * that reads files); read-only afterwards.
 */

export const ACTOR_KINDS = [
  'country',
  'government',
  'armed-group',
  'military',
  'international',
  'ngo',
  'party',
  'official',
  'person',
  'organization',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface ActorInfo {
  readonly id: string;
  readonly name: string;
  readonly type: ActorType;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
  readonly affiliation: string | null;
}

/**
 * How a surface form names its actor. `name` and `institution` name it anywhere; `demonym`
 * names a state when it modifies a noun ("Pakistani officials"); `capital` names the state's
 * government only in the argument of a political verb ("Islamabad said"), never in a locative.
 */
export type NameForm = 'name' | 'institution' | 'demonym' | 'capital' | 'city' | 'outlet';

export interface NameEntry {
  /** null for outlets: they are provenance, not actors. */
  readonly actorId: string | null;
  readonly form: NameForm;
  /** The alias's tokens as written, for the case check. */
  readonly tokens: readonly string[];
  /** Match only with exactly this spelling. */
  readonly exact: boolean;
  /** Lower wins when two entries share a surface form. */
  readonly priority: number;
}

export interface TrieNode {
  readonly children: Map<string, TrieNode>;
  entries: NameEntry[];
}

export interface KnowledgeBase {
  readonly actors: ReadonlyMap<string, ActorInfo>;
  readonly root: TrieNode;
  /** Country id → id of the actor that governs it in fact, when that is not the state itself. */
  readonly governorOf: ReadonlyMap<string, string>;
  /**
   * Region names ('name') and demonyms ('demonym') of sub-national and de facto polities. They name
   * their polity only where the sentence makes it act, so the mention finder reads them apart
   * from `root` (see `entities.ts`).
   */
  readonly regions: TrieNode;
  /**
   * Words of regions ("gulf", "baltic", "african") → the states they describe, read in references
   * back like "the Gulf state" or "the West African nation".
   */
  readonly areas: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * "the North", "the South" (as written after "the") → the state they name, and the states one of
   * which the article must have named first.
   */
  readonly halves: ReadonlyMap<string, { readonly id: string; readonly context: ReadonlySet<string> }>;
}

const lexiconEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).optional(),
    name: z.string().min(1),
    type: z.enum(ACTOR_TYPES).optional(),
    kind: z.enum([...ACTOR_KINDS, 'outlet']).optional(),
    aliases: z.array(z.string().min(1)).optional(),
    caseSensitiveAliases: z.array(z.string().min(1)).optional(),
    affiliation: z.string().nullable().optional(),
    governs: z.string().optional(),
    /** Seats that stand for the actor only in argument position, like capitals: "Brussels" for the EU. */
    metonyms: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;

const lexiconFileSchema = z.union([
  z.object({ $comment: z.string().optional(), entries: z.array(lexiconEntrySchema) }).strict(),
  z.array(lexiconEntrySchema),
]);

const countriesFileSchema = z.object({
  $comment: z.string().optional(),
  canonical: z.record(z.string(), z.string()),
  names: z.record(z.string(), z.array(z.string())),
  removeNames: z.record(z.string(), z.array(z.string())),
  caseSensitiveNames: z.record(z.string(), z.array(z.string())),
  institutions: z.record(z.string(), z.array(z.string())),
  capitals: z.record(z.string(), z.array(z.string())),
  noCapitalMetonym: z.array(z.string()),
  demonyms: z.record(z.string(), z.array(z.string())),
  removeDemonyms: z.array(z.string()),
  plurals: z.record(z.string(), z.array(z.string())),
  areas: z.record(z.string(), z.array(z.string().regex(/^[A-Z]{2}$/))),
  halves: z.record(z.string().regex(/^[A-Z]{2}$/), z.object({ word: z.string().min(1), context: z.array(z.string().regex(/^[A-Z]{2}$/)) })),
});

const politicalEntitySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.string().min(1),
    /** ISO 3166-1 alpha-2 code of the state the entity belongs to. */
    parent: z.string().regex(/^[A-Z]{2}$/),
    kind: z.enum(ACTOR_KINDS).optional(),
    aliases: z.array(z.string().min(1)).optional(),
    caseSensitiveAliases: z.array(z.string().min(1)).optional(),
    places: z.array(z.string().min(1)).optional(),
    demonyms: z.array(z.string().min(1)).optional(),
    metonyms: z.array(z.string().min(1)).optional(),
  })
  .strict();

const politicalEntitiesFileSchema = z.object({ $comment: z.string().optional(), entities: z.array(politicalEntitySchema) }).strict();

const outletsFileSchema = z.object({ $comment: z.string().optional(), outlets: z.array(z.string()) });

const citiesFileSchema = z.object({ $comment: z.string().optional(), cities: z.record(z.string().regex(/^[A-Z]{2}$/), z.array(z.string().min(1))) }).strict();

/** `data/` at the package root, resolved from this file: `src/extract/` and `dist/extract/` are both two levels down. */
function dataDir(): URL {
  return new URL('../../data/', import.meta.url);
}

function readJson(path: string | URL, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new AppError('CONFIG', `cannot read ${what} ${String(path)}: ${reason}`, { cause });
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new AppError('CONFIG', `invalid ${what}: ${issues.join('; ')}`);
  }
  return result.data;
}

const LOWER_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'de', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'von', 'der', 'van', 'da', 'e', 'i', 'wal', 'ad', 'ud', 'y']);

class Builder {
  readonly actors = new Map<string, ActorInfo>();
  readonly root: TrieNode = { children: new Map(), entries: [] };
  readonly regions: TrieNode = { children: new Map(), entries: [] };
  readonly governorOf = new Map<string, string>();
  private readonly tokenCache = new Map<string, string[]>();

  tokenise(surface: string): string[] {
    const cached = this.tokenCache.get(surface);
    if (cached) return cached;
    const nlp = loadNlp();
    const tokens = (nlp.readDoc(foldForNlp(surface)).tokens().out() as string[]).filter((t) => t.trim() !== '');
    this.tokenCache.set(surface, tokens);
    return tokens;
  }

  addActor(actor: ActorInfo): void {
    const existing = this.actors.get(actor.id);
    if (!existing) {
      this.actors.set(actor.id, actor);
      return;
    }
    const aliases = [...new Set([...existing.aliases, ...actor.aliases])].filter((a) => a !== existing.name);
    this.actors.set(actor.id, { ...existing, aliases });
  }

  addName(surface: string, actorId: string | null, form: NameForm, priority: number, exact = false, keepArticle = false, root = this.root): void {
    const trimmed = keepArticle ? surface.trim() : surface.trim().replace(/^the\s+/i, '');
    if (trimmed === '') return;
    const tokens = this.tokenise(trimmed);
    if (tokens.length === 0) return;
    // Short all-capital forms (UN, EU, IS, US) are words in lower case: match them as written.
    const isAcronym = tokens.length === 1 && /^[A-Z0-9.]{1,5}$/.test(trimmed) && /[A-Z]/.test(trimmed);
    let node = root;
    for (const token of tokens) {
      const key = token.toLowerCase();
      let next = node.children.get(key);
      if (!next) {
        next = { children: new Map(), entries: [] };
        node.children.set(key, next);
      }
      node = next;
    }
    const same = node.entries.findIndex((e) => e.actorId === actorId && e.form === form);
    if (same !== -1) {
      // "Tigray Interim Administration" and "Tigray interim administration": a word after the first
      // needs its capital only when every spelling gives it one. The first word keeps its case:
      // it is what tells a name from a phrase ("al Qaeda's affiliate" is an apposition).
      const prev = node.entries[same] as NameEntry;
      if (!prev.exact && !exact && !isAcronym) {
        const merged = prev.tokens.map((t, k) => (k > 0 && /^[a-z]/.test(tokens[k] ?? '') ? (tokens[k] as string) : t));
        node.entries[same] = { ...prev, tokens: merged };
      }
      return;
    }
    node.entries.push({ actorId, form, tokens, exact: exact || isAcronym, priority });
    node.entries.sort((a, b) => a.priority - b.priority);
  }
}

const PRIORITY = { userLexicon: 0, lexicon: 1, country: 2, institution: 3, demonym: 4, capital: 5, outlet: 6, city: 7 } as const;

interface NationalityData {
  readonly nationalities: Record<string, string>;
}

function buildCountries(b: Builder, data: z.infer<typeof countriesFileSchema>): Map<string, string> {
  const require = createRequire(import.meta.url);
  const isoNames = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
  const nationalities = (require('i18n-nationality/langs/en.json') as NationalityData).nationalities;
  const codeToId = new Map<string, string>();
  const list = countryList as Record<string, { name: string; capital: string }>;
  const noMetonym = new Set(data.noCapitalMetonym.map((n) => n.toLowerCase()));
  const removedDemonyms = new Set(data.removeDemonyms);

  for (const code of Object.keys(isoNames).sort()) {
    const raw = isoNames[code];
    const iso = (Array.isArray(raw) ? raw : [raw ?? '']).filter(Boolean);
    const listed = list[code];
    const canonical = data.canonical[code] ?? listed?.name ?? iso[iso.length - 1] ?? code;
    const id = slugify(canonical);
    codeToId.set(code, id);
    const removed = new Set(data.removeNames[code] ?? []);
    // Official long forms with commas or brackets ("Korea, Republic of") are not how news names states.
    const names = [...iso, listed?.name ?? '', ...(data.names[code] ?? [])]
      .filter((n) => n && !/[,()]/.test(n) && !removed.has(n));
    const aliases = [...new Set(names)].filter((n) => n !== canonical);
    b.addActor({ id, name: canonical, type: 'COUNTRY', kind: 'country', aliases, affiliation: null });
    b.addName(canonical, id, 'name', PRIORITY.country);
    for (const n of aliases) b.addName(n, id, 'name', PRIORITY.country);
    for (const n of data.caseSensitiveNames[code] ?? []) b.addName(n, id, 'name', PRIORITY.country, true);
    for (const n of data.institutions[code] ?? []) b.addName(n, id, 'institution', PRIORITY.institution);

    const capitals = [listed?.capital ?? '', ...(data.capitals[code] ?? [])].filter(Boolean);
    for (const capital of capitals) {
      const lowerNames = new Set(names.map((n) => n.toLowerCase()));
      if (noMetonym.has(capital.toLowerCase()) || lowerNames.has(capital.toLowerCase())) continue;
      if ([...lowerNames].some((n) => capital.toLowerCase().includes(n))) continue;
      b.addName(capital, id, 'capital', PRIORITY.capital);
    }

    const demonyms = [nationalities[code] ?? '', ...(data.demonyms[code] ?? [])]
      // Package entries with brackets or commas are territory names, not adjectives.
      .filter((d) => d && !/[,()]/.test(d) && !removedDemonyms.has(d) && !names.includes(d));
    for (const d of new Set([...demonyms, ...(data.plurals[code] ?? [])])) b.addName(d, id, 'demonym', PRIORITY.demonym);
  }
  return codeToId;
}

function addLexicon(b: Builder, entries: readonly LexiconEntry[], priority: number, codeToId: ReadonlyMap<string, string>, outletPriority: number): void {
  for (const entry of entries) {
    if (entry.kind === 'outlet') {
      for (const n of [entry.name, ...(entry.aliases ?? [])]) b.addName(n, null, 'outlet', outletPriority);
      continue;
    }
    const id = entry.id ?? slugify(entry.name);
    const existing = b.actors.get(id);
    const type: ActorType = entry.type ?? existing?.type ?? 'ORGANIZATION';
    const kind: ActorKind =
      entry.kind ?? existing?.kind ?? (type === 'PERSON' ? 'person' : type === 'COUNTRY' ? 'country' : 'organization');
    const aliases = [...(entry.aliases ?? []), ...(entry.caseSensitiveAliases ?? [])];
    if (existing) {
      b.addActor({ ...existing, aliases });
      if (entry.affiliation !== undefined || entry.kind !== undefined) {
        const merged = b.actors.get(id) as ActorInfo;
        b.actors.set(id, { ...merged, kind, affiliation: entry.affiliation ?? merged.affiliation });
      }
    } else {
      b.addActor({ id, name: entry.name, type, kind, aliases, affiliation: entry.affiliation ?? null });
    }
    b.addName(entry.name, id, 'name', priority);
    for (const a of entry.aliases ?? []) b.addName(a, id, 'name', priority);
    for (const a of entry.caseSensitiveAliases ?? []) b.addName(a, id, 'name', priority, true);
    for (const a of entry.metonyms ?? []) b.addName(a, id, 'capital', priority);
    if (entry.governs) {
      const country = codeToId.get(entry.governs.toUpperCase()) ?? entry.governs;
      b.governorOf.set(country, id);
    }
  }
}

/**
 * Sub-national, breakaway and de facto polities: formal names and aliases name them anywhere,
 * seats like capitals; region names and demonyms go to the region trie, read in context.
 */
function addPoliticalEntities(b: Builder, data: z.infer<typeof politicalEntitiesFileSchema>, codeToId: ReadonlyMap<string, string>): void {
  for (const entity of data.entities) {
    const parent = codeToId.get(entity.parent) ?? null;
    const aliases = [...(entity.aliases ?? []), ...(entity.caseSensitiveAliases ?? []), ...(entity.places ?? [])].filter((a) => a !== entity.name);
    const existing = b.actors.get(entity.id);
    b.addActor({ id: entity.id, name: entity.name, type: 'ORGANIZATION', kind: entity.kind ?? existing?.kind ?? 'government', aliases, affiliation: existing?.affiliation ?? parent });
    // A name that is also its region ("Somaliland", "Tigray") is read in context, not as a name.
    const places = new Set((entity.places ?? []).map((p) => p.toLowerCase()));
    if (!places.has(entity.name.toLowerCase())) b.addName(entity.name, entity.id, 'name', PRIORITY.lexicon);
    for (const a of entity.aliases ?? []) if (!places.has(a.toLowerCase())) b.addName(a, entity.id, 'name', PRIORITY.lexicon);
    for (const a of entity.caseSensitiveAliases ?? []) b.addName(a, entity.id, 'name', PRIORITY.lexicon, true);
    for (const a of entity.metonyms ?? []) b.addName(a, entity.id, 'capital', PRIORITY.capital);
    for (const p of entity.places ?? []) b.addName(p, entity.id, 'name', PRIORITY.lexicon, false, false, b.regions);
    for (const d of entity.demonyms ?? []) b.addName(d, entity.id, 'demonym', PRIORITY.lexicon, false, false, b.regions);
  }
}

/** Reads and validates one lexicon file (the built-in one or a user's). */
export function readLexiconFile(path: string | URL): LexiconEntry[] {
  const value = readJson(path, 'lexicon file');
  // The schema is a union, whose error at the top level says only "Invalid input".
  const shaped = Array.isArray(value) || (typeof value === 'object' && value !== null && Array.isArray((value as { entries?: unknown }).entries));
  if (!shaped) throw new AppError('CONFIG', `invalid lexicon file ${String(path)}: expected {"entries": [...]} or an array of entries, as in data/lexicon.json`);
  const parsed = parse(lexiconFileSchema, value, `lexicon file ${String(path)}`);
  return Array.isArray(parsed) ? parsed : parsed.entries;
}

/**
 * Builds the knowledge base from the country packages, `data/*.json` and the user's lexicon
 * files (later files win). Reads files; throws `AppError('CONFIG')` on an unreadable or invalid
 * file. Deterministic for the same inputs.
 */
export function loadKnowledge(lexiconFiles: readonly string[] = []): KnowledgeBase {
  const dir = dataDir();
  const b = new Builder();
  const countries = parse(countriesFileSchema, readJson(new URL('countries.json', dir), 'data file'), 'data/countries.json');
  const codeToId = buildCountries(b, countries);
  const entities = parse(politicalEntitiesFileSchema, readJson(new URL('political-entities.json', dir), 'data file'), 'data/political-entities.json');
  addPoliticalEntities(b, entities, codeToId);
  addLexicon(b, readLexiconFile(new URL('lexicon.json', dir)), PRIORITY.lexicon, codeToId, PRIORITY.outlet);
  const outlets = parse(outletsFileSchema, readJson(new URL('outlets.json', dir), 'data file'), 'data/outlets.json');
  // "The National", "The Hindu", "The News": without their article these are words of other names
  // ("National Resistance Front", "Hindu nationalists"), so they match only as written.
  for (const name of outlets.outlets) {
    if (/^The\s/.test(name)) b.addName(name, null, 'outlet', PRIORITY.outlet, true, true);
    else b.addName(name, null, 'outlet', PRIORITY.outlet);
  }
  // Towns and cities, as written (case-sensitive), below every other name: places of their state.
  const cities = parse(citiesFileSchema, readJson(new URL('cities.json', dir), 'data file'), 'data/cities.json');
  for (const [code, names] of Object.entries(cities.cities)) {
    const id = codeToId.get(code);
    if (id) for (const name of names) b.addName(name, id, 'city', PRIORITY.city, true);
  }
  for (const file of lexiconFiles) addLexicon(b, readLexiconFile(file), PRIORITY.userLexicon, codeToId, PRIORITY.userLexicon);
  const halves = new Map<string, { id: string; context: Set<string> }>();
  for (const [code, half] of Object.entries(countries.halves)) {
    const id = codeToId.get(code);
    if (id) halves.set(half.word, { id, context: new Set(half.context.map((c) => codeToId.get(c) ?? c)) });
  }
  return { actors: b.actors, root: b.root, governorOf: b.governorOf, regions: b.regions, areas: buildAreas(countries.areas, codeToId), halves };
}

/** Continents of countries-list by the adjective news uses for them. */
const CONTINENT_WORDS: Readonly<Record<string, readonly string[]>> = {
  african: ['AF'],
  asian: ['AS'],
  european: ['EU'],
  american: ['NA', 'SA'],
  oceanian: ['OC'],
};

function buildAreas(listed: Readonly<Record<string, readonly string[]>>, codeToId: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const areas = new Map<string, Set<string>>();
  const add = (word: string, code: string): void => {
    const id = codeToId.get(code);
    if (!id) return;
    const set = areas.get(word) ?? new Set<string>();
    set.add(id);
    areas.set(word, set);
  };
  const list = countryList as Record<string, { continent: string }>;
  for (const [word, continents] of Object.entries(CONTINENT_WORDS)) {
    for (const [code, c] of Object.entries(list)) if (continents.includes(c.continent)) add(word, code);
  }
  for (const [word, codes] of Object.entries(listed)) for (const code of codes) add(word.toLowerCase(), code);
  // ("the South American country", "the Central Asian republic": a part of a continent, as two words.)
  for (const [code, c] of Object.entries(list)) {
    if (c.continent === 'SA') add('south american', code);
    if (c.continent === 'NA') add('north american', code);
    if ((c.continent === 'SA' || c.continent === 'NA') && !['US', 'CA'].includes(code)) add('latin american', code);
  }
  for (const [word, codes] of Object.entries(SUBREGIONS)) for (const code of codes) add(word, code);
  return areas;
}

/** Parts of continents news names states by ("the Central Asian nation", "the West African country"). */
const SUBREGIONS: Readonly<Record<string, readonly string[]>> = {
  'central american': ['GT', 'BZ', 'SV', 'HN', 'NI', 'CR', 'PA'],
  'central asian': ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
  'south asian': ['IN', 'PK', 'BD', 'LK', 'NP', 'BT', 'MV', 'AF'],
  'southeast asian': ['ID', 'MY', 'PH', 'SG', 'TH', 'VN', 'MM', 'KH', 'LA', 'BN', 'TL'],
  'east asian': ['CN', 'JP', 'KR', 'KP', 'MN', 'TW'],
  'west african': ['BJ', 'BF', 'CV', 'CI', 'GM', 'GH', 'GN', 'GW', 'LR', 'ML', 'MR', 'NE', 'NG', 'SN', 'SL', 'TG'],
  'east african': ['KE', 'UG', 'TZ', 'RW', 'BI', 'ET', 'ER', 'DJ', 'SO', 'SS'],
  'north african': ['DZ', 'EG', 'LY', 'MA', 'TN', 'SD'],
  'central african': ['CF', 'CM', 'TD', 'CG', 'CD', 'GA', 'GQ'],
  'southern african': ['ZA', 'ZW', 'ZM', 'MZ', 'MW', 'BW', 'NA', 'AO', 'LS', 'SZ', 'MG'],
};

/** True when `word` is written as a name part: capitalised, or a lower-case particle of names. */
export function isNameCased(word: string): boolean {
  const first = word.charAt(0);
  return (first !== first.toLowerCase() && first === first.toUpperCase()) || /^\d/.test(word) || LOWER_WORDS.has(word);
}
