/**
 * GB18030/GBK files read from their bytes give exactly what decoding the whole file and
 * scanning the text gives (decodeText + readDelimited): the same cells, rows, issues and the
 * same "read as GB18030" notice; files that mix encodings or use `|` go the text way.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { byteDelimitedStart, readSource } from '../../../src/data/sourceReading.ts';
import { readDelimitedBytes } from '../../../src/data/delimited/delimitedReader.ts';
import type { ParseOptions } from '../../../src/engine/api.ts';
import type { RawTable } from '../../../src/data/rawTable.ts';
import { readContext } from '../formats/readContext.ts';
import { gbk } from './gbk.ts';
import { cellTexts, readAsText, tableCells } from '../tableCells.ts';

/** As tableCells, with the encoding the file was read in. */
function cells(raw: RawTable) {
  return { ...tableCells(raw), encoding: raw.encoding };
}

/** The text path, as readSource takes it for a file it cannot read from bytes. */
async function asText(bytes: Uint8Array, options: ParseOptions = {}) {
  return cells(await readAsText(bytes, options));
}

const lead = ['客户编号,城市,金额', ...Array.from({ length: 210 }, (_, i) => `C${i},"北京 ${i}",${i}.5`)];

describe('reading GB18030/GBK delimited files from their bytes', () => {
  it('readSource reads generated GBK exports from bytes exactly as the decoded text reads', async () => {
    const cell = fc.constantFrom(
      '',
      '上海',
      '深圳市',
      '"广州,天河"',
      '"多行\n备注"',
      '"引号""内"',
      '１２',
      '　',
      ' 成都 ',
      'abc',
      '12.5',
    );
    const row = fc.array(cell, { minLength: 1, maxLength: 4 }).map((r) => r.join(','));
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 60 }),
        fc.constantFrom('\n', '\r\n'),
        async (rows, nl) => {
          const bytes = gbk([...lead, ...rows].join(nl) + nl);
          const start = byteDelimitedStart(bytes, {});
          expect(start?.layout.decoding?.encoding).toBe('gb18030');
          // Read from bytes indeed (null would mean the text path took over).
          const direct = await readDelimitedBytes(
            bytes.subarray(start!.skip),
            readContext('t.csv'),
            start!.layout,
            undefined,
          );
          expect(direct).not.toBeNull();
          const raw = await readSource({ bytes }, readContext('t.csv', bytes.length), {});
          expect(cells(raw)).toEqual(await asText(bytes));
          expect(raw.encoding).toBe('gb18030');
          expect(raw.issues[0].code).toBe('encoding-detected');
        },
      ),
      { numRuns: 200, seed: 21 },
    );
  });

  it('a GBK file with semicolons or tabs is read from bytes; with `|` (a possible second byte) it is decoded first', async () => {
    for (const delimiter of [';', '\t', '|']) {
      const bytes = gbk(lead.map((l) => l.replaceAll(',', delimiter)).join('\n') + '\n');
      const start = byteDelimitedStart(bytes, {});
      expect(start === null).toBe(delimiter === '|');
      const raw = await readSource({ bytes }, readContext('t.csv', bytes.length), {});
      expect(cells(raw)).toEqual(await asText(bytes));
      expect(cellTexts(raw.columns[1])[0]).toBe('北京 0');
    }
  });

  it('a file whose first 64 KB are ASCII and whose later values are GBK is read from bytes as GB18030', async () => {
    const ascii = ['id,city,amount', ...Array.from({ length: 4000 }, (_, i) => `A${i},Paris,${i}`)];
    const bytes = gbk([...ascii, ...Array.from({ length: 50 }, (_, i) => `G${i},"南京 ${i}",${i}`)].join('\n') + '\n');
    expect(byteDelimitedStart(bytes, {})?.layout.decoding?.encoding).toBe('utf-8');
    const raw = await readSource({ bytes }, readContext('t.csv', bytes.length), {});
    expect(cells(raw)).toEqual(await asText(bytes));
    expect(raw.encoding).toBe('gb18030');
    expect(cellTexts(raw.columns[1])).toContain('南京 7');
    // It can be read from bytes as GB18030 (what readSource does after the UTF-8 attempt).
    const start = byteDelimitedStart(bytes, {})!;
    const gbLayout = { ...start.layout, decoding: { encoding: 'gb18030' as const, refuseUtf8: true } };
    expect(await readDelimitedBytes(bytes, readContext('t.csv'), gbLayout, undefined)).not.toBeNull();
    // The same with a UTF-8 line further down mixes encodings: the text path names the lines.
    const mixed = new Uint8Array([...bytes, ...new TextEncoder().encode('U1,上海,1\n')]);
    const mixedRaw = await readSource({ bytes: mixed }, readContext('t.csv', mixed.length), {});
    expect(cells(mixedRaw)).toEqual(await asText(mixed));
    expect(mixedRaw.issues.map((i) => i.code)).toContain('encoding-mixed');
  });

  it('a file mixing UTF-8 and GBK lines is not read from bytes: the text path reports the lines', async () => {
    const utf8Line = new TextEncoder().encode('C9,上海,1\n');
    for (const [where, bytes] of [
      ['in the first 64 KB', new Uint8Array([...gbk(lead.join('\n') + '\n'), ...utf8Line])],
      [
        'after the first 64 KB',
        new Uint8Array([
          ...gbk([...lead, ...Array.from({ length: 4000 }, (_, i) => `D${i},杭州,${i}`)].join('\n') + '\n'),
          ...utf8Line,
        ]),
      ],
    ] as const) {
      const raw = await readSource({ bytes }, readContext('t.csv', bytes.length), {});
      expect(cells(raw), where).toEqual(await asText(bytes));
      expect(
        raw.issues.map((i) => i.code),
        where,
      ).toContain('encoding-mixed');
    }
  });

  it('a chosen encoding is read as chosen: GB18030 from bytes (no mixed check), UTF-8 decoded as the text path does', async () => {
    const bytes = gbk(lead.join('\n') + '\n');
    const chosen = await readSource({ bytes }, readContext('t.csv', bytes.length), { encoding: 'gb18030' });
    expect(cells(chosen)).toEqual(await asText(bytes, { encoding: 'gb18030' }));
    expect(chosen.issues.map((i) => i.code)).not.toContain('encoding-invalid');
    const wrong = await readSource({ bytes }, readContext('t.csv', bytes.length), { encoding: 'utf-8' });
    expect(cells(wrong)).toEqual(await asText(bytes, { encoding: 'utf-8' }));
  });
});
