/** The outline reorders cells with the workbook's own moves: a step (buttons, Alt+↑↓) or a drop at a position (drag). */
import { expect, test } from 'vitest';
import { Workbook } from '../../src/state/workbook.svelte.ts';

function workbookOf(count: number): { wb: Workbook; ids: string[] } {
  const wb = new Workbook();
  for (let i = 0; i < count; i++) wb.addCell(i % 2 ? 'note' : 'monthly-churn').title = `c${i}`;
  return { wb, ids: wb.cells.map((c) => c.id) };
}
const titles = (wb: Workbook) => wb.cells.map((c) => c.title);

test('moveCellTo drops a cell at the position asked for, the others keeping their order', () => {
  const { wb, ids } = workbookOf(5);
  // Dragged down: c0 onto the place of c3.
  wb.moveCellTo(ids[0], 3);
  expect(titles(wb)).toEqual(['c1', 'c2', 'c3', 'c0', 'c4']);
  // Dragged up: c4 to the top.
  wb.moveCellTo(ids[4], 0);
  expect(titles(wb)).toEqual(['c4', 'c1', 'c2', 'c3', 'c0']);
  // Onto its own place: nothing changes.
  wb.moveCellTo(ids[2], 2);
  expect(titles(wb)).toEqual(['c4', 'c1', 'c2', 'c3', 'c0']);
});

test('moveCellTo clamps out-of-range positions and ignores unknown ids and non-numbers', () => {
  const { wb, ids } = workbookOf(4);
  wb.moveCellTo(ids[1], 99);
  expect(titles(wb)).toEqual(['c0', 'c2', 'c3', 'c1']);
  wb.moveCellTo(ids[3], -5);
  expect(titles(wb)).toEqual(['c3', 'c0', 'c2', 'c1']);
  wb.moveCellTo('cell-404', 0);
  wb.moveCellTo(ids[0], Number.NaN);
  expect(titles(wb)).toEqual(['c3', 'c0', 'c2', 'c1']);
});

test('a step at the ends stays put, and twenty steps walk a cell through twenty cells (keyboard reorder)', () => {
  const { wb, ids } = workbookOf(20);
  wb.moveCell(ids[0], -1);
  wb.moveCell(ids[19], 1);
  expect(titles(wb)).toEqual(ids.map((_, i) => `c${i}`));
  for (let i = 0; i < 19; i++) wb.moveCell(ids[0], 1);
  expect(wb.cells.map((c) => c.id).indexOf(ids[0])).toBe(19);
  expect(titles(wb).slice(0, 3)).toEqual(['c1', 'c2', 'c3']);
  // The moves keep the cells themselves: same ids, same count, saved in the new order.
  expect(new Set(wb.toJSON().cells.map((c) => c.id))).toEqual(new Set(ids));
  expect(wb.toJSON().cells.at(-1)?.title).toBe('c0');
});
