/**
 * The words of a view that is loaded on first use (the workshop, the importer, learning mode…).
 * They travel in that view's own chunk, all three languages together, instead of growing the
 * catalogues of the first load: a view's `strings.ts` calls `defineStrings`, its components read
 * them with `useStrings` (app/store). The type asks every language for every key; the catalogue
 * tests (strings.test.ts, glossary.test.ts) read every `app/**\/strings.ts` as they read the
 * main catalogues.
 */
import type { Lang } from './index';

export type FeatureStrings<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

/** English defines the keys; each other language must have exactly those. */
export function defineStrings<const E extends Record<string, string>>(catalogues: {
  en: E;
  'zh-CN': Record<keyof E, string>;
  'zh-TW': Record<keyof E, string>;
}): FeatureStrings<Extract<keyof E, string>> {
  return catalogues;
}
