/**
 * Scanning a delimited file's bytes through a ByteWindow: records are scanned as the bytes
 * arrive, a step at a time (progress, cancel), and the columns are sized for the whole input
 * once its first few MB tell how many rows it holds.
 */
import type { ByteWindow } from './byteWindow.ts';
import { CsvByteScanner } from './csvByteScanner.ts';
import type { DelimitedLayout } from './delimitedReader.ts';
import type { ReadContext } from '../rawTable.ts';
import type { RecordCollector } from './recordCollector.ts';

/** How many bytes are scanned between progress reports and cancel points. */
const STEP_BYTES = 1 << 20;
/** How much of the input is read before its number of rows is estimated from it. */
const RESERVE_AFTER_BYTES = 4 << 20;
/** A record cut by the end of the bytes read that is longer than this is looked into before more is read. */
const LONG_RECORD_BYTES = 1 << 18;

/** A scan under way: where it is in the input (after any BOM), over which window of it. */
export class WindowScan {
  pos = 0;
  private reserved = false;
  readonly scanner: CsvByteScanner;

  constructor(
    public window: ByteWindow,
    readonly collector: RecordCollector,
    layout: DelimitedLayout,
    private readonly ctx: ReadContext,
    /** The input's size: the columns are sized for it once a few MB are read (null: not). */
    private readonly total: number | null,
  ) {
    this.scanner = new CsvByteScanner(layout.delimiter, layout.newline);
  }

  /**
   * Scans the records that begin before `until`, reading on as the window needs, a step at a
   * time: after each, `step` is told where the scan is (progress) and the user can cancel.
   */
  async to(until: number, step: (pos: number) => void): Promise<void> {
    const { collector, ctx } = this;
    while (this.pos < until) {
      const { window } = this;
      const at = this.pos - window.offset;
      const stop = Math.min(window.bytes.length, until - window.offset, at + STEP_BYTES);
      const next = this.scanner.scanAvailable(window.bytes, at, stop, window.final, collector);
      this.pos = window.offset + next;
      if (next === at) {
        // Nothing more to scan here: the input ends, or a record goes on into the bytes read next.
        if (window.final) break;
        // A record already longer than a cell may be: refuse it now if it is too long, rather
        // than read all of it into memory first (the probe runs once per doubling of the buffer).
        if (window.bytes.length - next > LONG_RECORD_BYTES)
          collector.probeRunningRecord((sink) => this.scanner.scan(window.bytes, next, next + 1, sink));
        await window.advance(next);
      }
      if (!this.reserved && this.total !== null && this.pos >= RESERVE_AFTER_BYTES) {
        // The whole input's rows (parts read elsewhere are appended here), from the rows per
        // byte so far: the columns grow once instead of doubling and copying, and need no
        // trimming copy.
        this.reserved = true;
        collector.reserve(Math.ceil((collector.rows.length / this.pos) * this.total * 1.04));
      }
      step(this.pos);
      await ctx.checkpoint();
    }
  }

  /** Scans on from `from` (a part could not be used), reading the file again from there if it is not in the window. */
  async resume(from: number, reopen: (from: number) => Promise<ByteWindow>): Promise<void> {
    const { window } = this;
    this.pos = from;
    if (from < window.offset || from > window.offset + window.bytes.length) {
      window.close();
      this.window = await reopen(from);
    }
  }
}
