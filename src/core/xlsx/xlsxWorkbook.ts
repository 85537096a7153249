/**
 * An export table as an Excel workbook (.xlsx, ECMA-376 / ISO 29500 SpreadsheetML): the data on
 * the first sheet with typed cells (numbers as numbers, dates as dates, rates in percent format),
 * and a second sheet stating the definition, as-of date, parameters and data source.
 *
 * Our own small writer on fflate (already a dependency, as for our xlsx reader), not a library:
 * SheetJS's npm package (`xlsx`) is unmaintained there with known advisories, and exceljs needs
 * Node stream and buffer polyfills in the browser and is several hundred kB; a workbook of one
 * table needs six small XML parts.
 */
import { strToU8, zipSync } from 'fflate';
import type { ExportKind, ExportTable } from '../exports/exportTable.ts';
import { worksheetXml, xmlText, type SheetColumn } from './xlsxSheetXml.ts';

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/**
 * cellXfs in the order xlsxSheetXml.ts STYLE names them: default, bold header, integer (#,##0),
 * money (#,##0.00), percent (0.00%), date and date-time (ISO-like custom formats 164 and 165).
 * Built-in numFmtIds: §18.8.30.
 */
export const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="7">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export interface SheetNames {
  data: string;
  about: string;
}

/** A sheet name Excel accepts (§18.2.19: at most 31 characters, none of : \ / ? * [ ]). */
export function sheetName(name: string, fallback: string): string {
  const clean = name
    .replace(/[:\\/?*[\]]/g, ' ')
    .trim()
    .slice(0, 31);
  return clean || fallback;
}

export const MIN_WIDTH: Record<ExportKind, number> = {
  text: 12,
  integer: 8,
  number: 10,
  money: 12,
  percent: 9,
  date: 11,
  datetime: 19,
};

/** The workbook's bytes. */
export function xlsxFile(table: ExportTable, names: SheetNames = { data: 'Data', about: 'About' }): Uint8Array {
  const data = sheetName(names.data, 'Data');
  let about = sheetName(names.about, 'About');
  if (about.toLowerCase() === data.toLowerCase()) about = `${about.slice(0, 29)} 2`;
  const columns: SheetColumn[] = table.columns.map((c) => ({
    kind: c.kind,
    width: Math.min(50, Math.max(MIN_WIDTH[c.kind], c.name.length + 2)),
  }));
  const dataSheet = worksheetXml(columns, table.rows, { header: table.columns.map((c) => c.name) });
  const aboutSheet = worksheetXml(
    [
      { kind: 'text', width: Math.max(12, ...table.about.map((l) => l.label.length + 2)) },
      { kind: 'text', width: 100 },
    ],
    table.about.map((l) => [l.label, l.text]),
  );
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${SHEET_TYPE}"/>` +
      `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="${SHEET_TYPE}"/>` +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '</Types>',
    '_rels/.rels':
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      `<sheet name="${xmlText(data)}" sheetId="1" r:id="rId1"/><sheet name="${xmlText(about)}" sheetId="2" r:id="rId2"/>` +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
    'xl/worksheets/sheet1.xml': dataSheet,
    'xl/worksheets/sheet2.xml': aboutSheet,
  };
  // A fixed time stamp: the same table gives the same bytes (the app's file and the CLI's agree).
  const files = Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)]));
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2000, 0, 1)) });
}
