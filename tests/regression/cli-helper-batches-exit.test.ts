/**
 * What broke: a helper thread hands a large file's part on in batches, and the command line
 * counted every batch as the end of a job, let the helper go (unref) after the first one, and
 * the process could exit with no output while the part was still being read.
 */
import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scratchDirs } from '../cli/runCli.ts';

const scratch = scratchDirs();

/** In a process of its own, nothing but the helper keeps it alive while the part is read. */
const script = `
import { helperThreads } from './cli/helperThreads.ts';
import { fileBlob } from './cli/fileBlob.ts';
const [path] = process.argv.slice(-1);
const blob = fileBlob(path);
let batches = 0;
const job = { delimiter: ',', newline: '\\\\n', width: 2, fileName: 'log.csv', decoding: { encoding: 'utf-8' }, range: { file: blob, start: 0, end: blob.size } };
helperThreads(1).scan(job, () => batches++).then((o) => console.log(JSON.stringify({ ok: o.ok, batches })));
`;

test('a command-line helper thread stays alive until its part is read, through all its batches', () => {
  const dir = scratch();
  const path = join(dir, 'log.csv');
  // 13 MB: batches of 4 MB, then the outcome.
  const lines: string[] = [];
  for (let i = 0; i < 1_000_000; i++) lines.push(`C${(i * 7919) % 90_001},${i % 500}.25`);
  writeFileSync(path, lines.join('\n') + '\n');
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, path], {
    cwd: resolve(__dirname, '../..'),
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  const out = JSON.parse(r.stdout);
  expect(out.ok).toBe(true);
  expect(out.batches).toBeGreaterThan(1);
}, 60_000);
