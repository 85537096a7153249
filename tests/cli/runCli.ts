/** Runs the command line as a user would (a child process, TZ=UTC) and gives scratch folders. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { CLI_BUNDLE } from './cliBundle.ts';

const root = resolve(__dirname, '../..');

/**
 * How to start the command line: the bundle the tests' global setup made (tests/cli/cliBundle.ts),
 * or through tsx as `npm run cli` does when the bundle is absent.
 */
export function cliCommand(): string[] {
  return existsSync(CLI_BUNDLE) ? [CLI_BUNDLE] : ['--import', 'tsx', 'cli/churnscope.ts'];
}

export function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [...cliCommand(), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder, removed after the file's tests. */
export function scratchDirs(): () => string {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'churnscope-'));
    made.push(dir);
    return dir;
  };
}
