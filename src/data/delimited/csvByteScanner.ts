/**
 * The delimited-text scanner of csvScanner.ts over a file's UTF-8 bytes instead of its decoded
 * text, for an ASCII delimiter. Same rules (RFC 4180 quoting, CR LF / LF / CR line ends, text
 * after a closing quote kept and reported, an unclosed quote taking the rest of the input) and
 * the same slicing contract: scan the records that begin in [start, until). Fields are handed
 * on as byte ranges, so no string is made for a value the sink has seen before; a field whose
 * quotes must be undone is unescaped into a scratch buffer first.
 *
 * Written for speed (a byte loop beats decoding 125 MB to a string and then scanning it; see
 * bench/), and checked field for field against the string scanner by a differential test.
 * Bytes of a multi-byte UTF-8 character are all ≥ 0x80, so they never look like a delimiter,
 * a quote or a line end.
 */

export interface ByteFieldSink {
  /**
   * A field's bytes: bytes[start, end) of the input, or of a fresh array holding a field whose
   * quotes were undone (so the same array with the same range always holds the same bytes).
   */
  fieldBytes(bytes: Uint8Array, start: number, end: number): void;
  endRecord(): void;
  quoteProblem(kind: 'unclosed' | 'stray'): void;
}

/** Where plain records go (see scanPlain): one column builder per field, and a count of records. */
export interface PlainRecordSink {
  readonly plainColumns: { addBytes(bytes: Uint8Array, start: number, end: number): void; pop(): void }[];
  plainRecords(count: number): void;
  /**
   * A field of more than MAX_CELL_CHARS bytes in column `column` of the record after
   * `recordsBefore` plain ones in this run: may throw (a cell too long to read).
   */
  longField(bytes: Uint8Array, start: number, end: number, column: number, recordsBefore: number): void;
}

/** A sink that keeps nothing: scanning with it only finds where a record ends. */
const NO_FIELDS: ByteFieldSink = { fieldBytes() {}, endRecord() {}, quoteProblem() {} };

import { MAX_CELL_CHARS } from '../readLimits.ts';

const QUOTE = 34;
const CR = 13;
const LF = 10;

export class CsvByteScanner {
  private readonly delim: number;
  private readonly lineEnd: number;
  private scratch = new Uint8Array(1024);

  /** The unescaped field collected in scratch[0, length), as its own array. */
  private unescaped(length: number): Uint8Array {
    return this.scratch.slice(0, length);
  }

  constructor(delimiter: string, newline: '\r\n' | '\n' | '\r') {
    if (delimiter.length !== 1 || delimiter.charCodeAt(0) >= 0x80) throw new Error('ASCII delimiter expected');
    this.delim = delimiter.charCodeAt(0);
    this.lineEnd = newline === '\r' ? CR : LF;
  }

  /** Appends bytes[from, to) to the scratch buffer at `at`; returns the new length. */
  private append(at: number, bytes: Uint8Array, from: number, to: number): number {
    const need = at + (to - from);
    if (need > this.scratch.length) {
      const grown = new Uint8Array(Math.max(need, this.scratch.length * 2));
      grown.set(this.scratch.subarray(0, at));
      this.scratch = grown;
    }
    this.scratch.set(bytes.subarray(from, to), at);
    return need;
  }

