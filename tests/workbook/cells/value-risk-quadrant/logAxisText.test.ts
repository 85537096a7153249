import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../../src/i18n/i18n.svelte.ts';
import { scatterDomains } from '../../../../src/charts/value-risk-quadrant/scatterGeometry.ts';
import { logAxisText } from '../../../../src/workbook/cells/value-risk-quadrant/quadrantWords.ts';

afterEach(() => i18n.setLocale('en'));

const f = (...v: number[]) => Float64Array.from(v);

describe('the caption of a log value axis', () => {
  // CDNOW's lifetime values reach down to ~1e-20: money's two decimals printed that as "$0.00".
  const risk = f(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7);
  const value = f(-3, 0, 0, 2e-20, 10, 1000, 2000);

  it('counts the customers with a value of 0 or less, only on a log axis', () => {
    expect(scatterDomains(risk, value, true)).toMatchObject({ yLog: true, nonPositive: 3 });
    expect(scatterDomains(risk, value, false)).toMatchObject({ yLog: false, nonPositive: 0 });
  });

  it('spans four decades below its top at most: a value of 2e-20 does not stretch it over twenty-three', () => {
    // The top is the 99.5th percentile, the value at rank floor(0.995 × 6) = 5 of 7: 1,000; the axis starts at 0.1.
    const d = scatterDomains(risk, value, true);
    expect(d.y[1]).toBe(1000);
    expect(d.y[0]).toBeCloseTo(0.1, 15);
    expect(d).toMatchObject({ nonPositive: 3, belowStart: 1 });
    // With the smallest positive value within four decades, the axis starts there.
    expect(scatterDomains(f(0.1, 0.2, 0.3), f(0.5, 10, 1000), true)).toMatchObject({ y: [0.5, 10], belowStart: 0 });
  });

  it('never starts at 0, says where it starts and who is on its bottom edge', () => {
    const d = scatterDomains(risk, value, true);
    const en = logAxisText(d, true, 'USD');
    expect(en).toContain('spans 4 decades below its top: it starts at $0.10.');
    expect(en).toContain('1 customers with a positive value under $0.10');
    expect(en).toContain('3 customers with a value of 0 or less');
    expect(en).toContain('bottom edge');
    expect(en).toContain('Chosen automatically');
    i18n.setLocale('zh-CN');
    const zh = logAxisText(d, false, 'USD');
    expect(zh).toContain('跨 4 个数量级');
    expect(zh).toContain('3 位价值为 0 或负数的客户');
    expect(zh).not.toContain('自动');
  });

  it('writes a start under a cent in scientific notation, not as "$0.00"', () => {
    const d = scatterDomains(f(0.1, 0.2, 0.3, 0.4), f(0.002, 0.5, 10, 12), true);
    const en = logAxisText(d, false, 'USD');
    expect(en).toContain('starts at the smallest positive value, $2E-3.');
    expect(en).not.toMatch(/\$0\.00/);
  });

  it('writes a smallest value of a cent or more as money, and leaves out the count when none is <= 0', () => {
    const d = scatterDomains(f(0.1, 0.2, 0.3, 0.4, 0.5), f(12.5, 13, 100, 1000, 2000), true);
    expect(logAxisText(d, false, 'GBP')).toBe(
      'The value axis is logarithmic, and a logarithmic axis has no 0: it starts at the smallest positive value, £12.50.',
    );
  });
});
