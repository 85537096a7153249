import type { AreaMessages } from '../area.ts';

/** Columns of a transaction log that vary within customers, and the rule that gives one value per customer. */
export const messages = {
  'attribute-rule.varyingGroup': 'varies within customers — choose a rule',
  'attribute-rule.ruleLabel': 'One value per customer',
  'attribute-rule.choose': 'choose a rule…',
  'attribute-rule.rule.latest': 'latest value',
  'attribute-rule.rule.most-frequent': 'most frequent value',
  'attribute-rule.rule.count-distinct': 'number of distinct values',
  'attribute-rule.label.latest': '{column} (latest value per customer)',
  'attribute-rule.label.most-frequent': '{column} (most frequent value per customer)',
  'attribute-rule.label.count-distinct': '{column} (distinct values per customer)',
  'attribute-rule.nearly':
    '“{column}” differs between purchases for {count} of {customers} customers ({share}); each customer’s latest value is used unless you choose another rule.',
  'attribute-rule.cohortsBy': 'cohorts by {column}',
  'attribute-rule.stampLabel': 'Attributes',
} as const satisfies AreaMessages<'attribute-rule'>;
