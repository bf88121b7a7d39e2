/**
 * HAR 1.2 ("HTTP Archive", http://www.softwareishard.com/blog/har-12-spec/),
 * what browsers' developer tools export: HTTP exchanges with their timing
 * phases, but no packets, so no TCP. Read robustly: a text that is not JSON,
 * or has no `log.entries`, is an error with its line and column; an entry
 * that cannot be used is left out with a warning that says where it is, and
 * the others are kept.
 *
 * The timings (HAR 1.2 §timings): blocked, dns, connect, send, wait,
 * receive, and ssl, which "is also included in the connect field"; −1 means
 * "does not apply" (no DNS lookup for a reused connection), read here as
 * null. Playwright's HARs count ssl apart from connect; an entry's `time`,
 * the sum of its phases, tells which way it was written.
 */
import type { HttpHeader } from '../http/index';
import { pathText, positionAt, scanJson } from './json-locate';

export type HarPhase = 'blocked' | 'dns' | 'connect' | 'ssl' | 'send' | 'wait' | 'receive';

export const HAR_PHASES: readonly HarPhase[] = [
  'blocked',
  'dns',
  'connect',
  'ssl',
  'send',
  'wait',
  'receive',
];

export interface HarBody {
  mimeType: string;
  /** The text as the HAR holds it; base64 when `encoding` says so; null when the HAR left it out. */
  text: string | null;
  encoding: string | null;
  size: number | null;
}

export interface HarMessage {
  httpVersion: string;
  headers: HttpHeader[];
  cookies: { name: string; value: string }[];
  /** Octets of the head and of the body on the wire; null (−1) when unknown. */
  headersSize: number | null;
  bodySize: number | null;
}

export interface HarRequest extends HarMessage {
  method: string;
  url: string;
  body: HarBody | null;
}

export interface HarResponse extends HarMessage {
  status: number;
  statusText: string;
  body: HarBody | null;
  redirectURL: string;
}

/** One phase on the HAR's time axis: milliseconds since the first entry started. */
export interface HarPhaseSpan {
  phase: HarPhase;
  start: number;
  end: number;
}

export interface HarExchange {
  /** The entry's index in `log.entries`. */
  index: number;
  startedDateTime: string;
  /** Milliseconds since the earliest entry started. */
  start: number;
  /** The entry's total time (its `time`), in milliseconds. */
  time: number;
  /** Each phase's duration; null where it does not apply (−1) or is absent. */
  timings: Record<HarPhase, number | null>;
  /** The phases laid out on the time axis, in order, ssl inside connect when the HAR counts it so. */
  phases: HarPhaseSpan[];
  /** The connection the entry used (its `connection` id); null when the HAR does not say. */
  connection: string | null;
  serverIPAddress: string | null;
  pageref: string | null;
  request: HarRequest;
  response: HarResponse;
}

export interface HarConnection {
  /** The HAR's id for it; null gathers the entries whose connection is not given. */
  id: string | null;
  /** Indexes into `exchanges`, in order of start. */
  exchanges: number[];
}

export interface HarDocument {
  version: string;
  creator: { name: string; version: string };
  browser: { name: string; version: string } | null;
  pages: { id: string; title: string; startedDateTime: string }[];
  /** In order of start (the HAR's own order when equal). */
  exchanges: HarExchange[];
  /** Entries grouped by the connection they shared, in order of first use. */
  connections: HarConnection[];
}

export type HarProblemCode = 'not-json' | 'not-har' | 'bad-entry' | 'bad-value' | 'odd-timings';

export interface HarProblem {
  code: HarProblemCode;
  /** Where, as a JSON path (`log.entries[2].timings.wait`); '' for the whole text. */
  path: string;
  offset: number;
  line: number;
  column: number;
  explanation: string;
}

export type HarResult =
  | { ok: true; har: HarDocument; warnings: HarProblem[] }
  | { ok: false; error: HarProblem };

/** Warnings kept in full; a HAR with more bad entries is usually not the file meant. */
const MAX_WARNINGS = 100;

type Path = (string | number)[];
type Json = unknown;
type Problem = { code: HarProblemCode; path: Path; explanation: string };

