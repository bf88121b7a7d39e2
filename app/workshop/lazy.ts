/**
 * The workshop's one chunk: the panel, and the reading of a custom scenario's link. One door,
 * so that the bundler keeps what they share (the validator) in this chunk, out of the first load.
 */
export { loadScenarioData, openLink } from './openLink';
export { default, reopensOn } from './Workshop';
