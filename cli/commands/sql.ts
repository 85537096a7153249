/**
 * `sql <analysis-kind> --dialect duckdb|clickhouse`: the query that reduces a transaction log
 * to what the analysis needs, printed as text (no data is read). Roles come from --role
 * ROLE=column (customer_id and date at least); --table names what to read (default
 * `transactions`: a table, a view, a ClickHouse Distributed table or a DuckDB table function).
 */
import {
  RETURNS_HANDLING,
  RFM_MONETARY,
  RFM_SCHEMES,
  TIME_UNITS,
  COHORT_PERIODS,
  COHORT_WINDOWS,
  type ChurnDefinition,
  type Role,
} from '../../src/engine/api.ts';
import { DIALECTS, generateSql, isDialectName, isSqlKind, SQL_KINDS } from '../../src/sql/index.ts';
import { flag, oneOf, UsageError, type ParsedArgs } from '../args.ts';
import { rolesFrom } from '../customerSpec.ts';

export const SQL_USAGE = `<${SQL_KINDS.join('|')}> --dialect ${DIALECTS.join('|')} [--role ROLE=column ...] [--definition JSON] [--table NAME] [--invoice COLUMN] [--as-of YYYY-MM-DD] [--unit days|weeks|months] [--returns net|drop] [--period week|month|quarter|year] [--windows calendar|rolling] [--scheme ${RFM_SCHEMES.join('|')}] [--bins N] [--monetary total|mean]`;

function definitionOf(args: ParsedArgs): ChurnDefinition {
  const text = flag(args, 'definition');
  if (text === undefined) return { kind: 'inactivity', days: 180 };
  try {
    return JSON.parse(text) as ChurnDefinition;
  } catch {
    throw new UsageError(`--definition is not valid JSON: ${text}`);
  }
}

/** The roles named by --role, on columns that need not exist here (the data lives in the other engine). */
function namedRoles(args: ParsedArgs): Record<string, Role> {
  const columns = (args.flags.get('role') ?? []).map((s) => s.slice(s.indexOf('=') + 1));
  const named = Object.fromEntries(columns.map((c) => [c, 'attribute' as Role]));
  return rolesFrom(args, { columns: Object.keys(named).map((name) => ({ name, role: 'attribute' })) } as never);
}

export function runSql(args: ParsedArgs): { code: number; text?: string; error?: string } {
  const kind = args.paths[0];
  if (!kind || !isSqlKind(kind)) throw new UsageError(`sql takes one of ${SQL_KINDS.join(', ')}`);
  const dialect = flag(args, 'dialect') ?? 'duckdb';
  if (!isDialectName(dialect)) throw new UsageError(`--dialect takes ${DIALECTS.join(' or ')}`);
  const bins = flag(args, 'bins');
  const out = generateSql(kind, dialect, {
    roles: namedRoles(args),
    definition: definitionOf(args),
    table: flag(args, 'table'),
    invoiceColumn: flag(args, 'invoice'),
    asOf: flag(args, 'as-of'),
    unit: oneOf(args, 'unit', TIME_UNITS),
    returns: oneOf(args, 'returns', RETURNS_HANDLING),
    options: {
      period: oneOf(args, 'period', COHORT_PERIODS),
      windows: oneOf(args, 'windows', COHORT_WINDOWS),
      scheme: oneOf(args, 'scheme', RFM_SCHEMES),
      monetary: oneOf(args, 'monetary', RFM_MONETARY),
      ...(bins !== undefined ? { bins: Number(bins) } : {}),
    },
  });
  if (!out.ok) return { code: 2, error: out.issue.message };
  return { code: 0, text: `-- columns: ${out.columns.join(', ')}\n${out.sql};\n` };
}
