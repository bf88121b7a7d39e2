/**
 * The model's second door: `validateScenario`, for a scenario from outside (a link, a file, the
 * workshop, a postMessage). Apart from src/index.ts because the view's first load imports that
 * one, and a bundler puts everything it reaches in the first load; only views loaded on first
 * use (and the CLI) need the validator.
 */

// The raw response box reads its text as the validator does, by the same function.
export { positionAt, scanJson, type TextPosition } from './capture/json-locate';
export { type ExactError, type ExactReading, readExactMessage } from './http/exact';
export {
  LIMITS,
  MAX_MSL_MS,
  REFUSAL_CODES,
  type RefusalCode,
  type ScenarioError,
  type ScenarioValidation,
  validateScenario,
} from './scenarios/validate';
export { sampleResponse } from './session/site';
export { PROFILE_TIMERS } from './tcp/config';
