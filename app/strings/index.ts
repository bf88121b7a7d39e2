import { type Catalogue, en, type MessageKey } from './en';
import { zhCN } from './zh-CN';
import { zhTW } from './zh-TW';

/** The languages, in the order the switch lists them. `label` is each language's own name. */
export const LANGUAGES = [
  { code: 'en', label: 'English', catalogue: en },
  { code: 'zh-CN', label: '简体中文', catalogue: zhCN },
  { code: 'zh-TW', label: '繁體中文', catalogue: zhTW },
] as const satisfies readonly { code: string; label: string; catalogue: Catalogue }[];

export type Lang = (typeof LANGUAGES)[number]['code'];
export type { Catalogue, MessageKey };

export function isLang(value: unknown): value is Lang {
  return LANGUAGES.some((l) => l.code === value);
}

export function catalogueFor(lang: Lang): Catalogue {
  return LANGUAGES.find((l) => l.code === lang)?.catalogue ?? en;
}

/** Looks a key up and fills its {placeholders}. */
export function format(
  catalogue: Catalogue,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
