import { TYPICAL_LINK } from './common';
import type { LinkSpec, RequestSpec, ResourceSpec, Scenario } from './types';

/**
 * A page with images: one HTML page and the N images it shows, each a resource of its own that
 * the browser asks for once it has read the page. The images are small SVGs (text, so that the
 * message view can show their bytes), each a little different so that their sizes differ.
 */

/** How a user agent fetches the page and its images. */
export type PageLoadWay = 'non-persistent' | 'persistent' | 'parallel';

export const PAGE_LOAD_WAYS: readonly PageLoadWay[] = ['non-persistent', 'persistent', 'parallel'];

/** Browsers open at most six connections to one host at once (RFC 9112 §9.4 sets no number). */
export const BROWSER_PARALLEL = 6;

/** The images a page can have here: enough to see the ways part, few enough to step through. */
export const MAX_IMAGES = 10;

const COLOURS = ['#0b6e4f', '#c1292e', '#235789', '#f1a208', '#6a4c93'];

function imagePath(i: number): string {
  return `/img/${i + 1}.svg`;
}

function image(i: number): ResourceSpec {
  const colour = COLOURS[i % COLOURS.length];
  // One more circle per image: the sizes grow a little, as real images differ.
  const circles = Array.from(
    { length: i + 1 },
    (_, k) => `  <circle cx="${10 + k * 12}" cy="20" r="5" fill="${colour}"/>\n`,
  ).join('');
  return {
    path: imagePath(i),
    contentType: 'image/svg+xml',
    body: `<svg xmlns="http://www.w3.org/2000/svg" width="${20 + i * 12}" height="40">\n${circles}</svg>\n`,
  };
}

function page(images: number): string {
  const tags = Array.from(
    { length: images },
    (_, i) => `<img src="${imagePath(i)}" alt="Image ${i + 1}">\n`,
  ).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head><title>A page with images</title></head>
<body>
<h1>${images === 1 ? 'One image' : `${images} images`}</h1>
${tags}</body>
</html>
`;
}

export interface PageWithImages {
  images: number;
  link: LinkSpec;
  way: PageLoadWay;
}

/**
 * The page and its images fetched one of three ways:
 * - `non-persistent`: HTTP/1.0, one connection per object, one after another (RFC 9112 §9.3:
 *   without keep-alive an HTTP/1.0 connection carries one exchange).
 * - `persistent`: HTTP/1.1 keep-alive, every object on one connection, one after another.
 * - `parallel`: HTTP/1.1, the page first, then its images on up to `BROWSER_PARALLEL`
 *   persistent connections at once, as browsers do.
 */
export function pageWithImagesScenario({ images, link, way }: PageWithImages): Scenario {
  const version: RequestSpec['version'] = way === 'non-persistent' ? 'HTTP/1.0' : 'HTTP/1.1';
  const all = Array.from({ length: images }, (_, i) => image(i));
  return {
    id: 'page-with-images',
    title: 'A page with images, one connection per object',
    profile: 'textbook',
    seed: 11,
    link,
    site: {
      host: 'example.org',
      resources: [
        { path: '/', contentType: 'text/html; charset=utf-8', body: page(images) },
        ...all,
      ],
    },
    requests: [
      { method: 'GET', target: '/', version },
      ...all.map((r) => ({ method: 'GET', target: r.path, version })),
    ],
    ...(way === 'parallel' ? { client: { parallel: BROWSER_PARALLEL } } : {}),
  };
}

/**
 * The canned scenario: three images fetched as an HTTP/1.0 browser did, one connection per
 * object. The Timing panel compares it with keep-alive and parallel connections.
 */
export const pageWithImages: Scenario = pageWithImagesScenario({
  images: 3,
  link: TYPICAL_LINK,
  way: 'non-persistent',
});
