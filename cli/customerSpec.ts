/** The customer table spec from the flags (--role, --definition, --as-of, --merge-ids, …), shared by every command that builds the table. */
import {
  RETURNS_HANDLING,
  ROLES,
  SINGLE_ROLES,
  TIME_UNITS,
  type ChurnDefinition,
  type CustomerTableSpec,
  type DatasetSummary,
  type Role,
  type TimeUnit,
} from '../src/engine/api.ts';
import { flag, oneOf, UsageError, type ParsedArgs } from './args.ts';

/** Detected roles, with each --role ROLE=column applied on top (a single role moves to the named column). */
export function rolesFrom(args: ParsedArgs, summary: DatasetSummary): Record<string, Role> {
  const roles: Record<string, Role> = Object.fromEntries(summary.columns.map((c) => [c.name, c.role]));
  for (const spec of args.flags.get('role') ?? []) {
    const eq = spec.indexOf('=');
    const role = spec.slice(0, eq) as Role;
    const column = spec.slice(eq + 1);
    if (eq < 0 || !ROLES.includes(role))
      throw new UsageError(`--role takes ROLE=column with ROLE one of ${ROLES.join(', ')}`);
    if (!Object.hasOwn(roles, column))
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
    unit: oneOf<TimeUnit>(args, 'unit', TIME_UNITS),
    returns: oneOf(args, 'returns', RETURNS_HANDLING),
    tenureUnit: oneOf<TimeUnit>(args, 'tenure-unit', TIME_UNITS),
    // Ids that differ only in case or surrounding spaces are one customer only when asked.
    idMatching: args.flags.has('merge-ids') ? 'trim-case' : 'exact',
  };
}
