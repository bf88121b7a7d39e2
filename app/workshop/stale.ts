/**
 * Whether the workshop's draft holds something that cannot be simulated, so that the timeline on
 * screen is the last version that worked. In the first load (small, no React beyond the hook):
 * the header's "Copy link to this moment" and "Copy embed code" copy that version, and say so.
 */
import { flag } from './flag';

const stale = flag();

export const setWorkshopStale = stale.set;

/** Whether the view on screen is older than the workshop's draft; false in the prerendered page. */
export function useWorkshopStale(): boolean {
  return stale.useValue();
}

const edited = flag();

/**
 * Whether the workshop's draft differs from the scenario it was opened on, even where it cannot
 * be simulated yet: the Scenario menu then closes the workshop rather than start it again on
 * another scenario (app/shell/HeaderTools.tsx).
 */
export const setWorkshopEdited = edited.set;
export const isWorkshopEdited = edited.get;
