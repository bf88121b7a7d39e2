/**
 * The first page as HTML, rendered at build time in Node (scripts/prerender.ts): the app that
 * `app/main.tsx` hydrates, with the store `boot` makes for a URL without parameters and a
 * browser without a language of ours, so English.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '../../app/App';
import { boot } from '../../app/boot';
import type { Timeline } from '../../app/model';
import { modelApi } from '../../app/modelApi';
import { scenarioTitle } from '../../app/shell/scenarioText';
import { catalogueFor } from '../../app/strings';

export interface FirstPage {
  /** `#root`'s content. */
  html: string;
  lang: string;
  /** The document's title, as the app sets it. */
  title: string;
  /** Said to a reader whose browser runs no script. */
  noscript: string;
  /** The timeline shown, which the app takes from the page instead of simulating it. */
  timeline: Timeline;
}

export function renderFirstPage(firstWidth: number): FirstPage {
  const booted = boot('', [], { model: modelApi });
  if (!booted?.firstPage) throw new Error('boot does not take an empty URL for the first page');
  // The same element as app/main.tsx hydrates.
  const { store, scenarioIds } = booted;
  const html = renderToString(
    <StrictMode>
      <App
        store={store}
        model={modelApi}
        embed={false}
        scenarioIds={scenarioIds}
        firstWidth={firstWidth}
      />
    </StrictMode>,
  );
  const { lang, scenarioId, timeline } = store.getState();
  if (!timeline) throw new Error('prerender: the first scenario did not simulate');
  const t = catalogueFor(lang);
  return {
    html,
    lang,
    title: `${scenarioTitle(t, scenarioId)} · ${t['app.title']}`,
    noscript: t['prerender.noscript'],
    timeline,
  };
}
