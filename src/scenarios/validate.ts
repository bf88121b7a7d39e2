/**
 * `validateScenario(unknown)`: a scenario from outside (a custom request
 * built in the app, a URL, a file) checked field by field before it reaches
 * `simulate()`. Returns the typed scenario, or every problem with its path
 * (`/requests/0/method`), so a form can point at the field.
 */
import { encodeUtf8, headerValues } from '../http';
import { readExactMessage } from '../http/exact';
import { resolveLocation } from '../session/client';
import { targetPath } from '../session/site';
import { LINUX, TEXTBOOK } from '../tcp/config';
import { estimateSteps, MAX_STEPS } from './budget';
import { arrivingMethod, notModifiedProblem } from './conditional';
import type { HeaderSpec, ResourceSpec, Scenario } from './types';

export { MAX_STEPS } from './budget';

/**
 * Why a value is refused, one sentence per kind of refusal, in English (the CLI, the console, a
 * file's error). A view in another language says it in its own words, from the code and the
 * params: the English sentence is never translated, and no view parses it.
 */
const REFUSALS = {
  'not-object': 'must be an object',
  'unknown-field': 'is not a known field',
  'not-string': 'must be a string',
  'too-long': 'must be at most {max} characters long',
  'not-number': 'must be a number',
  'not-integer': 'must be an integer',
  'out-of-range': 'must be between {min} and {max}',
  'integer-out-of-range': 'must be an integer between {min} and {max}',
  'not-one-of': 'must be one of {values}',
  'not-array': 'must be an array',
  'too-few': 'needs at least {min}',
  'too-many': 'allows at most {max} items',
  'not-boolean': 'must be true or false',
  'not-pair': 'must be [name, value]',
  'not-field-name': 'must be a field name (a token)',
  'not-field-value':
    'must be a field value: visible characters, spaces and tabs up to U+00FF, no CR, LF or NUL',
  'not-method': 'must be a method name (a token, e.g. GET)',
  'not-path': 'must be a path starting with /, of URI characters only (others %-encoded)',
  'not-url': 'must be a URL of URI characters only (others %-encoded)',
  'not-target':
    'must be a path starting with / (origin-form), an http:// URL (absolute-form), or * with OPTIONS (asterisk-form), of URI characters only (others %-encoded)',
  'transfer-encoding-in-http-1-0':
    'cannot be sent in an HTTP/1.0 request: Transfer-Encoding came with HTTP/1.1, a client sends it only to a server it knows reads HTTP/1.1, and a recipient treats an HTTP/1.0 message that carries it as wrongly framed (RFC 9112 §6.1); write HTTP/1.1, or frame the body with Content-Length',
  'connect-not-simulated':
    'CONNECT asks the server for a tunnel to another host (RFC 9110 §9.3.6), which Roundtrip does not simulate',
  'not-language-tag': 'must be a language tag',
  'not-host': 'must be a host name',
  'not-id': 'must be a short lowercase id (a-z, 0-9, . and -)',
  'raw-unreadable': 'line {line}, column {column}: {explanation}',
  'raw-interim': 'must be a final response (status 200 or more), not an interim 1xx',
  'raw-405-without-allow':
    'must say which methods the route allows: a 405 Method Not Allowed carries an Allow line (RFC 9110 §15.5.6), e.g. "Allow: GET, HEAD"',
  'msl-out-of-range': 'must be more than 0 and at most {max} ms',
  'msl-below-latency':
    'must be at least the one-way latency ({latency} ms): a segment lives at most one MSL, and crossing the link takes longer',
  'rto-out-of-range': "must be more than 0 and at most the profile's maximum RTO, {max} ms",
  'rto-below-round-trip':
    'must be longer than a round trip ({roundTrip} ms): a timer that fires before any ACK can return resends every segment',
  'redirect-loop':
    'must not lead back to this route: the client would follow the same redirects round and round until it gives up after {max}',
  'not-modified-unconditional':
    'must answer a conditional request: 304 Not Modified is sent only in response to one (RFC 9110 §15.4.5), and no request for this route carries If-None-Match or If-Modified-Since',
  'not-modified-plain-request':
    'must carry If-None-Match or If-Modified-Since: this request reaches {path}, whose route answers 304 Not Modified, which is sent only in response to a conditional request (RFC 9110 §15.4.5)',
  'not-modified-method':
    'must be GET or HEAD to get the 304 Not Modified that {path} answers: a {method} whose If-None-Match matches gets 412 Precondition Failed, and If-Modified-Since is ignored on it (RFC 9110 §13.1.2, §13.1.3)',
  'not-modified-no-etag':
    'If-None-Match matches no entity tag: the route for {path} answers 304 Not Modified without an ETag, so the condition is true and the server must answer 200 with the content (RFC 9110 §13.1.2); give the route an ETag, or write If-None-Match: *',
  'not-modified-tag-differs':
    'If-None-Match matches no entity tag: the route for {path} answers 304 Not Modified with ETag {etag}, so the condition is true and the server must answer 200 with the content (RFC 9110 §13.1.2); write that tag in If-None-Match',
  'not-modified-since-earlier':
    'If-Modified-Since is earlier than the Last-Modified of the route for {path} ({lastModified}): the representation was modified since, so the server must answer 200 with the content, not 304 Not Modified (RFC 9110 §13.1.3)',
  'too-many-steps':
    'would take about {steps} steps to play, more than {max}: use fewer requests or redirects, smaller bodies, or less loss',
} as const;

