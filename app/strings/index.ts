/**
 * The languages and their catalogues. English is in the main bundle (it
 * defines the keys and is the fallback); each other catalogue is its own chunk,
 * fetched only when its language is chosen. A language is switched to only once
 * its catalogue is here (`loadCatalogue`), so the page never shows a mix.
 */
import { type Catalogue, en, type MessageKey } from './en';

/** The languages, in the order the switch lists them. `label` is each language's own name. */
export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'zh-CN', label: '简体中文' },
  { code: 'zh-TW', label: '繁體中文' },
] as const satisfies readonly { code: string; label: string }[];

export type Lang = (typeof LANGUAGES)[number]['code'];
export type { Catalogue, MessageKey };

export function isLang(value: unknown): value is Lang {
  return LANGUAGES.some((l) => l.code === value);
}

const IMPORTS: Record<Exclude<Lang, 'en'>, () => Promise<Catalogue>> = {
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.zhTW),
};

const loaded = new Map<Lang, Catalogue>([['en', en]]);
const loading = new Map<Lang, Promise<Catalogue>>();

/** The language's catalogue, fetched once; rejects if its chunk cannot be fetched. */
export function loadCatalogue(lang: Lang): Promise<Catalogue> {
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(lang);
  if (!pending) {
    pending = IMPORTS[lang as Exclude<Lang, 'en'>]().then(
      (catalogue) => {
        loaded.set(lang, catalogue);
        return catalogue;
      },
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** The catalogue of a loaded language; English for one not loaded (which the app never asks for). */
export function catalogueFor(lang: Lang): Catalogue {
  return loaded.get(lang) ?? en;
}

/** Whether `key` is a key of the catalogues: the check that lets a key built at run time be read. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** Looks a key up and fills its {placeholders}. */
export function format(
  catalogue: Catalogue,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return fill(catalogue[key], params);
}

/**
 * What goes between two sentences written one after another: a space in English; nothing in
 * Chinese, whose full-width punctuation carries its own space (docs/glossary.md: none between
 * Chinese and full-width punctuation).
 */
export const SENTENCE_GAP: Readonly<Record<Lang, string>> = { en: ' ', 'zh-CN': '', 'zh-TW': '' };

/** What goes between the items of a list: a comma in English, 、 (the enumeration comma) in Chinese. */
export const LIST_GAP: Readonly<Record<Lang, string>> = { en: ', ', 'zh-CN': '、', 'zh-TW': '、' };

/** Sentences one after another, in the language's way; empty ones are left out. */
export function sentences(lang: Lang, ...parts: readonly string[]): string {
  return parts.filter((p) => p !== '').join(SENTENCE_GAP[lang]);
}

/**
 * Fills a string's {placeholders}; one left without a value stays as it is written. English
 * writes a word that agrees with a number as `{n:packet|packets}`: the first form where `n` is
 * written "1", the second otherwise (CLDR's English plural rule: "one" is 1 with no visible
 * decimals). Chinese nouns and verbs do not change with a number, so its catalogues need none.
 */
export function fill(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(
    /\{(\w+)(?::([^{}|]*)\|([^{}|]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      if (!(name in params)) return whole;
      const value = String(params[name]);
      if (one === undefined) return value;
      return value === '1' ? one : (other ?? '');
    },
  );
}
