import type { AreaMessages } from '../area.ts';
import type { Role } from '../../engine/api.ts';

/** Every role needs a label, checked by the compiler. */
export const messages = {
  'role.customer_id': 'Customer ID',
  'role.date': 'Transaction date',
  'role.amount': 'Amount',
  'role.quantity': 'Quantity',
  'role.price': 'Unit price',
  'role.cost': 'Cost',
  'role.signup_date': 'Signup date',
  'role.churn_date': 'Churn date',
  'role.churn_flag': 'Churn flag',
  'role.tenure': 'Tenure',
  'role.reason': 'Churn reason',
  'role.value': 'Customer value',
  'role.attribute': 'Attribute',
  'role.ignore': 'Ignore',
} as const satisfies AreaMessages<'role'> & Record<`role.${Role}`, string>;
