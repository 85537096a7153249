import { describe, expect, it } from 'vitest';
import { recogniseAggregate } from '../../../src/core/inspection/aggregateRecognition.ts';
import {
  CUSTOMER_SQL_COLUMNS,
  KPI_SQL_COLUMNS,
  RFM_SQL_COLUMNS,
  SURVIVAL_SQL_COLUMNS,
  TRIANGLE_SQL_COLUMNS,
} from '../../../src/sql/columns.ts';

describe('recognising an aggregate the generated SQL returned', () => {
  it("names each query's columns as its analysis, in the SQL's order or any other", () => {
    expect(recogniseAggregate(TRIANGLE_SQL_COLUMNS)).toBe('retention-triangle');
    expect(recogniseAggregate(SURVIVAL_SQL_COLUMNS)).toBe('survival');
    expect(recogniseAggregate(KPI_SQL_COLUMNS)).toBe('churn-kpis');
    expect(recogniseAggregate([...TRIANGLE_SQL_COLUMNS].reverse())).toBe('retention-triangle');
  });

  it('is not fooled by a customer table, RFM rows, a missing or an extra column, or a repeated name', () => {
    expect(recogniseAggregate(CUSTOMER_SQL_COLUMNS)).toBeNull();
    expect(recogniseAggregate(RFM_SQL_COLUMNS)).toBeNull();
    expect(recogniseAggregate(TRIANGLE_SQL_COLUMNS.slice(1))).toBeNull();
    expect(recogniseAggregate([...SURVIVAL_SQL_COLUMNS, 'region'])).toBeNull();
    expect(recogniseAggregate(['grp', 'duration_days', 'events', 'events'])).toBeNull();
    // Case matters: the SQL writes lower case, and a log with a "Customers" column is not an aggregate.
    expect(recogniseAggregate(TRIANGLE_SQL_COLUMNS.map((n) => n.toUpperCase()))).toBeNull();
    expect(recogniseAggregate([])).toBeNull();
  });
});
