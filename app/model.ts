/**
 * The one door from the view into the model: everything `app/` needs from
 * `src/` comes through `src/index.ts`, re-exported here.
 */
export type {
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
  findScenario,
  INITIAL_STATES,
  SCENARIOS,
  simulate,
  TCP_STATES,
  TCP_TRANSITIONS,
} from '../src/index';
