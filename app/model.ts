/**
 * The one door from the view into the model: everything `app/` needs from
 * `src/` comes through `src/index.ts`, re-exported here.
 */
export type {
  DelayRule,
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
  findScenario,
  INITIAL_STATES,
  PARSE_ERROR_CODES,
  parseMessage,
  SCENARIOS,
  serializeMessage,
  simulate,
  TCP_STATES,
  TCP_TRANSITIONS,
} from '../src/index';
