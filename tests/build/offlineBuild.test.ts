/** The build's offline pieces: the precache list, the version, the sw.js text and the PNG icon. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import { afterEach, expect, test } from 'vitest';
import { serviceWorkerSource, webAppManifest } from '../../build/offlinePlugin.ts';
import { iconPng, THEME_COLOR } from '../../build/pngIcon.ts';
import { buildVersion, precacheList } from '../../build/precacheList.ts';

// SHA-256 test vectors from FIPS 180-2, appendix B.1, and of the empty message.
const SHA256_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const SHA256_EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function site(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'churnscope-precache-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

test('every file but sw.js is listed, sorted, with its SHA-256', async () => {
  const root = await site({ 'index.html': 'abc', 'assets/b.js': '', 'samples/a.csv': 'abc', 'sw.js': 'x' });
  expect(await precacheList(root)).toEqual([
    { path: 'assets/b.js', sha256: SHA256_EMPTY },
    { path: 'index.html', sha256: SHA256_ABC },
    { path: 'samples/a.csv', sha256: SHA256_ABC },
  ]);
});

test('a changed file changes the version and so the bytes of sw.js', () => {
  const one = [{ path: 'index.html', sha256: SHA256_ABC }];
  const two = [{ path: 'index.html', sha256: SHA256_EMPTY }];
  expect(buildVersion(one)).not.toBe(buildVersion(two));
  expect(buildVersion(one)).toBe(buildVersion([...one]));
  expect(serviceWorkerSource(one)).not.toBe(serviceWorkerSource(two));
});

test('sw.js is a script that calls the worker with the list and registers its four handlers', () => {
  const entries = [{ path: 'index.html', sha256: SHA256_ABC }];
  const handlers: string[] = [];
  const fakeSelf = {
    registration: { scope: 'https://example.test/app/' },
    addEventListener: (type: string) => handlers.push(type),
  };
  new Function('self', serviceWorkerSource(entries))(fakeSelf);
  expect(handlers.sort()).toEqual(['activate', 'fetch', 'install', 'message']);
});

test('the manifest names the app, its colour and icons of the sizes Chromium asks to install (192, 512)', () => {
  const manifest = webAppManifest();
  expect(manifest.theme_color).toBe(THEME_COLOR);
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
});

test('the icon is a valid PNG: checksums agree with zlib, the pixels are the theme colour and white', () => {
  const size = 64;
  const png = iconPng(size);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks = new Map<string, Buffer>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    // Node's zlib.crc32 is the reference for the hand-written CRC.
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    chunks.set(type, png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  expect([...chunks.keys()]).toEqual(['IHDR', 'IDAT', 'IEND']);
  expect(chunks.get('IHDR')!.readUInt32BE(0)).toBe(size);
  const raw = inflateSync(chunks.get('IDAT')!);
  expect(raw.length).toBe(size * (1 + size * 3));
  const pixel = (x: number, y: number) => raw.subarray(y * (1 + size * 3) + 1 + x * 3, y * (1 + size * 3) + 4 + x * 3);
  expect(`#${pixel(0, 0).toString('hex')}`).toBe(THEME_COLOR);
  // The first bar stands at the lower left of the drawing area.
  expect(pixel(Math.round(size * 0.25), Math.round(size * 0.75)).toString('hex')).toBe('ffffff');
});
