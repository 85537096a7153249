/**
 * `quadrant <file>...`: the value-versus-risk quadrant on the command line, on Telco with the
 * logistic model's risk and the 20/80 value threshold: the JSON shape, the README's
 * 1,869 churners spread over the quadrants, and `--out` with quadrant and expected_loss, the
 * quadrants recounted from the written file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TELCO } from '../sharedData.ts';
import { cli, scratchDirs } from './runCli.ts';

const scratch = scratchDirs();

describe('churnscope quadrant', () => {
  it('quadrant <telco> --risk model:logistic --value historical --value-threshold pareto --out: the JSON and the file agree', () => {
    const out = join(scratch(), 'customers.csv');
    const r = cli(
      'quadrant',
      TELCO,
      ...['--risk', 'model:logistic', '--value', 'historical', '--value-threshold', 'pareto', '--out', out],
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const q = JSON.parse(r.stdout);
    expect(Object.keys(q.thresholds)).toEqual(['risk', 'value']);
    expect(q.quadrants.map((x: { name: string }) => x.name)).toEqual([
      'retain now',
      'maintain cheaply',
      'grow',
      'let go',
    ]);
    // README: 1,869 of 7,043 churned; the 11 without TotalCharges (tenure 0, none churned) are not placed.
    expect(q.quadrants.reduce((n: number, x: { churned: number }) => n + x.churned, 0)).toBe(1869);
    expect(q.placed).toBe(7032);
    expect(q.coreAtRisk).toEqual({ customers: q.quadrants[0].customers, valueShare: q.quadrants[0].valueShare });
    // The check of risk against churn: high side = retain now + let go. The model's risk runs with churn on Telco.
    expect(q.riskAgainstChurn.high.customers).toBe(q.quadrants[0].customers + q.quadrants[3].customers);
    expect(q.riskAgainstChurn.contradicts).toBe(false);
    expect(q.riskAgainstChurn.lowBound).toBeGreaterThan(0);
    expect(q.sources.risk.producer).toMatchObject({
      kind: 'risk-model',
      ranHere: true,
      options: { model: 'logistic' },
    });

    const lines = readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n\r?\n/)[0]
      .split(/\r?\n/);
    const header = lines[0].split(',');
    for (const c of ['quadrant', 'expected_loss', 'churn_risk']) expect(header).toContain(c);
    const at = (name: string) => header.indexOf(name);
    const counts: Record<string, number> = {};
    for (const line of lines.slice(1)) {
      const row = line.split(',');
      if (row[at('quadrant')] === '') continue;
      const risk = Number(row[at('quadrant_risk')]);
      const v = Number(row[at('quadrant_value')]);
      // The quadrant written is the one the printed thresholds give (high is ≥ the threshold).
      const expected =
        v >= q.thresholds.value
          ? risk >= q.thresholds.risk
            ? 'retain-now'
            : 'maintain-cheaply'
          : risk >= q.thresholds.risk
            ? 'let-go'
            : 'grow';
      expect(row[at('quadrant')]).toBe(expected);
      counts[expected] = (counts[expected] ?? 0) + 1;
    }
    expect(q.quadrants.map((x: { code: string }) => counts[x.code])).toEqual(
      q.quadrants.map((x: { customers: number }) => x.customers),
    );
  });

  it('quadrant --risk-threshold pareto is refused with the rule named', () => {
    const r = cli('quadrant', TELCO, '--risk', 'MonthlyCharges', '--risk-threshold', 'pareto');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--risk-threshold takes a number, median or top:SHARE/);
  });
});
