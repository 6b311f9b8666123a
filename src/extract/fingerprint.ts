import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../errors.js';

/**
 * The extractor's version as a short hex string: sha256 over everything an extraction result
 * depends on besides the article. Ingestion stores it on each article, so a rerun after a change
 * of the extractor re-extracts instead of skipping.
 *
 * - the extractor's own modules: every file of this directory and its subdirectories with this
 *   module's extension (`.ts` when run from the sources, `.js` from `dist/`), sorted by path;
 * - `data/*.json`, sorted by name;
 * - the versions of this package and of the packages the gazetteer and the NLP model come from;
 * - the contents of the user's lexicon files, in the order given (later files win).
 *
 * Line endings are normalised, paths are not hashed: the same code and data give the same
 * fingerprint on every machine. The sources and the build hash differently (they are different
 * files), so articles loaded from one are re-extracted once by the other.
 */

/** Packages whose data or model the extractor reads (see knowledge.ts and nlp.ts). */
const DATA_PACKAGES = ['countries-list', 'i18n-iso-countries', 'i18n-nationality', 'wink-eng-lite-web-model', 'wink-nlp'] as const;

const FINGERPRINT_LENGTH = 16;

let base: string | null = null;

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new AppError('CONFIG', `cannot read ${path} for the extractor fingerprint: ${reason}`, { cause });
  }
}

/** Files with the extension under `dir`, subdirectories included, as sorted relative paths. */
function filesIn(dir: string, extension: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      if (entry.isDirectory()) return filesIn(join(dir, entry.name), extension, `${prefix}${entry.name}/`);
      return entry.name.endsWith(extension) && !entry.name.endsWith(`.d${extension}`) ? [`${prefix}${entry.name}`] : [];
    })
    .sort();
}

/** The extractor's own modules the fingerprint covers, as paths relative to its directory. */
export function extractorModules(): string[] {
  const self = fileURLToPath(import.meta.url);
  return filesIn(dirname(self), self.slice(self.lastIndexOf('.')));
}

/** The installed version of a package: the nearest package.json above its entry point with its name. */
function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (json.name === name) return String(json.version);
    } catch {
      // No package.json here: go up.
    }
    const parent = dirname(dir);
    if (parent === dir) throw new AppError('CONFIG', `cannot find the version of the package ${name}`);
    dir = parent;
  }
}

/** The part of the fingerprint that is the same for every extractor of this process. */
function baseFingerprint(): string {
  if (base !== null) return base;
  const moduleDir = dirname(fileURLToPath(import.meta.url));
  // `data/` and package.json at the package root: `src/extract/` and `dist/extract/` are both two levels down.
  const root = join(moduleDir, '..', '..');
  const dataDir = join(root, 'data');
  const hash = createHash('sha256');
  const add = (label: string, content: string): void => {
    hash.update(`${label}\u0000${content.length}\u0000${content}\u0000`);
  };
  for (const name of extractorModules()) add(`module:${name}`, readText(join(moduleDir, name)));
  for (const name of filesIn(dataDir, '.json')) add(`data:${name}`, readText(join(dataDir, name)));
  const own = JSON.parse(readText(join(root, 'package.json'))) as { version?: unknown };
  add('version', String(own.version));
  for (const name of DATA_PACKAGES) add(`package:${name}`, packageVersion(name));
  base = hash.digest('hex');
  return base;
}

/**
 * The fingerprint of an extractor built with these user lexicon files. Reads the files (the
 * extractor's own ones once per process); throws `AppError('CONFIG')` when one cannot be read.
 */
export function extractorFingerprint(lexiconFiles: readonly string[] = []): string {
  const hash = createHash('sha256').update(baseFingerprint());
  for (const file of lexiconFiles) {
    const content = readText(file);
    hash.update(`\u0000lexicon\u0000${content.length}\u0000${content}`);
  }
  return hash.digest('hex').slice(0, FINGERPRINT_LENGTH);
}
