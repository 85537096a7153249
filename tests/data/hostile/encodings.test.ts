/**
 * Files in the encodings clients send, each read to the text Python wrote (the *.expected.txt
 * beside each fixture is the same table saved as UTF-8 by make_fixtures.py, split here by its
 * own delimiter: no quoting in these files), or warned about with the other encoding offered.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../src/data/sourceReading.ts';
import { decodeText } from '../../../src/data/delimited/encoding.ts';
import { guessLegacyEncoding } from '../../../src/data/delimited/encodingGuess.ts';
import { sniffFormat } from '../../../src/data/formats/formatSniffing.ts';
import type { Encoding, ParseOptions } from '../../../src/engine/api.ts';
import { readContext } from '../formats/readContext.ts';
import { cellTexts } from '../tableCells.ts';
import { fixture } from '../../sharedData.ts';

const dir = (name: string) => fixture('hostile', 'encodings', name);

/** The table Python encoded: header and rows, split by the delimiter (no field is quoted). */
function expectedTable(name: string, delimiter: string) {
  const lines = readFileSync(dir(`${name}.expected.txt`), 'utf8')
    .split('\r\n')
    .filter((l) => l !== '');
  const [header, ...rows] = lines.map((l) => l.split(delimiter));
  return { names: header, columns: header.map((_, c) => rows.map((r) => r[c])) };
}

async function read(name: string, options: ParseOptions = {}) {
  const bytes = new Uint8Array(readFileSync(dir(name)));
  const raw = await readSource({ bytes }, readContext(name, bytes.length), options);
  return { raw, names: raw.names, columns: raw.columns.map(cellTexts), codes: raw.issues.map((i) => i.code) };
}

describe('encodings clients send', () => {
  const detected: [string, string, Encoding][] = [
    ['cp1252-europe.csv', ';', 'windows-1252'],
    ['shift-jis-japan.csv', ',', 'shift_jis'],
    ['big5-taiwan.csv', ',', 'big5'],
    ['utf16le-nobom.tsv', '\t', 'utf-16le'],
    ['utf16be-nobom.tsv', '\t', 'utf-16be'],
  ];
  for (const [name, delimiter, encoding] of detected) {
    it(`${name} is detected as ${encoding} and reads to the text Python encoded, with a note saying so`, async () => {
      const r = await read(name);
      const want = expectedTable(name, delimiter);
      expect(r.raw.encoding).toBe(encoding);
      expect(r.names).toEqual(want.names);
      expect(r.columns).toEqual(want.columns);
      const notice = r.raw.issues.find((i) => i.code === 'encoding-detected');
      expect(notice).toMatchObject({ severity: 'info', params: { encoding } });
      expect(r.codes).not.toContain('encoding-uncertain');
    });
  }

  it('cp1252-europe.csv keeps the euro sign (0x80, where Latin-1 has a control character)', async () => {
    const r = await read('cp1252-europe.csv');
    expect(r.columns[4][0]).toBe('12,50 €');
  });

  it('big5-looks-gbk.csv (few characters, all also everyday GB2312 bytes) is read as GB18030 with a warning offering Big5; choosing Big5 reads the right text', async () => {
    const r = await read('big5-looks-gbk.csv');
    expect(r.raw.encoding).toBe('gb18030');
    const warning = r.raw.issues.find((i) => i.code === 'encoding-uncertain');
    expect(warning).toMatchObject({ severity: 'warning', params: { encoding: 'gb18030', alternatives: 'big5' } });
    expect(warning!.message).toContain('Big5 (Traditional Chinese)');
    // The GB18030 reading is "plausible but wrong": not the names Python wrote.
    const want = expectedTable('big5-looks-gbk.csv', ',');
    expect(r.columns[1]).not.toEqual(want.columns[1]);
    const chosen = await read('big5-looks-gbk.csv', { encoding: 'big5' });
    expect(chosen.columns).toEqual(want.columns);
    expect(chosen.codes.filter((c) => c.startsWith('encoding-'))).toEqual([]);
  });

  it('each legacy fixture read as GB18030 gives no decoding error: only the guess can tell (why a warning is needed)', () => {
    for (const name of ['shift-jis-japan.csv', 'big5-taiwan.csv', 'big5-looks-gbk.csv']) {
      const bytes = new Uint8Array(readFileSync(dir(name)));
      expect(() => new TextDecoder('gb18030', { fatal: true }).decode(bytes)).not.toThrow();
    }
  });

  it('a Shift_JIS file with an ASCII first 64 KB is still read as Shift_JIS (not GB18030 from bytes)', async () => {
    const japanese = readFileSync(dir('shift-jis-japan.csv.expected.txt'), 'utf8').split('\r\n').slice(1, 4);
    const filler = Array.from({ length: 3000 }, (_, i) => `C${i},Taro Yamada,Tokyo,2024-01-03,${i}.25`);
    const text = ['id,name,city,date,amount', ...filler, ...japanese].join('\r\n') + '\r\n';
    const bytes = new Uint8Array(
      Buffer.concat([Buffer.from(text.slice(0, text.indexOf(japanese[0]))), sjis(japanese.join('\r\n') + '\r\n')]),
    );
    expect(bytes.subarray(0, 65_536).every((b) => b < 0x80)).toBe(true);
    const raw = await readSource({ bytes }, readContext('late.csv', bytes.length), {});
    expect(raw.encoding).toBe('shift_jis');
    expect(cellTexts(raw.columns[1]).slice(-3)).toEqual(japanese.map((l) => l.split(',')[1]));
  });

  it('a chosen encoding that does not fit names the lines shown with U+FFFD (never silently)', () => {
    const bytes = new Uint8Array(readFileSync(dir('shift-jis-japan.csv')));
    const decoded = decodeText(bytes, 'j.csv', 'big5');
    const issue = decoded.issues.find((i) => i.code === 'encoding-invalid')!;
    expect(issue.severity).toBe('error');
    // Hand check: line 1 (the header 顧客番号 = 8C DA 8B 71 …) has lead 0x8C and trail 0xDA, no Big5 character.
    expect(issue.rows![0]).toBe(1);
    expect(decoded.text).toContain('\uFFFD');
  });

  it('UTF-16 without a BOM is text, not "binary"; real binary still is', () => {
    const le = new Uint8Array(readFileSync(dir('utf16le-nobom.tsv')));
    expect(sniffFormat(le, 'x.tsv')).toEqual({ format: 'delimited' });
    const binary = new Uint8Array(256).map((_, i) => (i * 7) % 256);
    expect(sniffFormat(binary, 'x.csv')).toHaveProperty('issue.code', 'binary-file');
  });

  it('guessLegacyEncoding: a real GBK export (tests/fixtures/gbk-orders.csv) is GB18030 without doubt', () => {
    const bytes = new Uint8Array(readFileSync(fixture('gbk-orders.csv')));
    expect(guessLegacyEncoding(bytes)).toMatchObject({ encoding: 'gb18030', certain: true });
  });
});

/** Shift_JIS bytes of text, through the platform's decoder (Node encodes only UTF-8 and UTF-16). */
function sjis(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  for (let lead = 0x81; lead <= 0xef; lead++)
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // not a character
      }
    }
  const out: number[] = [];
  for (const ch of text) out.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!));
  return new Uint8Array(out);
}
