import { describe, expect, it } from 'vitest';
import { cli } from './runCli.ts';
import { CDNOW_SAMPLE, TELCO } from '../sharedData.ts';

describe('churnscope cohort and survival', () => {
  it('cohort <CDNOW> --period month --measure active prints cohorts with sizes, rates and observed flags', () => {
    const r = cli('cohort', CDNOW_SAMPLE, '--period', 'month', '--measure', 'active');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.cohorts.map((c: { start: string }) => c.start)).toEqual(['1997-01', '1997-02', '1997-03']);
    for (const c of out.cohorts) {
      expect(c.values[0]).toBe(1);
      expect(c.values).toHaveLength(c.observed.length);
    }
    expect(out.definition).toMatchObject({ kind: 'inactivity' });
  });
  it('cohort on a snapshot without dates exits 2 and points to survival', () => {
    const r = cli('cohort', TELCO);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/survival/);
  });
  it('survival <telco> --group Contract --times 12,24 prints curves, medians and the log-rank test', () => {
    const r = cli('survival', TELCO, '--group', 'Contract', '--times', '12,24');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.groups).toHaveLength(3);
    expect(out.logrank.df).toBe(2);
    const m2m = out.groups.find((g: { name: string }) => g.name === 'Month-to-month');
    expect(m2m.n).toBe(3875);
    expect(m2m.survival).toHaveLength(2);
  });
});
