import { MDN_SITE, TYPICAL_LINK } from './common';
import type { Scenario } from './types';

/** A path the site does not have: 404 Not Found, with a small page that says so. */
export const notFound404: Scenario = {
  id: 'not-found-404',
  title: 'GET /missing → 404 Not Found',
  profile: 'textbook',
  seed: 4,
  link: TYPICAL_LINK,
  site: MDN_SITE,
  requests: [{ method: 'GET', target: '/missing' }],
};