export type RefusalCode = keyof typeof REFUSALS;
export const REFUSAL_CODES = Object.keys(REFUSALS) as readonly RefusalCode[];

/**
 * The numbers and tokens a refusal names (`{ min: 1, max: 6 }`). For `raw-unreadable`, `reason`
 * is the reader's `ExactErrorCode` and `expected` the line the serializer writes, if any.
 */
export type RefusalParams = Readonly<Record<string, string | number>>;

export interface ScenarioError {
  path: string;
  code: RefusalCode;
  params: RefusalParams;
  /** The refusal in English. */
  message: string;
}

export type ScenarioValidation =
  | { ok: true; scenario: Scenario }
  | { ok: false; errors: ScenarioError[] };

// RFC 9110 §5.6.2: token = 1*tchar.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// RFC 9110 §5.5: field-value = *field-content, of VCHAR, obs-text, SP and HTAB. The
// simulator writes a head one octet per character, so obs-text is U+0080 to U+00FF.
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * Sizes a scenario from outside may have: enough for any lesson (the canned
 * large page is 17,900 octets), small enough that one cannot make the
 * simulation or the page slow. `MAX_STEPS` bounds what they add up to.
 */
export const LIMITS = {
  title: 200,
  host: 253,
  method: 32,
  target: 2048,
  location: 2048,
  headers: 32,
  fieldName: 64,
  fieldValue: 1024,
  /** UTF-16 code units of a body (at most three octets each in UTF-8). */
  body: 65_536,
  resources: 100,
  methods: 16,
  requests: 20,
  rules: 100,
} as const;

/** RFC 6901 §3: a JSON Pointer escapes `~` as `~0` and `/` as `~1` in a key. */
function pointerKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
const SEGMENT_CLASSES = ['any', 'syn', 'syn-ack', 'data', 'fin', 'ack', 'final-ack', 'rst'];

type Obj = Record<string, unknown>;

class Checker {
  readonly errors: ScenarioError[] = [];

