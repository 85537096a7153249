/** Several churn definitions on one customer table, and where they disagree. */
import type { ChurnDefinition } from './customer-table.ts';
import type { ResultStamp } from './stamp.ts';

export interface DefinitionLabOptions {
  /** Two to four definitions applied to the same customers. */
  definitions: ChurnDefinition[];
}

export interface DefinitionComparison {
  stamp: ResultStamp<DefinitionLabOptions>;
  definitions: { definition: ChurnDefinition; churned: number; rate: number }[];
  /** For each pair (a, b): customers churned under one and not the other. */
  disagreements: { a: number; b: number; count: number }[];
  /** Customers on whom at least two definitions disagree (the first 500). */
  customers: { customerId: string; churned: boolean[] }[];
  disagreeingTotal: number;
}
