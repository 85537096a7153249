/** Lesson: the A/B/C tiers (src/lessons/tiers.ts). */
export const messages = {
  'lesson-tiers.title': 'A/B/C tiers: why overall churn is 23 %',
  'lesson-tiers.summary': '10 / 30 / 60 % of customers churning 5 / 15 / 30 %: the overall rate is a weighted mean.',
  'lesson-tiers.intro':
    "A company ranks its customers by value: the top 10 % are tier A, the next 30 % tier B, the remaining 60 % tier C. A loses 5 % of its customers a year, B 15 %, C 30 %. What is the company's churn rate? The data here are 1,000 customers generated with exactly these tiers planted (seed 1), so what the app computes can be checked against the course.",
  'lesson-tiers.cell1.title': 'Churn in value tiers A, B and C',
  'lesson-tiers.cell1.explain':
    'The value-tier cell ranks the customers by their annual value and cuts them into A (top 10 %), B (next 30 %) and C (the rest), then counts who churned in each tier. The line across the bars is the overall rate.',
  'lesson-tiers.cell1.q1': 'What churn rate does each tier have, and what is the overall rate?',
  'lesson-tiers.cell1.a1':
    'A {aRate}, B {bRate}, C {cRate}; overall {overall}. The overall rate is the weighted mean of the tier rates, each weighted by its share of the customers: 0.1 × 5 % + 0.3 × 15 % + 0.6 × 30 % = 0.5 % + 4.5 % + 18 % = 23 %.',
  'lesson-tiers.cell1.q2': 'Why is the overall rate not (5 % + 15 % + 30 %) ÷ 3 = 16.7 %?',
  'lesson-tiers.cell1.a2':
    "The simple mean counts each tier once, as if the tiers were the same size. Tier C holds six times as many customers as tier A and churns most, so it pulls the overall rate up to {overall}. A rate over a whole base is always a mean weighted by the groups' sizes.",
  'lesson-tiers.cell1.q3': 'Tier A churns least. Does that make it the tier to forget?',
  'lesson-tiers.cell1.a3':
    'No: tier A holds {aValue} of all the value. Losing one A customer costs far more than losing one C customer, so a lower rate can still be the larger loss — count value, not only heads.',
  'lesson-tiers.cell2.title': 'Churn by the planted tier',
  'lesson-tiers.cell2.explain':
    'The generator also wrote each customer\'s planted tier into the column "tier". Churn by that column is what was planted; the cell above worked the tiers out from the values alone.',
  'lesson-tiers.cell2.q1': 'Do the planted tiers give the same rates as the tiers the app found by value?',
  'lesson-tiers.cell2.a1':
    "Yes: the planted tier A churns {plantedA}, as the app's tier A does ({aRate}). The planted value ranges do not overlap, so ranking by value gives back exactly the planted tiers — the method recovers what was planted.",
} as const;
