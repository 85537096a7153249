/** The customer table every analysis reads, and the churn definition that builds it. */
import type { Issue } from './issues.ts';
import type { Role, Shape } from './dataset.ts';

/** What counts as churn: one serialisable object, saved in workbooks and printed on results. */
export type ChurnDefinition =
  /** A churn flag column (Yes/No, 1/0, True/False, 是/否), optionally with a churn-date column. */
  | { kind: 'flag'; column?: string; dateColumn?: string }
  /**
   * No activity for more than `days` days before the as-of date; with `relativeFactor`, more
   * than max(`minDays`, that many times the customer's own median gap between purchase days)
   * (single-purchase customers keep `days`; `minDays` defaults to DEFAULT_RELATIVE_MIN_DAYS and
   * is only read with `relativeFactor`); with `atRiskDays`, at least that many days without
   * activity and not churned is "at risk".
   */
  | { kind: 'inactivity'; days: number; relativeFactor?: number; minDays?: number; atRiskDays?: number }
  /** A contract-end or cancellation date column: churned when on or before the as-of date. */
  | { kind: 'contract-end'; column?: string }
  /** Revenue in the last `months` complete months fell at least `dropPercent` % against the months before. */
  | { kind: 'partial'; months: number; dropPercent: number };

export const DEFINITION_KINDS = [
  'flag',
  'inactivity',
  'contract-end',
  'partial',
] as const satisfies readonly ChurnDefinition['kind'][];
/**
 * The floor of a relative inactivity window, in days. Without one, a customer who buys every
 * other day is "churned" after a week's holiday under 3 × their median gap. A month is the
 * shortest silence churn is reported over (monthly churn, monthly billing cycles), and the
 * shortest lapse window retail and subscription practice call churn (30/60/90-day lapses).
 */
export const DEFAULT_RELATIVE_MIN_DAYS = 30;
export const TIME_UNITS = ['days', 'weeks', 'months'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];
export const CHURN_TYPES = ['natural', 'changed-need', 'competitor', 'disappointed', 'involuntary', 'unknown'] as const;
export type ChurnType = (typeof CHURN_TYPES)[number];
export const RETURNS_HANDLING = ['net', 'drop'] as const;
export type ReturnsHandling = (typeof RETURNS_HANDLING)[number];
/**
 * How customer ids are matched: 'exact' (every spelling is its own customer) or 'trim-case'
 * (ids that differ only in letter case or surrounding white space are one customer).
 */
export const ID_MATCHING = ['exact', 'trim-case'] as const;
export type IdMatching = (typeof ID_MATCHING)[number];
export type AttributeRule = 'latest-row' | 'last-row-per-id' | 'row-per-customer';

/**
 * How a column of a transaction log that differs between a customer's rows (StockCode,
 * Description) becomes one value per customer: 'latest' = the value on their latest purchase
 * row; 'most-frequent' = the value on most of their purchase rows, a tie going to the value seen
 * latest; 'count-distinct' = how many different values they have (a number, binned like any
 * other). Empty cells are no value.
 */
export const ATTRIBUTE_VALUE_RULES = ['latest', 'most-frequent', 'count-distinct'] as const;
export type AttributeValueRule = (typeof ATTRIBUTE_VALUE_RULES)[number];
/** Column → its rule, in an analysis's options: one rule per column for everything the options name. */
export type AttributeRules = Record<string, AttributeValueRule>;

/**
 * Whether a column is an attribute of the customer: 'customer' = one value on all of each
 * customer's purchase rows; 'nearly-customer' = differs for under 1 % of customers (Country in
 * Online Retail), used with its latest value and a note of how many; 'varies' = used only with
 * a rule the analysis names.
 */
export type AttributeLevel = 'customer' | 'nearly-customer' | 'varies';
/** A column that differs for fewer than this share of customers is nearly constant; at or above it, it varies. */
export const NEARLY_CONSTANT_SHARE = 0.01;

export interface AttributeVariation {
  column: string;
  level: AttributeLevel;
  /** Customers with more than one distinct non-empty value over their purchase rows. */
  varyingCustomers: number;
}

