import { MDN_SITE, TYPICAL_LINK } from './common';
import type { Scenario } from './types';

/**
 * Why TIME-WAIT lasts 2×MSL: the client's last ACK is lost, so the server,
 * still in LAST-ACK, sends its FIN again after a retransmission timeout. The
 * client, in TIME-WAIT, is still there to answer it (and restarts its 2×MSL
 * timer); had it gone straight to CLOSED, the FIN would have met a RST.
 */
export const whyTimeWait: Scenario = {
  id: 'why-time-wait',
  title: 'Why TIME-WAIT: the last ACK is lost',
  profile: 'textbook',
  seed: 10,
  link: TYPICAL_LINK,
  site: MDN_SITE,
  requests: [{ method: 'GET', target: '/', headers: [['Accept-Language', 'fr']] }],
  impairments: { drop: [{ from: 'client', what: 'final-ack', nth: 1 }] },
};
