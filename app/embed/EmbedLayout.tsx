/**
 * embed=1: the diagram with its state badges and the controls, and beside or under them the
 * panels the URL asks for (`panels=diagram | explanation | all`, options.ts). The layout takes
 * the height of its content, never the frame's (embed.css), and tells the page around it that
 * height (useAutoSize.ts), so that a course page can size the frame to it with no inner
 * scrollbar; where the page cannot (its platform strips scripts), the frame keeps the fixed
 * height of the snippet (snippet.ts), chosen to fit.
 */
import { useRef, useState } from 'react';
import { Controls } from '../controls/Controls';
import { Explanation } from '../explain/Explanation';
import { LearningSlot } from '../learning/LearningTools';
import { MessageView } from '../message/MessageView';
import { ErrorBoundary } from '../shell/ErrorBoundary';
import { Notice } from '../shell/Notice';
import { scenarioTitle } from '../shell/scenarioText';
import { StateBadges, StatesPanel } from '../states/StatesPanel';
import { useApp, useAppStore, useLang, useT } from '../store';
import { SequenceDiagram } from '../timeline/SequenceDiagram';
import { ExplanationRoom } from './ExplanationRoom';
import { readEmbedOptions } from './options';
import { fullUrl } from './snippet';
import { useAutoSize } from './useAutoSize';
import { useEmbedBridge } from './useEmbedBridge';
import './embed.css';

export default function EmbedLayout({ onHelp }: { onHelp: () => void }) {
  const t = useT();
  const lang = useLang();
  const store = useAppStore();
  const scenarioId = useApp((s) => s.scenarioId);
  const cursor = useApp((s) => s.cursor);
  // What the title's link needs to open the same timeline: a custom scenario, the profile…
  const source = useApp((s) => s.source);
  const timeline = useApp((s) => s.timeline);
  const profile = useApp((s) => s.profile);
  const seqMode = useApp((s) => s.seqMode);
  const seqChosen = useApp((s) => s.seqChosen);
  const granularity = useApp((s) => s.granularity);
  const [{ panels }] = useState(() => readEmbedOptions(window.location.search));
  // Opened in a window of its own (its link followed, not framed), no page sizes it to its
  // content: it fills the window instead, the diagram taking the height the rest leaves.
  const [alone] = useState(() => window.parent === window);
  const content = useRef<HTMLDivElement>(null);
  // The step first, then the height: a page learns what it shows before how tall it is.
  useEmbedBridge();
  useAutoSize(content);
  const restart = () => store.getState().restart();
  const full = fullUrl(window.location.href, {
    scenarioId,
    source,
    timeline,
    cursor,
    lang,
    profile,
    seqMode,
    seqChosen,
    granularity,
  });
  return (
    <div ref={content} className={`embed panels-${panels}${alone ? ' embed-window' : ''}`}>
      <header className="embed-header">
        <h1 className="embed-h1">
          <a href={full} target="_blank" rel="noopener noreferrer" className="embed-title">
            <span className="embed-brand">{t['app.title']}</span> · {scenarioTitle(t, scenarioId)}
            <span className="visually-hidden"> ({t['header.openFull']})</span>
          </a>
        </h1>
      </header>
      <div className="notices">
        <Notice />
        <LearningSlot />
      </div>
      <main className="embed-main">
        <section className="region region-diagram" aria-label={t['region.diagram']}>
          <ErrorBoundary onReset={restart}>
            <StateBadges />
            <SequenceDiagram compact />
          </ErrorBoundary>
        </section>
        <section className="shell-controls embed-controls" aria-label={t['region.controls']}>
          {/* As in the full page (Shell): a failure here must not blank the whole embed. */}
          <ErrorBoundary onReset={restart}>
            <Controls onHelp={onHelp} />
          </ErrorBoundary>
        </section>
        {panels === 'diagram' ? (
          // The explanation is still each step's screen-reader text.
          <div className="visually-hidden embed-spoken">
            <Explanation rail={false} />
          </div>
        ) : (
          <section className="region region-explain" aria-label={t['region.explanation']}>
            <ErrorBoundary onReset={restart}>
              <div className="explain-room">
                <Explanation rail={false} />
                <ExplanationRoom />
              </div>
              {panels === 'explanation' && (
                <details className="embed-message">
                  <summary>{t['region.message']}</summary>
                  <MessageView />
                </details>
              )}
            </ErrorBoundary>
          </section>
        )}
        {panels === 'all' && (
          <>
            <section className="region region-message" aria-labelledby="embed-h-message">
              <h2 className="region-title" id="embed-h-message">
                {t['region.message']}
              </h2>
              <ErrorBoundary onReset={restart}>
                <MessageView />
              </ErrorBoundary>
            </section>
            <section className="region region-states" aria-labelledby="embed-h-states">
              <h2 className="region-title" id="embed-h-states">
                {t['region.states']}
              </h2>
              <ErrorBoundary onReset={restart}>
                <StatesPanel />
              </ErrorBoundary>
            </section>
          </>
        )}
      </main>
    </div>
  );
}
