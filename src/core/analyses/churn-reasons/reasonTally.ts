/**
 * One pass over the customers counting churn reasons: how many churned customers name each
 * reason (a customer naming several counts once for each), and, over the same churners, the
 * reasons by segment, the value lost with each reason, the reasons by churn month, and how many
 * churners have each type and each branch (voluntary / involuntary) of the type mapping — a
 * customer counting once in a type however many of its reasons it names.
 */

export interface ReasonTallyInput {
  /** Each customer's code into the reason column's dictionary (−1 = no reason). */
  codes: Int32Array;
  /** For each dictionary code, the reasons it names (splitReasons). */
  reasonsOf: Int32Array[];
  reasons: number;
  /** 1 for a churned customer. */
  churned: Uint8Array;
  /** Each reason's type, and each type's branch. */
  typeOf: Int32Array;
  types: number;
  branchOf: Int32Array;
  branches: number;
  segment?: { codes: Int32Array; count: number };
  value?: Float64Array;
  month?: { codes: Int32Array; count: number };
}

export interface ReasonTally {
  churned: number;
  withReason: number;
  /** Reasons named by churners, all told. */
  mentions: number;
  /** Churners naming more than one reason. */
  several: number;
  /** Customers who did not churn but have a reason (not counted anywhere else). */
  notChurnedWithReason: number;
  counts: Int32Array;
  typeCounts: Int32Array;
  branchCounts: Int32Array;
  /** reasons × segments, row-major; and the churners with a reason in each segment. */
  bySegment: Int32Array;
  segmentChurners: Int32Array;
  segmentMissing: number;
  /** The value summed over the churners naming each reason, and over all churners with a reason once each. */
  lost: Float64Array;
  lostTotal: number;
  /** Churners with a reason but no value. */
  valueMissing: number;
  /** reasons × months, row-major; churners with a reason and no churn month. */
  byMonth: Int32Array;
  undated: number;
}

export function reasonTally(input: ReasonTallyInput): ReasonTally {
  const { codes, reasonsOf, reasons, churned, typeOf, branchOf, segment, value, month } = input;
  const segments = segment?.count ?? 0;
  const months = month?.count ?? 0;
  const t: ReasonTally = {
    churned: 0,
    withReason: 0,
    mentions: 0,
    several: 0,
    notChurnedWithReason: 0,
    counts: new Int32Array(reasons),
    typeCounts: new Int32Array(input.types),
    branchCounts: new Int32Array(input.branches),
    bySegment: new Int32Array(reasons * segments),
    segmentChurners: new Int32Array(segments),
    segmentMissing: 0,
    lost: new Float64Array(reasons),
    lostTotal: 0,
    valueMissing: 0,
    byMonth: new Int32Array(reasons * months),
    undated: 0,
  };
  const typeSeen = new Int32Array(input.types).fill(-1);
  const branchSeen = new Int32Array(input.branches).fill(-1);
  for (let c = 0; c < codes.length; c++) {
    const own = codes[c] >= 0 ? reasonsOf[codes[c]] : undefined;
    const named = own ? own.length : 0;
    if (!churned[c]) {
      if (named > 0) t.notChurnedWithReason++;
      continue;
    }
    t.churned++;
    if (!own || named === 0) continue;
    t.withReason++;
    t.mentions += named;
    if (named > 1) t.several++;
    const s = segment ? segment.codes[c] : -1;
    if (segment) {
      if (s >= 0) t.segmentChurners[s]++;
      else t.segmentMissing++;
    }
    const v = value ? value[c] : NaN;
    if (value) {
      if (v === v) t.lostTotal += v;
      else t.valueMissing++;
    }
    const m = month ? month.codes[c] : -1;
    if (month && m < 0) t.undated++;
    for (let k = 0; k < named; k++) {
      const r = own[k];
      t.counts[r]++;
      if (s >= 0) t.bySegment[r * segments + s]++;
      if (v === v) t.lost[r] += v;
      if (m >= 0) t.byMonth[r * months + m]++;
      const type = typeOf[r];
      if (typeSeen[type] !== c) {
        typeSeen[type] = c;
        t.typeCounts[type]++;
        const branch = branchOf[type];
        if (branchSeen[branch] !== c) {
          branchSeen[branch] = c;
          t.branchCounts[branch]++;
        }
      }
    }
  }
  return t;
}
