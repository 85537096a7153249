/** Small results in the engine's shapes, with the Telco-by-contract numbers where they exist. */
import type {
  AttributeChurnResult,
  DefinitionComparison,
  MonthlyChurnSeries,
  ResultStamp,
  ValueTiers,
} from '../../src/engine/api.ts';

const flag = <P>(kind: ResultStamp['kind'], parameters: P): ResultStamp<P> => ({
  kind,
  definition: { kind: 'flag' },
  asOf: '',
  parameters,
  sources: ['telco.csv'],
});

export const byContract: AttributeChurnResult = {
  stamp: flag('churn-by-attribute', { column: 'Contract' }),
  column: 'Contract',
  overall: { count: 7043, churned: 1869, rate: 1869 / 7043 },
  groups: [
    {
      label: 'Month-to-month',
      count: 3875,
      churned: 1655,
      rate: 1655 / 3875,
      low: 0.4116,
      high: 0.4427,
      riskRatio: 1.609,
      small: false,
    },
    {
      label: 'One year',
      count: 1473,
      churned: 166,
      rate: 166 / 1473,
      low: 0.0975,
      high: 0.1299,
      riskRatio: 0.4247,
      small: false,
    },
    {
      label: 'Two year',
      count: 1695,
      churned: 48,
      rate: 48 / 1695,
      low: 0.0214,
      high: 0.0374,
      riskRatio: 0.1067,
      small: false,
    },
  ],
  missing: 0,
};

export const monthly: MonthlyChurnSeries = {
  months: ['1997-02', '1997-03', '1997-04', '1997-05'],
  atStart: [1000, 950, 900, 870],
  lost: [50, 50, 30, 0],
  gained: [0, 0, 0, 0],
  churnRate: [0.05, 50 / 950, 30 / 900, 0],
  // The last month cannot show churn yet: left out of the mean.
  complete: [true, true, true, false],
  meanMonthlyRate: (0.05 + 50 / 950 + 30 / 900) / 3,
  annualised: 1 - (1 - (0.05 + 50 / 950 + 30 / 900) / 3) ** 12,
  lossCountedAt: 'last-activity-plus-window',
};

export const tiers: ValueTiers = {
  shares: [0.1, 0.3, 0.6],
  overallChurnRate: 0.2654,
  tiers: [
    { name: 'A', customers: 704, churned: 88, churnRate: 0.125, valueShare: 0.308, minValue: 5000, maxValue: 8684.8 },
    { name: 'B', customers: 2113, churned: 435, churnRate: 0.206, valueShare: 0.507, minValue: 1400, maxValue: 5000 },
    { name: 'C', customers: 4226, churned: 1346, churnRate: 0.319, valueShare: 0.185, minValue: 18.8, maxValue: 1400 },
  ],
  // The chart does not read customers' tiers.
  perCustomer: { tier: new Uint8Array(0) },
  pareto: {
    customerShare: [0.1, 0.2, 0.5, 1],
    valueShare: [0.3, 0.537, 0.85, 1],
    top20Share: 0.537,
    negatives: 0,
    missing: 11,
  },
};

export const comparison: DefinitionComparison = {
  stamp: {
    kind: 'definition-lab',
    definition: { kind: 'inactivity', days: 180 },
    asOf: '1998-06-30',
    sources: ['cdnow.csv'],
    parameters: {
      definitions: [
        { kind: 'inactivity', days: 90 },
        { kind: 'inactivity', days: 180 },
      ],
    },
  },
  definitions: [
    {
      definition: { kind: 'inactivity', days: 90 },
      churned: 2057,
      rate: 2057 / 2357,
    },
    {
      definition: { kind: 'inactivity', days: 180 },
      churned: 1842,
      rate: 1842 / 2357,
    },
  ],
  disagreements: [{ a: 0, b: 1, count: 215 }],
  customers: [{ customerId: '00113', churned: [true, false] }],
  disagreeingTotal: 215,
};
