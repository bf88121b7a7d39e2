/** `client.parallel`: a browser's several connections at once to fetch a page's images (RFC 9112 §9.4). */
import { describe, expect, it } from 'vitest';
import { TYPICAL_LINK } from '../scenarios/common';
import { pageWithImagesScenario } from '../scenarios/page-with-images';
import { validateScenario } from '../scenarios/validate';
import type { Timeline } from '../timeline/types';
import { simulate } from './simulate';

/** The most connections open at once: from each one's SYN to its last segment's arrival. */
function mostAtOnce(t: Timeline): number {
  const spans = t.connections.map((c) => {
    const segs = t.segments.filter(
      (s) => (s.from === 'client' ? s.srcPort : s.dstPort) === c.clientPort,
    );
    return [segs[0]?.sentAt ?? 0, Math.max(...segs.map((s) => s.arrivesAt ?? s.sentAt))] as const;
  });
  return Math.max(
    ...spans.map(([start]) => spans.filter(([s, e]) => s <= start && start < e).length),
  );
}

describe('a client with parallel connections', () => {
  for (const images of [1, 3, 6, 9]) {
    it(`${images} images: the page first on one connection, then up to six at once, each image fetched once`, () => {
      const t = simulate(pageWithImagesScenario({ images, link: TYPICAL_LINK, way: 'parallel' }));
      const requests = t.messages.filter((m) => m.kind === 'request');
      expect(requests.map((m) => m.startLine).sort()).toEqual(
        [
          'GET / HTTP/1.1',
          ...Array.from({ length: images }, (_, i) => `GET /img/${i + 1}.svg HTTP/1.1`),
        ].sort(),
      );
      expect(t.messages.filter((m) => m.kind === 'response')).toHaveLength(images + 1);
      expect(requests[0]?.connection).toBe(0);
      expect(t.connections).toHaveLength(Math.min(6, images));
      expect(mostAtOnce(t)).toBe(Math.min(6, images));
      // No connection opened before the page was read.
      const pageRead = t.steps.find((s) => s.reason === 'response-body-parsed')?.time ?? 0;
      const syns = t.segments.filter((s) => s.from === 'client' && s.flags.join() === 'SYN');
      for (const syn of syns.slice(1)) expect(syn.sentAt).toBeGreaterThanOrEqual(pageRead);
      expect(t.outcome).toEqual({ client: 'CLOSED', server: 'CLOSED', note: null });
    });
  }

  it('the default is one connection at a time', () => {
    const t = simulate(
      pageWithImagesScenario({ images: 3, link: TYPICAL_LINK, way: 'persistent' }),
    );
    expect(t.connections).toHaveLength(1);
  });

  it('is validated: a whole number from 1 to 6', () => {
    const s = pageWithImagesScenario({ images: 2, link: TYPICAL_LINK, way: 'parallel' });
    expect(validateScenario(JSON.parse(JSON.stringify(s))).ok).toBe(true);
    for (const parallel of [0, 7, 2.5, '2']) {
      const bad = JSON.parse(JSON.stringify({ ...s, client: { parallel } }));
      expect(validateScenario(bad).ok).toBe(false);
    }
  });
});
