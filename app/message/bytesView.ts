/**
 * The view of a message's lines (MessageBytes.tsx), fetched as the app starts, with the parser and
 * the line notes (app/lazyModel.ts): the first page shows no message at step 0, so none of it is
 * in the first load. A page that starts at another step waits for it before its first render.
 */
import { lazyOnce, useLazy } from '../lazyOnce';

const view = lazyOnce(() => import('./MessageBytes').then((m) => m.default));

/** Fetches the view on the first call; rejects if its chunk cannot be fetched. */
export function loadMessageBytes(): Promise<unknown> {
  return view.load();
}

/** The view, or null while it is on its way: the component is drawn again when it arrives. */
export function useMessageBytes() {
  return useLazy(view);
}
