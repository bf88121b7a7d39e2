import type { SeqMode } from '../explain/describe';
import type { Profile, Timeline } from '../model';
import type { Lang } from '../strings';
import type { Speed } from './playback';

/** What the store needs from the model: the scenarios by id, and the simulator. */
export interface ModelApi {
  scenarioIds: readonly string[];
  simulate(scenarioId: string, options: { seed?: number; profile?: Profile }): Timeline;
}

export interface TimelineSlice {
  scenarioId: string;
  profile: Profile;
  seed: number | undefined;
  timeline: Timeline | null;
  /** The simulator's error message when a scenario could not be simulated. */
  loadError: string | null;
  /** Simulates the scenario and puts the cursor on `step` (clamped). */
  loadScenario(id: string, options?: { profile?: Profile; seed?: number; step?: number }): void;
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
