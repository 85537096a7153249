import { describe, expect, it } from 'vitest';
import { inferColumnType } from '../../../src/core/cellText/typeInference.ts';
import { booleanSpelling } from '../../../src/engine/api.ts';

const infer = (values: string[], name = 'x') => inferColumnType(values, name);

describe('inferColumnType', () => {
  it('inferColumnType reads integers and decimals, skipping empty cells', () => {
    expect(infer(['1', '2', '', '40']).type).toBe('integer');
    expect(infer(['29.85', '1889.5', ' ', '108.15']).type).toBe('decimal');
  });
  it('inferColumnType reads booleans in English and Chinese', () => {
    expect(infer(['Yes', 'No', 'yes']).type).toBe('boolean');
    expect(infer(['是', '否', '是']).type).toBe('boolean');
    expect(infer(['1', '0', '0']).type).toBe('boolean');
  });
  it('inferColumnType names the commonest spelling of yes and of no, as the data writes them', () => {
    expect(infer(['Yes', 'No', 'yes', 'Yes ']).format).toBe('Yes/No');
    expect(infer(['是', '否', '是']).format).toBe('是/否');
    expect(infer(['1', '0', '0']).format).toBe('1/0');
    expect(inferColumnType(['y', 'Yes', 'no'], 'x', undefined, [1, 5, 2]).format).toBe('Yes/no');
    expect(booleanSpelling(infer(['No', 'no']).format)).toEqual({ yes: '', no: 'No' });
    expect(booleanSpelling('YYYY-MM-DD')).toBeNull();
  });
  it('inferColumnType keeps codes with leading zeros as identifiers', () => {
    const r = infer(['00042', '00107', '00001']);
    expect(r.type).toBe('identifier');
  });
  it('inferColumnType keeps "1-10" as text, never a date', () => {
    expect(infer(['1-10', '11-20', '21-30', '1-10']).type).toBe('categorical');
  });
  it('inferColumnType reads YYYYMMDD columns as dates only when every cell is one', () => {
    expect(infer(['19970101', '19970218']).type).toBe('date');
    expect(infer(['19970101', '123']).type).not.toBe('date');
    // One 99991231 placeholder keeps the column dates (the quality report then names it).
    expect(infer(['19970101', '99991231', '19970218']).type).toBe('date');
  });
  it('inferColumnType decides DD/MM from a row with a day above 12', () => {
    const r = infer(['03/04/2024', '25/04/2024']);
    expect(r.type).toBe('date');
    expect(r.dateOrder).toBe('dmy');
  });
  it('inferColumnType asks instead of guessing when no row decides the day/month order', () => {
    const r = infer(['03/04/2024', '05/06/2024']);
    expect(r.type).toBe('text');
    expect(r.dateOrderUnknown?.examples).toEqual(['03/04/2024', '05/06/2024']);
    expect(inferColumnType(['03/04/2024', '05/06/2024'], 'x', 'mdy').dateOrder).toBe('mdy');
  });
  it('inferColumnType reads decimal commas when a cell proves them', () => {
    const r = infer(['1.234,56', '12,5', '3']);
    expect(r.type).toBe('decimal');
    expect(r.decimal).toBe(',');
  });
  it('inferColumnType keeps a mostly numeric column as text and names the cells that stopped it', () => {
    const values = Array.from({ length: 100 }, (_, i) => String(i));
    values[17] = 'abc';
    const r = infer(values);
    expect(r.type).not.toBe('integer');
    expect(r.nearMiss?.type).toBe('integer');
    expect(r.nearMiss?.misses.indices).toEqual([17]);
    expect(r.nearMiss?.misses.examples).toEqual(['abc']);
  });
  it('inferColumnType reads datetimes when any cell has a time', () => {
    expect(infer(['2010-12-01 08:26:00', '2010-12-02']).type).toBe('datetime');
  });
  it('inferColumnType marks unique short codes as identifiers and repeated labels as categories', () => {
    expect(infer(['7590-VHVEG', '5575-GNVDE', '3668-QPYBK']).type).toBe('identifier');
    expect(infer(['Month-to-month', 'One year', 'Two year', 'One year', 'Month-to-month']).type).toBe('categorical');
  });
  it('inferColumnType treats an all-empty column as text', () => {
    expect(infer(['', '', '']).type).toBe('text');
  });
  it('inferColumnType reads currency and percent columns as decimals', () => {
    expect(infer(['¥1,200', '¥35.5']).type).toBe('decimal');
    expect(infer(['12%', '40%']).type).toBe('decimal');
  });
});
