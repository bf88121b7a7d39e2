/**
 * The header and the notices have boundaries of their own: a failure there
 * says so in place, and the regions, the counter and the controls go on.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { type Booted, boot } from '../boot';
import { modelApi } from '../modelApi';
import { en } from '../strings/en';

vi.mock('./HeaderTools', async (original) => ({
  ...(await original<typeof import('./HeaderTools')>()),
  ScenarioPicker: () => {
    throw new Error('test: the scenario picker failed');
  },
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The animation chunk, which the diagram fetches once the page is idle (StepLayer's
// loadPackets): loaded here first, so that the diagram's fetch finds it loaded and never starts
// a load after the file's environment is torn down, an EnvironmentTeardownError on a slow run.
await import('../timeline/Packet');

/**
 * The roots drawn, unmounted after each test: a root left mounted went on with its effects after
 * the file's environment was torn down (the diagram's animation chunk arriving when idle set its
 * state with no `window`, an unhandled error outside any test).
 */
const roots: Root[] = [];

afterEach(() => {
  act(() => {
    for (const root of roots.splice(0)) root.unmount();
  });
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** The whole app, as app/main.tsx draws a page other than the first, at this URL. */
function drawApp(query: string) {
  const { store, embed, scenarioIds } = boot(query, ['en'], { model: modelApi }) as Booted;
  const host = document.createElement('div');
  document.body.append(host);
  act(() => {
    const root = createRoot(host);
    roots.push(root);
    root.render(<App store={store} model={modelApi} embed={embed} scenarioIds={scenarioIds} />);
  });
  return { store, host };
}

describe('<Shell>', () => {
  it('a failing header tool says so in the header; the rest of the page works', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { host } = drawApp('?scenario=get&step=3&lang=en');
    const header = host.querySelector('header');
    expect(header?.querySelector('[role="alert"]')?.textContent).toContain(en['error.title']);
    expect(header?.textContent).toContain(en['app.title']);
    // Not the page's last resort: the regions and the controls are drawn.
    expect(host.textContent).not.toContain(en['error.page.title']);
    const counter = host.querySelector('[data-testid="step-counter"]');
    expect(counter?.textContent).toMatch(/^Step 3 of/);
    const next = [...host.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === en['controls.next'],
    );
    act(() => next?.click());
    expect(counter?.textContent).toMatch(/^Step 4 of/);
  });

  // Each step asks whether the page is a phone's or has a side column (ChangedInView).
  it('asks the media queries of a step without making them again at each step', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { store } = drawApp('?scenario=get&step=3&lang=en');
    act(() => store.getState().next());
    const matchMedia = vi.spyOn(window, 'matchMedia');
    act(() => store.getState().next());
    act(() => store.getState().next());
    expect(store.getState().cursor).toBe(6);
    expect(matchMedia).not.toHaveBeenCalled();
  });
});
