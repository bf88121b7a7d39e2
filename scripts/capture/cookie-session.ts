/**
 * npx tsx scripts/capture/cookie-session.ts
 *
 * Writes fixtures/captures/cookie-session.json: a Roundtrip timeline (the JSON the Export menu
 * writes) of a logged-in visitor, whose request carries a Cookie and an Authorization header and
 * whose response sets a cookie. The e2e test of the Export menu's scrubbing opens it and checks
 * that a scrubbed export holds none of these values. Made through the exporter rather than
 * captured, since no capture of the scenarios carries a cookie.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { timelineJson } from '../../src/capture/index';
import { MDN_SITE, TYPICAL_LINK } from '../../src/scenarios/common';
import { simulate } from '../../src/session/simulate';

const timeline = simulate({
  id: 'cookie-session',
  title: 'GET with a session cookie and a bearer token',
  profile: 'textbook',
  seed: 7,
  link: TYPICAL_LINK,
  site: {
    ...MDN_SITE,
    resources: MDN_SITE.resources.map((r) =>
      r.path === '/'
        ? { ...r, headers: [['Set-Cookie', 'theme=dark-f1x7ure; Path=/; HttpOnly']] }
        : r,
    ),
  },
  requests: [
    {
      method: 'GET',
      target: '/',
      headers: [
        ['Cookie', 'session=c00kie-f1x7ure-value'],
        ['Authorization', 'Bearer t0ken-f1x7ure-value'],
      ],
    },
  ],
});
const out = join(import.meta.dirname, '..', '..', 'fixtures', 'captures', 'cookie-session.json');
writeFileSync(out, timelineJson(timeline));
process.stdout.write(`${out}\n`);
