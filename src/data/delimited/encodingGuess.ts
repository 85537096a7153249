/**
 * Which legacy encoding a file that is not UTF-8 is in: GB18030/GBK, Big5, Shift_JIS or
 * Windows-1252. GB18030 decodes almost any byte pairs without error, so Japanese and
 * Traditional-Chinese bytes read as it give plausible-looking but wrong Chinese; validity
 * cannot tell them apart. What can: each of these standards puts the characters in everyday
 * use in one block (GB2312's 6,763 hanzi, Big5's 5,401 frequently used characters, JIS X 0208
 * level 1 and kana), and text in one encoding read as another lands mostly outside that block.
 * Each encoding is scored by the share of the file's non-ASCII characters that fall in its
 * everyday block; a Windows-1252 character counts when it is a letter or punctuation next to
 * ASCII (Latin text has single accented letters within words, CJK encodings pairs of high bytes).
 */
import type { Encoding } from '../../engine/api.ts';

export type LegacyEncoding = Extract<Encoding, 'gb18030' | 'big5' | 'shift_jis' | 'windows-1252'>;

/** In order of preference when scores tie: GB18030 first (Chinese Excel's own CSV). */
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['gb18030', 'windows-1252', 'big5', 'shift_jis'];

export interface EncodingScore {
  encoding: LegacyEncoding;
  /** Characters (of more than one byte, or a high byte) walked by the encoding's byte grammar. */
  chars: number;
  /** Of them, in the encoding's everyday block. */
  common: number;
  /** Byte sequences the encoding does not allow. */
  invalid: number;
  /** Big5 only: distinct characters, and how many of them have a second byte below 0xA1. */
  distinct?: number;
  lowTrails?: number;
}

export interface EncodingGuess {
  encoding: LegacyEncoding;
  /** The winner's share of everyday characters, 0–1. */
  share: number;
  /** Sure enough to read silently (with an info note); otherwise the reader warns. */
  certain: boolean;
  /** Other encodings whose reading is about as plausible, best first. */
  alternatives: LegacyEncoding[];
}

/** Enough non-ASCII characters to judge by; a file's first ones are looked at, no more. */
const CHARACTERS_LOOKED_AT = 5_000;

function gbScore(bytes: Uint8Array, start: number, end: number): EncodingScore {
  let chars = 0;
  let common = 0;
  let invalid = 0;
  for (let i = start; i < end && chars < CHARACTERS_LOOKED_AT;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const t = i + 1 < end ? bytes[i + 1] : -1;
    if (b === 0x80 || b === 0xff) {
      invalid++;
      i++;
    } else if (t >= 0x30 && t <= 0x39) {
      chars++; // a four-byte GB18030 character: outside GBK, rare in text
      i += 4;
    } else if (t >= 0x40 && t <= 0xfe && t !== 0x7f) {
      chars++;
      // GB2312: symbols and kana (rows 0xA1–0xA9) and the 6,763 hanzi (0xB0–0xF7), trail 0xA1–0xFE.
      if (t >= 0xa1 && ((b >= 0xa1 && b <= 0xa9) || (b >= 0xb0 && b <= 0xf7))) common++;
      i += 2;
    } else {
      invalid++;
      i++;
    }
  }
  return { encoding: 'gb18030', chars, common, invalid };
}

function big5Score(bytes: Uint8Array, start: number, end: number): EncodingScore {
  let chars = 0;
  let common = 0;
  let invalid = 0;
  let distinct = 0;
  let lowTrails = 0;
  const seen = new Uint8Array(0x8000);
  for (let i = start; i < end && chars < CHARACTERS_LOOKED_AT;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const t = i + 1 < end ? bytes[i + 1] : -1;
    // Leads below 0x87 have no characters; 0x87–0xA0 and 0xFA–0xFE are Hong Kong and user additions.
    if (b >= 0x87 && b <= 0xfe && ((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe))) {
      chars++;
      // Symbols (0xA1–0xA3) and the 5,401 frequently used characters (0xA440–0xC67E).
      if ((b >= 0xa1 && b <= 0xa3) || (b >= 0xa4 && b <= 0xc5) || (b === 0xc6 && t <= 0x7e)) common++;
      const pair = ((b & 0x7f) << 8) | t;
      if (seen[pair] === 0) {
        seen[pair] = 1;
        distinct++;
        if (t < 0xa1) lowTrails++;
      }
      i += 2;
    } else {
      invalid++;
      i++;
    }
  }
  return { encoding: 'big5', chars, common, invalid, distinct, lowTrails };
}

