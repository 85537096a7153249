/**
 * Reading one delimited file on several threads. The bytes after the first slice are cut
 * into parts at line ends; other threads (HelperPool) read each later part while this
 * thread reads the first, and the parts' columns are then appended in file order, each
 * part's distinct values looked up once in the first part's dictionaries.
 *
 * A cut at a line end is only a guess that a record starts there: a quoted field may hold a
 * line end. The guess is checked, never trusted — the part before must end exactly at the
 * cut (this thread's scanner says where its last record ends) and a part must not end inside
 * an open quote. A part that fails either check is dropped, and this thread reads the rest of
 * the file itself, so the result is always the one a single scan gives.
 */
import { CsvByteScanner } from '../delimited/csvByteScanner.ts';
import { Undecodable, type ByteDecoding } from '../delimited/byteDecoding.ts';
import { RecordCollector, type PartRecords } from '../delimited/recordCollector.ts';
import type { BlobLike, ParseOptions } from '../../engine/api.ts';
import type { EncodedColumn } from '../../core/columns/encodedColumn.ts';
import type { ColumnTyping } from '../typing/columnTyping.ts';
import type { ByteWindow } from '../delimited/byteWindow.ts';
import { WindowScan } from '../delimited/windowScan.ts';
import { isNumberColumn } from '../buffers/numberColumn.ts';
import type { LloydMessage, LloydReply, RemotePart } from '../../core/analyses/clusters/lloydParallel.ts';

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
  /** Which columns are read as numbers from the start (see NumberLane), as this thread settled it. */
  lanes?: boolean[];
  fileName: string;
  /** The file's encoding (UTF-8 or GB18030). */
  decoding: ByteDecoding;
  /** Hand the records on in batches as they are read (the reader asked for them; see HelperPool.scan). */
  batches?: boolean;
}

/** A part's records, or the news that a value in it is not valid in the file's encoding. */
export type PartOutcome = { ok: true; part: PartRecords } | { ok: false; undecodable: true };

/** Threads that read parts of a file: given by the worker adapter, the command line or a test. */
export interface HelperPool {
  /** How many parts can be read at once besides this thread's own. */
  readonly count: number;
  /** The least bytes worth a part of its own (default 4 MiB; tests use less). */
  readonly minPartBytes?: number;
  /**
   * Reads a part. A helper reading its range of the file hands its records on in batches as
   * it goes (`onBatch`, in order; see scanPartFrom), so this thread can take them in while the
   * helper still reads; the outcome then holds the last batch. Without batches it holds all.
   */
  scan(job: PartJob, onBatch?: (batch: PartRecords) => void): Promise<PartOutcome>;
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
  /** Types one column on a helper thread (see data/typing/columnTyping.ts); the codes are transferred. */
  typeColumn?(job: TypingJob): Promise<ColumnTyping>;
  /**
   * Hands rows of a k-means fit to one helper thread, which keeps them for the fit's questions
   * (core/analyses/clusters/lloydParallel.ts); `x` is a copy, transferred.
   */
  lloydPart?(x: Float64Array, rows: number, d: number, k: number, offset: number): RemotePart;
}

export interface TypingJob {
  name: string;
  column: EncodedColumn;
  options: ParseOptions;
}

/** A message to a helper thread, and its answers (a part's batches, then its outcome). */
export type HelperMessage =
  | { id: number; job: PartJob }
  | { id: number; sha256: unknown }
  | { id: number; typing: TypingJob }
  | { id: number; lloyd: LloydMessage };
export type HelperReply =
  | { id: number; lloyd: LloydReply }
  | { id: number; batch: PartRecords }
  | { id: number; outcome: PartOutcome }
  | { id: number; sha256: string }
  | { id: number; typed: ColumnTyping };

