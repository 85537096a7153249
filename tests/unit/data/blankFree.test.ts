import { describe, expect, it } from 'vitest';
import { ByteCodeColumnBuilder } from '../../../src/data/codeColumnBuilder.ts';
import { typeColumn } from '../../../src/data/columnTyping.ts';
import { encodeTexts } from '../../../src/core/encodedColumn.ts';

/** A column read from the UTF-8 bytes of these cells. */
function readColumn(cells: string[]) {
  const builder = new ByteCodeColumnBuilder();
  for (const cell of cells) {
    const bytes = new TextEncoder().encode(cell);
    builder.addBytes(bytes, 0, bytes.length);
  }
  return builder.finish();
}

describe('blank-free columns', () => {
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
      const fromBytes = typeColumn(readColumn(cells), 'code', {}).column;
      const fromTexts = typeColumn(encodeTexts(cells), 'code', {}).column;
      expect(fromBytes).toEqual(fromTexts);
    }
  });
});
