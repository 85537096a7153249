/** The command line reports implausible dates and id spellings, and merges ids with --merge-ids (issue 12 §3). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli, scratchDirs } from './runCli.ts';

const scratchDir = scratchDirs();

// Three spellings of C001 (lines 2–4), C002 twice, a 9999-12-31 row (line 6) and a 1900-01-01 row (line 7).
const LOG = `customer,date,amount
C001,2024-01-05,10
c001,2024-02-05,20
" C001 ",2024-03-05,5
C002,2024-01-10,7
C002,9999-12-31,3
C002,1900-01-01,2
C002,2024-04-01,1
`;

function file(): string {
  const path = join(scratchDir(), 'log.csv');
  writeFileSync(path, LOG);
  return path;
}

it('inspect names the dates after today and the id spellings, with counts, rows and examples', () => {
  const r = cli('inspect', file());
  expect(r.code).toBe(0);
  const issues = JSON.parse(r.stdout).issues;
  expect(issues).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ code: 'id-spelling-variants', column: 'customer', count: 1, rows: [3, 4] }),
      expect.objectContaining({ code: 'future-dates', column: 'date', count: 1, rows: [6], examples: ['9999-12-31'] }),
      expect.objectContaining({ code: 'ancient-dates', column: 'date', count: 1, rows: [7], examples: ['1900-01-01'] }),
    ]),
  );
});

it('customers: the as-of date ignores 9999-12-31; --merge-ids folds C001, c001 and " C001 " into one customer', () => {
  const path = file();
  const exact = JSON.parse(cli('customers', path).stdout);
  // C001, c001, " C001 ", C002; as of C002's 2024-04-01, the 9999 row after it, the 1900 row a placeholder.
  expect(exact).toMatchObject({
    customers: 4,
    asOf: '2024-04-01',
    idMatching: 'exact',
    idVariants: { ids: 1, spellings: 3 },
    leftOutDetail: { afterAsOf: 1, placeholderDate: 1 },
  });
  const merged = JSON.parse(cli('customers', path, '--merge-ids').stdout);
  expect(merged).toMatchObject({ customers: 2, idMatching: 'trim-case', idVariants: { ids: 1, spellings: 3 } });
  expect(merged.issues.map((i: { code: string }) => i.code)).toContain('ids-merged');
});