/** Reads one part whose bytes the job carries (what a part-scanning thread runs). */
export function scanPart(job: PartJob): PartOutcome {
  const { bytes } = job;
  if (!bytes) throw new Error('the part has no bytes: read its range first');
  const collector = RecordCollector.forPart(job.fileName, job.width, job.decoding, job.lanes);
  try {
    new CsvByteScanner(job.delimiter, job.newline).scanRecords(bytes, 0, bytes.length, collector);
    return { ok: true, part: collector.takeBatch() };
  } catch (e) {
    if (e instanceof Undecodable) return { ok: false, undecodable: true };
    throw e;
  }
}

/** How much of a part a helper reads between two batches it hands on. */
const BATCH_BYTES = 4 << 20;

/**
 * Reads one part as its bytes arrive (a helper reading its range of the file itself): `size`
 * bytes from the window's start. With `onBatch`, the records are handed on every few MB as a
 * batch (each with its own rows, the distinct values first seen in it, and where it ends), so
 * the reading thread merges them while this one reads on; the outcome holds the last batch.
 */
export async function scanPartFrom(
  job: PartJob,
  window: ByteWindow,
  size: number,
  onBatch?: (batch: PartRecords) => void,
  batchBytes = BATCH_BYTES,
): Promise<PartOutcome> {
  const collector = RecordCollector.forPart(job.fileName, job.width, job.decoding, job.lanes);
  const quiet = { fileName: job.fileName, totalBytes: size, progress() {}, checkpoint: () => Promise.resolve() };
  // Batches are sized as they go; a part read whole is sized for all of it.
  const scan = new WindowScan(window, collector, job, quiet, onBatch ? null : size);
  let taken = 0;
  try {
    await scan.to(size, (pos) => {
      if (!onBatch || pos - taken < batchBytes || pos >= size) return;
      onBatch({ ...collector.takeBatch(), end: pos });
      taken = pos;
    });
    return { ok: true, part: { ...collector.takeBatch(), end: size } };
  } catch (e) {
    if (e instanceof Undecodable) return { ok: false, undecodable: true };
    throw e;
  } finally {
    window.close();
  }
}

/** The buffers of a part's records (or a batch of them), to transfer rather than copy. */
export function recordBuffers(part: PartRecords): ArrayBuffer[] {
  return [
    part.rows.runStarts.buffer as ArrayBuffer,
    part.rows.runRows.buffer as ArrayBuffer,
    ...part.columns.flatMap(
      (c) =>
        (isNumberColumn(c)
          ? [c.values.buffer, c.distinct.buffer]
          : [c.codes.buffer, c.arena.buffer, c.starts.buffer]) as ArrayBuffer[],
    ),
  ];
}

/** The buffers of a part's result, to transfer rather than copy. */
export function partBuffers(outcome: PartOutcome): ArrayBuffer[] {
  return outcome.ok ? recordBuffers(outcome.part) : [];
}

/**
 * A part being read by another thread, as this thread takes it in: its batches in order,
 * then its outcome (null when the thread failed).
 */
export class PartStream {
  private readonly batches: PartRecords[] = [];
  private outcome: PartOutcome | null | undefined;
  private wake: (() => void) | null = null;

  /** Feeds the stream from a scan: its batches, then its outcome (null if it failed). */
  static of(scan: (onBatch: (batch: PartRecords) => void) => Promise<PartOutcome>): PartStream {
    const stream = new PartStream();
    scan((batch) => stream.push(batch)).then(
      (outcome) => stream.end(outcome),
      () => stream.end(null),
    );
    return stream;
  }

  private push(batch: PartRecords): void {
    if (this.outcome !== undefined) return;
    this.batches.push(batch);
    this.wake?.();
  }

  private end(outcome: PartOutcome | null): void {
    this.outcome = outcome;
    this.wake?.();
  }

  /** The next batch, or (once there is none) the outcome. */
  async next(): Promise<{ batch: PartRecords } | { outcome: PartOutcome | null }> {
    while (this.batches.length === 0 && this.outcome === undefined)
      await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = null;
    const batch = this.batches.shift();
    return batch ? { batch } : { outcome: this.outcome! };
  }
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
