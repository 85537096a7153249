/**
 * The customer table's summary: counts, the rows left out and why, the data's span and every
 * choice that changes numbers (as-of date, definition, unit, returns, attribute rule), and which
 * attributes differ within customers.
 */
import type { CustomerTableSummary, Shape } from '../api.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import { customerTableColumnNames } from '../../core/customers/customerTable.ts';
import { tenureColumnName } from '../../core/customers/tenureInUnit.ts';
import { isoDate } from '../../core/customers/customerActivity.ts';
import { CHURNED, AT_RISK } from '../../core/customers/churnStatus.ts';
import type { ShapedTable } from './shapedTable.ts';

/** What the spec settled on, as the summary states it. */
export interface StatedChoices {
  shape: Shape;
  definition: CustomerTableSummary['definition'];
  unit: CustomerTableSummary['unit'];
  returns: CustomerTableSummary['returns'];
  idMatching: CustomerTableSummary['idMatching'];
  reasonTypes: CustomerTableSummary['reasonTypes'];
}

export function customerTableSummary(
  ds: LoadedDataset,
  shaped: ShapedTable,
  stated: StatedChoices,
): CustomerTableSummary {
  const { table, leftOutDetail, asOfDay, dataFromDay, dataToDay } = shaped;
  const { shape, definition, unit, returns } = stated;
  let churned = 0;
  let atRisk = 0;
  for (let c = 0; c < table.status.length; c++) {
    if (table.status[c] === CHURNED) churned++;
    else if (table.status[c] === AT_RISK) atRisk++;
  }
  const customers = table.ids.length;
  const leftOut =
    leftOutDetail.afterAsOf +
    leftOutDetail.noCustomer +
    leftOutDetail.noDate +
    leftOutDetail.placeholderDate +
    leftOutDetail.dropped +
    leftOutDetail.duplicates;
  return {
    datasetId: ds.summary.id,
    shape,
    customers,
    churned,
    atRisk,
    churnRate: customers > 0 ? churned / customers : NaN,
    leftOut,
    leftOutDetail,
    asOf: Number.isFinite(asOfDay) ? isoDate(asOfDay) : '',
    dataFrom: Number.isFinite(dataFromDay) ? isoDate(dataFromDay) : '',
    dataTo: Number.isFinite(dataToDay) ? isoDate(dataToDay) : '',
    definition,
    unit,
    returns,
    idMatching: stated.idMatching,
    idVariants: {
      ids: shaped.idSpellings?.variantIds ?? 0,
      spellings: shaped.idSpellings?.variantSpellings ?? 0,
    },
    attributeRule: shaped.attributeRule,
    attributeVariation: shaped.attributeVariation,
    columns: customerTableColumnNames(table),
    tenureColumn: tenureColumnName(table),
    ...(shaped.valueSource ? { valueSource: shaped.valueSource } : {}),
    reasonTypes: stated.reasonTypes,
    issues: shaped.issues,
  };
}
