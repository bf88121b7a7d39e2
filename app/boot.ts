/** Reads the URL and the remembered language, and makes the store the app starts from. */
import { modelApi } from './modelApi';
import { createAppStore } from './store';
import { lastStep } from './store/playback';
import { pickLanguage, readStoredLanguage } from './strings/language';
import { decodeUrl } from './url/codec';

export function boot(search: string, browserLanguages: readonly string[]) {
  const { state, bad } = decodeUrl(search, modelApi.scenarioIds);
  const lang = pickLanguage(state.lang, readStoredLanguage(), browserLanguages);
  const store = createAppStore(modelApi, { lang, seqMode: state.seq, profile: state.profile });
  store.getState().loadScenario(state.scenario, { step: state.step, profile: state.profile });
  // A step past the end is shown as the last step, and said so.
  if (state.step > lastStep(store.getState().timeline)) bad.push('step');
  store.getState().setBadParams(bad);
  return { store, embed: state.embed, scenarioIds: modelApi.scenarioIds };
}