export interface CustomerTableSpec {
  /** Column → role, as confirmed by the user; columns left out are attributes. */
  roles: Record<string, Role>;
  definition: ChurnDefinition;
  /**
   * YYYY-MM-DD; default: the data's last date up to today (a later date, such as a 9999-12-31
   * placeholder, never sets it). Activity after it is left out.
   */
  asOf?: string;
  /**
   * Default 'exact': ids that differ only in case or spaces are reported, not merged, since a
   * source system may tell them apart and the count must reconcile with it.
   */
  idMatching?: IdMatching;
  /** Unit of recency and T (BTYD): days, weeks (7 days) or months (365.25 / 12 days). */
  unit?: TimeUnit;
  /** Returns and cancellations (negative amounts, invoice numbers starting with C): net them or drop them. */
  returns?: 'net' | 'drop';
  /** Unit of a snapshot's tenure column; default months. */
  tenureUnit?: TimeUnit;
  /** Reason value → churn type, where the user changed the suggested mapping. */
  reasonTypes?: Record<string, ChurnType>;
}

/**
 * Where each customer's value (total_value) came from: a snapshot's value column (the first whose
 * name says total or sum, else the first; `unused` are the other columns with the role value, as
 * Telco's MonthlyCharges beside TotalCharges), a log's amounts summed, or price × quantity summed.
 */
export type CustomerValueSource =
  | { from: 'column'; column: string; unused: string[] }
  | { from: 'amount'; column: string }
  | { from: 'price-quantity'; price: string; quantity: string };

export interface CustomerTableSummary {
  datasetId: string;
  shape: Shape;
  customers: number;
  churned: number;
  atRisk: number;
  churnRate: number;
  /** Rows of the data not in the table, with the reasons. */
  leftOut: number;
  /** placeholderDate: transactions dated on or before 1900-01-01, read as unknown. */
  leftOutDetail: {
    afterAsOf: number;
    noCustomer: number;
    noDate: number;
    placeholderDate: number;
    dropped: number;
    duplicates: number;
  };
  asOf: string;
  /**
   * First and last date in the data's date roles (ISO), when it has any: the range for the
   * as-of date. Dates after today and placeholders (on or before 1900-01-01) are not in it.
   */
  dataFrom: string;
  dataTo: string;
  definition: ChurnDefinition;
  unit: TimeUnit;
  returns: ReturnsHandling;
  idMatching: IdMatching;
  /**
   * Ids written in more than one way that differ only in case or surrounding spaces: how many
   * ids and spellings (merged into `ids` customers when idMatching is 'trim-case').
   */
  idVariants: { ids: number; spellings: number };
  /**
   * How attributes were reduced to one value per customer: 'latest-row' = each customer's value
   * on their latest row (by date, then file order); 'last-row-per-id' = a snapshot keeps the last
   * row where an id repeats; 'row-per-customer' = a snapshot without an id column, rows numbered.
   */
  attributeRule: AttributeRule;
  /**
   * Per attribute (and value) column, whether it is constant within customers: for a
   * transaction log, counted over each customer's purchase rows; a snapshot's columns are one
   * row per customer, so all 'customer'.
   */
  attributeVariation: AttributeVariation[];
  columns: string[];
  /**
   * The tenure column in the data's own unit: tenure_months for a snapshot's tenure in months
   * (Telco), tenure_weeks in weeks, else tenure_days (tenure from dates, or a column in days).
   */
  tenureColumn?: string;
  /** Where total_value came from; absent when no customer has a value. */
  valueSource?: CustomerValueSource;
  /** Reason value → churn type, as applied (when there is a reason column). */
  reasonTypes?: Record<string, ChurnType>;
  issues: Issue[];
}

/**
 * The customer table's own columns, in their published order (attributes, the reason and the
 * churn type come between churn_date and churn_status). Exports from the command line keep these
 * names; the app heads them in its language.
 */
export const CUSTOMER_TABLE_COLUMNS = [
  'customer_id',
  'first_date',
  'last_date',
  'tenure_days',
  'orders',
  'frequency',
  'recency',
  'T',
  'monetary',
  'total_value',
  'churned',
  'churn_date',
  'churn_status',
] as const;

/** Columns the customer table has only when the data gives them: total_cost (after total_value) with a cost column. */
export const OPTIONAL_CUSTOMER_COLUMNS = ['total_cost'] as const;
