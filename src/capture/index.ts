/**
 * Reads a packet capture (pcap or pcapng) into TCP segments, without Node,
 * the DOM or any library: bytes in, plain data out, and what a view needs to
 * explain them. Bad input never throws.
 *
 * The layers, each in its own file: pcap.ts / pcapng.ts (the container),
 * reader.ts (fed in chunks), frame.ts → link.ts (Ethernet, VLAN, Linux
 * cooked, raw IP, BSD loopback), ip.ts (IPv4, IPv6), tcp-header.ts (TCP and
 * its options); conversation.ts (connections, client and server, Wireshark's
 * relative sequence numbers).
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
export {
  type ExportedCapture,
  type ExportOptions,
  type TimelineForCapture,
  timelineToPcapng,
} from './export';
export {
  type CaptureOutcome,
  type CaptureReader,
  type CaptureReaderOptions,
  createCaptureReader,
  DEFAULT_MAX_CAPTURE_BYTES,
  MAX_WARNINGS,
} from './reader';
export type { TcpAnalysis, TcpAnalysisFlag } from './tcp-analysis';
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
