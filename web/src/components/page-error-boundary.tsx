// Keeps a page that failed to load or to draw inside its own frame: without it, React drops the whole
// app (navigation included) and leaves a blank window, e.g. when a page's code is fetched after the
// server stopped.
import { Component, type ReactNode } from 'react';
import { UNREACHABLE } from '../api/api-error';

interface Props {
  /** Changing it (the address) clears the error, so the other pages keep working. */
  resetKey: string;
  children: ReactNode;
}

/** A page's code that could not be fetched: the browser's words for it differ, the cause is the same. */
const isFetchFailure = (error: Error) =>
  /dynamically imported module|importing a module script failed|failed to fetch/i.test(error.message);

export class PageErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(previous: Props) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="notice notice-error" role="alert">
        <p>
          <strong>This page could not be loaded.</strong>{' '}
          {isFetchFailure(error) ? UNREACHABLE.message : error.message}
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}