  fail(path: string, code: RefusalCode, params: RefusalParams = {}, message?: string): void {
    const english = REFUSALS[code].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k]));
    this.errors.push({ path, code, params, message: message ?? english });
  }

  object(value: unknown, path: string, allowed: readonly string[]): Obj | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, 'not-object');
      return null;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.fail(`${path}/${pointerKey(key)}`, 'unknown-field');
    }
    return value as Obj;
  }

  string(
    o: Obj,
    key: string,
    path: string,
    opts: { optional?: boolean; max?: number } & (
      | { pattern?: undefined }
      | { pattern: RegExp /** The refusal of a value of another form. */; what: RefusalCode }
    ) = {},
  ) {
    const v = o[key];
    if (v === undefined && opts.optional) return;
    if (typeof v !== 'string') return this.fail(`${path}/${key}`, 'not-string');
    if (opts.max !== undefined && v.length > opts.max) {
      return this.fail(`${path}/${key}`, 'too-long', { max: opts.max });
    }
    if (opts.pattern !== undefined && !opts.pattern.test(v)) {
      this.fail(`${path}/${key}`, opts.what);
    }
  }

  number(
    o: Obj,
    key: string,
    path: string,
    min: number,
    max: number,
    opts: { optional?: boolean; integer?: boolean } = {},
  ) {
    const v = o[key];
    if (v === undefined && opts.optional) return;
    if (typeof v !== 'number' || !Number.isFinite(v))
      return this.fail(`${path}/${key}`, 'not-number');
    if (opts.integer && !Number.isInteger(v)) return this.fail(`${path}/${key}`, 'not-integer');
    if (v < min || v > max) this.fail(`${path}/${key}`, 'out-of-range', { min, max });
  }

  oneOf(o: Obj, key: string, path: string, values: readonly unknown[], optional = false) {
    const v = o[key];
    if (v === undefined && optional) return;
    if (!values.includes(v)) {
      this.fail(`${path}/${key}`, 'not-one-of', {
        values: values.map((x) => JSON.stringify(x)).join(', '),
      });
    }
  }

  array(
    o: Obj,
    key: string,
    path: string,
    opts: { optional?: boolean; min?: number; max?: number } = {},
  ): unknown[] {
    const v = o[key];
    if (v === undefined && opts.optional) return [];
    if (!Array.isArray(v)) {
      this.fail(`${path}/${key}`, 'not-array');
      return [];
    }
    if (opts.min !== undefined && v.length < opts.min)
      this.fail(`${path}/${key}`, 'too-few', { min: opts.min });
    if (opts.max !== undefined && v.length > opts.max)
      this.fail(`${path}/${key}`, 'too-many', { max: opts.max });
    // Array.from reads a hole as undefined, which is then refused; forEach would skip it.
    return Array.from(v);
  }
}

function checkHeaders(c: Checker, o: Obj, path: string): void {
  c.array(o, 'headers', path, { optional: true, max: LIMITS.headers }).forEach((h, i) => {
    const p = `${path}/headers/${i}`;
    if (!Array.isArray(h) || h.length !== 2) {
      c.fail(p, 'not-pair');
      return;
    }
    const pair: Obj = { 0: h[0], 1: h[1] };
    c.string(pair, '0', p, {
      max: LIMITS.fieldName,
      pattern: TOKEN,
      what: 'not-field-name',
    });
    c.string(pair, '1', p, {
      max: LIMITS.fieldValue,
      pattern: FIELD_VALUE,
      what: 'not-field-value',
    });
  });
}

// RFC 3986 §2: the characters a URI is made of (unreserved, sub-delims, the
// gen-delims of a path and query, and "%" HEXDIG HEXDIG), which is what
// `serializeMessage` lets into a request-target (src/http/startLine.ts). A
// target or a followed Location with any other character (a space, "\", a
// quote, a "%" without two hex digits) could not be written on the wire.
const URI_CHAR = "[A-Za-z0-9\\-._~!$&'()*+,;=:@/?\\[\\]]|%[0-9A-Fa-f]{2}";
/** RFC 9112 §3.2.1: origin-form = absolute-path [ "?" query ]. */
const ORIGIN_FORM = new RegExp(`^/(?:${URI_CHAR})*$`);
/**
 * RFC 9112 §3.2.2: absolute-form = absolute-URI, which "a server MUST accept". Roundtrip's
 * connection is plain TCP, so the scheme is http (RFC 9110 §4.2.1): authority, then a path or a
 * query or neither. Simplification: no userinfo (RFC 9110 §4.2.4 deprecates it) and no IP literal.
 */
const ABSOLUTE_FORM = new RegExp(
  `^[Hh][Tt][Tt][Pp]://(?:[A-Za-z0-9._~!$&'()*+,;=-]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:[/?](?:${URI_CHAR})*)?$`,
);
/** RFC 9110 §10.2.2: Location = URI-reference, which may end in a "#" fragment. */
const URI_REFERENCE = new RegExp(`^(?:${URI_CHAR})+(?:#(?:${URI_CHAR})*)?$`);

