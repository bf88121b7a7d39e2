/**
 * Keeps the URL and the store in step. Stepping replaces the history entry (no
 * flood); choosing another scenario pushes one, so Back returns to it. Back and
 * Forward put the view the URL names back on screen.
 *
 * A step is written once the stepping stops (STEP_WRITE_MS after the last one,
 * or when playback pauses, or when the page is hidden), not at every step: each
 * `history.replaceState` costs the main thread a few ms, and Chromium fetches
 * and decodes the favicon again after each one, which stalled playback.
 */
import { useEffect } from 'react';
import { type AppState, type ModelApi, useAppStore } from '../store';
import { switchLanguage } from '../strings/switchLanguage';
import { CUSTOM_SCENARIO, decodeUrl, encodeUrl } from './codec';
import { openView } from './openView';
import { urlStateOf } from './urlState';

/** Quiet time after the last step before the URL is written. */
export const STEP_WRITE_MS = 250;

export { urlStateOf } from './urlState';

/** Same view apart from the step. */
const sameButStep = (a: AppState, b: AppState) =>
  a.scenarioId === b.scenarioId &&
  a.source === b.source &&
  a.lang === b.lang &&
  a.seqMode === b.seqMode &&
  a.seqChosen === b.seqChosen &&
  a.profile === b.profile &&
  a.granularity === b.granularity &&
  a.projector === b.projector;

/** Same view apart from the step and the custom scenario's content. */
const sameButSource = (a: AppState, b: AppState) =>
  a.scenarioId === b.scenarioId &&
  a.cursor === b.cursor &&
  a.lang === b.lang &&
  a.seqMode === b.seqMode &&
  a.seqChosen === b.seqChosen &&
  a.profile === b.profile &&
  a.granularity === b.granularity &&
  a.projector === b.projector;

const same = (a: AppState, b: AppState) => sameButStep(a, b) && a.cursor === b.cursor;

export function useUrlSync(
  model: Pick<ModelApi, 'simulate'>,
  embed: boolean,
  scenarioIds: readonly string[],
) {
  const store = useAppStore();
  useEffect(() => {
    /** The view the current history entry names. */
    let written = store.getState();
    let timer = 0;
    let applying = false;
    const cancel = () => {
      window.clearTimeout(timer);
      timer = 0;
    };
    const write = (s: AppState, push: boolean) => {
      cancel();
      const search = encodeUrl(urlStateOf(s, embed), window.location.search);
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      written = s;
    };
    const flush = () => {
      const s = store.getState();
      if (same(s, written)) cancel();
      else write(s, false);
    };

    const unsubscribe = store.subscribe((s, prev) => {
      // An imported session is not put in the URL (it can be large and private).
      if (applying || s.source.kind === 'imported') return;
      if (same(s, written)) {
        cancel();
        return;
      }
      // In an iframe a push would land in the course page's history: replace there.
      if (s.scenarioId !== written.scenarioId && !embed) {
        // The entry being left keeps the step it was last on, for Back.
        if (prev.scenarioId === written.scenarioId && !same(prev, written)) write(prev, false);
        write(s, true);
      } else if (s.source !== written.source && sameButSource(s, written)) {
        // An edit in the workshop (a custom scenario changed): written once the typing pauses.
        cancel();
        timer = window.setTimeout(flush, STEP_WRITE_MS);
      } else if (!sameButStep(s, written)) {
        write(s, false);
      } else if (s.playing) {
        // Playing: written when it pauses or stops.
        cancel();
      } else if (prev.playing) {
        write(s, false);
      } else {
        cancel();
        timer = window.setTimeout(flush, STEP_WRITE_MS);
      }
    });
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    /** Puts the view the URL names on screen, without writing it back. */
    const apply = (change: () => void) => {
      applying = true;
      try {
        change();
      } finally {
        applying = false;
      }
      written = store.getState();
    };
    const onPop = () => {
      // The entry now shown is another one: a pending write belonged to the one left.
      cancel();
      const { state } = decodeUrl(window.location.search, scenarioIds);
      if (state.scenario === CUSTOM_SCENARIO) {
        // Read by the workshop's code, fetched (once) for it.
        void import('../workshop/lazy').then((m) => apply(() => m.openLink(store, state)));
        return;
      }
      apply(() => {
        const s = store.getState();
        if (state.seq !== (s.seqChosen ? s.seqMode : null)) s.setSeqMode(state.seq);
        openView(store, model, state);
      });
      const lang = state.lang;
      if (lang && lang !== store.getState().lang) {
        void switchLanguage(lang, (l) => apply(() => store.getState().setLang(l)));
      }
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      unsubscribe();
      flush();
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [store, model, embed, scenarioIds]);
}
