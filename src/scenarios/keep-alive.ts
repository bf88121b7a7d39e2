import { MDN_SITE, TYPICAL_LINK } from './common';
import type { Scenario } from './types';

/**
 * Two requests on one connection. MDN: "As of HTTP/1.1, the connection is no
 * longer closed after completing the third phase": phases 2 and 3 repeat.
 */
export const keepAlive: Scenario = {
  id: 'keep-alive',
  title: 'Two requests on one kept-alive connection',
  profile: 'textbook',
  seed: 5,
  link: TYPICAL_LINK,
  site: {
    ...MDN_SITE,
    resources: [
      ...MDN_SITE.resources,
      {
        path: '/style.css',
        contentType: 'text/css; charset=utf-8',
        body: 'body { font-family: sans-serif; }\nh1 { color: #1b1b1b; }\n',
      },
    ],
  },
  requests: [
    { method: 'GET', target: '/', headers: [['Accept-Language', 'fr']] },
    { method: 'GET', target: '/style.css' },
  ],
};
