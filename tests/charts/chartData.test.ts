import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import { chartFile, fileNameOf, wrapToWidth } from '../../src/charts/chartData.ts';
import { exportableSvg } from '../../src/charts/svgExport.ts';

test('chartFile(table, stamp, csv) writes the BOM, the typed table and the stamp after it', () => {
  const bytes = chartFile(
    {
      columns: [
        { label: 'value', kind: 'text' },
        { label: 'rate', kind: 'percent' },
        { label: 'n', kind: 'count' },
        { label: 'lift', kind: 'ratio' },
      ],
      rows: [['=x', 0.1 + 0.2, 3, Infinity]],
    },
    {
      definitionText: 'churned = more than 180 days without activity',
      asOf: '1998-06-30',
      parameters: 'group: Contract',
      sources: ['cdnow.csv'],
      currency: 'USD',
    },
    'csv',
  );
  expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  expect(new TextDecoder().decode(bytes).split('\r\n')).toEqual([
    'value,rate,n,lift',
    "'=x,0.3,3,",
    '',
    '"Churn definition: churned = more than 180 days without activity"',
    '"As of: 1998-06-30"',
    '"Parameters: group: Contract"',
    '"Data source: cdnow.csv"',
    '',
  ]);
});

test('chartFile heads money columns with the currency and says it in the stamp; a table without money does not', () => {
  const stamp = { definitionText: 'd', asOf: '2011-12-09', parameters: '', sources: [], currency: 'GBP' };
  const money = chartFile({ columns: [{ label: 'Highest value', kind: 'money' }], rows: [[1234.5678]] }, stamp, 'csv');
  expect(new TextDecoder().decode(money).split('\r\n').slice(0, 2)).toEqual(['Highest value (GBP)', '1234.57']);
  expect(new TextDecoder().decode(money)).toContain('"Currency: GBP"');
  const counts = chartFile({ columns: [{ label: 'n', kind: 'count' }], rows: [[3]] }, stamp, 'csv');
  expect(new TextDecoder().decode(counts)).not.toContain('Currency');
});

test('wrapToWidth and fileNameOf keep export text readable', () => {
  // At 10 px a Latin letter is estimated at 5.8 px, a space at 3, an ideograph at 10.
  expect(wrapToWidth('one two three four', 45, 10)).toEqual(['one two', 'three', 'four']);
  expect(wrapToWidth('流失率流失率', 40, 10)).toEqual(['流失率流', '失率']);
  expect(fileNameOf('Churn rate by Contract', 'svg')).toBe('Churn-rate-by-Contract.svg');
  expect(fileNameOf('按“合同”看流失率', 'png')).toBe('按-合同-看流失率.png');
});

test('exportableSvg(host, title, lines) draws the title, the swatch legend, the chart and the caption lines', () => {
  const { window } = new JSDOM(
    '<div><figure><div><span><svg fill="#4269d0"><rect/></svg>One year</span></div><svg width="300" height="100"></svg></figure></div>',
  );
  const host = window.document.querySelector('div')!;
  const out = exportableSvg(host as unknown as Element, 'Churn by Contract', [
    'Definition: churned = the churn flag is yes',
    'As of Jun 30, 1998',
  ])!;
  expect(out.height).toBeGreaterThan(100);
  expect(out.text).toContain('<title>Churn by Contract</title>');
  expect(out.text).toContain('<desc>Definition: churned = the churn flag is yes\nAs of Jun 30, 1998</desc>');
  expect(out.text).toMatch(/<text[^>]*>Churn by Contract<\/text>/);
  expect(out.text).toMatch(/<rect[^>]*fill="#4269d0"[^>]*\/><text[^>]*>One year<\/text>/);
  expect(out.text).toMatch(/<text[^>]*>As of Jun 30, 1998<\/text>/);
  expect(out.text).toContain('text-anchor="start"');
  expect(out.text).toContain('xmlns="http://www.w3.org/2000/svg"');
});
