// The last line of defence: an error while drawing the window would leave it blank, with no word of
// what happened. Instead the window says what failed, that the project is safe up to the last change
// that completed (every change is written whole or not at all), and offers to reload.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

export class WindowErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(new Error('Framewise could not show its window', { cause: error }), info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="startup window-error">
        <div role="alert">
          <h1>Framewise could not go on showing this window</h1>
          <p>Something failed while drawing it: {error.message.replace(/[.\s]+$/u, '') || error.name}.</p>
          <p>Your project is stored as it was after your last completed change. Reload the window to go on working; if this happens again at the same place, please report the message above.</p>
        </div>
        <button type="button" onClick={() => window.location.reload()}>
          Reload the window
        </button>
      </main>
    );
  }
}
