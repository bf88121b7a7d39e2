/** The embed's address and the iframe snippet that "Copy embed code" puts on the clipboard. */
import type { Lang } from '../strings';
import { encodeUrl } from '../url/codec';

export interface EmbedView {
  scenarioId: string;
  cursor: number;
  lang: Lang;
}

export function embedUrl(current: string, view: EmbedView): string {
  const url = new URL(current);
  url.search = encodeUrl({
    scenario: view.scenarioId,
    step: view.cursor,
    lang: view.lang,
    embed: true,
    seq: 'relative',
    profile: 'textbook',
  });
  url.hash = '';
  return url.toString();
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function iframeSnippet(src: string, title: string): string {
  return `<iframe src="${escapeAttr(src)}" width="800" height="500" title="${escapeAttr(`Roundtrip: ${title}`)}" loading="lazy"></iframe>`;
}
