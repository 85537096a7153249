/**
 * Where a redraw's time goes (issue 14's < 100 ms at 100k customers): the same changes as
 * segmentsRedraw.ts, with the page's main thread profiled (Chrome DevTools Protocol) around each
 * one. Prints, per control, the redraw's time and the main thread's busiest functions (self time,
 * summed over the trials), so the rest of the time is the worker's (compute and transfer) or idle.
 * `npx tsx bench/redrawProfile.ts http://127.0.0.1:PORT/ [trials] [clusters|value|rfm]`.
 */
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchBenchChromium, type RedrawTrial } from './redrawTiming.ts';

const [base = 'http://127.0.0.1:4173/', trialsText = '4', only] = process.argv.slice(2);
const trials = Number(trialsText);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Self time per function (ms) of a CPU profile, the top `top`. */
function selfTimes(profile: Profile, top = 16) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ms = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const f = byId.get(id)!.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    ms.set(name, (ms.get(name) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
  });
  return [...ms.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, t]) => `${t.toFixed(1).padStart(7)} ms  ${name}`);
}

type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Time the main thread spent on anything but idling. */
function busyMs(profile: Profile): number {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  return profile.samples.reduce((s, id, k) => s + (idle.has(id) ? 0 : (profile.timeDeltas[k] ?? 0) / 1000), 0);
}

/** Several profiles as one, for self times summed over trials (node ids made distinct). */
function mergeProfiles(list: Profile[]): Profile {
  const out: Profile = { nodes: [], samples: [], timeDeltas: [] };
  list.forEach((p, k) => {
    const shift = (k + 1) * 1_000_000;
    out.nodes.push(...p.nodes.map((n) => ({ ...n, id: n.id + shift })));
    out.samples.push(...p.samples.map((id) => id + shift));
    out.timeDeltas.push(...p.timeDeltas);
  });
  return out;
}

/**
 * Posts to and answers from the page's workers, timestamped: patched in before the app loads, so
 * a trial splits into before the engine is asked, the engine's time (the ask to its last answer:
 * compute and transfer) and after (Svelte, Plot, the DOM).
 */
// A string, not a function: tsx would wrap a function's inner functions in helpers the page lacks.
const logWorkerMessages = `(() => {
  const log = [];
  window.workerLog = log;
  for (const kind of [Worker, MessagePort]) {
    const post = kind.prototype.postMessage;
    kind.prototype.postMessage = function (...args) {
      log.push({ t: performance.now(), dir: 'ask' });
      return post.apply(this, args);
    };
    const listen = kind.prototype.addEventListener;
    kind.prototype.addEventListener = function (type, handler, options) {
      if (type !== 'message' || typeof handler !== 'function') return listen.call(this, type, handler, options);
      return listen.call(this, type, function (event) {
        log.push({ t: performance.now(), dir: 'answer' });
        return handler.call(this, event);
      }, options);
    };
  }
})();`;

/** One redraw as timeRedraw times it, split at the engine's first ask and last answer in between. */
function splitRedraw(page: Page, trial: RedrawTrial) {
  return page.evaluate(async ({ root: rootSelector, control, nth = 0, value, event, stale }) => {
    const log = (window as unknown as { workerLog: { t: number; dir: string }[] }).workerLog;
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
    const within = log.filter((m) => m.t >= start && m.t <= last);
    const ask = within.find((m) => m.dir === 'ask')?.t ?? start;
    const answer = within.filter((m) => m.dir === 'answer').at(-1)?.t ?? ask;
    const seq = within.map((m) => `${m.dir[0]}${Math.round(m.t - start)}`).join(' ');
    return { total: last - start, before: ask - start, engine: answer - ask, after: last - answer, seq };
  }, trial);
}

async function profiled(page: Page, cdp: CDPSession, label: string, make: (t: number) => RedrawTrial) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const times: { total: number; before: number; engine: number; after: number; seq: string }[] = [];
  const busy: number[] = [];
  const profiles: Profile[] = [];
  for (let t = 0; t < trials; t++) {
    await cdp.send('Profiler.start');
    times.push(await splitRedraw(page, make(t)));
    const { profile } = await cdp.send('Profiler.stop');
    busy.push(busyMs(profile as never));
    profiles.push(profile as never);
  }
  const ms = (pick: (t: (typeof times)[number]) => number) => times.map((t) => pick(t).toFixed(0)).join(', ');
  process.stdout.write(`\n${label}: ${ms((t) => t.total)} ms to the last change\n`);
  process.stdout.write(
    `  before the ask ${ms((t) => t.before)}; engine ${ms((t) => t.engine)}; after ${ms((t) => t.after)}\n`,
  );
  process.stdout.write(`  messages: ${times.map((t) => t.seq).join(' | ')}\n`);
  process.stdout.write(`main thread busy: ${busy.map((t) => t.toFixed(0)).join(', ')} ms\n`);
  process.stdout.write(`${selfTimes(mergeProfiles(profiles)).join('\n')}\n`);
}

async function addCell(page: Page, kind: string) {
  await page.getByTestId('workbook-kind').selectOption(kind);
  await page.getByTestId('workbook-add').click();
  return page.getByTestId(`cell-${kind}`).last();
}

const browser = await launchBenchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1300, height: 1000 } });
  await context.addInitScript({ content: logWorkerMessages });
  const page = await context.newPage();
  await page.goto(base);
  await page.setInputFiles('[data-testid=open-file]', resolve('.bench-data/customer_value_100k.csv'));
  await page.getByTestId('churn-rate').waitFor({ timeout: 120_000 });
  const cdp = await page.context().newCDPSession(page);
  if (!only || only === 'clusters') {
    const cell = await addCell(page, 'clusters');
    await cell.getByTestId('clusters-lead').waitFor({ timeout: 300_000 });
    await page.waitForTimeout(1500);
    await profiled(page, cdp, 'clusters k', (t) => ({
      root: '[data-testid=cell-clusters]',
      control: '[data-testid=clusters-k]',
      value: String(3 + (t % 4)),
      event: 'change',
      stale: '[data-testid=clusters-progress]',
    }));
  }
  if (!only || only === 'value') {
    const cell = await addCell(page, 'customer-value');
    await cell.getByTestId('score-results').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1500);
    await profiled(page, cdp, 'value weight', (t) => ({
      root: '[data-testid=cell-customer-value]',
      control: '[data-testid=weight-slider]',
      value: t % 2 ? '0.35' : '0.65',
      event: 'input',
      stale: '[data-testid=score-results]',
    }));
  }
  if (!only || only === 'rfm') {
    await page.setInputFiles('[data-testid=open-file]', resolve('.bench-data/rfm_100k_log.csv'));
    await page.getByTestId('churn-rate').waitFor({ timeout: 180_000 });
    await page.waitForTimeout(2000);
    const cell = await addCell(page, 'rfm');
    await cell.getByTestId('rfm-lead').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1500);
    await profiled(page, cdp, 'rfm scheme', (t) => ({
      root: '[data-testid=cell-rfm]',
      control: '[data-testid=rfm-scheme]',
      value: ['mean8', 'quintile', 'median8'][t % 3],
      event: 'change',
      stale: '[data-testid=rfm-result]',
    }));
  }
} finally {
  await browser.close();
}
