/** Lesson: the student-dropout survey (src/lessons/students.ts). */
export const messages = {
  'lesson-students.title': 'Student dropout: churn is not only about customers',
  'lesson-students.summary':
    'A university\'s students leaving before they graduate: the same analysis, other "customers".',
  'lesson-students.intro':
    'The course\'s dropout survey asks why students leave before they graduate. A student who drops out is a churned "customer" of the university: the same questions apply — how many leave, which groups leave most, and when to act. The data are 1,000 students generated with dropout rates planted by year of study (illustrative: 12 % in the first year, 7 % in the second, 4 % in the third, 2 % in the fourth; seed 11).',
  'lesson-students.cell1.title': 'Dropout by year of study',
  'lesson-students.cell1.explain':
    'The churn-by-attribute cell counts dropouts in each year of study, with a 95 % interval for each rate and its ratio to the overall rate.',
  'lesson-students.cell1.q1': 'Who are the "customers" here, and what is churn? How many left?',
  'lesson-students.cell1.a1':
    'The students are the customers and dropping out is churn: {dropped} of 1,000 students left, {overall}. The tools are the same; only the words change.',
  'lesson-students.cell1.q2': 'Where should the university act first?',
  'lesson-students.cell1.a2':
    'In the first year: {year1} of first-year students drop out, {ratio1} times the overall rate, against {year4} in the fourth year. As with new customers in their first months, the first year is when students are most likely to leave and when support (tutoring, orientation) matters most.',
} as const;
