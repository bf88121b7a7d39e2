import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { boot } from './boot';
import { STALE_CLASS } from './firstPaint';
import './styles.css';
import './firstPaint.css';

const root = document.getElementById('root');
if (root) {
  const { store, embed, scenarioIds, strings, firstPage } = boot(
    window.location.search,
    navigator.languages ?? [],
  );
  // An embed's layout is a chunk of its own (App.tsx): fetched now, while the scenario simulates.
  if (embed) void import('./embed/EmbedLayout');
  // The build prerenders the first page into #root (scripts/prerender.ts), drawn at this width.
  const firstWidth = Number(root.dataset.firstWidth) || null;
  const app = (width: number | null) => (
    <StrictMode>
      <App store={store} embed={embed} scenarioIds={scenarioIds} firstWidth={width} />
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
    if (strings) void strings.then(render);
    else render();
  }
}
