/**
 * The command line, bundled once per test run. Starting `node --import tsx cli/churnscope.ts`
 * costs about a second of CPU (tsx compiles the CLI's ~400 modules on each start), and the CLI
 * tests start it about a hundred times; the bundle starts in a tenth of that. It is written
 * beside the CLI's sources (cli/), so the paths the CLI finds from `import.meta.url` — its helper
 * threads, node_modules/.cache — are the same as when tsx runs it; packages stay external, so
 * DuckDB's native bindings and the rest load from node_modules as they do for a user.
 * Vitest runs this as a global setup, before any test file, in the main process.
 */
import { buildSync } from 'esbuild';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

export const CLI_BUNDLE = resolve(__dirname, '../../cli/.churnscope.test-bundle.mjs');

export function setup() {
  buildSync({
    entryPoints: [resolve(__dirname, '../../cli/churnscope.ts')],
    outfile: CLI_BUNDLE,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
}

export function teardown() {
  rmSync(CLI_BUNDLE, { force: true });
}
