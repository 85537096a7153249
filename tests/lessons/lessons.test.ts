/**
 * Every lesson: its workbook is one the app opens, every text it needs exists in both languages
 * and names only figures the lesson computes, and the figures the engine computes on the
 * lesson's data are the lesson's numbers — checked against the course's arithmetic or the
 * planted parameters, or counted straight from the data file (not by the engine).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en/index.ts';
import { zhCN } from '../../src/i18n/zh-CN/index.ts';
import { LESSONS, lessonById } from '../../src/lessons/registry.ts';
import { lessonKeys } from '../../src/lessons/lessonKeys.ts';
import { Workbook } from '../../src/state/workbook.svelte.ts';
import { openLesson, type OpenedLesson } from './lessonData.ts';

const opened = new Map<string, OpenedLesson>();
beforeAll(async () => {
  for (const lesson of LESSONS) opened.set(lesson.id, await openLesson(lesson));
}, 60_000);
const figures = (id: string) => opened.get(id)!.figures;
const csvRows = (id: string) =>
  opened
    .get(id)!
    .text!.trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
const DAY = 86_400_000;

describe.each(LESSONS.map((l) => [l.id, l] as const))('lesson %s', (id, lesson) => {
  it('its workbook reads back as a valid workbook with its cells, roles and definition', () => {
    const { workbook } = opened.get(id)!;
    const read = Workbook.fromJSON(JSON.stringify(workbook));
    expect(read.ok, JSON.stringify(!read.ok && read.error)).toBe(true);
    if (!read.ok) return;
    expect(read.value.cells.map((c) => c.kind)).toEqual(lesson.cells.map((c) => c.kind));
    // Each cell titled from the lesson's words (not "Untitled"), in the language asked (here English).
    expect(read.value.cells.map((c) => c.title)).toEqual(lessonKeys(lesson).cells.map((c) => en[c.title]));
    for (const c of read.value.cells) expect(c.title.trim()).not.toBe('');
    expect(read.value.analysis?.definition).toEqual(lesson.definition);
    for (const [column, role] of Object.entries(lesson.roles)) expect(read.value.roles[column]).toBe(role);
  });

  it('has every text in both languages, and its answers name only its figures, each one used', () => {
    const keys = lessonKeys(lesson);
    const named = new Set<string>();
    for (const key of [
      keys.title,
      keys.summary,
      keys.intro,
      ...keys.cells.flatMap((c) => [c.title, c.explain, ...c.questions.flat()]),
    ]) {
      expect(en, key).toHaveProperty([key]);
      expect(zhCN, key).toHaveProperty([key]);
      for (const [, name] of en[key].matchAll(/\{(\w+)\}/g)) named.add(name);
    }
    const computed = lesson.figures.map((f) => f.key);
    expect([...named].filter((n) => !computed.includes(n))).toEqual([]);
    expect(computed.filter((k) => !named.has(k))).toEqual([]);
  });

  it('computes every figure as a finite number', () => {
    for (const f of lesson.figures) expect(Number.isFinite(figures(id)[f.key]), f.key).toBe(true);
  });
});

it('tiers: 5 / 15 / 30 % churn in A / B / C and 23 % overall, the weighted mean', () => {
  const f = figures('tiers');
  // The course: 0.1 × 5 % + 0.3 × 15 % + 0.6 × 30 % = 23 %; exact counts planted (1e-12: float division).
  expect(f.aRate).toBeCloseTo(0.05, 12);
  expect(f.bRate).toBeCloseTo(0.15, 12);
  expect(f.cRate).toBeCloseTo(0.3, 12);
  expect(f.overall).toBeCloseTo(0.1 * 0.05 + 0.3 * 0.15 + 0.6 * 0.3, 12);
  expect(f.plantedA).toBeCloseTo(0.05, 12);
  // Tier A's value share, summed from the file (tier column, annual_value).
  const rows = csvRows('tiers');
  const total = rows.reduce((s, r) => s + Number(r[2]), 0);
  const a = rows.filter((r) => r[1] === 'A').reduce((s, r) => s + Number(r[2]), 0);
  expect(f.aValue).toBeCloseTo(a / total, 9);
});

it('telecom: the model finds 80 % of the test churners with fewer contacts than a random list', () => {
  const f = figures('telecom');
  // The Telco sample: 1,869 of 7,043 churned (26.5 %); a quarter is held out for the test.
  expect(f.tested).toBe(Math.round(7_043 * 0.25));
  expect(f.rate).toBeGreaterThan(0.22);
  expect(f.rate).toBeLessThan(0.31);
  expect(f.reached).toBe(Math.ceil(0.8 * f.churners));
  expect(f.withModel).toBeLessThan(f.random);
  expect(f.ratio).toBeCloseTo(f.withModel / f.random, 12);
});

it('disconnection: the branches and non-payment by plan, counted from the sample', () => {
  const f = figures('disconnection');
  const text = readFileSync(resolve(import.meta.dirname, '../../public/samples/churn-reasons-teaching.csv'), 'utf8');
  // No commas inside the fields; several reasons are quoted: "Price too high; Poor service".
  const rows = text
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.replaceAll('"', '').split(','));
  const withReason = rows.filter((r) => r[4] === 'Yes' && r[6] !== '');
  const names = (r: string[]) => r[6].split('; ');
  const involuntary = (n: string) => n === 'Non-payment' || n === 'Moved away';
  expect(f.withReason).toBe(withReason.length);
  expect(f.involuntary).toBeCloseTo(
    withReason.filter((r) => names(r).some(involuntary)).length / withReason.length,
    12,
  );
  expect(f.voluntary).toBeCloseTo(
    withReason.filter((r) => names(r).some((n) => !involuntary(n))).length / withReason.length,
    12,
  );
  for (const [plan, key] of [
    ['Basic', 'basicNonPayment'],
    ['Premium', 'premiumNonPayment'],
  ] as const) {
    const of = withReason.filter((r) => r[2] === plan);
    expect(f[key]).toBeCloseTo(of.filter((r) => names(r).includes('Non-payment')).length / of.length, 12);
  }
});

/** Each customer's last purchase day (ms) and the years they bought in, from a generated log. */
function lastPurchases(id: string): Map<string, { last: number; years: Set<string> }> {
  const customers = new Map<string, { last: number; years: Set<string> }>();
  for (const [customer, date] of csvRows(id)) {
    const c = customers.get(customer) ?? { last: -Infinity, years: new Set<string>() };
    c.last = Math.max(c.last, Date.parse(`${date}T00:00:00Z`));
    c.years.add(date.slice(0, 4));
    customers.set(customer, c);
  }
  return customers;
}

