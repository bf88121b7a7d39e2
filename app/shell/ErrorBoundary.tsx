/**
 * Around each region: a failure shows a readable message and a way back, never
 * a blank page. Around the whole app (`page`), the last resort: a failure that
 * no region caught says so and offers the page with its default settings (a
 * link a hostile or stale URL cannot follow into the same failure) or a reload.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../store';

interface Props {
  /** Called by "Try again" before the region is drawn again (e.g. restart the scenario). */
  onReset?: () => void;
  /** The whole app's boundary: the address of the page with its default settings. */
  page?: { defaults: string };
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(
      `Roundtrip: ${this.props.page ? 'the page' : 'a region'} failed`,
      error,
      info.componentStack,
    );
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const retry = () => {
      this.props.onReset?.();
      this.setState({ error: null });
    };
    return <Failure page={this.props.page} retry={retry} />;
  }
}

/** What a failed region (or page) shows instead, in the reader's language. */
function Failure({ page, retry }: { page: Props['page']; retry: () => void }) {
  const t = useT();
  const reload = (
    <button type="button" onClick={() => window.location.reload()}>
      {t['error.reload']}
    </button>
  );
  if (page) {
    return (
      <main>
        <div className="region-error page-error" role="alert">
          <h1 className="error-title">{t['error.page.title']}</h1>
          <p>{t['error.page.body']}</p>
          <div className="error-actions">
            <a href={page.defaults}>{t['error.page.defaults']}</a>
            {reload}
          </div>
        </div>
      </main>
    );
  }
  return (
    <div className="region-error" role="alert">
      <p className="error-title">{t['error.title']}</p>
      <p>{t['error.body']}</p>
      <div className="error-actions">
        <button type="button" onClick={retry}>
          {t['error.retry']}
        </button>
        {reload}
      </div>
    </div>
  );
}
