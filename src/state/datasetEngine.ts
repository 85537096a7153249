/** What the UI state needs of the engine, always asynchronous, so tests can hand in a fake. */
import type { RemoteEngine } from '../engine/api.ts';

export type DatasetEngine = Pick<
  RemoteEngine,
  'openDataset' | 'reparseDataset' | 'cancel' | 'previewRows' | 'sourceRowNumbers' | 'columnProfile' | 'closeDataset'
>;

/** The customer table, its exports and every analysis of it (see EngineApi). */
export type ChurnEngine = Pick<
  RemoteEngine,
  | 'buildCustomerTable'
  | 'exportCustomerTable'
  | 'exportWarnings'
  | 'analyze'
  | 'analyzeInSteps'
  | 'cancel'
  | 'setCustomerFilter'
  | 'selectedCustomers'
  | 'exportSelectedCustomers'
>;
