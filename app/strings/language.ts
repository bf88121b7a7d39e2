/** Which language to show: the URL's, else the remembered choice, else the browser's. */
import { isLang, type Lang } from './index';

export const LANG_STORAGE_KEY = 'roundtrip.lang';

/** Maps a BCP 47 tag to one of ours: zh-TW/zh-HK/zh-Hant → zh-TW, other zh → zh-CN. */
export function matchLanguage(tag: string): Lang | null {
  const lower = tag.toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (!(lower === 'zh' || lower.startsWith('zh-'))) return null;
  if (/^zh-(tw|hk|mo|hant)\b/.test(lower)) return 'zh-TW';
  return 'zh-CN';
}

export function pickLanguage(
  fromUrl: Lang | null,
  stored: string | null,
  browser: readonly string[],
): Lang {
  if (fromUrl) return fromUrl;
  if (isLang(stored)) return stored;
  for (const tag of browser) {
    const lang = matchLanguage(tag);
    if (lang) return lang;
  }
  return 'en';
}

export function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeLanguage(lang: Lang): void {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Private mode or a sandboxed iframe: the choice just is not remembered.
  }
}
