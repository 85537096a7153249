/**
 * The churn definition in SQL (churnStatus.ts), as the pieces the customer table's SELECT puts
 * at each level: an inactivity window — churned when more than N days (or, relative, k × the
 * customer's median gap between purchase days, at least the floor) passed from the last
 * purchase to the as-of date, dated to the last purchase, the loss known N + 1 days after it, at
 * risk from the at-risk days — or a contract end — the customer's contract-end date (role
 * churn_date, on their latest purchase day, as the engine reads it from the latest row) on or
 * before the as-of date, dated and known on that day.
 */
import { DEFAULT_RELATIVE_MIN_DAYS } from '../engine/api.ts';
import type { SqlDialect } from './dialects.ts';
import { roleColumn, sqlIssue, type SqlOutput, type SqlSettings } from './settings.ts';

/** The spellings of yes and no a text flag is read by (core/cellText/booleanText.ts). */
const YES = ['yes', 'y', 'true', 't', '1', '是', '真', '对', '√'];
const NO = ['no', 'n', 'false', 'f', '0', '否', '假', '错', '×'];

/** Stands for "no date" in argMax, which skips NULLs (a day number no date has). */
const NO_DAY = -1_000_000_000;

export interface DefinitionSql {
  /** Columns of the kept rows (source.ts `more`). */
  rows: { expr: string; name: string }[];
  /** Aggregates per customer and day (columns of the rows), each with its alias. */
  perDay: string[];
  /** Aggregates per customer (columns per day; `lastKey` orders purchase days), each with its alias. */
  perCustomer: (lastKey: string) => string[];
  /** Per customer, after the aggregation (columns per customer), each with its alias. */
  rolled: string[];
  /** Expressions of the final SELECT, over last_date and as_of (and the rolled columns). */
  churned: string;
  churnDay: string;
  knownDay: string;
  status: string;
  /** Aggregates over all customers (per-customer columns), cross-joined to each: the flag's coding. */
  global?: string;
}

/** The column holding the contract end: the definition's, or the one with the role churn_date. */
function contractEndColumn(settings: SqlSettings): string | undefined {
  const def = settings.definition;
  return def.kind === 'contract-end' ? (def.column ?? roleColumn(settings.roles, 'churn_date')) : undefined;
}

/** The flag column and its date column (the definition's, or those with the roles churn_flag and churn_date). */
function flagColumns(settings: SqlSettings): { flag?: string; date?: string } {
  const def = settings.definition;
  if (def.kind !== 'flag') return {};
  return {
    flag: def.column ?? roleColumn(settings.roles, 'churn_flag'),
    date: def.dateColumn ?? roleColumn(settings.roles, 'churn_date'),
  };
}

/** Why no SQL can be generated for the definition, or null. */
export function definitionRefusal(settings: SqlSettings): SqlOutput | null {
  const def = settings.definition;
  if (def.kind === 'flag') {
    if (flagColumns(settings).flag !== undefined) return null;
    return sqlIssue('role-missing', 'A churn flag definition needs a column with the role churn_flag.', {
      role: 'churn_flag',
    });
  }
  if (def.kind === 'contract-end') {
    if (contractEndColumn(settings) !== undefined) return null;
    return sqlIssue('role-missing', 'A contract end needs a date column with the role churn_date.', {
      role: 'churn_date',
    });
  }
  if (def.kind !== 'inactivity')
    return sqlIssue(
      'sql-not-supported',
      'SQL is generated for a fixed inactivity window, a contract end and a churn flag, not yet for this churn definition.',
      { what: def.kind },
    );
  return null;
}

/** A date column's day on the latest purchase day, as end_day: the pieces of each level. */
function latestDate(d: SqlDialect, column: string) {
  return {
    rows: [{ expr: d.dayNumber(d.toDate(d.ident(column))), name: 'end_num' }],
    perDay: ['max(CASE WHEN is_return = 0 THEN end_num ELSE NULL END) AS day_end_num'],
    perCustomer: (lastKey: string) => [`${d.argMax(`coalesce(day_end_num, ${NO_DAY})`, lastKey)} AS last_end_num`],
    rolled: [
      `CASE WHEN last_end_num = ${NO_DAY} THEN NULL ELSE ${d.addDays(d.date('1970-01-01'), 'last_end_num')} END AS end_day`,
    ],
  };
}

/**
 * A churn flag (flagReading.ts): the customer's value on the latest purchase day, lower-case
 * without blanks; churned when it spells yes, not when it spells no, else when it is a number
 * other than 0 — except under R survival's coding, when every customer's number is 1 or 2 and
 * both occur: then 2 is churned and 1 is not. Anything else (empty, unreadable) is not churned.
 * Dated and known on the churn date column's day when there is one (else no date).
 */
