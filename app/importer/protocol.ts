/**
 * What the import dialog and its worker (import.worker.ts) say to each other. Plain data, as
 * structured cloning carries it; the worker keeps the packets and the conversations, the page
 * only what it shows.
 */
import type { Timeline } from '../model';
import type {
  CaptureError,
  CaptureWarning,
  ConversationSummary,
  HarDocument,
  OtherTraffic,
} from './capture';

/** One file to open; `n` tells a second opening of the same file from the first. */
export interface OpenRequest {
  file: File;
  n: number;
}

export type ToWorker =
  /** Read this file. */
  | { type: 'open'; file: Blob }
  /** The timeline of one conversation of the file read. */
  | { type: 'conversation'; id: number };

export interface CaptureFacts {
  format: 'pcap' | 'pcapng';
  frames: number;
  tcpPackets: number;
  other: OtherTraffic[];
  warnings: CaptureWarning[];
  warningCount: number;
  damage: CaptureError | null;
}

/** Where a file went wrong, for `import-error`: a byte offset or packet, or a line and column. */
export interface ImportProblem {
  kind: 'capture' | 'json' | 'har' | 'unknown';
  offset: number | null;
  frame: number | null;
  line: number | null;
  column: number | null;
  path: string;
  /** A capture's problem, by the reader's code: the dialog says it in the page's language. */
  code: CaptureError['code'] | null;
  /** One sentence from the reader (English, as src/ words it), with its numbers. */
  explanation: string;
}

export type FromWorker =
  /**
   * Octets read so far, and how many TCP connections they hold: a count, not the list, which
   * would be cloned again with each message (the chooser comes with the capture's end).
   */
  | { type: 'progress'; read: number; total: number; connections: number }
  /** A capture read to its end (or to its damage). */
  | { type: 'capture'; facts: CaptureFacts; conversations: ConversationSummary[] }
  /** A timeline to show: one conversation's, or a Roundtrip timeline file. */
  | { type: 'timeline'; timeline: Timeline; conversation: number | null }
  /** A browser's HAR export: its exchanges, and how many entries had something wrong. */
  | { type: 'har'; har: HarDocument; warnings: number }
  | { type: 'failed'; problem: ImportProblem };
