/**
 * A yes-or-no the workshop shares with the first load's parts outside it (the header's tools, the
 * side column), without a store: set from anywhere, read by a hook; no in the prerendered page
 * and while hydrating.
 */
import { useSyncExternalStore } from 'react';

export interface Flag {
  set(next: boolean): void;
  /** The flag's value, for an event handler. */
  get(): boolean;
  /** A hook: the flag's value, rendered again when it changes. */
  useValue(): boolean;
}

export function flag(): Flag {
  let value = false;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return {
    set(next) {
      if (next === value) return;
      value = next;
      for (const listener of listeners) listener();
    },
    get: () => value,
    useValue: () =>
      useSyncExternalStore(
        subscribe,
        () => value,
        () => false,
      ),
  };
}
