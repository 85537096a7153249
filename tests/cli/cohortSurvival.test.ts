import { readFileSync } from 'node:fs';
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

  it('survival <CDNOW sample> states the duration and counts one-time buyers as the raw file does', () => {
    // Counted from the text itself: field 1 is the customer, field 3 the day (YYYYMMDD); a one-time
    // buyer has one distinct day, and has churned when the data's last day is more than 180 days later.
    const days = new Map<string, Set<string>>();
    for (const line of readFileSync(CDNOW_SAMPLE, 'utf8').trim().split(/\r?\n/)) {
      const [id, , day] = line.trim().split(/\s+/);
      if (!days.has(id)) days.set(id, new Set());
      days.get(id)!.add(day);
    }
    const dayMs = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8));
    const last = Math.max(...[...days.values()].flatMap((set) => [...set].map(dayMs)));
    const once = [...days.values()].filter((set) => set.size === 1);
    const onceLost = once.filter((set) => (last - dayMs([...set][0])) / 86_400_000 > 180).length;

    const known = JSON.parse(cli('survival', CDNOW_SAMPLE, '--times', '0').stdout);
    expect(known.duration).toBe('first-to-loss-known');
    expect(known.durationText).toMatch(/to the day the loss became known \(last activity \+ 181 days/);
    expect(known.oneTimeBuyers).toMatchObject({ customers: once.length, churned: onceLost, stepOneTime: onceLost });
    expect(known.oneTimeBuyers.share).toBeCloseTo(once.length / days.size, 12);
    expect(known.groups[0].survival).toEqual([1]);

    const activity = JSON.parse(cli('survival', CDNOW_SAMPLE, '--times', '0', '--duration', 'activity').stdout);
    expect(activity.duration).toBe('first-to-last-activity');
    expect(activity.oneTimeBuyers).toMatchObject({ stepTime: 0, stepEvents: onceLost, stepAtRisk: days.size });
    // Only a one-time buyer can be lost at time 0: S(0) = 1 − lost one-time buyers / customers.
    expect(activity.groups[0].survival[0]).toBeCloseTo(1 - onceLost / days.size, 12);
  });

  it('survival --duration takes known or activity', () => {
    const r = cli('survival', CDNOW_SAMPLE, '--duration', 'purchase');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--duration takes known or activity/);
  });
});
