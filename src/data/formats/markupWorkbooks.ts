/**
 * The two "export to Excel" files that are markup saved with an .xls name: an HTML table and a
 * SpreadsheetML 2003 workbook (an XML Workbook in urn:schemas-microsoft-com:office:spreadsheet).
 * One tolerant tag scanner reads both in a single pass (indexOf, no backtracking), so unclosed
 * or stray tags cost nothing extra; cells come out as readXlsx gives them. The scanner and entity
 * decoding are in markupScan.ts, the readers in htmlTable.ts and spreadsheetMl.ts.
 */
export { decodeEntities } from './markupScan.ts';
export { readHtmlTable } from './htmlTable.ts';
export { readSpreadsheetMl } from './spreadsheetMl.ts';
