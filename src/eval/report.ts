import { RELATION_TYPES } from '../domain/index.js';
import type { Endpoint, ExpectedRelation } from './fixture.js';
import type { FixtureRun } from './run.js';
import { MISS_CAUSES, type ExtractedTriple, type Metrics, type Summary } from './score.js';

/** Plain-text rendering of eval results for a terminal; no colours so it pastes into reports. */

function pct(value: number | null): string {
  return value === null ? '—' : (value * 100).toFixed(1);
}

function row(label: string, m: Metrics): string {
  return [
    label.padEnd(18),
    pct(m.precision).padStart(6),
    pct(m.recall).padStart(6),
    pct(m.f1).padStart(6),
    String(m.tp).padStart(5),
    String(m.fp).padStart(5),
    String(m.fn).padStart(5),
  ].join(' ');
}

/** A per-type table (P, R, F1 in percent; TP, FP, FN) with the micro total and the side metrics. */
export function formatSummary(title: string, s: Summary): string {
  const header = ['type'.padEnd(18), 'P'.padStart(6), 'R'.padStart(6), 'F1'.padStart(6), 'TP'.padStart(5), 'FP'.padStart(5), 'FN'.padStart(5)].join(' ');
  const lines = [`== ${title} (${s.fixtures} fixtures) ==`, header, '-'.repeat(header.length)];
  for (const type of RELATION_TYPES) lines.push(row(type, s.perType[type]));
  lines.push('-'.repeat(header.length), row('MICRO', s.micro));
  lines.push(
    `actor recall ${pct(s.actors.recall)}% (${s.actors.found}/${s.actors.total}) · not-actor violations ${s.notActorViolations}` +
      ` · forbidden hits ${s.forbiddenHits} · acceptable (unscored) ${s.ignored} · alleged flag agrees ${s.alleged.agree}/${s.alleged.total}`,
  );
  return lines.join('\n');
}

function endpoint(e: Endpoint): string {
  return typeof e === 'string' ? e : e.join('|');
}

function expectedLabel(e: ExpectedRelation): string {
  const flags = [e.alleged ? 'alleged' : '', e.hedged ? 'hedged' : ''].filter(Boolean).join(',');
  return `${endpoint(e.source)} -${e.type}-> ${endpoint(e.target)}${flags ? ` [${flags}]` : ''}`;
}

function tripleLabel(t: ExtractedTriple): string {
  return `${t.sourceName} -${t.type}-> ${t.targetName}${t.alleged ? ' [alleged]' : ''}`;
}

/** Every error, FN, FP, forbidden hit and actor problem, fixture by fixture, with the evidence sentence. */
export function formatDetails(runs: readonly FixtureRun[]): string {
  const out: string[] = [];
  for (const { fixture, score, error } of runs) {
    const lines: string[] = [];
    if (error !== null) lines.push(`  ERROR ${error}`);
    for (const e of score.fn) lines.push(`  FN ${expectedLabel(e)}`);
    for (const t of score.fp) lines.push(`  FP ${tripleLabel(t)}\n       «${t.evidence}»`);
    for (const h of score.forbiddenHits) lines.push(`  FORBIDDEN ${tripleLabel(h.extracted)}`);
    for (const m of score.tp) if (!m.allegedAgrees) lines.push(`  ALLEGED? ${expectedLabel(m.expected)} got ${m.by.map(tripleLabel).join('; ')}`);
    for (const a of score.actorsMissed) lines.push(`  MISSING ACTOR ${a}`);
    for (const v of score.notActorViolations) lines.push(`  NOT AN ACTOR ${v.name} (as ${v.actorId})`);
    if (lines.length === 0) continue;
    out.push(`[${fixture.set}/${fixture.id}] ${fixture.text}`, ...lines, '');
  }
  return out.join('\n');
}

/**
 * Misses per type and cause (see MISS_CAUSES): counts only, no text, so it may be printed for sets
 * whose texts must not be read while writing rules.
 */
export function formatMissCauses(title: string, s: Summary): string {
  const header = ['type'.padEnd(18), ...MISS_CAUSES.map((c) => c.padStart(13))].join(' ');
  const lines = [`== ${title}: misses by cause ==`, header, '-'.repeat(header.length)];
  const totals = Object.fromEntries(MISS_CAUSES.map((c) => [c, 0])) as Record<(typeof MISS_CAUSES)[number], number>;
  for (const type of RELATION_TYPES) {
    const byCause = s.missCauses[type];
    for (const c of MISS_CAUSES) totals[c] += byCause[c];
    lines.push([type.padEnd(18), ...MISS_CAUSES.map((c) => String(byCause[c]).padStart(13))].join(' '));
  }
  lines.push('-'.repeat(header.length), ['ALL'.padEnd(18), ...MISS_CAUSES.map((c) => String(totals[c]).padStart(13))].join(' '));
  return lines.join('\n');
}
