/**
 * Customer ids written in more than one way that differ only in letter case or surrounding
 * white space ("C001", "c001", " C001 "), found over an id column's dictionary (distinct
 * spellings): a table of millions of rows costs a pass over its codes and one over its distinct ids.
 */

export interface IdSpellings {
  /** Dictionary index → merged id (0 … labels.length − 1). */
  mergedOf: Int32Array;
  /** Each merged id's label: its spelling on the first row, trimmed; merged ids numbered in that order. */
  labels: string[];
  /** How many merged ids have more than one spelling, and how many spellings those have in all. */
  variantIds: number;
  variantSpellings: number;
  /** 1 for a dictionary entry that is not the first spelling (by row) of its merged id. */
  laterSpelling: Uint8Array;
  /** The spellings of the first merged ids that have several, in the order of their first rows. */
  examples: string[][];
}

/** Trimmed (any Unicode white space, the ideographic space included) and lower-cased. */
export const idKey = (id: string): string => id.trim().toLowerCase();

/**
 * Dictionary entries in the order of their first row (a dictionary merged from parallel parts
 * need not be), then any entry no row holds.
 */
function firstSeenOrder(dictionaryLength: number, codes: ArrayLike<number>): Int32Array {
  const order = new Int32Array(dictionaryLength);
  const placed = new Uint8Array(dictionaryLength);
  let n = 0;
  for (let i = 0; i < codes.length && n < dictionaryLength; i++) {
    const c = codes[i];
    if (c >= 0 && !placed[c]) {
      placed[c] = 1;
      order[n++] = c;
    }
  }
  for (let k = 0; k < dictionaryLength; k++) if (!placed[k]) order[n++] = k;
  return order;
}

/** `codes` are the column's dictionary codes per row (−1 = empty): "first" means first in the file. */
export function idSpellings(dictionary: readonly string[], codes: ArrayLike<number>, shownGroups = 3): IdSpellings {
  const order = firstSeenOrder(dictionary.length, codes);
  const mergedOf = new Int32Array(dictionary.length);
  const laterSpelling = new Uint8Array(dictionary.length);
  const index = new Map<string, number>();
  const labels: string[] = [];
  const spellings: number[] = [];
  for (const k of order) {
    const key = idKey(dictionary[k]);
    let merged = index.get(key);
    if (merged === undefined) {
      merged = labels.length;
      index.set(key, merged);
      labels.push(dictionary[k].trim());
      spellings.push(0);
    } else laterSpelling[k] = 1;
    mergedOf[k] = merged;
    spellings[merged]++;
  }
  let variantIds = 0;
  let variantSpellings = 0;
  const shown = new Map<number, string[]>();
  for (const k of order) {
    const m = mergedOf[k];
    if (spellings[m] < 2) continue;
    if (!laterSpelling[k]) {
      variantIds++;
      variantSpellings += spellings[m];
      if (shown.size < shownGroups) shown.set(m, []);
    }
    shown.get(m)?.push(dictionary[k]);
  }
  return { mergedOf, labels, variantIds, variantSpellings, laterSpelling, examples: [...shown.values()] };
}
