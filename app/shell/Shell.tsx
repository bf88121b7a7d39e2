/** The full page: header tools, the four regions, and the controls. */

import { Controls } from '../controls/Controls';
import { Explanation } from '../explain/Explanation';
import { MessageView } from '../message/MessageView';
import { StateBadges, StatesPanel } from '../states/StatesPanel';
import { useApp, useAppStore } from '../store';
import type { Catalogue, Lang } from '../strings';
import { SequenceDiagram } from '../timeline/SequenceDiagram';
import { ErrorBoundary } from './ErrorBoundary';
import { CopyEmbed, DisplayToggles, LanguageSwitch, ScenarioPicker } from './HeaderTools';
import { Notice } from './Notice';

interface Props {
  t: Catalogue;
  lang: Lang;
  scenarioIds: readonly string[];
  onHelp: () => void;
}

export function Shell({ t, lang, scenarioIds, onHelp }: Props) {
  const store = useAppStore();
  const loadError = useApp((s) => s.loadError);
  const restart = () => store.getState().restart();
  return (
    <div className="shell">
      <header className="shell-header">
        <div className="brand">
          <h1>{t['app.title']}</h1>
          <p className="tagline">{t['app.tagline']}</p>
        </div>
        <ScenarioPicker t={t} ids={scenarioIds} />
        <div className="header-tools">
          <LanguageSwitch t={t} />
          <DisplayToggles t={t} />
          <CopyEmbed t={t} />
        </div>
      </header>
      <div className="notices">
        <Notice t={t} />
        {loadError && (
          <p className="notice error" role="alert">
            {t['error.simulate']}
          </p>
        )}
      </div>
      <main className="shell-main">
        <section className="region region-diagram" aria-labelledby="h-diagram">
          <h2 className="region-title" id="h-diagram">
            {t['region.diagram']}
          </h2>
          <ErrorBoundary t={t} onReset={restart}>
            <StateBadges t={t} />
            <SequenceDiagram t={t} lang={lang} />
          </ErrorBoundary>
        </section>
        <div className="side">
          <section className="region region-explain" aria-labelledby="h-explain">
            <h2 className="region-title" id="h-explain">
              {t['region.explanation']}
            </h2>
            <ErrorBoundary t={t} onReset={restart}>
              <Explanation t={t} lang={lang} />
            </ErrorBoundary>
          </section>
          <section className="region region-message" aria-labelledby="h-message">
            <h2 className="region-title" id="h-message">
              {t['region.message']}
            </h2>
            <ErrorBoundary t={t} onReset={restart}>
              <MessageView t={t} />
            </ErrorBoundary>
          </section>
          <section className="region region-states" aria-labelledby="h-states">
            <h2 className="region-title" id="h-states">
              {t['region.states']}
            </h2>
            <ErrorBoundary t={t} onReset={restart}>
              <StatesPanel t={t} />
            </ErrorBoundary>
          </section>
        </div>
      </main>
      <section className="shell-controls" aria-label={t['region.controls']}>
        <ErrorBoundary t={t} onReset={restart}>
          <Controls t={t} lang={lang} onHelp={onHelp} />
        </ErrorBoundary>
      </section>
    </div>
  );
}
