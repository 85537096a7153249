/**
 * Customer ids written in more than one way that differ only in letter case, surrounding
 * white space or full-width characters ("C001", "c001", " C001 ", "Ｃ００１"), found over an id column's dictionary (distinct
 * spellings). It runs on every load, so it makes no string per id: each spelling is hashed as
 * its key would be (ASCII case folded and edges trimmed on the fly) into a typed open-addressing
 * table, and keys are built only to confirm a match.
 */

export interface IdSpellings {
  /** Dictionary index → merged id (0 … firstSpelling.length − 1), numbered in order of first rows. */
  mergedOf: Int32Array;
  /** Merged id → the dictionary index of its spelling on the first row (its label, trimmed). */
  firstSpelling: Int32Array;
  /** How many merged ids have more than one spelling, and how many spellings those have in all. */
  variantIds: number;
  variantSpellings: number;
  /** 1 for a dictionary entry that is not the first spelling (by row) of its merged id. */
  laterSpelling: Uint8Array;
  /** The spellings of the first merged ids that have several, in the order of their first rows. */
  examples: string[][];
}

/**
 * Full-width forms folded to their ASCII letters and digits (NFKC: "Ｃ００１" → "C001", as an IME
 * in full-width mode types them), trimmed (any Unicode white space, the ideographic space
 * included) and lower-cased. NFKC leaves ASCII as it is, so the ASCII fast path below agrees.
 */
export const idKey = (id: string): string => id.normalize('NFKC').trim().toLowerCase();

/** The white space String.prototype.trim removes below U+0080: tab, LF, VT, FF, CR, space. */
const asciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

function fnv(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * FNV-1a of idKey(id). An ASCII id (nearly all) is folded in place; any other character,
 * non-ASCII white space at an edge (U+00A0, U+3000, U+FEFF) included, sends it through idKey.
 */
function keyHash(id: string): number {
  let from = 0;
  let to = id.length;
  while (from < to && asciiSpace(id.charCodeAt(from))) from++;
  while (to > from && asciiSpace(id.charCodeAt(to - 1))) to--;
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    let c = id.charCodeAt(i);
    if (c >= 0x80) {
      const key = idKey(id);
      return fnv(key, 0, key.length);
    }
    if (c >= 65 && c <= 90) c |= 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h;
}

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
  const n = dictionary.length;
  const order = firstSeenOrder(n, codes);
  const hash = new Int32Array(n);
  for (let k = 0; k < n; k++) hash[k] = keyHash(dictionary[k]);
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const mergedOf = new Int32Array(n);
  const firstSpelling = new Int32Array(n);
  const spellings = new Int32Array(n);
  const laterSpelling = new Uint8Array(n);
  let merged = 0;
  for (let o = 0; o < n; o++) {
    const k = order[o];
    const h = hash[k];
    let slot = h & mask;
    let found = -1;
    for (let j = slots[slot]; j >= 0; j = slots[(slot = (slot + 1) & mask)]) {
      if (hash[j] === h && idKey(dictionary[j]) === idKey(dictionary[k])) {
        found = mergedOf[j];
        break;
      }
    }
    if (found < 0) {
      slots[slot] = k;
      found = merged++;
      firstSpelling[found] = k;
    } else laterSpelling[k] = 1;
    mergedOf[k] = found;
    spellings[found]++;
  }
  let variantIds = 0;
  let variantSpellings = 0;
  const shown = new Map<number, string[]>();
  for (let o = 0; o < n; o++) {
    const k = order[o];
    const m = mergedOf[k];
    if (spellings[m] < 2) continue;
    if (!laterSpelling[k]) {
      variantIds++;
      variantSpellings += spellings[m];
      if (shown.size < shownGroups) shown.set(m, []);
    }
    shown.get(m)?.push(dictionary[k]);
  }
  return {
    mergedOf,
    firstSpelling: firstSpelling.slice(0, merged),
    variantIds,
    variantSpellings,
    laterSpelling,
    examples: [...shown.values()],
  };
}
