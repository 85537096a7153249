import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RowMap } from '../../../src/data/buffers/rowMap.ts';
import { RowNumbers } from '../../../src/data/rowIssues.ts';

/** Row numbers as a reader keeps them: increasing, with gaps where records were skipped. */
const rowNumbers = fc
  .array(fc.oneof({ weight: 8, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 5 }) }), {
    maxLength: 300,
  })
  .map((steps) => {
    let row = 1;
    return steps.map((step) => (row += step));
  });

describe('RowMap', () => {
  it('RowMap.of gives back every row number, by index, in slices and in order', () => {
    fc.assert(
      fc.property(rowNumbers, fc.nat(), fc.nat(), (rows, a, b) => {
        const map = RowMap.of(rows);
        expect(map.length).toBe(rows.length);
        expect([...map]).toEqual(rows);
        rows.forEach((row, i) => expect(map.at(i)).toBe(row));
        const from = rows.length === 0 ? 0 : a % rows.length;
        const to = from + (b % 50);
        expect(Array.from(map.slice(from, to))).toEqual(rows.slice(from, to));
      }),
      { numRuns: 300, seed: 1 },
    );
  });

  it('RowMap.concat numbers appended tables one after another', () => {
    fc.assert(
      fc.property(fc.array(rowNumbers, { maxLength: 5 }), (tables) => {
        expect([...RowMap.concat(tables.map((rows) => RowMap.of(rows)))]).toEqual(tables.flat());
      }),
      { numRuns: 200, seed: 2 },
    );
  });

  it('RowNumbers kept one by one, in runs, and appended from parts give the same row numbers', () => {
    fc.assert(
      fc.property(rowNumbers, fc.nat(300), (rows, cut) => {
        const at = Math.min(cut, rows.length);
        // This thread keeps the first rows one at a time; a part (rows counted from its own start) is appended.
        const here = new RowNumbers();
        for (const row of rows.slice(0, at)) here.push(row);
        const offset = at === 0 ? 0 : rows[at - 1];
        const part = new RowNumbers();
        let k = at;
        while (k < rows.length) {
          let run = 1;
          while (k + run < rows.length && rows[k + run] === rows[k] + run) run++;
          part.pushRun(rows[k] - offset, run);
          k += run;
        }
        here.appendShifted(part.plain(), offset);
        expect(here.length).toBe(rows.length);
        expect([...here.map()]).toEqual(rows);
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
