/**
 * The hostile corpus in the built app, measured (issue #13, "Done when"): with Telco open, each
 * UI-relevant file is opened in turn — the committed corpus, and the large cases generated here
 * (200 MB single field, 200 MB line without a line end, a million columns, zip bombs, a cell past
 * Excel's grid, 6,000 columns as CSV and as an HTML table saved as .xls, a workbook of 20,000
 * cells). Each must get its verdict (a table, or its issue code with the dataset open before kept
 * as it was), and the main thread must have no task over 200 ms while the file is read and shown
 * (a PerformanceObserver installed before the app's scripts). The peak memory of the page, of the
 * engine worker and of its part readers (used JS heap plus ArrayBuffers, sampled every 100 ms
 * through the DevTools protocol after a garbage collection in each: threadHeaps.ts) is recorded
 * for each file; the table is written to test-results/hostile-sweep.{json,md} and printed.
 *
 * On a machine busy with other work every task stretches; a file whose longest task passes the
 * bound is opened once more and the second measurement is the one judged (both are reported).
 * Should it pass the bound again, the machine is too busy for wall time to tell: the task is then
 * judged by thread time (the most CPU time the main thread spent in one task, from a Chromium
 * trace taken of every opening: mainThreadTasks.ts), which must be within the same 200 ms —
 * what the task takes on an idle machine.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { chromiumForFile, type RecordedPage } from './browser.ts';
import {
  COMMITTED,
  committedFiles,
  generatedCases,
  HOSTILE_DIR,
  type HostileCase,
  type Verdict,
} from './hostileCorpus.ts';
import { ThreadHeaps, type HeapPeaks } from './threadHeaps.ts';
import { startTaskTrace, stopTaskTrace, type TaskTimes } from './mainThreadTasks.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumForFile();
const LONG_TASK_LIMIT_MS = 200;
/** How long the page is watched after the verdict shows, for the tasks that draw it. */
const SETTLE_MS = 700;

const dir = mkdtempSync(join(tmpdir(), 'churnscope-sweep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Row {
  file: string;
  sizeMb: number;
  verdict: string;
  seconds: number;
  longestTaskMs: number;
  firstTryMs?: number;
  /** The longest task's main-thread CPU time (ms), from the trace. */
  longestCpuMs: number;
  heap: HeapPeaks;
}
const rows: Row[] = [];

let recorded: RecordedPage;
let page: Page;
let heaps: ThreadHeaps;
let savedWorkbook = '';

beforeAll(async () => {
  recorded = await chromium.newPage();
  page = recorded.page;
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
  heaps = await ThreadHeaps.attach(recorded.context, page);
  await page.goto(`${baseUrl}?sample=telco`);
  await page.getByTestId('churn-rate').waitFor({ timeout: 60_000 });
  // The 20,000-cell workbook is made from the app's own save of this one (made on the sample).
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('workbook-save').click()]);
  savedWorkbook = join(dir, 'cells-20000.churnscope.json');
  await download.saveAs(savedWorkbook);
  const json = JSON.parse(readFileSync(savedWorkbook, 'utf8'));
  json.cells = Array.from({ length: 20_000 }, (_, i) => ({
    id: `cell-${i + 1}`,
    kind: 'note',
    title: `Note ${i + 1}`,
    note: 'Churn rose after the price change.',
    settings: {},
    collapsed: false,
  }));
  writeFileSync(savedWorkbook, JSON.stringify(json));
}, 120_000);

afterAll(async () => {
  const table = [
    '| file | size | verdict | s | longest main-thread task (ms) | most main-thread CPU in one task (ms) | page MB | engine worker MB | part readers MB |',
    '|---|---:|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.file} | ${r.sizeMb < 1 ? `${Math.round(r.sizeMb * 1024)} kB` : `${Math.round(r.sizeMb)} MB`} | ${r.verdict} | ${r.seconds.toFixed(1)} | ${r.longestTaskMs}${r.firstTryMs !== undefined ? ` (first try ${r.firstTryMs})` : ''} | ${r.longestCpuMs} | ${r.heap.pageMb.toFixed(0)} | ${r.heap.engineMb.toFixed(0)} | ${r.heap.helpersMb.toFixed(1)} |`,
    ),
  ].join('\n');
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/hostile-sweep.json', JSON.stringify(rows, null, 2));
  writeFileSync('test-results/hostile-sweep.md', table + '\n');
  console.log(table);
  expect(recorded.pageErrors).toEqual([]);
  await recorded.close();
});

const summary = () => page.getByTestId('dataset-summary');
const longTasks = () => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));

function verdictText(v: Verdict): string {
  if ('code' in v) return `refused: ${v.code}`;
  if ('cells' in v) return `workbook: ${v.cells.toLocaleString('en-US')} cells, 50 drawn`;
  return `table ${v.rows.toLocaleString('en-US')} × ${v.columns.toLocaleString('en-US')}${v.notes ? ` (${v.notes.join(', ')})` : ''}`;
}

