/**
 * The BIFF8 record layer of an Excel 97–2003 workbook ([MS-XLS]): the records of the stream,
 * with the CONTINUE records that carry on SST and STRING; unicode strings, split over those;
 * the shared string table (SST) and RK numbers. Every length is checked against the bytes that
 * remain, so a damaged file is named (Damaged), not followed.
 */

export const enum Rec {
  BOF = 0x0809,
  EOF = 0x000a,
  FILEPASS = 0x002f,
  DATEMODE = 0x0022,
  FORMAT = 0x041e,
  XF = 0x00e0,
  SST = 0x00fc,
  CONTINUE = 0x003c,
  BOUNDSHEET = 0x0085,
  LABELSST = 0x00fd,
  LABEL = 0x0204,
  RSTRING = 0x00d6,
  NUMBER = 0x0203,
  RK = 0x027e,
  MULRK = 0x00bd,
  BOOLERR = 0x0205,
  FORMULA = 0x0006,
  STRING = 0x0207,
}

export class Damaged extends Error {}

/** Bytes split over a record and the CONTINUE records after it, read as one run. */
export class Segments {
  private k = 0;
  pos: number;
  constructor(
    private readonly parts: Uint8Array[],
    start: number,
  ) {
    this.pos = start;
  }
  private get seg(): Uint8Array {
    return this.parts[this.k];
  }
  get done(): boolean {
    while (this.k < this.parts.length - 1 && this.pos >= this.seg.length) {
      this.pos -= this.seg.length;
      this.k++;
    }
    return this.pos >= this.seg.length;
  }
  private need(n: number): Uint8Array {
    if (this.done || this.pos + n > this.seg.length) throw new Damaged('a text is cut short');
    return this.seg;
  }
  u8(): number {
    return this.need(1)[this.pos++];
  }
  u16(): number {
    const s = this.need(2);
    const v = s[this.pos] | (s[this.pos + 1] << 8);
    this.pos += 2;
    return v;
  }
  u32(): number {
    const s = this.need(4);
    const v = (s[this.pos] | (s[this.pos + 1] << 8) | (s[this.pos + 2] << 16) | (s[this.pos + 3] << 24)) >>> 0;
    this.pos += 4;
    return v;
  }
  /** Skips bytes (rich-text runs, phonetic data), which continue with no option byte. */
  skip(n: number) {
    this.pos += n;
    if (this.done && this.pos > this.seg.length) throw new Damaged('a text is cut short');
  }
  /**
   * `count` characters, one byte each (Latin-1) or two (UTF-16LE) as `high` says; where they
   * run into a CONTINUE record, its first byte says which again ([MS-XLS] 2.5.293).
   */
  chars(count: number, high: boolean): string {
    let text = '';
    let left = count;
    const codes: number[] = [];
    for (;;) {
      const s = this.seg;
      const width = high ? 2 : 1;
      const take = Math.min(left, Math.max(0, Math.floor((s.length - this.pos) / width)));
      for (let i = 0; i < take; i++) {
        codes.push(high ? s[this.pos] | (s[this.pos + 1] << 8) : s[this.pos]);
        this.pos += width;
        if (codes.length === 4096) {
          text += String.fromCharCode(...codes);
          codes.length = 0;
        }
      }
      left -= take;
      if (left === 0) break;
      if (this.k + 1 >= this.parts.length) throw new Damaged('a text is cut short');
      this.k++;
      this.pos = 0;
      high = (this.u8() & 1) === 1;
    }
    return text + String.fromCharCode(...codes);
  }
}

/** An XLUnicodeRichExtendedString (SST items, [MS-XLS] 2.5.293) or, without extras, an XLUnicodeString. */
export function unicodeString(r: Segments, cch: number): string {
  const flags = r.u8();
  const runs = flags & 0x08 ? r.u16() : 0;
  const ext = flags & 0x04 ? r.u32() : 0;
  const text = r.chars(cch, (flags & 1) === 1);
  if (runs + ext > 0) r.skip(4 * runs + ext);
  return text;
}

export function sharedStrings(parts: Uint8Array[]): string[] {
  const r = new Segments(parts, 8);
  const head = parts[0];
  const declared = head.length >= 8 ? (head[4] | (head[5] << 8) | (head[6] << 16) | (head[7] << 24)) >>> 0 : 0;
  const out: string[] = [];
  while (out.length < declared && !r.done) out.push(unicodeString(r, r.u16()));
  return out;
}

export function rkNumber(view: DataView, at: number): number {
  const rk = view.getInt32(at, true);
  let n: number;
  if (rk & 2) n = rk >> 2;
  else {
    const bits = new DataView(new ArrayBuffer(8));
    bits.setUint32(4, rk & 0xfffffffc, true);
    n = bits.getFloat64(0, true);
  }
  return rk & 1 ? n / 100 : n;
}

export interface BiffRecord {
  type: number;
  data: Uint8Array;
  /** The CONTINUE records right after it. */
  more: Uint8Array[];
  /** Where it starts in the stream. */
  at: number;
}

/** The records from `start` on; a record longer than the stream is damage. */
export function* records(stream: Uint8Array, start: number): Generator<BiffRecord> {
  let at = start;
  while (at + 4 <= stream.length) {
    const type = stream[at] | (stream[at + 1] << 8);
    const size = stream[at + 2] | (stream[at + 3] << 8);
    if (at + 4 + size > stream.length) throw new Damaged(`a record at byte ${at} runs past the end of the workbook`);
    const rec: BiffRecord = { type, data: stream.subarray(at + 4, at + 4 + size), more: [], at };
    at += 4 + size;
    if (type === Rec.SST || type === Rec.STRING) {
      while (at + 4 <= stream.length && (stream[at] | (stream[at + 1] << 8)) === Rec.CONTINUE) {
        const n = stream[at + 2] | (stream[at + 3] << 8);
        if (at + 4 + n > stream.length) throw new Damaged(`a record at byte ${at} runs past the end of the workbook`);
        rec.more.push(stream.subarray(at + 4, at + 4 + n));
        at += 4 + n;
      }
    }
    yield rec;
  }
}
