/**
 * The churn definition in SQL (churnStatus.ts), as the pieces the customer table's SELECT puts
 * at each level: a fixed inactivity window — churned when more than N days passed from the last
 * purchase to the as-of date, dated to the last purchase, the loss known N + 1 days after it, at
 * risk from the at-risk days — or a contract end — the customer's contract-end date (role
 * churn_date, on their latest purchase day, as the engine reads it from the latest row) on or
 * before the as-of date, dated and known on that day.
 */
import type { SqlDialect } from './dialects.ts';
import { roleColumn, sqlIssue, type SqlOutput, type SqlSettings } from './settings.ts';

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
}

/** The column holding the contract end: the definition's, or the one with the role churn_date. */
function contractEndColumn(settings: SqlSettings): string | undefined {
  const def = settings.definition;
  return def.kind === 'contract-end' ? (def.column ?? roleColumn(settings.roles, 'churn_date')) : undefined;
}

/** Why no SQL can be generated for the definition, or null. */
export function definitionRefusal(settings: SqlSettings): SqlOutput | null {
  const def = settings.definition;
  if (def.kind === 'contract-end') {
    if (contractEndColumn(settings) !== undefined) return null;
    return sqlIssue('role-missing', 'A contract end needs a date column with the role churn_date.', {
      role: 'churn_date',
    });
  }
  if (def.kind !== 'inactivity' || def.relativeFactor !== undefined)
    return sqlIssue(
      'sql-not-supported',
      'SQL is generated for a fixed inactivity window and a contract end date, not yet for this churn definition.',
      { what: def.kind === 'inactivity' ? 'relative inactivity' : def.kind },
    );
  return null;
}

export function definitionSql(d: SqlDialect, settings: SqlSettings): DefinitionSql {
  const def = settings.definition;
  const since = d.daysBetween('last_date', 'as_of');
  if (def.kind === 'contract-end') {
    const column = d.ident(contractEndColumn(settings)!);
    const churned = d.orFalse('end_day <= as_of');
    return {
      rows: [{ expr: d.dayNumber(d.toDate(column)), name: 'end_num' }],
      perDay: ['max(CASE WHEN is_return = 0 THEN end_num ELSE NULL END) AS day_end_num'],
      perCustomer: (lastKey) => [`${d.argMax(`coalesce(day_end_num, ${NO_DAY})`, lastKey)} AS last_end_num`],
      rolled: [
        `CASE WHEN last_end_num = ${NO_DAY} THEN NULL ELSE ${d.addDays(d.date('1970-01-01'), 'last_end_num')} END AS end_day`,
      ],
      churned,
      churnDay: 'end_day',
      knownDay: 'end_day',
      status: `CASE WHEN ${churned} THEN 'churned' ELSE 'active' END`,
    };
  }
  const days = def.kind === 'inactivity' ? def.days : 0;
  const atRisk = def.kind === 'inactivity' ? def.atRiskDays : undefined;
  const churned = `${since} > ${days}`;
  return {
    rows: [],
    perDay: [],
    perCustomer: () => [],
    rolled: [],
    churned,
    churnDay: 'last_date',
    knownDay: d.addDays('last_date', String(Math.floor(days) + 1)),
    status: `CASE WHEN ${churned} THEN 'churned'${atRisk !== undefined ? ` WHEN ${since} >= ${atRisk} THEN 'at risk'` : ''} ELSE 'active' END`,
  };
}
