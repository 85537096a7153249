/** Whether a customer's attribute value is among some values, as the type rules ask. */
import type { TypedColumn } from '../../../core/columns/typedColumn.ts';

export function attributeMatcher(columns: readonly TypedColumn[]) {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const cache = new Map<string, (row: number) => boolean>();
  return (column: string, values: readonly string[], row: number): boolean => {
    const key = JSON.stringify([column, values]);
    let test = cache.get(key);
    if (!test) {
      const col = byName.get(column);
      const wanted = new Set(values.map((v) => v.trim().toLowerCase()));
      const d = col?.data;
      if (!d) test = () => false;
      else if (d.kind === 'string') {
        const hit = d.dictionary.map((v) => wanted.has(v.trim().toLowerCase()));
        test = (r) => d.codes[r] >= 0 && hit[d.codes[r]];
      } else if (d.kind === 'number') test = (r) => d.values[r] === d.values[r] && wanted.has(String(d.values[r]));
      else {
        const yes = wanted.has('true') || wanted.has('yes') || wanted.has('1');
        const no = wanted.has('false') || wanted.has('no') || wanted.has('0');
        test = (r) => (d.values[r] === 1 && yes) || (d.values[r] === 0 && no);
      }
      cache.set(key, test);
    }
    return test(row);
  };
}
