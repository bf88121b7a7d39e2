/** The store's three slices (zustand slices pattern). Actions call pure functions. */
import type { StateCreator } from 'zustand';
import { clampStep, lastStep } from './playback';
import type { AppState, ModelApi, PlaybackSlice, PrefsSlice, TimelineSlice } from './types';

type Slice<T> = StateCreator<AppState, [], [], T>;

export const timelineSlice =
  (model: ModelApi): Slice<TimelineSlice> =>
  (set, get) => ({
    scenarioId: model.scenarioIds[0] ?? 'get',
    profile: 'textbook',
    seed: undefined,
    timeline: null,
    loadError: null,
    loadScenario(id, options = {}) {
      const profile = options.profile ?? get().profile;
      const seed = options.seed ?? get().seed;
      try {
        const timeline = model.simulate(id, { profile, ...(seed === undefined ? {} : { seed }) });
        set({
          scenarioId: id,
          profile,
          seed,
          timeline,
          loadError: null,
          cursor: clampStep(options.step ?? 0, timeline),
          playing: false,
        });
      } catch (error) {
        set({
          scenarioId: id,
          profile,
          seed,
          timeline: null,
          loadError: error instanceof Error ? error.message : String(error),
          cursor: 0,
          playing: false,
        });
      }
    },
  });

export const playbackSlice: Slice<PlaybackSlice> = (set, get) => {
  const goTo = (step: number) => set({ cursor: clampStep(step, get().timeline) });
  return {
    cursor: 0,
    playing: false,
    speed: 1,
    goTo,
    next: () => goTo(get().cursor + 1),
    previous: () => goTo(get().cursor - 1),
    first: () => goTo(0),
    last: () => goTo(lastStep(get().timeline)),
    restart: () => set({ cursor: 0, playing: false }),
    play() {
      const { cursor, timeline } = get();
      // Play at the end starts again from the beginning.
      set({ playing: true, cursor: cursor >= lastStep(timeline) ? 0 : cursor });
    },
    pause: () => set({ playing: false }),
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    tick() {
      const { cursor, timeline } = get();
      const next = clampStep(cursor + 1, timeline);
      set({ cursor: next, playing: next < lastStep(timeline) });
    },
    setSpeed: (speed) => set({ speed }),
  };
};

export const prefsSlice: Slice<PrefsSlice> = (set) => ({
  lang: 'en',
  seqMode: 'relative',
  hex: false,
  projector: false,
  badParams: [],
  setLang: (lang) => set({ lang }),
  setSeqMode: (seqMode) => set({ seqMode }),
  setHex: (hex) => set({ hex }),
  setProjector: (projector) => set({ projector }),
  setBadParams: (badParams) => set({ badParams }),
});
