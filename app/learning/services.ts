/**
 * What learning mode's lazy views use from the first load, handed to them by the slot
 * (LearningTools.tsx) rather than imported: a lazy chunk that imports several of the entry's
 * modules makes the bundler split React out of the entry into a chunk of its own, which costs
 * the first load 1.5 kB gzip.
 */
import type { describeStep } from '../explain/describe';
import type { scenarioTitle } from '../shell/scenarioText';
import type { segmentLabel } from '../timeline/geometry';

export interface HandoutServices {
  describeStep: typeof describeStep;
  scenarioTitle: typeof scenarioTitle;
  segmentLabel: typeof segmentLabel;
}
