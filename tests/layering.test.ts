import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rule in eslint.config.js, exercised on snippets placed (virtually) in each folder.
const configFile = fileURLToPath(new URL('../eslint.config.js', import.meta.url));
const eslint = new ESLint({ overrideConfigFile: configFile });

async function layeringViolations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal, `${filePath} did not parse`).toEqual([]);
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('no-restricted-imports enforces the layers', () => {
  it('rejects comlink in src/core', async () => {
    const messages = await layeringViolations(
      'src/core/x.ts',
      "import * as Comlink from 'comlink';\nexport const c = Comlink;\n",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('src/core');
  });

  it('rejects svelte subpaths, plot, papaparse and arrow in src/core', async () => {
    const code = [
      "import { writable } from 'svelte/store';",
      "import * as Plot from '@observablehq/plot';",
      "import Papa from 'papaparse';",
      "import { tableFromArrays } from 'apache-arrow';",
      'export const all = [writable, Plot, Papa, tableFromArrays];',
    ].join('\n');
    expect(await layeringViolations('src/core/x.ts', code)).toHaveLength(4);
  });

  it('rejects data and engine internals in src/core, at any depth', async () => {
    const code = [
      "import { readDelimited } from './data/delimitedReader.ts';",
      "import { createEngine } from './engine/engine.ts';",
      "import { loadDataset } from '../engine/datasetLoading.ts';",
      'export const all = [readDelimited, createEngine, loadDataset];',
    ].join('\n');
    expect(await layeringViolations('src/core/sub/x.ts', code)).toHaveLength(3);
  });

  it('allows src/core to import the engine contract and its own files', async () => {
    const code = [
      "import { ROLES, type Role } from './engine/api.ts';",
      "import { isNullToken } from './unit/nullTokens.ts';",
      'export const first: Role = ROLES[0];',
      'export const n = isNullToken;',
    ].join('\n');
    expect(await layeringViolations('src/core/x.ts', code)).toEqual([]);
  });

  it('keeps src/sql pure: no engine internals, data, Arrow or Comlink; core and the contract allowed', async () => {
    const bad = [
      "import * as Comlink from 'comlink';",
      "import { tableFromArrays } from 'apache-arrow';",
      "import { buildCustomerTable } from '../engine/customers/customerTableBuilding.ts';",
      "import { readSource } from '../data/sourceReading.ts';",
      'export const all = [Comlink, tableFromArrays, buildCustomerTable, readSource];',
    ].join('\n');
    expect(await layeringViolations('src/sql/x.ts', bad)).toHaveLength(4);
    const good = [
      "import type { Role } from '../engine/api.ts';",
      "import { DAYS_PER_UNIT } from '../core/customers/customerTable.ts';",
      'export const r: Role | number = DAYS_PER_UNIT.days;',
    ].join('\n');
    expect(await layeringViolations('src/sql/x.ts', good)).toEqual([]);
  });

  it('rejects comlink in src/engine', async () => {
    const code = "import * as Comlink from 'comlink';\nexport const c = Comlink;\n";
    expect(await layeringViolations('src/engine/engine.ts', code)).toHaveLength(1);
  });

  it('allows src/engine to use data, core and apache-arrow', async () => {
    const code = [
      "import { tableToIPC } from 'apache-arrow';",
      "import { readSource } from './data/sourceReading.ts';",
      "import { detectShape } from './core/shapeDetection.ts';",
      'export const all = [tableToIPC, readSource, detectShape];',
    ].join('\n');
    expect(await layeringViolations('src/engine/x.ts', code)).toEqual([]);
  });

  it('rejects data in src/charts but allows engine/api.ts types', async () => {
    const code = [
      "import { arrowTable } from '../data/arrowColumns.ts';",
      "import type { DatasetSummary } from '../engine/api.ts';",
      'export const f = (s: DatasetSummary) => arrowTable ?? s;',
    ].join('\n');
    expect(await layeringViolations('src/charts/retention/retentionPlot.ts', code)).toHaveLength(1);
  });

  it('rejects core in a Svelte component and comlink in a runes class', async () => {
    const component = [
      '<script lang="ts">',
      "  import { kaplanMeier } from './core/kaplanMeier.ts';",
      "  import type { Issue } from './engine/api.ts';",
      '  let { issues }: { issues: Issue[] } = $props();',
      '</script>',
      '<p>{issues.length} {kaplanMeier}</p>',
    ].join('\n');
    expect(await layeringViolations('src/components/IssueList.svelte', component)).toHaveLength(1);

    const runes = "import * as Comlink from 'comlink';\nexport class Workbook {\n  c = $state(Comlink);\n}\n";
    expect(await layeringViolations('src/state/workbook.svelte.ts', runes)).toHaveLength(1);
  });

  it('keeps workers to the engine and comlink', async () => {
    const allowed = [
      "import * as Comlink from 'comlink';",
      "import { createEngine } from './src/engine/engine.ts';",
      'Comlink.expose(createEngine());',
    ].join('\n');
    expect(await layeringViolations('workers/engine.worker.ts', allowed)).toEqual([]);

    const reachingIn =
      "import { readDelimited } from './src/data/delimitedReader.ts';\nexport const r = readDelimited;\n";
    expect(await layeringViolations('workers/engine.worker.ts', reachingIn)).toHaveLength(1);
  });

  it('keeps src/client to the engine contract', async () => {
    const code = [
      "import * as Comlink from 'comlink';",
      "import type { EngineApi } from './engine/api.ts';",
      "import { createEngine } from './engine/engine.ts';",
      'export const all = [Comlink, createEngine, null as unknown as EngineApi];',
    ].join('\n');
    expect(await layeringViolations('src/client/engineClient.ts', code)).toHaveLength(1);
  });

  it('keeps src/workbook to state, charts and components, and components out of the workbook', async () => {
    const cell = [
      '<script lang="ts">',
      "  import { createEngine } from '../../../engine/engine.ts';",
      "  import { startEngineWorker } from '../../../client/engineClient.ts';",
      "  import type { CellProps } from '../cell.ts';",
      '  let { cell }: CellProps = $props();',
      '</script>',
      '<p>{cell.id} {createEngine} {startEngineWorker}</p>',
    ].join('\n');
    expect(await layeringViolations('src/workbook/cells/survival/Cell.svelte', cell)).toHaveLength(2);

    const generic = "import { CELLS } from '../workbook/cells/registry.ts';\nexport const c = CELLS;\n";
    expect(await layeringViolations('src/components/x.ts', generic)).toHaveLength(1);
  });
});
