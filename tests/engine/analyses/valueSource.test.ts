/**
 * The value tiers never said what "value" is: on Telco both MonthlyCharges and TotalCharges have
 * the role Value and the tiers rank by TotalCharges alone. The customer table now says where its
 * value came from, and the value-tiers cell words it in English and Chinese.
 */
import { afterEach, expect, it } from 'vitest';
import { i18n } from '../../../src/i18n/i18n.svelte.ts';
import { valueSourceText } from '../../../src/workbook/cells/value-tiers/valueSourceText.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { CDNOW_SAMPLE, sourceFile, TELCO } from '../../sharedData.ts';
import { rolesOf, value } from './analysisFixtures.ts';

afterEach(() => i18n.setLocale('en'));

it('Telco: value is TotalCharges, MonthlyCharges has the role too and is not used', async () => {
  const engine = createEngine();
  const s = value(await engine.openDataset([await sourceFile(TELCO)]));
  const roles = rolesOf(s);
  // Both columns were given the role Value by the app's guess.
  expect([roles.MonthlyCharges, roles.TotalCharges]).toEqual(['value', 'value']);
  const table = value(engine.buildCustomerTable(s.id, { roles, definition: { kind: 'flag' } }));
  expect(table.valueSource).toEqual({ from: 'column', column: 'TotalCharges', unused: ['MonthlyCharges'] });
  expect(valueSourceText(table.valueSource!)).toBe(
    'Value: the column “TotalCharges” (role Value), one number per customer. Also with the role Value but not used: “MonthlyCharges” (the tiers rank by one column, the one named as a total).',
  );
  i18n.setLocale('zh-CN');
  expect(valueSourceText(table.valueSource!)).toContain('“TotalCharges”');
  expect(valueSourceText(table.valueSource!)).toContain('未使用：“MonthlyCharges”');
});

it('CDNOW: value is the amount column summed per customer', async () => {
  const engine = createEngine();
  const s = value(await engine.openDataset([await sourceFile(CDNOW_SAMPLE)]));
  const roles = rolesOf(s, { column_2: 'ignore' });
  const amount = Object.keys(roles).find((c) => roles[c] === 'amount')!;
  const table = value(engine.buildCustomerTable(s.id, { roles, definition: { kind: 'inactivity', days: 180 } }));
  expect(table.valueSource).toEqual({ from: 'amount', column: amount });
  expect(valueSourceText(table.valueSource!)).toBe(`Value: each customer’s “${amount}” summed over their purchases.`);
});
