import type { messages as en } from '../en/attribute-rule.ts';

export const messages: Record<keyof typeof en, string> = {
  'attribute-rule.varyingGroup': '客户内取值不一 — 需选择规则',
  'attribute-rule.ruleLabel': '每位客户取',
  'attribute-rule.choose': '选择规则…',
  'attribute-rule.rule.latest': '最新值',
  'attribute-rule.rule.most-frequent': '最常见的值',
  'attribute-rule.rule.count-distinct': '不同值的个数',
  'attribute-rule.label.latest': '{column}（每位客户的最新值）',
  'attribute-rule.label.most-frequent': '{column}（每位客户最常见的值）',
  'attribute-rule.label.count-distinct': '{column}（每位客户的不同值个数）',
  'attribute-rule.nearly':
    '“{column}”在 {customers} 位客户中有 {count} 位各次购买取值不同（{share}）；除非另选规则，按每位客户的最新值计。',
  'attribute-rule.cohortsBy': '按“{column}”分组的同期群',
  'attribute-rule.stampLabel': '属性',
};
