/**
 * A hand-made transaction log whose columns vary within customers in every way the rules must
 * handle (ties, empty cells, a return, same-day rows, numbers), with each customer's values
 * worked out by hand; read by the engine and the command-line tests of attribute rules.
 */
// As of 2024-03-31, churned = no purchase for more than 35 days.
export const LOG = [
  'customer_id,date,amount,StockCode,Country,Size,Segment',
  // a: X, Y, X, Y — a tie (2 each) goes to Y, seen latest (03-01); 2 distinct. Size 1, 2, 1, 5:
  //    mode 1, 3 distinct, latest 5. Last purchase 03-01: 30 days, active.
  'a,2024-01-05,10,X,UK,1,S1',
  'a,2024-01-20,10,Y,UK,2,S1',
  'a,2024-02-10,10,X,UK,1,S1',
  'a,2024-03-01,10,Y,UK,5,S1',
  // b: Z, Z, X, (empty) — mode Z; latest is the empty cell; 2 distinct. Country France, France,
  //    Germany, France: varies, mode France. Size 3, 3, 4, (empty): mode 3, 2 distinct. Last 02-20: 40 days, churned.
  'b,2024-01-10,10,Z,France,3,S2',
  'b,2024-01-10,10,Z,France,3,S2',
  'b,2024-02-15,10,X,Germany,4,S2',
  'b,2024-02-20,10,,France,,S2',
  // c: one row, W. Last 03-10: 21 days, active.
  'c,2024-03-10,10,W,UK,7,S1',
  // d: X, and a return of Q (not a purchase, so not one of d's values). Last purchase 01-15: 76 days, churned.
  'd,2024-01-15,10,X,UK,2,S2',
  'd,2024-03-20,-10,Q,UK,9,S2',
  // e: A then B on the same day — a tie goes to B, later in the file; 2 distinct. Last 02-01: 59 days, churned.
  'e,2024-02-01,10,A,UK,1,S1',
  'e,2024-02-01,10,B,UK,2,S1',
].join('\n');