function shiftJisScore(bytes: Uint8Array, start: number, end: number): EncodingScore {
  let chars = 0;
  let common = 0;
  let invalid = 0;
  for (let i = start; i < end && chars < CHARACTERS_LOOKED_AT;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b >= 0xa1 && b <= 0xdf) {
      // Half-width katakana: legacy, and also what GB18030 and Big5 lead bytes look like, so not
      // counted as everyday (a file of nothing else is read as GB18030; Shift_JIS can be chosen).
      chars++;
      i++;
      continue;
    }
    const t = i + 1 < end ? bytes[i + 1] : -1;
    if (((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc)) && t >= 0x40 && t <= 0xfc && t !== 0x7f) {
      chars++;
      // JIS X 0208 symbols, full-width letters and kana (0x81–0x84), level-1 kanji (0x889F–0x9872).
      if ((b >= 0x81 && b <= 0x84) || (b >= 0x88 && b <= 0x97) || (b === 0x98 && t <= 0x72)) common++;
      i += 2;
    } else {
      invalid++;
      i++;
    }
  }
  return { encoding: 'shift_jis', chars, common, invalid };
}

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Windows-1252 letters: À–ÿ but × and ÷, and Š Œ Ž š œ ž Ÿ. */
function isCp1252Letter(b: number): boolean {
  if (b >= 0xc0) return b !== 0xd7 && b !== 0xf7;
  return b === 0x8a || b === 0x8c || b === 0x8e || b === 0x9a || b === 0x9c || b === 0x9e || b === 0x9f;
}

/** Punctuation Latin text uses: € … ‘ ’ “ ” • – —, no-break space, £ § « ° ² ³ µ ·  ». */
function isCp1252Punctuation(b: number): boolean {
  return (
    b === 0x80 ||
    b === 0x85 ||
    (b >= 0x91 && b <= 0x97) ||
    b === 0xa0 ||
    b === 0xa3 ||
    b === 0xa7 ||
    b === 0xab ||
    b === 0xb0 ||
    b === 0xb2 ||
    b === 0xb3 ||
    b === 0xb5 ||
    b === 0xb7 ||
    b === 0xbb
  );
}

function cp1252Score(bytes: Uint8Array, start: number, end: number): EncodingScore {
  let chars = 0;
  let common = 0;
  let invalid = 0;
  for (let i = start; i < end && chars < CHARACTERS_LOOKED_AT; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) {
      invalid++; // no character in Windows-1252
      continue;
    }
    chars++;
    const before = i > start ? bytes[i - 1] : 0x20;
    const after = i + 1 < end ? bytes[i + 1] : 0x20;
    if (isCp1252Letter(b)) {
      // Inside a word (a letter on either side; an accented letter may double, as in "créée"),
      // or a word of its own ("à").
      const letterBefore = isAsciiLetter(before) || (isCp1252Letter(before) && isAsciiLetter(bytes[i - 2] ?? 0));
      const letterAfter = isAsciiLetter(after) || (isCp1252Letter(after) && isAsciiLetter(bytes[i + 2] ?? 0));
      if (letterBefore || letterAfter || (before < 0x80 && after < 0x80)) common++;
    } else if (isCp1252Punctuation(b) && (before < 0x80 || after < 0x80)) common++;
  }
  return { encoding: 'windows-1252', chars, common, invalid };
}

/** Each legacy encoding's score over bytes[start, end). */
export function encodingScores(bytes: Uint8Array, start = 0, end = bytes.length): EncodingScore[] {
  return [
    gbScore(bytes, start, end),
    cp1252Score(bytes, start, end),
    big5Score(bytes, start, end),
    shiftJisScore(bytes, start, end),
  ];
}

/** An encoding's share of everyday characters; a sequence it does not allow counts as four misses. */
function share(s: EncodingScore): number {
  const looked = s.chars + 4 * s.invalid;
  return looked === 0 ? 0 : s.common / looked;
}

/** How far ahead the winner must be to be taken without a warning. */
const MARGIN = 0.25;
const PLAUSIBLE = 0.6;

/**
 * The likeliest legacy encoding of bytes[start, end) (which hold non-ASCII bytes and are not
 * UTF-8), how sure, and what else it may be. Ties go to the earlier in LEGACY_ENCODINGS.
 */
export function guessLegacyEncoding(bytes: Uint8Array, start = 0, end = bytes.length): EncodingGuess {
  const scores = encodingScores(bytes, start, end);
  const ranked = scores
    .map((s) => ({ encoding: s.encoding, share: share(s) }))
    .sort((a, b) => b.share - a.share || LEGACY_ENCODINGS.indexOf(a.encoding) - LEGACY_ENCODINGS.indexOf(b.encoding));
  const [best, ...rest] = ranked;
  const big5 = scores[2];
  const alternatives = rest
    .filter((r) => r.share >= PLAUSIBLE * best.share && best.share - r.share < MARGIN)
    .filter((r) => !(r.encoding === 'big5' && best.encoding === 'gb18030' && notBig5(big5)))
    .map((r) => r.encoding);
  return {
    encoding: best.encoding,
    share: best.share,
    certain: best.share >= PLAUSIBLE && alternatives.length === 0,
    alternatives: best.share >= PLAUSIBLE ? alternatives : rest.filter((r) => r.share > 0).map((r) => r.encoding),
  };
}

/**
 * GB2312 text read as Big5 lands on everyday Big5 characters about half the time, so a short
 * GBK file can score as well in both. But four in ten Big5 characters have a second byte below
 * 0xA1, which no GB2312 character has: among 8 or more distinct characters, none such means
 * the file is not Big5 (a Big5 text would show none with odds of 0.6⁸, under 2 %).
 */
function notBig5(big5: EncodingScore): boolean {
  return big5.lowTrails === 0 && (big5.distinct ?? 0) >= 8;
}
