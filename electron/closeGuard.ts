// Closing the window while the window says work would be lost (an import has read files whose
// documents are not yet in the project): main asks first. The window sets and clears the reason
// through the contract (`holdClosing`); main.ts consults it in the window's `close` event, and the
// window's own `beforeunload` covers a reload. Kept apart from Electron so its rule is tested in Node.

export interface CloseQuestion {
  /** Asks the researcher; resolves true to close anyway. */
  confirm(message: string, detail: string): Promise<boolean>;
}

export class CloseGuard {
  private reason: string | null = null;
  private confirmed = false;

  hold(reason: string | null): null {
    this.reason = reason;
    return null;
  }

  /**
   * Called from the window's `close` event: true when it may close now. When it may not, the caller
   * prevents the close, and `ask` decides: after a yes, `onConfirmed` closes the window again, which
   * this time goes through.
   */
  mayClose(): boolean {
    return this.reason === null || this.confirmed;
  }

  async ask(question: CloseQuestion, onConfirmed: () => void): Promise<boolean> {
    const reason = this.reason;
    if (reason === null) {
      onConfirmed();
      return true;
    }
    const yes = await question.confirm('Close Framewise now?', `${reason} Closing now stops it; after a restart, Framewise offers to resume it.`);
    if (yes) {
      this.confirmed = true;
      onConfirmed();
    }
    return yes;
  }
}
