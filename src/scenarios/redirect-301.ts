import { MDN_SITE, TYPICAL_LINK } from './common';
import type { Scenario } from './types';

/**
 * A page that has moved: 301 with a Location on the same site. The user
 * agent follows it on the same, still open, connection (RFC 9112 §9.3), as
 * `curl -L` does in the capture.
 */
export const redirect301: Scenario = {
  id: 'redirect-301',
  title: 'GET /docs → 301 Moved Permanently → GET /',
  profile: 'textbook',
  seed: 3,
  link: TYPICAL_LINK,
  site: {
    ...MDN_SITE,
    resources: [
      ...MDN_SITE.resources,
      { path: '/docs', redirect: { status: 301, location: 'http://developer.mozilla.org/' } },
    ],
  },
  requests: [{ method: 'GET', target: '/docs', headers: [['Accept-Language', 'fr']] }],
};
