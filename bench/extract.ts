/**
 * `npm run bench:extract`: articles per second on one core for ~3 KB articles. Prints numbers and
 * asserts nothing (speed belongs here, not in tests).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createExtractor, toArticle } from '../src/extract/index.js';
import type { Article } from '../src/domain/index.js';

const samplesDir = new URL('../samples/', import.meta.url);
const texts = readdirSync(samplesDir)
  .sort()
  .map((file) => {
    const raw = readFileSync(new URL(file, samplesDir), 'utf8');
    return file.endsWith('.json') ? (JSON.parse(raw) as { text: string }).text : raw;
  });

// ~3 KB articles: each sample, topped up with the next ones, cut at a sentence end near 3,000 characters.
const articles: Article[] = texts.map((_, i) => {
  let body = '';
  for (let k = 0; body.length < 3000; k++) body += `${texts[(i + k) % texts.length] ?? ''}\n\n`;
  const cut = body.lastIndexOf('.', 3100);
  return toArticle({ id: `bench-${i}`, text: body.slice(0, cut + 1) });
});
const meanBytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / articles.length;

let t0 = performance.now();
const extractor = createExtractor();
const setupMs = performance.now() - t0;

// Warm-up, then timed rounds.
for (let i = 0; i < 200; i++) extractor.extract(articles[i % articles.length] as Article);
const rounds = 5;
const perRound = 600;
const rates: number[] = [];
// CPU time of this process as well as wall time: on a shared, loaded machine the wall-clock rate
// measures the neighbours; the CPU-time rate is what one free core would do (roughly).
const cpuRates: number[] = [];
let relations = 0;
for (let r = 0; r < rounds; r++) {
  t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < perRound; i++) relations += extractor.extract(articles[i % articles.length] as Article).relations.length;
  rates.push(perRound / ((performance.now() - t0) / 1000));
  const cpu = process.cpuUsage(c0);
  cpuRates.push(perRound / ((cpu.user + cpu.system) / 1e6));
}
cpuRates.sort((a, b) => a - b);
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)] ?? 0;
process.stdout.write(
  [
    `extract benchmark — node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} (one core, one thread)`,
    `setup (gazetteer + lexicon + model): ${setupMs.toFixed(0)} ms`,
    `articles: ${articles.length} distinct, mean ${meanBytes.toFixed(0)} bytes; ${rounds} rounds of ${perRound}`,
    `articles/s: median ${median.toFixed(0)} (min ${rates[0]?.toFixed(0)}, max ${rates[rates.length - 1]?.toFixed(0)}); ${(1000 / median).toFixed(2)} ms/article`,
    `articles per CPU-second: median ${(cpuRates[Math.floor(cpuRates.length / 2)] ?? 0).toFixed(0)}`,
    `load average while measuring: ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores`,
    `relations per article: ${(relations / (rounds * perRound)).toFixed(1)}`,
    '',
  ].join('\n'),
);
