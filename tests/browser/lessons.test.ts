/**
 * Lessons as a student meets them: listed on the start screen, opened (its data generated or
 * fetched, its workbook taken over), an answer revealed with the figure the engine computed on
 * the lesson's data — the same as Node's engine computes on the same data — in English and
 * Chinese and in the presentation view; axe finds nothing on the lesson screen.
 */
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { LESSONS, lessonById } from '../../src/lessons/registry.ts';
import { openLesson } from '../lessons/lessonData.ts';
import { axeViolations, describeViolation } from './axe.ts';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage } = appSession(chromiumForFile({ bypassCSP: true }), baseUrl);

/** Waits until every answer's figures are in (none shows "…"), then reveals the n-th answer. */
async function reveal(page: Page, n: number, scope = page.locator('body')) {
  await expect
    .poll(() => scope.getByTestId('lesson-answer').allTextContents(), { timeout: 30_000 })
    .not.toContainEqual(expect.stringMatching(/…/));
  const button = scope.getByTestId('lesson-show-answer').nth(n);
  expect(await button.getAttribute('aria-expanded')).toBe('false');
  await button.click();
  expect(await button.getAttribute('aria-expanded')).toBe('true');
  const answer = scope.getByTestId('lesson-answer').nth(n);
  expect(await answer.isVisible()).toBe(true);
  return answer;
}

async function noAxeViolations(page: Page, where: string) {
  expect((await axeViolations(page)).map((v) => describeViolation(where, v))).toEqual([]);
}

test('the A/B/C tiers lesson: opened from the start screen, 23 % revealed in both languages and when presenting', async () => {
  await withPage(async (page) => {
    await page.goto(`${baseUrl}?lang=en`);
    const list = page.getByTestId('lessons');
    expect(await list.locator('li').count()).toBe(LESSONS.length);
    await noAxeViolations(page, 'start screen with the lessons');

    await page.getByTestId('lesson-open-tiers').click();
    const panel = page.getByTestId('lesson-panel');
    await panel.waitFor({ timeout: 30_000 });
    expect(await panel.innerText()).toContain('A/B/C tiers');
    expect(await page.getByTestId('cell-value-tiers').getByTestId('lesson-explain').innerText()).toContain(
      'ranks the customers by their annual value',
    );
    // The course: 0.1 × 5 % + 0.3 × 15 % + 0.6 × 30 % = 23 %, computed by the app on the planted tiers.
    const answer = await reveal(page, 0);
    expect(await answer.innerText()).toMatch(/^A 5\.0%, B 15\.0%, C 30\.0%; overall 23\.0%\./);
    await noAxeViolations(page, 'tiers lesson, an answer shown');

    await page.getByTestId('locale').selectOption('zh-CN');
    expect(await answer.innerText()).toMatch(/^A 类 5\.0%，B 类 15\.0%，C 类 30\.0%；整体 23\.0%。/);

    await page.getByTestId('workbook-present').click();
    const slide = page.getByTestId('presentation');
    expect(await slide.getByTestId('lesson-explain').innerText()).toContain('价值分层单元');
    const shown = await reveal(page, 1, slide);
    expect(await shown.innerText()).toContain('23.0%');
    await noAxeViolations(page, 'tiers lesson, presenting');
    await page.keyboard.press('Escape');
  });
}, 60_000);

test("the swimwear lesson opened by its address, in Chinese: the flagged buyers are the engine's count in Node", async () => {
  const node = await openLesson(lessonById('swimwear')!);
  await withPage(async (page) => {
    await page.goto(`${baseUrl}?lang=zh-CN&lesson=swimwear`);
    await page.getByTestId('lesson-panel').waitFor({ timeout: 30_000 });
    const answer = await reveal(page, 0);
    const flagged = node.figures.flagged.toLocaleString('zh-CN');
    expect(await answer.innerText()).toContain(`1,000 个客户中有 ${flagged} 个`);
    await page.getByTestId('lesson-close').click();
    expect(await page.getByTestId('lesson-panel').count()).toBe(0);
    expect(await page.getByTestId('lesson-explain').count()).toBe(0);
  });
}, 60_000);
