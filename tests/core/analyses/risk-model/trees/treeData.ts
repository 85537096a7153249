/** Small tree data sets for the tests: play-tennis from ../shared/data, and Quinlan's golf data. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type {
  CategoricalFeature,
  NumericFeature,
} from '../../../../../src/core/analyses/risk-model/trees/decisionTree.ts';

export const sharedData = (...parts: string[]) => resolve(__dirname, '../../../../../../shared/data', ...parts);
export const fixturePath = (...parts: string[]) => resolve(__dirname, '../../../../fixtures', ...parts);

/** Codes of a text column, categories in sorted order (as the reference scripts factorise them). */
export function categorical(values: readonly string[]): CategoricalFeature & { labels: string[] } {
  const labels = [...new Set(values.filter((v) => v !== '?'))].sort();
  const codes = Int32Array.from(values, (v) => (v === '?' ? -1 : labels.indexOf(v)));
  return { kind: 'categorical', codes, levels: labels.length, labels };
}

export function numeric(values: readonly number[]): NumericFeature {
  return { kind: 'numeric', values: Float64Array.from(values) };
}

/** Mitchell (1997) Table 3.2: outlook, temperature, humidity, wind → play. */
export function playTennis() {
  const [head, ...lines] = readFileSync(sharedData('play-tennis', 'play_tennis.csv'), 'utf8').trim().split(/\r?\n/);
  const columns = head.split(',');
  const rows = lines.map((line) => line.split(','));
  const column = (name: string) => rows.map((row) => row[columns.indexOf(name)]);
  const names = ['outlook', 'temperature', 'humidity', 'wind'];
  return {
    names,
    features: names.map((name) => categorical(column(name))),
    y: Uint8Array.from(column('play'), (v) => (v === 'yes' ? 1 : 0)),
  };
}

/**
 * Quinlan (1993), C4.5: Programs for Machine Learning, Figure 2-1: the golf data with numeric
 * temperature and humidity (class "Play" coded 1). With `missingOutlook`, case 6 (overcast, 72,
 * 90, true, Play) has its outlook unknown, as in the book's §3.2 example.
 */
export function golf(missingOutlook = false) {
  const table: [string, number, number, string, string][] = [
    ['sunny', 75, 70, 'true', 'Play'],
    ['sunny', 80, 90, 'true', "Don't Play"],
    ['sunny', 85, 85, 'false', "Don't Play"],
    ['sunny', 72, 95, 'false', "Don't Play"],
    ['sunny', 69, 70, 'false', 'Play'],
    ['overcast', 72, 90, 'true', 'Play'],
    ['overcast', 83, 78, 'false', 'Play'],
    ['overcast', 64, 65, 'true', 'Play'],
    ['overcast', 81, 75, 'false', 'Play'],
    ['rain', 71, 80, 'true', "Don't Play"],
    ['rain', 65, 70, 'true', "Don't Play"],
    ['rain', 75, 80, 'false', 'Play'],
    ['rain', 68, 80, 'false', 'Play'],
    ['rain', 70, 96, 'false', 'Play'],
  ];
  const outlook = table.map((row, i) => (missingOutlook && i === 5 ? '?' : row[0]));
  return {
    names: ['outlook', 'temperature', 'humidity', 'windy'],
    features: [
      categorical(outlook),
      numeric(table.map((row) => row[1])),
      numeric(table.map((row) => row[2])),
      categorical(table.map((row) => row[3])),
    ] as const,
    y: Uint8Array.from(table, (row) => (row[4] === 'Play' ? 1 : 0)),
  };
}
