import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, csvTable, stampLines } from '../../../src/core/csv/csvText.ts';

// Expectations written by hand from RFC 4180 §2 (https://www.rfc-editor.org/rfc/rfc4180#section-2)
// and OWASP "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection): a cell
// starting with = + - @, tab (0x09) or carriage return (0x0D) gets a leading single quote.

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
  it('csvCell(text) neutralises a leading tab, and a leading carriage return, which is then quoted too', () => {
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
  });
  it('csvCell(text) neutralises first and quotes after, so a formula with quotes and commas stays one inert cell', () => {
    expect(csvCell('=HYPERLINK("http://x.test","click")')).toBe('"\'=HYPERLINK(""http://x.test"",""click"")"');
  });
  it('csvCell(text) looks only at the first character for a formula', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('2024-01-01')).toBe('2024-01-01');
    expect(csvCell(' =1')).toBe(' =1');
  });
  it('csvCell(number) writes the number, a negative one too, and blanks one that is not finite', () => {
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(NaN)).toBe('');
    expect(csvCell(Infinity)).toBe('');
  });
});

describe('csvRow and csvTable', () => {
  it('csvRow(cells) joins written cells with commas, empty cells included (RFC 4180 §2.4)', () => {
    expect(csvRow(['a', '"b,c"', ''])).toBe('a,"b,c",');
    expect(csvRow(['', ''])).toBe(',');
  });
  it('csvTable(names, rows, stamp) writes the stamp, the quoted header and the rows, CRLF after each (RFC 4180 §2.1–2.3)', () => {
    const text = csvTable(
      ['id', 'note, free text'],
      [
        ['a', "'=x"],
        ['b', ''],
      ],
      ['# as of: 2024-01-31'],
    );
    expect(text).toBe('# as of: 2024-01-31\r\nid,"note, free text"\r\na,\'=x\r\nb,\r\n');
  });
  it('csvTable(names, []) is the header line alone', () => {
    expect(csvTable(['@id'], [])).toBe("'@id\r\n");
  });
});

describe('stampLines', () => {
  const stamp = { definitionText: 'churned = more than 180\ndays without activity', asOf: '1998-06-30' };
  it('stampLines(stamp) states the definition and the as-of day on "# " lines', () => {
    expect(stampLines(stamp)).toEqual([
      '# definition: churned = more than 180\ndays without activity',
      '# as of: 1998-06-30',
    ]);
  });
  it('stampLines(stamp, style) takes the label, the blank as-of text, the detail and one-line definitions', () => {
    expect(
      stampLines(
        { ...stamp, asOf: '' },
        { definitionLabel: 'churn definition', blankAsOf: 'n/a', asOfDetail: 'returns: net', oneLineDefinition: true },
      ),
    ).toEqual(['# churn definition: churned = more than 180 days without activity', '# as of: n/a; returns: net']);
    expect(stampLines(stamp, { blankAsOf: 'n/a' })[1]).toBe('# as of: 1998-06-30');
  });
});
