/** Lesson: the telecom model-targeting example (src/lessons/telecom.ts). */
export const messages = {
  'lesson-telecom.title': 'Telecom: how many calls a churn model saves',
  'lesson-telecom.summary': '190 real churners (6.13 %): 1,455 contacts without a model, 712 with one.',
  'lesson-telecom.intro':
    "In the course's telecom case, 190 customers really churned — 6.13 % of the customers scored. A retention campaign that calls customers at random must reach 1,455 people to find the churners it is after; calling from the top of the model's risk list, 712 (3.00 %) are enough. Here the app fits its own churn model on IBM's Telco sample (7,043 customers) and does the same arithmetic on customers the model has not seen.",
  'lesson-telecom.cell1.title': 'Targeting the calls with a churn model',
  'lesson-telecom.cell1.explain':
    'The churn-risk cell fits a logistic regression on three quarters of the customers and scores the held-out quarter. Its gains table shows how many of the churners each tenth of the risk list holds; the "reach" line tells how many customers from the top of the list find 80 % of the churners, and how many a random list would need.',
  'lesson-telecom.cell1.q1': "In the course's case, how much smaller is the campaign with the model, and why?",
  'lesson-telecom.cell1.a1':
    '712 ÷ 1,455 = 0.49: about half the calls for the same churners. The model puts the customers most likely to leave at the top of the list, so each call finds a churner more often than a random call does (6.13 % of the time).',
  'lesson-telecom.cell1.q2': 'What does the app find on the Telco test customers? Compare with the course.',
  'lesson-telecom.cell1.a2':
    "Of the {tested} test customers, {churners} churned ({rate}). To find 80 % of them ({reached}), a random list needs {random} calls; the model's list {withModel}. That is {ratio} of the random campaign, close to the course's 0.49. Telco's churn rate is much higher than 6.13 %, so even a random call often reaches a churner; with rarer churn a good model saves a larger share of the calls.",
} as const;
