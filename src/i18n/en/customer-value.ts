import type { AreaMessages } from '../area.ts';

export const messages = {
  'customer-value.valueLead':
    '{customers} customers hold a historical value (total value) of {total}; {negative} of them have a negative value.',
  'customer-value.marginHeading': 'Margin and margin tiers',
  'customer-value.marginSource': 'Margin from',
  'customer-value.source.cost': 'the cost column (value − cost)',
  'customer-value.source.rate': 'a gross margin I set',
  'customer-value.rateLabel': 'Gross margin',
  'customer-value.breaksLabel': 'Tier breaks, share of positive margin',
  'customer-value.breaksProblem': 'The breaks must rise: 0 < high < medium ≤ 100 %.',
  'customer-value.rateProblem': 'The gross margin must be from −100 % to 100 %.',
  'customer-value.definition': 'Margin = {formula}',
  'customer-value.definition.cost': 'total value − total cost (the column with the role Cost), per customer.',
  'customer-value.definition.rate':
    'total value × {rate}: the gross margin you set, an assumption, the same for every customer.',
  'customer-value.tierRule':
    'Tiers: customers ranked by margin, highest first. High while the customers ranked above hold less than {first} of all positive margin, medium while they hold less than {second}, low after that (a margin of 0 included); negative: a margin below 0, customers who cost money. Equal margins share a tier.',
  'customer-value.marginLead':
    'High-margin customers ({share} of customers) hold {marginShare} of the positive margin and churn at {rate}; {negative} customers have a negative margin, {negativeMargin} together ({negativeShare} of the positive margin).',
  'customer-value.unknown': '{count} customers have no margin (no value or no cost) and are in no tier.',
  'customer-value.unavailable.no-value':
    'No customer has a value: map an amount (transaction log) or a value column (customer snapshot) to see margin.',
  'customer-value.unavailable.no-cost':
    'No margin yet: give a column the role Cost in the role panel, or choose “a gross margin I set”.',
  'customer-value.tier.high': 'High',
  'customer-value.tier.medium': 'Medium',
  'customer-value.tier.low': 'Low',
  'customer-value.tier.negative': 'Negative',
  'customer-value.col.value_score': 'Value score',
  'customer-value.col.margin': 'Margin',
  'customer-value.col.margin_tier': 'Margin tier',
  'customer-value.col.component': 'Value score: {column} (component)',

  'customer-value.tiers.chartTitle': 'Margin tiers: customers, margin and churn',
  'customer-value.tiers.tier': 'Margin tier',
  'customer-value.tiers.customers': 'Share of customers',
  'customer-value.tiers.margin': 'Share of positive margin',
  'customer-value.tiers.marginSum': 'Margin',
  'customer-value.tiers.value': 'Value',
  'customer-value.tiers.minMargin': 'Lowest margin',
  'customer-value.tiers.maxMargin': 'Highest margin',
  'customer-value.tiers.summary':
    '{tier}: {customers} customers hold {margin} of the positive margin and churn at {rate}.',

  'customer-value.scoreHeading': 'Value score',
  'customer-value.scoreIntro':
    'Pick the columns that make a customer valuable to you, say whether higher is better, how each is scaled and how much it weighs. Score = Σ weight × scaled value ÷ Σ weights.',
  'customer-value.column': 'Column',
  'customer-value.direction': 'Direction',
  'customer-value.direction.higher': 'higher is better',
  'customer-value.direction.lower': 'lower is better',
  'customer-value.scaling': 'Scaling',
  'customer-value.scaling.rank': 'rank (percentile)',
  'customer-value.scaling.minmax': 'min–max',
  'customer-value.scaling.z': 'z-score',
  'customer-value.log': 'log',
  'customer-value.logHint':
    'Take log(1 + value) before scaling: for money and other long-tailed columns, so a few very large values do not squeeze everyone else together. On by default for money columns.',
  'customer-value.logRank': 'A rank is the same with or without the log.',
  'customer-value.weight': 'Weight',
  'customer-value.weightFor': 'Weight of {column}',
  'customer-value.directionFor': 'Direction of {column}',
  'customer-value.scalingFor': 'Scaling of {column}',
  'customer-value.remove': 'Remove',
  'customer-value.removeFor': 'Remove {column}',
  'customer-value.addColumn': 'Add a column…',
  'customer-value.noFeatures': 'Add at least one column to build a score.',
  'customer-value.weightsProblem': 'Weights must be 0 or more, with at least one above 0.',
  'customer-value.scalingRule':
    'Each column is scaled over the customers who have a value in it. Rank: (average rank − 1) ÷ (n − 1), ties sharing their average rank, 0 to 1. Min–max: (x − min) ÷ (max − min), 0 to 1. Z: (x − mean) ÷ standard deviation (population). A lower-is-better column is mirrored (1 − s, or −z). A customer missing any chosen column gets no score.',
  'customer-value.scoreLead':
    '{scored} customers scored ({unscored} without a score). The top {share} — {count} customers, score {threshold} or more — churn at {rate} (95 % interval {low}–{high}), against {overall} for all scored customers.',
  'customer-value.missing': '“{column}” is empty for {count} customers: they get no score.',
  'customer-value.constant': '“{column}” has the same value for every customer: it adds nothing to the ranking.',
  'customer-value.marginColumn': 'Margin (this cell’s)',

  'customer-value.distribution.chartTitle': 'Distribution of value scores',
  'customer-value.distribution.customers': 'Customers',
  'customer-value.distribution.retained': 'not churned',
  'customer-value.distribution.churned': 'churned',
  'customer-value.distribution.top': 'top {share}',
  'customer-value.distribution.from': 'Score from',
  'customer-value.distribution.to': 'Score to',
  'customer-value.distribution.summary':
    '{scored} customers scored from {min} to {max}; the top {share} start at a score of {threshold}.',

  'customer-value.components.chartTitle': 'What the top {count} scores are made of',
  'customer-value.components.rank': 'Rank',
  'customer-value.components.customer': 'Customer',
  'customer-value.components.part': 'Part: {column}',
  'customer-value.components.summary':
    'The highest score, {score}, is customer {id}’s; its largest part comes from {column}.',
  'customer-value.components.exportNote':
    'The CSV and XLSX of this chart hold the whole top {share} list ({count} customers) with each column’s part.',

  'customer-value.stability.chartTitle': 'How stable the top {share} list is when each weight moves ±{step}',
  'customer-value.stability.overlap': 'Share of the top list that stays',
  'customer-value.stability.down': 'weight −{step}',
  'customer-value.stability.up': 'weight +{step}',
  'customer-value.stability.weight': 'Weight share',
  'customer-value.stability.downOverlap': 'Stays at −{step}',
  'customer-value.stability.upOverlap': 'Stays at +{step}',
  'customer-value.stability.downJaccard': 'Jaccard at −{step}',
  'customer-value.stability.upJaccard': 'Jaccard at +{step}',
  'customer-value.stability.rule':
    'Each weight in turn moves down and up by {step}, the others held, and the top list is taken again. Shown: the share of the list that stays, |old ∩ new| ÷ |old|; the table adds the Jaccard index, |old ∩ new| ÷ |old ∪ new|.',
  'customer-value.stability.summary':
    'The list depends most on the weight of {column}: {overlap} of it stays when that weight moves.',
} as const satisfies AreaMessages<'customer-value'>;
