/**
 * The forest plot's term labels (odds ratios and hazard ratios): Telco's long category names in
 * English and Chinese are shown whole, on two lines when they need them, and every tick of the
 * log axis is labelled.
 */
import { describe, expect, it, test } from 'vitest';
import { coefficientPlot, forestLabel, type OddsRatioRow } from '../../src/charts/risk-model/coefficientPlot.ts';
import { textWidth } from '../../src/charts/chartData.ts';
import { expectPlotSnapshot, plotElement } from './plotSnapshot.ts';

const LONG_EN = 'PaymentMethod = Bank transfer (automatic) (vs Electronic check)';
const LONG_ZH = '支付方式 = 银行转账（自动）（对照：电子支票）';
const rows: OddsRatioRow[] = [
  { label: LONG_EN, oddsRatio: 0.56, low: 0.47, high: 0.66, p: 1e-9 },
  { label: 'InternetService = No (vs Fiber optic)', oddsRatio: 0.26, low: 0.02, high: 3.1, p: 0.3 },
  { label: LONG_ZH, oddsRatio: 0.54, low: 0.45, high: 0.65, p: 1e-9 },
  { label: 'Contract = Two year (vs Month-to-month)', oddsRatio: 0.042, low: 0.03, high: 0.06, p: 1e-20 },
  { label: 'MonthlyCharges (per +1)', oddsRatio: 1.0, low: 0.99, high: 1.01, p: 0.5 },
];

/** The y axis's tick labels as drawn: each tick's text, its lines joined by a newline. */
function tickLabels(svg: Element): string[] {
  return [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => {
    const spans = [...t.querySelectorAll('tspan')];
    return spans.length > 0 ? spans.map((s) => s.textContent).join('\n') : (t.textContent ?? '');
  });
}

test('coefficientPlot with long English and Chinese labels renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(coefficientPlot(rows, { width: 640 })), 'riskForestLongLabels');
});

describe('forest plot labels', () => {
  it('forestLabel keeps a label that fits as it is', () => {
    expect(forestLabel('Contract = Two year', 200)).toBe('Contract = Two year');
  });

  it('forestLabel wraps a long label at a space onto two lines, each within the room, nothing lost', () => {
    const label = forestLabel(LONG_EN, 240);
    const lines = label.split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(240);
    expect(lines.join(' ')).toBe(LONG_EN);
  });

  it('forestLabel splits a label just over the room into two even lines, not one and a lone bracket', () => {
    const label = 'PaymentMethod = Bank transfer (automatic)（对比 Electronic check）';
    const room = textWidth(label, 11) - 10;
    const lines = forestLabel(label, room).split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(textWidth(line, 11)).toBeGreaterThan(textWidth(label, 11) / 3);
  });

  it('forestLabel wraps Chinese between characters, nothing lost', () => {
    const lines = forestLabel(LONG_ZH, 180).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.join('').replace(/\s/g, '')).toBe(LONG_ZH.replace(/\s/g, ''));
  });

  it('forestLabel cuts only what two lines cannot hold, with an ellipsis', () => {
    const lines = forestLabel(`${LONG_EN} ${LONG_EN}`, 150).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(150);
  });

  it('coefficientPlot at 640 px shows every Telco label whole and the label column fits the widest line', () => {
    const svg = plotElement(coefficientPlot(rows, { width: 640 }));
    const shown = tickLabels(svg);
    expect(shown.map((l) => l.replace(/\n/g, ' ').replace(/(?<=[\u3000-\uffff]) (?=[\u3000-\uffff])/gu, ''))).toEqual(
      expect.arrayContaining([LONG_EN, LONG_ZH, 'Contract = Two year (vs Month-to-month)']),
    );
    expect(shown.some((l) => l.includes('…'))).toBe(false);
  });

  it('coefficientPlot labels every tick of the ratio axis (0.05 and 0.5 included)', () => {
    // The app's formatter: three significant digits, no trailing zeros.
    const svg = plotElement(
      coefficientPlot(rows, { width: 640, formatRatio: (r) => String(Number(r.toPrecision(3))) }),
    );
    const ticks = [...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) => t.textContent);
    expect(ticks).toEqual(['0.02', '0.05', '0.1', '0.2', '0.5', '1', '2']);
  });
});
