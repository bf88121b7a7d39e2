/** The store's three slices (zustand slices pattern). Actions call pure functions. */
import type { StateCreator } from 'zustand';
import { ownNumbering } from '../explain/numbering';
import type { Profile, Timeline } from '../model';
import { switchedCursor, viewIndexOf, viewSteps } from '../timeline/granularity';
import { findMoment } from '../timeline/moments';
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
      ownScenario: null,
      forgetOwnScenario() {
        set({ ownScenario: null });
      },
      loadScenario(id, options = {}) {
        get().loadSource({ kind: 'canned', id }, options);
      },
      loadDefault(options = {}) {
        get().loadSource({ kind: 'canned', id: first }, options);
      },
      loadSource(source, options = {}) {
        const pending = source.kind === 'imported' ? undefined : model.pending;
        if (pending) {
          // The simulator is still on its way: the timeline on screen stays until it is here.
          const again = () => get().loadSource(source, options);
          void pending.then(again, again);
          return;
        }
        const imported = source.kind === 'imported' ? source.timeline : null;
        const given = options.profile;
        // A scenario of the user's own runs under its own profile, the one the workshop's form
        // shows and its link carries, never under the one left on screen; where it is told
        // another (a link's `profile=`), it takes that one, so that the form shows what runs.
        const shown: TimelineSource =
          source.kind === 'custom' && given !== undefined && given !== source.scenario.profile
            ? { kind: 'custom', scenario: { ...source.scenario, profile: given } }
            : source;
        const profile =
          imported?.profile ??
          (shown.kind === 'custom' ? shown.scenario.profile : (given ?? get().profile));
        const seed = imported?.seed ?? options.seed ?? get().seed;
        const common = {
          source: shown,
          scenarioId: idOf(shown),
          profile,
          seed,
          playing: false,
          ...(shown.kind === 'custom' ? { ownScenario: shown.scenario } : {}),
        };
        try {
          const timeline = timelineOf(shown, profile, seed);
          const moment = options.moment ? findMoment(timeline, options.moment) : undefined;
          const fine = clampStep(moment?.step ?? options.step ?? 0, timeline);
          const views = viewSteps(timeline, get().granularity);
          set({
            ...common,
            timeline,
            ...(get().seqChosen ? {} : { seqMode: ownNumbering(timeline) }),
            loadError: null,
            cursor: views[viewIndexOf(timeline, get().granularity, fine)] ?? 0,
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
  /**
   * The view step that shows fine step `step` (itself at the `block` granularity), never past a
   * held step: that is out of reach until released (learning mode's questions).
   */
  const snap = (step: number) => {
    const { timeline, granularity, hold } = get();
    const fine = clampStep(hold === null ? step : Math.min(step, hold), timeline);
    if (!timeline || granularity === 'block') return fine;
    const view = viewSteps(timeline, granularity)[viewIndexOf(timeline, granularity, fine)] ?? fine;
    return hold !== null && view > hold ? fine : view;
  };
  /** The view step `by` view steps away from the cursor. */
  const move = (by: number) => {
    const { timeline, granularity, cursor } = get();
    if (!timeline || granularity === 'block') return snap(cursor + by);
    const views = viewSteps(timeline, granularity);
    const k = viewIndexOf(timeline, granularity, cursor);
    return snap(views[Math.min(views.length - 1, Math.max(0, k + by))] ?? cursor);
  };
  // A step to where the cursor is already changes nothing, and so tells no one: after each edit
  // the workshop goes to the step it keeps, which is most often the one loaded.
  const goTo = (step: number) => {
    const cursor = snap(step);
    if (cursor !== get().cursor) set({ cursor });
  };
  return {
    cursor: 0,
    playing: false,
    speed: 1,
    goTo,
    next: () => set({ cursor: move(1) }),
    previous: () => set({ cursor: move(-1) }),
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
      const next = move(1);
      const end = Math.min(lastStep(get().timeline), get().hold ?? Number.POSITIVE_INFINITY);
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

export const prefsSlice: Slice<PrefsSlice> = (set, get) => {
  /**
   * The fine step the last switch to `segment` left, and the timeline it is a step of: a switch
   * back to `block` returns to it while the cursor is still on the view step that showed it
   * (`switchedCursor`). Not state: nothing is drawn from it.
   */
  let left: { timeline: Timeline; fine: number } | null = null;
  return {
    lang: 'en',
    seqMode: 'relative',
    seqChosen: false,
    hex: false,
    projector: false,
    granularity: 'block',
    badParams: [],
    resolvedStep: null,
    setLang: (lang) => set({ lang }),
    setSeqMode(seqMode) {
      if (seqMode !== null) set({ seqMode, seqChosen: true });
      else {
        const { timeline } = get();
        set({ seqMode: timeline ? ownNumbering(timeline) : 'relative', seqChosen: false });
      }
    },
    setHex: (hex) => set({ hex }),
    setProjector: (projector) => set({ projector }),
    setBadParams: (badParams) => set({ badParams }),
    setGranularity(granularity) {
      const { timeline, cursor } = get();
      if (granularity === get().granularity) return;
      if (!timeline) {
        set({ granularity, cursor: 0 });
        return;
      }
      const from = left?.timeline === timeline ? left.fine : null;
      left = granularity === 'segment' ? { timeline, fine: cursor } : null;
      set({ granularity, cursor: switchedCursor(timeline, granularity, cursor, from) });
    },
    setResolvedStep: (resolvedStep) => set({ resolvedStep }),
  };
};