export function parseHar(input: string): HarResult {
  // A byte-order mark is no part of the JSON (RFC 8259 §8.1 lets a parser ignore it).
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch {
    const scan = scanJson(text);
    const offset = scan.error?.offset ?? 0;
    return {
      ok: false,
      error: {
        code: 'not-json',
        path: '',
        ...positionAt(text, offset),
        explanation: `This is not JSON, which a HAR file is: ${scan.error?.explanation ?? 'the text could not be read.'}`,
      },
    };
  }
  const problems: Problem[] = [];
  const log = field(json, 'log');
  const entries = field(log, 'entries');
  if (!isObject(log) || !Array.isArray(entries)) {
    const [path, found]: [Path, Json] = !isObject(json)
      ? [[], json]
      : !isObject(log)
        ? [['log'], log]
        : [['log', 'entries'], entries];
    const what = path.length === 0 ? 'this JSON' : pathText(path);
    return {
      ok: false,
      error: locate(text, {
        code: 'not-har',
        path,
        explanation: `A HAR file is a JSON object whose "log" holds an "entries" array (HAR 1.2 §log); ${what} is ${describeValue(found)}.`,
      }),
    };
  }
  const exchanges: HarExchange[] = [];
  entries.forEach((entry, index) => {
    const exchange = readEntry(entry, ['log', 'entries', index], problems);
    if (exchange) exchanges.push({ ...exchange, index });
  });
  // The time axis starts with the earliest entry.
  const shift = exchanges.reduce((n, e) => Math.min(n, e.start), exchanges[0]?.start ?? 0);
  for (const e of exchanges) {
    e.start -= shift;
    for (const span of e.phases) {
      span.start -= shift;
      span.end -= shift;
    }
  }
  exchanges.sort((a, b) => a.start - b.start || a.index - b.index);
  const har: HarDocument = {
    version: stringOr(field(log, 'version'), '1.2'),
    creator: nameVersion(field(log, 'creator')) ?? { name: '', version: '' },
    browser: nameVersion(field(log, 'browser')),
    pages: arrayOf(field(log, 'pages'))
      .filter(isObject)
      .map((p) => ({
        id: stringOr(p.id, ''),
        title: stringOr(p.title, ''),
        startedDateTime: stringOr(p.startedDateTime, ''),
      })),
    exchanges,
    connections: groupByConnection(exchanges),
  };
  return { ok: true, har, warnings: locateAll(text, problems.slice(0, MAX_WARNINGS)) };
}

function readEntry(entry: Json, at: Path, problems: Problem[]): Omit<HarExchange, 'index'> | null {
  const bad = (path: Path, explanation: string) => {
    problems.push({
      code: 'bad-entry',
      path,
      explanation: `${explanation} This entry is left out.`,
    });
    return null;
  };
  if (!isObject(entry)) return bad(at, `An entry is an object; this is ${describeValue(entry)}.`);
  const request = entry.request;
  const response = entry.response;
  if (!isObject(request)) return bad([...at, 'request'], 'An entry needs a "request" object.');
  if (!isObject(response)) return bad([...at, 'response'], 'An entry needs a "response" object.');
  if (typeof request.method !== 'string' || typeof request.url !== 'string') {
    return bad([...at, 'request'], 'A request needs its "method" and "url" as strings.');
  }
  const started =
    typeof entry.startedDateTime === 'string' ? isoMilliseconds(entry.startedDateTime) : null;
  if (started === null) {
    return bad(
      [...at, 'startedDateTime'],
      'An entry needs "startedDateTime" in ISO 8601 form (e.g. 2009-07-24T19:20:30.45+01:00).',
    );
  }
  const timings = readTimings(entry.timings, [...at, 'timings'], problems);
  const time = numberOr(entry.time, null);
  const phases = layOut(timings, started, time, [...at, 'timings'], problems);
  return {
    startedDateTime: entry.startedDateTime as string,
    start: started,
    time: time ?? phases.reduce((n, p) => Math.max(n, p.end - started), 0),
    timings,
    phases,
    connection:
      typeof entry.connection === 'string' && entry.connection !== '' ? entry.connection : null,
    serverIPAddress: typeof entry.serverIPAddress === 'string' ? entry.serverIPAddress : null,
    pageref: typeof entry.pageref === 'string' ? entry.pageref : null,
    request: {
      ...message(request, [...at, 'request'], problems),
      method: request.method,
      url: request.url,
      body: postData(request.postData),
    },
    response: {
      ...message(response, [...at, 'response'], problems),
      status: numberOr(response.status, 0) ?? 0,
      statusText: stringOr(response.statusText, ''),
      body: content(response.content),
      redirectURL: stringOr(response.redirectURL, ''),
    },
  };
}

