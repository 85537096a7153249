import type { AreaMessages } from '../area.ts';

export const messages = {
  'churn-drivers.intro':
    'What goes with churn, feature by feature (churn rate and risk ratio per category, mutual information), what a model leans on (permutation importance on customers it did not see), and the decision factors you rate.',
  'churn-drivers.bins': 'Numbers cut into',
  'churn-drivers.binsUnit': 'quantile bins',
  'churn-drivers.repeats': 'Permutations per feature',
  'churn-drivers.seed': 'Seed',
  'churn-drivers.testFraction': 'Held out',
  'churn-drivers.topFeatures': 'Features in the small multiples',
  'churn-drivers.busy': 'Ranking drivers…',
  'churn-drivers.kind.categorical': 'categories',
  'churn-drivers.kind.binned': 'number, quantile bins',
  'churn-drivers.informationTitle': 'Churn drivers ranked by mutual information',
  'churn-drivers.bitsAxis': 'Mutual information with churn (bits)',
  'churn-drivers.informationSummary':
    '{feature} tells the most about churn: {bits} bits, {share} of the uncertainty of churn ({entropy} bits). {count} features ranked.',
  'churn-drivers.informationExplained':
    'Mutual information: how much knowing a customer’s value of the feature reduces the uncertainty about whether they churn, in bits (0 = nothing). The share in brackets is of churn’s own uncertainty. Numbers with more than 12 values are cut into {bins} groups of about equal size (quantiles); a missing value counts as a category of its own.',
  'churn-drivers.ratesTitle': 'Churn rate by category: the top {count} drivers',
  'churn-drivers.ratesSummary':
    'In {feature}, “{value}” customers churn at {rate} (95 % CI {low}–{high}), {ratio} times the overall rate of {overall} (95 % CI {ratioLow}–{ratioHigh}).',
  'churn-drivers.overall': 'overall',
  'churn-drivers.ratesExplained':
    'Each bar is a category’s churn rate with its 95 % Wilson interval; “×” is its risk ratio against the overall rate (interval by the delta method, allowing for the category being part of everyone).',
  'churn-drivers.importanceTitle': 'Permutation importance on held-out customers',
  'churn-drivers.dropAxis': 'Drop in test AUC when the feature is shuffled',
  'churn-drivers.importanceSummary':
    'Shuffling {feature} among the {test} held-out customers lowers the model’s AUC of {auc} by {drop} on average (± {sd}).',
  'churn-drivers.importanceExplained':
    'A logistic regression (L2, C = 1) is fitted on {train} customers and judged on {test} it did not see (a stratified split, seed {seed}). Each feature’s values are then shuffled among those customers {repeats} times: the dot is the mean drop in AUC, the bar ± one standard deviation. Near 0: the model does not need the feature (what it says may be carried by another).',
  'churn-drivers.importanceSample':
    'With so many held out, {permuted} of them (a seeded sample with the same churn rate) are shuffled and scored.',
  'churn-drivers.note.permutation-too-few':
    'Too few churners or stayers to hold some out and judge a model: permutation importance is not shown.',
  'churn-drivers.note.few-churners': 'Fewer than 50 churners: rates and rankings are uncertain.',
  'churn-drivers.note.same-period':
    'A transaction log: orders, spend and the other features are counted over the same days as churn, so they describe who churned rather than foretell who will (choose a cutoff to split in time).',
  'churn-drivers.leftOut': 'Left out: {list}.',
  'churn-drivers.leftOutItem': '{column} ({reason})',
  'churn-drivers.cutoff': 'Cutoff',
  'churn-drivers.cutoffHint':
    'Features from activity up to this day; churn read in the window after it. Rows after the cutoff never move a feature.',
  'churn-drivers.window': 'Label window',
  'churn-drivers.windowUnit': 'days',
  'churn-drivers.temporal':
    'Temporal split: features from activity up to {cutoff}; churn by {labelAsOf} ({window} days) among the {customers} customers still active on {cutoff} ({churnedAtCutoff} had already churned, and {safeAtCutoff} bought too recently to be churned by {labelAsOf}: both left out).',
  'churn-drivers.col.rank': 'Rank',
  'churn-drivers.col.feature': 'Feature',
  'churn-drivers.col.kind': 'Kind',
  'churn-drivers.col.bits': 'Mutual information (bits)',
  'churn-drivers.col.nats': 'Mutual information (nats)',
  'churn-drivers.col.share': 'Share of churn uncertainty',
  'churn-drivers.col.missing': 'Missing',
  'churn-drivers.col.value': 'Category',
  'churn-drivers.col.riskLow': 'Risk ratio, 95 % CI low',
  'churn-drivers.col.riskHigh': 'Risk ratio, 95 % CI high',
  'churn-drivers.col.meanDrop': 'Mean AUC drop',
  'churn-drivers.col.sdDrop': 'Standard deviation',
  'churn-drivers.factorsTitle': 'Decision factors',
  'churn-drivers.factorsFormula':
    'Score = rating × importance × availability of alternatives; the highest score is the factor most worth acting on. Rate each factor (e.g. 1–5, how strongly it pushes customers to leave), or rate it from a survey column: its mean among churners is the rating, shown beside the stayers’ mean.',
  'churn-drivers.factor.price': 'Price',
  'churn-drivers.factor.quality': 'Quality',
  'churn-drivers.factor.coverage': 'Coverage',
  'churn-drivers.factor.service': 'Service',
  'churn-drivers.factor.image': 'Image',
  'churn-drivers.factor.technology': 'New technology',
  'churn-drivers.factorCol.factor': 'Factor',
  'churn-drivers.factorCol.column': 'Survey column',
  'churn-drivers.factorCol.rating': 'Rating',
  'churn-drivers.factorCol.churners': 'Churners’ mean',
  'churn-drivers.factorCol.stayers': 'Stayers’ mean',
  'churn-drivers.factorCol.difference': 'Difference',
  'churn-drivers.factorCol.importance': 'Importance',
  'churn-drivers.factorCol.availability': 'Availability of alternatives',
  'churn-drivers.factorCol.score': 'Score',
  'churn-drivers.factorCol.rank': 'Rank',
  'churn-drivers.factorTyped': 'typed',
  'churn-drivers.factorAdd': 'Add a factor',
  'churn-drivers.factorRemove': 'Remove',
  'churn-drivers.factorNew': 'New factor',
  'churn-drivers.factorUnscored': 'Type a rating, an importance and an availability to score a factor.',
  'churn-drivers.factorsTop': 'Highest score: {factor} ({score}).',
} as const satisfies AreaMessages<'churn-drivers'>;
