/**
 * The segments shape realises its planted shares and churn rates exactly (the course's A/B/C
 * tiers: 10/30/60 % of customers churning 5/15/30 %, 23 % overall), and refuses bad segments.
 */
import { describe, expect, it } from 'vitest';
import { checkRequest, generate } from '../../../src/core/synthetic/generate.ts';
import { segmentSizes } from '../../../src/core/synthetic/generateSegments.ts';
import { DEFAULT_SEGMENTS_TRUTH } from '../../../src/core/synthetic/plantedTruth.ts';

function rows(customers: number, seed: number): string[][] {
  let text = '';
  generate({ customers, seed, shape: 'segments' }, (c) => (text += c));
  return text
    .trim()
    .split('\n')
    .map((l) => l.split(','));
}

describe('generate segments', () => {
  it('segmentSizes(total, shares) adds up to the total by largest remainder', () => {
    expect(segmentSizes(1_000, [0.1, 0.3, 0.6])).toEqual([100, 300, 600]);
    expect(segmentSizes(1_001, [0.1, 0.3, 0.6])).toEqual([100, 300, 601]);
    expect(segmentSizes(10, [1 / 3, 1 / 3, 1 / 3])).toEqual([4, 3, 3]);
  });

  it('plants 10/30/60 % of customers churning exactly 5/15/30 %: 23 % overall', () => {
    const [head, ...body] = rows(2_000, 3);
    expect(head).toEqual(['customer_id', 'tier', 'annual_value', 'churn']);
    const count = (tier: string, churn?: string) =>
      body.filter((r) => r[1] === tier && (churn === undefined || r[3] === churn)).length;
    // Planted: 0.1·2000 = 200 customers of which 5 % = 10 churned, and so on.
    expect([count('A'), count('B'), count('C')]).toEqual([200, 600, 1_200]);
    expect([count('A', 'Yes'), count('B', 'Yes'), count('C', 'Yes')]).toEqual([10, 90, 360]);
    expect(body.filter((r) => r[3] === 'Yes').length / body.length).toBe(0.23);
    // Value ranges do not overlap: every A is worth more than every B, every B more than every C.
    const values = (tier: string) => body.filter((r) => r[1] === tier).map((r) => Number(r[2]));
    expect(Math.min(...values('A'))).toBeGreaterThan(Math.max(...values('B')));
    expect(Math.min(...values('B'))).toBeGreaterThan(Math.max(...values('C')));
  });

  it('the seed shuffles the rows (tiers are mixed), the same seed gives the same rows', () => {
    const a = rows(1_000, 5);
    expect(rows(1_000, 5)).toEqual(a);
    expect(rows(1_000, 6)).not.toEqual(a);
    expect(new Set(a.slice(1, 20).map((r) => r[1])).size).toBeGreaterThan(1);
  });

  it('refuses segments whose shares do not add up to 1, or asked of another shape', () => {
    const bad = { ...DEFAULT_SEGMENTS_TRUTH, segments: DEFAULT_SEGMENTS_TRUTH.segments.slice(1) };
    expect(checkRequest({ customers: 1_000, seed: 1, shape: 'segments', truth: bad })).toBe('bad-truth');
    const log = { customers: 1_000, seed: 1, shape: 'log' as const, truth: DEFAULT_SEGMENTS_TRUTH };
    expect(checkRequest(log)).toBe('bad-truth');
    const noValue = { ...DEFAULT_SEGMENTS_TRUTH, segments: [{ name: 'A', share: 1, churn: 0.1 }] };
    expect(checkRequest({ customers: 1_000, seed: 1, shape: 'segments', truth: noValue })).toBe('bad-truth');
  });
});
