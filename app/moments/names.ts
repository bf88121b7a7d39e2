/** A moment's name in the reader's language: from its kind, its endpoint and state, its count. */
import { fill } from '../strings';
import type { Moment } from '../timeline/moments';
import type { MomentWords } from './strings';

const isWord = (w: MomentWords, key: string): key is keyof MomentWords => Object.hasOwn(w, key);

export function momentName(w: MomentWords, moment: Moment): string {
  const base =
    moment.endpoint && moment.state
      ? fill(w.enters, { who: w[`who.${moment.endpoint}`], state: moment.state })
      : isWord(w, moment.kind)
        ? w[moment.kind]
        : moment.kind;
  return moment.occurrence > 1 ? fill(w.nth, { name: base, n: moment.occurrence }) : base;
}

/**
 * The name of a moment known only by its id (a link's `moment=`, which this scenario lacks): its
 * kind's name, with its occurrence, where the id is one this code makes; else the id itself.
 */
export function momentIdName(w: MomentWords, id: string): string {
  const [, kind = id, n] = /^(.*?)(?:-(\d+))?$/.exec(id) ?? [];
  // A state's moment is `<endpoint>-<state in lower case>` (app/timeline/moments.ts).
  const state = /^(client|server)-([a-z]+(?:-[a-z]+)*)$/.exec(kind);
  const base = state
    ? fill(w.enters, {
        who: w[`who.${state[1] as 'client' | 'server'}`],
        state: (state[2] ?? '').toUpperCase(),
      })
    : isWord(w, kind) && kind !== 'enters' && kind !== 'nth' && !kind.includes('.')
      ? w[kind]
      : null;
  if (base === null) return id;
  return n ? fill(w.nth, { name: base, n }) : base;
}
