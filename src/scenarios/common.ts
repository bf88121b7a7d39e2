/**
 * What the canned scenarios share: the sources' site (developer.mozilla.org,
 * with the pages the source articles show; docs/sources.md) and a typical link.
 */
import type { LinkSpec, SiteSpec } from './types';

/**
 * A continental path: 20 ms one way, 10 Mbit/s, no random loss. Long enough
 * that the segments visibly travel, short enough to read the times.
 */
export const TYPICAL_LINK: LinkSpec = { latencyMs: 20, bitsPerSecond: 10_000_000, lossRate: 0 };

/** The sources' page (MDN's "simple webpage"), in French, as the GET asks with Accept-Language: fr. */
export const FRENCH_PAGE = `<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Une page web simple</title>
</head>
<body>
  <h1>Page web HTML simple</h1>
  <p>Bonjour, le monde !</p>
</body>
</html>
`;

export const THANK_YOU_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><title>Thank you</title></head>
<body>
  <p>Thank you, {{name}}. We received your request: {{request}}.</p>
</body>
</html>
`;

export const MDN_SITE: SiteSpec = {
  host: 'developer.mozilla.org',
  resources: [
    { path: '/', contentType: 'text/html; charset=utf-8', language: 'fr', body: FRENCH_PAGE },
    {
      path: '/contact_form.php',
      methods: ['POST'],
      form: true,
      body: THANK_YOU_PAGE,
    },
  ],
};
