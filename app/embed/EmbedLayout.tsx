/** embed=1: the diagram, the states, the explanation and the controls, for an 800×500 iframe. */
import { Controls } from '../controls/Controls';
import { Explanation } from '../explain/Explanation';
import { MessageView } from '../message/MessageView';
import { ErrorBoundary } from '../shell/ErrorBoundary';
import { Notice } from '../shell/Notice';
import { scenarioTitle } from '../shell/scenarioText';
import { StateBadges } from '../states/StatesPanel';
import { useApp, useAppStore, useLang, useT } from '../store';
import { SequenceDiagram } from '../timeline/SequenceDiagram';
import { embedUrl } from './snippet';
import './embed.css';

export function EmbedLayout({ onHelp }: { onHelp: () => void }) {
  const t = useT();
  const lang = useLang();
  const store = useAppStore();
  const scenarioId = useApp((s) => s.scenarioId);
  const cursor = useApp((s) => s.cursor);
  const restart = () => store.getState().restart();
  const full = new URL(embedUrl(window.location.href, { scenarioId, cursor, lang }));
  full.searchParams.delete('embed');
  return (
    <div className="embed">
      <header className="embed-header">
        <h1 className="embed-h1">
          <a
            href={full.toString()}
            target="_blank"
            rel="noopener noreferrer"
            className="embed-title"
          >
            <span className="embed-brand">{t['app.title']}</span> · {scenarioTitle(t, scenarioId)}
            <span className="visually-hidden"> ({t['header.openFull']})</span>
          </a>
        </h1>
      </header>
      <div className="notices">
        <Notice />
      </div>
      <main className="embed-main">
        <section className="region region-diagram" aria-label={t['region.diagram']}>
          <ErrorBoundary onReset={restart}>
            <StateBadges />
            <SequenceDiagram compact />
          </ErrorBoundary>
        </section>
        <section className="region region-explain" aria-label={t['region.explanation']}>
          <ErrorBoundary onReset={restart}>
            <Explanation rail={false} />
            <details className="embed-message">
              <summary>{t['region.message']}</summary>
              <MessageView />
            </details>
          </ErrorBoundary>
        </section>
      </main>
      <section className="shell-controls embed-controls" aria-label={t['region.controls']}>
        {/* As in the full page (Shell): a failure here must not blank the whole embed. */}
        <ErrorBoundary onReset={restart}>
          <Controls onHelp={onHelp} />
        </ErrorBoundary>
      </section>
    </div>
  );
}
