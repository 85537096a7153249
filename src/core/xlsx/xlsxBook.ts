/**
 * Several tables as one Excel workbook (.xlsx), one sheet per table, in the given order: the
 * report's companion. The same parts, styles and typed cells as xlsxWorkbook.ts's one-table file.
 */
import { strToU8, zipSync } from 'fflate';
import type { ExportColumn, ExportValue } from '../exports/exportTable.ts';
import { worksheetXml, xmlText, type SheetColumn } from './xlsxSheetXml.ts';
import { MAIN, MIN_WIDTH, PKG_REL, REL, SHEET_TYPE, STYLES, XML_HEAD, sheetName } from './xlsxWorkbook.ts';

export interface BookSheet {
  name: string;
  columns: readonly ExportColumn[];
  rows: readonly (readonly ExportValue[])[];
  /** Whether the first row is a bold, frozen header of the column names. */
  header: boolean;
}

/**
 * Sheet names Excel accepts and tells apart (case-insensitively, §18.2.19): cleaned, cut to 31
 * characters, and a clash numbered "Name (2)".
 */
export function uniqueSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name, i) => {
    const base = sheetName(name, `Sheet ${i + 1}`);
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

function widthOf(column: ExportColumn, rows: readonly (readonly ExportValue[])[], index: number): number {
  let longest = column.name.length;
  if (column.kind === 'text')
    for (let r = 0; r < Math.min(rows.length, 200); r++) {
      const v = rows[r][index];
      if (typeof v === 'string') longest = Math.max(longest, v.length);
    }
  return Math.min(80, Math.max(MIN_WIDTH[column.kind], longest + 2));
}

/** The workbook's bytes; an empty list gives one empty sheet (a workbook must hold one). */
export function xlsxBook(sheets: readonly BookSheet[]): Uint8Array {
  const list: readonly BookSheet[] =
    sheets.length > 0 ? sheets : [{ name: 'Sheet 1', columns: [], rows: [], header: false }];
  const names = uniqueSheetNames(list.map((s) => s.name));
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      list
        .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SHEET_TYPE}"/>`)
        .join('') +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '</Types>',
    '_rels/.rels':
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      names.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
      list
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('') +
      `<Relationship Id="rId${list.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
  };
  list.forEach((sheet, i) => {
    const columns: SheetColumn[] = sheet.columns.map((c, j) => ({ kind: c.kind, width: widthOf(c, sheet.rows, j) }));
    parts[`xl/worksheets/sheet${i + 1}.xml`] = worksheetXml(
      columns,
      sheet.rows,
      sheet.header ? { header: sheet.columns.map((c) => c.name) } : {},
    );
  });
  const files = Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)]));
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2000, 0, 1)) });
}
