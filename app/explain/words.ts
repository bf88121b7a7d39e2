/**
 * The variant words (`strings.ts`), fetched once when the explanation is first shown: the first
 * page (step 0) never uses them, so they stay out of the first load. Until they arrive, a step
 * that needs one says it is being prepared rather than say something untrue.
 */
import type { FeatureStrings } from '../strings/feature';
import type { explainStrings } from './strings';

export type VariantKey = keyof (typeof explainStrings)['en'];

let words: FeatureStrings<VariantKey> | null = null;
let pending: Promise<FeatureStrings<VariantKey>> | null = null;

/** The variant words, fetched on the first call. */
export function loadExplainWords(): Promise<FeatureStrings<VariantKey>> {
  pending ??= import('./strings').then((m) => {
    words = m.explainStrings;
    return words;
  });
  return pending;
}

/** The variant words if they are here, else null. */
export function explainWords(): FeatureStrings<VariantKey> | null {
  return words;
}
