import { MDN_SITE, TYPICAL_LINK } from './common';
import type { Scenario } from './types';

/** 17 900 octets of paragraphs, the size of the captured `/large.html`. */
function paragraphs(total: number): string {
  const head =
    '<!DOCTYPE html>\n<html lang="en">\n<head><title>A long page</title></head>\n<body>\n';
  const tail = '</body>\n</html>\n';
  let body = '';
  for (let n = 1; head.length + body.length + tail.length < total; n++) {
    body += `<p>Paragraph ${n}: a long page travels as many segments, each at most one MSS.</p>\n`;
  }
  const page = head + body + tail;
  return page.length > total
    ? head + body.slice(0, total - head.length - tail.length) + tail
    : page;
}

/** A body many segments long: segmentation by MSS, one ACK per segment. */
export const largeResponse: Scenario = {
  id: 'large-response',
  title: 'A large response in many segments',
  profile: 'textbook',
  seed: 12,
  link: TYPICAL_LINK,
  site: {
    ...MDN_SITE,
    resources: [...MDN_SITE.resources, { path: '/large.html', body: paragraphs(17_900) }],
  },
  requests: [{ method: 'GET', target: '/large.html' }],
};
