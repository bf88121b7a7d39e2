import { MDN_SITE, TYPICAL_LINK } from './common';
import type { Scenario } from './types';

/**
 * The sources' form submission (MDN). MDN writes `Content-Length: 64`, but
 * `name=Joe%20User&request=Send%20me%20one%20of%20your%20catalogue` is 63
 * octets: the serializer computes the length from the body, so 63 is sent.
 * The body is MDN's, with each space written %20; a browser's form would send "+" (the WHATWG
 * URL standard's application/x-www-form-urlencoded serializer), and both decode to a space.
 */
export const postForm: Scenario = {
  id: 'post-form',
  title: 'POST /contact_form.php (a form, Content-Length 63)',
  profile: 'textbook',
  seed: 2,
  link: TYPICAL_LINK,
  site: MDN_SITE,
  requests: [
    {
      method: 'POST',
      target: '/contact_form.php',
      headers: [['Content-Type', 'application/x-www-form-urlencoded']],
      body: 'name=Joe%20User&request=Send%20me%20one%20of%20your%20catalogue',
    },
  ],
};
