/** Lesson: the 20/80 rule of core customers (src/lessons/pareto.ts). */
export const messages = {
  'lesson-pareto.title': 'The 20/80 rule: core customers',
  'lesson-pareto.summary': 'Do the top 20 % of customers bring 80 % of the value? Checked on the CDNOW sample.',
  'lesson-pareto.intro':
    'The 20/80 rule says that about a fifth of the customers bring about four fifths of the value: they are the core customers to keep first. It is a rule of thumb, not a law. The data are the built-in CDNOW sample: 2,357 customers of an online music shop and their purchases in 1997–98. Tier A is set to the top 20 % of customers by value; churn is 180 days without a purchase.',
  'lesson-pareto.cell1.title': 'How much of the value the top customers bring',
  'lesson-pareto.cell1.explain':
    'The value-tier cell ranks the customers by what they spent. The Pareto curve beside the tiers shows the running share of the value against the share of customers, from the top down; its mark at 20 % is the 20/80 reading.',
  'lesson-pareto.cell1.q1': 'What share of the value do the top 20 % of the customers bring?',
  'lesson-pareto.cell1.a1':
    "{top20}. Less than the rule's 80 %, yet a fifth of the customers still bring two thirds of the value: the rule's point holds, its numbers are a rough guide. Check them on each company's own data.",
  'lesson-pareto.cell1.q2': 'Do the core customers churn less than the rest?',
  'lesson-pareto.cell1.a2':
    "Yes: tier A churns {aRate}, tier C {cRate} (overall {overall}). Many of CDNOW's customers bought once and never again; the core customers are the ones who keep coming back — and the ones whose loss costs most.",
} as const;
