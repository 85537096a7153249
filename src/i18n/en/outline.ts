import type { AreaMessages } from '../area.ts';

/** The workbook's outline, the folded data panels and the presentation view. */
export const messages = {
  'outline.heading': 'Outline',
  'outline.show': 'Outline ({count} cells)',
  'outline.hint': 'Click to go to a cell. Drag, or Alt+↑/↓, to reorder.',
  'outline.moved': '{title}: now {position} of {count}.',
  'outline.placeholder': 'Drawn when it scrolls into view.',
  'outline.data': 'Data',
  'outline.dataFacts': '{name} · {rows} rows × {columns} columns',
  'outline.rolesSet': 'Roles: {roles}',
  'outline.rolesNone': 'no roles confirmed yet',
  'outline.roleColumn': '{role}: {column}',
  'outline.rolesMore': '{count} attributes',
  'outline.half': 'Half width',
  'outline.full': 'Full width',
  'outline.present': 'Present',
  'outline.presentation': 'Presentation',
  'outline.position': '{position} / {count}',
  'outline.previous': 'Previous',
  'outline.next': 'Next',
  'outline.leave': 'Leave',
  'outline.keys': '← → Page Up/Down Space: step · Esc: leave',
  'outline.definition': 'Churn definition: {definition}',
  'outline.noDefinition': 'Churn definition: not set yet — open data and confirm its roles.',
} as const satisfies AreaMessages<'outline'>;
