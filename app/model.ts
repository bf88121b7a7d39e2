/**
 * The one door from the view into the model: everything `app/` needs from
 * `src/` comes through `src/index.ts`, re-exported here.
 */
export type {
  DeviationCode,
  Endpoint,
  HttpMessageRecord,
  MessageBlock,
  MessageBlockKind,
  Phase,
  Profile,
  Scenario,
  Segment,
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
  parseMessage,
  SCENARIO_IDS,
  SCENARIOS,
  simulate,
  TCP_STATES,
  TCP_TRANSITIONS,
} from '../src/index';
