import type { messages as en } from '../en/role.ts';

export const messages: Record<keyof typeof en, string> = {
  'role.customer_id': '客户 ID',
  'role.date': '交易日期',
  'role.amount': '金额',
  'role.quantity': '数量',
  'role.cost': '成本',
  'role.price': '单价',
  'role.signup_date': '注册日期',
  'role.churn_date': '流失日期',
  'role.churn_flag': '流失标记',
  'role.tenure': '在网时长',
  'role.reason': '流失原因',
  'role.value': '客户价值',
  'role.attribute': '属性',
  'role.ignore': '忽略',
};
