import { describe, expect, it } from 'vitest';
import { ByteCodeColumnBuilder } from '../../../src/data/typing/codeColumnBuilder.ts';
import { typeColumn } from '../../../src/data/typing/columnTyping.ts';
import { encodeTexts, type EncodedColumn } from '../../../src/core/columns/encodedColumn.ts';
import { columnVector } from '../../../src/data/arrowColumns.ts';
import { columnQualityIssues } from '../../../src/core/inspection/qualityChecks.ts';

/** A column read from the UTF-8 bytes of these cells. */
function readColumn(cells: string[]) {
  const builder = new ByteCodeColumnBuilder();
  for (const cell of cells) {
    const bytes = new TextEncoder().encode(cell);
    builder.addBytes(bytes, 0, bytes.length);
  }
  return builder.finish() as EncodedColumn;
}

describe('what a column read from bytes tells of its texts', () => {
  it('ByteCodeColumnBuilder.finish says a column is blank-free only when no value is empty or starts with a space or a non-ASCII character', () => {
    expect(readColumn(['C1', 'C2', 'C1']).blankFree).toBe(true);
    expect(readColumn(['C1', '']).blankFree).toBe(false);
    expect(readColumn(['C1', '   ']).blankFree).toBe(false);
    expect(readColumn(['C1', '\t']).blankFree).toBe(false);
    // U+3000 (ideographic space) and U+2003 are blank to String.trim; any non-ASCII start may be one.
    expect(readColumn(['C1', '\u3000']).blankFree).toBe(false);
    expect(readColumn(['C1', '\u2003x']).blankFree).toBe(false);
  });

  it('typeColumn types a blank-free column read from bytes as the same texts read as strings', () => {
    for (const cells of [
      ['C091012', 'C000001', 'C091012', 'B7'],
      ['a', ' ', 'b', '\u3000', 'a'],
      ['', 'x'],
      ['客户', '\u2003', '客户'],
    ]) {
      // What only bytes tell (their UTF-8 as read, no formula) aside.
      const { utf8: _, formulaFree: __, ...fromBytes } = typeColumn(readColumn(cells), 'code', {}).column;
      const fromTexts = typeColumn(encodeTexts(cells), 'code', {}).column;
      expect(fromBytes).toEqual(fromTexts);
    }
  });

  it('a column typed from UTF-8 bytes goes to Arrow with the bytes as read, the same cells as from strings', () => {
    // Repeating values (a dictionary vector), non-ASCII, an emoji, a BOM inside a value.
    const cells = ['C1', '客户', 'x😀y', '\ufeffb', 'C1', '客户', 'C1', 'é', 'C1', 'C1'];
    const fromBytes = typeColumn(readColumn(cells), 'code', { columnTypes: { code: 'categorical' } }).column;
    expect(fromBytes.utf8).toBeDefined();
    const fromTexts = typeColumn(encodeTexts(cells), 'code', { columnTypes: { code: 'categorical' } }).column;
    expect(fromTexts.utf8).toBeUndefined();
    expect([...columnVector(fromBytes)]).toEqual([...columnVector(fromTexts)]);
    // (Arrow's reader drops a BOM at the start of a string, whichever way it was written.)
    expect([...columnVector(fromBytes)]).toEqual(cells.map((c) => c.replace(/^\ufeff/, '')));
  });

  it('a column read from bytes reports formula-like cells exactly when its texts do', () => {
    const place = { rowOf: (i: number) => i + 2 };
    const options = { now: Date.now(), snapshot: false };
    for (const cells of [
      ['C1', 'C2', 'C3'],
      ['=HYPERLINK("x")', 'a', 'b'],
      ['+1 555', 'a', 'b'],
      ['-5', '@x', 'a'],
    ]) {
      const issues = (column: ReturnType<typeof readColumn>) =>
        columnQualityIssues(typeColumn(column, 'note', {}).column, 'attribute', place, options).filter(
          (i) => i.code === 'formula-like',
        );
      expect(issues(readColumn(cells))).toEqual(issues(encodeTexts(cells)));
    }
  });
});
