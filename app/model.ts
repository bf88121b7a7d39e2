/**
 * The one door from the view into the model. Everything `app/` needs from
 * `src/` is re-exported here, so that when the model's public entry point
 * changes only this file changes.
 */
export type { TcpState } from '../src/tcp/states';
export { TCP_STATES } from '../src/tcp/states';
export type { TcpTransition } from '../src/tcp/transitions';
export { TCP_TRANSITIONS } from '../src/tcp/transitions';
export type {
  Endpoint,
  HttpMessageRecord,
  MessageBlock,
  MessageBlockKind,
  Phase,
  Profile,
  Segment,
  StateChange,
  Step,
  StepReason,
  TcpFlag,
  Timeline,
} from '../src/timeline/types';
