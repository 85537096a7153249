/**
 * Inputs that would silently change the answer (issue 12 §3): a churn flag coded 1/2, a flag
 * that makes every customer churned (or none), the floor of a relative inactivity window and a
 * partial-churn window longer than the data. Expectations are worked out by hand in the
 * comments, and Telco's counts are read from the CSV itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChurnDefinition, CustomerTableSpec, EngineApi, ParseOptions } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { bytesFile, TELCO } from '../../sharedData.ts';
import { rolesOf, value } from '../analyses/analysisFixtures.ts';

async function opened(
  csv: string,
  options?: ParseOptions,
): Promise<{ engine: EngineApi; id: string; spec: CustomerTableSpec }> {
  const engine = createEngine();
  const s = value(await engine.openDataset([bytesFile('data.csv', csv)], options));
  return { engine, id: s.id, spec: { roles: rolesOf(s), definition: { kind: 'flag' } } };
}

async function built(csv: string, definition: ChurnDefinition, extra: Partial<CustomerTableSpec> = {}) {
  const { engine, id, spec } = await opened(csv);
  return engine.buildCustomerTable(id, { ...spec, definition, ...extra });
}

const snapshot = (flags: string[]) =>
  ['customer_id,tenure,churn', ...flags.map((f, i) => `c${i},${i + 1},${f}`)].join('\n');

describe('a churn flag coded 1/2', () => {
  it('reads 2 as churned (R survival: 1 = censored, 2 = event) and says so with the counts', async () => {
    // Flags 1, 2, 2, 1, 1: two 2s → 2 churned of 5 (not 5 of 5, as "non-zero = yes" would give).
    const s = value(await built(snapshot(['1', '2', '2', '1', '1']), { kind: 'flag' }));
    expect(s).toMatchObject({ customers: 5, churned: 2 });
    const issue = s.issues.find((i) => i.code === 'flag-one-two');
    expect(issue).toMatchObject({ severity: 'warning', column: 'churn', params: { ones: 3, twos: 2 } });
    expect(issue!.message).toContain('2 = churned (2 customers), 1 = still a customer (3)');
    expect(s.issues.some((i) => i.code === 'flag-all-churned')).toBe(false);
  });

  it('reads a text column of 1s and 2s the same way', async () => {
    const { engine, id, spec } = await opened(snapshot(['2', '1', '1']), { columnTypes: { churn: 'text' } });
    const s = value(engine.buildCustomerTable(id, { ...spec, roles: { ...spec.roles, churn: 'churn_flag' } }));
    expect(s).toMatchObject({ customers: 3, churned: 1 });
    expect(s.issues.find((i) => i.code === 'flag-one-two')?.params).toEqual({ ones: 2, twos: 1 });
  });

  it('keeps 1/0 and 0/1/2 as "non-zero = churned", without the 1/2 note', async () => {
    // 0, 1, 0 → 1 churned; 0, 1, 2, 0 → 2 churned (competing-risk style codes are events).
    expect(value(await built(snapshot(['0', '1', '0']), { kind: 'flag' })).churned).toBe(1);
    const three = value(await built(snapshot(['0', '1', '2', '0']), { kind: 'flag' }));
    expect(three.churned).toBe(2);
    expect(three.issues.map((i) => i.code)).not.toContain('flag-one-two');
  });

  it('Telco with Churn recoded Yes → 2, No → 1 gives the published 1,869 churned of 7,043, with the note', async () => {
    const text = readFileSync(TELCO, 'utf8').replace(/\r\n/g, '\n').trimEnd();
    const [head, ...lines] = text.split('\n');
    // Independent counts, from the file's last field (Churn): Yes and No.
    const last = lines.map((l) => l.slice(l.lastIndexOf(',') + 1));
    const yes = last.filter((v) => v === 'Yes').length;
    const no = last.filter((v) => v === 'No').length;
    expect([yes, no, yes + no]).toEqual([1869, 5174, 7043]);
    const recoded = [
      head,
      ...lines.map((l, i) => l.slice(0, l.lastIndexOf(',') + 1) + (last[i] === 'Yes' ? '2' : '1')),
    ];
    const { engine, id, spec } = await opened(recoded.join('\n'));
    expect(spec.roles.Churn).toBe('churn_flag');
    const s = value(engine.buildCustomerTable(id, spec));
    expect(s).toMatchObject({ customers: yes + no, churned: yes });
    expect(s.issues.find((i) => i.code === 'flag-one-two')).toMatchObject({
      column: 'Churn',
      params: { ones: no, twos: yes },
    });
  });
});

describe('a flag that makes every customer churned, or none', () => {
  it('warns when every customer is churned, naming the column and the values seen', async () => {
    // Flags Yes ×3: a yes/no column, all yes → 3 churned of 3.
    const s = value(await built(snapshot(['Yes', 'Yes', 'Yes']), { kind: 'flag' }));
    expect(s).toMatchObject({ customers: 3, churned: 3 });
    const issue = s.issues.find((i) => i.code === 'flag-all-churned');
    expect(issue).toMatchObject({ severity: 'warning', column: 'churn', count: 3, examples: ['Yes'] });
  });

  it('lists a text column’s values as written, most frequent first', async () => {
    // yes, Yes, Y, yes kept as text: all read as yes → 4 of 4; yes (2), then Yes and Y (1 each, first seen first).
    const { engine, id, spec } = await opened(snapshot(['yes', 'Yes', 'Y', 'yes']), { columnTypes: { churn: 'text' } });
    const s = value(engine.buildCustomerTable(id, { ...spec, roles: { ...spec.roles, churn: 'churn_flag' } }));
    expect(s.churned).toBe(4);
    expect(s.issues.find((i) => i.code === 'flag-all-churned')?.examples).toEqual(['yes', 'Yes', 'Y']);
  });

  it('warns when no customer is churned; a column of one number is listed as that number', async () => {
    const s = value(await built(snapshot(['0', '0', '0']), { kind: 'flag' }));
    expect(s.churned).toBe(0);
    expect(s.issues.find((i) => i.code === 'flag-none-churned')).toMatchObject({ column: 'churn', count: 3 });
    const all2 = value(await built(snapshot(['2', '2']), { kind: 'flag' }));
    expect(all2.churned).toBe(2);
    expect(all2.issues.find((i) => i.code === 'flag-all-churned')?.examples).toEqual(['2']);
  });

  it('says nothing when both outcomes occur', async () => {
    const s = value(await built(snapshot(['Yes', 'No', 'No']), { kind: 'flag' }));
    expect(s.churned).toBe(1);
    expect(s.issues.filter((i) => i.code.startsWith('flag-'))).toEqual([]);
  });
});

describe('the floor of a relative inactivity window', () => {
  // As of 2024-03-31 (z's purchase): a buys every 2 days (gaps 2, 2, 2), last on 03-21, 10 days
  // ago; b buys every 20 days (gaps 20, 20), last on 03-01, 30 days ago; c bought once, on
  // 2024-02-10, 50 days ago, and keeps the single-purchase window of 45 days.
  const log = [
    'customer_id,date,amount',
    'a,2024-03-15,1',
    'a,2024-03-17,1',
    'a,2024-03-19,1',
    'a,2024-03-21,1',
    'b,2024-01-21,1',
    'b,2024-02-10,1',
    'b,2024-03-01,1',
    'c,2024-02-10,1',
    'z,2024-03-31,1',
  ].join('\n');
  const relative = { kind: 'inactivity', days: 45, relativeFactor: 3 } as const;

  it('defaults to 30 days and shows it in the definition: a (10 > 3 × 2 = 6 but not > 30) stays', async () => {
    // Windows: a max(30, 6) = 30 → 10 days: active; b max(30, 60) = 60 → 30 days: active; c 45 → 50: churned.
    const s = value(await built(log, relative));
    expect(s.definition).toMatchObject({ relativeFactor: 3, minDays: 30 });
    expect(s.churned).toBe(1);
  });

  it('is applied as max(minDays, factor × median gap): 0 days churns a, 7 days too, 10 days does not', async () => {
    // minDays 0: a's window 6 < 10 → churned; b 60 → active; c churned: 2.
    expect(value(await built(log, { ...relative, minDays: 0 })).churned).toBe(2);
    // minDays 7: a's window max(7, 6) = 7 < 10 → churned: 2.
    expect(value(await built(log, { ...relative, minDays: 7 })).churned).toBe(2);
    // minDays 10: 10 days is not more than 10 → a active: 1.
    expect(value(await built(log, { ...relative, minDays: 10 })).churned).toBe(1);
    // minDays 25 with factor 1: b's window max(25, 20) = 25 < 30 → churned, a (25 > 10) not: b and c.
    expect(value(await built(log, { ...relative, relativeFactor: 1, minDays: 25 })).churned).toBe(2);
  });

  it('is rejected without a factor, or below 0', async () => {
    const alone = await built(log, { kind: 'inactivity', days: 45, minDays: 30 });
    expect(!alone.ok && alone.issues[0]).toMatchObject({ code: 'invalid-definition' });
    expect(!alone.ok && alone.issues[0].message).toContain('"minDays" is the floor of a relative window');
    const negative = await built(log, { ...relative, minDays: -1 });
    expect(!negative.ok && negative.issues[0].code).toBe('invalid-definition');
  });
});

describe('a partial-churn window that does not fit the data', () => {
  // January to June 2024, as of 2024-06-30: six finished months. a spends 100 a month and then
  // nothing after March; b spends 100 every month.
  const months = ['01', '02', '03', '04', '05', '06'];
  const log = [
    'customer_id,date,amount',
    ...months.slice(0, 3).map((m) => `a,2024-${m}-10,100`),
    ...months.map((m) => `b,2024-${m}-12,100`),
    'z,2024-06-30,1',
  ].join('\n');

  it('is an error naming the months needed and the months there, not 0 % churn', async () => {
    // 4 months compares Mar–Jun with Nov–Feb: 8 months, the data has 6 (2024-01 to 2024-06).
    const r = await built(log, { kind: 'partial', months: 4, dropPercent: 50 });
    expect(r.ok).toBe(false);
    const issue = !r.ok ? r.issues[0] : null;
    expect(issue).toMatchObject({
      severity: 'error',
      code: 'partial-window-too-long',
      params: { months: 4, needed: 8, available: 6, from: '2024-01', to: '2024-06', most: 3 },
    });
  });

  it('fits at 3 months: Apr–Jun against Jan–Mar churns a (0 against 300), not b', async () => {
    const s = value(await built(log, { kind: 'partial', months: 3, dropPercent: 50 }));
    expect(s.churned).toBe(1);
  });

  it('reads only months the data has finished when the as-of date is after its last date', async () => {
    // As of 2024-07-31 with data to 2024-06-30: July is not in the data, so the last finished
    // month is still June and the 3-month windows are as above (not May–Jul, where b's July
    // would read as 0). With a 30 % drop: a 0 against 300 is churned; b 300 against 300 is not.
    // Reading May–Jul against Feb–Apr would churn b too (200 ≤ 0.7 × 300 = 210).
    const s = value(await built(log, { kind: 'partial', months: 3, dropPercent: 30 }, { asOf: '2024-07-31' }));
    expect(s.churned).toBe(1);
    expect(s.issues.map((i) => i.code)).toEqual([]);
  });
});
