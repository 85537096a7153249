/** What each data shape needs mapped before the customer table can be built. */
import type { Role, Shape } from '../engine/api.ts';

/** One requirement: any of these role sets satisfies it (each set needs all its roles). */
export type Requirement = Role[][];

export const SHAPE_REQUIREMENTS: Record<Shape, Requirement[]> = {
  transactions: [[['customer_id']], [['date']], [['amount'], ['quantity', 'price']]],
  customers: [[['customer_id']], [['churn_flag'], ['tenure']]],
  unknown: [],
};

export function missingRequirements(shape: Shape, roles: readonly Role[]): Requirement[] {
  const present = new Set(roles);
  return SHAPE_REQUIREMENTS[shape].filter(
    (alternatives) => !alternatives.some((set) => set.every((r) => present.has(r))),
  );
}
