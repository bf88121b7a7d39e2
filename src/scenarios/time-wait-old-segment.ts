import { TYPICAL_LINK } from './common';
import type { Scenario, SiteSpec } from './types';

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
 * The second reason for TIME-WAIT (RFC 9293 §3.6.1, RFC 1337): a delayed segment of an old
 * incarnation must not reach a new connection on the same four-tuple. The client fetches two
 * pages, each on its own connection from the same port (`reusePort`). The first response's
 * segment wanders in the network for over a second; the server's retransmission delivers it,
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
  link: TYPICAL_LINK,
  site: TWO_PAGES,
  requests: [
    { method: 'GET', target: '/first' },
    { method: 'GET', target: '/other' },
  ],
  client: { reusePort: true },
  impairments: { delay: [{ from: 'server', what: 'data', nth: 1, extraMs: 1115 }] },
  fixed: { clientIsn: 1000, nextClientIsns: [1000], serverIsns: [5000, 5000], clientPort: 50000 },
};

/**
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