function checkRequest(c: Checker, value: unknown, path: string): void {
  const o = c.object(value, path, ['method', 'target', 'version', 'headers', 'body']);
  if (!o) return;
  c.string(o, 'method', path, {
    max: LIMITS.method,
    pattern: TOKEN,
    what: 'not-method',
  });
  c.string(o, 'target', path, { max: LIMITS.target });
  const target = o.target;
  if (typeof target === 'string' && target.length <= LIMITS.target) {
    if (o.method === 'CONNECT') c.fail(`${path}/target`, 'connect-not-simulated');
    // RFC 9112 §3.2: origin-form, absolute-form (§3.2.2) or, for OPTIONS alone, asterisk-form
    // (§3.2.4). The fourth, authority-form, is CONNECT's.
    else if (
      !ORIGIN_FORM.test(target) &&
      !ABSOLUTE_FORM.test(target) &&
      !(target === '*' && o.method === 'OPTIONS')
    ) {
      c.fail(`${path}/target`, 'not-target');
    }
  }
  c.oneOf(o, 'version', path, ['HTTP/1.1', 'HTTP/1.0'], true);
  checkHeaders(c, o, path);
  if (o.version === 'HTTP/1.0' && Array.isArray(o.headers)) {
    // RFC 9112 §6.1: "A client MUST NOT send a request containing Transfer-Encoding unless it
    // knows the server will handle HTTP/1.1 requests", and "A server or client that receives an
    // HTTP/1.0 message containing a Transfer-Encoding header field MUST treat the message as if
    // the framing is faulty". A client that writes HTTP/1.0 does not claim to know that.
    o.headers.forEach((h: unknown, i) => {
      if (Array.isArray(h) && typeof h[0] === 'string' && /^transfer-encoding$/i.test(h[0])) {
        c.fail(`${path}/headers/${i}`, 'transfer-encoding-in-http-1-0');
      }
    });
  }
  c.string(o, 'body', path, { optional: true, max: LIMITS.body });
}

function checkResource(c: Checker, value: unknown, path: string): void {
  const o = c.object(value, path, [
    'path',
    'methods',
    'status',
    'contentType',
    'language',
    'headers',
    'body',
    'redirect',
    'form',
    'close',
    'raw',
  ]);
  if (!o) return;
  c.string(o, 'path', path, {
    max: LIMITS.target,
    pattern: ORIGIN_FORM,
    what: 'not-path',
  });
  c.array(o, 'methods', path, { optional: true, min: 1, max: LIMITS.methods }).forEach((m, i) => {
    if (typeof m !== 'string' || m.length > LIMITS.method || !TOKEN.test(m))
      c.fail(`${path}/methods/${i}`, 'not-method');
  });
  c.oneOf(o, 'status', path, [200, 201, 204, 304, 400, 404, 500], true);
  c.string(o, 'contentType', path, {
    optional: true,
    max: LIMITS.fieldValue,
    pattern: FIELD_VALUE,
    what: 'not-field-value',
  });
  c.string(o, 'language', path, {
    optional: true,
    max: 35,
    pattern: /^[A-Za-z0-9-]+$/,
    what: 'not-language-tag',
  });
  checkHeaders(c, o, path);
  c.string(o, 'body', path, { optional: true, max: LIMITS.body });
  if (o.form !== undefined && typeof o.form !== 'boolean') c.fail(`${path}/form`, 'not-boolean');
  if (o.close !== undefined && typeof o.close !== 'boolean') c.fail(`${path}/close`, 'not-boolean');
  if (o.raw !== undefined) checkRaw(c, o, path);
  if (o.redirect !== undefined) {
    const r = c.object(o.redirect, `${path}/redirect`, ['status', 'location']);
    if (r) {
      c.oneOf(r, 'status', `${path}/redirect`, [301, 302, 303, 307, 308]);
      c.string(r, 'location', `${path}/redirect`, {
        max: LIMITS.location,
        pattern: URI_REFERENCE,
        what: 'not-url',
      });
    }
  }
}

