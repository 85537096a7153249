import type { messages as en } from '../en/lesson.ts';

export const messages: Record<keyof typeof en, string> = {
  'lesson.heading': '课程案例',
  'lesson.about':
    '课程中的原有案例，每个都是现成的工作簿，数据来自内置样例或按案例参数生成的教学数据：先读每个单元上方的讲解，再回答问题。',
  'lesson.open': '打开案例',
  'lesson.menu': '课程案例',
  'lesson.menuClose': '收起课程案例',
  'lesson.data.sample': '数据：内置样例 {name}',
  'lesson.data.generated': '数据：教学数据，{customers} 个客户，随机种子 {seed}',
  'lesson.opening': '正在打开案例“{title}”……',
  'lesson.failed': '无法打开该案例：{reason}',
  'lesson.current': '案例',
  'lesson.close': '关闭案例',
  'lesson.questions': '思考题',
  'lesson.question': '问题 {n}',
  'lesson.showAnswer': '显示答案',
  'lesson.hideAnswer': '隐藏答案',
  'lesson.computing': '……',
};
