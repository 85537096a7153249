import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NumberLane, numberLaneFits } from '../../../src/data/delimited/numberLane.ts';
import { ByteCodeColumnBuilder } from '../../../src/data/typing/codeColumnBuilder.ts';
import { typeColumn, typeReadColumn } from '../../../src/data/typing/columnTyping.ts';
import { appendTables } from '../../../src/data/fileAppending.ts';
import { isNumberColumn, type NumberColumn } from '../../../src/data/buffers/numberColumn.ts';
import type { RawTable } from '../../../src/data/rawTable.ts';
import { asTexts } from '../tableCells.ts';
import { encodeTexts } from '../../../src/core/columns/encodedColumn.ts';
import { RowMap } from '../../../src/data/buffers/rowMap.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A plain number's text: sign, digits (no leading zero), `decimals` of them after the point. */
const plainNumber = (decimals: number) =>
  fc
    .tuple(fc.boolean(), fc.stringMatching(/^[1-9][0-9]{0,8}$/), fc.stringMatching(new RegExp(`^[0-9]{${decimals}}$`)))
    .map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${decimals > 0 ? `.${fraction}` : ''}`);

/** A column's cells read by a builder, with or without a number lane. */
function read(cells: string[], numbers: boolean) {
  const builder = new ByteCodeColumnBuilder(undefined, numbers);
  for (const cell of cells) {
    const b = bytes(cell);
    builder.addBytes(b, 0, b.length);
  }
  return builder.finish();
}

describe('NumberLane', () => {
  it('NumberLane.distinctCount counts as a Set does while its bitmaps grow (mantissas 0 to past 2^22, either sign)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(1 << 23), max: 1 << 23 }), { minLength: 1, maxLength: 300 }), (ints) => {
        const lane = new NumberLane();
        for (const n of ints) expect(lane.add(bytes(String(n)), 0, String(n).length)).toBe(true);
        // Zero has no sign of its own: -0 is not a plain number's text, and 0 counts once.
        expect(lane.distinctCount).toBe(new Set(ints).size);
        expect([...lane.finish().distinct].sort((a, b) => a - b)).toEqual([...new Set(ints)].sort((a, b) => a - b));
      }),
      { numRuns: 200, seed: 13 },
    );
  });

  it('NumberLane.add reads a plain number as Number does, and the number gives its text back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }).chain((d) => fc.tuple(fc.constant(d), plainNumber(d))),
        ([decimals, text]) => {
          const lane = new NumberLane();
          expect(lane.add(bytes(text), 0, text.length)).toBe(true);
          const v = lane.values.at(0);
          expect(v).toBe(Number(text));
          expect(v.toFixed(decimals)).toBe(text);
        },
      ),
      { numRuns: 500, seed: 3 },
    );
  });

  it('NumberLane.add refuses texts typing would not read plainly as that number, and other decimals', () => {
    for (const text of ['007', '00', '-0', '-0.00', '5.', '.5', '+5', '1e5', ' 5', '5 ', '1,000', '-', '0x1F']) {
      expect(new NumberLane().add(bytes(text), 0, text.length), text).toBe(false);
    }
    // Sixteen digits are more than a double holds exactly.
    expect(new NumberLane().add(bytes('1234567890123456'), 0, 16)).toBe(false);
    expect(new NumberLane().add(bytes('123456789012345'), 0, 15)).toBe(true);
    const lane = new NumberLane();
    expect(lane.add(bytes('1.50'), 0, 4)).toBe(true);
    expect(lane.add(bytes('2.5'), 0, 3)).toBe(false);
    expect(lane.add(bytes(''), 0, 0)).toBe(true);
    expect(lane.empties).toBe(1);
  });

  it('a number lane counts distinct numbers as a Set of the values does, small and large, signed, across appended parts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(plainNumber(1), fc.constantFrom('419430.4', '-419430.4', '0.0', '99999999.9', '-0.5')), {
          maxLength: 300,
        }),
        fc.nat(300),
        (cells, cut) => {
          // Read in two parts, the second appended to the first, as a helper's part is.
          const here = read(cells.slice(0, cut), true);
          const there = read(cells.slice(cut), true);
          if (!isNumberColumn(here) || !isNumberColumn(there)) return;
          const lane = new NumberLane();
          lane.append(here);
          lane.append(there);
          const distinct = new Set(cells.map(Number));
          expect(lane.distinctCount).toBe(distinct.size);
          expect(new Set(lane.finish().distinct)).toEqual(distinct);
        },
      ),
      { numRuns: 300, seed: 6 },
    );
  });

  it('numberLaneFits takes columns of plain numbers, not yes/no 0-1 columns, 8-digit dates, mixed decimals or empty columns', () => {
    const fits = (cells: string[]) => numberLaneFits(cells.map(bytes));
    expect(fits(['12', '', '-3', '40'])).toBe(true);
    expect(fits(['29.70', '1.05'])).toBe(true);
    expect(fits(['0', '1', '1', ''])).toBe(false);
    expect(fits(['20240105', '20231231'])).toBe(false);
    expect(fits(['20240105', '2023'])).toBe(true);
    expect(fits(['1.5', '2'])).toBe(false);
    expect(fits(['', ''])).toBe(false);
    expect(fits(['12', 'n/a'])).toBe(false);
  });

  it('a column read with a number lane gives the cells and codes of one read with a dictionary, wherever the lane ends', () => {
    const cell = fc.oneof(
      { weight: 12, arbitrary: plainNumber(2) },
      { weight: 2, arbitrary: fc.constant('') },
      { weight: 1, arbitrary: fc.constantFrom('7', '1.5', 'n/a', ' ', '0012', '-0.00') },
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 300 }), (cells) => {
        const texts = (column: ReturnType<typeof read>) => {
          const { codes, dictionary } = asTexts(column);
          return { codes: Array.from(codes), dictionary };
        };
        expect(texts(read(cells, true))).toEqual(texts(read(cells, false)));
      }),
      { numRuns: 400, seed: 4 },
    );
  });

  it('typeReadColumn types a number column as typing its texts does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }).chain((d) =>
          fc.array(fc.oneof({ weight: 9, arbitrary: plainNumber(d) }, { weight: 1, arbitrary: fc.constant('') }), {
            minLength: 1,
            maxLength: 200,
          }),
        ),
        fc.constantFrom('amount', 'qty', 'tenure'),
        (cells, name) => {
          const laned = read(cells, true);
          if (!isNumberColumn(laned)) return;
          const { column: fast } = typeReadColumn(laned, name, {});
          // The reference: typing the cells' own texts, as any other reader hands them over.
          const { column: slow } = typeColumn(encodeTexts(cells), name, {});
          expect(fast).toEqual(slow);
        },
      ),
      { numRuns: 400, seed: 5 },
    );
  });

  it('a number column the user gives another type is typed from its texts', () => {
    const laned = read(['12', '7', '', '12'], true) as NumberColumn;
    expect(isNumberColumn(laned)).toBe(true);
    const { column } = typeReadColumn(laned, 'code', { columnTypes: { code: 'identifier' } });
    expect(column.type).toBe('identifier');
    expect(column.data.kind === 'string' && column.data.dictionary).toEqual(['12', '7']);
  });

  it('appendTables keeps number columns numbers when every file has the same decimals, else reads them as texts', () => {
    const table = (cells: string[]): RawTable => ({
      names: ['v'],
      columns: [read(cells, true)],
      sourceRows: RowMap.of(cells.map((_, i) => i + 2)),
      issues: [],
      format: 'delimited',
    });
    const same = appendTables([
      { fileName: 'a.csv', raw: table(['1.50', '2.00', '']) },
      { fileName: 'b.csv', raw: table(['2.00', '3.25']) },
    ]).raw.columns[0];
    expect(isNumberColumn(same)).toBe(true);
    expect(Array.from((same as NumberColumn).values)).toEqual([1.5, 2, NaN, 2, 3.25]);
    expect((same as NumberColumn).distinct.length).toBe(3);
    const mixed = appendTables([
      { fileName: 'a.csv', raw: table(['1.50', '2.00']) },
      { fileName: 'b.csv', raw: table(['7', '8']) },
    ]).raw.columns[0];
    expect(isNumberColumn(mixed)).toBe(false);
    const { codes, dictionary } = asTexts(mixed);
    expect(Array.from(codes, (k) => dictionary[k])).toEqual(['1.50', '2.00', '7', '8']);
  });
});
