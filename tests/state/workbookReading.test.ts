/**
 * Workbook.readText checks a large workbook's cells a slice at a time between tasks, and must
 * answer exactly as fromJSON does: the same workbook, the same first fault (a duplicate id whose
 * first use lies in an earlier slice is still found), and faults of other fields named first.
 */
import { expect, test } from 'vitest';
import { Workbook } from '../../src/state/workbook.svelte.ts';

const cells = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `cell-${i + 1}`,
    kind: 'note',
    title: `Note ${i + 1}`,
    note: '',
    settings: {},
    collapsed: false,
  }));
const book = (list: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 1, source: [], roles: {}, cells: list, ...extra });

test('Workbook.readText opens a 20,000-cell workbook as fromJSON does, yielding between slices', async () => {
  const text = book(cells(20_000));
  let ticks = 0;
  const counting = setInterval(() => ticks++, 0);
  const read = await Workbook.readText(text);
  clearInterval(counting);
  expect(read.ok).toBe(true);
  expect(read.ok && read.value.toJSON()).toEqual(Workbook.fromJSON(text).ok && JSON.parse(text));
  // 10 slices of 2,000: the timers of other work ran between them.
  expect(ticks).toBeGreaterThan(0);
});

test('Workbook.readText finds a duplicate id across slices, as fromJSON names it', async () => {
  const list = cells(5_000);
  list[4_500] = { ...list[4_500], id: 'cell-7' };
  const text = book(list);
  const read = await Workbook.readText(text);
  expect(read).toEqual(Workbook.fromJSON(text));
  expect(!read.ok && read.error.problem).toMatchObject({ field: 'cells[4501].id', code: 'not-unique' });
});

test('Workbook.readText names a damaged source before damaged cells, as fromJSON does', async () => {
  const list: unknown[] = cells(3_000);
  list[2_999] = 'not a cell';
  const text = book(list, { source: 'orders.csv' });
  const read = await Workbook.readText(text);
  expect(read).toEqual(Workbook.fromJSON(text));
  expect(!read.ok && read.error.problem?.field).toBe('source');
  // With the source right, the cell in the second slice is the fault named.
  const cellsOnly = await Workbook.readText(book(list));
  expect(!cellsOnly.ok && cellsOnly.error.problem?.field).toBe('cells[3000]');
  expect(await Workbook.readText('{"version": 1,')).toEqual(Workbook.fromJSON('{"version": 1,'));
});
