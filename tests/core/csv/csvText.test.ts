import { describe, expect, it } from 'vitest';
import { csvCell, csvFile, csvRow, csvValue } from '../../../src/core/csv/csvText.ts';
import { aboutLines, parametersText, roundFor } from '../../../src/core/exports/exportTable.ts';

// Expectations written by hand from RFC 4180 §2 (https://www.rfc-editor.org/rfc/rfc4180#section-2)
// and OWASP "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection): a cell
// starting with = + - @, tab (0x09) or carriage return (0x0D) gets a leading single quote; and
// "take care of the field separator (e.g., ',', or ';') ... as attackers could use this to start a
// new cell and then have dangerous characters in the middle of the user input".

describe('csvCell', () => {
  it('csvCell(text) leaves plain text as it is', () => {
    expect(csvCell('Month-to-month')).toBe('Month-to-month');
    expect(csvCell('')).toBe('');
    expect(csvCell('流失')).toBe('流失');
  });
  it('csvCell(text) quotes a field holding a comma (RFC 4180 §2.6)', () => {
    expect(csvCell('Smith, Jane')).toBe('"Smith, Jane"');
  });
  it('csvCell(text) quotes a field holding a quote and doubles the quote (RFC 4180 §2.7)', () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('"')).toBe('""""');
  });
  it('csvCell(text) quotes a field holding a line break, LF or CRLF (RFC 4180 §2.6)', () => {
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
  });
  it('csvCell(text) neutralises a leading = + - @ with a single quote (OWASP)', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
  });
  it('csvCell(text) neutralises a leading tab or carriage return, quotes the field, and neutralises the formula after it', () => {
    expect(csvCell('\t=1')).toBe(`"'\t'=1"`);
    expect(csvCell('\r=1')).toBe(`"'\r'=1"`);
    expect(csvCell('\tx')).toBe(`"'\tx"`);
  });
  it('csvCell(text) neutralises first and quotes after, so a formula with quotes and commas stays one inert cell', () => {
    expect(csvCell('=HYPERLINK("http://x.test","click")')).toBe('"\'=HYPERLINK(""http://x.test"",""click"")"');
  });
  it('csvCell(text) looks at the first character after leading white space for a formula', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('2024-01-01')).toBe('2024-01-01');
    // Excel trims leading spaces before it decides a cell is a formula (OWASP, "CSV Injection").
    expect(csvCell(' =1')).toBe("' =1");
    expect(csvCell('\u3000 +1')).toBe("'\u3000 +1");
  });
  it('csvCell(text) neutralises the full-width ＝＋－＠ an East Asian spreadsheet may read as formulas', () => {
    expect(csvCell('＝SUM(A1)')).toBe("'＝SUM(A1)");
    expect(csvCell('＋1')).toBe("'＋1");
    expect(csvCell('－1')).toBe("'－1");
    expect(csvCell('＠A1')).toBe("'＠A1");
    expect(csvCell('x;＝1')).toBe(`"x;'＝1"`);
  });
  it('csvCell(text) quotes any field holding a semicolon or a tab, formula or not', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
    expect(csvCell('plain')).toBe('plain');
  });
  it('csvCell(text) quotes and neutralises a formula after a semicolon Excel may split on', () => {
    expect(csvCell("x;=cmd|' /C calc'!A0")).toBe(`"x;'=cmd|' /C calc'!A0"`);
    expect(csvCell('a; @SUM(1)')).toBe(`"a; '@SUM(1)"`);
  });
  it('csvCell(text) neutralises a formula after a comma, a tab or a line break inside the field', () => {
    expect(csvCell('a,=1+2')).toBe(`"a,'=1+2"`);
    expect(csvCell('a\t+1')).toBe(`"a\t'+1"`);
    expect(csvCell('a\n-1')).toBe(`"a\n'-1"`);
  });
  it('csvCell(text) quotes a semicolon or a tab even without a formula (a field Excel could split)', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
  });
});

