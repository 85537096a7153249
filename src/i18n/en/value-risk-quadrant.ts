import type { AreaMessages } from '../area.ts';

export const messages = {
  'value-risk-quadrant.col.quadrant': 'Quadrant',
  'value-risk-quadrant.col.quadrant_risk': 'Quadrant risk',
  'value-risk-quadrant.col.quadrant_value': 'Quadrant value',
  'value-risk-quadrant.col.expected_loss': 'Expected loss',
  'value-risk-quadrant.quadrant.retain-now': 'Retain now',
  'value-risk-quadrant.quadrant.maintain-cheaply': 'Maintain cheaply',
  'value-risk-quadrant.quadrant.grow': 'Grow',
  'value-risk-quadrant.quadrant.let-go': 'Let go',
  'value-risk-quadrant.where.retain-now': 'high value, high risk',
  'value-risk-quadrant.where.maintain-cheaply': 'high value, low risk',
  'value-risk-quadrant.where.grow': 'low value, low risk',
  'value-risk-quadrant.where.let-go': 'low value, high risk',

  'value-risk-quadrant.riskLabel': 'Risk (x)',
  'value-risk-quadrant.risk.model': 'churn risk of a model',
  'value-risk-quadrant.risk.p-alive': '1 − P(alive) (CLV model)',
  'value-risk-quadrant.risk.warnings': 'early warnings that fire (default rules)',
  'value-risk-quadrant.kind.early-warnings': 'early warnings',
  'value-risk-quadrant.risk.at-risk': 'at-risk band of the churn definition',
  'value-risk-quadrant.risk.column': 'a numeric column',
  'value-risk-quadrant.modelLabel': 'Model',
  'value-risk-quadrant.columnLabel': 'Column',
  'value-risk-quadrant.valueLabel': 'Value (y)',
  'value-risk-quadrant.value.historical': 'historical value (total value)',
  'value-risk-quadrant.value.clv': 'customer lifetime value (CLV)',
  'value-risk-quadrant.value.value-score': 'weighted value score',
  'value-risk-quadrant.value.margin': 'margin',
  'value-risk-quadrant.value.column': 'a numeric column',
  'value-risk-quadrant.riskThresholdLabel': 'High risk from',
  'value-risk-quadrant.valueThresholdLabel': 'High value from',
  'value-risk-quadrant.rule.median': 'the median',
  'value-risk-quadrant.rule.number': 'a number',
  'value-risk-quadrant.rule.top-share': 'the riskiest share',
  'value-risk-quadrant.rule.pareto': 'the 20/80 rule',
  'value-risk-quadrant.scaleLabel': 'Value axis',
  'value-risk-quadrant.scale.auto': 'automatic',
  'value-risk-quadrant.scale.linear': 'linear',
  'value-risk-quadrant.scale.log': 'logarithmic',
  'value-risk-quadrant.logAxis':
    'The value axis is logarithmic, and a logarithmic axis has no 0: it starts at the smallest positive value, {value}.',
  'value-risk-quadrant.logAxisFloored':
    'The value axis is logarithmic and spans {decades} decades below its top: it starts at {value}.',
  'value-risk-quadrant.logAxisBelow':
    '{count} customers with a positive value under {value} are drawn on its bottom edge.',
  'value-risk-quadrant.logAxisAuto': 'Chosen automatically: the top 0.5 % of values start above 10 × the median.',
  'value-risk-quadrant.logAxisNonPositive':
    '{count} customers with a value of 0 or less have no place on it and are drawn on its bottom edge.',
  'value-risk-quadrant.chooseColumn': 'Choose a column.',

  'value-risk-quadrant.headline': '{customers} core customers ({share} of value) are at high risk — retain them now.',
  'value-risk-quadrant.headlineAtRisk':
    'Their revenue at risk (value × risk) is {amount}, {atRiskShare} of all revenue at risk.',
  'value-risk-quadrant.placed':
    '{placed} of {customers} customers placed; {noRisk} have no risk and {noValue} no value.',
  'value-risk-quadrant.thresholdsText': 'Thresholds: risk ≥ {risk} is high, value ≥ {value} is high.',
  'value-risk-quadrant.ruleText.median':
    'Median: half of the customers placed are at or above it (when the median is also the lowest number, the next number above it).',
  'value-risk-quadrant.aliveByAssumption':
    '{customers} customers have P(alive) = 1, so a risk of 0: BG/NBD lets a customer drop out only after a repeat purchase, and these never repeated, however long ago they bought. {churned} of them have churned under the definition. For their risk, use the churn model or the at-risk band of the churn definition.',
  'value-risk-quadrant.ruleText.number': 'A number you typed or dragged.',
  'value-risk-quadrant.ruleText.top-share':
    'The riskiest {share} of the customers placed (the risk of the last one in).',
  'value-risk-quadrant.ruleText.pareto':
    '20/80 rule: customers sorted by value, highest first; the threshold is the value of the customer at which their summed value reaches 80 % of all positive value, so the customers at or above it hold at least 80 % of it.',
  'value-risk-quadrant.source.produced':
    '{what}: the column {column} of the {kind} analysis ({options}), which ran earlier in this workbook.',
  'value-risk-quadrant.source.ranHere':
    '{what}: the column {column} of the {kind} analysis, run here with its default options ({options}) because it had not run on this table.',
  'value-risk-quadrant.source.column': '{what}: the column {column}.',
  'value-risk-quadrant.source.complement': '{what}: 1 − {column} of the {kind} analysis ({options}){ran}.',
  'value-risk-quadrant.source.ranHereShort': ', run here with its defaults',
  'value-risk-quadrant.source.clvAllData':
    'CLV run here is fitted on all the data up to the as-of date (no holdout), so every purchase informs each customer’s prediction.',
  'value-risk-quadrant.riskContradicts':
    'This risk measure contradicts the churn observed here: the customers at high risk (risk ≥ {threshold}) have churned less under the churn definition — {high} ({highChurned} of {highCustomers}) — than those at low risk — {low} ({lowChurned} of {lowCustomers}); difference {difference}, 95 % interval {from} to {to}. Its high-risk and low-risk quadrants are likely the wrong way round.',
  'value-risk-quadrant.riskContradictsSuggest':
    'The risk model’s churn risk does not run against it: it learns churn under this definition from the data and is tested on customers it did not see.',
  'value-risk-quadrant.useRiskModel': 'Use the risk model’s churn risk',
  'value-risk-quadrant.notProbability':
    'This risk is not a probability (a count of warnings, the at-risk band, or numbers outside 0 to 1), so revenue at risk and expected loss are not computed.',
  'value-risk-quadrant.quadrantsHeading': 'Quadrants',
  'value-risk-quadrant.nameHeader': 'Name',
  'value-risk-quadrant.nameEdit': 'Name of the quadrant {where}',
  'value-risk-quadrant.resetNames': 'Default names',
  'value-risk-quadrant.customers': 'Customers',
  'value-risk-quadrant.value': 'Value',
  'value-risk-quadrant.valueShare': 'Share of value',
  'value-risk-quadrant.revenueAtRisk': 'Revenue at risk',
  'value-risk-quadrant.noChurnedPlaced':
    'None of the customers placed has churned under the definition (the risk scores customers still active), so the table has no churn rate column.',
  'value-risk-quadrant.churnRate': 'Churn rate (95 % CI)',
  'value-risk-quadrant.export': 'Call list',
  'value-risk-quadrant.chartHint':
    'Drag a dashed line to move a threshold; drag a rectangle to select customers. Each point is a customer; past {density} customers the chart shows their density in {cell}-pixel squares.',
  'value-risk-quadrant.clipped': '{count} customers above {value} are drawn on the top edge.',
  'value-risk-quadrant.recount': 'Recounted in {ms} ms on this page.',
  'value-risk-quadrant.draggedNote': 'Dragged thresholds are saved as numbers when the line is let go.',
  'value-risk-quadrant.scatterDescription':
    'Scatter of {customers} customers by churn risk and value, cut into four quadrants.',
  'value-risk-quadrant.selection': '{count} customers selected (risk {x0} to {x1}, value {y0} to {y1}).',
  'value-risk-quadrant.selectionShown': 'The first {shown} by the chosen order are shown; the files hold all of them.',
  'value-risk-quadrant.clearSelection': 'Clear selection',
  'value-risk-quadrant.sortBy': 'Sort by {column}',
  'value-risk-quadrant.id': 'Customer',
  'value-risk-quadrant.risk': 'Risk',
  'value-risk-quadrant.expectedLoss': 'Expected loss',
  'value-risk-quadrant.exportProblem': 'The file could not be made: {reason}',
  'value-risk-quadrant.kind.risk-model': 'risk model',
  'value-risk-quadrant.kind.customer-lifetime-value': 'customer lifetime value',
  'value-risk-quadrant.kind.customer-value': 'customer value',
  'value-risk-quadrant.what.risk': 'Risk',
  'value-risk-quadrant.what.value': 'Value',
} as const satisfies AreaMessages<'value-risk-quadrant'>;
