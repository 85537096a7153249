import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import { chartCsv, csvCell, fileNameOf, wrapText } from '../../src/charts/chartData.ts';
import { exportableSvg } from '../../src/charts/svgExport.ts';

test('csvCell(text) neutralises formula-like cells with a leading apostrophe and quotes separators', () => {
  expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
  expect(csvCell('+1')).toBe("'+1");
  expect(csvCell('-2')).toBe("'-2");
  expect(csvCell('@cmd')).toBe("'@cmd");
  expect(csvCell('a,b')).toBe('"a,b"');
  expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  expect(csvCell(-2)).toBe('-2');
  expect(csvCell(NaN)).toBe('');
});

test('chartCsv(table, stamp) starts with the definition and the as-of date', () => {
  const csv = chartCsv(
    {
      columns: [
        { label: 'value', kind: 'text' },
        { label: 'rate', kind: 'percent' },
      ],
      rows: [['=x', 0.5]],
    },
    { definitionText: 'churned = more than 180 days without activity', asOf: '1998-06-30' },
  );
  expect(csv.split('\r\n')).toEqual([
    '# definition: churned = more than 180 days without activity',
    '# as of: 1998-06-30',
    'value,rate',
    "'=x,0.5",
    '',
  ]);
});

test('wrapText and fileNameOf keep export text readable', () => {
  expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  expect(wrapText('流失率流失率', 4)).toEqual(['流失率流', '失率']);
  expect(fileNameOf('Churn rate by Contract', 'svg')).toBe('Churn-rate-by-Contract.svg');
  expect(fileNameOf('按“合同”看流失率', 'png')).toBe('按-合同-看流失率.png');
});

test('exportableSvg(svg, title, lines) adds a title, a desc and the caption lines under the chart', () => {
  const { window } = new JSDOM('');
  const svg = window.document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', '300');
  svg.setAttribute('height', '100');
  const out = exportableSvg(svg as unknown as SVGSVGElement, 'Churn by Contract', [
    'Definition: churned = the churn flag is yes',
    'As of Jun 30, 1998',
  ]);
  expect(out.height).toBeGreaterThan(100);
  expect(out.text).toContain('<title>Churn by Contract</title>');
  expect(out.text).toContain('<desc>Definition: churned = the churn flag is yes\nAs of Jun 30, 1998</desc>');
  expect(out.text).toMatch(/<text[^>]*>As of Jun 30, 1998<\/text>/);
  expect(out.text).toContain('xmlns="http://www.w3.org/2000/svg"');
});
