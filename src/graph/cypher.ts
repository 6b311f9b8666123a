import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Cypher registry: every `cypher/**\/*.cypher` file read once, keyed by its path without the
 * extension (`relation/find-relations`). The same URL resolves from `src/graph` and `dist/graph`.
 */
export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...walk(path));
    else if (name.endsWith('.cypher')) files.push(path);
  }
  return files.sort();
}

/** Strips `//` comment lines, so the header stays in the file and out of the query log. */
function queryText(source: string): string {
  return source
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

let registry: ReadonlyMap<string, string> | undefined;

/** All queries, loaded on first use. */
export function cypherRegistry(dir: string = CYPHER_DIR): ReadonlyMap<string, string> {
  if (dir !== CYPHER_DIR) return load(dir);
  registry ??= load(dir);
  return registry;
}

function load(dir: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const file of walk(dir)) {
    const name = relative(dir, file).split(sep).join('/').replace(/\.cypher$/, '');
    map.set(name, queryText(readFileSync(file, 'utf8')));
  }
  return map;
}

/** The text of one query; a missing file is a programming error and fails loudly. */
export function cypher(name: string): string {
  const text = cypherRegistry().get(name);
  if (text === undefined) throw new Error(`No Cypher file cypher/${name}.cypher`);
  return text;
}
