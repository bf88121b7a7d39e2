/**
 * What a chooser (`choosers.ts`) reads of a step and gives back, and where the choosers are once
 * fetched (`loadExplainWords` in `words.ts` puts them here). Its own file, so that the choosers,
 * the describer and the loader share these without importing one another.
 */
import type { Endpoint, Segment, Step, StepReason, Timeline } from '../model';
import type { MessageFacts } from './messageFacts';
import type { explainStrings } from './strings';

export type VariantKey = keyof (typeof explainStrings)['en'];

/** The keys a step uses instead of `step.<reason>` and `why.<reason>` (in `strings.ts`). */
export interface Variant {
  what?: VariantKey;
  why?: VariantKey;
}

export type SeqMode = 'relative' | 'absolute';

/** What a chooser may read of a step. */
export interface StepFacts {
  step: Step;
  timeline: Timeline;
  mode: SeqMode;
  endpoint: Endpoint;
  received: Segment | undefined;
  sent: Segment[];
  /** The HTTP message the step is about, as the parser reads it; null if none or `unread`. */
  message: MessageFacts | null;
  /** The step is about a message that the parser, still on its way, has not read yet. */
  unread: boolean;
}

export type Choosers = { [R in StepReason]?: (f: StepFacts) => Variant | null };

let choosers: Choosers | null = null;

/** The choosers if they are here, else null. */
export function explainChoosers(): Choosers | null {
  return choosers;
}

/** Puts the fetched choosers where `explainChoosers` finds them (`loadExplainWords`). */
export function haveChoosers(fetched: Choosers): void {
  choosers = fetched;
}
