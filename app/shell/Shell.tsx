/** The full page: header tools, the four regions, and the controls. */

import type { ReactNode } from 'react';
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
        <ErrorBoundary t={t}>
          <ScenarioPicker t={t} ids={scenarioIds} />
          <div className="header-tools">
            <LanguageSwitch t={t} />
            <DisplayToggles t={t} />
            <CopyEmbed t={t} />
          </div>
        </ErrorBoundary>
      </header>
      <div className="notices">
        <ErrorBoundary t={t}>
          <Notice t={t} />
        </ErrorBoundary>
        {loadError && (
          <p className="notice error" role="alert">
            {t['error.simulate']}
          </p>
        )}
      </div>
      <main className="shell-main">
        <Region name="diagram" title={t['region.diagram']} t={t} onReset={restart}>
          <StateBadges t={t} />
          <SequenceDiagram t={t} lang={lang} />
        </Region>
        <div className="side">
          <Region name="explain" title={t['region.explanation']} t={t} onReset={restart}>
            <Explanation t={t} lang={lang} />
          </Region>
          <Region name="message" title={t['region.message']} t={t} onReset={restart}>
            <MessageView t={t} />
          </Region>
          <Region name="states" title={t['region.states']} t={t} onReset={restart}>
            <StatesPanel t={t} />
          </Region>
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

interface RegionProps {
  /** The region's name, as in `region-<name>` and its heading's id `h-<name>`. */
  name: string;
  title: string;
  t: Catalogue;
  onReset: () => void;
  children: ReactNode;
}

/** A titled region of the page, its content inside an error boundary of its own. */
function Region({ name, title, t, onReset, children }: RegionProps) {
  return (
    <section className={`region region-${name}`} aria-labelledby={`h-${name}`}>
      <h2 className="region-title" id={`h-${name}`}>
        {title}
      </h2>
      <ErrorBoundary t={t} onReset={onReset}>
        {children}
      </ErrorBoundary>
    </section>
  );
}