/** A response typed by hand: one whole final response, exactly as the serializer writes it. */
function checkRaw(c: Checker, o: Obj, path: string): void {
  const raw = o.raw;
  if (typeof raw !== 'string') {
    c.fail(`${path}/raw`, 'not-string');
    return;
  }
  // The head and a body at their limits, with room for the chunked coding's lines.
  if (raw.length > LIMITS.body + 8192) {
    c.fail(`${path}/raw`, 'too-long', { max: LIMITS.body + 8192 });
    return;
  }
  const read = readExactMessage(encodeUtf8(raw), 'response');
  if (!read.ok) {
    const { line, column, explanation, expected } = read.error;
    const instead = expected === undefined ? '' : ` (it writes "${expected}")`;
    c.fail(
      `${path}/raw`,
      'raw-unreadable',
      {
        line,
        column,
        explanation,
        reason: read.error.code,
        ...(expected === undefined ? {} : { expected }),
      },
      `line ${line}, column ${column}: ${explanation}${instead}`,
    );
    return;
  }
  if (read.message.kind === 'response' && read.message.status < 200) {
    // RFC 9110 §15.2: a 1xx is interim; the user agent would wait for a final one that never comes.
    c.fail(`${path}/raw`, 'raw-interim');
  }
  if (read.message.kind === 'response' && read.message.status === 405) {
    // RFC 9110 §15.5.6: "The origin server MUST generate an Allow header field in a 405
    // response"; an empty one says that no method is allowed (§10.2.1), and is one.
    if (headerValues(read.message, 'allow').length === 0)
      c.fail(`${path}/raw`, 'raw-405-without-allow');
  }
}

function checkRule(c: Checker, value: unknown, path: string, delay: boolean): void {
  const o = c.object(
    value,
    path,
    delay ? ['from', 'what', 'nth', 'extraMs'] : ['from', 'what', 'nth'],
  );
  if (!o) return;
  c.oneOf(o, 'from', path, ['client', 'server']);
  c.oneOf(o, 'what', path, SEGMENT_CLASSES, true);
  c.number(o, 'nth', path, 1, 1000, { integer: true });
  if (delay) c.number(o, 'extraMs', path, 0, 600_000);
}

/** The longest MSL a scenario may set: 10 minutes, five times RFC 9293's 2 minutes. */
export const MAX_MSL_MS = 600_000;

/** The timers a scenario sets in place of its profile's. */
function checkTcp(c: Checker, o: Obj): void {
  const tcp = c.object(o.tcp, '/tcp', ['mslMs', 'initialRtoMs']);
  if (!tcp) return;
  const latency = typeof o.link === 'object' && o.link !== null ? (o.link as Obj).latencyMs : 0;
  const oneWay = typeof latency === 'number' && Number.isFinite(latency) ? latency : 0;
  const msl = tcp.mslMs;
  if (msl !== undefined) {
    if (typeof msl !== 'number' || !Number.isFinite(msl)) c.fail('/tcp/mslMs', 'not-number');
    else if (msl <= 0 || msl > MAX_MSL_MS) {
      c.fail('/tcp/mslMs', 'msl-out-of-range', { max: MAX_MSL_MS });
    } else if (msl < oneWay) {
      // RFC 9293 §3.4.2: the MSL is how long a segment can live in the network; one that takes
      // longer than that to cross the link could never arrive.
      c.fail('/tcp/mslMs', 'msl-below-latency', { latency: oneWay });
    }
  }
  const rto = tcp.initialRtoMs;
  if (rto !== undefined) {
    // RFC 6298 §2.5: the RTO has a ceiling (the profile's), and §2.1 starts it at 1 s.
    const max = (o.profile === 'linux' ? LINUX : TEXTBOOK).rto.maxMs;
    if (typeof rto !== 'number' || !Number.isFinite(rto)) {
      c.fail('/tcp/initialRtoMs', 'not-number');
    } else if (rto <= 0 || rto > max) {
      c.fail('/tcp/initialRtoMs', 'rto-out-of-range', { max });
    } else if (rto <= 2 * oneWay) {
      // Shorter than a round trip, the timer would fire before any ACK could come back: every
      // segment sent again, every time, until the sender gives up.
      c.fail('/tcp/initialRtoMs', 'rto-below-round-trip', { roundTrip: 2 * oneWay });
    }
  }
}