function readTimings(value: Json, at: Path, problems: Problem[]): Record<HarPhase, number | null> {
  const timings = {} as Record<HarPhase, number | null>;
  for (const phase of HAR_PHASES) {
    const v = field(value, phase);
    if (v === undefined || v === -1) {
      timings[phase] = null;
      // HAR 1.2: send, wait and receive are required; the others default to −1.
      if (v === undefined && (phase === 'send' || phase === 'wait' || phase === 'receive')) {
        problems.push({
          code: 'bad-value',
          path: [...at],
          explanation: `The timings have no "${phase}", which HAR 1.2 requires; it is taken as not applying.`,
        });
      }
    } else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      timings[phase] = null;
      problems.push({
        code: 'bad-value',
        path: [...at, phase],
        explanation: `A timing is a number of milliseconds, or −1 for "does not apply"; this is ${describeValue(v)}, taken as not applying.`,
      });
    } else {
      timings[phase] = v;
    }
  }
  return timings;
}

/**
 * The phases one after another from the entry's start. HAR 1.2 puts ssl
 * inside connect (at its end, the TLS handshake after the TCP one); a HAR
 * whose `time` counts ssl apart (Playwright's) gets it after connect.
 */
function layOut(
  t: Record<HarPhase, number | null>,
  start: number,
  time: number | null,
  at: Path,
  problems: Problem[],
): HarPhaseSpan[] {
  const others = HAR_PHASES.filter((p) => p !== 'ssl').reduce((n, p) => n + (t[p] ?? 0), 0);
  const ssl = t.ssl ?? 0;
  const sslInside =
    t.ssl === null ||
    (time === null
      ? ssl <= (t.connect ?? 0)
      : Math.abs(time - others) <= Math.abs(time - others - ssl));
  if (t.ssl !== null && sslInside && ssl > (t.connect ?? 0)) {
    problems.push({
      code: 'odd-timings',
      path: [...at, 'ssl'],
      explanation: `ssl (${ssl} ms) is included in connect (HAR 1.2), yet connect is only ${t.connect ?? 0} ms.`,
    });
  }
  if (t.ssl !== null && !sslInside) {
    problems.push({
      code: 'odd-timings',
      path: [...at, 'ssl'],
      explanation: `HAR 1.2 includes ssl in connect, but this entry's time counts ssl (${ssl} ms) apart, as Playwright writes it: it is shown after connect.`,
    });
  }
  const spans: HarPhaseSpan[] = [];
  let clock = start;
  for (const phase of HAR_PHASES) {
    const d = t[phase];
    if (d === null) continue;
    if (phase === 'ssl' && sslInside) {
      // The last part of connect, which it is included in.
      spans.push({ phase, start: clock - Math.min(d, t.connect ?? 0), end: clock });
      continue;
    }
    spans.push({ phase, start: clock, end: clock + d });
    clock += d;
  }
  return spans;
}

function message(m: Record<string, Json>, at: Path, problems: Problem[]): HarMessage {
  return {
    httpVersion: stringOr(m.httpVersion, ''),
    headers: pairs(m.headers, [...at, 'headers'], problems),
    cookies: pairs(m.cookies, [...at, 'cookies'], problems),
    headersSize: sizeOr(m.headersSize),
    bodySize: sizeOr(m.bodySize),
  };
}