it('swimwear: the seasonal warning names exactly the buyers who ordered in March 2024 and not in 2025', () => {
  const f = figures('swimwear');
  const customers = [...lastPurchases('swimwear').values()];
  const asOf = Date.parse('2025-04-30T00:00:00Z');
  expect(f.customers).toBe(customers.length);
  expect(f.flagged).toBe(customers.filter((c) => c.years.has('2024') && !c.years.has('2025')).length);
  // Churned: more than N days without an order before the as-of day.
  const beyond = (days: number) => customers.filter((c) => (asOf - c.last) / DAY > days).length;
  expect(f.churned).toBe(beyond(450));
  expect(f.rate180).toBeCloseTo(beyond(180) / customers.length, 12);
  expect(f.rate450).toBeCloseTo(beyond(450) / customers.length, 12);
});

it('car dealer: lost after 12 months, at risk from 6, counted from the log', () => {
  const f = figures('car-dealer');
  const customers = [...lastPurchases('car-dealer').values()];
  const asOf = Math.max(...customers.map((c) => c.last));
  const silent = customers.map((c) => (asOf - c.last) / DAY);
  expect(f.customers).toBe(customers.length);
  expect(f.churned).toBe(silent.filter((d) => d > 365).length);
  expect(f.atRisk).toBe(silent.filter((d) => d >= 180 && d <= 365).length);
  expect(f.rate180).toBeCloseTo(silent.filter((d) => d > 180).length / customers.length, 12);
  expect(f.rate365).toBeCloseTo(f.churned / customers.length, 12);
});

it('pareto: the top 20 % of CDNOW customers bring about two thirds of the value', () => {
  const f = figures('pareto');
  const text = readFileSync(resolve(import.meta.dirname, '../../public/samples/cdnow-transactions.txt'), 'utf8');
  const spend = new Map<string, number>();
  for (const line of text.trim().split('\n')) {
    const [id, , , , dollars] = line.trim().split(/\s+/);
    spend.set(id, (spend.get(id) ?? 0) + Number(dollars));
  }
  const values = [...spend.values()].sort((a, b) => b - a);
  const top = values.slice(0, Math.round(values.length * 0.2)).reduce((s, v) => s + v, 0);
  const total = values.reduce((s, v) => s + v, 0);
  // Half a customer's share of the value either way, for how the 20 % cut is rounded.
  expect(Math.abs(f.top20 - top / total)).toBeLessThan(values[Math.round(values.length * 0.2)] / total);
  expect(f.aRate).toBeLessThan(f.cRate);
});

it('students: the planted dropout rates by year of study, counted from the file', () => {
  const f = figures('students');
  const rows = csvRows('students');
  const rate = (year: string) => {
    const of = rows.filter((r) => r[1] === year);
    return of.filter((r) => r[2] === 'Yes').length / of.length;
  };
  expect(f.dropped).toBe(rows.filter((r) => r[2] === 'Yes').length);
  expect(f.overall).toBeCloseTo(f.dropped / rows.length, 12);
  // Planted exactly: 12 % of the 300 first-year students, 2 % of the 200 in the fourth year.
  expect(f.year1).toBeCloseTo(0.12, 12);
  expect(f.year1).toBeCloseTo(rate('Year 1'), 12);
  expect(f.year4).toBeCloseTo(rate('Year 4'), 12);
  expect(f.ratio1).toBeCloseTo(f.year1 / f.overall, 12);
});

it('lessonById finds each lesson by its id and nothing else', () => {
  for (const lesson of LESSONS) expect(lessonById(lesson.id)).toBe(lesson);
  expect(lessonById('nope')).toBeNull();
  expect(lessonById(null)).toBeNull();
});
