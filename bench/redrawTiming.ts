/**
 * What the redraw benches share: Chromium started as the tests start it, a file opened in the
 * built app, and one redraw timed inside the page — from the control's event to the last change
 * the redraw makes under `root` (a MutationObserver), once nothing under it is stale and it has
 * been quiet for 500 ms.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** A page of the app at `base` with `file` opened and its customer table built. */
export async function openInApp(browser: Browser, base: string, file: string, timeout: number): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1300, height: 1000 } })).newPage();
  await page.goto(base);
  await page.setInputFiles('[data-testid=open-file]', file);
  await page.getByTestId('churn-rate').waitFor({ timeout });
  return page;
}

export interface RedrawTrial {
  /** CSS selector of what the redraw changes. */
  root: string;
  /** CSS selector (under root) of the control, and which of its matches. */
  control: string;
  nth?: number;
  value: string;
  event: 'change' | 'input';
  /** CSS selector (under root) marked `.stale` while the answer is awaited. */
  stale: string;
}

/** Milliseconds from the control's event to the redraw's last change. */
export function timeRedraw(page: Page, trial: RedrawTrial): Promise<number> {
  return page.evaluate(async ({ root: rootSelector, control, nth = 0, value, event, stale }) => {
    const root = document.querySelector(rootSelector)!;
    const input = root.querySelectorAll<HTMLInputElement>(control)[nth];
    let last = 0;
    const observer = new MutationObserver(() => (last = performance.now()));
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    const start = performance.now();
    input.value = value;
    input.dispatchEvent(new Event(event, { bubbles: true }));
    for (;;) {
      await new Promise((done) => setTimeout(done, 100));
      const busy = root.querySelector(stale)?.classList.contains('stale') === true;
      if (!busy && last > 0 && performance.now() - last > 500) break;
    }
    observer.disconnect();
    return last - start;
  }, trial);
}
