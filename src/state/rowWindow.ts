/** Which rows a fixed-row-height viewport shows, and which fetch blocks cover them. */
export interface RowWindow {
  first: number;
  last: number;
  blocks: number[];
}

export function rowWindow(
  scrollTop: number,
  viewHeight: number,
  rowHeight: number,
  totalRows: number,
  blockSize: number,
  overscan = 8,
): RowWindow {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(totalRows, Math.ceil((scrollTop + viewHeight) / rowHeight) + overscan);
  const blocks: number[] = [];
  for (let b = Math.floor(first / blockSize); b * blockSize < last; b++) blocks.push(b);
  return { first, last, blocks };
}
