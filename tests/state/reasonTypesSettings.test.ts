import { expect, test } from 'vitest';
import { analysisProblem } from '../../src/state/analysisSettings.ts';

const base = { definition: { kind: 'flag' }, asOf: '', unit: 'weeks', returns: 'net', tierShares: [0.1, 0.3, 0.6] };

test('analysisProblem accepts saved reason → churn type choices and names a bad one', () => {
  expect(analysisProblem({ ...base, reasonTypes: { 搬家: 'natural', 'too expensive': 'disappointed' } })).toBeNull();
  expect(analysisProblem({ ...base, reasonTypes: { 搬家: 'moved' } })).toBe(
    'unknown churn type "moved" for the reason "搬家"',
  );
  expect(analysisProblem({ ...base, reasonTypes: ['natural'] })).toBe('"reasonTypes" is not an object');
});
