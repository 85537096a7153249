/**
 * Typing every column of a RawTable: inferred, or as the user chose. Columns that almost fit
 * a type and dates whose day/month order no cell decides are reported, not guessed.
 */
import type { ColumnType, Issue, ParseOptions } from '../engine/api.ts';
import { inferColumnType, type InferredType } from '../core/typeInference.ts';
import { convertColumn, type TypedColumn } from '../core/typedColumn.ts';
import type { RawTable, ReadContext } from './rawTable.ts';

export interface TypedTable {
  columns: TypedColumn[];
  notes: Map<string, string>;
  issues: Issue[];
}

const SAMPLE_HEAD = 5_000;
const SAMPLE_SPREAD = 5_000;

/**
 * The first rows and rows spread over the rest: enough to propose a type. The proposal is
 * then checked against every cell by the conversion; a column where any cell fails it is
 * inferred again from all its cells, so sampling changes the speed, never the result.
 */
export function typingSample(values: string[]): string[] {
  if (values.length <= SAMPLE_HEAD + SAMPLE_SPREAD) return values;
  const sample = values.slice(0, SAMPLE_HEAD);
  const step = (values.length - SAMPLE_HEAD) / SAMPLE_SPREAD;
  for (let k = 0; k < SAMPLE_SPREAD; k++) sample.push(values[SAMPLE_HEAD + Math.floor(k * step)]);
  return sample;
}

const FORMAT_OF_FORCED: Partial<Record<ColumnType, string>> = { date: 'date', datetime: 'date and time' };

/** Types every column; each column's cell texts in `raw` are released once it is typed. */
export async function typeTable(
  raw: Pick<RawTable, 'names' | 'columns' | 'sourceRows'>,
  options: ParseOptions,
  ctx: ReadContext,
): Promise<TypedTable> {
  const columns: TypedColumn[] = [];
  const issues: Issue[] = [];
  const notes = new Map<string, string>();
  const rowOf = (i: number) => raw.sourceRows[i];
  for (let c = 0; c < raw.names.length; c++) {
    const name = raw.names[c];
    const values = raw.columns[c];
    const order = options.dateOrder?.[name];
    const forced = options.columnTypes?.[name];
    const sample = typingSample(values);
    let inferred: InferredType = inferColumnType(sample, name, order);
    if (sample !== values && inferred.dateOrderUnknown) inferred = inferColumnType(values, name, order);
    const convert = () => {
      const type = forced ?? inferred.type;
      const decimal = inferred.decimal ?? (inferred.nearMiss ? '.' : undefined);
      const format = forced && forced !== inferred.type ? FORMAT_OF_FORCED[forced] : inferred.format;
      return convertColumn(values, name, {
        type,
        format,
        decimal,
        dateOrder: inferred.dateOrder ?? order,
        strict: !forced,
      });
    };
    let typed = convert();
    if (!forced && typed.invalid.count > 0) {
      inferred = inferColumnType(values, name, order);
      typed = convert();
    }
    columns.push(typed);
    // The cell texts are no longer needed once typed: let them go before the next column.
    raw.columns[c] = [];
    if (!forced && inferred.nearMiss) {
      const { type: almost, misses } = inferred.nearMiss;
      const rows = misses.indices.map(rowOf);
      const note = `${misses.count} cell(s) are not ${almost} values (rows ${rows.join(', ')}: ${misses.examples.map((e) => JSON.stringify(e)).join(', ')}), so the column was kept as ${inferred.type}.`;
      notes.set(name, note);
      issues.push({
        severity: 'warning',
        code: 'not-typed',
        column: name,
        count: misses.count,
        rows,
        examples: misses.examples,
        params: { type: almost, kept: inferred.type },
        message: `"${name}" looks like ${almost} but ${note} Choose ${almost} as its type to convert it; those cells then become empty.`,
      });
    }
    if (!forced && inferred.dateOrderUnknown) {
      const { indices, examples } = inferred.dateOrderUnknown;
      const rows = indices.map(rowOf);
      notes.set(name, 'Day/month order unknown');
      issues.push({
        severity: 'warning',
        code: 'ambiguous-date-order',
        column: name,
        rows,
        examples,
        message: `"${name}" holds dates like ${examples
          .slice(0, 3)
          .map((e) => JSON.stringify(e))
          .join(
            ', ',
          )} where no row tells whether the day or the month comes first (rows ${rows.join(', ')}). Choose DD/MM/YYYY or MM/DD/YYYY; until then the column is kept as text.`,
      });
    }
    if (c % 8 === 7) await ctx.checkpoint();
  }
  return { columns, notes, issues };
}
