/**
 * What broke: the command line called process.exit() right after writing its JSON, and on a
 * pipe (`npm run cli -- … | head`, `| wc -c`) stdout is written asynchronously, so everything
 * after the first 64 KiB was lost and the JSON did not parse.
 */
import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cliCommand, scratchDirs } from '../cli/runCli.ts';

const scratch = scratchDirs();

test('the command line writes more than 64 KiB of JSON through a slow pipe in full', () => {
  const dir = scratch();
  const path = join(dir, 'wide.csv');
  // 1,500 columns: `inspect` describes each, about 200 KiB of JSON.
  const names = Array.from({ length: 1500 }, (_, i) => `c${i}`);
  const rows = [0, 1, 2].map((r) => names.map(() => String(r)).join(','));
  writeFileSync(path, [names.join(','), ...rows].join('\n') + '\n');
  // The reader waits before it reads, so the pipe's buffer is full when the command is done.
  const r = spawnSync(
    'sh',
    ['-c', `"${process.execPath}" ${cliCommand().join(' ')} inspect "${path}" | (sleep 1; cat)`],
    {
      cwd: resolve(__dirname, '../..'),
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  expect(r.status).toBe(0);
  expect(r.stdout.length).toBeGreaterThan(64 * 1024);
  const out = JSON.parse(r.stdout);
  expect(out.columns.length).toBe(1500);
}, 60_000);
