/** The shape the panels name (src/components/datasetShape.ts): an aggregate of the app's SQL by its analysis. */
import { describe, expect, it } from 'vitest';
import type { DatasetSummary, Issue } from '../../src/engine/api.ts';
import { aggregateShape, shapeLabelKey } from '../../src/components/datasetShape.ts';
import { messages as en } from '../../src/i18n/en/shape.ts';
import { messages as zh } from '../../src/i18n/zh-CN/shape.ts';

const summary = (shape: DatasetSummary['shape'], issues: Issue[]) => ({ shape, issues }) as unknown as DatasetSummary;
const recognised = (aggregate: string): Issue => ({
  severity: 'info',
  code: 'aggregate-computed-elsewhere',
  message: '',
  params: { aggregate },
});

describe('datasetShape', () => {
  it('names each aggregate the app reads back, whatever shape its roles suggested', () => {
    for (const kind of ['retention-triangle', 'survival', 'churn-kpis'] as const) {
      const s = summary(kind === 'churn-kpis' ? 'customers' : 'unknown', [recognised(kind)]);
      expect(aggregateShape(s)).toBe(kind);
      expect(shapeLabelKey(s)).toEqual({ key: `shape.aggregate.${kind}`, className: 'shape-aggregate' });
      // Worded in both languages.
      expect(en[`shape.aggregate.${kind}`]).toMatch(/SQL/);
      expect(zh[`shape.aggregate.${kind}`]).toMatch(/\p{Script=Han}/u);
    }
  });

  it('keeps the detected shape otherwise', () => {
    expect(shapeLabelKey(summary('transactions', []))).toEqual({
      key: 'shape.transactions',
      className: 'shape-transactions',
    });
    // An aggregate of a kind this version does not read is not named as one.
    expect(shapeLabelKey(summary('unknown', [recognised('rfm')]))).toEqual({
      key: 'shape.unknown',
      className: 'shape-unknown',
    });
  });
});
