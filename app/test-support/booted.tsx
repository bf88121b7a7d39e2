/**
 * A component drawn as the page draws it: the store booted from a URL's query (its timeline
 * simulated, its catalogue loaded), the component inside the store's provider, in the document.
 */
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { type Booted, boot } from '../boot';
import { modelApi } from '../modelApi';
import { StoreProvider } from '../store';
import type { Lang } from '../strings';

export async function drawBooted(
  query: string,
  lang: Lang,
  node: ReactNode,
): Promise<{ host: HTMLElement; store: Booted['store'] }> {
  const { store, strings } = boot(query, [lang], { model: modelApi }) as Booted;
  await strings;
  const host = document.createElement('div');
  document.body.append(host);
  act(() => {
    createRoot(host).render(<StoreProvider store={store}>{node}</StoreProvider>);
  });
  return { host, store };
}
