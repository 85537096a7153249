/**
 * Inputs that would silently change the answer, as a person meets them: the floor of a relative
 * inactivity window is shown next to the factor and moves the churned count (checked against
 * DuckDB SQL on the sample file), and a churn flag coded 1/2 is read as R reads it, with a note.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from 'playwright-core';
import { afterAll, expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';
import { CDNOW_SAMPLE, TELCO } from '../sharedData.ts';

const baseUrl = inject('baseUrl');
const { withPage, openSample } = appSession(chromiumForFile(), baseUrl);
const scratch = mkdtempSync(join(tmpdir(), 'churnscope-definition-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const value = async (page: Page, testid: string) => Number(await page.getByTestId(testid).getAttribute('data-value'));

/**
 * Customers of the CDNOW sample churned as of its last date (1998-06-30) under "more than
 * max(floor, 3 × own median gap between distinct purchase days) without activity; 180 days with
 * one purchase day", counted by DuckDB from the raw file.
 */
async function relativeChurnedSql(floor: number): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    const rows = await db.runAndReadAll(`
      WITH tx AS (
        SELECT s[1] AS id, strptime(s[3], '%Y%m%d')::DATE AS d FROM (
          SELECT string_split_regex(trim(line), '\\s+') AS s
          FROM read_csv('${CDNOW_SAMPLE}', columns = {'line': 'VARCHAR'}, delim = '\\t', header = false)
        )
      ),
      days AS (SELECT DISTINCT id, d FROM tx),
      gaps AS (SELECT id, d, d - lag(d) OVER (PARTITION BY id ORDER BY d) AS gap FROM days),
      per AS (SELECT id, max(d) AS last_d, median(gap) AS gap FROM gaps GROUP BY id)
      SELECT count(*) FILTER (
        WHERE (SELECT max(d) FROM tx) - last_d > CASE WHEN gap IS NULL THEN 180 ELSE greatest(${floor}, 3 * gap) END
      ) AS churned FROM per`);
    return Number(rows.getRowObjectsJson()[0].churned);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

test('CDNOW: the floor of a relative window is shown next to the factor and changes the churned count', async () => {
  const [at30, at0, at90] = [await relativeChurnedSql(30), await relativeChurnedSql(0), await relativeChurnedSql(90)];
  // Without a floor, customers who bought every few days count as lost after a short silence;
  // a higher floor keeps more of them (the sample's silences are long, so the steps are small).
  expect(at0).toBeGreaterThan(at30);
  expect(at90).toBeLessThan(at30);
  await withPage(async (page) => {
    await openSample(page, 'cdnow');
    await expect.poll(() => value(page, 'live-customers'), { timeout: 30_000 }).toBe(2357);
    await page.getByTestId('definition-relative').check();
    const floor = page.getByTestId('definition-min-days');
    await floor.waitFor();
    expect(await floor.inputValue()).toBe('30');
    expect(await page.getByTestId('definition-factor').inputValue()).toBe('3');
    await expect.poll(() => value(page, 'live-churned'), { timeout: 30_000 }).toBe(at30);
    expect(await page.getByTestId('definition-bounds').innerText()).toContain(
      'more than 3 × their own median gap between purchases without activity, and never after fewer than 30 days',
    );
    await floor.fill('0');
    await expect.poll(() => value(page, 'live-churned'), { timeout: 30_000 }).toBe(at0);
    await expect.poll(() => value(page, 'churned'), { timeout: 30_000 }).toBe(at0);
    expect(await page.getByTestId('loss-counted-at').innerText()).toContain('at least 0 days');
    await floor.fill('90');
    await expect.poll(() => value(page, 'live-churned'), { timeout: 30_000 }).toBe(at90);
    await page.getByTestId('locale').selectOption('zh-CN');
    expect(await page.getByTestId('definition-bounds').innerText()).toContain('无活动不足 90 天时从不算流失');
  });
});

test('Telco with Churn coded 1/2: 1,869 churned of 7,043 and a note saying 2 was read as churned', async () => {
  const [head, ...lines] = readFileSync(TELCO, 'utf8').replace(/\r\n/g, '\n').trimEnd().split('\n');
  const churn = lines.map((l) => l.slice(l.lastIndexOf(',') + 1));
  const yes = churn.filter((v) => v === 'Yes').length;
  expect(yes).toBe(1869);
  const path = join(scratch, 'telco-1-2.csv');
  const recoded = lines.map((l, i) => l.slice(0, l.lastIndexOf(',') + 1) + (churn[i] === 'Yes' ? '2' : '1'));
  writeFileSync(path, [head, ...recoded].join('\n'));
  await withPage(async (page) => {
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=open-file]', path);
    await expect.poll(() => value(page, 'live-churned'), { timeout: 60_000 }).toBe(yes);
    expect(await value(page, 'live-customers')).toBe(lines.length);
    const note = page.locator('[data-testid=definition-note][data-code=flag-one-two]');
    expect(await note.innerText()).toBe(
      `“Churn” holds only the values 1 and 2, read as R survival’s status coding: 2 = churned (1,869 customers), 1 = still a customer (5,174). If 1 means churned in your data, recode the column as yes/no or 1/0.`,
    );
  });
});
