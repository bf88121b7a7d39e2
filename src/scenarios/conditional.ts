/**
 * Which requests may get a route's 304 (Not Modified). The virtual site does not evaluate
 * preconditions: a route with status 304 answers 304 to every request that reaches it. So the
 * validator holds each such request to what RFC 9110 §13 would answer it, and refuses the ones
 * that would get another status: an unconditional request (§15.4.5), a request whose condition
 * is true (§13.1.2, §13.1.3: the answer is 200 with the content), or a method other than GET and
 * HEAD (§13.1.2: 412 Precondition Failed, or the method performed).
 */
import { redirectMethod, resolveLocation } from '../session/client';
import { targetPath } from '../session/site';
import type { HeaderSpec, RequestSpec, ResourceSpec, Scenario } from './types';

/** A refusal of one request, in the shape of `Checker.fail`'s arguments. */
export interface NotModifiedProblem {
  path: string;
  code:
    | 'not-modified-plain-request'
    | 'not-modified-method'
    | 'not-modified-no-etag'
    | 'not-modified-tag-differs'
    | 'not-modified-since-earlier';
  params: Record<string, string | number>;
}

/**
 * The method with which `request` reaches `route`, following the site's redirects as the client
 * does (`redirected`: the method may change, the fields stay), or null if it does not: another
 * route answers it, a 405 stops it (the route does not allow the method), or the redirects run
 * out or go round.
 */
export function arrivingMethod(
  s: Scenario,
  request: RequestSpec,
  route: ResourceSpec,
): string | null {
  let method = request.method;
  const seen = [targetPath(request.target)];
  for (let hops = 0; ; hops++) {
    const at = s.site.resources.find((r) => r.path === seen[seen.length - 1]);
    if (!at || !(at.methods ?? ['GET', 'HEAD']).includes(method)) return null;
    if (at === route) return method;
    if (!at.redirect || at.raw !== undefined || hops >= (s.client?.maxRedirects ?? 5)) return null;
    const next = resolveLocation(at.redirect.location, s.site.host);
    if (next === null || seen.includes(targetPath(next))) return null;
    method = redirectMethod(method, at.redirect.status);
    seen.push(targetPath(next));
  }
}

const named = (headers: readonly HeaderSpec[], name: string) =>
  headers.flatMap(([n, v], i) => (n.toLowerCase() === name ? [{ i, value: v }] : []));

/** RFC 9110 §8.8.3: entity-tag = [ weak ] opaque-tag; the opaque-tags of a list, in order. */
function opaqueTags(value: string): string[] {
  return [...value.matchAll(/(?:W\/)?"([^"]*)"/g)].map((m) => m[1] ?? '');
}

/**
 * Why `request` (number `n` of the scenario) cannot get the 304 of `route`, whose response
 * carries `headers`; none if it can. Checked in §13.2.2's order: If-None-Match, then
 * If-Modified-Since only where If-None-Match is absent.
 */
export function notModifiedProblem(
  n: number,
  request: RequestSpec,
  method: string,
  route: ResourceSpec,
  headers: readonly HeaderSpec[],
): NotModifiedProblem | null {
  const at = `/requests/${n}`;
  const asked = request.headers ?? [];
  const noneMatch = named(asked, 'if-none-match');
  const since = named(asked, 'if-modified-since');
  // RFC 9110 §13.1.2: a false If-None-Match gets 304 "if the request method is GET or HEAD" and
  // 412 "for all other request methods"; §13.1.3 ignores If-Modified-Since on them.
  if (method !== 'GET' && method !== 'HEAD') {
    return {
      path: `${at}/method`,
      code: 'not-modified-method',
      params: { method, path: route.path },
    };
  }
  if (noneMatch.length === 0 && since.length === 0) {
    return {
      path: `${at}/headers`,
      code: 'not-modified-plain-request',
      params: { path: route.path },
    };
  }
  const [first] = noneMatch;
  if (first) {
    // RFC 9110 §13.1.2: "*" is false when the resource has a current representation, as a route
    // has; a list is false if one of its tags matches the representation's, by weak comparison
    // (§8.8.3.2: the opaque-tags alone).
    const values = noneMatch.map((h) => h.value.trim());
    if (values.includes('*')) return null;
    // RFC 9110 §15.4.5: a 304 carries the ETag a 200 would have sent, so a 304 without one
    // answers for a representation that has none, which no tag matches.
    const [etag] = named(headers, 'etag');
    const path = `${at}/headers/${first.i}`;
    if (!etag) return { path, code: 'not-modified-no-etag', params: { path: route.path } };
    const [tag] = opaqueTags(etag.value);
    if (tag !== undefined && values.some((v) => opaqueTags(v).includes(tag))) return null;
    return {
      path,
      code: 'not-modified-tag-differs',
      params: { path: route.path, etag: etag.value },
    };
  }
  // RFC 9110 §13.1.3: false if the representation's "last modification date is earlier or equal
  // to the date provided". Simplification: only a Last-Modified the route sends is compared (a
  // 304 need not repeat it), and a date that does not read is left to the server.
  const [modified] = named(headers, 'last-modified');
  const [date] = since;
  if (!modified || !date) return null;
  const was = Date.parse(date.value);
  const is = Date.parse(modified.value);
  if (Number.isFinite(was) && Number.isFinite(is) && is > was) {
    return {
      path: `${at}/headers/${date.i}`,
      code: 'not-modified-since-earlier',
      params: { path: route.path, lastModified: modified.value },
    };
  }
  return null;
}
