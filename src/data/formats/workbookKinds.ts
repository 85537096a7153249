/** Workbooks Churnscope does not read, named for what they are, with what to do. */
import type { Issue } from '../../engine/api.ts';

export type OtherWorkbook = 'xlsb' | 'ods' | 'encrypted' | 'biff5';

export function otherWorkbookIssue(kind: OtherWorkbook, file: string): Issue {
  switch (kind) {
    case 'xlsb':
      return {
        severity: 'error',
        code: 'xlsb-workbook',
        file,
        message: `${file} is an Excel binary workbook (.xlsb), which Churnscope cannot read. Open it in Excel and save it as "Excel Workbook (.xlsx)" or CSV, then open that.`,
      };
    case 'ods':
      return {
        severity: 'error',
        code: 'ods-workbook',
        file,
        message: `${file} is an OpenDocument spreadsheet (.ods, from LibreOffice, WPS or Google Sheets), which Churnscope cannot read. Open it there and save or download it as .xlsx or CSV, then open that.`,
      };
    case 'encrypted':
      return {
        severity: 'error',
        code: 'encrypted-workbook',
        file,
        message: `${file} is protected with a password, so its contents are encrypted. Open it in Excel with the password, remove it (File → Info → Protect Workbook → Encrypt with Password, clear the box), save, and open that copy.`,
      };
    case 'biff5':
      return {
        severity: 'error',
        code: 'old-excel-version',
        file,
        message: `${file} is an Excel 5.0/95 workbook, older than the Excel 97–2003 .xls Churnscope reads. Open it in Excel or LibreOffice and save it as .xlsx or CSV, then open that.`,
      };
  }
}

/** An .xls that cannot be read as saved: the file named, the reason, what to do. */
export function damagedWorkbookIssue(file: string, reason: string): Issue {
  return {
    severity: 'error',
    code: 'truncated-file',
    file,
    params: { reason },
    message: `${file} seems cut short or damaged: ${reason}. Export or download it again and reopen it.`,
  };
}
