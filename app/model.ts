/**
 * The one door from the view into the model: everything `app/` needs from
 * `src/` comes through `src/index.ts`, re-exported here.
 */
export type {
  DelayRule,
  DeviationCode,
  Endpoint,
  HttpMessageRecord,
  HttpRequest,
  MessageBlock,
  MessageBlockKind,
  ParseErrorCode,
  Phase,
  Profile,
  RequestSpec,
  ResourceSpec,
  Scenario,
  ScenarioError,
  Segment,
  SegmentRule,
  StateChange,
  Step,
  StepDetail,
  StepReason,
  TcpFlag,
  TcpState,
  TcpTransition,
  Timeline,
} from '../src/index';
export {
  binaryToBytes,
  DEVIATION_CODES,
  findScenario,
  INITIAL_STATES,
  PARSE_ERROR_CODES,
  parseMessage,
  SCENARIO_IDS,
  SCENARIOS,
  serializeMessage,
  simulate,
  TCP_STATES,
  TCP_TRANSITIONS,
} from '../src/index';
