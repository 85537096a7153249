import type { AreaMessages } from '../area.ts';

export const messages = {
  'churn-reasons.heading': 'Churn types by cause',
  'churn-reasons.intro':
    'Each churn reason in the data is mapped to a type of churn; change any that does not fit. Churned customers get the type as the attribute “churn_type”.',
  'churn-reasons.reason': 'Reason in the data',
  'churn-reasons.type': 'Type of churn',
  'churn-reasons.typeOf': 'Type of churn for “{reason}”',
  'churn-reasons.churnType.natural': 'Natural (death, bankruptcy, moving away)',
  'churn-reasons.churnType.changed-need': 'Changed need',
  'churn-reasons.churnType.competitor': 'Lured by a competitor',
  'churn-reasons.churnType.disappointed': 'Disappointed (price, service, quality)',
  'churn-reasons.churnType.involuntary': 'Involuntary (e.g. non-payment)',
  'churn-reasons.churnType.unknown': 'Unknown',
  'churn-reasons.column': 'Reason column: “{column}”.',
  'churn-reasons.separators': 'Reasons in one cell split at',
  'churn-reasons.separatorsHint': 'any of these characters (default ; , ；， |; empty = one reason per cell)',
  'churn-reasons.by': 'Reasons by',
  'churn-reasons.noBy': '(no segment)',
  'churn-reasons.value': 'Lost value from',
  'churn-reasons.noValue': '(none)',
  'churn-reasons.naturalInvoluntary': 'Natural churn (death, moving away) counts as involuntary',
  'churn-reasons.topReasons': 'Reasons under each type',
  'churn-reasons.derivedHint': 'from another analysis: run it first',
  'churn-reasons.counted':
    '{withReason} of {churned} churned customers give a reason ({mentions} reasons named, {reasons} different). Shares are of the {withReason} who give one.',
  'churn-reasons.several':
    '{several} churned customers give more than one reason and count once for each: the shares add to more than 100 % and the cumulative line passes 100 %.',
  'churn-reasons.without': '{count} churned customers give no reason and are not counted.',
  'churn-reasons.notChurned': '{count} customers who did not churn have a reason; it is not counted.',
  'churn-reasons.paretoTitle': 'Churn reasons (Pareto)',
  'churn-reasons.paretoSummary':
    'The most named reason, “{reason}”, is given by {share} of churned customers; the top {top} reasons by {cumulative}.',
  'churn-reasons.paretoSummarySeveral':
    'The most named reason, “{reason}”, is given by {share} of churned customers; the shares of the top {top} reasons add up to {cumulative}, more than 100 % when customers name several reasons ({several} do).',
  'churn-reasons.share': 'Share of churners',
  'churn-reasons.cumulativeShare': 'Cumulative share',
  'churn-reasons.count': 'Churned customers',
  'churn-reasons.treeTitle': 'Voluntary and involuntary churn',
  'churn-reasons.treeSummary':
    '{voluntary} of churned customers left by their own choice, {involuntary} involuntarily, {unknown} for reasons not known.',
  'churn-reasons.treeRoot': 'Churners with a reason',
  'churn-reasons.branch': 'Branch',
  'churn-reasons.branch.voluntary': 'Voluntary',
  'churn-reasons.branch.involuntary': 'Involuntary',
  'churn-reasons.branch.unknown': 'Not known',
  'churn-reasons.others': '{count} other reasons',
  'churn-reasons.mappingHint':
    'The type of each reason comes from the keyword rules (English and Chinese); change any below — the same mapping as in the churn definition panel.',
  'churn-reasons.heatmapTitle': 'Churn reasons by {column}',
  'churn-reasons.heatmapSummary':
    'Each cell is the share of the segment’s churned customers (with a reason) who name the reason.',
  'churn-reasons.segmentShare': 'Share of the segment’s churners',
  'churn-reasons.segment': 'Segment',
  'churn-reasons.segmentMissing': '{count} churned customers have no value in “{column}” and are not in the heatmap.',
  'churn-reasons.lostTitle': 'Lost {column} by churn reason',
  'churn-reasons.lostSummary':
    'Churned customers giving “{reason}” took {lost} of {column} with them; all churned customers with a reason {total}.',
  'churn-reasons.lost': 'Lost {column}',
  'churn-reasons.lostNote': 'Each churned customer’s full {column} counts for every reason they name.',
  'churn-reasons.lostMissing': '{count} churned customers have no {column} and add nothing.',
  'churn-reasons.timeTitle': 'Churn reasons by churn month',
  'churn-reasons.timeSummary':
    'Churned customers naming each of the {top} most named reasons, month by month, from {from} to {to}.',
  'churn-reasons.month': 'Month',
  'churn-reasons.noDates':
    'The churn dates are not known, so reasons cannot be shown over time (give a column the churn date role).',
  'churn-reasons.undated': '{count} churned customers have no churn date and are not in the monthly lines.',
} as const satisfies AreaMessages<'churn-reasons'>;
