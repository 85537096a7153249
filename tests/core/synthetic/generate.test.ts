/**
 * The generator's contract: the same seed gives the same bytes, bad requests are codes, the
 * seasonal segment orders once a year in its season and stays with the planted yearly odds,
 * and a million customers stream out in seconds.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkRequest, generate } from '../../../src/core/synthetic/generate.ts';
import { DEFAULT_LOG_TRUTH } from '../../../src/core/synthetic/plantedTruth.ts';

function sha(customers: number, seed: number, shape: 'log' | 'snapshot'): { hash: string; chunks: number } {
  const h = createHash('sha256');
  let chunks = 0;
  generate({ customers, seed, shape }, (c) => (h.update(c), chunks++));
  return { hash: h.digest('hex'), chunks };
}

describe('generate', () => {
  it.each(['log', 'snapshot'] as const)('%s: the same seed gives the same bytes, another seed others', (shape) => {
    expect(sha(5_000, 42, shape).hash).toBe(sha(5_000, 42, shape).hash);
    expect(sha(5_000, 42, shape).hash).not.toBe(sha(5_000, 43, shape).hash);
  });

  it('refuses sizes outside 1,000 – 1,000,000, seeds that are not whole, unknown shapes', () => {
    expect(checkRequest({ customers: 999, seed: 1, shape: 'log' })).toBe('customers-out-of-range');
    expect(checkRequest({ customers: 1_000_001, seed: 1, shape: 'log' })).toBe('customers-out-of-range');
    expect(checkRequest({ customers: NaN, seed: 1, shape: 'log' })).toBe('customers-out-of-range');
    expect(checkRequest({ customers: 1_000, seed: 1.5, shape: 'log' })).toBe('seed-not-whole');
    expect(checkRequest({ customers: 1_000, seed: -1, shape: 'log' })).toBe('seed-not-whole');
    expect(checkRequest({ customers: 1_000, seed: 1, shape: 'x' as 'log' })).toBe('unknown-shape');
    const chunks: string[] = [];
    expect(generate({ customers: 10, seed: 1, shape: 'log' }, (c) => chunks.push(c))).toEqual({
      ok: false,
      problem: 'customers-out-of-range',
    });
    expect(chunks).toEqual([]);
  });

  it('plants the seasonal segment: its share, one order a year in its season, the yearly stay rate', () => {
    const n = 50_000;
    const { share, seasonStartDay, seasonEndDay, annualChurn } = DEFAULT_LOG_TRUTH.seasonal;
    const years = new Map<string, number[]>();
    const text: string[] = [];
    generate({ customers: n, seed: 5, shape: 'log' }, (c) => text.push(c));
    for (const line of text.join('').trimEnd().split('\n').slice(1)) {
      const [id, date] = line.split(',');
      if (!id.startsWith('S')) continue;
      const day = (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${date.slice(0, 4)}-01-01T00:00:00Z`)) / 86_400_000;
      expect(day).toBeGreaterThanOrEqual(seasonStartDay);
      expect(day).toBeLessThanOrEqual(seasonEndDay);
      years.set(id, [...(years.get(id) ?? []), Number(date.slice(0, 4))]);
    }
    // Binomial: the segment's share within 3 standard errors.
    expect(Math.abs(years.size / n - share)).toBeLessThan(3 * Math.sqrt((share * (1 - share)) / n));
    // Consecutive years from the first, one order each; those who ordered in year k order in k+1 with 1 − annualChurn.
    let stayed = 0;
    let atRisk = 0;
    for (const ys of years.values()) {
      ys.forEach((y, k) => expect(y).toBe(Number(DEFAULT_LOG_TRUTH.start.slice(0, 4)) + k));
      atRisk += Math.min(ys.length, 2);
      stayed += ys.length - 1;
    }
    const keep = 1 - annualChurn;
    expect(Math.abs(stayed / atRisk - keep)).toBeLessThan(3 * Math.sqrt((keep * annualChurn) / atRisk));
  });

  // Timing on this project's CI class of machine (2 shared cores): log 2–7 s, snapshot 1–2 s for
  // 1,000,000 customers; the bound is generous (a hang or a quadratic slip, not a benchmark).
  it.each(['log', 'snapshot'] as const)(
    '%s: 1,000,000 customers in chunks of at most 128 KiB, within 60 s',
    (shape) => {
      const started = performance.now();
      let largest = 0;
      let rows = -1;
      const outcome = generate({ customers: 1_000_000, seed: 1, shape }, (c) => {
        largest = Math.max(largest, c.length);
        for (let i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) rows++;
      });
      const seconds = (performance.now() - started) / 1000;
      expect(outcome.ok && outcome.counts.rows).toBe(rows);
      expect(largest).toBeLessThan(1 << 17);
      expect(seconds).toBeLessThan(60);
    },
    120_000,
  );
});
