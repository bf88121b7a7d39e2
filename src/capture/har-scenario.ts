/**
 * "Simulate this exchange": one HAR entry as a workshop scenario, so that its request and its
 * response can be watched over TCP, which a HAR does not hold. The request is the entry's own
 * (method, target, header fields, body) and the site answers it with the entry's response
 * (status, Content-Type, header fields, body); what the simulator cannot send as the browser did
 * is changed, and each change is named in `changes`, never made silently:
 *
 * - the fields the user agent writes itself (Host, Content-Length; RFC 9112 §3.2, §6.2) and those
 *   of another framing or version (Transfer-Encoding, Content-Encoding since a HAR holds the
 *   decoded body, HTTP/2's pseudo-header fields, RFC 9113 §8.3) are left to it;
 * - it speaks HTTP/1.1 whatever version the HAR names;
 * - a status the virtual site cannot answer with becomes the nearest of its class;
 * - a redirect is answered but not followed (RFC 9110 §15.4): the browser's next request is the
 *   HAR's next entry, not part of this exchange;
 * - a body the HAR does not hold as text (base64, or left out) is not sent;
 * - with `scrub`, cookies and credentials are overwritten as `scrubTimeline` overwrites them
 *   (a scenario goes into the page's address).
 */
import { encodeUtf8 } from '../http/utf8';
import type { ResourceSpec, Scenario } from '../scenarios/types';
import { LIMITS, type ScenarioValidation, validateScenario } from '../scenarios/validate';
import type { HarExchange } from './har';
import { AUTHORIZATION_FIELDS, COOKIE_FIELDS, placeholder } from './scrub';

/**
 * Why a header field is not sent as the browser sent it: a code the page words in each language,
 * and for `refused` the validator's own message (English) in `detail`.
 */
export type FieldLeftOut =
  | 'pseudo-header'
  | 'user-agent-writes'
  | 'site-computes'
  | 'other-framing'
  | 'hop-by-hop'
  | 'site-writes'
  | 'too-many'
  | 'refused';

export type HarChange =
  | {
      kind: 'field-left-out';
      name: string;
      message: 'request' | 'response';
      why: FieldLeftOut;
      detail?: string;
    }
  | { kind: 'version'; from: string }
  | { kind: 'status'; from: number; to: number }
  | { kind: 'redirect-not-followed'; status: number; location: string }
  | {
      kind: 'body-left-out';
      message: 'request' | 'response';
      why: 'encoded' | 'too-long';
      encoding?: string;
    }
  | { kind: 'scrubbed'; name: string; message: 'request' | 'response' }
  | { kind: 'host'; from: string; to: string };

export type HarScenario =
  | { ok: true; scenario: Scenario; changes: HarChange[] }
  /** What the validator still refuses (path and message), in English. */
  | { ok: false; problem: string; changes: HarChange[] };

/** The link of the canned scenarios: the HAR's timings are the browser's, not a link's. */
const LINK = { latencyMs: 20, bitsPerSecond: 10_000_000, lossRate: 0 };

const LEFT_TO_USER_AGENT = new Set(['host', 'content-length']);
/** The HAR holds the body decoded (HAR 1.2 §content), so its transfer and content codings are gone. */
const OTHER_FRAMING = new Set(['transfer-encoding', 'content-encoding']);
/** Connection-specific fields (RFC 9110 §7.6.1): about the browser's own connection, not the message. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'upgrade', 'te']);
const SET_BY_SITE = new Set(['content-type', 'content-language', 'location', 'date']);
/** What the scrub overwrites in a session: cookies and credentials (`scrub.ts`). */
const isSecret = (lower: string) => COOKIE_FIELDS.has(lower) || AUTHORIZATION_FIELDS.has(lower);
const SITE_STATUSES = [200, 201, 204, 304, 400, 404, 500] as const;
const REDIRECTS = [301, 302, 303, 307, 308] as const;

/** RFC 3986 §2: a character outside a URI's is percent-encoded, as the scenario's validator asks. */
function uriText(text: string): string {
  return text.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/?[\]%]/gu, percentEncode);
}

/** A character's UTF-8 octets, each as "%HH" (a lone surrogate is U+FFFD's octets, as `encodeUtf8` writes it). */
function percentEncode(c: string): string {
  return [...encodeUtf8(c)]
    .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');
}

/** RFC 3986 §3: scheme "://" authority path-abempty [ "?" query ], the fragment left out. */
function splitUrl(url: string): { host: string; target: string } {
  const m = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#]*)([^?#]*)(\?[^#]*)?/.exec(url);
  if (!m) return { host: '', target: url.startsWith('/') ? url.split('#')[0] || '/' : '/' };
  return { host: m[1] ?? '', target: `${m[2] || '/'}${m[3] ?? ''}` };
}

/** The nearest status of its class that the virtual site answers with. */
function siteStatus(status: number): (typeof SITE_STATUSES)[number] {
  if ((SITE_STATUSES as readonly number[]).includes(status))
    return status as (typeof SITE_STATUSES)[number];
  if (status >= 500) return 500;
  if (status >= 400) return 400;
  return 200;
}

type Pair = [string, string];

