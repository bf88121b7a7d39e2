/**
 * Puts the view a URL names on screen: the scenario, its profile and granularity, and the
 * cursor on the named moment, or else on the step. A `step=n` that this view does not have
 * (a link made under the textbook profile and opened under linux, or at the other granularity)
 * is read as the step of the reference view (textbook, one step per block) and shown at the
 * nearest named moment, which the notice says; only a step no view has is a bad parameter.
 */
import type { AppStore, ModelApi } from '../store';
import { viewSteps } from '../timeline/granularity';
import { findMoment, nearestMoment } from '../timeline/moments';
import { CANNED_PROFILE, type UrlState } from './codec';

/** Opens the view; returns the names of the parameters that could not be honoured. */
export function openView(
  store: AppStore,
  model: Pick<ModelApi, 'simulate'>,
  url: Pick<UrlState, 'scenario' | 'step' | 'profile' | 'moment' | 'granularity' | 'projector'>,
): string[] {
  const bad: string[] = [];
  const s = store.getState();
  if (s.granularity !== url.granularity) s.setGranularity(url.granularity);
  if (s.projector !== url.projector) s.setProjector(url.projector);
  s.setResolvedStep(null);
  s.loadScenario(url.scenario, {
    // Not the profile on screen: Back to a link that names none opens the scenario's own.
    profile: url.profile ?? CANNED_PROFILE,
    ...(url.moment ? { moment: url.moment } : {}),
  });
  const timeline = store.getState().timeline;
  if (!timeline) return bad;
  if (url.moment && findMoment(timeline, url.moment)) return bad;
  openStep(store, model, url, timeline, bad);
  // A moment this scenario does not have (a link made for another scenario): the link was read,
  // so the notice names the moment and the step shown instead, not a part that "could not be read".
  if (url.moment) {
    const step = store.getState().cursor;
    store.getState().setResolvedStep({ kind: 'missing', step, moment: url.moment });
  }
  return bad;
}

function openStep(
  store: AppStore,
  model: Pick<ModelApi, 'simulate'>,
  url: Pick<UrlState, 'scenario' | 'step' | 'profile' | 'granularity'>,
  timeline: NonNullable<ReturnType<AppStore['getState']>['timeline']>,
  bad: string[],
): void {
  const views = viewSteps(timeline, url.granularity);
  const fine = views[url.step];
  if (fine !== undefined) {
    store.getState().goTo(fine);
    return;
  }
  const reference = referenceTimeline(model, url);
  const near =
    reference && url.step < reference.steps.length ? nearestMoment(reference, url.step) : undefined;
  const here = near ? findMoment(timeline, near.id) : undefined;
  if (near && here) {
    store.getState().goTo(here.step);
    store.getState().setResolvedStep({ kind: 'nearest', step: url.step, moment: here.id });
  } else {
    // A step past the end of every view: the last step, and said so.
    store.getState().last();
    bad.push('step');
  }
}

/** The view step links are usually made in: textbook, one step per block; null if this is it. */
function referenceTimeline(
  model: Pick<ModelApi, 'simulate'>,
  url: Pick<UrlState, 'scenario' | 'profile' | 'granularity'>,
) {
  if ((url.profile ?? CANNED_PROFILE) === 'textbook' && url.granularity === 'block') return null;
  try {
    return model.simulate(url.scenario, { profile: 'textbook' });
  } catch {
    return null;
  }
}
