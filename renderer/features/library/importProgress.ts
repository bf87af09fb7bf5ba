// The running import's progress, outside React state: main reports every file, and only the progress
// bar should re-render for that, not the window with a 1,000-row library in it. Listeners hear at most
// one update per animation frame.
import { useSyncExternalStore } from 'react';

export interface ImportProgress {
  jobId: string;
  done: number;
  total: number;
  current: string;
  /** Cancel was pressed: main stops after the files in hand (the window says so meanwhile). */
  cancelling?: boolean;
}

export class ImportProgressStore {
  private value: ImportProgress | null = null;
  private readonly listeners = new Set<() => void>();
  private frame: number | null = null;

  get = (): ImportProgress | null => this.value;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Starts (or ends, with null) a job: heard at once. */
  reset(value: ImportProgress | null): void {
    this.value = value;
    this.notify();
  }

  /** Cancel was pressed for the running job: heard at once. */
  markCancelling(): void {
    if (!this.value || this.value.cancelling) return;
    this.value = { ...this.value, cancelling: true };
    this.notify();
  }

  /** A progress event: ignored unless it belongs to the running job; heard on the next frame. */
  update(progress: ImportProgress): void {
    if (this.value?.jobId !== progress.jobId) return;
    this.value = this.value.cancelling ? { ...progress, cancelling: true } : progress;
    this.frame ??= requestAnimationFrame(() => {
      this.frame = null;
      this.notify();
    });
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

export function useImportProgress(store: ImportProgressStore): ImportProgress | null {
  return useSyncExternalStore(store.subscribe, store.get);
}
