import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { excelSerialToMs } from '../../../src/core/cellText/dateText.ts';
import { UnreadableInput } from '../../../src/data/rawTable.ts';
import { readXlsx } from '../../../src/data/formats/xlsxReader.ts';
import { readContext } from './readContext.ts';

/** A workbook written by exceljs, an independent writer: two sheets, row 3 left out, F4 empty. */
async function customersWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Customers');
  ws.addRow(['id', 'name', 'signup', 'amount', 'active', 'label']);
  ws.addRow([1, '张三', new Date(Date.UTC(2024, 0, 15)), 12.5, true, { formula: 'B2&"!"', result: '张三!' }]);
  ws.getCell('A4').value = 3;
  ws.getCell('B4').value = { richText: [{ text: 'Ri', font: { bold: true } }, { text: 'ch & <co>' }] };
  ws.getCell('C4').value = new Date(Date.UTC(2024, 1, 29, 13, 45, 30));
  ws.getCell('C4').numFmt = 'yyyy-mm-dd hh:mm:ss';
  ws.getCell('D4').value = 0.1;
  ws.getCell('E4').value = { error: '#N/A' };
  const notes = wb.addWorksheet('Notes');
  notes.addRow([2024, 7]);
  notes.addRow([2025, 8]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A minimal workbook by hand, for what exceljs never writes (cells without r, inline strings, 1904 dates). */
function handWorkbook(
  sheetData: string,
  opts: { numFmts?: string; xfs?: string; date1904?: boolean } = {},
): Uint8Array {
  const ns =
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    'xl/workbook.xml': strToU8(
      `<workbook ${ns}>${opts.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships><Relationship Id="rId1" Type="${rel}/worksheet" Target="/xl/worksheets/s.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(
      `<styleSheet><numFmts>${opts.numFmts ?? ''}</numFmts><cellXfs><xf numFmtId="0"/>${opts.xfs ?? ''}</cellXfs></styleSheet>`,
    ),
    'xl/worksheets/s.xml': strToU8(`<worksheet ${ns}><sheetData>${sheetData}</sheetData></worksheet>`),
  });
}

describe('readXlsx', () => {
  it('readXlsx(bytes) reads the first sheet and lists every sheet', async () => {
    const t = await readXlsx(await customersWorkbook(), readContext('book.xlsx'), {});
    expect(t.format).toBe('xlsx');
    expect(t.sheet).toBe('Customers');
    expect(t.sheets).toEqual(['Customers', 'Notes']);
    expect(t.header).toBe(true);
    expect(t.names).toEqual(['id', 'name', 'signup', 'amount', 'active', 'label']);
  });

  it('readXlsx(bytes) reads text, numbers, booleans, formulas, errors and rich text as texts', async () => {
    const t = await readXlsx(await customersWorkbook(), readContext('book.xlsx'), {});
    expect(t.columns[0]).toEqual(['1', '3']);
    expect(t.columns[1]).toEqual(['张三', 'Rich & <co>']);
    expect(t.columns[3]).toEqual(['12.5', '0.1']);
    expect(t.columns[4]).toEqual(['TRUE', '#N/A']);
    expect(t.columns[5]).toEqual(['张三!', '']);
  });

  it('readXlsx(bytes) turns date-formatted serials into ISO dates', async () => {
    const t = await readXlsx(await customersWorkbook(), readContext('book.xlsx'), {});
    expect(t.columns[2]).toEqual(['2024-01-15', '2024-02-29T13:45:30']);
  });

  it('readXlsx(bytes) skips missing rows but keeps the spreadsheet row numbers', async () => {
    const t = await readXlsx(await customersWorkbook(), readContext('book.xlsx'), {});
    expect([...t.sourceRows]).toEqual([2, 4]);
  });

  it('readXlsx(bytes, ctx, {sheet}) reads the named sheet and names numeric columns column_N', async () => {
    const t = await readXlsx(await customersWorkbook(), readContext('book.xlsx'), { sheet: 'Notes' });
    expect(t.sheet).toBe('Notes');
    expect(t.header).toBe(false);
    expect(t.names).toEqual(['column_1', 'column_2']);
    expect(t.columns).toEqual([
      ['2024', '2025'],
      ['7', '8'],
    ]);
    expect([...t.sourceRows]).toEqual([1, 2]);
  });

  it('readXlsx(bytes, ctx, {header: false}) keeps the first row as data', async () => {
    const t = await readXlsx(await customersWorkbook(), readContext('book.xlsx'), { header: false });
    expect(t.names).toHaveLength(6);
    expect(t.columns[0]).toEqual(['id', '1', '3']);
    expect([...t.sourceRows]).toEqual([1, 2, 4]);
  });

  it('readXlsx(bytes, ctx, {sheet}) names the sheets there are when the sheet is missing', async () => {
    const read = readXlsx(await customersWorkbook(), readContext('book.xlsx'), { sheet: 'Orders' });
    await expect(read).rejects.toBeInstanceOf(UnreadableInput);
    await expect(read).rejects.toMatchObject({
      issue: {
        code: 'sheet-missing',
        message: 'No sheet named "Orders" in book.xlsx; its sheets are: Customers, Notes.',
      },
    });
  });

  it('readXlsx(bytes) reports a file cut short as truncated', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/bad/truncated.xlsx', import.meta.url)));
    const read = readXlsx(bytes, readContext('truncated.xlsx'), {});
    await expect(read).rejects.toMatchObject({ issue: { code: 'truncated-file', file: 'truncated.xlsx' } });
    await expect(read).rejects.toThrow(/truncated\.xlsx seems cut short or damaged.*again/);
  });

  it('readXlsx(bytes) places cells without r after the previous one and decodes entities', async () => {
    const bytes = handWorkbook(
      '<row><c t="inlineStr"><is><t>a&amp;b</t></is></c><c t="inlineStr"><is><t>x&#20013;&#x6587;</t></is></c></row>' +
        '<row><c><v>1</v></c><c r="C2" t="str"><v>&lt;&quot;&apos;&gt;</v></c></row>',
      {},
    );
    const t = await readXlsx(bytes, readContext('hand.xlsx'), { header: false });
    expect(t.columns).toEqual([
      ['a&b', '1'],
      ['x中文', ''],
      ['', `<"'>`],
    ]);
  });

  it('readXlsx(bytes) renames blank and repeated header cells', async () => {
    const bytes = handWorkbook(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="C1" t="inlineStr"><is><t>id</t></is></c></row><row r="2"><c r="B2"><v>5</v></c></row>',
    );
    const t = await readXlsx(bytes, readContext('hand.xlsx'), { header: true });
    expect(t.names).toEqual(['id', 'column_2', 'id_2']);
    expect(t.issues.map((i) => i.code)).toEqual(['blank-header', 'duplicate-header']);
  });

  it('readXlsx(bytes) ignores d, m, y, h and s inside quotes and brackets of number formats', async () => {
    const bytes = handWorkbook('<row><c s="1"><v>3.5</v></c><c s="2"><v>45000</v></c><c s="3"><v>45000</v></c></row>', {
      numFmts:
        '<numFmt numFmtId="164" formatCode="0.0&quot; days&quot;"/><numFmt numFmtId="165" formatCode="[Red]0"/><numFmt numFmtId="166" formatCode="d/m/yyyy"/>',
      xfs: '<xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/>',
    });
    const t = await readXlsx(bytes, readContext('hand.xlsx'), { header: false });
    expect(t.columns.map((c) => c[0])).toEqual(['3.5', '45000', '2023-03-15']);
  });

  it('readXlsx(bytes) counts serials from 1904 when the workbook says so', async () => {
    const bytes = handWorkbook('<row><c s="1"><v>0</v></c></row>', { xfs: '<xf numFmtId="14"/>', date1904: true });
    const t = await readXlsx(bytes, readContext('mac.xlsx'), { header: false });
    expect(t.columns[0]).toEqual(['1904-01-01']);
  });

  it('readXlsx(bytes) gives the event loop a turn every 5,000 rows', async () => {
    const rows = Array.from(
      { length: 12_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    ).join('');
    const ctx = readContext('big.xlsx');
    const t = await readXlsx(handWorkbook(rows), ctx, {});
    expect(t.columns[0]).toHaveLength(12_000);
    expect(ctx.checkpoints).toBe(2);
  });
});

describe('excelSerialToMs', () => {
  // Excel (1900 date system) shows =DATE(2023,3,15) formatted as General as 45000.
  it('excelSerialToMs(45000) is 2023-03-15', () => {
    expect(new Date(excelSerialToMs(45000)).toISOString()).toBe('2023-03-15T00:00:00.000Z');
  });
});
