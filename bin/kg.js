#!/usr/bin/env node
// Entry point of the `kg` command. Builds the TypeScript sources on first use so that a fresh
// clone needs no manual build step.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(new URL('../dist/cli/main.js', import.meta.url))) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('kg: the TypeScript build failed; run "npm run build" to see why.');
    process.exit(1);
  }
}
await import('../dist/cli/main.js');
