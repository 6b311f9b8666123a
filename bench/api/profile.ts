/**
 * `tsx bench/api/profile.ts <bolt-uri> <cypher-file-or-text> [params-json] [runs]`: PROFILEs one
 * statement against the benchmark's database and prints the plan's operators with rows and db
 * hits, then times `runs` plain executions (the tool used to find the causes recorded in
 * docs/benchmarks.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';

function print(plan: ProfiledPlan, depth = 0): void {
  const details = typeof plan.arguments['Details'] === 'string' ? String(plan.arguments['Details']).slice(0, 160) : '';
  process.stdout.write(`${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} hits=${plan.dbHits} ${details}\n`);
  for (const child of plan.children) print(child, depth + 1);
}

const [uri, source, json, runs] = process.argv.slice(2);
if (uri === undefined || source === undefined) throw new Error('usage: profile.ts <bolt-uri> <cypher-file-or-text> [params-json]');
const text = existsSync(source) ? readFileSync(source, 'utf8') : source;
const params = (json === undefined ? {} : JSON.parse(json)) as Record<string, unknown>;
for (const [k, v] of Object.entries(params)) if (Number.isInteger(v) && k === 'limit') params[k] = neo4j.int(v as number);
const driver = neo4j.driver(uri);
try {
  const t = performance.now();
  const res = await driver.executeQuery(`PROFILE ${text.replace(/^\s*\/\/.*$/gm, '')}`, params, { routing: 'READ' });
  process.stdout.write(`${res.records.length} rows in ${Math.round(performance.now() - t)} ms\n`);
  if (res.summary.profile) print(res.summary.profile);
  const times: number[] = [];
  for (let i = 0; i < Number(runs ?? 5); i++) {
    const t1 = performance.now();
    await driver.executeQuery(text, params, { routing: 'READ' });
    times.push(Math.round((performance.now() - t1) * 10) / 10);
  }
  process.stdout.write(`plain runs (ms): ${times.join(' ')}\n`);
} finally {
  await driver.close();
}
