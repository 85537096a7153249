/**
 * The streams of an OLE2 compound file ([MS-CFB]), the container of Excel 97–2003 workbooks and
 * of password-protected Office files. Every sector chain is followed at most once per sector, so
 * a damaged or hostile file (a chain that loops, a sector past the end) is named as damaged in
 * time linear in its size, never followed forever.
 */

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Thrown for a compound file that cannot be read; `reason` says what is wrong, in English. */
export class DamagedCompoundFile extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'DamagedCompoundFile';
  }
}

export interface CompoundEntry {
  name: string;
  size: number;
}

export class CompoundFile {
  private constructor(
    private readonly bytes: Uint8Array,
    private readonly sectorSize: number,
    private readonly fat: Uint32Array,
    private readonly miniFat: Uint32Array,
    private readonly miniStream: Uint8Array,
    private readonly cutoff: number,
    private readonly entries: (CompoundEntry & { start: number })[],
  ) {}

  static open(bytes: Uint8Array): CompoundFile {
    if (bytes.length < 512 || !SIGNATURE.every((b, i) => bytes[i] === b))
      throw new DamagedCompoundFile('the compound-file header is missing or cut short');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const shift = view.getUint16(0x1e, true);
    if (shift !== 9 && shift !== 12) throw new DamagedCompoundFile(`its sector size (2^${shift}) is not 512 or 4096`);
    const sectorSize = 1 << shift;
    const sectorCount = Math.max(0, Math.ceil((bytes.length - sectorSize) / sectorSize));
    const perSector = sectorSize / 4;
    const sector = (n: number): Uint8Array => {
      const at = (n + 1) * sectorSize;
      if (n >= sectorCount) throw new DamagedCompoundFile(`sector ${n} lies past the end of the file`);
      return bytes.subarray(at, Math.min(at + sectorSize, bytes.length));
    };
    const u32 = (s: Uint8Array, k: number) => (s[k] | (s[k + 1] << 8) | (s[k + 2] << 16) | (s[k + 3] << 24)) >>> 0;

    // The FAT's own sectors: 109 in the header, the rest in a chain of DIFAT sectors.
    const fatCount = view.getUint32(0x2c, true);
    if (fatCount > sectorCount) throw new DamagedCompoundFile('its allocation table is larger than the file');
    const fatSectors: number[] = [];
    for (let k = 0; k < 109 && fatSectors.length < fatCount; k++) fatSectors.push(view.getUint32(0x4c + 4 * k, true));
    let difat = view.getUint32(0x44, true);
    for (let hops = 0; fatSectors.length < fatCount; hops++) {
      if (difat >= END_OF_CHAIN || hops > sectorCount)
        throw new DamagedCompoundFile('its allocation table is incomplete');
      const s = sector(difat);
      for (let k = 0; k < perSector - 1 && fatSectors.length < fatCount; k++) fatSectors.push(u32(s, 4 * k));
      difat = u32(s, 4 * (perSector - 1));
    }
    const fat = new Uint32Array(fatCount * perSector);
    fatSectors.forEach((n, k) => {
      const s = sector(n);
      for (let j = 0; j < perSector && 4 * j + 3 < s.length; j++) fat[k * perSector + j] = u32(s, 4 * j);
    });

    const chain = (start: number, table: Uint32Array, what: string): number[] => {
      const out: number[] = [];
      for (let n = start; n !== END_OF_CHAIN; n = table[n]) {
        if (n >= table.length || n === FREE) throw new DamagedCompoundFile(`the chain of ${what} is broken`);
        if (out.length >= table.length) throw new DamagedCompoundFile(`the chain of ${what} loops`);
        out.push(n);
      }
      return out;
    };
    const concat = (
      sectors: number[],
      get: (n: number) => Uint8Array,
      size: number,
      limit: number,
      what: string,
    ): Uint8Array => {
      const total = Math.min(size, limit);
      const out = new Uint8Array(total);
      let at = 0;
      for (const n of sectors) {
        if (at >= total) break;
        const s = get(n);
        const take = Math.min(s.length, total - at);
        out.set(s.subarray(0, take), at);
        at += take;
      }
      if (at < total) throw new DamagedCompoundFile(`${what} is cut short`);
      return out;
    };

    const dirSectors = chain(view.getUint32(0x30, true), fat, 'the directory');
    const directory = concat(dirSectors, sector, dirSectors.length * sectorSize, bytes.length, 'the directory');
    const dv = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
    const entries: (CompoundEntry & { start: number; type: number })[] = [];
    for (let at = 0; at + 128 <= directory.length; at += 128) {
      const type = directory[at + 0x42];
      if (type !== 1 && type !== 2 && type !== 5) continue;
      const nameBytes = Math.min(64, dv.getUint16(at + 0x40, true));
      let name = '';
      for (let k = 0; k + 1 < nameBytes - 1; k += 2) name += String.fromCharCode(dv.getUint16(at + k, true));
      // Version 3 files keep only the low 32 bits of a stream's size.
      const size = dv.getUint32(at + 0x78, true) + (shift === 12 ? dv.getUint32(at + 0x7c, true) * 2 ** 32 : 0);
      entries.push({ name, type, start: dv.getUint32(at + 0x74, true), size });
    }
    const root = entries.find((e) => e.type === 5);
    if (root === undefined) throw new DamagedCompoundFile('its directory has no root entry');

    const cutoff = view.getUint32(0x38, true) || 4096;
    const miniFatSectors =
      view.getUint32(0x40, true) === 0 ? [] : chain(view.getUint32(0x3c, true), fat, 'the mini-stream table');
    const miniFatBytes = concat(
      miniFatSectors,
      sector,
      miniFatSectors.length * sectorSize,
      bytes.length,
      'the mini-stream table',
    );
    const miniFat = new Uint32Array(miniFatBytes.length >>> 2);
    for (let k = 0; k < miniFat.length; k++) miniFat[k] = u32(miniFatBytes, 4 * k);
    const miniStream =
      root.size === 0 || root.start >= END_OF_CHAIN
        ? new Uint8Array(0)
        : concat(chain(root.start, fat, 'the mini stream'), sector, root.size, bytes.length, 'the mini stream');
    return new CompoundFile(
      bytes,
      sectorSize,
      fat,
      miniFat,
      miniStream,
      cutoff,
      entries.filter((e) => e.type === 2),
    );
  }

