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
// Bring your own traffic: used only by the importer's worker and lazy views (app/importer/).
export {
  type CaptureError,
  type CaptureSummary,
  type CaptureWarning,
  type ConversationSummary,
  createCaptureReader,
  createConversationTracker,
  findScenario,
  type HarResult,
  INITIAL_STATES,
  type OtherTraffic,
  parseHar,
  readTimelineJson,
  SCENARIOS,
  simulate,
  TCP_STATES,
  TCP_TRANSITIONS,
  type TimelineJsonResult,
  timelineFromConversation,
  timelineJson,
  timelineToPcapng,
} from '../src/index';
