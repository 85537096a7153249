import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../../../src/core/exports/exportTable.ts';
import { columnLetters, excelSerial } from '../../../src/core/xlsx/xlsxSheetXml.ts';
import { sheetName, xlsxFile } from '../../../src/core/xlsx/xlsxWorkbook.ts';
import { readXlsx } from '../../../src/data/formats/xlsxReader.ts';
import { readContext } from '../../data/formats/readContext.ts';

// Expectations written by hand from ECMA-376 Part 1 (SpreadsheetML): §18.3.1.4 cell references
// (A..Z, AA..), §18.17.4.1 the 1900 date system (serial 1 = 1900-01-01, with the phantom 1900-02-29,
// so 1970-01-01 is 25569), §18.8.30 built-in number formats (10 = 0.00 %, 4 = #,##0.00), §18.2.19
// sheet names (at most 31 characters, none of : \ / ? * [ ]).

function table(): ExportTable {
  return {
    columns: [
      { name: '客户', kind: 'text' },
      { name: 'orders', kind: 'integer' },
      { name: 'value', kind: 'money' },
      { name: 'rate', kind: 'percent' },
      { name: 'last_date', kind: 'date' },
      { name: 'note', kind: 'text' },
    ],
    rows: [
      ['张三', 3, 554604.0199999996, 0.25, '2024-01-15', "=cmd|' /C calc'!A0"],
      ['b & <c>', 1, 12.5, 0.123456789, null, ''],
    ],
    about: [
      { label: 'Churn definition', text: 'churned = more than 180 days without activity' },
      { label: 'As of', text: '1998-06-30' },
      { label: 'Data source', text: 'cdnow.csv' },
    ],
  };
}

describe('xlsx writer helpers', () => {
  it('columnLetters(index) counts A..Z, then AA (§18.3.1.4)', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(27)).toBe('AB');
    expect(columnLetters(701)).toBe('ZZ');
    expect(columnLetters(702)).toBe('AAA');
  });
  it('excelSerial(iso) counts days in the 1900 date system (§18.17.4.1)', () => {
    expect(excelSerial('1970-01-01')).toBe(25569);
    expect(excelSerial('1900-03-01')).toBe(61);
    expect(excelSerial('2024-01-15')).toBe(45306);
    expect(excelSerial('2024-01-15T12:00:00.000Z')).toBe(45306.5);
  });
  it('sheetName(name) drops the characters Excel forbids and keeps 31 characters (§18.2.19)', () => {
    expect(sheetName('a/b:c?[d]', 'x')).toBe('a b c  d');
    expect(sheetName('x'.repeat(40), 'y')).toHaveLength(31);
    expect(sheetName('  ', 'Data')).toBe('Data');
  });
});

describe('xlsxFile', () => {
  it('xlsxFile(table) writes typed cells with number formats and a stamp sheet', () => {
    const parts = unzipSync(xlsxFile(table()));
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']);
    const styles = strFromU8(parts['xl/styles.xml']);
    // Numbers are <v> without t=, text is an inline string, never a formula (<f>).
    expect(sheet).toContain('<c r="B2" s="2"><v>3</v></c>');
    expect(sheet).toContain('<c r="C2" s="3"><v>554604.02</v></c>');
    expect(sheet).toContain('<c r="D2" s="4"><v>0.25</v></c>');
    expect(sheet).toContain('<c r="E2" s="5"><v>45306</v></c>');
    expect(sheet).toContain('<c r="A3" t="inlineStr"><is><t xml:space="preserve">b &amp; &lt;c&gt;</t></is></c>');
    expect(sheet).not.toContain('<f>');
    expect(sheet).not.toContain('r="E3"');
    expect(sheet).toContain('state="frozen"');
    // cellXfs 2..6: #,##0, #,##0.00, 0.00%, yyyy-mm-dd, yyyy-mm-dd hh:mm:ss.
    expect(styles).toMatch(
      /<cellXfs count="7">.*numFmtId="3".*numFmtId="4".*numFmtId="10".*numFmtId="164".*numFmtId="165"/,
    );
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>');
    expect(strFromU8(parts['xl/workbook.xml'])).toContain('<sheet name="Data" sheetId="1" r:id="rId1"/>');
  });

  it('xlsxFile(table) reads back with our own xlsx reader: header, texts, numbers, dates', async () => {
    const t = await readXlsx(xlsxFile(table(), { data: '数据', about: '说明' }), readContext('t.xlsx'), {});
    expect(t.sheets).toEqual(['数据', '说明']);
    expect(t.names).toEqual(['客户', 'orders', 'value', 'rate', 'last_date', 'note']);
    expect(t.columns[0]).toEqual(['张三', 'b & <c>']);
    expect(t.columns[2]).toEqual(['554604.02', '12.5']);
    expect(t.columns[3]).toEqual(['0.25', '0.123457']);
    expect(t.columns[4]).toEqual(['2024-01-15', '']);
    expect(t.columns[5]).toEqual(["=cmd|' /C calc'!A0", '']);
    const about = await readXlsx(xlsxFile(table()), readContext('t.xlsx'), { sheet: 'About', header: false });
    expect(about.columns[0]).toEqual(['Churn definition', 'As of', 'Data source']);
    expect(about.columns[1]).toEqual(['churned = more than 180 days without activity', '1998-06-30', 'cdnow.csv']);
  });

  it('xlsxFile(table) reads back with exceljs, an independent reader: types and number formats', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsxFile(table()).buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Data', 'About']);
    const ws = wb.getWorksheet('Data')!;
    expect(ws.getCell('A1').value).toBe('客户');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A2').value).toBe('张三');
    expect(ws.getCell('B2').value).toBe(3);
    expect(ws.getCell('B2').numFmt).toBe('#,##0');
    expect(ws.getCell('C2').value).toBe(554604.02);
    expect(ws.getCell('C2').numFmt).toBe('#,##0.00');
    expect(ws.getCell('D2').value).toBe(0.25);
    expect(ws.getCell('D2').numFmt).toBe('0.00%');
    expect(ws.getCell('E2').value).toEqual(new Date(Date.UTC(2024, 0, 15)));
    expect(ws.getCell('E2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('F2').value).toBe("=cmd|' /C calc'!A0");
    expect(ws.getCell('F2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('E3').value).toBeNull();
    const about = wb.getWorksheet('About')!;
    expect(about.getCell('A2').value).toBe('As of');
    expect(about.getCell('B2').value).toBe('1998-06-30');
  });

  it('xlsxFile(table) gives the same bytes for the same table', () => {
    expect(xlsxFile(table())).toEqual(xlsxFile(table()));
  });
});
