/** Lesson: the swimwear exporter's missed seasonal order (src/lessons/swimwear.ts). */
export const messages = {
  'lesson-swimwear.title': 'The swimwear exporter: a missed spring order',
  'lesson-swimwear.summary':
    'A customer who orders every spring did not order this spring: the seasonal early warning.',
  'lesson-swimwear.intro':
    "A swimwear exporter's buyers order once a year, in March, for the summer. One spring a long-standing buyer places no order. Nothing else has changed: no complaint, no cancellation. Is that buyer lost? The data are 1,000 such buyers generated with one order a year in March from 2023 and a planted 30 % chance of stopping before each later season (seed 7), looked at on 30 April 2025, just after the season. The churn definition is 450 days without an order: a yearly buyer is not churned merely for being between seasons.",
  'lesson-swimwear.cell1.title': "Who missed this spring's order",
  'lesson-swimwear.cell1.explain':
    'The early-warning cell here runs only the seasonal rule: it flags a customer who bought in a month last year and not in that month this year. It reads complete months only, so on 30 April the March season is judged.',
  'lesson-swimwear.cell1.q1': 'How many buyers skipped this March although they ordered last March?',
  'lesson-swimwear.cell1.a1':
    "{flagged} of the {customers} buyers. Every one of them ordered in March 2024 and not in March 2025: the missed seasonal order is the course's early warning. Under the 450-day definition none of them is churned yet ({churned} churned buyers are those who stopped a season earlier), so this is the moment to call them.",
  'lesson-swimwear.cell1.q2': 'Why would a rule such as "revenue fell for three months" miss these buyers?',
  'lesson-swimwear.cell1.a2':
    'A seasonal buyer has no revenue for eleven months of every year, loyal or not. Only a comparison with the same season a year earlier tells a missed order from the usual quiet months.',
  'lesson-swimwear.cell2.title': '180 or 450 days without an order?',
  'lesson-swimwear.cell2.explain':
    'The definition lab sets two inactivity definitions side by side on the same buyers: the usual 180 days and the 450 days this lesson uses.',
  'lesson-swimwear.cell2.q1': 'Why not use the usual 180-day definition for these buyers?',
  'lesson-swimwear.cell2.a1':
    'Under 180 days without an order, {rate180} of the buyers count as churned, because anyone who last ordered a year ago looks gone; under 450 days, {rate450}. A window shorter than the buying cycle calls loyal seasonal buyers churned; the definition must fit how often customers buy.',
} as const;
