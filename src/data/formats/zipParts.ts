/**
 * The parts of a zip archive (an .xlsx), read from its central directory (APPNOTE.TXT §4.3.12,
 * §4.3.16, and the Zip64 records of §4.3.14–15 and §4.5.3), and inflated one at a time under
 * the limits of readLimits.ts: a part whose declared size or compression ratio is too large is
 * refused before any of it is inflated, and since a header can lie, the inflation itself stops
 * as soon as the output passes the declared size.
 */
import { Inflate } from 'fflate';
import { UnreadableInput } from '../rawTable.ts';
import { MAX_PART_BYTES, MAX_PART_RATIO, RATIO_GRACE_BYTES } from '../readLimits.ts';

export interface ZipPart {
  name: string;
  method: number;
  packed: number;
  size: number;
  /** Where the part's local header starts. */
  header: number;
  encrypted: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MB = 1024 * 1024;

function damaged(file: string): UnreadableInput {
  return new UnreadableInput({
    severity: 'error',
    code: 'truncated-file',
    file,
    message: `${file} seems cut short or damaged: it could not be unpacked as an Excel workbook. Export or download it again and reopen it.`,
  });
}

/** Every part the central directory lists. */
export function zipDirectory(bytes: Uint8Array, file: string): ZipPart[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;
  let eocd = -1;
  // The end record is the last 22 bytes, followed by a comment of at most 65,535 bytes.
  for (let at = n - 22; at >= Math.max(0, n - 22 - 0xffff); at--) {
    if (u32(at) === EOCD && at + 22 + u16(at + 20) <= n) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw damaged(file);
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && u32(eocd - 20) === ZIP64_LOCATOR) {
    const record = u64(eocd - 12);
    if (record + 56 > n || u32(record) !== ZIP64_EOCD) throw damaged(file);
    count = u64(record + 32);
    offset = u64(record + 48);
  }
  const parts: ZipPart[] = [];
  const decoder = new TextDecoder();
  let at = offset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > n || u32(at) !== CENTRAL) throw damaged(file);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (at + 46 + nameLength + extraLength > n) throw damaged(file);
    let packed = u32(at + 20);
    let size = u32(at + 24);
    let header = u32(at + 42);
    // Zip64: sizes and offset that do not fit 32 bits are in the extra field 0x0001, in this order.
    for (let e = at + 46 + nameLength, end = e + extraLength; e + 4 <= end; e += 4 + u16(e + 2)) {
      if (u16(e) !== 1) continue;
      let f = e + 4;
      if (size === 0xffffffff) {
        size = u64(f);
        f += 8;
      }
      if (packed === 0xffffffff) {
        packed = u64(f);
        f += 8;
      }
      if (header === 0xffffffff) header = u64(f);
    }
    parts.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(at + 10),
      packed,
      size,
      header,
      encrypted: (u16(at + 8) & 1) === 1,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** Refuses a part that would inflate past the limits, from what the directory says of it. */
export function checkPartLimits(part: ZipPart, file: string): void {
  if (part.size > MAX_PART_BYTES) {
    const size = Math.ceil(part.size / MB);
    throw new UnreadableInput({
      severity: 'error',
      code: 'part-over-limit',
      file,
      params: { part: part.name, size, limit: MAX_PART_BYTES / MB },
      message: `${file} was not unpacked: its part ${part.name} would take ${size.toLocaleString('en-US')} MB, more than the ${MAX_PART_BYTES / MB} MB one part may take. Save the sheet you need in a workbook of its own, or export it as CSV.`,
    });
  }
  if (part.size > RATIO_GRACE_BYTES && part.size > part.packed * MAX_PART_RATIO) {
    const ratio = part.packed > 0 ? Math.round(part.size / part.packed) : part.size;
    throw new UnreadableInput({
      severity: 'error',
      code: 'part-ratio-over-limit',
      file,
      params: { part: part.name, ratio, limit: MAX_PART_RATIO },
      message: `${file} was not unpacked: its part ${part.name} would grow ${ratio.toLocaleString('en-US')} times when unpacked (at most ${MAX_PART_RATIO} times is allowed), which is how a "zip bomb" is built. Open the original workbook in Excel and save it again, or export the sheet as CSV.`,
    });
  }
}

/** Compressed bytes handed to the inflater at a time: its output per push is at most ~1,032 times this (66 MB); 16 KiB pushes inflated a 31 MB sheet about 2× slower than fflate's unzipSync, 64 KiB as fast. */
const PUSH_BYTES = 64 * 1024;

/**
 * One part's bytes, inflated into a buffer of its declared size: the inflation stops as soon as
 * it would write past it (a header that understates the size), and a part that comes out
 * shorter is damaged.
 */
export function inflatePart(bytes: Uint8Array, part: ZipPart, file: string): Uint8Array {
  checkPartLimits(part, file);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = part.header;
  if (part.encrypted || at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw damaged(file);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const packed = bytes.subarray(start, Math.min(bytes.length, start + part.packed));
  if (packed.length < part.packed) throw damaged(file);
  if (part.method === 0) {
    if (part.packed !== part.size) throw damaged(file);
    return packed;
  }
  if (part.method !== 8) throw damaged(file);
  const out = new Uint8Array(part.size);
  let filled = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow) return;
    if (filled + chunk.length > out.length) {
      overflow = true;
      return;
    }
    out.set(chunk, filled);
    filled += chunk.length;
  });
  try {
    for (let k = 0; k < packed.length && !overflow; k += PUSH_BYTES) {
      const end = Math.min(packed.length, k + PUSH_BYTES);
      inflater.push(packed.subarray(k, end), end === packed.length);
    }
  } catch {
    throw damaged(file);
  }
  if (overflow) {
    throw new UnreadableInput({
      severity: 'error',
      code: 'part-size-misstated',
      file,
      params: { part: part.name, size: part.size },
      message: `${file} was not unpacked: its part ${part.name} inflates to more than the ${part.size.toLocaleString('en-US')} bytes its header declares, which is how a "zip bomb" hides its size. Unpacking stopped there. Open the original workbook in Excel and save it again, or export the sheet as CSV.`,
    });
  }
  if (filled !== part.size) throw damaged(file);
  return out;
}
