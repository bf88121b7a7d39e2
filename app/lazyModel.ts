/**
 * The simulator, loaded on first use. The first page (the default scenario at step 0, English)
 * is prerendered with its timeline beside it (scripts/prerender.ts), so it needs no simulator to
 * come alive: the simulator and the scenarios' data, a fifth of the app's code, are fetched as the
 * app starts, in parallel, and used from the first scenario change on. So are the HTTP parser,
 * which reads the timeline's messages back (app/explain/messageFacts.ts), the view of a message's
 * lines (app/message/bytesView.ts), and the explanation's
 * words (every step's but step 0's) with their choosers (app/explain/words.ts), which the first page does not need at
 * step 0. Any other page waits for all of them before its first render (app/main.tsx): a deep
 * link's step is explained at once, not "being prepared".
 */
import { loadMessageFacts } from './explain/messageFacts';
import { loadExplainWords } from './explain/words';
import { loadMessageBytes } from './message/bytesView';
import { SCENARIO_IDS } from './model';
import type { ModelApi } from './store';

export interface LazyModel {
  /** The store's model: its calls throw until the simulator is here, and `pending` says so. */
  api: ModelApi;
  /** Settles once the simulator is here, or has failed to load. */
  settled: Promise<void>;
}

export function lazyModel(
  load: () => Promise<ModelApi> = () =>
    Promise.all([
      import('./modelApi'),
      loadMessageFacts(),
      loadExplainWords(),
      loadMessageBytes(),
    ]).then(([m]) => m.modelApi),
): LazyModel {
  let model: ModelApi | null = null;
  let failure: unknown = null;
  let settledYet = false;
  const settled = load().then(
    (m) => {
      model = m;
    },
    (error: unknown) => {
      failure = error;
      console.error('Roundtrip: the simulator could not be loaded', error);
    },
  );
  void settled.then(() => {
    settledYet = true;
  });
  const loaded = (): ModelApi => {
    if (model) return model;
    throw failure ?? new Error('The simulator is still loading');
  };
  const api: ModelApi = {
    scenarioIds: SCENARIO_IDS,
    simulate: (id, options) => loaded().simulate(id, options),
    simulateScenario: (scenario, options) => loaded().simulateScenario(scenario, options),
    get pending() {
      return settledYet ? undefined : settled;
    },
  };
  return { api, settled };
}
