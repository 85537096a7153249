/**
 * The consultant's call list recomputed by hand from the customer table the app exports (each
 * customer's quadrant, churn flag, churn risk and decided type) and a value read elsewhere (the
 * source file's CLTV, or the CLV column): who is decided for, the median value the offer costs
 * are shares of, each one's spend = value × risk × P(save | type) − the plan's offer cost, and
 * who is worth saving (spend > 0). Defaults are issue #17's (src/engine/api/retention-decision.ts
 * DEFAULT_*), written out here so a changed default shows as a failing test.
 */
import { en, type MessageKey } from '../../src/i18n/en/index.ts';
import { zhCN } from '../../src/i18n/zh-CN/index.ts';

export type Locale = 'en' | 'zh-CN';
export const word = (locale: Locale, key: MessageKey): string => (locale === 'en' ? en[key] : zhCN[key]);

const P_SAVE: Record<string, number> = {
  natural: 0,
  'changed-need': 0.1,
  competitor: 0.3,
  disappointed: 0.4,
  involuntary: 0.7,
  unknown: 0.2,
};
/** The plan each type gets by default, as its offer cost's share of the median value. */
const COST_SHARE: Record<string, number> = {
  natural: 0,
  'changed-need': 0.03,
  competitor: 0.1,
  disappointed: 0.05,
  involuntary: 0.005,
  unknown: 0.03,
};

/** A CSV the app wrote (RFC 4180, CRLF, BOM) as rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

export interface HandList {
  /** Customers of the quadrant (churned or not). */
  inQuadrant: number;
  /** Those decided for: in the quadrant, not churned, with a risk and a value. */
  decided: number;
  medianValue: number;
  /** Worth saving, by customer id: the spend each is worth. */
  spend: Map<string, number>;
}

/**
 * From the customer table export (header words in `locale`) and each customer's value: read
 * elsewhere (`of`), or the export's column of that message key.
 */
export function handList(
  customerCsv: string,
  locale: Locale,
  quadrant: string,
  value: { of: (id: string) => number } | { column: MessageKey },
): HandList {
  const [header, ...rows] = parseCsv(customerCsv);
  const at = (key: MessageKey) => {
    const k = header.indexOf(word(locale, key));
    if (k < 0) throw new Error(`no column ${word(locale, key)} in ${header.join(', ')}`);
    return k;
  };
  const [id, q, churned, risk, type] = [
    at('def.col.customer_id'),
    at('value-risk-quadrant.col.quadrant'),
    at('def.col.churned'),
    at('risk-model.col.churn_risk'),
    at('retention-decision.col.churn_type_decided'),
  ];
  const valueAt = 'column' in value ? at(value.column) : -1;
  const typeCode = new Map(
    Object.keys(P_SAVE).map((c) => [word(locale, `churn-reasons.churnType.${c}` as MessageKey), c]),
  );
  const inQuadrant = rows.filter((r) => r.length === header.length && r[q] === quadrant);
  const decided = inQuadrant
    .filter((r) => r[churned] === '0')
    .map((r) => ({
      id: r[id],
      risk: Number(r[risk]),
      value: 'of' in value ? value.of(r[id]) : Number(r[valueAt]),
      type: typeCode.get(r[type]),
    }))
    .filter((c) => Number.isFinite(c.risk) && Number.isFinite(c.value));
  const values = decided.map((c) => c.value).sort((a, b) => a - b);
  const mid = values.length >> 1;
  const medianValue = values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  const spend = new Map<string, number>();
  for (const c of decided) {
    if (c.type === undefined) throw new Error(`customer ${c.id} has no decided type`);
    const net = c.value * c.risk * P_SAVE[c.type] - COST_SHARE[c.type] * medianValue;
    if (net > 0) spend.set(c.id, net);
  }
  return { inQuadrant: inQuadrant.length, decided: decided.length, medianValue, spend };
}
