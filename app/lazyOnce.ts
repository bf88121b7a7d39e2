/**
 * A part of the app fetched once, on first use, outside the first load: `load` fetches it (again
 * after a failure, which it rejects with), and `now` is it, or null while it is on its way. The
 * parser (explain/messageFacts.ts) and the view of a message's lines (message/bytesView.ts) are
 * fetched this way.
 */
import { useEffect, useState } from 'react';

export interface LazyOnce<T> {
  load(): Promise<T>;
  now(): T | null;
}

export function lazyOnce<T>(fetch: () => Promise<T>): LazyOnce<T> {
  let value: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    load() {
      pending ??= fetch().then(
        (fetched) => {
          value = fetched;
          return fetched;
        },
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
    now: () => value,
  };
}

/**
 * `part` for a component, or null while it is on its way: the component is drawn again when it
 * arrives (and fetches it, should nothing have yet).
 */
export function useLazy<T>(part: LazyOnce<T>): T | null {
  // Kept as a value: a function (a component) would be called as an initializer or an updater.
  const [shown, setShown] = useState(() => part.now());
  useEffect(() => {
    if (shown === null)
      part.load().then(
        (fetched) => setShown(() => fetched),
        () => {},
      );
  }, [part, shown]);
  return shown;
}
