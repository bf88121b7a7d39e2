/**
 * The explanation's words (`strings.ts`: what each step but step 0 does and why, and the
 * variants of those) and their choosers (`choosers.ts`), fetched once, as the app starts
 * (app/lazyModel.ts) or when the explanation is first shown: the first page (step 0) never uses
 * them, so they stay out of the first load. Until they arrive, a step says it is being prepared.
 */
import { type LazyOnce, useLazy } from '../lazyOnce';
import type { FeatureStrings } from '../strings/feature';
import { haveChoosers, type VariantKey } from './choice';

export type { VariantKey } from './choice';

let words: FeatureStrings<VariantKey> | null = null;
let pending: Promise<FeatureStrings<VariantKey>> | null = null;

/** The explanation's words, and the choosers of their variants (`choosers.ts`), fetched on the first call. */
export function loadExplainWords(): Promise<FeatureStrings<VariantKey>> {
  pending ??= Promise.all([import('./strings'), import('./choosers')]).then(([m, c]) => {
    haveChoosers(c.CHOOSERS);
    words = m.explainStrings;
    return words;
  });
  return pending;
}

/** The explanation's words if they are here, else null. */
export function explainWords(): FeatureStrings<VariantKey> | null {
  return words;
}

const explainPart: LazyOnce<FeatureStrings<VariantKey>> = {
  load: loadExplainWords,
  now: explainWords,
};

/** The explanation's words for a component: null until they arrive, then drawn again. */
export function useExplainWords(): FeatureStrings<VariantKey> | null {
  return useLazy(explainPart);
}
