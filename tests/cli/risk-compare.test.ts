/**
 * `risk --compare logistic,tree,naive-bayes,tan` on Telco: every model on the same held-out
 * quarter and folds, the logistic entry equal to scikit-learn's (make_reference.py), the paired
 * DeLong tests printed against the best model; a wrong name is a usage error.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, TELCO } from '../sharedData.ts';
import { cli } from './runCli.ts';

const reference = JSON.parse(readFileSync(fixture('risk-model', 'reference.json'), 'utf8')).telco.heldOut;

describe('churnscope risk --compare', () => {
  it('risk <telco> --compare logistic,tree,naive-bayes,tan prints each model and the paired tests', () => {
    const r = cli('risk', TELCO, '--compare', 'logistic,tree,naive-bayes,tan');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const c = JSON.parse(r.stdout).comparison;
    expect(c.models.map((m: { model: string }) => m.model)).toEqual(['logistic', 'tree', 'naive-bayes', 'tan']);
    expect([c.on, c.customers, c.churners]).toEqual(['test', 1761, 467]);
    const logistic = c.models[0];
    // make_reference.py: scikit-learn on the same quarter (seed 1), AUC and fold AUCs to 1e-4.
    expect(logistic.auc).toBeCloseTo(reference.auc, 4);
    logistic.cv.auc.forEach((a: number, f: number) => expect(a).toBeCloseTo(reference.foldAuc[f], 4));
    expect(logistic.gains).toHaveLength(10);
    for (const m of c.models) expect(m.cv.auc).toHaveLength(5);
    expect(c.tests).toHaveLength(3);
    for (const t of c.tests) {
      expect(t.against).toBe(c.best);
      expect(t.text).toMatch(
        new RegExp(`^${c.best} − ${t.model}: AUC 0\\.\\d{3} − 0\\.\\d{3} = 0\\.\\d{3} \\(DeLong z = `),
      );
    }
  });

  it('risk --compare with an unknown or Cox model is a usage error naming the choices', () => {
    const r = cli('risk', TELCO, '--compare', 'logistic,cox');
    // A usage error exits 2, as every other mistaken flag (tests/cli).
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--compare takes models from logistic,tree,naive-bayes,tan, not "cox"/);
  });
});
