/**
 * The view of a message's lines (MessageBytes.tsx), fetched as the app starts, with the parser and
 * the line notes (app/lazyModel.ts): the first page shows no message at step 0, so none of it is
 * in the first load. A page that starts at another step waits for it before its first render.
 */
import { useEffect, useState } from 'react';
import type MessageBytes from './MessageBytes';

let view: typeof MessageBytes | null = null;
let pending: Promise<void> | null = null;

/** Fetches the view on the first call; rejects if its chunk cannot be fetched. */
export function loadMessageBytes(): Promise<void> {
  pending ??= import('./MessageBytes').then(
    (m) => {
      view = m.default;
    },
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/** The view, or null while it is on its way: the component is drawn again when it arrives. */
export function useMessageBytes(): typeof MessageBytes | null {
  const [shown, setShown] = useState(() => view);
  useEffect(() => {
    if (!shown)
      loadMessageBytes().then(
        () => setShown(() => view),
        () => {},
      );
  }, [shown]);
  return shown;
}
