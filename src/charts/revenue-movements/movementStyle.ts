/**
 * The revenue movements as the charts draw them: the bridge order (gains, then losses), one
 * colour each (gains green and blue, losses orange and red, the levels grey), and default words.
 */
import type { RevenueMovementRow } from '../../engine/api.ts';

export type Flow = 'new' | 'expansion' | 'reactivated' | 'contraction' | 'churned';
export type BridgeBar = 'start' | Flow | 'end';

export const FLOWS: readonly Flow[] = ['new', 'expansion', 'reactivated', 'contraction', 'churned'];
export const LOSSES: ReadonlySet<Flow> = new Set(['contraction', 'churned']);

export const MOVEMENT_COLORS: Record<BridgeBar, string> = {
  start: '#8a94a6',
  new: '#1a7f37',
  expansion: '#6cc18a',
  reactivated: '#2f6db5',
  contraction: '#e08a2e',
  churned: '#b42318',
  end: '#8a94a6',
};

export type MovementLabels = Record<BridgeBar, string>;

export const DEFAULT_LABELS: MovementLabels = {
  start: 'Start',
  new: 'New',
  expansion: 'Expansion',
  reactivated: 'Reactivated',
  contraction: 'Contraction',
  churned: 'Churned',
  end: 'End',
};

/** A flow of a row, signed as it moves revenue: losses negative. */
export const signedFlow = (row: RevenueMovementRow, flow: Flow): number => (LOSSES.has(flow) ? -row[flow] : row[flow]);

/** Every n-th label of a band axis when they would not fit side by side (about `px` pixels each). */
export function sparseTicks(labels: readonly string[], width: number, px = 64): (label: string) => string {
  const every = Math.max(1, Math.ceil(labels.length / Math.max(1, Math.floor(width / px))));
  const index = new Map(labels.map((l, i) => [l, i]));
  return (label) => ((index.get(label) ?? 0) % every === 0 ? label : '');
}

export const compactMoney = (v: number): string =>
  new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(v);
