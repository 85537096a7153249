/**
 * axe-core in the built app: the script is injected from the installed package (no network; the
 * test's context bypasses the app's CSP for it), runs on the whole document, and its violations
 * come back as one line each, less those on the named allow-list below.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Violations known and accepted, each with its reason: a rule id and the selector of the node
 * (as axe names it) it is accepted on. Empty is the goal; never a rule for every node.
 */
export const AXE_ALLOWED: { rule: string; target: RegExp; reason: string }[] = [];

export interface Violation {
  rule: string;
  impact: string;
  target: string;
  html: string;
  summary: string;
}

/**
 * Runs axe on the document, or only inside `within` (a cell: axe's cost grows with the page, so a
 * sweep that adds cells one by one checks each new cell alone and the whole page at the end);
 * the violations not on the allow-list, one per node.
 */
export async function axeViolations(page: Page, within?: Locator): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const root = within ? await within.elementHandle() : null;
  const found = await page.evaluate(async (root) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(root ?? document, { resultTypes: ['violations'] });
    return results.violations.flatMap((v) =>
      v.nodes.map((n) => ({
        rule: v.id,
        impact: v.impact ?? '',
        target: n.target.join(' '),
        html: n.html.slice(0, 200),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' '),
      })),
    );
  }, root);
  return found.filter((v) => !AXE_ALLOWED.some((a) => a.rule === v.rule && a.target.test(v.target)));
}

/** One line per violation, for a failure message a person can act on. */
export const describeViolation = (where: string, v: Violation) =>
  `${where}: ${v.rule} (${v.impact}) at ${v.target} — ${v.summary} — ${v.html}`;

/**
 * Waits until a cell has drawn its answer: nothing in it is marked stale or busy, and its markup
 * has not changed for `quietMs`. Works for any kind, so cells added later are covered as they come.
 */
export async function settled(cell: Locator, quietMs = 1_000, timeoutMs = 90_000): Promise<void> {
  await cell.evaluate(
    (el, { quietMs, timeoutMs }) =>
      new Promise<void>((done, fail) => {
        const start = performance.now();
        let last = '';
        let since = performance.now();
        const check = () => {
          const html = el.innerHTML;
          const busy = el.querySelector('.stale, [aria-busy="true"], .hint[aria-live]') !== null;
          if (html !== last || busy) {
            last = html;
            since = performance.now();
          } else if (performance.now() - since >= quietMs) return done();
          if (performance.now() - start > timeoutMs) return fail(new Error('the cell did not settle'));
          setTimeout(check, 100);
        };
        check();
      }),
    { quietMs, timeoutMs },
  );
}
