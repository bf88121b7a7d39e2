/**
 * The model's one door: everything the visualizer (app/) and the CLI use from
 * src/ comes through here.
 */

export type {
  HttpHeader,
  HttpMessage,
  HttpRequest,
  HttpResponse,
  HttpVersion,
  ParseError,
  ParseErrorCode,
  ParseResult,
} from './http';
export {
  answersAcceptLanguage,
  CR,
  createParser,
  DEVIATION_CODES,
  type DeviationCode,
  framedHeaders,
  headerValues,
  LF,
  lineAt,
  locate,
  PARSE_ERROR_CODES,
  parseMessage,
  serializeMessage,
} from './http';
export * from './quiz';
export { findScenario, SCENARIOS } from './scenarios';
export { SCENARIO_IDS } from './scenarios/ids';
export type {
  ClientSpec,
  DelayRule,
  FixedNumbers,
  HeaderSpec,
  Impairments,
  LinkSpec,
  RequestSpec,
  ResourceSpec,
  Scenario,
  SegmentClass,
  SegmentRule,
  SiteSpec,
} from './scenarios/types';
// validateScenario has a door of its own, src/validate.ts (only views loaded on first use need it).
export type { ScenarioError, ScenarioValidation } from './scenarios/validate';
export { type SimulateOptions, simulate } from './session/simulate';
export { isTcpState, TCP_STATES, type TcpState } from './tcp/states';
export {
  findTransition,
  TCP_TRANSITIONS,
  type TcpEvent,
  type TcpTransition,
} from './tcp/transitions';
export { binaryToBytes, bytesToBinary } from './timeline/bytes';
export { describeSegment, formatTimeline } from './timeline/diagram';
export { resendingStep, stepSegments } from './timeline/steps';
export * from './timeline/types';
export * from './timing';
