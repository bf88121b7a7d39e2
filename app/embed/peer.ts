/**
 * The page around an embed, as the embed's URL names its origin (`origin=`, options.ts): the
 * bridge (useEmbedBridge.ts), the height it posts (useAutoSize.ts) and learning mode's quiz
 * events talk to it and to nothing else. A URL that names something that is not an origin
 * silences them. docs/embedding.md.
 */
import { readEmbedOptions } from './options';

/** The page around the embed and its origin as the URL names it, or null if it talks to none. */
export function embedPeer(): { parent: Window; origin: string } | null {
  if (window.parent === window) return null;
  const { peer } = readEmbedOptions(window.location.search);
  return peer === null ? null : { parent: window.parent, origin: peer };
}

/** Whether a message comes from the page around the embed, at the origin it may have. */
export function fromPeer(e: MessageEvent, peer: { parent: Window; origin: string }): boolean {
  return e.source === peer.parent && (peer.origin === '*' || e.origin === peer.origin);
}
