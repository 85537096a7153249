/**
 * What the customer table's own inputs hold that silently changes the answer, said next to the
 * table (the quality report says it at loading, over the suggested roles): dates after today or
 * placeholders in the date roles, and customer ids that differ only in case or spaces.
 */
import type { Issue, Role } from '../api.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import type { IdSpellings } from '../../core/customers/idSpellings.ts';
import { idSpellingIssue, implausibleDateIssues, type RowPlace } from '../../core/inspection/qualityChecks.ts';
import { columnsWithRole } from './customerInputs.ts';
import { negativeTenureIssue, scientificIdIssue } from '../../core/inspection/idChecks.ts';

const DATE_ROLES: Role[] = ['date', 'signup_date', 'churn_date'];

export function inputFindings(
  ds: LoadedDataset,
  roles: Record<string, Role>,
  spellings: IdSpellings | null,
  merged: boolean,
  now: number,
): Issue[] {
  const place: RowPlace = { rowOf: (i) => ds.sourceRows.at(i) };
  const issues: Issue[] = [];
  const idCol = columnsWithRole(ds.columns, roles, 'customer_id')[0];
  if (idCol && spellings && idCol.data.kind === 'string') {
    const found = idSpellingIssue(idCol.name, idCol.data.codes, spellings, place, merged);
    if (found) issues.push(found);
  }
  const scientific = idCol ? scientificIdIssue(idCol, place) : null;
  if (scientific) issues.push(scientific);
  const tenureCol = columnsWithRole(ds.columns, roles, 'tenure')[0];
  const negative = tenureCol ? negativeTenureIssue(tenureCol, place) : null;
  if (negative) issues.push(negative);
  for (const role of DATE_ROLES) {
    const col = columnsWithRole(ds.columns, roles, role)[0];
    if (col?.data.kind === 'number' && (col.type === 'date' || col.type === 'datetime'))
      issues.push(...implausibleDateIssues(col.name, col.data.values, place, now, col.range));
  }
  return issues;
}
