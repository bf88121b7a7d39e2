import { MDN_SITE, TYPICAL_LINK } from './common';
import type { Scenario } from './types';

/**
 * Why three segments to open: RFC 9293 §3.5, Figure 8 ("Recovery from Old
 * Duplicate SYN"), with its numbers. An old SYN (SEQ=90) from an earlier
 * incarnation reaches the server first; the server answers it (SEQ=300
 * ACK=91); the client, which sent SEQ=100, sees an acknowledgement of nothing
 * it sent and refuses it with a RST; the server goes back to LISTEN; then the
 * real SYN, which wandered in the network, arrives and the handshake proceeds
 * (SEQ=400 ACK=101). With a two-way handshake the server would have opened a
 * connection for the old SYN.
 */
export const whyThreeWay: Scenario = {
  id: 'why-three-way',
  title: 'Why three segments to open: an old duplicate SYN (RFC 9293 Figure 8)',
  profile: 'textbook',
  seed: 9,
  link: TYPICAL_LINK,
  site: MDN_SITE,
  requests: [{ method: 'GET', target: '/', headers: [['Accept-Language', 'fr']] }],
  impairments: {
    oldDuplicateSyn: { seqOffset: -10 },
    delay: [{ from: 'client', what: 'syn', nth: 1, extraMs: 50 }],
  },
  fixed: { clientIsn: 100, serverIsns: [300, 400] },
};
