import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { availableParallelism } from 'node:os';

// Vitest 5's reporter calls Map.groupBy (Node 21+); Node 20 is what CI has, so supply it here,
// in the config that the reporting process loads, until the machines move to Node 22.
type GroupBy = <K, V>(items: Iterable<V>, key: (v: V, i: number) => K) => Map<K, V[]>;
const mapWithGroupBy = Map as unknown as { groupBy?: GroupBy };
mapWithGroupBy.groupBy ??= (items, key) => {
  const groups = new Map();
  let i = 0;
  for (const item of items) {
    const k = key(item, i++);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
};

// The test tree mirrors src/ (tests/core, tests/data, tests/engine, …); the browser tests run apart.
const unitFiles = ['tests/**/*.test.ts'];
const browserFiles = ['tests/browser/**/*.test.ts'];
// The pushed-down SQL on the 5M-row log in DuckDB and ClickHouse (~140 s of CPU, ~6 GB): more than
// npm test's time budget; `npm run test:scale` runs it, and CI runs that after npm test.
const scaleFiles = ['tests/sql/fiveMillion.test.ts'];
// Browser files that judge time (Cancel within a second, redraws under 100 ms, the longest task
// of the main thread): run one at a time, after the others, which run two at a time.
const timedBrowserFiles = [
  'cancelStages',
  'clusters',
  'hostileSweep',
  'riskModel',
  'valueRiskQuadrant',
  'wideData',
].map((name) => `tests/browser/${name}.test.ts`);

export default defineConfig({
  plugins: [svelte()],
  test: {
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine, where the unit
    // files then run one after another while the other core idles (the browser files that judge
    // time run one at a time whatever this says: fileParallelism below).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: unitFiles,
          exclude: [...browserFiles, ...scaleFiles],
          environment: 'node',
          testTimeout: 60_000,
          globalSetup: ['tests/cli/cliBundle.ts'],
        },
      },
      // One suite under another zone: dates must not depend on the machine's time zone. The engine's
      // tests run again there, less those that read no dates or only repeat others' paths: model
      // fitting on fixed features, size-limit and fuzz files, the byte readers, and the Comlink copy
      // of the engine tests (engineDirect runs the same calls).
      {
        extends: true,
        test: {
          name: 'unit-tz',
          include: ['tests/**/*date*.test.ts', 'tests/engine/**/*.test.ts'],
          exclude: [
            'tests/engine/analyses/clusters*.test.ts',
            'tests/engine/analyses/customer-value.test.ts',
            'tests/engine/analyses/value-tiers.test.ts',
            'tests/engine/analyses/risk-models.test.ts',
            'tests/engine/analyses/risk-model-compare.test.ts',
            'tests/engine/*Fuzz.test.ts',
            'tests/engine/hostileLimits.test.ts',
            'tests/engine/engineComlink.test.ts',
            'tests/engine/loading/fileBytes.test.ts',
            'tests/engine/loading/parallelRead.test.ts',
            'tests/engine/customers/idSpellings.test.ts',
          ],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'scale',
          include: scaleFiles,
          environment: 'node',
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: browserFiles,
          exclude: timedBrowserFiles,
          environment: 'node',
          globalSetup: ['tests/browser/serve.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser-timed',
          include: timedBrowserFiles,
          environment: 'node',
          globalSetup: ['tests/browser/serve.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
