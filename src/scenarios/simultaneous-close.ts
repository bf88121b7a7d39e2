import { MDN_SITE, TYPICAL_LINK } from './common';
import type { Scenario } from './types';

/**
 * Both ends close at once (RFC 9293 Figure 13): the server closes after its
 * response (the request said `Connection: close`), and the client closes as
 * soon as it has the whole body, before the server's FIN reaches it. Each
 * side's FIN arrives in FIN-WAIT-1: both go through CLOSING to TIME-WAIT.
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
