/** Around each region: a failure shows a readable message and a way back, never a blank page. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Catalogue } from '../strings';

interface Props {
  t: Catalogue;
  /** Called by "Try again" before the region is drawn again (e.g. restart the scenario). */
  onReset?: () => void;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Roundtrip: a region failed', error, info.componentStack);
  }

  override render() {
    const { t } = this.props;
    if (!this.state.error) return this.props.children;
    return (
      <div className="region-error" role="alert">
        <p className="error-title">{t['error.title']}</p>
        <p>{t['error.body']}</p>
        <div className="error-actions">
          <button
            type="button"
            onClick={() => {
              this.props.onReset?.();
              this.setState({ error: null });
            }}
          >
            {t['error.retry']}
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            {t['error.reload']}
          </button>
        </div>
      </div>
    );
  }
}
