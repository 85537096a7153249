/**
 * The churn-reasons tree's inner labels were cut to 24 characters ("Disappointed (price, se…",
 * "Natural (death, bankrup…") and ran into the next column's links. They now keep the whole name
 * and wrap within their column, in English and Chinese.
 */
import { expect, test } from 'vitest';
import { reasonTreePlot, type TreeWords } from '../../src/charts/churn-reasons/reasonTreePlot.ts';
import { en, zh } from './reasonTreeWords.ts';
import { reasons } from './churnReasonsFixtures.ts';
import { plotElement } from './plotSnapshot.ts';

const WIDTH = 952;

function innerLines(words: TreeWords): string[][] {
  const chart = plotElement(reasonTreePlot(reasons, { width: WIDTH, words }));
  const groups = [...chart.querySelectorAll('g[aria-label="text"]')];
  // The first text mark holds the inner nodes (root, branches, types).
  return [...groups[0].querySelectorAll('text')].map((t) => {
    const spans = [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? '');
    return spans.length > 0 ? spans : [t.textContent ?? ''];
  });
}

/** Width of a line in px at 10 px type, counting a wide (CJK) character as 10 px, others as at most 6.5 px. */
const px = (line: string) => [...line].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? 10 : 6.5), 0);

test.each([
  ['en', en],
  ['zh-CN', zh],
] as const)('%s: inner node labels are whole and wrap within their column', (_, words) => {
  const labels = innerLines(words);
  const types = reasons.tree.flatMap((b) => b.types.map((t) => words.type(t.type)));
  for (const name of types) {
    // Lines break at spaces and after hyphens: compare without the white space.
    const label = labels.find((l) => l.join('').replace(/\s+/g, '').includes(name.replace(/\s+/g, '')));
    expect(label, name).toBeDefined();
  }
  const column = (WIDTH - 20) / 4.35;
  for (const lines of labels) for (const line of lines) expect(px(line), line).toBeLessThanOrEqual(column);
});
