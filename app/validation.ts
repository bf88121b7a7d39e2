/**
 * The model's validator, for the views loaded on first use (the workshop, a link's custom
 * scenario). A door of its own beside app/model.ts: through that one, which the first load
 * imports, the bundler would put the validator in the first load too.
 */
export {
  type ExactError,
  MAX_MSL_MS,
  PROFILE_TIMERS,
  positionAt,
  REFUSAL_CODES,
  type RefusalCode,
  readExactMessage,
  type ScenarioValidation,
  sampleResponse,
  scanJson,
  type TextPosition,
  validateScenario,
} from '../src/validate';
