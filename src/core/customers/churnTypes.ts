/**
 * Churn types by cause, as CRM practice names them: natural (death, bankruptcy, moving away),
 * changed need, lured by a competitor, disappointed (price, service, quality, …) and
 * involuntary (non-payment). Reason texts map to a type by keyword, in English and Chinese;
 * the user can edit the mapping per reason value.
 */

import { CHURN_TYPES, type ChurnType } from '../../engine/api.ts';
import { keyedRecord, ownValue } from '../columns/keyedRecord.ts';

export type { ChurnType };
export { CHURN_TYPES };

const KEYWORDS: [ChurnType, RegExp][] = [
  ['involuntary', /non-?payment|unpaid|arrears|debt|fraud|credit|欠费|停机|违约|未付|拖欠|信用/i],
  [
    'natural',
    /death|died|deceased|passed away|bankrupt|insolven|closed down|moved|moving|relocat|emigrat|去世|死亡|破产|倒闭|搬家|迁出|移居|出国/i,
  ],
  [
    'competitor',
    /competitor|competition|better offer|better deal|switched|lured|other provider|竞争|竞品|对手|转网|携号|别家|更优惠|挖走|吸引/i,
  ],
  [
    'changed-need',
    /no longer need|don'?t need|not needed|changed need|need changed|life change|不再需要|需求变化|用不上|不需要|没有需求/i,
  ],
  [
    'disappointed',
    /price|expensive|cost|charge|service|support|quality|attitude|network|coverage|slow|speed|dissatisf|unhappy|complain|价格|太贵|贵|资费|服务|质量|态度|信号|网速|不满|投诉|体验差/i,
  ],
];

/** The type a reason text suggests; 'unknown' when no keyword matches. */
export function suggestChurnType(reason: string): ChurnType {
  for (const [type, pattern] of KEYWORDS) if (pattern.test(reason)) return type;
  return 'unknown';
}

/** A mapping for each distinct reason value: the user's choice where given, else the suggestion. */
export function churnTypeMapping(
  reasons: readonly string[],
  overrides: Record<string, ChurnType> = {},
): Record<string, ChurnType> {
  const mapping = keyedRecord<ChurnType>();
  for (const r of reasons) mapping[r] = ownValue(overrides, r) ?? suggestChurnType(r);
  return mapping;
}
