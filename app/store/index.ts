/** One store made of typed slices; components select the narrow piece they need. */
import { createContext, createElement, type ReactNode, useContext } from 'react';
import { createStore, type StoreApi, useStore } from 'zustand';
import { type Catalogue, catalogueFor, type Lang } from '../strings';
import type { FeatureStrings } from '../strings/feature';
import { playbackSlice, prefsSlice, timelineSlice } from './slices';
import type { AppState, ModelApi } from './types';

export type AppStore = StoreApi<AppState>;
export type { AppState, LoadOptions, ModelApi, TimelineSource } from './types';
export { CUSTOM_ID, IMPORTED_ID } from './types';

export function createAppStore(model: ModelApi, initial: Partial<AppState> = {}): AppStore {
  return createStore<AppState>()((...a) => ({
    ...timelineSlice(model)(...a),
    ...playbackSlice(...a),
    ...prefsSlice(...a),
    ...initial,
    // Numbers given to the store are a choice (a link's `seq=`, a test's).
    seqChosen: initial.seqChosen ?? initial.seqMode !== undefined,
  }));
}

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp outside <StoreProvider>');
  return store;
}

/** Select a narrow slice of the store; re-renders only when it changes. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector);
}

/** The reader's language, as the store holds it. */
export function useLang(): Lang {
  return useApp((s) => s.lang);
}

/**
 * The words of the reader's language: the catalogue of the language the store holds (a
 * language is switched to only once its catalogue is loaded, `switchLanguage`).
 */
export function useT(): Catalogue {
  return catalogueFor(useLang());
}

/** The words of a view loaded on first use, in the reader's language (app/strings/feature.ts). */
export function useStrings<K extends string>(
  strings: FeatureStrings<K>,
): Readonly<Record<K, string>> {
  return strings[useLang()];
}
