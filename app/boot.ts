/** Reads the URL and the remembered language, and makes the store the app starts from. */
import { modelApi } from './modelApi';
import { type AppState, type AppStore, createAppStore } from './store';
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
  const draft = createAppStore(modelApi, { lang, seqMode: state.seq, profile: state.profile });
  draft.getState().loadScenario(state.scenario, { step: state.step, profile: state.profile });
  // A step past the end is shown as the last step, and said so.
  const custom = state.custom !== null;
  if (!custom && state.step > lastStep(draft.getState().timeline)) bad.push('step');
  draft.getState().setBadParams(bad);
  const store = startingFrom(draft);
  return {
    store,
    /**
     * A custom scenario's link (`scenario=custom&s=…`) is read by the workshop's code, fetched
     * now; the first render waits for it, as it waits for a catalogue.
     */
    custom: custom
      ? import('./workshop/lazy').then(
          (m) => m.openLink(store, state),
          (error: unknown) => {
            console.error('Roundtrip: the custom scenario could not be loaded', error);
            store.getState().setBadParams([...bad, 's:damaged']);
          },
        )
      : null,
    embed: state.embed,
    scenarioIds: modelApi.scenarioIds,
    strings,
    /**
     * Whether this is the page the build prerendered (scripts/prerender): no parameter in the
     * URL and English. Only then is the prerendered markup hydrated; any other page replaces it.
     */
    firstPage: search.replace(/^\?/, '') === '' && lang === 'en',
  };
}

/**
 * A store whose initial state is `draft`'s state now. React renders a store's initial state
 * (zustand's `getInitialState`, the server snapshot) on the server and while hydrating, so the
 * store must start from the loaded scenario, not load it after it is made.
 */
function startingFrom(draft: AppStore): AppStore {
  const data = Object.fromEntries(
    Object.entries(draft.getState()).filter(([, value]) => typeof value !== 'function'),
  ) as Partial<AppState>;
  return createAppStore(modelApi, data);
}
