import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { boot } from './boot';
import { FIRST_TIMELINE_ID, STALE_CLASS, takeEarlyPresses } from './firstPaint';
import { lazyModel } from './lazyModel';
import type { Timeline } from './model';
import { projectorStyle } from './shell/projector';
import './styles.css';
import './firstPaint.css';

/**
 * Runs `start` once the browser has painted the page as the HTML has it: the prerendered first
 * page is then on screen before the app's first work (simulating, hydrating), which takes most
 * of a second on a slow machine. A page in a background tab paints no frame; it starts anyway.
 */
function afterFirstPaint(start: () => void) {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 250);
}

// The simulator is fetched at once, in parallel with everything else (app/lazyModel.ts).
const model = lazyModel();

/**
 * The first page's timeline, which the build writes beside the prerendered page; the element is
 * removed once read, so that the page holds no script element but its head's one.
 */
function firstTimeline(): Timeline | null {
  const element = document.getElementById(FIRST_TIMELINE_ID);
  const json = element?.textContent;
  element?.remove();
  if (!json) return null;
  try {
    return JSON.parse(json) as Timeline;
  } catch (error) {
    console.error("Roundtrip: the first page's timeline could not be read", error);
    return null;
  }
}

const root = document.getElementById('root');
if (root) {
  // The build prerenders the first page into #root (scripts/prerender.ts), drawn at this width.
  const firstWidth = Number(root.dataset.firstWidth) || null;
  const shownAsItIs =
    firstWidth !== null && !document.documentElement.classList.contains(STALE_CLASS);
  if (shownAsItIs) afterFirstPaint(() => start(root, firstWidth));
  else start(root, firstWidth);
}

function start(root: HTMLElement, firstWidth: number | null) {
  const booted = boot(window.location.search, navigator.languages ?? [], {
    model: model.api,
    firstTimeline: firstTimeline(),
  });
  if (!booted) {
    // This page needs the simulator: started once it is here (or has failed, which the page says).
    void model.settled.then(() => start(root, firstWidth));
    return;
  }
  const { store, embed, scenarioIds, strings, custom, firstPage } = booted;
  // An embed's layout is a chunk of its own (App.tsx): fetched now, while the scenario simulates.
  if (embed) void import('./embed/EmbedLayout');
  const app = (width: number | null) => (
    <StrictMode>
      <App
        store={store}
        model={model.api}
        embed={embed}
        scenarioIds={scenarioIds}
        firstWidth={width}
      />
    </StrictMode>
  );
  const shown = () => document.documentElement.classList.remove(STALE_CLASS);
  if (firstPage && firstWidth !== null) {
    // This page is the prerendered one: React takes it over as it is. Its inline styles wait in
    // an attribute of their own, since the CSP applies none written in the HTML.
    for (const el of root.querySelectorAll<HTMLElement>('[data-ssr-style]')) {
      el.style.cssText = el.dataset.ssrStyle ?? '';
      el.removeAttribute('data-ssr-style');
    }
    // The player's buttons pressed before now are pressed again once React has the page (App.tsx).
    takeEarlyPresses();
    hydrateRoot(root, app(firstWidth), {
      onRecoverableError: (error) => console.error('Roundtrip: hydration', error),
    });
    shown();
  } else {
    // Another page (or the dev server's empty one): rendered in one go, replacing whatever the
    // HTML holds, and shown once it is there. English renders at once; another language once
    // its catalogue is here.
    const render = () => {
      flushSync(() => createRoot(root).render(app(null)));
      shown();
    };
    // Projector mode's stylesheet too (shell/projector.ts), drawn without it should it fail.
    const projector = store.getState().projector
      ? projectorStyle.load().catch(() => undefined)
      : null;
    if (strings || custom || projector) void Promise.all([strings, custom, projector]).then(render);
    else render();
  }
}
