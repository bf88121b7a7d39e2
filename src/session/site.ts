/**
 * The routing of the virtual site: a parsed request in, a response out.
 * 200 (or the status a resource names: 201, 204, 304, 400, 404, 500) for a resource,
 * 301/302/303/307/308 with Location for a redirect, 404 for an
 * unknown path, 405 with Allow for a method the resource does not allow, 400
 * for a request that does not parse. The Date field comes from the simulated
 * clock (RFC 9110 §6.6.1), never the wall clock.
 */
import {
  decodeUtf8,
  encodeUtf8,
  type HttpHeader,
  type HttpRequest,
  type HttpResponse,
  sameFieldName,
  serializeMessage,
} from '../http';
import { readExactMessage } from '../http/exact';
import type { ResourceSpec, SiteSpec } from '../scenarios/types';
import { bytesToBinary } from '../timeline/bytes';

/**
 * The simulated clock's epoch: the Date of MDN's example response,
 * Thu, 06 Dec 2018 17:37:18 GMT. Virtual time 0 is this instant.
 */
export const EPOCH_MS = Date.UTC(2018, 11, 6, 17, 37, 18);

/**
 * RFC 9110 §5.6.7: IMF-fixdate = day-name "," SP date1 SP time-of-day SP GMT,
 * e.g. `Thu, 06 Dec 2018 17:37:18 GMT`: what `Date.prototype.toUTCString`
 * writes (ECMA-262 §21.4.4.43) for the years of four digits. A `Date` of the
 * simulated clock, never of the wall clock.
 */
export function imfFixdate(virtualMs: number): string {
  return new Date(EPOCH_MS + Math.floor(virtualMs / 1000) * 1000).toUTCString();
}

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
  501: 'Not Implemented',
};

const HTML = 'text/html; charset=utf-8';

function page(title: string, text: string): string {
  return `<!DOCTYPE html>\n<html>\n<head><title>${title}</title></head>\n<body>\n  <h1>${title}</h1>\n  <p>${text}</p>\n</body>\n</html>\n`;
}

/** application/x-www-form-urlencoded (WHATWG URL §5.1): name=value pairs, + and %XX decoded. */
export function parseForm(body: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
      } catch {
        return s;
      }
    };
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    if (!fields.has(name)) fields.set(name, decode(eq < 0 ? '' : pair.slice(eq + 1)));
  }
  return fields;
}

/** Escape text for HTML, so a form field cannot inject markup into the page. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export interface Answer {
  response: HttpResponse;
  /** What decided it, for the step's detail: `resource`, `redirect`, `not-found`, … */
  route: string;
  /** The resource asks the server to close the connection after it (RFC 9112 §9.6). */
  close?: boolean;
  /** A response typed by hand (`ResourceSpec.raw`): sent as typed, no field added. */
  raw?: boolean;
}

function respond(
  status: number,
  headers: HttpHeader[],
  body: string,
  now: number,
  contentType = HTML,
): HttpResponse {
  return {
    kind: 'response',
    version: 'HTTP/1.1',
    status,
    reason: REASONS[status] ?? 'Unknown',
    headers: [
      { name: 'Content-Type', value: contentType },
      // The value is computed by serializeMessage from the body (RFC 9110 §8.6).
      { name: 'Content-Length', value: '0' },
      ...headers,
      { name: 'Date', value: imfFixdate(now) },
    ],
    body: encodeUtf8(body),
  };
}

/**
 * A route's response typed by hand, as the parser reads it. `validateScenario` accepts only one
 * that reads exactly (`readExactMessage`); one that does not (a scenario that skipped the
 * validator) is answered with a 500 that says why, rather than a simulation that throws.
 */
function rawAnswer(raw: string, now: number): Answer {
  const read = readExactMessage(encodeUtf8(raw), 'response');
  if (read.ok && read.message.kind === 'response' && read.message.status >= 200) {
    return { response: read.message, route: 'raw', raw: true };
  }
  const why = read.ok ? 'it is not a final response' : read.error.explanation;
  const body = page(
    'Internal Server Error',
    `The response typed for this route: ${escapeHtml(why)}.`,
  );
  return { response: respond(500, [], body, now), route: 'raw' };
}

