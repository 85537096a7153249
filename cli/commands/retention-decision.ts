/**
 * `decision <file>... [--risk ...] [--value ...] [--who not-churned|all] [--save TYPE=P ...]
 * [--plan TYPE=PLAN ...] [--offer-cost PLAN=AMOUNT ...] [--top N] [--list list.csv|.xlsx]
 * [--out table.csv]`: the retention decision (kind retention-decision) as JSON — sources used,
 * totals by churn type and plan, the top N customers worth saving — and with `--list` every
 * customer worth saving, ranked, with the spend each is worth.
 */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import {
  CHURN_TYPES,
  exportFile,
  RETENTION_PLANS,
  type ChurnType,
  type RetentionDecisionOptions,
  type RetentionDecisionResult,
  type RetentionPlan,
} from '../../src/engine/api.ts';
import { flag, UsageError, type ParsedArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { customerSpec } from '../customerSpec.ts';
import { READ_OPTIONS } from '../opening.ts';
import { TABLE_OUT, writeTableOut } from '../tableOut.ts';
import { fitAskedModel, numberFlag, SOURCE_OPTIONS, sourcesOf } from '../retentionSources.ts';
import { decisionList } from '../retentionList.ts';

function pairs<K extends string, V>(
  args: ParsedArgs,
  name: string,
  keys: readonly K[],
  read: (text: string) => V | undefined,
): Partial<Record<K, V>> | undefined {
  const given = args.flags.get(name);
  if (!given) return undefined;
  const out: Partial<Record<K, V>> = {};
  for (const text of given) {
    const [key, raw = ''] = text.split('=');
    const v = read(raw);
    if (!keys.includes(key as K) || v === undefined)
      throw new UsageError(`--${name} takes KEY=VALUE with KEY one of ${keys.join(', ')}`);
    out[key as K] = v;
  }
  return out;
}

const num = (t: string) => (t.trim() !== '' && Number.isFinite(Number(t)) ? Number(t) : undefined);

function optionsOf(args: ParsedArgs): RetentionDecisionOptions & { model?: string } {
  const who = flag(args, 'who');
  if (who !== undefined && who !== 'not-churned' && who !== 'all')
    throw new UsageError('--who takes not-churned or all');
  return {
    ...sourcesOf(args),
    who,
    saveProbability: pairs<ChurnType, number>(args, 'save', CHURN_TYPES, num),
    plans: pairs<ChurnType, RetentionPlan>(args, 'plan', CHURN_TYPES, (t) =>
      RETENTION_PLANS.includes(t as RetentionPlan) ? (t as RetentionPlan) : undefined,
    ),
    offerCosts: pairs<RetentionPlan, number>(args, 'offer-cost', RETENTION_PLANS, num),
  };
}

/** The JSON printed: the result without its per-customer arrays, and the top customers worth saving. */
function printed(r: RetentionDecisionResult, top: number) {
  const { perCustomer, ranked, rankedIds, ...rest } = r;
  return {
    ...rest,
    worthSaving: ranked.length,
    top: decisionList(r, top).rows.map((row) => ({
      customer: row[0],
      churnType: row[1],
      plan: row[2],
      risk: row[3],
      value: row[4],
      expectedValueSaved: row[5],
      maxRetentionSpend: row[6],
    })),
    perCustomerLength: perCustomer.risk.length,
    rankedIdsLength: rankedIds.length,
  };
}

export const decision: Command = {
  name: 'decision',
  kind: 'retention-decision',
  usage: `<file>... ${SOURCE_OPTIONS} [--who not-churned|all] [--save TYPE=P ...] [--plan TYPE=PLAN ...] [--offer-cost PLAN=AMOUNT ...] [--top N] [--list list.csv|.xlsx] [--role ROLE=column ...] [--definition JSON] [--as-of YYYY-MM-DD] ${TABLE_OUT} ${READ_OPTIONS}`,
  run(engine, args, summary) {
    const { model, ...options } = optionsOf(args);
    const top = numberFlag(args, 'top', 'a number of customers') ?? 20;
    const list = flag(args, 'list');
    const ext = list === undefined ? '' : extname(list).toLowerCase();
    if (list !== undefined && ext !== '.csv' && ext !== '.xlsx')
      throw new UsageError('--list must end in .csv or .xlsx');
    const built = engine.buildCustomerTable(summary.id, customerSpec(args, summary));
    if (!built.ok) return { code: 2, error: built.issues[0].message };
    const fitted = fitAskedModel(engine, summary.id, model as never);
    if (fitted !== null) return { code: 2, error: fitted };
    const result = engine.analyze(summary.id, 'retention-decision', options);
    if (!result.ok) return { code: 2, error: result.issues[0].message };
    if (list !== undefined) writeFileSync(list, exportFile(decisionList(result.value), ext.slice(1) as 'csv' | 'xlsx'));
    const refused = writeTableOut(engine, args, summary.id);
    if (refused !== null) return { code: 2, error: refused };
    return { code: 0, out: printed(result.value, top) };
  },
};
