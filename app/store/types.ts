import type { SeqMode } from '../explain/describe';
import type { Profile, Scenario, Timeline } from '../model';
import type { Lang } from '../strings';
import type { Granularity } from '../timeline/granularity';
import type { Speed } from './playback';

/** What the store needs from the model: the scenarios by id, and the simulator. */
export interface ModelApi {
  scenarioIds: readonly string[];
  /** A canned scenario, by id. */
  simulate(scenarioId: string, options: { seed?: number; profile?: Profile }): Timeline;
  /** Any scenario (the workshop's): the same simulator. */
  simulateScenario(scenario: Scenario, options: { seed?: number; profile?: Profile }): Timeline;
  /**
   * Set while the simulator is still being fetched (app/lazyModel.ts): a scenario asked for
   * meanwhile is loaded once it is here.
   */
  readonly pending?: Promise<unknown>;
}

/**
 * Where the timeline on screen comes from: a canned scenario, a scenario of the user's own
 * (simulated like a canned one), or a timeline made elsewhere (an imported capture or file),
 * shown as it is.
 */
export type TimelineSource =
  | { kind: 'canned'; id: string }
  | { kind: 'custom'; scenario: Scenario }
  | { kind: 'imported'; name: string; timeline: Timeline };

/** `scenarioId` for the sources that are not a canned scenario. */
export const CUSTOM_ID = 'custom';
export const IMPORTED_ID = 'imported';

export interface LoadOptions {
  profile?: Profile;
  seed?: number;
  step?: number;
  /** A named moment (app/timeline/moments.ts): wins over `step` where the timeline has it. */
  moment?: string;
}

export interface TimelineSlice {
  source: TimelineSource;
  /** The canned scenario's id, else `custom` or `imported` (CUSTOM_ID, IMPORTED_ID). */
  scenarioId: string;
  profile: Profile;
  seed: number | undefined;
  timeline: Timeline | null;
  /** The simulator's error message when a scenario could not be simulated. */
  loadError: string | null;
  /**
   * The latest scenario of the user's own put on screen in this session, or null: the picker
   * keeps offering it after another scenario is picked, so that the workshop's edits (whose draft
   * belongs to it, app/workshop/draft.ts) stay one choice away.
   */
  ownScenario: Scenario | null;
  /** Forgets `ownScenario`: the workshop's "Reset to the original" gave it up. */
  forgetOwnScenario(): void;
  /** Simulates the canned scenario and puts the cursor on `step` (clamped). */
  loadScenario(id: string, options?: LoadOptions): void;
  /** Shows the first canned scenario, the one a page without a scenario shows. */
  loadDefault(options?: LoadOptions): void;
  /**
   * Shows the source's timeline (simulated unless imported) with the cursor on `step`
   * (clamped). An imported timeline keeps its own profile and seed; a custom scenario runs under
   * its own profile, or under `profile` where given, which it then holds.
   */
  loadSource(source: TimelineSource, options?: LoadOptions): void;
}

export interface PlaybackSlice {
  /** The fine step on screen (`timeline.steps[cursor]`), always one the granularity stops on. */
  cursor: number;
  playing: boolean;
  speed: Speed;
  /** Goes to the view step that shows fine step `step`. */
  goTo(step: number): void;
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  restart(): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  /** One tick of the player: the next step, and a stop at the end. */
  tick(): void;
  setSpeed(speed: Speed): void;
  /**
   * The furthest step the cursor may reach, or null: learning mode holds a step back until its
   * question is answered (app/learning/).
   */
  hold: number | null;
  setHold(step: number | null): void;
}

export interface PrefsSlice {
  lang: Lang;
  /** The numbers shown: the reader's choice (a link's `seq=`, the Display menu), else the timeline's own (`ownNumbering`). */
  seqMode: SeqMode;
  /** Whether `seqMode` is the reader's choice; if not, each timeline loaded sets its own. */
  seqChosen: boolean;
  hex: boolean;
  projector: boolean;
  /** One step per block (every step recorded) or one per segment (app/timeline/granularity.ts). */
  granularity: Granularity;
  /** URL parameters that could not be read, for the notice. */
  badParams: string[];
  /**
   * What the notice says of a link's step or moment that this view could not show as named:
   * an old `step=n` that does not fit this view, shown at the nearest named moment; or a
   * `moment=` this scenario does not have, shown at the link's step (or the first).
   */
  resolvedStep:
    | { kind: 'nearest'; step: number; moment: string }
    | { kind: 'missing'; step: number; moment: string }
    | null;
  setLang(lang: Lang): void;
  /** The reader's choice of numbers; null gives the choice back to the timeline on screen. */
  setSeqMode(mode: SeqMode | null): void;
  setHex(hex: boolean): void;
  setProjector(on: boolean): void;
  setBadParams(params: string[]): void;
  setGranularity(granularity: Granularity): void;
  setResolvedStep(resolved: PrefsSlice['resolvedStep']): void;
}

export type AppState = TimelineSlice & PlaybackSlice & PrefsSlice;
