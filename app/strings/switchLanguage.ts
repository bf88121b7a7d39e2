/** Changes the page's language once its catalogue is here, so that no view shows a mix. */
import { type Lang, loadCatalogue } from './index';

let latest = 0;

/**
 * Fetches `lang`'s catalogue, then calls `apply(lang)`, unless another language
 * was asked for in the meantime (the last choice wins). Resolves to whether it
 * applied; a catalogue that cannot be fetched leaves the language as it was.
 */
export async function switchLanguage(lang: Lang, apply: (lang: Lang) => void): Promise<boolean> {
  const ticket = ++latest;
  try {
    await loadCatalogue(lang);
  } catch (error) {
    console.error(`Roundtrip: the ${lang} strings could not be loaded`, error);
    return false;
  }
  if (ticket !== latest) return false;
  apply(lang);
  return true;
}
