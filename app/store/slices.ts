/** The store's three slices (zustand slices pattern). Actions call pure functions. */
import type { StateCreator } from 'zustand';
import type { Profile } from '../model';
import { clampStep, lastStep } from './playback';
import {
  type AppState,
  CUSTOM_ID,
  IMPORTED_ID,
  type ModelApi,
  type PlaybackSlice,
  type PrefsSlice,
  type TimelineSlice,
  type TimelineSource,
} from './types';

type Slice<T> = StateCreator<AppState, [], [], T>;

export const timelineSlice =
  (model: ModelApi): Slice<TimelineSlice> =>
  (set, get) => {
    const timelineOf = (source: TimelineSource, profile: Profile, seed: number | undefined) => {
      const options = { profile, ...(seed === undefined ? {} : { seed }) };
      if (source.kind === 'canned') return model.simulate(source.id, options);
      if (source.kind === 'custom') return model.simulateScenario(source.scenario, options);
      return source.timeline;
    };
    const idOf = (source: TimelineSource) =>
      source.kind === 'canned' ? source.id : source.kind === 'custom' ? CUSTOM_ID : IMPORTED_ID;
    const first = model.scenarioIds[0] ?? 'get';
    return {
      source: { kind: 'canned', id: first },
      scenarioId: first,
      profile: 'textbook',
      seed: undefined,
      timeline: null,
      loadError: null,
      loadScenario(id, options = {}) {
        get().loadSource({ kind: 'canned', id }, options);
      },
      loadSource(source, options = {}) {
        const imported = source.kind === 'imported' ? source.timeline : null;
        const profile = imported?.profile ?? options.profile ?? get().profile;
        const seed = imported?.seed ?? options.seed ?? get().seed;
        const common = { source, scenarioId: idOf(source), profile, seed, playing: false };
        try {
          const timeline = timelineOf(source, profile, seed);
          set({
            ...common,
            timeline,
            loadError: null,
            cursor: clampStep(options.step ?? 0, timeline),
          });
        } catch (error) {
          set({
            ...common,
            timeline: null,
            loadError: error instanceof Error ? error.message : String(error),
            cursor: 0,
          });
        }
      },
    };
  };

export const playbackSlice: Slice<PlaybackSlice> = (set, get) => {
  // A held step is out of reach until released (learning mode's questions).
  const reach = (step: number) => {
    const { hold, timeline } = get();
    return clampStep(hold === null ? step : Math.min(step, hold), timeline);
  };
  const goTo = (step: number) => set({ cursor: reach(step) });
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
      const next = reach(cursor + 1);
      const end = Math.min(lastStep(timeline), get().hold ?? Number.POSITIVE_INFINITY);
      set({ cursor: next, playing: next < end });
    },
    setSpeed: (speed) => set({ speed }),
    hold: null,
    setHold(hold) {
      const { cursor, timeline } = get();
      set(hold !== null && cursor > hold ? { hold, cursor: clampStep(hold, timeline) } : { hold });
    },
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
