/**
 * The variant words (`strings.ts`) and their choosers (`choosers.ts`), fetched once when the
 * explanation is first shown: the first page (step 0) never uses them, so they stay out of the
 * first load. Until they arrive, a step that needs one says it is being prepared rather than
 * say something untrue.
 */
import type { FeatureStrings } from '../strings/feature';
import { haveChoosers, type VariantKey } from './choice';

export type { VariantKey } from './choice';

let words: FeatureStrings<VariantKey> | null = null;
let pending: Promise<FeatureStrings<VariantKey>> | null = null;

/** The variant words, and the choosers that pick them (`choosers.ts`), fetched on the first call. */
export function loadExplainWords(): Promise<FeatureStrings<VariantKey>> {
  pending ??= Promise.all([import('./strings'), import('./choosers')]).then(([m, c]) => {
    haveChoosers(c.CHOOSERS);
    words = m.explainStrings;
    return words;
  });
  return pending;
}

/** The variant words if they are here, else null. */
export function explainWords(): FeatureStrings<VariantKey> | null {
  return words;
}
