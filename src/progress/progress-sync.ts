import type { Sentence } from '../probes/sentence.js';
import { errorSentence } from './error-sentence.js';
import { LockBusyError } from './file-lock.js';
import { lessonGeneration, type ProgressData } from './model.js';
import { applyOps, diffProgress, isStale, type ProgressOp } from './ops.js';
import { QUICK_WAIT_MS, type ProgressStore } from './store.js';

export type FlushOutcome =
  | { readonly kind: 'idle' }
  /** `view` includes what other windows saved meanwhile; `dropped` changes were undone by a reset. */
  | { readonly kind: 'saved'; readonly view: ProgressData; readonly dropped: number }
  /** Nothing was lost: the changes stay pending and are tried again. */
  /** `message`: our own error's sentence (said at the edge), or the system's error text. */
  | { readonly kind: 'failed'; readonly message: Sentence | string; readonly busy: boolean };

export interface Refreshed {
  readonly view: ProgressData;
  /** Pending changes made before a reset this window had not seen: dropped. */
  readonly dropped: number;
  /** Another window (or `reset`) reset the course or a lesson since this window last looked. */
  readonly reset: boolean;
}

/**
 * One window's link to the progress file: what the user changed is kept as pending ops until a
 * save applies them under the lock. Saving never blocks for long; a change that cannot be saved
 * yet is never thrown away (only a reset in another window can cancel it).
 */
export class ProgressSync {
  private disk: ProgressData;
  private queue: ProgressOp[] = [];
  /** A language chosen on the start screen and not saved yet (null: none waiting). */
  private language: { readonly tag: string | null } | null = null;

  constructor(private readonly store: ProgressStore, loaded: ProgressData) {
    this.disk = loaded;
  }

  get pending(): number {
    return this.queue.length + (this.language === null ? 0 : 1);
  }

  /** The store's latest line for the user (a file moved aside mid-session, say). */
  get notice(): Sentence | null {
    return this.store.notice;
  }

  /** Remembers what one user action changed (from the window's view before and after it). */
  record(before: ProgressData, after: ProgressData): void {
    this.queue.push(...diffProgress(before, after));
  }

  /**
   * Keeps a language choice to save with the next flush: like any change it waits while the file
   * is busy (or cannot be written) and is tried again, never thrown at the key that made it.
   */
  chooseLanguage(tag: string | null): void {
    this.language = { tag };
  }

  flush(waitMs?: number): FlushOutcome {
    if (this.pending === 0) return { kind: 'idle' };
    try {
      if (this.language !== null) {
        this.disk = this.store.saveLanguage(this.language.tag, waitMs ?? QUICK_WAIT_MS);
        this.language = null;
        if (this.queue.length === 0) return { kind: 'saved', view: this.disk, dropped: 0 };
      }
      const result = this.store.apply(this.queue, waitMs);
      this.queue = [];
      this.disk = result.progress;
      return { kind: 'saved', view: result.progress, dropped: result.dropped };
    } catch (error) {
      const busy = error instanceof LockBusyError;
      return { kind: 'failed', busy, message: errorSentence(error) };
    }
  }

  /** When another window saved (or reset) since our last read or save: what this window should show now. */
  refresh(): Refreshed | null {
    const previous = this.disk;
    try {
      if (!this.store.changed()) return null;
      const disk = this.store.reload();
      if (disk === null) return null;
      this.disk = disk;
    } catch {
      // Unreadable just now (a slow disk, permissions): the next save reads it under the lock anyway.
      return null;
    }
    const before = this.queue.length;
    this.queue = this.queue.filter((op) => !isStale(this.disk, op));
    return { view: applyOps(this.disk, this.queue).progress, dropped: before - this.queue.length, reset: wasReset(previous, this.disk) };
  }
}

function wasReset(before: ProgressData, after: ProgressData): boolean {
  if (before.generation !== after.generation) return true;
  return Object.entries(after.lessonGenerations).some(([lesson, generation]) => lessonGeneration(before, lesson) !== generation);
}
