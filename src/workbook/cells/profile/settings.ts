/** A new profile cell shows the first column worth profiling (not an identifier or free text). */
import type { DatasetSummary } from '../../../engine/api.ts';

export function initialSettings({ summary }: { summary: DatasetSummary | null }): Record<string, unknown> {
  const columns = summary?.columns ?? [];
  const profiled = columns.find((c) => c.type !== 'identifier' && c.type !== 'text') ?? columns[0];
  return { column: profiled?.name ?? '' };
}
