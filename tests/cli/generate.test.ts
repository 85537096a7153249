/**
 * `generate`: the CSV streams to --out or stdout, the same seed writes the same bytes, --truth
 * prints what was planted, and a bad size is a usage error (exit 2, one line).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/core/synthetic/generate.ts';
import { DEFAULT_SNAPSHOT_TRUTH } from '../../src/core/synthetic/plantedTruth.ts';
import { cli, scratchDirs } from './runCli.ts';

const scratchDir = scratchDirs();
const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

describe('churnscope generate', () => {
  it('--out writes the kernel’s bytes for the seed; --truth prints the planted truth and the counts', () => {
    const file = join(scratchDir(), 'snap.csv');
    const r = cli('generate', '--customers', '2000', '--seed', '9', '--shape', 'snapshot', '--out', file, '--truth');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ customers: 2000, seed: 9, shape: 'snapshot', rows: 2000, file });
    expect(out.truth).toEqual(DEFAULT_SNAPSHOT_TRUTH);
    const chunks: string[] = [];
    generate({ customers: 2000, seed: 9, shape: 'snapshot' }, (c) => chunks.push(c));
    expect(sha(readFileSync(file))).toBe(sha(chunks.join('')));
  });

  it('without --out the CSV goes to stdout, the same for the same seed', () => {
    const a = cli('generate', '--customers', '1000', '--seed', '3');
    const b = cli('generate', '--customers', '1000', '--seed', '3');
    expect(a.code).toBe(0);
    expect(a.stdout.startsWith('customer_id,date,amount\n')).toBe(true);
    expect(sha(a.stdout)).toBe(sha(b.stdout));
  });

  it('--shape segments writes the A/B/C tiers, 23 % churned', () => {
    const r = cli('generate', '--customers', '1000', '--seed', '2', '--shape', 'segments');
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n');
    expect(rows[0]).toBe('customer_id,tier,annual_value,churn');
    // Planted exactly: 0.1 × 5 % + 0.3 × 15 % + 0.6 × 30 % of 1,000 customers.
    expect(rows.filter((l) => l.endsWith(',Yes')).length).toBe(230);
  });

  it('refuses a size outside 1,000 – 1,000,000 with exit 2 and one line', () => {
    const r = cli('generate', '--customers', '50', '--seed', '1');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('churnscope: --customers takes a whole number from 1000 to 1000000');
  });
});
