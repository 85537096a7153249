/** `customers <file>...`: the customer table and its churn summary, the same as the app builds. */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import {
  ROLES,
  SINGLE_ROLES,
  type ChurnDefinition,
  type CustomerTableSpec,
  type DatasetSummary,
  type Role,
  type TimeUnit,
} from '../src/engine/api.ts';
import type { createEngine } from '../src/engine/engine.ts';
import { flag, type ParsedArgs } from './args.ts';
import { UsageError } from './inspect.ts';

/** Detected roles, with each --role ROLE=column applied on top (a single role moves to the named column). */
export function rolesFrom(args: ParsedArgs, summary: DatasetSummary): Record<string, Role> {
  const roles: Record<string, Role> = Object.fromEntries(summary.columns.map((c) => [c.name, c.role]));
  for (const spec of args.flags.get('role') ?? []) {
    const eq = spec.indexOf('=');
    const role = spec.slice(0, eq) as Role;
    const column = spec.slice(eq + 1);
    if (eq < 0 || !ROLES.includes(role))
      throw new UsageError(`--role takes ROLE=column with ROLE one of ${ROLES.join(', ')}`);
    if (!(column in roles))
      throw new UsageError(
        `--role ${role}=${column}: no column named "${column}" (columns: ${Object.keys(roles).slice(0, 12).join(', ')})`,
      );
    if (SINGLE_ROLES.includes(role)) for (const [c, r] of Object.entries(roles)) if (r === role) roles[c] = 'attribute';
    roles[column] = role;
  }
  return roles;
}

export function defaultDefinition(roles: Record<string, Role>): ChurnDefinition {
  const has = (r: Role) => Object.values(roles).includes(r);
  if (has('churn_flag')) return { kind: 'flag' };
  if (has('churn_date')) return { kind: 'contract-end' };
  return { kind: 'inactivity', days: 180 };
}

function oneOf<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[]): T | undefined {
  const v = flag(args, name);
  if (v === undefined) return undefined;
  if (!allowed.includes(v as T)) throw new UsageError(`--${name} takes ${allowed.join(' or ')}`);
  return v as T;
}

export function customerSpec(args: ParsedArgs, summary: DatasetSummary): CustomerTableSpec {
  const roles = rolesFrom(args, summary);
  let definition = defaultDefinition(roles);
  const text = flag(args, 'definition');
  if (text !== undefined) {
    try {
      definition = JSON.parse(text) as ChurnDefinition;
    } catch {
      throw new UsageError(`--definition is not valid JSON: ${text}`);
    }
  }
  return {
    roles,
    definition,
    asOf: flag(args, 'as-of'),
    unit: oneOf<TimeUnit>(args, 'unit', ['days', 'weeks', 'months']),
    returns: oneOf(args, 'returns', ['net', 'drop'] as const),
    tenureUnit: oneOf<TimeUnit>(args, 'tenure-unit', ['days', 'weeks', 'months']),
  };
}

export function runCustomers(
  engine: ReturnType<typeof createEngine>,
  args: ParsedArgs,
  summary: DatasetSummary,
): { code: number; out?: unknown; error?: string } {
  const built = engine.buildCustomerTable(summary.id, customerSpec(args, summary));
  if (!built.ok) return { code: 2, error: built.issues[0].message };
  const s = built.value;
  const out = flag(args, 'out');
  if (out !== undefined) {
    const ext = extname(out).toLowerCase();
    if (ext !== '.csv' && ext !== '.arrow') throw new UsageError('--out must end in .csv or .arrow');
    const file = engine.exportCustomerTable(summary.id, ext === '.csv' ? 'csv' : 'arrow', true);
    if (!file.ok) return { code: 2, error: file.issues[0].message };
    writeFileSync(out, file.value);
  }
  return {
    code: 0,
    out: {
      customers: s.customers,
      churned: s.churned,
      churnRate: s.churnRate,
      atRisk: s.atRisk,
      leftOut: s.leftOut,
      leftOutDetail: s.leftOutDetail,
      asOf: s.asOf || null,
      unit: s.unit,
      returns: s.returns,
      shape: s.shape,
      definition: s.definition,
      definitionText: s.definitionText,
      attributeRule: s.attributeRule,
      columns: s.columns,
      issues: s.issues.map((i) => ({ severity: i.severity, code: i.code, message: i.message })),
    },
  };
}
