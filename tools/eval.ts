/**
 * `npm run eval [-- --set dev|heldout|blind|final] [--verbose] [--causes] [--json] [--coverage]`: scores the extractor in
 * src/extract against the hand-annotated fixtures in test/fixtures/eval. It reports and never
 * judges: the exit code is 0 unless the tool itself crashes (floors live in the unit tests).
 */
import { Command, Option } from 'commander';
import { coverage } from '../src/eval/coverage.js';
import { EVAL_SETS, loadFixtures, type EvalSet } from '../src/eval/fixture.js';
import { formatDetails, formatMissCauses, formatSummary } from '../src/eval/report.js';
import { evaluate, extractorEntry, loadExtractor, type FixtureRun } from '../src/eval/run.js';
import { summarize } from '../src/eval/score.js';

interface Options {
  readonly set?: EvalSet;
  readonly verbose?: boolean;
  readonly causes?: boolean;
  readonly json?: boolean;
  readonly coverage?: boolean;
}

const program = new Command('eval')
  .description('Score the extractor against the annotated evaluation fixtures')
  .addOption(new Option('--set <set>', 'only one set').choices(EVAL_SETS))
  .option('--verbose', 'list every FP and FN with its text')
  .option('--causes', 'count misses per type by cause (no text: usable on the blind sets)')
  .option('--json', 'machine-readable output')
  .option('--coverage', 'count fixtures per phenomenon and expected relations per type, without running the extractor')
  .parse(process.argv);
const opts = program.opts<Options>();

const sets: readonly EvalSet[] = opts.set ? [opts.set] : EVAL_SETS;
const extract = opts.coverage ? null : await loadExtractor();
if (opts.coverage) {
  const bySet = Object.fromEntries(sets.map((set) => [set, coverage(loadFixtures(set))]));
  process.stdout.write(`${JSON.stringify(bySet, null, 2)}\n`);
} else if (extract === null) {
  const message = 'no extractor yet: src/extract/index.ts does not exist';
  process.stdout.write(opts.json ? `${JSON.stringify({ error: message })}\n` : `${message}\n`);
} else {
  const runsBySet = new Map<EvalSet, FixtureRun[]>();
  for (const set of sets) runsBySet.set(set, await evaluate(loadFixtures(set), extract));
  const all = [...runsBySet.values()].flat();
  const sections: { name: string; runs: FixtureRun[] }[] = [...runsBySet].map(([name, runs]) => ({ name, runs }));
  if (sets.length > 1) sections.push({ name: 'all', runs: all });

  if (opts.json) {
    const report = {
      extractor: extractorEntry(),
      summaries: Object.fromEntries(sections.map((s) => [s.name, summarize(s.runs.map((r) => r.score))])),
      fixtures: all.map((r) => ({ set: r.fixture.set, error: r.error, ...r.score })),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    if (opts.verbose) process.stdout.write(`${formatDetails(all)}\n`);
    for (const s of sections) {
      const summary = summarize(s.runs.map((r) => r.score));
      process.stdout.write(`${formatSummary(s.name, summary)}\n\n`);
      if (opts.causes) process.stdout.write(`${formatMissCauses(s.name, summary)}\n\n`);
    }
    const errors = all.filter((r) => r.error !== null).length;
    if (errors > 0) process.stdout.write(`extractor threw on ${errors} fixture(s); see --verbose\n`);
  }
}
