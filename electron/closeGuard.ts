// Closing the window. Two things stand between the close button and the window going away:
// - typing not yet written (a memo saves a second after the last key): main asks the window to save
//   what it holds and waits for its answer, a few seconds at most, so that a hung window still closes;
// - work that closing would stop (an import has read files whose documents are not yet in the
//   project): main asks the researcher first. The window sets and clears the reason through the
//   contract (`holdClosing`); the window's own `beforeunload` covers a reload.
// main.ts runs this from the window's `close` event. Kept apart from Electron so its rule is tested in Node.

export interface CloseQuestion {
  /** Asks the researcher; resolves true to close anyway. */
  confirm(message: string, detail: string): Promise<boolean>;
}

/** The window being closed, as the guard needs it. */
export interface ClosingWindow extends CloseQuestion {
  /** Asks the window to write what it holds unsaved; false when there is no page to ask (crashed, not loaded). */
  askToSave(): boolean;
  /** Closes it for good (no `close` event again). */
  close(): void;
}

/** How long a window may take to save before it is closed anyway: a save is milliseconds, a hung page never answers. */
export const SAVE_BEFORE_CLOSING_MS = 3_000;

export class CloseGuard {
  private reason: string | null = null;
  private saved: (() => void) | null = null;
  private pending: Promise<boolean> | null = null;

  hold(reason: string | null): null {
    this.reason = reason;
    return null;
  }

  /** The window's answer to `askToSave`: everything typed is written. */
  windowSaved(): null {
    this.saved?.();
    this.saved = null;
    return null;
  }

  /**
   * The window's unsaved typing written (or the wait over), then the researcher asked if an import
   * would be stopped: closes the window unless they keep it open. True when it closed. main.ts calls it
   * from the window's `close` event, which it prevents, and closes by destroying the window, which
   * raises no `close` event again. A second close while the first is being settled (a double click on
   * the close button) waits for the first.
   */
  async closeRequested(window: ClosingWindow, saveWaitMs = SAVE_BEFORE_CLOSING_MS): Promise<boolean> {
    if (this.pending) return this.pending;
    this.pending = this.settle(window, saveWaitMs).finally(() => (this.pending = null));
    return this.pending;
  }

  private async settle(window: ClosingWindow, saveWaitMs: number): Promise<boolean> {
    await this.windowSaves(window, saveWaitMs);
    if (!(await this.ask(window))) return false;
    window.close();
    return true;
  }

  private async windowSaves(window: ClosingWindow, waitMs: number): Promise<void> {
    const answered = new Promise<void>((resolve) => (this.saved = resolve));
    if (!window.askToSave()) {
      this.saved = null;
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
    await Promise.race([answered, late]);
    clearTimeout(timer);
    this.saved = null;
  }

  /** True to close: nothing would be stopped, or the researcher said close anyway. */
  private async ask(question: CloseQuestion): Promise<boolean> {
    const reason = this.reason;
    if (reason === null) return true;
    return question.confirm('Close Framewise now?', `${reason} Closing now stops it; after a restart, Framewise offers to resume it.`);
  }
}
