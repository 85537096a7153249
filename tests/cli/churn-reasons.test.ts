/**
 * `churnscope reasons` as a user runs it: on the Cognos Telco sample against pandas
 * (tests/fixtures/churn-reasons/reference.json) and the README's published counts, and on the
 * teaching sample with several reasons per customer.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, TELCO_REASONS } from '../sharedData.ts';
import { cli } from './runCli.ts';

const ref = JSON.parse(readFileSync(fixture('churn-reasons', 'reference.json'), 'utf8'));
const TEACHING = resolve(import.meta.dirname, '../../public/samples/churn-reasons-teaching.csv');

const json = (...args: string[]) => {
  const r = cli(...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe('churnscope reasons', () => {
  it('reasons <cognos> --by Contract --value CLTV prints the pandas Pareto, crosstab, lost CLTV and types', () => {
    const out = json('reasons', TELCO_REASONS, '--by', 'Contract', '--value', 'CLTV');
    // README: 1,869 churned, each with one of 20 reasons.
    expect([out.churned, out.withReason, out.several, out.reasons.length]).toEqual([1869, 1869, 0, 20]);
    // pandas value_counts, crosstab and groupby sums: exact counts and whole-number CLTV sums.
    expect(out.reasons.map((x: { reason: string; count: number }) => [x.reason, x.count])).toEqual(
      ref.pareto.map((p: { reason: string; count: number }) => [p.reason, p.count]),
    );
    expect(Object.fromEntries(out.reasons.map((x: { reason: string; lost: number }) => [x.reason, x.lost]))).toEqual(
      ref.lostCltv,
    );
    expect(Object.fromEntries(out.reasons.map((x: { reason: string; type: string }) => [x.reason, x.type]))).toEqual(
      ref.types,
    );
    expect(out.lost).toEqual({ column: 'CLTV', total: ref.lostCltvTotal, missing: 0 });
    const mtm = out.bySegment.segments.find((s: { segment: string }) => s.segment === 'Month-to-month');
    expect(mtm.churners).toBe(1655);
    for (const [reason, counts] of Object.entries(ref.byContract as Record<string, Record<string, number>>))
      expect(mtm.reasons[reason]).toBe(counts['Month-to-month']);
  });

  it('reasons <teaching sample> says the shares add to more than 100 % and counts by month', () => {
    const out = json('reasons', TEACHING, '--value', 'none');
    expect(out.several).toBeGreaterThan(0);
    expect(out.notes.some((n: string) => n.includes('more than 100 %'))).toBe(true);
    expect(out.reasons.reduce((n: number, x: { share: number }) => n + x.share, 0)).toBeGreaterThan(1);
    expect(out.lost).toBeUndefined();
    expect(out.byMonth.months.at(-1).month).toBe('2024-12');
  });

  it('reasons with an unknown type for --involuntary is a usage error', () => {
    const r = cli('reasons', TELCO_REASONS, '--involuntary', 'natural,bored');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--involuntary takes churn types');
  });
});