function pairs(value: Json, at: Path, problems: Problem[]): { name: string; value: string }[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({
      code: 'bad-value',
      path: at,
      explanation: `This is a list of {name, value} objects; it is ${describeValue(value)}, and is read as empty.`,
    });
    return [];
  }
  const out: { name: string; value: string }[] = [];
  value.forEach((p, i) => {
    if (isObject(p) && typeof p.name === 'string' && typeof p.value === 'string')
      out.push({ name: p.name, value: p.value });
    else
      problems.push({
        code: 'bad-value',
        path: [...at, i],
        explanation:
          'A header or cookie is {"name": string, "value": string}; this one is left out.',
      });
  });
  return out;
}

function postData(value: Json): HarBody | null {
  if (!isObject(value)) return null;
  return {
    mimeType: stringOr(value.mimeType, ''),
    text: typeof value.text === 'string' ? value.text : null,
    encoding: null,
    size: null,
  };
}

function content(value: Json): HarBody | null {
  if (!isObject(value)) return null;
  return {
    mimeType: stringOr(value.mimeType, ''),
    text: typeof value.text === 'string' ? value.text : null,
    encoding: typeof value.encoding === 'string' ? value.encoding : null,
    size: sizeOr(value.size),
  };
}

/** Entries that share a connection id sit together; those without one form one group, id null. */
function groupByConnection(exchanges: HarExchange[]): HarConnection[] {
  const groups = new Map<string | null, HarConnection>();
  exchanges.forEach((e, i) => {
    const group = groups.get(e.connection) ?? { id: e.connection, exchanges: [] };
    group.exchanges.push(i);
    groups.set(e.connection, group);
  });
  return [...groups.values()];
}

// ISO 8601 as HAR 1.2 writes it: date, T, time with optional fraction, Z or an offset.
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|([+-])(\d{2}):?(\d{2}))$/;

/** Milliseconds since 1970 of an ISO 8601 date-time, or null; read strictly, the same in every engine. */
export function isoMilliseconds(text: string): number | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as number[];
  if (
    (month ?? 0) < 1 ||
    (month ?? 0) > 12 ||
    (day ?? 0) < 1 ||
    (day ?? 0) > 31 ||
    (hour ?? 0) > 23 ||
    (minute ?? 0) > 59 ||
    (second ?? 0) > 60
  )
    return null;
  const fraction = m[7] ? Number(m[7]) * 1000 : 0;
  const offset =
    m[8] === 'Z' ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) * 60_000;
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute, second) + fraction - offset;
}

/** Each problem with the line and column of its value, or of the nearest enclosing one when it is missing. */
function locateAll(text: string, problems: Problem[]): HarProblem[] {
  if (problems.length === 0) return [];
  const prefixes = (path: Path) => path.map((_, i) => pathText(path.slice(0, path.length - i)));
  const wanted = new Set(problems.flatMap((p) => prefixes(p.path)));
  const { found } = scanJson(text, wanted);
  return problems.map((p) => {
    const offset = prefixes(p.path)
      .map((prefix) => found.get(prefix))
      .find((o) => o !== undefined);
    return {
      code: p.code,
      path: pathText(p.path),
      ...positionAt(text, offset ?? 0),
      explanation: p.explanation,
    };
  });
}

function locate(text: string, p: Problem): HarProblem {
  return locateAll(text, [p])[0] as HarProblem;
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(value: Json, name: string): Json {
  return isObject(value) ? value[name] : undefined;
}

function arrayOf(value: Json): Json[] {
  return Array.isArray(value) ? value : [];
}

function stringOr(value: Json, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function numberOr(value: Json, fallback: number | null): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** HAR sizes: −1 means unknown. */
function sizeOr(value: Json): number | null {
  const n = numberOr(value, null);
  return n === null || n < 0 ? null : n;
}

function nameVersion(value: Json): { name: string; version: string } | null {
  return isObject(value)
    ? { name: stringOr(value.name, ''), version: stringOr(value.version, '') }
    : null;
}

function describeValue(value: Json): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object'
    ? 'an object'
    : `${typeof value === 'string' ? 'a string' : `the ${typeof value}`} ${JSON.stringify(value).slice(0, 40)}`;
}
