/** Early warnings through the engine on a small log. */
import { expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/engine.ts';
import { bytesFile } from '../../sharedData.ts';
import { rolesOf, value } from './analysisFixtures.ts';

it("analyze(log, 'early-warnings') lists customers with the rules that fired, their value at stake and a monthly sparkline", async () => {
  const engine = createEngine();
  const lines = ['customer_id,date,amount'];
  // a: 400, 300, 200, 100 over Jan–Apr 2024 (falling three months in a row); b: steady 100 a month.
  [400, 300, 200, 100].forEach((v, m) => lines.push(`a,2024-0${m + 1}-10,${v}`));
  [100, 100, 100, 100].forEach((v, m) => lines.push(`b,2024-0${m + 1}-12,${v}`));
  lines.push('z,2024-05-03,1');
  const s = value(await engine.openDataset([bytesFile('log.csv', lines.join('\n'))]));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'inactivity', days: 60 } }));
  const rules = [{ kind: 'declining' as const, months: 3 }];
  const w = value(engine.analyze(s.id, 'early-warnings', { rules }));
  expect(w.flagged.map((f) => f.customerId)).toEqual(['a']);
  expect(w.flagged[0].rules).toEqual(['declining']);
  expect(w.flagged[0].evidence[0]).toMatchObject({ kind: 'declining', path: [400, 300, 200, 100] });
  expect(w.flagged[0].recentRevenue.slice(-4)).toEqual([400, 300, 200, 100]);
  expect(w.months.at(-1)).toBe('2024-04');
  const file = new TextDecoder().decode(value(engine.exportWarnings(s.id, rules))).split('\r\n');
  expect(file[0].startsWith('customer_id,rules,value_at_stake,last_date,evidence')).toBe(true);
  expect(file[1]).toContain('revenue fell');
  expect(file[2]).toBe('');
  expect(file[3]).toBe('"Churn definition: churned = more than 60 days without activity"');
  expect(file[5]).toBe('"Parameters: rules: (kind = declining, months = 3); includeChurned: false"');
  const bad = engine.analyze(s.id, 'early-warnings', { rules: [{ kind: 'declining', months: 1 }] });
  expect(!bad.ok && bad.issues[0].code).toBe('invalid-rules');
});

it("analyze(log, 'early-warnings') leaves out customers already churned unless asked, and badges them when listed", async () => {
  const engine = createEngine();
  const lines = ['customer_id,date,amount'];
  // c bought every 10 days in January and stopped on Feb 1: by May 3 that is 92 days, overdue
  // against a 10-day rhythm and churned under "more than 60 days without activity".
  ['2024-01-02', '2024-01-12', '2024-01-22', '2024-02-01'].forEach((d) => lines.push(`c,${d},50`));
  // a buys monthly, last on Apr 10: 23 days before the as-of date, neither overdue nor churned.
  [1, 2, 3, 4].forEach((m) => lines.push(`a,2024-0${m}-10,100`));
  lines.push('z,2024-05-03,1');
  const s = value(await engine.openDataset([bytesFile('log.csv', lines.join('\n'))]));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'inactivity', days: 60 } }));
  const rules = [{ kind: 'overdue' as const, factor: 2 }];
  const shown = value(engine.analyze(s.id, 'early-warnings', { rules }));
  expect(shown.flagged.map((f) => f.customerId)).not.toContain('c');
  expect(shown.churnedLeftOut).toBe(1);
  const all = value(engine.analyze(s.id, 'early-warnings', { rules, includeChurned: true }));
  expect(all.flagged.find((f) => f.customerId === 'c')?.status).toBe('churned');
  expect(all.churnedLeftOut).toBe(0);
  expect(all.stamp.parameters).toEqual({ rules, includeChurned: true });
});

it("analyze(log, 'early-warnings') does not fire the seasonal rule for a month the data has not finished", async () => {
  // s bought in December 2022 and 2023. The data ends on 2024-12-09 (z); the as-of date is
  // 2024-12-31. December 2024 is over by the as-of date but the data holds only its first 9
  // days, so the last month judged is November 2024 and "skipped December" cannot fire.
  const base = ['customer_id,date,amount', 's,2022-12-05,70', 's,2023-12-06,80', 's,2024-03-01,10'];
  const rules = [{ kind: 'seasonal' as const, years: 2 }];
  async function warnings(lastRow: string) {
    const engine = createEngine();
    const s = value(await engine.openDataset([bytesFile('log.csv', [...base, lastRow].join('\n'))]));
    const definition = { kind: 'inactivity' as const, days: 400 };
    value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition, asOf: '2024-12-31' }));
    return value(engine.analyze(s.id, 'early-warnings', { rules }));
  }
  const unfinished = await warnings('z,2024-12-09,1');
  expect(unfinished.flagged).toEqual([]);
  expect(unfinished.months.at(-1)).toBe('2024-11');
  // Data to 2024-12-31: December 2024 is finished, and skipped after two Decembers bought.
  const finished = await warnings('z,2024-12-31,1');
  expect(finished.flagged.map((f) => f.customerId)).toEqual(['s']);
  expect(finished.flagged[0].evidence).toEqual([
    { kind: 'seasonal', skipped: [{ month: 11, year: 2024, earlier: [2022, 2023], lastYear: 80 }] },
  ]);
  expect(finished.months.at(-1)).toBe('2024-12');
});