function fields(
  headers: readonly { name: string; value: string }[],
  message: 'request' | 'response',
  scrub: boolean,
  changes: HarChange[],
): Pair[] {
  const out: Pair[] = [];
  for (const { name, value } of headers) {
    const lower = name.toLowerCase();
    const why: FieldLeftOut | null = name.startsWith(':')
      ? 'pseudo-header'
      : LEFT_TO_USER_AGENT.has(lower) && message === 'request'
        ? 'user-agent-writes'
        : lower === 'content-length'
          ? 'site-computes'
          : OTHER_FRAMING.has(lower)
            ? 'other-framing'
            : HOP_BY_HOP.has(lower)
              ? 'hop-by-hop'
              : message === 'response' && SET_BY_SITE.has(lower)
                ? 'site-writes'
                : null;
    if (why) {
      changes.push({ kind: 'field-left-out', name, message, why });
      continue;
    }
    if (out.length >= LIMITS.headers) {
      changes.push({ kind: 'field-left-out', name, message, why: 'too-many' });
      continue;
    }
    if (scrub && isSecret(lower)) {
      changes.push({ kind: 'scrubbed', name, message });
      out.push([name, placeholder(value.length)]);
      continue;
    }
    out.push([name, value]);
  }
  return out;
}

function textBody(
  body: HarExchange['request']['body'],
  message: 'request' | 'response',
  changes: HarChange[],
): string | undefined {
  if (!body || body.text === null || body.text === '') return undefined;
  if (body.encoding !== null) {
    changes.push({ kind: 'body-left-out', message, why: 'encoded', encoding: body.encoding });
    return undefined;
  }
  if (body.text.length > LIMITS.body) {
    changes.push({ kind: 'body-left-out', message, why: 'too-long' });
    return undefined;
  }
  return body.text;
}

/** The exchange as a scenario the workshop opens; `changes` says what differs from the HAR. */
export function scenarioFromHar(exchange: HarExchange, options: { scrub: boolean }): HarScenario {
  const changes: HarChange[] = [];
  const { request, response } = exchange;
  const url = splitUrl(request.url);
  const host = /^[A-Za-z0-9.-]+(:[0-9]+)?$/.test(url.host) ? url.host : 'example.com';
  if (host !== url.host) changes.push({ kind: 'host', from: url.host, to: host });
  if (!/^HTTP\/1\.[01]$/i.test(request.httpVersion) && request.httpVersion !== '') {
    changes.push({ kind: 'version', from: request.httpVersion });
  }
  const target = uriText(url.target).slice(0, LIMITS.target);
  const method = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(request.method) ? request.method : 'GET';
  const requestBody = textBody(request.body, 'request', changes);
  const requestHeaders = fields(request.headers, 'request', options.scrub, changes);

  const resource: ResourceSpec = { path: target.split('?')[0] || '/' };
  if (method !== 'GET' && method !== 'HEAD') resource.methods = [method];
  const location =
    response.redirectURL ||
    response.headers.find((h) => h.name.toLowerCase() === 'location')?.value ||
    '';
  const redirect = (REDIRECTS as readonly number[]).includes(response.status) && location !== '';
  if (redirect) {
    changes.push({ kind: 'redirect-not-followed', status: response.status, location });
    resource.redirect = {
      status: response.status as (typeof REDIRECTS)[number],
      location: uriText(location).slice(0, LIMITS.location),
    };
  } else {
    const status = siteStatus(response.status);
    if (status !== response.status)
      changes.push({ kind: 'status', from: response.status, to: status });
    if (status !== 200) resource.status = status;
    const body =
      status === 204 || status === 304 ? undefined : textBody(response.body, 'response', changes);
    if (body !== undefined) resource.body = body;
    const type = response.body?.mimeType;
    if (type && /^[\t\x20-\x7e\x80-\xff]+$/.test(type)) resource.contentType = type;
  }
  const responseHeaders = fields(response.headers, 'response', options.scrub, changes);
  if (responseHeaders.length > 0) resource.headers = responseHeaders;

  const scenario: Scenario = {
    id: 'har-exchange',
    title: `${method} ${request.url}`.slice(0, LIMITS.title),
    profile: 'textbook',
    seed: 1,
    link: LINK,
    site: { host, resources: [resource] },
    requests: [
      {
        method,
        target,
        ...(requestHeaders.length > 0 ? { headers: requestHeaders } : {}),
        ...(requestBody !== undefined ? { body: requestBody } : {}),
      },
    ],
    // The HAR's next request, not this one's client, follows a redirect.
    client: { maxRedirects: 0 },
  };
  const result = withoutRefusedFields(scenario, changes);
  return result.ok
    ? { ok: true, scenario: result.scenario, changes }
    : {
        ok: false,
        problem: result.errors.map((e) => `${e.path}: ${e.message}`).join('; '),
        changes,
      };
}

/** A field the scenario's validator refuses (a value beyond Latin-1, too long) is left out, named. */
function withoutRefusedFields(scenario: Scenario, changes: HarChange[]): ScenarioValidation {
  let s = scenario;
  for (;;) {
    const result = validateScenario(s);
    if (result.ok) return result;
    const error = result.errors.find((e) => /\/headers\/\d+/.test(e.path));
    const m = error && /^\/(requests\/0|site\/resources\/0)\/headers\/(\d+)/.exec(error.path);
    // Each turn leaves one field out, so this ends.
    if (!m) return result;
    const index = Number(m[2]);
    const request = m[1] === 'requests/0';
    const list = (request ? s.requests[0]?.headers : s.site.resources[0]?.headers) ?? [];
    const [name] = list[index] ?? [''];
    changes.push({
      kind: 'field-left-out',
      name,
      message: request ? 'request' : 'response',
      why: 'refused',
      detail: error.message,
    });
    const rest = list.filter((_, i) => i !== index);
    s = request
      ? { ...s, requests: [{ ...(s.requests[0] as Scenario['requests'][0]), headers: rest }] }
      : {
          ...s,
          site: {
            ...s.site,
            resources: [{ ...(s.site.resources[0] as ResourceSpec), headers: rest }],
          },
        };
  }
}
