/**
 * What an embed's URL says beside the view (app/url/codec.ts keeps other parameters as they
 * are): which panels it shows, and the one page origin it talks to. docs/embedding.md.
 *
 *   panels=diagram       the diagram (with the state badges) and the controls
 *   panels=explanation   and the explanation beside it (the default)
 *   panels=all           and the message bytes and the TCP state diagram too
 *   origin=https://moodle.example.edu
 *                        post only to that origin, and obey only a parent page from it
 */
export const PANELS = ['diagram', 'explanation', 'all'] as const;
export type Panels = (typeof PANELS)[number];
export const DEFAULT_PANELS: Panels = 'explanation';

export interface EmbedOptions {
  panels: Panels;
  /**
   * Whom the embed talks to: any parent page ('*', when the URL names no origin), one origin,
   * or nobody (null: the URL names an origin that is not one, so no page is trusted).
   */
  peer: string | null;
}

/** An `http:` or `https:` origin as the URL writes it, normalised, or null if it is not one. */
export function readOrigin(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // An origin, not a page: nothing after the host and port.
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') return null;
  return url.origin;
}

export function readEmbedOptions(search: string): EmbedOptions {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const panels = params.get('panels');
  const origin = params.get('origin');
  return {
    panels: PANELS.find((p) => p === panels) ?? DEFAULT_PANELS,
    peer: origin === null ? '*' : readOrigin(origin),
  };
}
