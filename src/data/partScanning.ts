/**
 * Reading one delimited file on several threads. The bytes after the first slice are cut
 * into parts at line ends; other threads (PartScanners) read each later part while this
 * thread reads the first, and the parts' columns are then appended in file order, each
 * part's distinct values looked up once in the first part's dictionaries.
 *
 * A cut at a line end is only a guess that a record starts there: a quoted field may hold a
 * line end. The guess is checked, never trusted — the part before must end exactly at the
 * cut (this thread's scanner says where its last record ends) and a part must not end inside
 * an open quote. A part that fails either check is dropped, and this thread reads the rest of
 * the file itself, so the result is always the one a single scan gives.
 */
import { CsvByteScanner } from './csvByteScanner.ts';
import { Undecodable, type ByteDecoding } from './byteDecoding.ts';
import { RecordCollector, type PartRecords } from './recordCollector.ts';
import type { BlobLike, ParseOptions } from '../engine/api.ts';
import type { EncodedColumn } from '../core/encodedColumn.ts';
import type { ColumnTyping } from './columnTyping.ts';
import type { ByteWindow } from './byteWindow.ts';
import { WindowScan } from './windowScan.ts';

export interface PartJob {
  /** The part's bytes (its own copy: it is transferred to the thread that reads it)… */
  bytes?: Uint8Array;
  /**
   * …or where they are in the file, for the helper to read them itself: `file` is the
   * BlobLike here, and what the pool's handover makes of it (a Blob, a path) on the way.
   */
  range?: { file: unknown; start: number; end: number };
  delimiter: string;
  newline: '\r\n' | '\n';
  width: number;
  fileName: string;
  /** The file's encoding (UTF-8 or GB18030). */
  decoding: ByteDecoding;
}

/** A part's records, or the news that a value in it is not valid in the file's encoding. */
export type PartOutcome = { ok: true; part: PartRecords } | { ok: false; undecodable: true };

/** Threads that read parts of a file: given by the worker adapter, the command line or a test. */
export interface PartScanners {
  /** How many parts can be read at once besides this thread's own. */
  readonly count: number;
  /** The least bytes worth a part of its own (default 4 MiB; tests use less). */
  readonly minPartBytes?: number;
  scan(job: PartJob): Promise<PartOutcome>;
  /**
   * The SHA-256 (hex) of a file, read and hashed by a helper thread from the file itself, so
   * the engine's own thread spends no time on it (Chromium hashes on the calling thread: ~180 ms
   * for 125 MB). Only for a file takesFile accepts.
   */
  sha256?(file: BlobLike): Promise<string>;
  /**
   * Whether this file can be handed to a helper to hash or to read parts of itself (a Blob in
   * the browser, a file on disk in Node).
   */
  takesFile?(file: BlobLike): boolean;
  /** Types one column on a helper thread (see data/columnTyping.ts); the codes are transferred. */
  typeColumn?(job: TypingJob): Promise<ColumnTyping>;
}

export interface TypingJob {
  name: string;
  column: EncodedColumn;
  options: ParseOptions;
}

/** A message to a helper thread, and its answer. */
export type HelperMessage =
  { id: number; job: PartJob } | { id: number; sha256: unknown } | { id: number; typing: TypingJob };
export type HelperReply =
  { id: number; outcome: PartOutcome } | { id: number; sha256: string } | { id: number; typed: ColumnTyping };

/** Reads one part whose bytes the job carries (what a part-scanning thread runs). */
export function scanPart(job: PartJob): PartOutcome {
  const { bytes } = job;
  if (!bytes) throw new Error('the part has no bytes: read its range first');
  const collector = RecordCollector.forPart(job.fileName, job.width, job.decoding);
  try {
    new CsvByteScanner(job.delimiter, job.newline).scanRecords(bytes, 0, bytes.length, collector);
    return { ok: true, part: collector.partRecords() };
  } catch (e) {
    if (e instanceof Undecodable) return { ok: false, undecodable: true };
    throw e;
  }
}

/**
 * Reads one part as its bytes arrive (a helper reading its range of the file itself):
 * `size` bytes from the window's start.
 */
export async function scanPartFrom(job: PartJob, window: ByteWindow, size: number): Promise<PartOutcome> {
  const collector = RecordCollector.forPart(job.fileName, job.width, job.decoding);
  const quiet = { fileName: job.fileName, totalBytes: size, progress() {}, checkpoint: () => Promise.resolve() };
  const scan = new WindowScan(window, collector, job, quiet, size);
  try {
    await scan.to(size, () => ({ phase: 'parsing', bytes: 0, rows: 0 }));
    return { ok: true, part: collector.partRecords() };
  } catch (e) {
    if (e instanceof Undecodable) return { ok: false, undecodable: true };
    throw e;
  } finally {
    window.close();
  }
}

/** The buffers of a part's result, to transfer rather than copy. */
export function partBuffers(outcome: PartOutcome): ArrayBuffer[] {
  if (!outcome.ok) return [];
  const { part } = outcome;
  return [
    part.rows.rows.buffer as ArrayBuffer,
    ...part.columns.flatMap((c) => [c.codes.buffer, c.arena.buffer, c.starts.buffer] as ArrayBuffer[]),
  ];
}

const FIRST_WINDOW = 1 << 16;
/** How far past a planned cut a line end is looked for before the file is not cut there. */
const MAX_LOOK = 16 << 20;

/**
 * Where the parts of a file's bytes [from, size) begin: `parts` roughly equal pieces, each cut
 * just after a line end (LF), looked for in windows `window(from, to)` that start small and
 * grow — the file need not be read yet. The first piece starts at `from`; fewer cuts when
 * lines are too long.
 */
export async function partCuts(
  size: number,
  from: number,
  parts: number,
  window: (from: number, to: number) => Promise<Uint8Array>,
): Promise<number[]> {
  const starts = [from];
  const step = (size - from) / parts;
  for (let k = 1; k < parts; k++) {
    const target = Math.max(Math.round(from + k * step), starts[starts.length - 1]);
    let cut = -1;
    for (let at = target, width = FIRST_WINDOW; at < size && at - target < MAX_LOOK; width *= 4) {
      const end = Math.min(size, at + width, target + MAX_LOOK);
      const lf = (await window(at, end)).indexOf(10);
      if (lf >= 0) {
        cut = at + lf + 1;
        break;
      }
      at = end;
    }
    if (cut < 0 || cut >= size) break;
    if (cut > starts[starts.length - 1]) starts.push(cut);
  }
  return starts;
}
