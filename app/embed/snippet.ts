/**
 * The embed's address and the code that "Copy embed code" puts on the clipboard: an iframe of a
 * preset size showing the chosen panels, and a small script that fits the frame to its content
 * (the embed posts its height, useAutoSize.ts). Where a course platform strips the script, the
 * frame keeps a fixed height chosen to fit the embed at that width (FALLBACK_HEIGHT, checked
 * by e2e/embed-size.spec.ts). docs/embedding.md says what Moodle and Canvas keep.
 */
import { encodeUrl } from '../url/codec';
import { type UrlView, urlStateOf } from '../url/urlState';
import { DEFAULT_PANELS, type Panels } from './options';

/**
 * The view on screen, as the page's own link writes it (app/url/urlState.ts): the scenario (a
 * custom one travels in the embed's URL, `s`), the step, the language, and what makes the
 * timeline and its numbers what they are (profile, seq numbers, granularity). Projector mode is
 * the classroom's screen, not the course page's, and stays out.
 */
export type EmbedView = Omit<UrlView, 'projector'>;

export const SIZES = ['small', 'medium', 'large', 'full'] as const;
export type Size = (typeof SIZES)[number];

/** Each preset's width; `full` is the width of the page's column. */
export const WIDTH: Record<Size, number | null> = {
  small: 480,
  medium: 800,
  large: 1024,
  full: null,
};

/**
 * The frame's height when nothing sizes it: the embed's height at that width for most steps of
 * the canned scenarios (e2e/embed-size.spec.ts measures it), so that the platform that strips
 * the script shows no inner scrollbar at most steps. `full` is taken at the medium width. The
 * medium and large frames hold it too where `max-width: 100%` squeezes them into a column down
 * to 600 px: there the explanation's column is narrower and its words take more lines (English's,
 * 552 px at 620 px against 494 px at 800), so the medium frame's is that height, not its own
 * width's.
 */
export const FALLBACK_HEIGHT: Record<Exclude<Size, 'full'>, Record<Panels, number>> = {
  small: { diagram: 520, explanation: 800, all: 1610 },
  medium: { diagram: 490, explanation: 552, all: 1520 },
  large: { diagram: 560, explanation: 580, all: 1550 },
};

export function fallbackHeight(size: Size, panels: Panels): number {
  return FALLBACK_HEIGHT[size === 'full' ? 'medium' : size][panels];
}

export interface EmbedChoice {
  size: Size;
  panels: Panels;
  /** The course site's origin (options.ts), or null for any page. */
  origin: string | null;
}

export const DEFAULT_CHOICE: EmbedChoice = { size: 'medium', panels: DEFAULT_PANELS, origin: null };

export function embedUrl(
  current: string,
  view: EmbedView,
  choice: Pick<EmbedChoice, 'panels' | 'origin'> = DEFAULT_CHOICE,
): string {
  const url = new URL(current);
  url.search = encodeUrl(urlStateOf({ ...view, projector: false }, true));
  url.searchParams.set('panels', choice.panels);
  if (choice.origin) url.searchParams.set('origin', choice.origin);
  url.hash = '';
  return url.toString();
}

/** The embed's title link: the same view in the whole app, in a tab of its own. */
export function fullUrl(current: string, view: EmbedView): string {
  const url = new URL(embedUrl(current, view));
  for (const key of ['embed', 'panels', 'origin']) url.searchParams.delete(key);
  return url.toString();
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The course page's half of the sizing: it sets the height of the frame that posted
 * `{ source: 'roundtrip', type: 'resize', height }`, if the message comes from the origin of
 * that frame's address. Installed once however many embeds a page holds.
 */
export const HOST_SCRIPT = `(function () {
  if (window.roundtripEmbeds) return;
  window.roundtripEmbeds = true;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.source !== 'roundtrip' || d.type !== 'resize') return;
    if (typeof d.height !== 'number' || !(d.height >= 100 && d.height <= 10000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source) continue;
      if (new URL(f.src, location.href).origin !== e.origin) return;
      f.style.height = Math.ceil(d.height) + 'px';
    }
  });
})();`;

export function iframeSnippet(src: string, title: string, choice: EmbedChoice): string {
  const width = WIDTH[choice.size];
  const size =
    width === null
      ? `style="width: 100%; height: ${fallbackHeight(choice.size, choice.panels)}px; border: 0"`
      : `width="${width}" height="${fallbackHeight(choice.size, choice.panels)}" style="max-width: 100%; border: 0"`;
  const frame = `<iframe src="${escapeAttr(src)}" title="${escapeAttr(`Roundtrip: ${title}`)}" ${size} loading="lazy"></iframe>`;
  return `${frame}\n<script>\n${HOST_SCRIPT}\n</script>`;
}
