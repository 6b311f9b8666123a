import type { Actor, ArticleInput, ExtractedRelation, ExtractionResult, RelationType } from '../../src/domain/index.js';
import { RELATION_TYPE_INFO } from '../../src/domain/index.js';
import { actorPool, type SyntheticActor } from './actors.js';
import { createRandom, type Random } from './random.js';

/** One generated article and the extraction it was written from (its ground truth). */
export interface SyntheticArticle {
  readonly input: ArticleInput & { readonly id: string };
  readonly truth: ExtractionResult;
}

export interface ArticleGeneratorOptions {
  /** Number of articles. */
  readonly n: number;
  readonly seed?: number;
  /** Size of the actor pool (default 400); actors are drawn with a Zipf law, so a few are hubs. */
  readonly actors?: number;
  /** Prefix of article ids (default `syn-`), so runs can be told apart and cleaned up. */
  readonly idPrefix?: string;
  /** Approximate article size in bytes (default 3000). */
  readonly targetBytes?: number;
  /** First and last publication day (default 2019-01-01 … 2025-12-31). */
  readonly from?: string;
  readonly to?: string;
}

const CITIES = ['Istanbul', 'Doha', 'Geneva', 'Islamabad', 'Kabul', 'Tehran', 'Riyadh', 'Cairo', 'Vienna', 'Oslo', 'Beijing', 'Ankara', 'Muscat', 'Tashkent'];
const CHARGES = ['harbouring militants', 'violating the ceasefire', 'shelling border villages', 'supporting insurgents', 'obstructing the talks', 'detaining aid workers'];
const REASONS = ['its handling of the border crisis', 'the closure of the crossings', 'the treatment of refugees', 'its silence on the attacks', 'delays in the negotiations'];
const DEMANDS = ['hand over the suspects', 'withdraw its troops from the border', 'release the detained traders', 'stop cross-border raids', 'reopen the trade routes'];
const THREATS = ['retaliation', 'sanctions', 'military action', 'the closure of its embassy', 'an end to the talks'];
const PLACES = ['the border town of Chaman', 'the Kurram district', 'the Torkham crossing', 'a checkpoint near the frontier', 'positions in the mountains'];
const DEALS = ['a ceasefire', 'a prisoner exchange', 'a joint monitoring mechanism', 'the reopening of trade routes', 'a new round of talks'];
const FILLER = [
  'Analysts said the situation along the frontier remained tense after weeks of sporadic fighting.',
  'Trade between the two neighbours has fallen sharply since the crossings were closed last month.',
  'Residents of the border districts described long queues at the remaining checkpoints.',
  'The talks were the third round this year and followed a brief truce that collapsed in the spring.',
  'Diplomats cautioned that any agreement would depend on guarantees that both capitals can accept.',
  'Humanitarian agencies warned that thousands of displaced families still lacked shelter and food.',
  'Local officials said schools and markets in the affected areas had reopened only partially.',
  'Observers noted that previous agreements had faltered over verification and the sequencing of steps.',
  'The closing statement was short on detail and did not mention a date for the next meeting.',
  'Security was tightened around government buildings ahead of the anniversary of the clashes.',
];

interface Template {
  readonly type: RelationType;
  /** Builds the sentence; `s` and `t` are how the two actors are written. */
  readonly text: (s: string, t: string, r: Random) => string;
}

const TEMPLATES: readonly Template[] = [
  { type: 'MEDIATES', text: (s, t, r) => `${s} mediated between ${t} and its neighbours during the meetings in ${r.pick(CITIES)}.` },
  { type: 'OFFERS_MEDIATION', text: (s, t) => `${s} offered to mediate in the dispute with ${t}, according to a statement.` },
  { type: 'NEGOTIATES_WITH', text: (s, t, r) => `${s} held negotiations with ${t} in ${r.pick(CITIES)} on a range of security issues.` },
  { type: 'MEETS_WITH', text: (s, t, r) => `${s} met ${t} in ${r.pick(CITIES)} to discuss the crisis.` },
  { type: 'ACCUSES', text: (s, t, r) => `${s} accused ${t} of ${r.pick(CHARGES)}.` },
  { type: 'CRITICIZES', text: (s, t, r) => `${s} criticized ${t} over ${r.pick(REASONS)}.` },
  { type: 'DENIES', text: (s, t) => `${s} denied the accusations made by ${t} and called them baseless.` },
  { type: 'DEMANDS', text: (s, t, r) => `${s} demanded that ${t} ${r.pick(DEMANDS)}.` },
  { type: 'THREATENS', text: (s, t, r) => `${s} threatened ${t} with ${r.pick(THREATS)} if the attacks continued.` },
  { type: 'ATTACKS', text: (s, t, r) => `${s} attacked ${t} forces near ${r.pick(PLACES)} overnight.` },
  { type: 'AGREES_WITH', text: (s, t, r) => `${s} agreed with ${t} on ${r.pick(DEALS)}.` },
  { type: 'SUPPORTS', text: (s, t) => `${s} pledged its support for ${t} in the negotiations.` },
];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const DAY_MS = 86_400_000;