function flagSql(d: SqlDialect, settings: SqlSettings): DefinitionSql {
  const { flag, date } = flagColumns(settings);
  const text = d.ident(flag!);
  const lowered = `lower(${d.trim(d.toText(text))})`;
  const dated = date !== undefined ? latestDate(d, date) : null;
  const n = d.numberOrNull('last_flag_text');
  const list = (xs: string[]) => xs.map((x) => d.text(x)).join(', ');
  const churnedFlag = `CASE WHEN flag_ones > 0 AND flag_twos > 0 AND flag_others = 0 THEN (CASE WHEN ${d.orFalse(`${n} = 2`)} THEN 1 ELSE 0 END)
      WHEN last_flag_text IN (${list(YES)}) THEN 1 WHEN last_flag_text IN (${list(NO)}) THEN 0
      WHEN ${d.orFalse(`${n} <> 0`)} THEN 1 ELSE 0 END`;
  return {
    rows: [
      { expr: `CASE WHEN ${text} IS NULL THEN ${d.nullText} ELSE ${lowered} END`, name: 'flag_raw' },
      ...(dated?.rows ?? []),
    ],
    perDay: ['max(CASE WHEN is_return = 0 THEN flag_raw ELSE NULL END) AS day_flag_text', ...(dated?.perDay ?? [])],
    perCustomer: (lastKey) => [
      `${d.argMax(`coalesce(day_flag_text, '')`, lastKey)} AS last_flag_text`,
      ...(dated?.perCustomer(lastKey) ?? []),
    ],
    rolled: [`${churnedFlag} AS flag_churned`, ...(dated?.rolled ?? [])],
    global: `${d.countIf(d.orFalse(`${n} = 1`))} AS flag_ones, ${d.countIf(d.orFalse(`${n} = 2`))} AS flag_twos,
      ${d.countIf(d.orFalse(`${n} <> 1 AND ${n} <> 2`))} AS flag_others`,
    churned: 'flag_churned = 1',
    churnDay: dated ? 'end_day' : d.nullDate,
    knownDay: dated ? 'end_day' : d.nullDate,
    status: `CASE WHEN flag_churned = 1 THEN 'churned' ELSE 'active' END`,
  };
}

export function definitionSql(d: SqlDialect, settings: SqlSettings): DefinitionSql {
  const def = settings.definition;
  if (def.kind === 'flag') return flagSql(d, settings);
  const since = d.daysBetween('last_date', 'as_of');
  if (def.kind === 'contract-end') {
    const churned = d.orFalse('end_day <= as_of');
    return {
      ...latestDate(d, contractEndColumn(settings)!),
      churned,
      churnDay: 'end_day',
      knownDay: 'end_day',
      status: `CASE WHEN ${churned} THEN 'churned' ELSE 'active' END`,
    };
  }
  const days = def.kind === 'inactivity' ? def.days : 0;
  const atRisk = def.kind === 'inactivity' ? def.atRiskDays : undefined;
  const factor = def.kind === 'inactivity' ? def.relativeFactor : undefined;
  // Relative: max(minDays, factor × the median gap between the customer's purchase days), or
  // `days` with a single purchase day (churnStatus.ts inactivityWindow).
  const minDays = def.kind === 'inactivity' ? (def.minDays ?? DEFAULT_RELATIVE_MIN_DAYS) : 0;
  const window =
    factor === undefined
      ? String(days)
      : `(CASE WHEN gap_days IS NULL THEN ${d.toDouble(String(days))} ELSE greatest(${d.toDouble(String(minDays))}, ${d.toDouble(String(factor))} * gap_days) END)`;
  const churned = `${since} > ${window}`;
  return {
    rows: [],
    perDay: [],
    perCustomer: (): string[] =>
      factor === undefined ? [] : [`${d.medianGap(d.dayNumber('day'), 'purchases > 0')} AS median_gap`],
    rolled: factor === undefined ? [] : ['median_gap AS gap_days'],
    churned,
    churnDay: 'last_date',
    knownDay: d.addDays('last_date', factor === undefined ? String(Math.floor(days) + 1) : `${d.floor(window)} + 1`),
    status: `CASE WHEN ${churned} THEN 'churned'${atRisk !== undefined ? ` WHEN ${since} >= ${atRisk} THEN 'at risk'` : ''} ELSE 'active' END`,
  };
}
