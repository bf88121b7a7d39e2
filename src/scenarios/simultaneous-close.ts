import { MDN_SITE, TYPICAL_LINK } from './common';
import type { Scenario } from './types';

/**
 * Both ends close at once (RFC 9293 Figure 13): the server closes after its
 * response (the request said `Connection: close`), and the client closes as
 * soon as it has the whole body, before the server's FIN reaches it. Each
 * side's FIN arrives in FIN-WAIT-1: both go through CLOSING to TIME-WAIT.
 *
 * Under `linux` it does not cross, as it does not on a real Linux host: the server's close
 * finds the end of its response still queued, and Linux puts the FIN on that last segment
 * (`tcp_send_fin` sets FIN on the tail of the write queue when it has not left yet). The client
 * learns that the body is complete in the same segment that carries the FIN, so its close can
 * only answer it (CLOSE-WAIT → LAST-ACK) and the server goes FIN-WAIT-1 → TIME-WAIT. Figure 13
 * needs each side to close before the other's FIN arrives, which an HTTP client that closes on
 * the response's end cannot do here. The scenario's description under `linux` says so
 * (`scenario.simultaneous-close.desc.linux`), as does the client's FIN step.
 */
export const simultaneousClose: Scenario = {
  id: 'simultaneous-close',
  title: 'Simultaneous close through CLOSING (RFC 9293 Figure 13)',
  profile: 'textbook',
  seed: 11,
  link: TYPICAL_LINK,
  site: MDN_SITE,
  requests: [
    {
      method: 'GET',
      target: '/',
      headers: [
        ['Accept-Language', 'fr'],
        ['Connection', 'close'],
      ],
    },
  ],
  client: { close: 'at-once' },
};
