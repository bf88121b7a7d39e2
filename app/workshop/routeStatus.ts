/**
 * A route's status chosen in the site form. Choosing a redirect (RFC 9110 §15.4) for a route
 * that had none means "this page has moved": its Location is a path of its own, "/new" (or
 * "/new-2"…), that a route answering 200 serves, and if no route does yet, one is added at the
 * end carrying the page. A Location of the route itself, the old default, was refused at once
 * as a loop and left the diagram out of date before the teacher could type anything.
 */
import type { ResourceSpec } from '../model';

type Plain = NonNullable<ResourceSpec['status']>;
type Redirect = NonNullable<ResourceSpec['redirect']>['status'];

export const REDIRECTS: readonly number[] = [301, 302, 303, 307, 308];

/** Whether route `r` serves a page itself: no redirect, no response typed by hand. */
const serves = (r: ResourceSpec) => r.redirect === undefined && r.raw === undefined;

/**
 * The first of "/new", "/new-2", … that no route answers, or that a route other than `i`
 * serves (chosen again after a 200: the page moved there before).
 */
function movedTo(resources: readonly ResourceSpec[], i: number): string {
  for (let n = 1; ; n++) {
    const path = n === 1 ? '/new' : `/new-${n}`;
    const j = resources.findIndex((r) => r.path === path);
    if (j < 0 || (j !== i && serves(resources[j] as ResourceSpec))) return path;
  }
}

/** The routes with route `i` answering `status`. */
export function withStatus(
  resources: readonly ResourceSpec[],
  i: number,
  status: number,
): ResourceSpec[] {
  const route = resources[i];
  if (!route) return [...resources];
  const { redirect, status: _s, ...rest } = route;
  const next = [...resources];
  if (!REDIRECTS.includes(status)) {
    next[i] = status === 200 ? rest : { ...rest, status: status as Plain };
    return next;
  }
  const location = redirect?.location ?? movedTo(resources, i);
  next[i] = { ...rest, redirect: { status: status as Redirect, location } };
  if (!resources.some((r) => r.path === location)) {
    // The page itself, now answered at its new place with 200.
    const { path: _p, close: _c, raw: _r, ...page } = rest;
    next.push({ ...page, path: location });
  }
  return next;
}