describe('csvValue', () => {
  it('csvValue(number, kind) rounds money to the cent and other numbers to 12 significant digits', () => {
    expect(csvValue(554604.0199999996, 'money')).toBe('554604.02');
    expect(csvValue(554604.0199999996, 'number')).toBe('554604.02');
    expect(csvValue(0.1 + 0.2, 'number')).toBe('0.3');
    expect(csvValue(2.675, 'money')).toBe('2.68');
  });
  it('csvValue(rate, percent) keeps six decimals of the fraction', () => {
    expect(csvValue(0.123456789, 'percent')).toBe('0.123457');
    expect(csvValue(1 / 3, 'percent')).toBe('0.333333');
  });
  it('csvValue(count, integer) is whole; a value that is not finite or null is blank; -0 is 0', () => {
    expect(csvValue(41.9999999, 'integer')).toBe('42');
    expect(csvValue(NaN, 'number')).toBe('');
    expect(csvValue(Infinity, 'number')).toBe('');
    expect(csvValue(null, 'date')).toBe('');
    expect(csvValue(-0.001, 'money')).toBe('0');
  });
  it('csvValue(text, kind) is a text cell whatever the kind', () => {
    expect(csvValue('2024-01-31', 'date')).toBe('2024-01-31');
    expect(csvValue('-', 'number')).toBe("'-");
  });
});

describe('csvRow and csvTable', () => {
  it('csvRow(cells) joins written cells with commas, empty cells included (RFC 4180 §2.4)', () => {
    expect(csvRow(['a', '"b,c"', ''])).toBe('a,"b,c",');
    expect(csvRow(['', ''])).toBe(',');
  });
  const about = [
    { label: 'Churn definition', text: 'churned = more than 180 days, without activity' },
    { label: 'As of', text: '1998-06-30' },
  ];
  it('csvFile(table) starts with the UTF-8 byte-order mark, then the header, the rows, CRLF after each', () => {
    const text = csvFile({
      columns: [
        { name: 'id', kind: 'text' },
        { name: 'note, free text', kind: 'text' },
        { name: '流失率', kind: 'percent' },
      ],
      rows: [
        ['a', '=x', 0.5],
        ['b', null, null],
      ],
      about: [],
    });
    expect(text).toBe('\uFEFFid,"note, free text",流失率\r\na,\'=x,0.5\r\nb,,\r\n');
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
  it('csvFile(table) writes the stamp after one empty line, each line one quoted cell', () => {
    const text = csvFile({ columns: [{ name: 'n', kind: 'integer' }], rows: [[1]], about });
    expect(text).toBe(
      '\uFEFFn\r\n1\r\n\r\n"Churn definition: churned = more than 180 days, without activity"\r\n"As of: 1998-06-30"\r\n',
    );
  });
  it('csvFile(table) neutralises a header that looks like a formula', () => {
    expect(csvFile({ columns: [{ name: '@id', kind: 'text' }], rows: [], about: [] })).toBe("\uFEFF'@id\r\n");
  });
});

describe('aboutLines', () => {
  it('aboutLines(facts) states the definition on one line, the as-of day, the parameters and the files', () => {
    expect(
      aboutLines({
        definitionText: 'churned = more than 180\ndays without activity',
        asOf: '1998-06-30',
        parameters: 'unit: days',
        sources: ['a.csv', 'b.csv'],
      }),
    ).toEqual([
      { label: 'Churn definition', text: 'churned = more than 180; days without activity' },
      { label: 'As of', text: '1998-06-30' },
      { label: 'Parameters', text: 'unit: days' },
      { label: 'Data source', text: 'a.csv, b.csv' },
    ]);
  });
  it('aboutLines(facts) says when there is no as-of day and leaves out empty parameters and sources', () => {
    expect(aboutLines({ definitionText: 'd', asOf: '', parameters: '', sources: [] })).toEqual([
      { label: 'Churn definition', text: 'd' },
      { label: 'As of', text: 'not dated (the data has no dates)' },
    ]);
  });
  it('parametersText(options) words plain values, nested ones without JSON quotes or braces, and leaves out blanks', () => {
    expect(parametersText({ unit: 'days', horizon: 12, group: undefined, times: [], rules: [{ kind: 'x' }] })).toBe(
      'unit: days; horizon: 12; rules: (kind = x)',
    );
    // RFM's score map: a record holding a list of records holding ranges.
    const scoreMap = {
      scale: 5,
      rules: [
        { code: 'champions', r: [5, 5], f: [4, 5] },
        { code: 'lost', r: [1, 1] },
      ],
    };
    expect(parametersText({ scheme: 'quintile', bins: [5, 4], scoreMap })).toBe(
      'scheme: quintile; bins: 5, 4; scoreMap: scale = 5, rules = (code = champions, r = [5, 5], f = [4, 5]), (code = lost, r = [1, 1])',
    );
  });
  it('roundFor(kind, value) leaves a whole count and an exact cent as they are', () => {
    expect(roundFor('integer', 7)).toBe(7);
    expect(roundFor('money', 12.34)).toBe(12.34);
  });
});
