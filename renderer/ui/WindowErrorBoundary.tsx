// The last line of defence: an error while drawing the window would leave it blank, with no word of
// what happened. Instead the window says what failed, that the project is safe up to the last change
// that completed (every change is written whole or not at all), and offers to reload.
import { Component, createRef, type ErrorInfo, type ReactNode } from 'react';
import { saveEverything } from './saveBeforeClosing';
import { failureInWords, STORED_UP_TO_LAST_CHANGE } from './failureInWords';

interface Props {
  children: ReactNode;
  /** Reloads the window (the browser's reload; a test passes its own). */
  reload?: () => void;
}

interface State {
  error: Error | null;
  reloading: boolean;
}

export class WindowErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, reloading: false };
  private readonly heading = createRef<HTMLHeadingElement>();

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(new Error('Framewise could not show its window', { cause: error }), info.componentStack);
  }

  // A window that fails as it is first drawn mounts with its error.
  override componentDidMount(): void {
    if (this.state.error) this.heading.current?.focus();
  }

  override componentDidUpdate(_props: Props, previous: State): void {
    // The screen that held the focus is gone: the focus would fall to the page, where a screen reader
    // says nothing. It goes to the message, not to Reload, where the Enter of a sentence being typed
    // would reload at once.
    if (this.state.error && !previous.error) this.heading.current?.focus();
  }

  private readonly reloadAfterSaving = async (): Promise<void> => {
    this.setState({ reloading: true });
    // The screens that went away started writing what was typed in them (a memo); a reload now would
    // cut those writes short. A save that fails has said so itself.
    await saveEverything();
    (this.props.reload ?? (() => window.location.reload()))();
  };

  override render(): ReactNode {
    const { error, reloading } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="startup window-error">
        <div role="alert">
          <h1 ref={this.heading} tabIndex={-1}>
            Framewise could not go on showing this window
          </h1>
          <p>Something failed while drawing it: {failureInWords(error)}.</p>
          <p>{STORED_UP_TO_LAST_CHANGE} Reload the window to go on working; if this happens again at the same place, please report the message above.</p>
        </div>
        <button type="button" aria-disabled={reloading || undefined} onClick={() => void (reloading ? null : this.reloadAfterSaving())}>
          {reloading ? 'Saving what was typed, then reloading…' : 'Reload the window'}
        </button>
      </main>
    );
  }
}
