/**
 * The command line says how it read a churn flag coded 1/2 or one that churns everyone, and
 * takes the floor of a relative window in --definition. Counts come from the files themselves.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratchDirs } from './runCli.ts';
import { TELCO } from '../sharedData.ts';

const scratchDir = scratchDirs();

interface Printed {
  customers: number;
  churned: number;
  definition: Record<string, unknown>;
  definitionText: string;
  issues: { severity: string; code: string; message: string }[];
}

describe('churnscope customers: inputs that would change the answer', () => {
  it('customers <Telco with Churn recoded 2/1> reads 2 as churned (1,869 of 7,043) and says so', () => {
    const [head, ...lines] = readFileSync(TELCO, 'utf8').replace(/\r\n/g, '\n').trimEnd().split('\n');
    const churn = lines.map((l) => l.slice(l.lastIndexOf(',') + 1));
    const yes = churn.filter((v) => v === 'Yes').length;
    const path = join(scratchDir(), 'telco-1-2.csv');
    const recoded = lines.map((l, i) => l.slice(0, l.lastIndexOf(',') + 1) + (churn[i] === 'Yes' ? '2' : '1'));
    writeFileSync(path, [head, ...recoded].join('\n'));
    const r = cli('customers', path);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Printed;
    expect(yes).toBe(1869);
    expect(out).toMatchObject({ customers: lines.length, churned: yes });
    const note = out.issues.find((i) => i.code === 'flag-one-two');
    expect(note?.severity).toBe('warning');
    expect(note?.message).toBe(
      `"Churn" holds only the values 1 and 2, read as R survival's status coding: 2 = churned (${yes} customers), 1 = still a customer (${lines.length - yes}). If 1 means churned in this data, recode the column as yes/no or 1/0.`,
    );
  });

  it('customers <a flag that is yes for everyone> warns with the column and its values', () => {
    const path = join(scratchDir(), 'all-churned.csv');
    writeFileSync(path, ['id,tenure,Churn', 'a,3,Yes', 'b,5,Yes', 'c,8,Yes'].join('\n'));
    const out = JSON.parse(cli('customers', path).stdout) as Printed;
    expect(out).toMatchObject({ customers: 3, churned: 3 });
    expect(out.issues.find((i) => i.code === 'flag-all-churned')?.message).toBe(
      'Every customer with a churn flag (3) is churned: "Churn" holds only "Yes", all read as yes. Check that this is the churn flag column and how it codes churn.',
    );
  });

  it('customers --definition with minDays applies and prints the floor of a relative window', () => {
    // As of 2024-03-31: a buys every 2 days, last 10 days ago (3 × 2 = 6); b bought once, 50 days ago.
    const path = join(scratchDir(), 'log.csv');
    writeFileSync(
      path,
      [
        'customer_id,date,amount',
        'a,2024-03-15,1',
        'a,2024-03-17,1',
        'a,2024-03-19,1',
        'a,2024-03-21,1',
        'b,2024-02-10,1',
        'z,2024-03-31,1',
      ].join('\n'),
    );
    const run = (definition: object) =>
      JSON.parse(cli('customers', path, '--definition', JSON.stringify(definition)).stdout) as Printed;
    // Floor 30 (the default): a's window is 30 days → active; b (50 > 45) churned.
    const floored = run({ kind: 'inactivity', days: 45, relativeFactor: 3 });
    expect(floored.churned).toBe(1);
    expect(floored.definition).toEqual({ kind: 'inactivity', days: 45, relativeFactor: 3, minDays: 30 });
    expect(floored.definitionText).toBe(
      'churned = more than 3 × their median gap between purchases, and more than 30 days, without activity (more than 45 days for single-purchase customers)',
    );
    // Floor 5: a's window max(5, 6) = 6 < 10 → churned too.
    expect(run({ kind: 'inactivity', days: 45, relativeFactor: 3, minDays: 5 }).churned).toBe(2);
    const bad = cli('customers', path, '--definition', '{"kind":"inactivity","days":45,"minDays":30}');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"minDays" is the floor of a relative window; it needs "relativeFactor"');
  });
});
