/**
 * The canned scenarios' ids, in the order the app lists them: what the page needs to read a URL
 * and list the scenarios before the simulator and the scenarios' data are loaded (the app loads
 * them on first use, app/lazyModel.ts). `ids.test.ts` holds it equal to `SCENARIOS`.
 */
export const SCENARIO_IDS: readonly string[] = [
  'get',
  'post-form',
  'redirect-301',
  'not-found-404',
  'keep-alive',
  'connection-close',
  'http-1.0',
  'page-with-images',
  'lost-segment',
  'why-three-way',
  'why-time-wait',
  'time-wait-old-segment',
  'time-wait-cut-short',
  'simultaneous-close',
  'large-response',
];
