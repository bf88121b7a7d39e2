/**
 * The canned scenarios, in the order the app lists them. Each is plain data in
 * its own file; its title in every language lives in the app's catalogues.
 */
import { connectionClose } from './connection-close';
import { get } from './get';
import { http10 } from './http-1-0';
import { keepAlive } from './keep-alive';
import { largeResponse } from './large-response';
import { lostSegment } from './lost-segment';
import { notFound404 } from './not-found-404';
import { pageWithImages } from './page-with-images';
import { postForm } from './post-form';
import { redirect301 } from './redirect-301';
import { simultaneousClose } from './simultaneous-close';
import { timeWaitCutShort, timeWaitOldSegment } from './time-wait-old-segment';
import type { Scenario } from './types';
import { whyThreeWay } from './why-three-way';
import { whyTimeWait } from './why-time-wait';

export const SCENARIOS: readonly Scenario[] = [
  get,
  postForm,
  redirect301,
  notFound404,
  keepAlive,
  connectionClose,
  http10,
  pageWithImages,
  lostSegment,
  whyThreeWay,
  whyTimeWait,
  timeWaitOldSegment,
  timeWaitCutShort,
  simultaneousClose,
  largeResponse,
];

export type ScenarioId = (typeof SCENARIOS)[number]['id'];

export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
