/** Lessons: the list, a lesson's header, the questions beside its cells (src/lessons). */
export const messages = {
  'lesson.heading': 'Lessons',
  'lesson.about':
    "The course's own cases, each a ready workbook on a built-in sample or on teaching data generated with the case's planted parameters: read the explanation above each cell, then answer the questions.",
  'lesson.open': 'Open lesson',
  'lesson.menu': 'Lessons',
  'lesson.menuClose': 'Hide lessons',
  'lesson.data.sample': 'Data: built-in sample {name}',
  'lesson.data.generated': 'Data: teaching data, {customers} customers, seed {seed}',
  'lesson.opening': 'Opening the lesson “{title}”…',
  'lesson.failed': 'The lesson could not be opened: {reason}',
  'lesson.current': 'Lesson',
  'lesson.close': 'Close the lesson',
  'lesson.questions': 'Questions',
  'lesson.question': 'Question {n}',
  'lesson.showAnswer': 'Show answer',
  'lesson.hideAnswer': 'Hide answer',
  'lesson.computing': '…',
} as const;
