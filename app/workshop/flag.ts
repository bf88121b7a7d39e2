/**
 * A value the workshop shares with the first load's parts outside it (the header's tools, the
 * side column, the notices), without a store: set from anywhere, read by a hook; its first value
 * in the prerendered page and while hydrating.
 */
import { useSyncExternalStore } from 'react';

export interface Cell<T> {
  set(next: T): void;
  /** The value, for an event handler. */
  get(): T;
  /** A hook: the value, rendered again when it changes. */
  useValue(): T;
}

/** A yes-or-no: no at first. */
export type Flag = Cell<boolean>;

export function cell<T>(initial: T): Cell<T> {
  let value = initial;
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
        () => initial,
      ),
  };
}

export function flag(): Flag {
  return cell(false);
}