  /**
   * The fast lane: reads records that begin in [start, until) for as long as each is plain —
   * exactly as many fields as there are columns, no doubled quote or text after a quote, a
   * first field that starts with a visible ASCII character (so the record is not blank), and a
   * line end after it. Returns where it stopped: the start of the first record that is not
   * plain (for scan to read), or the first record at or after `until`. Fields go straight
   * to the column builders, with no call per field through a sink.
   */
  scanPlain(bytes: Uint8Array, start: number, until: number, sink: PlainRecordSink): number {
    const n = bytes.length;
    const { delim, lineEnd } = this;
    const columns = sink.plainColumns;
    const width = columns.length;
    if (width === 0) return start;
    let pos = start;
    let records = 0;
    records: while (pos < until) {
      // The first field's first character: visible ASCII means the record is not blank.
      const quoted = bytes[pos] === QUOTE;
      const first = quoted ? bytes[pos + 1] : bytes[pos];
      if (!(first > 32 && first < 0x80 && first !== QUOTE && (quoted || first !== delim))) break;
      let p = pos;
      for (let c = 0; c < width; c++) {
        let from: number;
        let to: number;
        if (bytes[p] === QUOTE) {
          // A byte loop: quoted fields are short, and a builtin call per field cost more.
          let q = p + 1;
          while (q < n && bytes[q] !== QUOTE) q++;
          if (q >= n) {
            for (let k = 0; k < c; k++) columns[k].pop();
            break records;
          }
          from = p + 1;
          to = q;
          p = q + 1;
        } else {
          from = p;
          while (p < n) {
            const b = bytes[p];
            if (b === delim || b === lineEnd) break;
            p++;
          }
          to = p;
        }
        // p is at what follows the field: a delimiter (more fields), or the record's end.
        const b = p < n ? bytes[p] : -1;
        const last = c === width - 1;
        let ok: boolean;
        if (last) {
          // CR-only line ends followed by LF are left to scan, which has its own rule for them.
          if (b === lineEnd) ok = lineEnd === LF || bytes[p + 1] !== LF;
          else if (b === CR && lineEnd === LF && bytes[p + 1] === LF) {
            ok = true;
            p++;
          } else ok = false;
          if (ok && lineEnd === LF && to > from && bytes[to - 1] === CR && bytes[from - 1] !== QUOTE) to--;
        } else ok = b === delim;
        if (!ok) {
          for (let k = 0; k < c; k++) columns[k].pop();
          break records;
        }
        if (to - from > MAX_CELL_CHARS) sink.longField(bytes, from, to, c, records);
        columns[c].addBytes(bytes, from, to);
        p++;
      }
      records++;
      pos = p;
    }
    if (records > 0) sink.plainRecords(records);
    return pos;
  }

  /** scan, taking the fast lane (scanPlain) whenever the sink has its columns and a record allows it. */
  scanRecords(bytes: Uint8Array, start: number, until: number, sink: ByteFieldSink & PlainRecordSink): number {
    let pos = start;
    while (pos < until && pos < bytes.length) {
      if (sink.plainColumns.length > 0) {
        pos = this.scanPlain(bytes, pos, until, sink);
        if (pos >= until || pos >= bytes.length) break;
      }
      // One record the fast lane could not take (or, before the columns are known, one record).
      pos = this.scan(bytes, pos, pos + 1, sink);
    }
    return pos;
  }

  /**
   * scanRecords over the bytes read so far of a longer input (see ByteWindow): stops before a
   * record that may go on past the end of `bytes`, so it is read whole once more bytes have
   * come. For LF and CR LF line ends, which records end where is then exactly what one scan of
   * the whole input finds: a record is taken only when the line end after it lies inside
   * `bytes`, and nothing after that line end changes it. (With CR line ends a quoted field's
   * CR may be followed by an LF that belongs to it, so such files are read whole.)
   */
  scanAvailable(
    bytes: Uint8Array,
    start: number,
    until: number,
    final: boolean,
    sink: ByteFieldSink & PlainRecordSink,
  ): number {
    if (final) return this.scanRecords(bytes, start, until, sink);
    const n = bytes.length;
    let pos = start;
    while (pos < until && pos < n) {
      if (sink.plainColumns.length > 0) {
        // The fast lane takes only records that end at a line end inside bytes.
        pos = this.scanPlain(bytes, pos, until, sink);
        if (pos >= until || pos >= n) break;
      }
      if (this.mayRunOn(bytes, pos)) break;
      pos = this.scan(bytes, pos, pos + 1, sink);
    }
    return pos;
  }

