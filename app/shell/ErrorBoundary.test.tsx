import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { modelApi } from '../modelApi';
import { createAppStore, StoreProvider } from '../store';
import { type Lang, loadCatalogue } from '../strings';
import { en } from '../strings/en';
import { zhTW } from '../strings/zh-TW';
import { ErrorBoundary } from './ErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let broken = true;
function Fragile() {
  if (broken) throw new Error('drawing failed');
  return <p>drawn</p>;
}

/** Renders inside a store whose language is `lang`: the boundary speaks the store's language. */
function renderIn(lang: Lang, tree: ReactNode): HTMLElement {
  const store = createAppStore(modelApi, { lang });
  const host = document.createElement('div');
  document.body.append(host);
  act(() => {
    createRoot(host).render(<StoreProvider store={store}>{tree}</StoreProvider>);
  });
  return host;
}

function render(onReset = () => {}, lang: Lang = 'en') {
  return renderIn(
    lang,
    <div>
      <ErrorBoundary onReset={onReset}>
        <Fragile />
      </ErrorBoundary>
      <p>beside it</p>
    </div>,
  );
}

beforeAll(async () => {
  await loadCatalogue('zh-TW');
});

const button = (host: HTMLElement, name: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent === name);

afterEach(() => {
  document.body.innerHTML = '';
  broken = true;
  vi.restoreAllMocks();
});

describe('<ErrorBoundary>', () => {
  it('shows a readable message in place of the failed region, and the rest stays', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const host = render();
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(en['error.title']);
    expect(alert?.textContent).toContain(en['error.body']);
    expect(alert?.textContent).not.toContain('drawing failed');
    expect(host.textContent).toContain('beside it');
  });

  it('says it in the page language', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const host = render(() => {}, 'zh-TW');
    expect(host.querySelector('[role="alert"]')?.textContent).toContain(zhTW['error.title']);
  });

  it('Try again resets the region and draws it anew', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onReset = vi.fn(() => {
      broken = false;
    });
    const host = render(onReset);
    act(() => button(host, en['error.retry'])?.click());
    expect(onReset).toHaveBeenCalledOnce();
    expect(host.querySelector('[role="alert"]')).toBeNull();
    expect(host.textContent).toContain('drawn');
  });

  it('offers a reload as the other way back', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const host = render();
    expect(button(host, en['error.reload'])).toBeDefined();
  });

  it('around the whole app, says the page failed and links to its default settings', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const host = renderIn(
      'zh-TW',
      <ErrorBoundary page={{ defaults: './?lang=zh-TW' }}>
        <Fragile />
      </ErrorBoundary>,
    );
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(zhTW['error.page.title']);
    expect(alert?.textContent).toContain(zhTW['error.page.body']);
    expect(alert?.textContent).not.toContain('drawing failed');
    const link = alert?.querySelector('a');
    expect(link?.textContent).toBe(zhTW['error.page.defaults']);
    expect(link?.getAttribute('href')).toBe('./?lang=zh-TW');
    expect(button(host, zhTW['error.reload'])).toBeDefined();
    // No "Try again": nothing outside the app could reset it.
    expect(button(host, zhTW['error.retry'])).toBeUndefined();
  });
});
