/** Reads the URL and the remembered language, and makes the store the app starts from. */
import type { Timeline } from './model';
import { type AppState, type AppStore, createAppStore, type ModelApi } from './store';
import { loadCatalogue } from './strings';
import { pickLanguage, readStoredLanguage } from './strings/language';
import { CANNED_PROFILE, decodeUrl } from './url/codec';
import { openView } from './url/openView';

export interface BootOptions {
  /** The model the store uses; while it is still loading (`pending`), see `boot`'s result. */
  model: ModelApi;
  /** The first page's timeline, as the build wrote it beside the prerendered page. */
  firstTimeline?: Timeline | null;
}

export interface Booted {
  store: AppStore;
  embed: boolean;
  scenarioIds: readonly string[];
  /** The catalogue of a language other than English, on its way; the first render waits. */
  strings: Promise<string> | null;
  /** The custom scenario of a `scenario=custom` link, on its way; the first render waits. */
  custom: Promise<void> | null;
  /**
   * Whether this is the page the build prerendered (scripts/prerender): no parameter in the
   * URL and English. Only then is the prerendered markup hydrated; any other page replaces it.
   */
  firstPage: boolean;
}

/**
 * The store for this URL, or null when it needs the simulator and the simulator is still
 * loading (call again once `model.pending` settles). The first page needs none: its timeline
 * comes with the page.
 */
export function boot(
  search: string,
  browserLanguages: readonly string[],
  { model, firstTimeline = null }: BootOptions,
): Booted | null {
  const { state, bad } = decodeUrl(search, model.scenarioIds);
  const storedLang = readStoredLanguage();
  const chosen = pickLanguage(state.lang, storedLang, browserLanguages);
  const firstPage = search.replace(/^\?/, '') === '' && chosen === 'en';
  const given = firstPage && firstTimeline ? firstTimeline : null;
  if (!given && model.pending) return null;

  let lang = chosen;
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
  const draft = createAppStore(model, {
    lang,
    ...(state.seq === null ? {} : { seqMode: state.seq }),
    profile: state.profile ?? CANNED_PROFILE,
  });
  if (given) {
    // The first page has no parameter: no moment, granularity or projector to honour.
    draft.setState({
      source: { kind: 'canned', id: state.scenario },
      scenarioId: state.scenario,
      timeline: given,
      cursor: 0,
    });
  } else {
    bad.push(...openView(draft, model, state));
  }
  draft.getState().setBadParams(bad);
  const store = startingFrom(model, draft);
  // A custom scenario's link (`scenario=custom&s=…`) is read by the workshop's code, fetched
  // now; the first render waits for it, as it waits for a catalogue.
  const custom =
    state.custom === null
      ? null
      : import('./workshop/lazy').then(
          (m) => m.openLink(store, state),
          (error: unknown) => {
            console.error('Roundtrip: the custom scenario could not be loaded', error);
            store.getState().setBadParams([...bad, 's:damaged']);
          },
        );
  return { store, custom, embed: state.embed, scenarioIds: model.scenarioIds, strings, firstPage };
}

/**
 * A store whose initial state is `draft`'s state now. React renders a store's initial state
 * (zustand's `getInitialState`, the server snapshot) on the server and while hydrating, so the
 * store must start from the loaded scenario, not load it after it is made.
 */
function startingFrom(model: ModelApi, draft: AppStore): AppStore {
  const data = Object.fromEntries(
    Object.entries(draft.getState()).filter(([, value]) => typeof value !== 'function'),
  ) as Partial<AppState>;
  return createAppStore(model, data);
}
