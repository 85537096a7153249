import type { messages as en } from '../en/format.ts';

export const messages: Record<keyof typeof en, string> = {
  'format.delimited': '分隔符文本',
  'format.xlsx': 'Excel 工作簿',
  'format.xls': 'Excel 97–2003 工作簿（.xls）',
  'format.spreadsheetml': 'SpreadsheetML 2003 工作簿',
  'format.html-table': 'HTML 表格',
  'format.parquet': 'Parquet',
  'format.arrow': 'Arrow / Feather',
  'format.json': 'JSON',
};
