/** Several churn definitions on one customer table, and where they disagree. */
import type { ChurnDefinition } from './customer-table.ts';

export interface DefinitionComparison {
  asOf: string;
  definitions: { definition: ChurnDefinition; text: string; churned: number; rate: number }[];
  /** For each pair (a, b): customers churned under one and not the other. */
  disagreements: { a: number; b: number; count: number }[];
  /** Customers on whom at least two definitions disagree (the first 500). */
  customers: { customerId: string; churned: boolean[] }[];
  disagreeingTotal: number;
}
