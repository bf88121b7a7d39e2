import { MDN_SITE, TYPICAL_LINK } from './common';
import type { Scenario } from './types';

/**
 * The network drops the response. The server hears nothing back; after its
 * retransmission timeout (RFC 6298: 1 s before any RTT is measured, more than
 * 1 s after) it sends the same octets again, and the client gets them once.
 */
export const lostSegment: Scenario = {
  id: 'lost-segment',
  title: 'A lost segment and its retransmission',
  profile: 'textbook',
  seed: 8,
  link: TYPICAL_LINK,
  site: MDN_SITE,
  requests: [{ method: 'GET', target: '/', headers: [['Accept-Language', 'fr']] }],
  impairments: { drop: [{ from: 'server', what: 'data', nth: 1 }] },
};