  /** The streams, by name (names compared without case, as [MS-CFB] §2.6.4 orders them). */
  streams(): CompoundEntry[] {
    return this.entries.map(({ name, size }) => ({ name, size }));
  }

  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  private find(name: string) {
    const wanted = name.toUpperCase();
    return this.entries.find((e) => e.name.toUpperCase() === wanted);
  }

  /** A stream's bytes; throws DamagedCompoundFile if its chain is broken or it is cut short. */
  read(name: string): Uint8Array | undefined {
    const entry = this.find(name);
    if (entry === undefined) return undefined;
    const mini = entry.size < this.cutoff;
    const table = mini ? this.miniFat : this.fat;
    const unit = mini ? 64 : this.sectorSize;
    const out = new Uint8Array(Math.min(entry.size, mini ? this.miniStream.length : this.bytes.length));
    let at = 0;
    let hops = 0;
    for (let n = entry.start; at < out.length; n = table[n]) {
      if (n >= table.length || hops++ > table.length)
        throw new DamagedCompoundFile(`the stream ${entry.name} is broken`);
      const from = mini ? n * 64 : (n + 1) * unit;
      const source = mini ? this.miniStream : this.bytes;
      if (from >= source.length) throw new DamagedCompoundFile(`the stream ${entry.name} is cut short`);
      const take = Math.min(unit, out.length - at, source.length - from);
      out.set(source.subarray(from, from + take), at);
      at += take;
    }
    if (out.length < entry.size) throw new DamagedCompoundFile(`the stream ${entry.name} is cut short`);
    return out;
  }
}
