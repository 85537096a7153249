/**
 * `economics <file>... [--risk ...] [--value ...] [--rank-by risk|expected-loss]
 * [--contact-cost X] [--offer-cost X] [--acceptance P] [--reach P] [--acquisition-ratio R]
 * [--retention-gain P] [--discount D] [--treatment COLUMN=VALUE[,VALUE]] [--campaign-date D]
 * [--window DAYS]`: retention economics
 * (kind retention-economics) as JSON — the campaign what-if with the best k and the contacts
 * sentence, "+N points of retention", the campaign against a control group, and churn in the
 * window before the campaign day against the window after it.
 */
import { oneOf, flag, UsageError, type ParsedArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { customerSpec } from '../customerSpec.ts';
import { READ_OPTIONS } from '../opening.ts';
import { fitAskedModel, numberFlag, SOURCE_OPTIONS, sourcesOf } from '../retentionSources.ts';
import type { RetentionEconomicsOptions, RetentionEconomicsResult } from '../../src/engine/api.ts';

function optionsOf(args: ParsedArgs): RetentionEconomicsOptions & { model?: string } {
  const treatmentText = flag(args, 'treatment');
  let treatment: RetentionEconomicsOptions['treatment'];
  if (treatmentText !== undefined) {
    const eq = treatmentText.indexOf('=');
    if (eq < 1) throw new UsageError('--treatment takes COLUMN=VALUE[,VALUE] (the values that mean "got the offer")');
    treatment = { column: treatmentText.slice(0, eq), treated: treatmentText.slice(eq + 1).split(',') };
  }
  const n = (name: string, what: string) => numberFlag(args, name, what);
  return {
    ...sourcesOf(args),
    rankBy: oneOf(args, 'rank-by', ['risk', 'expected-loss'] as const),
    contactCost: n('contact-cost', 'an amount per contact'),
    offerCost: n('offer-cost', 'an amount per accepted offer'),
    acceptance: n('acceptance', 'a share from 0 to 1'),
    reach: n('reach', 'a share of churners from 0 to 1'),
    acquisitionRatio: n('acquisition-ratio', 'a ratio, e.g. 5'),
    retentionGain: n('retention-gain', 'points of retention as a share, e.g. 0.05'),
    discount: n('discount', 'an annual discount rate, e.g. 0.1'),
    treatment,
    campaignDate: flag(args, 'campaign-date'),
    windowDays: n('window', 'a number of days, e.g. 90'),
  };
}

/** The sentence the course writes, on the user's data. */
export function contactsSentence(r: RetentionEconomicsResult): string {
  const c = r.campaign.contacts;
  return `To reach ${Math.round(c.reach * 100)} % of the ${Math.round(c.churners)} churners: ${c.withModel} contacts ranked by ${r.stamp.parameters.rankBy === 'risk' ? 'risk' : 'expected loss'} vs ${c.withoutModel} without a model.`;
}

export const economics: Command = {
  name: 'economics',
  kind: 'retention-economics',
  usage: `<file>... ${SOURCE_OPTIONS} [--rank-by risk|expected-loss] [--contact-cost X] [--offer-cost X] [--acceptance P] [--reach P] [--acquisition-ratio R] [--retention-gain P] [--discount D] [--treatment COLUMN=VALUE[,VALUE]] [--campaign-date YYYY-MM-DD] [--window DAYS] [--role ROLE=column ...] [--definition JSON] [--as-of YYYY-MM-DD] ${READ_OPTIONS}`,
  run(engine, args, summary) {
    const { model, ...options } = optionsOf(args);
    const built = engine.buildCustomerTable(summary.id, customerSpec(args, summary));
    if (!built.ok) return { code: 2, error: built.issues[0].message };
    const fitted = fitAskedModel(engine, summary.id, model as never);
    if (fitted !== null) return { code: 2, error: fitted };
    const result = engine.analyze(summary.id, 'retention-economics', options);
    if (!result.ok) return { code: 2, error: result.issues[0].message };
    return { code: 0, out: { ...result.value, contactsText: contactsSentence(result.value) } };
  },
};
