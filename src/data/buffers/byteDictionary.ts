/**
 * Dictionary-encoding the byte ranges of a file's values (UTF-8, or GB18030): each distinct
 * byte string gets a code in order of first appearance, and only the distinct ones ever become
 * JavaScript strings (in `texts()`).
 * This is what lets a delimited file be read straight from its bytes, without decoding the
 * whole file into one string first: on the 5M-row bench log that decode plus per-field
 * string hashing cost more than the rest of the read (see bench/ and the byte scanner).
 * Own open-addressing table (FNV-1a over the bytes, linear probing); the distinct byte
 * strings sit back to back in one growing arena, so a lookup compares against compact bytes
 * rather than a heap string.
 */
const encoder = new TextEncoder();

/** Keys of up to this many bytes are kept in their slot and compared there. */
const INLINE = 8;
/** A slot's tag word: code | length << 27 (length INLINE + 1 = "longer: compare in the arena"). */
const CODE_BITS = 27;
const CODE_MASK = (1 << CODE_BITS) - 1;
const EMPTY = -1;

/**
 * A hash of a key longer than INLINE bytes, four bytes at a time (MurmurHash3's mixing): a
 * byte-at-a-time FNV cost a multiply per byte on 20–40-byte descriptions and timestamps.
 */
function longHash(view: DataView, bytes: Uint8Array, start: number, end: number): number {
  let h = end - start;
  let k = start;
  for (; k + 4 <= end; k += 4) {
    let w = Math.imul(view.getInt32(k, true), 0xcc9e2d51);
    w = Math.imul((w << 15) | (w >>> 17), 0x1b873593);
    h ^= w;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  let tail = 0;
  for (let shift = 0; k < end; k++, shift += 8) tail |= bytes[k] << shift;
  h ^= Math.imul(tail, 0xcc9e2d51);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export class ByteDictionary {
  /** Four words per slot: hash, tag (−1 = empty), and the key's first 8 bytes little-endian. */
  private slots: Int32Array;
  private mask: number;
  private arena = new Uint8Array(1 << 12);
  private used = 0;
  /** Entry k is arena[starts[k], starts[k + 1]). */
  private starts = new Int32Array(257);
  private count = 0;
  /** OR of every byte stored: below 0x80 means all entries are ASCII. */
  private highBits = 0;
  /**
   * Some entry is empty or starts with a byte that may begin white space (ASCII space or
   * control, or any non-ASCII character): only then can an entry be blank.
   */
  mayBeBlank = false;
  /** Some entry starts with = + - or @, as a spreadsheet formula does. */
  mayBeFormula = false;
  private scratch = new Uint8Array(256);

  constructor() {
    // Small to start with, grown as entries come: a table of 6,000 columns makes 6,000 of these.
    this.slots = ByteDictionary.emptySlots(256);
    this.mask = 255;
    this.arenaView = new DataView(this.arena.buffer);
  }

  get size(): number {
    return this.count;
  }

  private static emptySlots(size: number): Int32Array {
    const slots = new Int32Array(size * 4);
    for (let s = 1; s < slots.length; s += 4) slots[s] = EMPTY;
    return slots;
  }

  /**
   * The code of bytes[start, end), adding it when new. A short key (an id, a number, a code)
   * is found by its slot alone, one memory access, which is what matters for a column of
   * hundreds of thousands of customer ids; a longer one is compared in the arena.
   */
  codeOfBytes(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    let w0 = 0;
    let w1 = 0;
    let h: number;
    let tag: number;
    if (length <= INLINE) {
      for (let k = 0; k < length; k++) {
        if (k < 4) w0 |= bytes[start + k] << (8 * k);
        else w1 |= bytes[start + k] << (8 * (k - 4));
      }
      h = Math.imul(w0 ^ Math.imul(w1, 0x9e3779b1) ^ length, 0x85ebca6b);
      h ^= h >>> 15;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 13;
      tag = length;
    } else {
      h = longHash(this.viewOf(bytes), bytes, start, end);
      tag = INLINE + 1;
    }
    const slots = this.slots;
    const mask = this.mask;
    let slot = h & mask;
    for (;;) {
      const at = 4 * slot;
      const word = slots[at + 1];
      if (word === EMPTY) break;
      if (slots[at] === h && word >>> CODE_BITS === tag) {
        const e = word & CODE_MASK;
        if (tag <= INLINE) {
          if (slots[at + 2] === w0 && slots[at + 3] === w1) return e;
        } else if (this.sameAsEntry(e, bytes, start, length)) return e;
      }
      slot = (slot + 1) & mask;
    }
    return this.add(bytes, start, end, h, slot, tag, w0, w1);
  }

  private viewBytes: Uint8Array | null = null;
  private view: DataView = new DataView(new ArrayBuffer(0));
  private arenaView: DataView = new DataView(new ArrayBuffer(0));

  /** A DataView of `bytes`, kept while the same array comes back (it is the file's, field after field). */
  private viewOf(bytes: Uint8Array): DataView {
    if (bytes !== this.viewBytes) {
      this.viewBytes = bytes;
      this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    return this.view;
  }

  private sameAsEntry(e: number, bytes: Uint8Array, start: number, length: number): boolean {
    const from = this.starts[e];
    if (this.starts[e + 1] - from !== length) return false;
    // Four bytes at a time, then the rest.
    const view = this.view;
    const arena = this.arenaView;
    let k = 0;
    for (; k + 4 <= length; k += 4) if (arena.getInt32(from + k) !== view.getInt32(start + k)) return false;
    const bytesOfArena = this.arena;
    for (; k < length; k++) if (bytesOfArena[from + k] !== bytes[start + k]) return false;
    return true;
  }

  /** The code of a text (as its UTF-8 bytes). */
  code(text: string): number {
    if (this.scratch.length < text.length * 3) this.scratch = new Uint8Array(text.length * 3);
    const { written } = encoder.encodeInto(text, this.scratch);
    return this.codeOfBytes(this.scratch, 0, written);
  }

  private add(
    bytes: Uint8Array,
    start: number,
    end: number,
    h: number,
    slot: number,
    tag: number,
    w0: number,
    w1: number,
  ): number {
    const length = end - start;
    const first = length === 0 ? 0 : bytes[start];
    if (first <= 0x20 || first >= 0x80) this.mayBeBlank = true;
    if (first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40) this.mayBeFormula = true;
    if (this.used + length > this.arena.length) {
      const grown = new Uint8Array(Math.max(this.arena.length * 2, this.used + length));
      grown.set(this.arena.subarray(0, this.used));
      this.arena = grown;
      this.arenaView = new DataView(grown.buffer);
    }
    let high = this.highBits;
    const arena = this.arena;
    for (let k = 0, at = this.used; k < length; k++) {
      const b = bytes[start + k];
      arena[at + k] = b;
      high |= b;
    }
    this.highBits = high;
    this.used += length;
    const code = this.count++;
    if (code > CODE_MASK) throw new RangeError('too many distinct values in one column');
    if (this.count + 1 > this.starts.length) {
      const grown = new Int32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[code + 1] = this.used;
    const at = 4 * slot;
    this.slots[at] = h;
    this.slots[at + 1] = code | (tag << CODE_BITS);
    this.slots[at + 2] = w0;
    this.slots[at + 3] = w1;
    if (this.count * 4 > (this.mask + 1) * 3) this.grow();
    return code;
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    const old = this.slots;
    const slots = ByteDictionary.emptySlots(size);
    const mask = size - 1;
    for (let s = 0; s < old.length; s += 4) {
      if (old[s + 1] === EMPTY) continue;
      let slot = old[s] & mask;
      while (slots[4 * slot + 1] !== EMPTY) slot = (slot + 1) & mask;
      const at = 4 * slot;
      slots[at] = old[s];
      slots[at + 1] = old[s + 1];
      slots[at + 2] = old[s + 2];
      slots[at + 3] = old[s + 3];
    }
    this.slots = slots;
    this.mask = mask;
  }

  /**
   * The distinct byte strings from entry `first` on, as compact copies: entry first + k is
   * arena[starts[k], starts[k + 1]).
   */
  entries(first = 0): { arena: Uint8Array; starts: Int32Array } {
    const from = this.starts[first];
    const starts = this.starts.slice(first, this.count + 1);
    if (from > 0) for (let k = 0; k < starts.length; k++) starts[k] -= from;
    return { arena: this.arena.slice(from, this.used), starts };
  }

  /** All entries as they are stored (views: valid while no entry is added). */
  stored(): { arena: Uint8Array; starts: Int32Array } {
    return { arena: this.arena.subarray(0, this.used), starts: this.starts.subarray(0, this.count + 1) };
  }

  /** Entry k's bytes (a view into the arena; valid until the next add). */
  bytesOf(k: number): Uint8Array {
    return this.arena.subarray(this.starts[k], this.starts[k + 1]);
  }

  /**
   * The entries as strings, each decoded by `decode` in the file's encoding (UTF-8, GB18030),
   * or null when it refuses one (the caller then reads the file another way). An all-ASCII
   * dictionary is the same text in any of them: one decode, and each entry a slice of it.
   */
  texts(decode: (bytes: Uint8Array) => string | null): string[] | null {
    const n = this.count;
    const out = new Array<string>(n);
    const starts = this.starts;
    if (this.highBits < 0x80) {
      const all = new TextDecoder('utf-8').decode(this.arena.subarray(0, this.used));
      for (let k = 0; k < n; k++) out[k] = all.slice(starts[k], starts[k + 1]);
      return out;
    }
    for (let k = 0; k < n; k++) {
      const text = decode(this.arena.subarray(starts[k], starts[k + 1]));
      if (text === null) return null;
      out[k] = text;
    }
    return out;
  }
}