function resourceAnswer(resource: ResourceSpec, request: HttpRequest, now: number): Answer {
  if (resource.raw !== undefined) return rawAnswer(resource.raw, now);
  if (resource.redirect) {
    const { status, location } = resource.redirect;
    const body = page(
      REASONS[status] ?? 'Redirect',
      `The document has moved <a href="${location}">here</a>.`,
    );
    return {
      response: respond(status, [{ name: 'Location', value: location }], body, now),
      route: 'redirect',
      ...(resource.close === true ? { close: true } : {}),
    };
  }
  let body = resource.body ?? '';
  if (resource.form) {
    // RFC 9112 §6.3: the body is exactly Content-Length octets, which the parser has read.
    const fields = parseForm(bytesToBinary(request.body));
    body = body.replace(/\{\{([A-Za-z0-9_-]+)\}\}/g, (_, name: string) =>
      escapeHtml(fields.get(name) ?? ''),
    );
  }
  const extra: HttpHeader[] = [
    ...(resource.language ? [{ name: 'Content-Language', value: resource.language }] : []),
    ...(resource.headers ?? []).map(([name, value]) => ({ name, value })),
  ];
  const status = resource.status ?? 200;
  const route = resource.form ? 'form' : 'resource';
  const close = resource.close === true ? { close: true } : {};
  if (status === 204 || status === 304) {
    // RFC 9110 §15.3.5, §15.4.5: no content. RFC 9110 §8.6: no Content-Length in a 204; a 304
    // leaves it out here too (it would describe the representation not sent).
    const response = respond(status, extra, '', now);
    const headers = response.headers.filter(
      (h) => !sameFieldName(h.name, 'content-length') && !sameFieldName(h.name, 'content-type'),
    );
    return { response: { ...response, headers }, route, ...close };
  }
  return {
    response: respond(status, extra, body, now, resource.contentType ?? HTML),
    route,
    ...close,
  };
}

/**
 * RFC 9110 §9.3.2: "The HEAD method is identical to GET except that the server
 * MUST NOT send content in the response." Its Content-Length is the one GET
 * would have sent (§8.6), so it is filled in here: the serializer can only
 * count the content it is given.
 */
function forHead(answer: Answer): Answer {
  const { chunks: _c, trailers: _t, ...response } = answer.response;
  const length = String(response.body.length);
  const headers = response.headers.map((h) =>
    sameFieldName(h.name, 'content-length') ? { name: h.name, value: length } : h,
  );
  // A chunked response to HEAD sends no chunks either (RFC 9112 §6.3 point 1).
  return { ...answer, response: { ...response, headers, body: new Uint8Array() } };
}

/**
 * What a route answers a GET with at time 0, as the text of its octets (UTF-8): where a response
 * typed by hand starts from. A form handler's placeholders are left empty.
 */
export function sampleResponse(resource: ResourceSpec): string {
  const { raw: _raw, ...made } = resource;
  const request: HttpRequest = {
    kind: 'request',
    method: 'GET',
    target: resource.path,
    version: 'HTTP/1.1',
    headers: [],
    body: new Uint8Array(),
  };
  const { bytes } = serializeMessage(resourceAnswer(made, request, 0).response);
  return decodeUtf8(bytes);
}

/** Route a request (RFC 9110 §9: method semantics; §15: status codes). */
export function route(site: SiteSpec, request: HttpRequest, now: number): Answer {
  const answer = routeAny(site, request, now);
  return request.method === 'HEAD' ? forHead(answer) : answer;
}

/**
 * The path a request-target names (RFC 9112 §3.3: the target URI is rebuilt from the request
 * line). Origin-form is the path and query itself; absolute-form (§3.2.2) carries the authority
 * too, and "When an origin server receives a request with an absolute-form of request-target,
 * the origin server MUST ignore the received Host header field (if any) and instead use the host
 * information of the request-target": the virtual site serves one host, so only the path
 * decides, and an empty path is "/" (RFC 3986 §6.2.3, RFC 9110 §4.2.3).
 */
