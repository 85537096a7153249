/**
 * Naming an attribute on the command line: `Column`, or `Column:rule` for a column of a
 * transaction log that varies within customers (StockCode, Description), where the rule says how
 * it becomes one value per customer: latest, most-frequent or count-distinct. Text after the last
 * colon that is not a rule is part of the name (a column may be called "a:b").
 */
import { ATTRIBUTE_VALUE_RULES, type AttributeRules, type AttributeValueRule } from '../src/engine/api.ts';
import { UsageError } from './args.ts';

/** How usage lines show the suffix. */
export const RULE_SUFFIX = `[:${ATTRIBUTE_VALUE_RULES.join('|')}]`;

/** The column named by `text`, its rule (if any) added to `rules` (a keyedRecord); one column, one rule. */
export function attributeRef(text: string, rules: AttributeRules): string {
  const colon = text.lastIndexOf(':');
  const rule = ATTRIBUTE_VALUE_RULES.find((r) => r === text.slice(colon + 1)) as AttributeValueRule | undefined;
  if (colon < 1 || !rule) return text;
  const column = text.slice(0, colon);
  const earlier = Object.hasOwn(rules, column) ? rules[column] : undefined;
  if (earlier && earlier !== rule)
    throw new UsageError(`"${column}" is named with two rules (${earlier} and ${rule}); give it one`);
  rules[column] = rule;
  return column;
}

/** The rules, or nothing when no attribute named one. */
export const stated = (rules: AttributeRules) => (Object.keys(rules).length > 0 ? { attributeRules: rules } : {});
