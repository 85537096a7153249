/**
 * papaparse (the floor): the same bytes read the same way, decoded with TextDecoder and split
 * into rows by PapaParse's chunked string parser, counting rows. No typing, no table: the least
 * work a JavaScript CSV reader can do, so ours can only approach it.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { runAsChild } from './measurement.ts';

runAsChild('papaparse', async (file) => {
  const bytes = new Uint8Array(readFileSync(file));
  const text = new TextDecoder().decode(bytes);
  let records = 0;
  let blankRecords = 0;
  await new Promise<void>((done) => {
    Papa.parse<string[]>(text, {
      chunk(results: Papa.ParseResult<string[]>) {
        records += results.data.length;
        const lastRow = results.data[results.data.length - 1];
        if (lastRow && lastRow.length === 1 && lastRow[0] === '') blankRecords++;
      },
      complete: () => done(),
    });
  });
  // Minus the header; a trailing newline gives one empty record at the end.
  return { rows: records - 1 - blankRecords, detail: { records } };
});