/**
 * Realistic synthetic articles, deterministic for a seed: ~3 KB each, many actors (Zipf-drawn,
 * so a few hubs meet most of the traffic), every relation type, dates spread over years, some
 * claims attributed to a third actor, some reported as allegations. Lazy: any N streams in
 * constant memory. Each article comes with the extraction it was written from, with exact
 * offsets (`text.slice(start, end) === evidence`).
 */
export function* generateArticles(options: ArticleGeneratorOptions): Generator<SyntheticArticle> {
  const seed = options.seed ?? 42;
  const rnd = createRandom(seed);
  const pool = actorPool(options.actors ?? 400, seed);
  const prefix = options.idPrefix ?? 'syn-';
  const targetBytes = options.targetBytes ?? 3000;
  const from = Date.parse(`${options.from ?? '2019-01-01'}T00:00:00Z`);
  const to = Date.parse(`${options.to ?? '2025-12-31'}T00:00:00Z`);
  const days = Math.max(0, Math.round((to - from) / DAY_MS));

  for (let i = 0; i < options.n; i++) {
    const published = new Date(from + rnd.int(0, days) * DAY_MS).toISOString().slice(0, 10);
    const actors = new Map<string, Actor>();
    const relations: ExtractedRelation[] = [];
    let text = '';
    const first = pool[rnd.zipf(pool.length)] as SyntheticActor;
    const title = `${capitalise(first.mention)} at the centre of renewed regional tensions`;
    text += `${title}\n\n`;
    while (Buffer.byteLength(text) < targetBytes) {
      if (rnd.chance(0.55)) {
        text += `${rnd.pick(FILLER)} `;
        continue;
      }
      const template = TEMPLATES[rnd.int(0, TEMPLATES.length - 1)] as Template;
      const source = rnd.chance(0.3) ? first : (pool[rnd.zipf(pool.length)] as SyntheticActor);
      let target = pool[rnd.zipf(pool.length)] as SyntheticActor;
      while (target.id === source.id) target = pool[rnd.int(0, pool.length - 1)] as SyntheticActor;
      const claimant = rnd.chance(0.2) ? (pool[rnd.zipf(pool.length)] as SyntheticActor) : null;
      const body = template.text(source.mention, target.mention, rnd);
      const sentence = claimant && claimant.id !== source.id ? `According to ${claimant.mention}, ${body}` : capitalise(body);
      const start = text.length;
      text += sentence;
      const end = text.length;
      text += ' ';
      const info = RELATION_TYPE_INFO[template.type];
      const relation = {
        type: template.type,
        evidence: sentence,
        start,
        end,
        confidence: Math.round((0.5 + rnd.next() * 0.45) * 100) / 100,
        claimant: claimant && claimant.id !== source.id ? claimant.id : null,
        alleged: template.type === 'SUPPORTS' && claimant !== null && rnd.chance(0.5),
        cameo: info.cameo,
        goldstein: info.goldstein,
      };
      relations.push({ ...relation, source: source.id, target: target.id });
      // Symmetric types hold both ways, as the extractor emits them.
      if (info.symmetric) relations.push({ ...relation, source: target.id, target: source.id });
      for (const a of [source, target, ...(relation.claimant && claimant ? [claimant] : [])]) {
        const { mention: _mention, ...plain } = a;
        actors.set(a.id, plain);
      }
      if (rnd.chance(0.25)) text += '\n\n';
    }
    text = text.trimEnd();
    const id = `${prefix}${seed}-${i}`;
    yield {
      input: { id, title, url: `https://synthetic.example/${seed}/${i}`, source: 'Synthetic Wire', published, text },
      truth: { id, actors: [...actors.values()], relations },
    };
  }
}
