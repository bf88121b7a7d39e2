/**
 * Keeps the URL and the store in step. Stepping replaces the history entry (no
 * flood); choosing another scenario pushes one, so Back returns to it. Back and
 * Forward put the view the URL names back on screen.
 */
import { useEffect } from 'react';
import { type AppState, useAppStore } from '../store';
import { decodeUrl, encodeUrl, type UrlState } from './codec';

export function urlStateOf(s: AppState, embed: boolean): UrlState {
  return {
    scenario: s.scenarioId,
    step: s.cursor,
    lang: s.lang,
    embed,
    seq: s.seqMode,
    profile: s.profile,
  };
}

const same = (a: AppState, b: AppState) =>
  a.scenarioId === b.scenarioId &&
  a.cursor === b.cursor &&
  a.lang === b.lang &&
  a.seqMode === b.seqMode &&
  a.profile === b.profile;

export function useUrlSync(embed: boolean, scenarioIds: readonly string[]) {
  const store = useAppStore();
  useEffect(() => {
    let prev = store.getState();
    const unsubscribe = store.subscribe((s) => {
      if (same(s, prev)) return;
      const search = encodeUrl(urlStateOf(s, embed), window.location.search);
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      // In an iframe a push would land in the course page's history: replace there.
      if (s.scenarioId !== prev.scenarioId && !embed) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      prev = s;
    });
    const onPop = () => {
      const { state } = decodeUrl(window.location.search, scenarioIds);
      const s = store.getState();
      prev = s;
      if (state.lang && state.lang !== s.lang) s.setLang(state.lang);
      if (state.seq !== s.seqMode) s.setSeqMode(state.seq);
      if (state.scenario !== s.scenarioId || state.profile !== s.profile) {
        s.loadScenario(state.scenario, { step: state.step, profile: state.profile });
      } else s.goTo(state.step);
      prev = store.getState();
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [store, embed, scenarioIds]);
}
