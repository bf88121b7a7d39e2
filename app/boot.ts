/** Reads the URL and the remembered language, and makes the store the app starts from. */
import { modelApi } from './modelApi';
import { createAppStore } from './store';
import { lastStep } from './store/playback';
import { loadCatalogue } from './strings';
import { pickLanguage, readStoredLanguage } from './strings/language';
import { decodeUrl } from './url/codec';

export function boot(search: string, browserLanguages: readonly string[]) {
  const { state, bad } = decodeUrl(search, modelApi.scenarioIds);
  let lang = pickLanguage(state.lang, readStoredLanguage(), browserLanguages);
  // Fetched while the first scenario is simulated; the first render waits for it,
  // so that a Chinese page never shows English first.
  const strings =
    lang === 'en'
      ? null
      : loadCatalogue(lang).then(
          () => lang,
          (error: unknown) => {
            console.error(`Roundtrip: the ${lang} strings could not be loaded`, error);
            lang = 'en';
            store.getState().setLang('en');
            return lang;
          },
        );
  const store = createAppStore(modelApi, { lang, seqMode: state.seq, profile: state.profile });
  store.getState().loadScenario(state.scenario, { step: state.step, profile: state.profile });
  // A step past the end is shown as the last step, and said so.
  if (state.step > lastStep(store.getState().timeline)) bad.push('step');
  store.getState().setBadParams(bad);
  return { store, embed: state.embed, scenarioIds: modelApi.scenarioIds, strings };
}
