/**
 * Legacy Excel and the "export to Excel" files that are not .xlsx: each fixture in
 * tests/fixtures/hostile/xls (made by LibreOffice, xlwt and msoffcrypto-tool — see SOURCES.md)
 * reads to the same table, cell by cell, as the CSV it was made from, parsed here by a small
 * RFC 4180 reader of the test's own; files Churnscope does not read are named for what they are.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import type { TextTable } from '../../../src/data/rawTable.ts';
import { UnreadableInput } from '../../../src/data/rawTable.ts';
import { readSource } from '../../../src/data/sourceReading.ts';
import { readXls } from '../../../src/data/formats/xlsReader.ts';
import { readXlsx } from '../../../src/data/formats/xlsxReader.ts';
import { readHtmlTable, readSpreadsheetMl } from '../../../src/data/formats/markupWorkbooks.ts';
import { sniffFormat } from '../../../src/data/formats/formatSniffing.ts';
import { fixture, TELCO } from '../../sharedData.ts';

const xls = (name: string) => fixture('hostile', 'xls', name);
const ctx = (fileName: string) => ({
  fileName,
  totalBytes: 0,
  progress() {},
  async checkpoint() {},
});
const bytes = (name: string) => new Uint8Array(readFileSync(xls(name)));

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

function expectSameTable(table: TextTable, csv: string[][]) {
  const [header, ...body] = csv;
  expect(table.names).toEqual(header);
  expect(table.columns[0]).toHaveLength(body.length);
  for (let r = 0; r < body.length; r++) {
    const row = table.columns.map((c) => c[r]);
    expect(row, `row ${r + 2}`).toEqual(body[r]);
  }
}

describe('readXls (BIFF8)', () => {
  it('reads the first 700 Telco customers, as LibreOffice saved them, to the CSV they came from, cell by cell', async () => {
    const csv = parseCsv(readFileSync(TELCO, 'utf8')).slice(0, 701);
    const table = await readXls(bytes('telco-700.xls'), ctx('telco-700.xls'), {});
    // LibreOffice stores the 11 blank TotalCharges of the file (" ") as text " ", as the CSV has it.
    expectSameTable(table, csv);
    expect(table).toMatchObject({ format: 'xls', sheet: 'telco-700', header: true });
    expect(table.sourceRows.length).toBe(700);
  });
  it('reads Chinese text, dates and date-times, booleans and a multi-line note; the hidden first sheet is not opened but listed', async () => {
    const csv = parseCsv(readFileSync(xls('orders-zh.csv'), 'utf8'));
    const table = await readXls(bytes('orders-zh.xls'), ctx('orders-zh.xls'), {});
    expectSameTable(table, csv);
    expect(table.sheet).toBe('订单');
    expect(table.sheets).toEqual(['隐藏', '订单', '说明']);
    expect(table.issues[0]).toMatchObject({ code: 'hidden-sheets', severity: 'info', params: { sheets: '隐藏' } });
  });
  it('counts days from 1904-01-01 in a workbook saved in the 1904 date system (DATEMODE)', async () => {
    const csv = parseCsv(readFileSync(xls('orders-zh.csv'), 'utf8'));
    expectSameTable(await readXls(bytes('orders-zh-1904.xls'), ctx('orders-zh-1904.xls'), {}), csv);
  });
  it('opens a hidden sheet when asked for by name', async () => {
    const table = await readXls(bytes('orders-zh.xls'), ctx('orders-zh.xls'), { sheet: '隐藏' });
    expect(table.names).toEqual(['secret']);
    expect(table.columns[0]).toEqual(['42']);
  });
  it('reads the cached values of formulas (numbers, errors, dates) as LibreOffice computed them', async () => {
    const csv = parseCsv(readFileSync(xls('formulas.csv'), 'utf8'));
    const table = await readXls(bytes('formulas-libreoffice.xls'), ctx('formulas-libreoffice.xls'), { sheet: '计算' });
    expectSameTable(table, csv);
  });
  it('names a sheet that does not exist, listing the sheets', async () => {
    await expect(readXls(bytes('orders-zh.xls'), ctx('orders-zh.xls'), { sheet: 'Sheet9' })).rejects.toMatchObject({
      issue: { code: 'sheet-missing', params: { sheets: '隐藏, 订单, 说明' } },
    });
  });
});

describe('damaged .xls files are named as damaged, at once', () => {
  const damaged = async (b: Uint8Array) => {
    const started = performance.now();
    const e = await readXls(b, ctx('damaged.xls'), {}).catch((x: unknown) => x);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(e).toBeInstanceOf(UnreadableInput);
    return (e as UnreadableInput).issue;
  };
  it('a file cut in half', async () => {
    const b = bytes('telco-700.xls');
    const issue = await damaged(b.subarray(0, b.length >> 1));
    expect(issue).toMatchObject({ code: 'truncated-file', file: 'damaged.xls' });
    expect(issue.message).toMatch(/cut short|past the end|broken/);
  });
  it('a sector chain that loops back on itself', async () => {
    const b = bytes('telco-700.xls').slice();
    const view = new DataView(b.buffer);
    // The FAT (its sectors listed from header 0x4C, 128 entries each) says where each sector's
    // chain goes next; point the directory's first sector (header 0x30) at itself.
    const dir = view.getUint32(0x30, true);
    const fatSector = view.getUint32(0x4c + 4 * Math.floor(dir / 128), true);
    view.setUint32((fatSector + 1) * 512 + 4 * (dir % 128), dir, true);
    expect((await damaged(b)).message).toMatch(/loops/);
  });
  it('a shared-string table that claims more strings than it holds', async () => {
    const b = bytes('orders-zh.xls').slice();
    // The SST record (type 0x00FC) follows the first cell-style records; its unique count
    // (bytes 8–11 after the record header's 4) is raised to 2^31 − 1.
    let at = -1;
    for (let k = 0; k + 12 < b.length && at < 0; k++) {
      const size = b[k + 2] | (b[k + 3] << 8);
      const total = new DataView(b.buffer).getUint32(k + 4, true);
      const unique = new DataView(b.buffer).getUint32(k + 8, true);
      if (b[k] === 0xfc && b[k + 1] === 0 && size > 8 && unique > 0 && unique <= total && total < 10_000) at = k;
    }
    expect(at).toBeGreaterThan(0);
    new DataView(b.buffer).setUint32(at + 8, 0x7fffffff, true);
    const e = await readXls(b, ctx('sst.xls'), {}).catch((x: unknown) => x);
    // Either the strings it holds are read or the text is named as cut short; never a hang.
    if (e instanceof UnreadableInput) expect(e.issue.code).toBe('truncated-file');
    else expect((e as TextTable).names[0]).toBe('客户编号');
  });
  it('random bytes after a valid compound-file header', async () => {
    const b = bytes('orders-zh.xls').slice();
    for (let k = 512; k < b.length; k++) b[k] = (k * 2654435761) >>> 24;
    expect((await damaged(b)).code).toBe('truncated-file');
  });
});

describe('other workbooks are named, with what to do', () => {
  const refused = async (name: string, b: Uint8Array) =>
    ((await readSource({ bytes: b }, ctx(name), {}).catch((x: unknown) => x)) as UnreadableInput).issue;
  it('a password-protected .xls (BIFF8 with FILEPASS, saved so by LibreOffice) is called protected', async () => {
    const issue = await refused('encrypted.xls', bytes('encrypted.xls'));
    expect(issue).toMatchObject({ code: 'encrypted-workbook', file: 'encrypted.xls' });
  });
  it('a password-protected .xlsx (an OLE2 file with EncryptionInfo and EncryptedPackage) is called protected, not an old .xls', async () => {
    // A real compound file (LibreOffice's) whose streams are renamed as an encrypted OOXML
    // package names them ([MS-OFFCRYPTO] 2.3.4.4): Workbook → EncryptedPackage, and the
    // summary-information stream → EncryptionInfo. Directory names are UTF-16LE, 64 bytes.
    const b = bytes('encrypted.xls').slice();
    const rename = (from: string, to: string) => {
      const utf16 = (s: string) => new Uint8Array(new Uint16Array([...s].map((c) => c.charCodeAt(0))).buffer);
      const at = Buffer.from(b).indexOf(Buffer.from(utf16(from + '\0')));
      expect(at).toBeGreaterThan(0);
      b.fill(0, at, at + 64);
      b.set(utf16(to + '\0'), at);
      new DataView(b.buffer).setUint16(at + 0x40, 2 * (to.length + 1), true);
    };
    rename('Workbook', 'EncryptedPackage');
    rename('\u0005SummaryInformation', 'EncryptionInfo');
    const issue = await refused('encrypted.xlsx', b);
    expect(issue).toMatchObject({ code: 'encrypted-workbook', file: 'encrypted.xlsx' });
    expect(issue.message).toContain('protected with a password');
  });
  it('an .ods from LibreOffice is named as OpenDocument', async () => {
    const issue = await refused('formulas.ods', bytes('formulas.ods'));
    expect(issue).toMatchObject({ code: 'ods-workbook' });
    expect(issue.message).toMatch(/OpenDocument.*\.xlsx or CSV/);
  });
  it('an .xlsb (a zip with xl/workbook.bin) is named as an Excel binary workbook', async () => {
    // A package with the parts an .xlsb has in place of xl/workbook.xml ([MS-XLSB] 2.1.2).
    const xlsb = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.bin': new Uint8Array([0x83, 0x01, 0x00]),
    });
    const issue = await refused('ledger.xlsb', xlsb);
    expect(issue).toMatchObject({ code: 'xlsb-workbook' });
    expect(issue.message).toContain('.xlsb');
  });
});

describe('markup saved as .xls', () => {
  it('sniffs an HTML table and a SpreadsheetML workbook by content, whatever the name', () => {
    expect(sniffFormat(bytes('orders-html.xls'), 'orders-html.xls')).toEqual({ format: 'html-table' });
    expect(sniffFormat(bytes('formulas-spreadsheetml.xls'), 'x.xls')).toEqual({ format: 'spreadsheetml' });
    expect(sniffFormat(new TextEncoder().encode('<b>,x\n1,2\n'), 'a.csv')).toEqual({ format: 'delimited' });
  });
  it('reads the HTML export to the CSV it came from: entities, <br>, Chinese text', async () => {
    const csv = parseCsv(readFileSync(xls('orders-zh.csv'), 'utf8'));
    const table = await readHtmlTable(readFileSync(xls('orders-html.xls'), 'utf8'), ctx('orders-html.xls'), {});
    expectSameTable(table, csv);
    expect(table.format).toBe('html-table');
  });
  it('reads SpreadsheetML to the CSV it came from, leaving its hidden sheet closed', async () => {
    const csv = parseCsv(readFileSync(xls('formulas.csv'), 'utf8'));
    const table = await readSpreadsheetMl(readFileSync(xls('formulas-spreadsheetml.xls'), 'utf8'), ctx('f.xls'), {});
    expectSameTable(table, csv);
    expect(table).toMatchObject({ sheet: '计算', sheets: ['草稿', '计算'] });
    expect(table.issues[0]).toMatchObject({ code: 'hidden-sheets', params: { sheets: '草稿' } });
  });
  it('places colspan and rowspan cells as Excel merges them, decodes entities, skips scripts and comments', async () => {
    const html = `<html><script>var t = "<table><tr><td>no</td></tr></table>";</script><!-- <table> -->
      <table><tr><th>id</th><th colspan="2">name &amp; city</th><th>n</th></tr>
      <tr><td rowspan="2">A&#49;</td><td>Zhang&nbsp;San</td><td>&#x5317;&#20140;</td><td>1</td></tr>
      <tr><td>Li</td><td>上海<br>浦东</td><td>2</td></tr></table>`;
    const t = await readHtmlTable(html, ctx('t.xls'), {});
    // Header: id | name & city (spanning columns 2–3) | n; the blank third column is named column_3.
    expect(t.names).toEqual(['id', 'name & city', 'column_3', 'n']);
    // Row 3's first column is covered by A1's rowspan, so "Li" lands in column 2.
    expect(t.columns).toEqual([
      ['A1', ''],
      ['Zhang San', 'Li'],
      ['北京', '上海\n浦东'],
      ['1', '2'],
    ]);
  });
  it('reads unclosed <tr> and <td> tags of a 20,000-row table in linear time', async () => {
    const row = '<tr><td>C1<td>2024-01-05<td>12.5';
    const time = async (n: number) => {
      const html = '<table><tr><th>id<th>date<th>amount' + row.repeat(n);
      const t0 = performance.now();
      const t = await readHtmlTable(html, ctx('big.xls'), {});
      expect(t.sourceRows.length).toBe(n);
      return performance.now() - t0;
    };
    await time(2000);
    const small = await time(10_000);
    const large = await time(20_000);
    // Twice the rows should take about twice as long; a quadratic reader takes four times.
    expect(large / small).toBeLessThan(3.2);
  });
  it('refuses an HTML table wider than Excel (16,384 columns) with a message', async () => {
    const html = '<table><tr>' + '<td>x</td>'.repeat(16_385) + '</tr></table>';
    await expect(readHtmlTable(html, ctx('wide.xls'), {})).rejects.toMatchObject({
      issue: { code: 'too-many-columns' },
    });
  });
});

describe('.xlsx hidden sheets', () => {
  it('a hidden first sheet is skipped for the first visible one', async () => {
    const { strToU8: s } = await import('fflate');
    const sheet = (v: string) =>
      s(
        `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${v}</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row></sheetData></worksheet>`,
      );
    const book = zipSync({
      'xl/workbook.xml': s(
        '<workbook xmlns:r="r"><sheets><sheet name="h" state="hidden" r:id="rId1"/><sheet name="v" r:id="rId2"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': s(
        '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': sheet('hidden'),
      'xl/worksheets/sheet2.xml': sheet('visible'),
    });
    const t = await readXlsx(book, ctx('h.xlsx'), {});
    expect(t).toMatchObject({ sheet: 'v', names: ['visible'], sheets: ['h', 'v'] });
    expect(t.issues[0]).toMatchObject({ code: 'hidden-sheets' });
  });
});