/** RFC 9110 §13.1.2, §13.1.3: the preconditions a 304 answers (§15.4.5). */
const CONDITIONAL = /^(if-none-match|if-modified-since)$/i;

/** The status a route answers with and the field lines it adds, typed by hand or not. */
function answerOf(r: ResourceSpec): { status: number | undefined; headers: HeaderSpec[] } {
  if (r.raw === undefined) return { status: r.status, headers: r.headers ?? [] };
  // checkRaw has read it exactly, or checkRoutes is not reached.
  const read = readExactMessage(encodeUtf8(r.raw), 'response');
  if (!read.ok || read.message.kind !== 'response') return { status: undefined, headers: [] };
  const headers = read.message.headers.map((h): HeaderSpec => [h.name, h.value]);
  return { status: read.message.status, headers };
}

/**
 * The paths a request for `path` is answered at, following the site's redirects as the client
 * does (`resolveLocation`), each route once. Simplification: methods are not considered.
 */
function chain(s: Scenario, path: string): string[] {
  const seen = [path];
  for (;;) {
    const route = s.site.resources.find((r) => r.path === seen[seen.length - 1]);
    if (!route?.redirect || route.raw !== undefined) return seen;
    const next = resolveLocation(route.redirect.location, s.site.host);
    if (next === null) return seen;
    const at = targetPath(next);
    seen.push(at);
    if (seen.indexOf(at) < seen.length - 1) return seen;
  }
}

/** What the routes mean together with the requests: checked once each field is well formed. */
function checkRoutes(c: Checker, s: Scenario): void {
  const maxRedirects = s.client?.maxRedirects ?? 5;
  s.site.resources.forEach((r, i) => {
    // A redirect that leads back to its own route: the client (src/session/client.ts) follows it
    // until `maxRedirects`, then takes the last 3xx as final, a page nobody asked for.
    if (r.raw === undefined && r.redirect && maxRedirects > 0) {
      if (chain(s, r.path).slice(1).includes(r.path)) {
        c.fail(`/site/resources/${i}/redirect/location`, 'redirect-loop', { max: maxRedirects });
      }
    }
    const answer = answerOf(r);
    if (answer.status === 304) {
      const arrivals = s.requests.flatMap((q, n) => {
        const method = arrivingMethod(s, q, r);
        return method === null ? [] : [{ q, n, method }];
      });
      const asked = arrivals.some(({ q }) => (q.headers ?? []).some(([h]) => CONDITIONAL.test(h)));
      if (!asked) {
        c.fail(
          `/site/resources/${i}/${r.raw === undefined ? 'status' : 'raw'}`,
          'not-modified-unconditional',
        );
        return;
      }
      for (const { q, n, method } of arrivals) {
        const problem = notModifiedProblem(n, q, method, r, answer.headers);
        if (problem) c.fail(problem.path, problem.code, problem.params);
      }
    }
  });
}

