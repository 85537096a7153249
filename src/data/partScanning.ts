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
import { NotUtf8 } from './codeColumnBuilder.ts';
import { RecordCollector, type PartRecords } from './recordCollector.ts';
import type { BlobLike, ParseOptions } from '../engine/api.ts';
import type { EncodedColumn } from '../core/encodedColumn.ts';
import type { ColumnTyping } from './columnTyping.ts';

export interface PartJob {
  /** The part's bytes (its own copy: it is transferred to the thread that reads it). */
  bytes: Uint8Array;
  delimiter: string;
  newline: '\r\n' | '\n';
  width: number;
  fileName: string;
}

export type PartOutcome = { ok: true; part: PartRecords } | { ok: false; notUtf8: true };

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
   * for 125 MB). Only for a file canHash accepts.
   */
  sha256?(file: BlobLike): Promise<string>;
  /** Whether this file can be handed to a helper to hash (a Blob in the browser, a file on disk in Node). */
  canHash?(file: BlobLike): boolean;
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

/** Reads one part (what a part-scanning thread runs). */
export function scanPart(job: PartJob): PartOutcome {
  const collector = RecordCollector.forPart(job.fileName, job.width);
  try {
    new CsvByteScanner(job.delimiter, job.newline).scanRecords(job.bytes, 0, job.bytes.length, collector);
    return { ok: true, part: collector.partRecords() };
  } catch (e) {
    if (e instanceof NotUtf8) return { ok: false, notUtf8: true };
    throw e;
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

/**
 * Where the parts of bytes[from, n) begin: `parts` roughly equal pieces, each cut just after
 * a line end (LF). The first piece starts at `from`; fewer cuts when lines are too long.
 */
export function partStarts(bytes: Uint8Array, from: number, parts: number): number[] {
  const starts = [from];
  const size = (bytes.length - from) / parts;
  for (let k = 1; k < parts; k++) {
    const target = Math.round(from + k * size);
    const lf = bytes.indexOf(10, Math.max(target, starts[starts.length - 1]));
    if (lf < 0 || lf + 1 >= bytes.length) break;
    if (lf + 1 > starts[starts.length - 1]) starts.push(lf + 1);
  }
  return starts;
}
