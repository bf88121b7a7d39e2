/**
 * A component drawn as the page draws it: the store booted from a URL's query (its timeline
 * simulated, its catalogue loaded), the component inside the store's provider, in the document.
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { type Booted, boot } from '../boot';
import { modelApi } from '../modelApi';
import { type AppStore, StoreProvider } from '../store';
import type { Lang } from '../strings';

/** `node` inside `store`'s provider, drawn into a new element of the document. */
export function drawInStore(store: AppStore, node: ReactNode): { host: HTMLElement; root: Root } {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => {
    root.render(<StoreProvider store={store}>{node}</StoreProvider>);
  });
  return { host, root };
}

export async function drawBooted(
  query: string,
  lang: Lang,
  node: ReactNode,
): Promise<{ host: HTMLElement; store: Booted['store'] }> {
  const { store, strings } = boot(query, [lang], { model: modelApi }) as Booted;
  await strings;
  return { host: drawInStore(store, node).host, store };
}
