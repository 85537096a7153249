/**
 * A window onto a file's bytes as a scanner reads them in order: the bytes it has not scanned
 * yet (a record cut by the last read) followed by the next chunk, which was read ahead while
 * the scanner worked on the one before. Two buffers serve the whole file, so a 125 MB export
 * is read through ~8 MB of memory rather than into a buffer of its own. That matters twice:
 * the read runs while the scanner works, and fresh memory is slow to touch on the machines
 * measured here (~2.5 ms per MB of first-touch page faults: reading a 62 MB part into a new
 * buffer took ~200 ms, the same bytes in reused 4 MB chunks ~20 ms; bench/).
 */

/**
 * Reads the file onward from where the last read ended, into `into`'s memory; the bytes read,
 * as a view that may sit over a new ArrayBuffer (a BYOB stream moves the buffer it fills), or
 * an empty view at the end. The buffer `into` belongs to may not be used until it settles.
 */
export type ByteReader = (into: Uint8Array) => Promise<Uint8Array>;

export interface ByteSource {
  read: ByteReader;
  /** Stops reading (a stream is cancelled); reads after it give nothing. */
  cancel(): void;
}

/**
 * How much is read at a time, and the room before each chunk for the unscanned end of the one
 * before (usually part of one record; a longer end gets a buffer of its own). Tests use less.
 */
export interface WindowSizes {
  chunk: number;
  headroom: number;
}
const SIZES: WindowSizes = { chunk: 4 << 20, headroom: 1 << 16 };

export class ByteWindow {
  /** The bytes read and not let go yet; bytes[0] is at position `offset` of the input. */
  bytes: Uint8Array;
  offset: number;
  /** Nothing follows `bytes`: the input ends there. */
  final: boolean;

  private ahead: Promise<{ read: Uint8Array; ended: boolean }> | null = null;

  private constructor(
    bytes: Uint8Array,
    offset: number,
    final: boolean,
    private readonly source: ByteSource | null,
    private readonly chunk: number,
    private readonly headroom: number,
  ) {
    this.bytes = bytes;
    this.offset = offset;
    this.final = final;
  }

  /** All the input, already in memory. */
  static of(bytes: Uint8Array): ByteWindow {
    return new ByteWindow(bytes, 0, true, null, 0, 0);
  }

  /** The input read from `source`, whose first byte is at position `offset`: the first chunk is read, the next one started. */
  static async open(source: ByteSource, offset: number, sizes: WindowSizes = SIZES): Promise<ByteWindow> {
    const { chunk, headroom } = sizes;
    const window = new ByteWindow(new Uint8Array(0), offset, false, source, chunk, headroom);
    window.readAhead(new Uint8Array(headroom + chunk));
    await window.advance(0);
    return window;
  }

  /**
   * Lets go of bytes[0, keep) and appends what was read next. A record longer than the
   * headroom gets a buffer of its own that holds it whole, grown geometrically.
   */
  async advance(keep: number): Promise<void> {
    if (this.final || !this.ahead) throw new Error('advance past the end of the input');
    const tail = this.bytes.subarray(keep);
    const { read, ended } = await this.ahead;
    this.ahead = null;
    const spare = new Uint8Array(read.buffer);
    const got = read.length;
    const current = new Uint8Array(this.bytes.buffer);
    this.offset += keep;
    this.final = ended;
    const { headroom, chunk } = this;
    if (tail.length <= headroom) {
      spare.set(tail, headroom - tail.length);
      this.bytes = spare.subarray(headroom - tail.length, headroom + got);
      if (!this.final) this.readAhead(current.length >= headroom + chunk ? current : new Uint8Array(headroom + chunk));
      return;
    }
    let whole: Uint8Array = new Uint8Array(tail.length + got + Math.max(tail.length, chunk));
    whole.set(tail);
    whole.set(read, tail.length);
    let filled = tail.length + got;
    if (!this.final) {
      const more = await fill(this.source!.read, whole, filled);
      whole = more.buffer;
      filled += more.filled;
      this.final = filled < whole.length;
    }
    this.bytes = whole.subarray(0, filled);
    if (!this.final) this.readAhead(spare);
  }

  /** Stops reading ahead; the window is not used after this. */
  close(): void {
    this.ahead?.catch(() => undefined);
    this.ahead = null;
    this.source?.cancel();
  }

  private readAhead(buffer: Uint8Array): void {
    const { headroom } = this;
    this.ahead = fill(this.source!.read, buffer, headroom).then((r) => ({
      read: r.buffer.subarray(headroom, headroom + r.filled),
      ended: headroom + r.filled < r.buffer.length,
    }));
    // Awaited by advance, or dropped by close.
    this.ahead.catch(() => undefined);
  }
}

/**
 * Reads into buffer[from, end) until it is full or the input ends: the buffer (the same
 * memory, perhaps under a new ArrayBuffer) and how many bytes came.
 */
async function fill(
  read: ByteReader,
  buffer: Uint8Array,
  from: number,
): Promise<{ buffer: Uint8Array; filled: number }> {
  let at = from;
  while (at < buffer.length) {
    const got = await read(buffer.subarray(at));
    buffer = new Uint8Array(got.buffer);
    if (got.length === 0) break;
    at += got.length;
  }
  return { buffer, filled: at - from };
}
