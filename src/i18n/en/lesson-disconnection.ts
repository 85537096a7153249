/** Lesson: the disconnection tree (src/lessons/disconnection.ts). */
export const messages = {
  'lesson-disconnection.title': 'The disconnection tree: voluntary or involuntary?',
  'lesson-disconnection.summary': 'Non-payment versus customer-initiated: who ended the relationship?',
  'lesson-disconnection.intro':
    "Not every lost customer chose to leave. The course splits disconnections into a tree: voluntary churn, where the customer ends the relationship (a competitor's offer, disappointment with price or service), and involuntary churn, where the company disconnects them (non-payment) or life moves them away. Each branch calls for a different response. The data are the built-in teaching sample of 2,000 subscribers whose churn reasons were planted by plan.",
  'lesson-disconnection.cell1.title': 'Why customers left: the disconnection tree',
  'lesson-disconnection.cell1.explain':
    'The churn-reasons cell counts the reasons churners gave (some gave several), maps each to a churn type and draws the tree: voluntary on one side, involuntary (non-payment, moving away) on the other. Shares are of the churners who gave a reason.',
  'lesson-disconnection.cell1.q1': 'How are the {withReason} churners with a reason split between the branches?',
  'lesson-disconnection.cell1.a1':
    'Voluntary reasons are named by {voluntary} of them, involuntary ones by {involuntary}; the two add to more than 100 % because a churner may name several reasons. Most churn here is customer-initiated, so it can be argued with (offers, service); the involuntary branch calls for credit checks and payment reminders, not discounts.',
  'lesson-disconnection.cell1.q2': "Which plan's churners are disconnected for non-payment more often?",
  'lesson-disconnection.cell1.a2':
    'Basic: {basicNonPayment} of its churners with a reason name non-payment, against {premiumNonPayment} on Premium (planted: each churner names it with probability 0.12 on Basic and 0.04 on Premium; the shares here are what the sample drew). Cheaper plans attract customers who pay less reliably — a reason to check credit at signup rather than to cut prices.',
} as const;
