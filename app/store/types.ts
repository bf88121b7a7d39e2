import type { SeqMode } from '../explain/describe';
import type { Profile, Scenario, Timeline } from '../model';
import type { Lang } from '../strings';
import type { Speed } from './playback';

/** What the store needs from the model: the scenarios by id, and the simulator. */
export interface ModelApi {
  scenarioIds: readonly string[];
  /** A canned scenario, by id. */
  simulate(scenarioId: string, options: { seed?: number; profile?: Profile }): Timeline;
  /** Any scenario (the workshop's): the same simulator. */
  simulateScenario(scenario: Scenario, options: { seed?: number; profile?: Profile }): Timeline;
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
  /** Simulates the canned scenario and puts the cursor on `step` (clamped). */
  loadScenario(id: string, options?: LoadOptions): void;
  /**
   * Shows the source's timeline (simulated unless imported) with the cursor on `step`
   * (clamped). An imported timeline keeps its own profile and seed.
   */
  loadSource(source: TimelineSource, options?: LoadOptions): void;
}

export interface PlaybackSlice {
  cursor: number;
  playing: boolean;
  speed: Speed;
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
  seqMode: SeqMode;
  hex: boolean;
  projector: boolean;
  /** URL parameters that could not be read, for the notice. */
  badParams: string[];
  setLang(lang: Lang): void;
  setSeqMode(mode: SeqMode): void;
  setHex(hex: boolean): void;
  setProjector(on: boolean): void;
  setBadParams(params: string[]): void;
}

export type AppState = TimelineSlice & PlaybackSlice & PrefsSlice;
