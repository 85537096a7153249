/**
 * Parquet files as cell texts, read one row group and one column at a time with hyparquet so a
 * column it cannot decode is named in the message, and so a large file yields between groups.
 */
import { parquetMetadata, parquetRead, parquetSchema, type FileMetaData, type SchemaTree } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import type { Issue } from '../../engine/api.ts';
import { type TextTable, type ReadContext, UnreadableInput } from '../rawTable.ts';
import { cellText } from './cellText.ts';
import { checkTableSize } from '../readLimits.ts';
import { RowMap } from '../buffers/rowMap.ts';
import { shortText } from '../../core/cellText/shortText.ts';

/** A name for a column's type if it is one a flat table cannot hold, else undefined. */
function unrepresentableType(node: SchemaTree): string | undefined {
  const e = node.element;
  const annotation = e.logical_type?.type ?? e.converted_type;
  if (node.children.length > 0)
    return annotation === 'LIST' || annotation === 'MAP' || annotation === 'VARIANT'
      ? annotation.toLowerCase()
      : 'struct';
  if (e.repetition_type === 'REPEATED') return `repeated ${e.type}`;
  if (annotation === 'BSON' || annotation === 'INTERVAL') return annotation;
  if ((e.type === 'BYTE_ARRAY' || e.type === 'FIXED_LEN_BYTE_ARRAY') && annotation === undefined)
    return `binary (${e.type} without a string annotation)`;
  return undefined;
}

function unsupported(file: string, column: string, type: string, cause?: string): UnreadableInput {
  return new UnreadableInput({
    severity: 'error',
    code: 'unsupported-type',
    file,
    column,
    params: { type },
    message: `Column "${shortText(column)}" in ${file} holds ${type} values, which cannot be shown as one cell per row${cause ? ` (${cause})` : ''}. Convert this column to text or drop it before export, then open the file again.`,
  });
}

function metadataOf(bytes: Uint8Array, file: string): FileMetaData {
  try {
    return parquetMetadata(bytes);
  } catch {
    const startsLikeParquet = new TextDecoder().decode(bytes.subarray(0, 4)) === 'PAR1';
    throw new UnreadableInput(
      startsLikeParquet
        ? {
            severity: 'error',
            code: 'truncated-file',
            file,
            message: `${file} seems cut short or damaged: its Parquet footer is missing or broken. Export or download it again and reopen it.`,
          }
        : {
            severity: 'error',
            code: 'unreadable',
            file,
            message: `${file} is not a Parquet file (it does not start and end with "PAR1"). Check the file's type, or export it again as Parquet.`,
          },
    );
  }
}

export async function readParquet(bytes: Uint8Array, ctx: ReadContext): Promise<TextTable> {
  const file = ctx.fileName;
  const metadata = metadataOf(bytes, file);
  const fields = parquetSchema(metadata).children;
  for (const node of fields) {
    const type = unrepresentableType(node);
    if (type !== undefined) throw unsupported(file, node.element.name, type);
  }
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  const buffer = whole.buffer as ArrayBuffer;
  const names = fields.map((f) => f.element.name);
  const total = Number(metadata.num_rows);
  checkTableSize(file, names.length, total);
  const columns = names.map(() => new Array<string>(total).fill(''));
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    for (let c = 0; c < names.length; c++) {
      const column = columns[c];
      let binary = false;
      try {
        await parquetRead({
          file: buffer,
          metadata,
          columns: [names[c]],
          rowStart,
          rowEnd,
          compressors,
          // Chunks may reach outside the requested rows; keep only this group's.
          onChunk: ({ columnData, rowStart: first }) => {
            for (let r = Math.max(first, rowStart); r < Math.min(first + columnData.length, rowEnd); r++) {
              const v: unknown = columnData[r - first];
              if (v instanceof Uint8Array) binary = true;
              else column[r] = cellText(v);
            }
          },
        });
      } catch (error) {
        const node = fields[c].element;
        throw unsupported(
          file,
          names[c],
          node.logical_type?.type ?? node.converted_type ?? node.type ?? 'unknown',
          // A decoder's own reason (a codec it lacks) helps; a JavaScript engine's (RangeError) does not.
          error instanceof Error && !(error instanceof RangeError || error instanceof TypeError)
            ? shortText(error.message)
            : undefined,
        );
      }
      if (binary) throw unsupported(file, names[c], 'binary');
    }
    rowStart = rowEnd;
    ctx.progress({
      phase: 'parsing',
      bytes: Math.round((bytes.length * rowStart) / Math.max(total, 1)),
      rows: rowStart,
    });
    await ctx.checkpoint();
  }
  const issues: Issue[] = [];
  if (total === 0) {
    issues.push({ severity: 'warning', code: 'header-only', file, message: `${file} has columns but no rows.` });
  }
  const sourceRows = RowMap.fromRuns(total, Int32Array.of(0), Int32Array.of(1));
  return { names, columns, sourceRows, issues, format: 'parquet', header: true };
}
