/**
 * `--risk model[:MODEL]|p-alive|COLUMN` and `--value clv|historical|COLUMN` for the retention
 * commands: `model:tree` (any risk-model) fits that model first, so the decision reads its churn_risk.
 */
import { RISK_MODELS, type RiskModelOptions } from '../src/engine/api.ts';
import { flag, UsageError, type ParsedArgs } from './args.ts';
import type { Engine } from './command.ts';

export const SOURCE_OPTIONS = '[--risk model[:MODEL]|p-alive|COLUMN] [--value clv|historical|COLUMN]';

export function sourcesOf(args: ParsedArgs): { risk?: string; value?: string; model?: RiskModelOptions['model'] } {
  const risk = flag(args, 'risk');
  const value = flag(args, 'value');
  if (risk?.startsWith('model:')) {
    const model = risk.slice('model:'.length) as RiskModelOptions['model'];
    if (!RISK_MODELS.includes(model!)) throw new UsageError(`--risk model:MODEL takes ${RISK_MODELS.join(', ')}`);
    return { risk: 'model', value, model };
  }
  return { risk, value };
}

/** Fits the model asked for by `--risk model:MODEL`; the engine's error line if it cannot. */
export function fitAskedModel(engine: Engine, id: string, model: RiskModelOptions['model']): string | null {
  if (model === undefined) return null;
  const fitted = engine.analyze(id, 'risk-model', { model });
  return fitted.ok ? null : fitted.issues[0].message;
}

export function numberFlag(args: ParsedArgs, name: string, what: string): number | undefined {
  const text = flag(args, name);
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} takes ${what}`);
  return n;
}
