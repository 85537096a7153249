/**
 * The one CSV writer every export uses (core/csv/csvText.ts), here because the charts see only
 * this contract, not core.
 */
export { csvCell, csvRow, csvTable, stampLines, type CsvStamp, type StampStyle } from '../../core/csv/csvText.ts';
