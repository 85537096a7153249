import type { messages as en } from '../en/outline.ts';

export const messages: Record<keyof typeof en, string> = {
  'outline.heading': '目录',
  'outline.show': '目录（{count} 个单元）',
  'outline.hint': '点击跳转到单元；拖动或按 Alt+↑/↓ 调整顺序。',
  'outline.moved': '{title}：现为第 {position} 个，共 {count} 个。',
  'outline.placeholder': '滚动到此处时绘制。',
  'outline.data': '数据',
  'outline.dataFacts': '{name} · {rows} 行 × {columns} 列',
  'outline.rolesSet': '角色：{roles}',
  'outline.rolesNone': '尚未确认角色',
  'outline.roleColumn': '{role}：{column}',
  'outline.rolesMore': '{count} 个属性',
  'outline.present': '演示',
  'outline.presentation': '演示视图',
  'outline.position': '{position} / {count}',
  'outline.previous': '上一个',
  'outline.next': '下一个',
  'outline.leave': '退出',
  'outline.keys': '← → Page Up/Down 空格：翻页 · Esc：退出',
  'outline.definition': '流失定义：{definition}',
  'outline.noDefinition': '流失定义：尚未设定——请打开数据并确认列角色。',
};
