import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratchDirs } from './runCli.ts';

const scratchDir = scratchDirs();

function logFile(lines: string[]): string {
  const path = join(scratchDir(), 'log.csv');
  writeFileSync(path, ['customer_id,date,amount', ...lines].join('\n'));
  return path;
}

describe('churnscope warnings', () => {
  const file = logFile([
    'a,2024-01-10,400',
    'a,2024-02-10,300',
    'a,2024-03-10,200',
    'a,2024-04-10,100',
    'b,2024-01-12,50',
    'b,2024-02-12,50',
    'z,2024-05-03,1',
  ]);
  it('warnings <log> --rules JSON prints the flagged customers with the rules that fired', () => {
    const r = cli(
      'warnings',
      file,
      '--rules',
      '[{"kind":"declining","months":3},{"kind":"below","threshold":0,"months":2}]',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const byId = Object.fromEntries(out.flagged.map((f: { customer_id: string }) => [f.customer_id, f]));
    expect(byId.a.rules).toEqual(['declining']);
    expect(byId.b.rules).toEqual(['below']);
    expect(byId.b.lastDate).toBe('2024-02-12');
    expect(byId.z).toBeUndefined();
  });
  it('warnings without --rules, or with an invalid rule, exits 2 with one line', () => {
    expect(cli('warnings', file).code).toBe(2);
    const r = cli('warnings', file, '--rules', '[{"kind":"declining","months":1}]');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('early-warnings (the kind-name) runs the same command as warnings', () => {
    const rules = ['--rules', '[{"kind":"declining","months":3}]'];
    expect(cli('early-warnings', file, ...rules).stdout).toBe(cli('warnings', file, ...rules).stdout);
  });
});
