/**
 * The globals of an Excel 97–2003 workbook, read in one pass up to their EOF: the BIFF8 header,
 * the number formats (FORMAT) and cell styles (XF) that say which cells are dates, the date
 * system (DATEMODE), the shared strings (SST) and the list of sheets (BOUNDSHEET).
 */
import { UnreadableInput } from '../rawTable.ts';
import { otherWorkbookIssue } from './workbookKinds.ts';
import { Damaged, Rec, records, Segments, sharedStrings, unicodeString } from './xlsRecords.ts';
import { BUILTIN_DATE_FORMATS, isDateFormatCode } from './xlsxParts.ts';

export interface SheetEntry {
  name: string;
  hidden: boolean;
  offset: number;
}

export interface Globals {
  strings: string[];
  isDate: boolean[];
  date1904: boolean;
  sheets: SheetEntry[];
}

export function globals(stream: Uint8Array, file: string): Globals {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  const sheets: SheetEntry[] = [];
  let strings: string[] = [];
  let date1904 = false;
  let first = true;
  for (const rec of records(stream, 0)) {
    const d = rec.data;
    const view = new DataView(d.buffer, d.byteOffset, d.byteLength);
    if (first) {
      first = false;
      const version = rec.type === Rec.BOF && d.length >= 2 ? view.getUint16(0, true) : -1;
      if (version === 0x0500) throw new UnreadableInput(otherWorkbookIssue('biff5', file));
      if (version !== 0x0600) throw new Damaged('it does not start with an Excel 97–2003 workbook header');
      continue;
    }
    switch (rec.type) {
      case Rec.FILEPASS:
        throw new UnreadableInput(otherWorkbookIssue('encrypted', file));
      case Rec.DATEMODE:
        date1904 = d.length >= 2 && view.getUint16(0, true) === 1;
        break;
      case Rec.FORMAT:
        if (d.length >= 5)
          custom.set(view.getUint16(0, true), unicodeString(new Segments([d], 4), view.getUint16(2, true)));
        break;
      case Rec.XF:
        xfFormats.push(d.length >= 4 ? view.getUint16(2, true) : 0);
        break;
      case Rec.SST:
        strings = sharedStrings([d, ...rec.more]);
        break;
      case Rec.BOUNDSHEET: {
        if (d.length < 8) throw new Damaged('a sheet entry is cut short');
        // Worksheets only (dt 0): chart sheets, macro sheets and VBA modules hold no table.
        if (d[5] !== 0) break;
        const r = new Segments([d], 7);
        const name = r.chars(d[6], (r.u8() & 1) === 1);
        sheets.push({ name, hidden: (d[4] & 3) !== 0, offset: view.getUint32(0, true) });
        break;
      }
      case Rec.EOF:
        return { strings, isDate: dateFlags(xfFormats, custom), date1904, sheets };
    }
  }
  throw new Damaged('its list of sheets is cut short');
}

function dateFlags(xfFormats: number[], custom: Map<number, string>): boolean[] {
  return xfFormats.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}
