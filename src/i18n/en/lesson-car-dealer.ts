/** Lesson: the car dealer's 6/12-month at-risk window (src/lessons/carDealer.ts). */
export const messages = {
  'lesson-car-dealer.title': 'The car dealer: at risk after 6 months, lost after 12',
  'lesson-car-dealer.summary': 'Inactivity definitions: a 6-month at-risk window before the 12-month churn line.',
  'lesson-car-dealer.intro':
    'A car dealer\'s customers come back for service and parts. The dealer calls a customer who has not been seen for 6 months "at risk" and one not seen for 12 months "lost". With no contract to end, churn is a definition the analyst chooses. The data are 2,000 customers\' purchases generated with planted repeat-buying parameters (BG/NBD, seed 3); the churn definition is 12 months (365 days) without a purchase, with customers silent for 6 months (180 days) or more at risk.',
  'lesson-car-dealer.cell1.title': 'Churned after 12 months, at risk after 6',
  'lesson-car-dealer.cell1.explain':
    'The definition lab counts churners under the 6-month and the 12-month rule on the same customers, and how many customers the two rules judge differently.',
  'lesson-car-dealer.cell1.q1': 'How many customers are at risk, and how many are lost?',
  'lesson-car-dealer.cell1.a1':
    'Of {customers} customers, {churned} are lost (12 months without a purchase, {rate365}) and {atRisk} are at risk: silent for 6 months or more but less than 12. Those are the customers still worth a call.',
  'lesson-car-dealer.cell1.q2': 'What changes if the dealer calls customers lost after 6 months instead of 12?',
  'lesson-car-dealer.cell1.a2':
    'The churn rate rises from {rate365} to {rate180}: the two rules disagree on {disagree} customers — exactly the at-risk group. A shorter window reports more churn and reports it sooner; a longer one waits for certainty. The at-risk band between them is where retention work pays.',
} as const;
