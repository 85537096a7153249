/** `churn-by-attribute <file>... --column NAME[:rule]`: churn rate by the column's values, with Wilson intervals and risk ratios. */
import type { AttributeRules } from '../../src/engine/api.ts';
import { flag, UsageError } from '../args.ts';
import { analysisCommand } from '../analysisCommand.ts';
import { attributeRef, RULE_SUFFIX, stated } from '../attributeRefs.ts';
import { keyedRecord } from '../../src/core/columns/keyedRecord.ts';

export const churnByAttribute = analysisCommand('churn-by-attribute', `--column NAME${RULE_SUFFIX}`, (args) => {
  const named = flag(args, 'column');
  if (!named)
    throw new UsageError(
      'churn-by-attribute needs --column NAME, e.g. --column Contract (a column that varies within customers takes a rule: --column StockCode:most-frequent)',
    );
  const rules: AttributeRules = keyedRecord();
  const column = attributeRef(named, rules);
  return { column, ...stated(rules) };
});
