import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { i18n } from '../../src/i18n/i18n.svelte.ts';
import { evidenceSentence } from '../../src/core/analyses/early-warnings/warningEvidence.ts';
import type { WarningEvidence } from '../../src/engine/api.ts';

const cases: WarningEvidence[] = [
  { kind: 'declining', months: 3, path: [420, 310, 120, 40], from: '2011-08', to: '2011-11' },
  { kind: 'declining', months: 2, path: [12.5, 3.456, -0.001], from: '2011-09', to: '2011-11' },
  { kind: 'below', threshold: 0, months: 1, path: [0], from: '2011-11', to: '2011-11' },
  { kind: 'below', threshold: 50.25, months: 2, path: [49.999, 1.005], from: '2011-10', to: '2011-11' },
  { kind: 'seasonal', skipped: [{ month: 10, year: 2011, earlier: [2010], lastYear: 250 }] },
  {
    kind: 'seasonal',
    skipped: [
      { month: 0, year: 2012, earlier: [2009, 2010, 2011], lastYear: 99.9 },
      { month: 11, year: 2011, earlier: [2009, 2010], lastYear: 1234567.891 },
    ],
  },
  { kind: 'overdue', days: 61, since: '2011-04-11', factor: 2, usualGap: 30 },
  { kind: 'overdue', days: 400, since: '2010-10-01', factor: 1.5, usualGap: 27.5 },
];

afterEach(() => i18n.setLocale('en'));

describe('i18n.evidenceText', () => {
  // The UI words evidence from data; in English it must say exactly what exports say.
  it('i18n.evidenceText in English equals the engine sentence for every kind of evidence', () => {
    i18n.setLocale('en');
    for (const e of cases) expect(i18n.evidenceText(e)).toBe(evidenceSentence(e));
  });

  it('i18n.evidenceText rounds any amount as the engine does', () => {
    i18n.setLocale('en');
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e7, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 6 }), (path) => {
        const e: WarningEvidence = { kind: 'declining', months: path.length, path, from: '2020-01', to: '2020-06' };
        expect(i18n.evidenceText(e)).toBe(evidenceSentence(e));
      }),
      { numRuns: 2000, seed: 42 },
    );
  });

  it('i18n.evidenceText words evidence in Chinese, with Chinese month names', () => {
    i18n.setLocale('zh-CN');
    expect(i18n.evidenceText(cases[0])).toBe('收入连续 3 个月下降：420 → 310 → 120 → 40（2011-08 至 2011-11）');
    expect(i18n.evidenceText(cases[2])).toBe('最近一个完整月没有收入：0（2011-11）');
    expect(i18n.evidenceText(cases[4])).toBe('2010 年的十一月都有购买，2011 年十一月没有（去年同月 250）');
    expect(i18n.evidenceText(cases[6])).toBe('自 2011-04-11 起 61 天未购买，超过其通常购买间隔（30 天）的 2 倍');
  });
});
