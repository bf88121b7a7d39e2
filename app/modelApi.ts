/**
 * The model as the store sees it: scenario ids and the simulator.
 *
 * Temporary: until `src/index.ts` exports `simulate` and `SCENARIOS`, the app
 * runs on the hand-built fixture timelines so that the view can be built and
 * tested. This file is the only one that changes when the simulator lands.
 */
import type { ModelApi } from './store';
import { getFixture } from './test-support/fixtures';

export const SCENARIO_IDS = [
  'get',
  'post-form',
  'redirect-301',
  'not-found-404',
  'keep-alive',
  'connection-close',
  'http-1.0',
  'lost-segment',
  'why-three-way',
  'why-time-wait',
  'simultaneous-close',
  'large-response',
] as const;

export const modelApi: ModelApi = {
  scenarioIds: SCENARIO_IDS,
  simulate: (id) => ({ ...getFixture({ lose: id === 'lost-segment' }), scenario: id }),
};
