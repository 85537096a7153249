/**
 * The source files a chart names under itself: all of them in a file it exports (provenance), but
 * on screen at most `shown`, then "+ N more" as the data header says it, so thirteen monthly files
 * do not fill three lines under every chart.
 */
import { t } from '../i18n/i18n.svelte.ts';

export const SOURCES_ON_SCREEN = 3;

export function sourceFilesText(sources: readonly string[], all: boolean): string {
  if (all || sources.length <= SOURCES_ON_SCREEN) return sources.join(', ');
  return t('summary.moreFiles', { first: sources[0], more: sources.length - 1 });
}
