import type { LinkSpec, Scenario, SiteSpec } from './types';

/** Two pages whose responses have the same length, so that one can stand in for the other. */
const page = (name: string) => `<!DOCTYPE html>\n<p>${name} page</p>\n`;
const TWO_PAGES: SiteSpec = {
  host: 'example.com',
  resources: [
    { path: '/first', contentType: 'text/html', body: page('First') },
    { path: '/other', contentType: 'text/html', body: page('Other') },
  ],
};

/**
 * An intercontinental path, 250 ms one way. With an RTT of 500 ms the first RTO is 1.5 s under
 * both profiles (RFC 6298 (2.3): SRTT + 4·RTTVAR, above either profile's floor), so the runs keep
 * the same pace under `textbook` and `linux`, and the next connection's handshake leaves a
 * half-second window in which the old segment arrives before the real answer.
 */
const LONG_LINK: LinkSpec = { latencyMs: 250, bitsPerSecond: 10_000_000, lossRate: 0 };

/**
 * The second reason for TIME-WAIT (RFC 9293 §3.6.1, RFC 1337): a delayed segment of an old
 * incarnation must not reach a new connection on the same four-tuple. The client fetches two
 * pages, each on its own connection from the same port (`reusePort`). The first response's
 * segment wanders in the network for almost three seconds; the server's retransmission delivers it,
 * the client closes first and waits in TIME-WAIT. The old copy then arrives: TIME-WAIT
 * acknowledges it and drops it, harmlessly. That ACK reaches a server that no longer knows the
 * connection, whose RST ends TIME-WAIT early: TIME-WAIT assassination (RFC 1337), harmless here
 * because the old segment is already gone. Only then does the next connection use the port.
 * The numbers are fixed so that the old segment would fit the next incarnation exactly (as the
 * `time-wait-cut-short` variant shows).
 */
export const timeWaitOldSegment: Scenario = {
  id: 'time-wait-old-segment',
  title: 'TIME-WAIT’s second reason: an old segment dies in TIME-WAIT',
  profile: 'textbook',
  seed: 12,
  link: LONG_LINK,
  site: TWO_PAGES,
  requests: [
    { method: 'GET', target: '/first' },
    { method: 'GET', target: '/other' },
  ],
  client: { reusePort: true },
  impairments: { delay: [{ from: 'server', what: 'data', nth: 1, extraMs: 2900 }] },
  fixed: { clientIsn: 1000, nextClientIsns: [2000], serverIsns: [5000, 5000], clientPort: 50000 },
};

/**
 * A scenario of its own rather than a switch on the first, so that each run has its own link
 * (`scenario=time-wait-cut-short`), its own place in the list beside the first, and its own
 * snapshot: a teacher shows the one, then the other, and the same steps line up until TIME-WAIT.
 *
 * Simplification: under `linux` both ends send timestamps, and a real Linux stack (whose
 * timestamp clock runs on across incarnations between two hosts) would drop the old segment by
 * PAWS (RFC 7323 §5: its TSval is older than the connection's TS.Recent), the protection
 * `net.ipv4.tcp_tw_reuse` relies on. The simulator has no PAWS, so the run shows what TIME-WAIT
 * alone protects against; the explanation says so.
 *
 * What if TIME-WAIT is cut short: the same run with the client's TIME-WAIT at 0 ms. The next
 * connection opens on the same ports at once, and the old segment, arriving in it with a
 * sequence number that fits, is accepted as its data: the client reads the first page as the
 * answer to its second request, and the real answer is dropped as a duplicate.
 */
export const timeWaitCutShort: Scenario = {
  ...timeWaitOldSegment,
  id: 'time-wait-cut-short',
  title: 'What if TIME-WAIT is cut short: an old segment is taken as new data',
  client: { reusePort: true, timeWait: 'cut-short' },
};
