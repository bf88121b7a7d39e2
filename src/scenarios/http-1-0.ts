import { MDN_SITE, TYPICAL_LINK } from './common';
import type { Scenario } from './types';

/**
 * HTTP/1.0: a connection carries one exchange unless both sides ask for
 * keep-alive (RFC 9112 §9.3), so the server closes after its response.
 */
export const http10: Scenario = {
  id: 'http-1.0',
  title: 'HTTP/1.0: one request per connection',
  profile: 'textbook',
  seed: 7,
  link: TYPICAL_LINK,
  site: MDN_SITE,
  requests: [{ method: 'GET', target: '/', version: 'HTTP/1.0' }],
};
