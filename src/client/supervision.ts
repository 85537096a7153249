/** What the engine's supervisor (engineSupervisor.ts) works with and tells the app. */
import type { Issue, RemoteEngine } from '../engine/api.ts';

/** An engine on its own thread, and how to end that thread. */
export interface EngineThread {
  engine: RemoteEngine;
  terminate(): void;
}

/** Why a thread was replaced: a Cancel it could not honour in time, or it stopped by itself. */
export type TakeoverCause = 'cancel' | 'stopped';

/** What the app is told while the fresh thread takes over the datasets that were open. */
export type TakeoverEvent =
  | { kind: 'restoring'; names: string[]; cause: TakeoverCause }
  | { kind: 'restored'; names: string[] }
  | { kind: 'lost'; id: string; name: string; issues: Issue[]; cause: TakeoverCause };

/** Starts a thread; it calls `onStopped` if the thread stops by itself. */
export type ThreadStart = (onStopped: (reason: string) => void) => EngineThread;

export interface SupervisorOptions {
  /** How long the engine may take to stop by itself after Cancel before its thread is ended. */
  graceMs?: number;
  onTakeover?: (event: TakeoverEvent) => void;
}
