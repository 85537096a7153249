/** Which query a cell's SQL action shows, from its saved settings (src/workbook/sqlRequest.ts). */
import { describe, expect, it } from 'vitest';
import { SQL_UNSUPPORTED, sqlRequest } from '../../src/workbook/sqlRequest.ts';
import { messages as en } from '../../src/i18n/en/sql.ts';
import { messages as zh } from '../../src/i18n/zh-CN/sql.ts';
import { generateSql } from '../../src/sql/index.ts';

describe('sqlRequest', () => {
  it('reads the generator options from the cells that reduce data, and none for the others', () => {
    expect(sqlRequest('retention-triangle', { period: 'quarter' })).toEqual({
      kind: 'retention-triangle',
      options: { period: 'quarter' },
    });
    expect(sqlRequest('survival', { duration: 'activity' })).toEqual({
      kind: 'survival',
      options: { durationMeasure: 'activity' },
    });
    expect(sqlRequest('rfm', { bins: 4, monetary: 'mean' })).toEqual({
      kind: 'rfm',
      options: { scheme: 'quintile', bins: 4, monetary: 'mean' },
    });
    // The eight classes: no bins (the engine ignores them there too).
    expect(sqlRequest('rfm', { scheme: 'median8', bins: 4 })).toEqual({
      kind: 'rfm',
      options: { scheme: 'median8', monetary: 'total' },
    });
    expect(sqlRequest('revenue-movements', {})).toEqual({ kind: 'revenue-movements', options: {} });
    expect(sqlRequest('clusters', {})).toBeNull();
  });

  it('names the settings the generator does not write', () => {
    expect(sqlRequest('retention-triangle', { windows: 'rolling', period: 'week' })).toEqual({
      kind: 'retention-triangle',
      options: { period: 'week', windows: 'rolling' },
    });
    expect(sqlRequest('retention-triangle', { cohortBy: 'Country' })).toEqual({
      kind: 'retention-triangle',
      options: { period: 'month', cohortBy: 'Country' },
    });
    expect(sqlRequest('retention-triangle', { cohortBy: 'Country', breakdown: 'StockCode' })).toEqual({
      kind: 'retention-triangle',
      unsupported: 'cohort-by',
    });
    expect(sqlRequest('retention-triangle', { cohortBy: 'StockCode', rules: { StockCode: 'most-frequent' } })).toEqual({
      kind: 'retention-triangle',
      unsupported: 'attribute-rule',
    });
    // A breakdown is written (the value on the latest purchase day), unless read by another rule.
    expect(sqlRequest('retention-triangle', { breakdown: 'Country', measure: 'revenue' })).toEqual({
      kind: 'retention-triangle',
      options: { period: 'month', group: 'Country' },
    });
    expect(sqlRequest('retention-triangle', { breakdown: 'StockCode', rules: { StockCode: 'latest' } })).toEqual({
      kind: 'retention-triangle',
      options: { period: 'month', group: 'StockCode' },
    });
    expect(sqlRequest('retention-triangle', { breakdown: 'StockCode', rules: { StockCode: 'most-frequent' } })).toEqual(
      { kind: 'retention-triangle', unsupported: 'attribute-rule' },
    );
    expect(sqlRequest('survival', { group: 'StockCode', rules: { StockCode: 'count-distinct' } })).toEqual({
      kind: 'survival',
      unsupported: 'attribute-rule',
    });
    // A survival curve per group reaches the generator: written when the group is an attribute
    // of the roles, refused with its issue code when it is not.
    const r = sqlRequest('survival', { group: 'Country' });
    expect(r).toEqual({ kind: 'survival', options: { durationMeasure: 'known', group: 'Country' } });
    const settings = {
      definition: { kind: 'inactivity', days: 90 } as const,
      options: r && 'options' in r ? r.options : {},
    };
    const out = generateSql('survival', 'duckdb', { ...settings, roles: { c: 'customer_id', d: 'date' } });
    expect(out.ok ? null : out.issue.code).toBe('unknown-column');
    const grouped = generateSql('survival', 'duckdb', {
      ...settings,
      roles: { c: 'customer_id', d: 'date', Country: 'attribute' },
    });
    expect(grouped.ok).toBe(true);
  });

  it('words every unsupported setting in both languages', () => {
    for (const code of SQL_UNSUPPORTED) {
      const key = `sql.unsupported.${code}` as const;
      expect(en[key as keyof typeof en], key).toMatch(/\w/);
      expect(zh[key as keyof typeof zh], key).toMatch(/\p{Script=Han}/u);
    }
  });
});