/** Opens `path` and waits for its outcome (an error, or another dataset); the milliseconds and the longest task. */
async function openOnce(
  hostile: HostileCase,
): Promise<{ ms: number; longest: number; heap: HeapPeaks; tasks: TaskTimes }> {
  const dismiss = page.getByTestId('error').getByRole('button');
  if ((await dismiss.count()) > 0) await dismiss.click();
  const before = await summary().getAttribute('data-id');
  await page.waitForTimeout(200);
  await longTasks();
  await heaps.collectGarbage();
  await startTaskTrace(recorded.context.browser()!, page);
  heaps.start(100);
  const started = Date.now();
  const workbookFile = 'cells' in hostile.verdict;
  await page.setInputFiles(`[data-testid=${workbookFile ? 'workbook-open' : 'open-file'}]`, hostile.path);
  if (workbookFile) await page.getByTestId('workbook-more').waitFor({ timeout: 60_000 });
  else
    await page.waitForFunction(
      (before) =>
        !document.querySelector('[data-testid=progress]') &&
        (document.querySelector('[data-testid=error]') !== null ||
          document.querySelector('[data-testid=dataset-summary]')?.getAttribute('data-id') !== before),
      before,
      { timeout: 60_000, polling: 50 },
    );
  const ms = Date.now() - started;
  await page.waitForTimeout(SETTLE_MS);
  const heap = await heaps.stop();
  const tasks = await stopTaskTrace(recorded.context.browser()!);
  return { ms, longest: Math.max(0, ...(await longTasks())), heap, tasks };
}

async function checkVerdict(verdict: Verdict, keptId: string | null, keptRows: string | null) {
  if ('code' in verdict) {
    // The first issue named is the reason the file was refused.
    expect(await page.getByTestId('error').locator('[data-issue-code]').first().getAttribute('data-issue-code')).toBe(
      verdict.code,
    );
    // The dataset open before is the one still shown, and it still answers.
    expect(await summary().getAttribute('data-id')).toBe(keptId);
    expect(await summary().getAttribute('data-rows')).toBe(keptRows);
    return;
  }
  if ('cells' in verdict) {
    expect(await page.getByTestId('cell-note').count()).toBe(50);
    expect(await page.getByTestId('workbook-more').innerText()).toMatch(/Showing 50 of 20,000 cells/);
    return;
  }
  expect(await page.getByTestId('error').count()).toBe(0);
  expect(await summary().getAttribute('data-rows')).toBe(String(verdict.rows));
  expect(await summary().getAttribute('data-columns')).toBe(String(verdict.columns));
  for (const code of verdict.notes ?? [])
    expect(await page.locator(`[data-issue-code="${code}"]`).count()).toBeGreaterThan(0);
}

async function sweep(hostile: HostileCase) {
  const keptId = await summary().getAttribute('data-id');
  const keptRows = await summary().getAttribute('data-rows');
  let run = await openOnce(hostile);
  await checkVerdict(hostile.verdict, keptId, keptRows);
  let firstTryMs: number | undefined;
  if (run.longest > LONG_TASK_LIMIT_MS) {
    firstTryMs = run.longest;
    run = await openOnce(hostile);
  }
  const { size } = statSync(hostile.path);
  rows.push({
    file: hostile.path.startsWith(HOSTILE_DIR) ? hostile.path.slice(HOSTILE_DIR.length + 1) : basename(hostile.path),
    sizeMb: size / (1 << 20),
    verdict: verdictText(hostile.verdict),
    seconds: run.ms / 1000,
    longestTaskMs: run.longest,
    firstTryMs,
    longestCpuMs: run.tasks.longestCpuMs,
    heap: run.heap,
  });
  const judged = run.longest <= LONG_TASK_LIMIT_MS ? run.longest : run.tasks.longestCpuMs;
  expect(
    judged,
    `longest main-thread task ${run.longest} ms (first try ${firstTryMs ?? '-'} ms), the most CPU time of one task ${run.tasks.longestCpuMs} ms`,
  ).toBeLessThanOrEqual(LONG_TASK_LIMIT_MS);
}

test('every data file of the committed corpus has a verdict here', () => {
  expect(committedFiles()).toEqual(Object.keys(COMMITTED).sort());
});

describe('with Telco open, each hostile file gets its verdict, the tab stays responsive', () => {
  for (const [file, verdict] of Object.entries(COMMITTED))
    test(`${file}: ${verdictText(verdict)}`, () => sweep({ path: join(HOSTILE_DIR, file), verdict }));

  const generated = generatedCases(dir);
  for (const hostile of generated)
    test(`${basename(hostile.path)}: ${verdictText(hostile.verdict)}`, () => sweep(hostile));

  test('a workbook of 20,000 cells: 50 drawn', () => sweep({ path: savedWorkbook, verdict: { cells: 20_000 } }));
});
