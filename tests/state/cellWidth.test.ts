/** A cell's width on a wide screen (full or half) is kept in the workbook and checked when read. */
import { expect, test } from 'vitest';
import { Workbook } from '../../src/state/workbook.svelte.ts';

test('a new cell has no width (full); the saved workbook keeps the widths set', () => {
  const wb = new Workbook();
  const a = wb.addCell('note');
  const b = wb.addCell('note');
  expect(a.width).toBeUndefined();
  a.width = 'full';
  b.width = 'half';
  const read = Workbook.fromJSON(wb.toText());
  expect(read.ok && read.value.cells.map((c) => c.width)).toEqual(['full', 'half']);
});

test('a workbook without widths (saved before them) opens; an unknown width is refused naming the field', () => {
  const wb = new Workbook();
  wb.addCell('note');
  const data = wb.toJSON();
  expect(Workbook.fromJSON(JSON.stringify(data)).ok).toBe(true);
  const bad = Workbook.fromJSON(JSON.stringify({ ...data, cells: [{ ...data.cells[0], width: 'third' }] }));
  expect(bad.ok).toBe(false);
  if (!bad.ok) {
    expect(bad.error.problem?.code).toBe('not-one-of');
    expect(bad.error.problem?.field).toBe('cells[1].width');
    expect(bad.error.problem?.params).toEqual({ value: '"third"', allowed: 'full, half' });
  }
});
