/**
 * What broke: with several files opened together, the quality report gave each file's own row
 * numbers without saying which file they were in.
 */
import { expect, test } from 'vitest';
import { createEngine } from '../../src/engine/engine.ts';
import { bytesFile } from '../sharedData.ts';

test('quality issues of appended files name the file their rows are in', async () => {
  const january = 'customer_id,date,amount\na,2024-01-02,10\nb,2024-01-03,12\n';
  const february = 'customer_id,date,amount\na,2024-02-02,5\nc,2024-02-03,-7\n';
  const r = await createEngine().openDataset([bytesFile('jan.csv', january), bytesFile('feb.csv', february)]);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const negative = r.value.issues.find((i) => i.code === 'negative-values');
  expect(negative).toMatchObject({ column: 'amount', file: 'feb.csv', rows: [3] });
});
