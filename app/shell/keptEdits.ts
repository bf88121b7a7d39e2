/**
 * The scenario whose workshop edits the Scenario menu left behind (a canned scenario's id, or
 * `custom`), for the notice that says how to go back to them; null when there is nothing to say.
 */
import { cell } from '../workshop/flag';

const kept = cell<string | null>(null);

export const setKeptEdits = kept.set;
export const keptEdits = kept.get;
export const useKeptEdits = kept.useValue;
