/**
 * Bring your own traffic: packet captures (pcap, pcapng) and HAR files read
 * into plain data that a view can explain, and a timeline written back out as
 * pcapng. Without Node, the DOM or any library; bad input never throws.
 *
 * Reading, each layer in its own file: pcap.ts / pcapng.ts (the container),
 * reader.ts (fed in chunks), frame.ts → link.ts (Ethernet, VLAN, Linux
 * cooked, raw IP, BSD loopback), ip.ts (IPv4, IPv6), tcp-header.ts (TCP and
 * its options). Understanding: conversation.ts (conversations, client and
 * server, Wireshark's relative numbers) with tcp-analysis.ts (Wireshark's
 * tcp.analysis flags), reassembly.ts (each direction's byte stream),
 * http-stream.ts (the HTTP messages in it), tcp-states.ts (each end's states
 * through TCP_TRANSITIONS), explain.ts (all of these for one conversation),
 * timeline.ts (one conversation as a timeline the views explain).
 * HAR: har.ts with json-locate.ts; one entry as a workshop scenario,
 * har-scenario.ts. Writing: export.ts, frame-writer.ts,
 * pcapng-writer.ts. Before it leaves the computer: scrub.ts (cookies,
 * credentials and bodies overwritten, every length kept).
 */
import { createCaptureReader } from './reader';
import type { CaptureResult } from './types';

export {
  type ClientEvidence,
  type Conversation,
  type ConversationSegment,
  type ConversationSummary,
  type ConversationTracker,
  createConversationTracker,
  listConversations,
} from './conversation';
export { type ExplainedConversation, explainConversation } from './explain';
export {
  type ExportedCapture,
  type ExportOptions,
  type TimelineForCapture,
  timelineToPcapng,
} from './export';
export {
  HAR_PHASES,
  type HarBody,
  type HarConnection,
  type HarDocument,
  type HarExchange,
  type HarPhase,
  type HarPhaseSpan,
  type HarProblem,
  type HarProblemCode,
  type HarRequest,
  type HarResponse,
  type HarResult,
  parseHar,
} from './har';
export { type HarChange, type HarScenario, scenarioFromHar } from './har-scenario';
export {
  type CapturedHttpMessage,
  type HttpInCapture,
  type HttpProblem,
  type HttpProblemCode,
  readHttp,
} from './http-stream';
export {
  type CaptureOutcome,
  type CaptureReader,
  type CaptureReaderOptions,
  createCaptureReader,
  DEFAULT_MAX_CAPTURE_BYTES,
  MAX_WARNINGS,
} from './reader';
export {
  type ByteStream,
  frameAt,
  framesOf,
  reassemble,
  type StreamChunk,
  type StreamGap,
  type StreamRepeat,
} from './reassembly';
export {
  placeholder,
  SCRUB_MARK,
  type ScrubCount,
  type ScrubOptions,
  type ScrubResult,
  scrubTimeline,
} from './scrub';
export type { TcpAnalysis, TcpAnalysisFlag } from './tcp-analysis';
export {
  type InferredStart,
  inferStates,
  type RealStackNote,
  type StartReason,
  type StateChange,
  type StateInference,
  type StateStep,
} from './tcp-states';
export {
  CAPTURE_SCENARIO,
  timelineFromConversation,
  timelineFromExplained,
  wiresharkInfo,
} from './timeline';
export { readTimelineJson, type TimelineJsonResult, timelineJson } from './timeline-json';
export type {
  CapturedOptions,
  CapturedSegment,
  CaptureError,
  CaptureErrorCode,
  CaptureResult,
  CaptureSummary,
  CaptureWarning,
  CaptureWarningCode,
  OtherTcpFlag,
  OtherTraffic,
} from './types';

/** The whole file at once: `createCaptureReader` fed one chunk. */
export function readCapture(bytes: Uint8Array, maxBytes?: number): CaptureResult {
  const reader = createCaptureReader(maxBytes === undefined ? {} : { maxBytes });
  const packets = reader.push(bytes);
  const outcome = reader.finish();
  return outcome.ok ? { ...outcome, packets } : outcome;
}
