/**
 * Reading a numeric churn flag per customer: any non-zero number is yes (1/0, −1/0), except
 * R survival's status coding, where 1 = censored (still a customer) and 2 = the event
 * (churned). `Surv()` reads a status of only 1s and 2s that way, and so do we; a flag read as
 * "non-zero" would make every such customer churned. The caller says which reading it used.
 */

/** Counts of 1s and 2s when every value (NaN aside) is 1 or 2 and both occur; else null. */
export function oneTwoCounts(values: ArrayLike<number>): { ones: number; twos: number } | null {
  let ones = 0;
  let twos = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === 1) ones++;
    else if (v === 2) twos++;
    else if (v === v) return null;
  }
  return ones > 0 && twos > 0 ? { ones, twos } : null;
}

/** 1 churned, 0 not, −1 unknown (NaN): 2 is churned under the 1/2 coding, any non-zero value otherwise. */
export function numericFlags(values: ArrayLike<number>, oneTwo: boolean): Int8Array {
  const out = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = v !== v ? -1 : oneTwo ? (v === 2 ? 1 : 0) : v !== 0 ? 1 : 0;
  }
  return out;
}

/** The distinct values of `keys` (codes or numbers; NaN and those `skip` rejects aside), most frequent first. */
export function commonestValues(keys: ArrayLike<number>, skip: (k: number) => boolean, most: number): number[] {
  const counts = new Map<number, number>();
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== k || skip(k)) continue;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, most)
    .map(([k]) => k);
}
