import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ByteDictionary } from '../../../src/data/buffers/byteDictionary.ts';
import { UTF8, valueDecoder } from '../../../src/data/delimited/byteDecoding.ts';

const decodeUtf8 = valueDecoder(UTF8);

const utf8 = new TextEncoder();

describe('ByteDictionary', () => {
  // Keys of every length around the 8-byte inline limit, ASCII and not, against a Map.
  it('ByteDictionary.codeOfBytes numbers distinct byte strings in order of first appearance, like a Map', () => {
    const key = fc.string({ unit: fc.constantFrom('a', 'b', '0', '\0', 'é', '中', '😀'), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(key, { maxLength: 4000 }), (strings) => {
        const d = new ByteDictionary();
        const map = new Map<string, number>();
        for (const s of strings) {
          if (!map.has(s)) map.set(s, map.size);
          // Each lookup from a different place in a larger buffer, as a scanner hands them.
          const bytes = utf8.encode(`,,${s},`);
          expect(d.codeOfBytes(bytes, 2, bytes.length - 1)).toBe(map.get(s));
          expect(d.code(s)).toBe(map.get(s));
        }
        expect(d.texts(decodeUtf8)).toEqual([...map.keys()]);
        expect(d.size).toBe(map.size);
      }),
      { numRuns: 200, seed: 23 },
    );
  });

  it('ByteDictionary keeps apart keys that differ only in length or trailing zero bytes', () => {
    const d = new ByteDictionary();
    const codes = ['', '\0', '\0\0', 'a', 'a\0', 'abcdefgh', 'abcdefgh\0', 'abcdefghi'].map((s) => d.code(s));
    expect(codes).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('ByteDictionary grows past a million distinct ids and finds every one again', () => {
    const d = new ByteDictionary();
    const n = 1_200_000;
    let wrong = 0;
    for (let i = 0; i < n; i++) if (d.code(`C${i}`) !== i) wrong++;
    for (let i = n - 1; i >= 0; i -= 7) if (d.code(`C${i}`) !== i) wrong++;
    expect(wrong).toBe(0);
    expect(d.size).toBe(n);
  });

  it('ByteDictionary.texts is null when a value is not valid UTF-8 (GBK bytes)', () => {
    const d = new ByteDictionary();
    const gbk = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]); // 中文 in GBK
    d.code('ok');
    d.codeOfBytes(gbk, 0, gbk.length);
    expect(d.texts(decodeUtf8)).toBeNull();
  });
});