export function validateScenario(value: unknown): ScenarioValidation {
  const c = new Checker();
  const o = c.object(value, '', [
    'id',
    'title',
    'profile',
    'seed',
    'link',
    'site',
    'requests',
    'client',
    'impairments',
    'fixed',
    'tcp',
  ]);
  if (!o) return { ok: false, errors: c.errors };
  c.string(o, 'id', '', {
    pattern: /^[a-z0-9][a-z0-9.-]{0,63}$/,
    what: 'not-id',
  });
  c.string(o, 'title', '', { max: LIMITS.title });
  c.oneOf(o, 'profile', '', ['textbook', 'linux']);
  c.number(o, 'seed', '', 0, 0xffffffff, { integer: true });

  const link = c.object(o.link, '/link', ['latencyMs', 'bitsPerSecond', 'lossRate', 'mtu']);
  if (link) {
    c.number(link, 'latencyMs', '/link', 0, 10_000);
    c.number(link, 'bitsPerSecond', '/link', 1000, 1e12);
    // Above one loss in two, the retransmissions of one segment run out too often to teach anything.
    c.number(link, 'lossRate', '/link', 0, 0.5);
    c.number(link, 'mtu', '/link', 576, 65536, { optional: true, integer: true });
  }

  const site = c.object(o.site, '/site', ['host', 'resources', 'notFoundBody']);
  if (site) {
    c.string(site, 'host', '/site', {
      max: LIMITS.host,
      pattern: /^[A-Za-z0-9.-]+(:[0-9]+)?$/,
      what: 'not-host',
    });
    c.array(site, 'resources', '/site', { max: LIMITS.resources }).forEach((r, i) => {
      checkResource(c, r, `/site/resources/${i}`);
    });
    c.string(site, 'notFoundBody', '/site', { optional: true, max: LIMITS.body });
  }

  c.array(o, 'requests', '', { min: 1, max: LIMITS.requests }).forEach((r, i) => {
    checkRequest(c, r, `/requests/${i}`);
  });

  if (o.client !== undefined) {
    const client = c.object(o.client, '/client', [
      'close',
      'maxRedirects',
      'parallel',
      'reusePort',
      'timeWait',
    ]);
    if (client) {
      c.oneOf(client, 'close', '/client', ['when-done', 'at-once'], true);
      c.oneOf(client, 'timeWait', '/client', ['full', 'cut-short'], true);
      if (client.reusePort !== undefined && typeof client.reusePort !== 'boolean') {
        c.fail('/client/reusePort', 'not-boolean');
      }
      c.number(client, 'maxRedirects', '/client', 0, 20, { optional: true, integer: true });
      c.number(client, 'parallel', '/client', 1, 6, { optional: true, integer: true });
    }
  }

  if (o.impairments !== undefined) {
    const imp = c.object(o.impairments, '/impairments', ['drop', 'delay', 'oldDuplicateSyn']);
    if (imp) {
      c.array(imp, 'drop', '/impairments', { optional: true, max: LIMITS.rules }).forEach(
        (r, i) => {
          checkRule(c, r, `/impairments/drop/${i}`, false);
        },
      );
      c.array(imp, 'delay', '/impairments', { optional: true, max: LIMITS.rules }).forEach(
        (r, i) => {
          checkRule(c, r, `/impairments/delay/${i}`, true);
        },
      );
      if (imp.oldDuplicateSyn !== undefined) {
        const old = c.object(imp.oldDuplicateSyn, '/impairments/oldDuplicateSyn', ['seqOffset']);
        if (old)
          c.number(old, 'seqOffset', '/impairments/oldDuplicateSyn', -1_000_000, -1, {
            integer: true,
          });
      }
    }
  }

  if (o.fixed !== undefined) {
    const fixed = c.object(o.fixed, '/fixed', [
      'clientIsn',
      'nextClientIsns',
      'serverIsns',
      'clientPort',
    ]);
    if (fixed) {
      c.number(fixed, 'clientIsn', '/fixed', 0, 0xffffffff, { optional: true, integer: true });
      c.number(fixed, 'clientPort', '/fixed', 1, 65535, { optional: true, integer: true });
      for (const key of ['serverIsns', 'nextClientIsns']) {
        c.array(fixed, key, '/fixed', { optional: true, max: 16 }).forEach((n, i) => {
          if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0xffffffff) {
            c.fail(`/fixed/${key}/${i}`, 'integer-out-of-range', { min: 0, max: 0xffffffff });
          }
        });
      }
    }
  }

  if (o.tcp !== undefined) checkTcp(c, o);

  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  const scenario = value as Scenario;
  checkRoutes(c, scenario);
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  // Each field within its limits can still add up to a simulation too long to play.
  const steps = estimateSteps(scenario);
  if (steps > MAX_STEPS) {
    c.fail('', 'too-many-steps', { steps, max: MAX_STEPS });
    return { ok: false, errors: c.errors };
  }
  return { ok: true, scenario };
}
