/**
 * Customer ids written in more than one way that differ only in letter case or surrounding
 * white space ("C001", "c001", " C001 "), found over an id column's dictionary (distinct
 * spellings), so a table of millions of rows costs one pass over its distinct ids.
 */

export interface IdSpellings {
  /** Dictionary index → merged id (0 … labels.length − 1). */
  mergedOf: Int32Array;
  /** Each merged id's label: its first spelling in dictionary order, trimmed. */
  labels: string[];
  /** How many merged ids have more than one spelling, and how many spellings those have in all. */
  variantIds: number;
  variantSpellings: number;
  /** 1 for a dictionary entry that is not the first spelling of its merged id. */
  laterSpelling: Uint8Array;
  /** The spellings of the first merged ids that have several, in dictionary order. */
  examples: string[][];
}

/** Trimmed (any Unicode white space, the ideographic space included) and lower-cased. */
export const idKey = (id: string): string => id.trim().toLowerCase();

export function idSpellings(dictionary: readonly string[], shownGroups = 3): IdSpellings {
  const mergedOf = new Int32Array(dictionary.length);
  const laterSpelling = new Uint8Array(dictionary.length);
  const index = new Map<string, number>();
  const labels: string[] = [];
  const spellings: number[] = [];
  for (let k = 0; k < dictionary.length; k++) {
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
  for (let k = 0; k < dictionary.length; k++) {
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
