// An error while drawing one place (Compare, say) takes that place down, not the window: the rail,
// the other places, the commands and the status line go on, so a memo save that fails as the place
// went away can still say so with the words typed, and the researcher can go on working elsewhere.
// The window's own boundary (WindowErrorBoundary.tsx) is for what fails outside every place.
import { Component, createRef, type ErrorInfo, type ReactNode } from 'react';
import { failureInWords, STORED_UP_TO_LAST_CHANGE } from './failureInWords';

interface Props {
  /** The place's name as the rail shows it. */
  placeName: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class PlaceErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };
  private readonly heading = createRef<HTMLHeadingElement>();

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(new Error(`Framewise could not show ${this.props.placeName}`, { cause: error }), info.componentStack);
  }

  // A place that fails as it is first drawn (the researcher just chose it) mounts with its error.
  override componentDidMount(): void {
    if (this.state.error) this.heading.current?.focus();
  }

  override componentDidUpdate(_props: Props, previous: State): void {
    // The control that held the focus went with the place: the focus would fall to the page.
    if (this.state.error && !previous.error) this.heading.current?.focus();
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { placeName } = this.props;
    return (
      <section className="place-error" aria-labelledby="place-error-heading">
        <div role="alert">
          <h2 id="place-error-heading" ref={this.heading} tabIndex={-1}>
            {placeName} could not be shown
          </h2>
          <p>Something failed while drawing it: {failureInWords(error)}.</p>
          <p>{STORED_UP_TO_LAST_CHANGE} The other places still work. Try again, or choose another place; if this happens again here, please report the message above.</p>
        </div>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </section>
    );
  }
}
