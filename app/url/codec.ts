/**
 * The URL holds the view: `scenario`, `step`, `lang`, `embed`, and for the classroom `moment`,
 * `granularity=segment` and `projector=1` (the test contract, docs/test-contract.md), and our
 * extras `seq=abs` and `profile=linux`. `step` counts view steps (one per segment at the
 * `segment` granularity); `moment`, where given, wins over it. Decoding is
 * pure and never throws: a bad value falls back to its default and its name is
 * listed in `bad`, so that the page can say so.
 */
import type { SeqMode } from '../explain/describe';
import type { Profile } from '../model';
import { isLang, type Lang } from '../strings';
import { type Granularity, isGranularity } from '../timeline/granularity';

export interface UrlState {
  scenario: string;
  step: number;
  /** null: the URL does not choose, so the remembered or browser language applies. */
  lang: Lang | null;
  embed: boolean;
  /** null: the URL does not choose, so the timeline's own numbers apply (app/explain/numbering.ts). */
  seq: SeqMode | null;
  /**
   * null: the URL does not choose, so the scenario's own profile applies: a canned scenario's
   * (CANNED_PROFILE) or the one a custom scenario holds in `s`. A link opens the timeline it was
   * made from, byte for byte, on any machine.
   */
  profile: Profile | null;
  /** A named moment (app/timeline/moments.ts), or null. */
  moment: string | null;
  granularity: Granularity;
  projector: boolean;
  /** With `scenario=custom`: the scenario itself, as `s` carries it (app/url/scenarioParam.ts). */
  custom: string | null;
}

export interface Decoded {
  state: UrlState;
  /** Names of parameters that were present but could not be read. */
  bad: string[];
}

/** Our own keys; anything else in the query is left as it was. */
export const URL_KEYS = [
  'scenario',
  'step',
  'lang',
  'embed',
  'seq',
  'profile',
  'moment',
  'granularity',
  'projector',
  's',
] as const;

/** Every canned scenario's own profile (src/scenarios/, checked by app/url/urlState.test.ts). */
export const CANNED_PROFILE: Profile = 'textbook';

/** `scenario=custom`: the scenario is in `s` (app/store CUSTOM_ID). */
export const CUSTOM_SCENARIO = 'custom';

const MAX_STEP = 1_000_000;

export function defaultUrlState(scenarioIds: readonly string[]): UrlState {
  return {
    scenario: scenarioIds[0] ?? 'get',
    step: 0,
    lang: null,
    embed: false,
    seq: null,
    profile: null,
    moment: null,
    granularity: 'block',
    projector: false,
    custom: null,
  };
}

const isFlag = (v: string) => v === '1' || v === '0' || v === 'true' || v === 'false';

function parse(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

export function decodeUrl(search: string, scenarioIds: readonly string[]): Decoded {
  const params = parse(search);
  const state = defaultUrlState(scenarioIds);
  const bad: string[] = [];
  const read = (key: (typeof URL_KEYS)[number], accept: (v: string) => boolean): string | null => {
    const value = params.get(key);
    if (value === null) return null;
    if (accept(value)) return value;
    bad.push(key);
    return null;
  };

  // A custom scenario is read (and checked) by the workshop's code, loaded for it (app/boot.ts).
  const custom = params.get('s');
  const scenario = read(
    'scenario',
    (v) => scenarioIds.includes(v) || (v === CUSTOM_SCENARIO && custom !== null),
  );
  if (scenario !== null) state.scenario = scenario;
  if (scenario === CUSTOM_SCENARIO) state.custom = custom;
  const step = read('step', (v) => /^\d{1,7}$/.test(v) && Number(v) <= MAX_STEP);
  if (step !== null) state.step = Number(step);
  const lang = read('lang', isLang);
  if (lang !== null && isLang(lang)) state.lang = lang;
  const embed = read('embed', isFlag);
  if (embed !== null) state.embed = embed === '1' || embed === 'true';
  const seq = read('seq', (v) => v === 'abs' || v === 'rel');
  if (seq !== null) state.seq = seq === 'abs' ? 'absolute' : 'relative';
  const profile = read('profile', (v) => v === 'textbook' || v === 'linux');
  if (profile === 'linux' || profile === 'textbook') state.profile = profile;
  // Whether the scenario has the moment is for the loader to say (app/url/openView.ts).
  const moment = read('moment', (v) => /^[a-z0-9-]{1,60}$/.test(v));
  if (moment !== null) state.moment = moment;
  const granularity = read('granularity', isGranularity);
  if (granularity !== null && isGranularity(granularity)) state.granularity = granularity;
  const projector = read('projector', isFlag);
  if (projector !== null) state.projector = projector === '1' || projector === 'true';
  return { state, bad };
}

/**
 * Writes the state into a query string, keeping parameters that are not ours.
 * `scenario` and `step` are always written, so that a copied link is explicit.
 */
export function encodeUrl(state: UrlState, current = ''): string {
  const params = parse(current);
  for (const key of URL_KEYS) params.delete(key);
  params.set('scenario', state.scenario);
  params.set('step', String(state.step));
  if (state.lang) params.set('lang', state.lang);
  if (state.embed) params.set('embed', '1');
  if (state.seq !== null) params.set('seq', state.seq === 'absolute' ? 'abs' : 'rel');
  if (state.profile !== null) params.set('profile', state.profile);
  if (state.moment) params.set('moment', state.moment);
  if (state.granularity !== 'block') params.set('granularity', state.granularity);
  if (state.projector) params.set('projector', '1');
  if (state.scenario === CUSTOM_SCENARIO && state.custom !== null) params.set('s', state.custom);
  return `?${params.toString()}`;
}