  /** Whether the record at `pos` may go on past the end of `bytes` (it runs to the end). */
  private mayRunOn(bytes: Uint8Array, pos: number): boolean {
    const n = bytes.length;
    const end = bytes.indexOf(this.lineEnd, pos);
    if (end < 0 || end >= n - 1) return true;
    // Without a quote the record ends at its first line end; with one, scan it to see.
    let p = pos;
    while (p < end && bytes[p] !== QUOTE) p++;
    return p < end && this.scan(bytes, pos, pos + 1, NO_FIELDS) >= n;
  }

  /** Scans the records that begin in [start, until); returns where the next record begins. */
  scan(bytes: Uint8Array, start: number, until: number, sink: ByteFieldSink): number {
    const n = bytes.length;
    const { delim, lineEnd } = this;
    let pos = start;
    let fieldsInRecord = 0;
    while (pos < n && (fieldsInRecord > 0 || pos < until)) {
      if (bytes[pos] === QUOTE) {
        let p = pos + 1;
        // Unescaped bytes collect in scratch[0, length) once a doubled quote is met.
        let length = 0;
        let segment = p;
        let closeAt: number;
        for (;;) {
          const q = bytes.indexOf(QUOTE, p);
          if (q < 0) {
            length = this.append(length, bytes, segment, n);
            sink.fieldBytes(this.unescaped(length), 0, length);
            sink.quoteProblem('unclosed');
            sink.endRecord();
            return n;
          }
          if (bytes[q + 1] === QUOTE) {
            length = this.append(length, bytes, segment, q + 1);
            p = q + 2;
            segment = p;
            continue;
          }
          closeAt = q;
          p = q + 1;
          break;
        }
        const plain = segment === pos + 1;
        let c = p < n ? bytes[p] : -1;
        if (c !== -1 && c !== delim && c !== lineEnd && c !== CR) {
          // Text after the closing quote: keep it with the field, as Papa does, and say so.
          sink.quoteProblem('stray');
          let end = p;
          while (end < n && (c = bytes[end]) !== delim && c !== lineEnd && c !== CR) end++;
          length = this.append(length, bytes, segment, closeAt);
          length = this.append(length, bytes, p, end);
          p = end;
          sink.fieldBytes(this.unescaped(length), 0, length);
        } else if (plain) sink.fieldBytes(bytes, segment, closeAt);
        else {
          length = this.append(length, bytes, segment, closeAt);
          sink.fieldBytes(this.unescaped(length), 0, length);
        }
        if (p >= n) {
          sink.endRecord();
          return n;
        }
        c = bytes[p];
        fieldsInRecord++;
        if (c === delim) {
          pos = p + 1;
          continue;
        }
        if (c === CR && bytes[p + 1] === LF) p++;
        sink.endRecord();
        fieldsInRecord = 0;
        pos = p + 1;
        continue;
      }
      let p = pos;
      while (p < n) {
        const c = bytes[p];
        if (c === delim || c === lineEnd) break;
        p++;
      }
      if (p < n && bytes[p] === delim) {
        sink.fieldBytes(bytes, pos, p);
        fieldsInRecord++;
        pos = p + 1;
        continue;
      }
      if (p >= n) {
        let end = n;
        if (end > pos && bytes[end - 1] === CR) end--;
        sink.fieldBytes(bytes, pos, end);
        sink.endRecord();
        return n;
      }
      let end = p;
      if (lineEnd === LF && end > pos && bytes[end - 1] === CR) end--;
      sink.fieldBytes(bytes, pos, end);
      sink.endRecord();
      fieldsInRecord = 0;
      pos = p + 1;
    }
    // The input ended right after a delimiter: the record's last field is empty.
    if (pos >= n && fieldsInRecord > 0) {
      sink.fieldBytes(bytes, n, n);
      sink.endRecord();
    }
    return Math.min(pos, n);
  }
}
