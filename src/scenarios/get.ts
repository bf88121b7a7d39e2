import { MDN_SITE, TYPICAL_LINK } from './common';
import type { Scenario } from './types';

/**
 * The sources' first example request (docs/sources.md): the root page of developer.mozilla.org,
 * preferably in French. HTTP/1.1 keeps the connection open, so the client
 * closes it when it has the page (the four-way teardown).
 */
export const get: Scenario = {
  id: 'get',
  title: 'GET / with Accept-Language: fr',
  profile: 'textbook',
  seed: 1,
  link: TYPICAL_LINK,
  site: MDN_SITE,
  requests: [{ method: 'GET', target: '/', headers: [['Accept-Language', 'fr']] }],
};
