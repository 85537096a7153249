/**
 * `risk --model tree|naive-bayes|tan|cox`: Quinlan's play-tennis tree (root Outlook) and the Cox
 * model on lifelines' rossi against R's coxph (tests/fixtures/risk-model-cox/make_reference.R).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, sharedData, TELCO } from '../sharedData.ts';
import { cli } from './runCli.ts';

const json = (...args: string[]) => {
  const r = cli(...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const TENNIS = sharedData('play-tennis', 'play_tennis.csv');
const ROSSI = sharedData('lifelines-datasets', 'rossi.csv');
const R = JSON.parse(readFileSync(fixture('risk-model-cox', 'rossi.json'), 'utf8'));
const efron = R.fits.find((f: { ties: string; transform: string }) => f.ties === 'efron' && f.transform === 'km');
const covariates: string[] = R.meta.covariates;

describe('churnscope risk, other models', () => {
  it('risk <play tennis> --model tree --tree id3 grows Quinlan’s tree: root Outlook, overcast always plays', () => {
    const r = json(
      'risk',
      TENNIS,
      ...['--model', 'tree', '--tree', 'id3', '--min-leaf', '1', '--test-fraction', '0', '--folds', '2'],
      ...['--role', 'churn_flag=play', '--role', 'customer_id=day', '--features', 'outlook,temperature,humidity,wind'],
    );
    // Quinlan (1986), figure 2: outlook at the root, humidity under sunny, wind under rain.
    expect([r.tree.root, r.tree.depth, r.tree.leaves]).toEqual(['outlook', 2, 5]);
    expect(r.rules.map((x: { text: string }) => x.text)).toContain('if outlook = overcast then churn 100.0 % (n = 4)');
    expect(r.rules.map((x: { text: string }) => x.text)).toContain(
      'if outlook = sunny and humidity = high then churn 0.0 % (n = 3)',
    );
  });

  it('risk <rossi> --model cox gives R coxph’s hazard ratios (Efron ties) and concordance', () => {
    const r = json(
      'risk',
      ROSSI,
      ...['--model', 'cox', '--test-fraction', '0', '--role', 'tenure=week', '--role', 'churn_flag=arrest'],
    );
    expect(r.hazardRatios.map((h: { feature: string }) => h.feature.split(' = ')[0])).toEqual(covariates);
    r.hazardRatios.forEach(
      (h: { feature: string; reference?: string; hazardRatio: number; ci: number[] }, j: number) => {
        // A 0/1 column read as no/yes is compared with its most frequent level: against "yes" the
        // hazard ratio is R's inverted (e^−β) and its interval's ends swap.
        const flipped = h.reference === 'yes';
        const [hr, lo, hi] = [efron.hazardRatios[j], efron.lower95[j], efron.upper95[j]];
        // 1e-4, as issue 15 asks; the fits agree to about 1e-9.
        expect(h.hazardRatio).toBeCloseTo(flipped ? 1 / hr : hr, 4);
        expect(h.ci[0]).toBeCloseTo(flipped ? 1 / hi : lo, 4);
        expect(h.ci[1]).toBeCloseTo(flipped ? 1 / lo : hi, 4);
      },
    );
    // Harrell's C: the same pairs counted the same way whichever direction a 0/1 column is coded.
    expect(r.concordance).toBeCloseTo(efron.concordance, 6);
    // cox.zph (KM scale): a column's direction does not change its χ²; 1e-4 relative as above.
    r.hazardRatios.forEach((h: { proportionalHazards: { chiSquare: number } }, j: number) =>
      expect(h.proportionalHazards.chiSquare).toBeCloseTo(efron.zph.chisq[j], 4),
    );
    expect(r.proportionalHazards.statistic).toBeCloseTo(efron.zph.chisq[covariates.length], 4);
    expect(r.proportionalHazards.df).toBe(covariates.length);
  });

  it('risk <telco> --model naive-bayes states its smoothing; --model tan names its root', () => {
    const nb = json('risk', TELCO, '--model', 'naive-bayes', '--alpha', '0.5');
    expect(nb.network.smoothing).toBe('Laplace: (count + 0.5) / (total + 0.5 × levels)');
    const tan = json('risk', TELCO, '--model', 'tan');
    expect(tan.network.features.find((f: { name: string }) => f.name === tan.network.root).parent).toBeNull();
  });

  it('--tree and --class-weight take only their values', () => {
    const r = cli('risk', TELCO, '--model', 'tree', '--tree', 'c5');
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('--tree takes id3 or c45 or cart')]);
  });
});