export function targetPath(target: string): string {
  const absolute = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/.exec(target);
  if (absolute) return absolute[1] || '/';
  return target.split('?')[0] ?? target;
}

/**
 * RFC 9110 §9.3.7: "An OPTIONS request with an asterisk ("*") as the request target (Section
 * 7.1) applies to the server in general rather than to a specific resource." The answer is 200
 * with the methods some route allows, OPTIONS among them (Allow, §10.2.1), and, as "A server
 * MUST generate a Content-Length field with a value of "0" if no content is to be sent in the
 * response", an empty body with Content-Length: 0.
 */
function serverOptions(site: SiteSpec, now: number): Answer {
  const methods = ['OPTIONS'];
  for (const r of site.resources) {
    for (const m of r.methods ?? ['GET', 'HEAD']) if (!methods.includes(m)) methods.push(m);
  }
  const response = respond(200, [{ name: 'Allow', value: methods.join(', ') }], '', now);
  const headers = response.headers.filter((h) => !sameFieldName(h.name, 'content-type'));
  return { response: { ...response, headers }, route: 'server-options' };
}

function routeAny(site: SiteSpec, request: HttpRequest, now: number): Answer {
  // RFC 9112 §3.2.4: the asterisk-form is only used for a server-wide OPTIONS request.
  if (request.target === '*' && request.method === 'OPTIONS') return serverOptions(site, now);
  const path = targetPath(request.target);
  const resource = site.resources.find((r) => r.path === path);
  if (!resource) {
    const body = site.notFoundBody ?? page('Not Found', `There is nothing at ${escapeHtml(path)}.`);
    return { response: respond(404, [], body, now), route: 'not-found' };
  }
  const methods = resource.methods ?? ['GET', 'HEAD'];
  if (!methods.includes(request.method)) {
    // RFC 9110 §15.5.6: "The origin server MUST generate an Allow header field in a 405
    // response containing a list of the target resource's currently supported methods."
    const body = page('Method Not Allowed', `${escapeHtml(request.method)} is not allowed here.`);
    return {
      response: respond(405, [{ name: 'Allow', value: methods.join(', ') }], body, now),
      route: 'method-not-allowed',
    };
  }
  return resourceAnswer(resource, request, now);
}

/** RFC 9112 §3.2, §5: a request that does not parse gets 400 (Bad Request) and the connection closes. */
export function badRequest(explanation: string, now: number): Answer {
  const body = page('Bad Request', escapeHtml(explanation));
  return {
    response: respond(400, [{ name: 'Connection', value: 'close' }], body, now),
    route: 'bad-request',
  };
}

/**
 * RFC 9112 §6.1: "A server that receives a request message with a transfer coding it does not
 * understand SHOULD respond with the 501 (Not Implemented) status code and then close the
 * connection."
 */
export function notImplemented(explanation: string, now: number): Answer {
  const body = page('Not Implemented', escapeHtml(explanation));
  return {
    response: respond(501, [{ name: 'Connection', value: 'close' }], body, now),
    route: 'not-implemented',
  };
}

/** The Connection field and the Keep-Alive field it governs (RFC 9110 §7.6.1: hop-by-hop). */
const CONNECTION_FIELDS = /^(connection|keep-alive)$/i;

/**
 * RFC 9112 §9.6: a server that will close says so in its last response. Connection is the
 * server's to manage (RFC 9110 §7.6.1), so a resource's own Connection field gives way.
 */
export function withClose(response: HttpResponse): HttpResponse {
  const headers = response.headers.filter((h) => !CONNECTION_FIELDS.test(h.name));
  return { ...response, headers: [...headers, { name: 'Connection', value: 'close' }] };
}

/**
 * RFC 9112 Appendix C.2.2: an HTTP/1.0 connection persists only if the response says
 * `Connection: keep-alive`, which a server writes when it agrees to the client's request.
 */
export function withKeepAlive(response: HttpResponse): HttpResponse {
  const headers = response.headers.filter((h) => !CONNECTION_FIELDS.test(h.name));
  return { ...response, headers: [...headers, { name: 'Connection', value: 'keep-alive' }] };
}
