/**
 * How long a scenario can take to play, in steps, before it is simulated: a
 * generous upper estimate from its sizes alone, so that `validateScenario`
 * can refuse a scenario whose fields are each within their limits but add up
 * to a simulation too long to run quickly or to step through (twenty requests
 * for 64 KiB pages over a link that loses every other segment…).
 *
 * The estimate assumes the worst at every turn: a new connection for every
 * exchange, every redirect followed, the largest response for every request,
 * and one step per block written, per block parsed, per segment arriving and
 * per acknowledgement. `validate.fuzz.test.ts` checks that no scenario it
 * accepts takes more steps than estimated.
 */
import { encodeUtf8 } from '../http';
import type { HeaderSpec, RequestSpec, ResourceSpec, Scenario } from './types';

/**
 * The most steps a valid scenario may be estimated to take: half of the
 * simulator's own stop (`Simulation.run`, 20,000 steps), and far more than a
 * class steps through.
 */
export const MAX_STEPS = 10_000;

/** Steps of a scenario beside its exchanges: an impairment's aftermath (resets, old duplicates…). */
const SCENARIO_STEPS = 60;
/** Steps of a connection beside its messages: handshake, teardown, timers, application calls. */
const CONNECTION_STEPS = 50;
/** Octets of the fixed lines the server adds: status line, Content-Type, Content-Length, Date, Connection… */
const RESPONSE_HEAD = 200;
/** The site's own pages (404, 405, 400, a redirect's): their text around what they quote. */
const PAGE = 400;
/** Blocks the site writes in every response besides the resource's headers. */
const RESPONSE_BLOCKS = 9;
/** IPv4 and TCP headers, with the timestamp option of the linux profile. */
const HEADERS_OVERHEAD = 52;
/**
 * Steps of a connection that TIME-WAIT cut short lets an old segment corrupt: the ends then
 * disagree on the sequence numbers and each answers the other's segments with an ACK, at most
 * one every 500 ms (RFC 5961 §7, `TcpConfig.invalidAckIntervalMs`), until one gives up on its
 * retransmissions: under linux about 925 s (15 retransmissions, the RTO backing off to 120 s).
 * Two ends, each receiving at most four segments a second (the throttled answers and the
 * retransmissions), for that long, with room to spare.
 */
const DESYNCHRONIZED_STEPS = 8_000;

const octets = (text: string | undefined) => (text === undefined ? 0 : encodeUtf8(text).length);

function headerOctets(headers: readonly HeaderSpec[] | undefined): number {
  return (headers ?? []).reduce((sum, [name, value]) => sum + name.length + value.length + 4, 0);
}

function requestOctets(r: RequestSpec, host: string): number {
  // Request line, Host and Content-Length lines, blank line.
  const head = r.method.length + r.target.length + 12 + host.length + 8 + 30 + 2;
  return head + headerOctets(r.headers) + octets(r.body);
}

/** `{{name}}` in a form handler's body is replaced by a field of the request, HTML-escaped. */
function formBodyOctets(body: string, longestField: number): number {
  const placeholders = body.match(/\{\{[A-Za-z0-9_-]+\}\}/g)?.length ?? 0;
  // An escaped character is at most 5 octets (`&#38;`).
  return octets(body) + placeholders * longestField * 5;
}

function resourceOctets(r: ResourceSpec, longestField: number): number {
  if (r.raw !== undefined) return octets(r.raw);
  const head = RESPONSE_HEAD + (r.contentType?.length ?? 0) + (r.language?.length ?? 0) + 20;
  const fields = headerOctets(r.headers);
  if (r.redirect) return head + fields + PAGE + 2 * r.redirect.location.length;
  const body = r.form ? formBodyOctets(r.body ?? '', longestField) : octets(r.body);
  return head + fields + body;
}

const segmentsFor = (n: number, mss: number) => Math.ceil(n / mss) + 1;

export function estimateSteps(s: Scenario): number {
  const requests = s.requests;
  const redirects = s.site.resources.some((r) => r.redirect) ? (s.client?.maxRedirects ?? 5) : 0;
  const exchanges = requests.length + redirects;
  const longestTarget = Math.max(...requests.map((r) => r.target.length), 0);
  const longestMethod = Math.max(...requests.map((r) => r.method.length), 0);
  const longestField = Math.max(...requests.map((r) => (r.body ?? '').length), 0);

  const request = Math.max(...requests.map((r) => requestOctets(r, s.site.host)));
  const requestBlocks = Math.max(...requests.map((r) => (r.headers?.length ?? 0) + 5));
  const allowed = Math.max(...s.site.resources.map((r) => (r.methods ?? []).join(', ').length), 0);
  const response = Math.max(
    ...s.site.resources.map((r) => resourceOctets(r, longestField)),
    // 404, 405 and 400 pages, which quote the target or the method (HTML-escaped).
    RESPONSE_HEAD + (s.site.notFoundBody === undefined ? 0 : octets(s.site.notFoundBody)),
    RESPONSE_HEAD + PAGE + 5 * Math.max(longestTarget, longestMethod) + allowed,
  );
  // A response typed by hand: a block for each of its lines at most.
  const responseBlocks =
    RESPONSE_BLOCKS +
    Math.max(
      ...s.site.resources.map((r) =>
        Math.max(r.headers?.length ?? 0, (r.raw ?? '').split('\n').length),
      ),
      0,
    );

  const mss = (s.link.mtu ?? 1500) - HEADERS_OVERHEAD;
  // A segment arrives, is delivered and acknowledged (about three steps, four to be safe);
  // each loss adds the loss, a timer and a resend, and a segment is lost p / (1 - p) times
  // on average.
  const loss = s.link.lossRate;
  const perSegment = 4 + (4 * loss) / (1 - loss);
  const segments = segmentsFor(request, mss) + segmentsFor(response, mss);
  const perExchange =
    CONNECTION_STEPS * (1 + loss) + 2 * (requestBlocks + responseBlocks) + perSegment * segments;

  const impairments =
    4 * (s.impairments?.drop?.length ?? 0) +
    3 * (s.impairments?.delay?.length ?? 0) +
    (s.impairments?.oldDuplicateSyn ? 6 : 0);
  // With TIME-WAIT cut short, each connection after the first can meet the previous one's
  // delayed segments (`time-wait-cut-short`).
  const desynchronized =
    s.client?.timeWait === 'cut-short' ? Math.max(0, exchanges - 1) * DESYNCHRONIZED_STEPS : 0;
  return Math.ceil(SCENARIO_STEPS + exchanges * perExchange + impairments + desynchronized);
}
