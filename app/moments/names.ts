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
