import type { messages as en } from '../en/roles.ts';

export const messages: Record<keyof typeof en, string> = {
  'roles.heading': '列角色',
  'roles.intro': '请说明每一列的含义。建议值根据列名和数据内容自动给出。',
  'roles.column': '列',
  'roles.type': '类型',
  'roles.role': '角色',
  'roles.roleFor': '{column} 的角色',
  'roles.typeFor': '{column} 的类型',
  'roles.confirm': '确认列角色',
  'roles.confirmed': '列角色已保存到工作簿。',
  'roles.needs.transactions': '交易流水需要客户 ID 和交易日期，以及金额（或数量与单价）。',
  'roles.needs.customers': '客户快照需要客户 ID，以及流失标记或在网时长。',
  'roles.needs.unknown': '暂时无法判断数据形态。请指定客户 ID 和日期（交易流水），或流失标记、在网时长（客户快照）。',
  'roles.missing': '尚缺：{roles}。',
  'roles.complete': '该数据形态所需的角色已全部指定。',
  'roles.or': '{a}或{b}',
  'roles.filter': '查找列',
  'roles.filterCount': '显示 {shown} 列，共 {columns} 列',
  'roles.typeChange': '修改类型后会重新读取文件。',
};
