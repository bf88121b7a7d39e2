/**
 * The capture reader, fed in chunks: `push` each piece of the file as it is
 * read and get back the TCP segments it completed, at once, so that a view
 * can show the first packets while the rest is still being read (as
 * CloudShark's quick load does). Between chunks the reader keeps only the
 * unit being read (one packet record or pcapng block); the segments it
 * returns hold views of their payloads in its copy of each chunk, so the
 * file's octets are kept once and a payload is never copied.
 *
 * Bad input never throws. A file that is not a capture, or that breaks before
 * its first packet, is a failure with the byte offset and what is wrong
 * there. A file that breaks later keeps the packets before the damage, as
 * tshark does, and `damage` says where it starts. A packet that cannot be
 * decoded inside a sound file is skipped with a warning.
 */
import { type Container, captureError, type Timestamp, u32 } from './bytes';
import { decodeFrame } from './frame';
import { createPcapContainer, pcapMagic } from './pcap';
import { createPcapngContainer, isPcapng } from './pcapng';
import type {
  CapturedSegment,
  CaptureError,
  CaptureSummary,
  CaptureWarning,
  OtherTraffic,
} from './types';

/**
 * A browser tab holds what it reads several times over (the packets, the
 * conversations, the timeline); past this size reading stops, keeping what
 * came before, rather than letting the tab run out of memory.
 */
export const DEFAULT_MAX_CAPTURE_BYTES = 512 * 1024 * 1024;

/** Warnings kept in full; the rest are only counted. */
export const MAX_WARNINGS = 100;

export interface CaptureReaderOptions {
  /** Reading stops at this many octets, keeping the packets before (DEFAULT_MAX_CAPTURE_BYTES). */
  maxBytes?: number;
}

export type CaptureOutcome = ({ ok: true } & CaptureSummary) | { ok: false; error: CaptureError };

export interface CaptureReader {
  /** Feeds the next octets of the file; returns the TCP segments they completed, in file order. */
  push(chunk: Uint8Array): CapturedSegment[];
  /** Declares the end of the file and says what was read. */
  finish(): CaptureOutcome;
  /** Octets fed so far. */
  readonly bytesRead: number;
  /** True once reading cannot go on (a failure or damage): more chunks are ignored. */
  readonly stopped: boolean;
}

export function createCaptureReader(options: CaptureReaderOptions = {}): CaptureReader {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_CAPTURE_BYTES;
  let container: Container | null = null;
  let format: CaptureSummary['format'] = 'pcap';
  /** Octets fed but not yet read: the start of an incomplete unit, in pieces. */
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  /** What the incomplete unit needs in all before it can be read. */
  let need = 4;
  /** File offset of the first pending octet. */
  let offset = 0;
  let bytesRead = 0;
  let stopped: CaptureError | null = null;
  let first: Timestamp | null = null;
  let tcpPackets = 0;
  const other = new Map<string, OtherTraffic>();
  const warnings: CaptureWarning[] = [];
  let warningCount = 0;

  const warn = (warning: CaptureWarning) => {
    warningCount++;
    if (warnings.length < MAX_WARNINGS) warnings.push(warning);
  };

  function choose(head: Uint8Array): Container | CaptureError {
    if (isPcapng(head)) {
      format = 'pcapng';
      return createPcapngContainer();
    }
    if (pcapMagic(head)) {
      format = 'pcap';
      return createPcapContainer();
    }
    return captureError('unknown-format', 0, unknownFormat(head));
  }

  /** Reads every complete unit of `view` (which starts at file offset `offset`). */
  function read(view: Uint8Array, out: CapturedSegment[]): number {
    let at = 0;
    while (container && !stopped) {
      const step = container.step(view, at, offset + at);
      if (step.kind === 'more') {
        need = step.need;
        break;
      }
      if (step.kind === 'error') {
        stopped = step.error;
        break;
      }
      if (step.kind === 'skip' && step.warning) {
        warn({ ...step.warning, frame: null, offset: offset + at });
      }
      if (step.kind === 'packet') {
        const raw = step.packet;
        first ??= raw.time;
        const decoded = decodeFrame(raw, first);
        if (decoded.kind === 'tcp') {
          tcpPackets++;
          out.push(decoded.segment);
        } else if (decoded.kind === 'other') {
          const seen = other.get(decoded.protocol);
          if (seen) seen.packets++;
          else
            other.set(decoded.protocol, {
              protocol: decoded.protocol,
              packets: 1,
              firstFrame: raw.frame,
            });
        } else {
          const { code, explanation } = decoded;
          warn({ code, frame: raw.frame, offset: raw.offset + decoded.at, explanation });
        }
      }
      at += step.size;
    }
    return at;
  }

  /**
   * Reads the one incomplete unit that the pending pieces start, taking from
   * the last piece only the octets it lacks. Returns where, in the last
   * piece, reading goes on; −1 when the unit is still incomplete (or reading
   * stopped) and everything stays pending.
   */
  function completeSpanningUnit(last: Uint8Array, out: CapturedSegment[]): number {
    const before = pendingLength - last.length;
    const held = join(pending.slice(0, -1), before);
    for (;;) {
      if (stopped || need > pendingLength) return -1;
      const head = new Uint8Array(need);
      head.set(held);
      head.set(last.subarray(0, need - before), before);
      const used = read(head, out);
      if (used > 0) {
        offset += used;
        return used - before;
      }
    }
  }

  function push(chunk: Uint8Array): CapturedSegment[] {
    const out: CapturedSegment[] = [];
    if (stopped || chunk.length === 0) return out;
    const room = maxBytes - bytesRead;
    // A copy that is the reader's own: the caller may reuse the chunk's
    // memory, and the segments read from it keep views of their payloads.
    const piece = chunk.slice(0, room);
    bytesRead += piece.length;
    pending.push(piece);
    pendingLength += piece.length;
    // Nothing can be read until the incomplete unit has all it needs.
    if (pendingLength >= need) {
      if (!container) {
        const chosen = choose(join(pending, pendingLength));
        if ('code' in chosen) stopped = chosen;
        else container = chosen;
      }
      // The unit that spans the pieces is completed from the new one; the
      // rest of the new piece is then read where it lies, not copied.
      let view: Uint8Array = piece;
      let start = 0;
      if (pending.length > 1) start = completeSpanningUnit(piece, out);
      if (start >= 0) {
        view = piece.subarray(start);
        const used = read(view, out);
        offset += used;
        view = view.subarray(used);
      } else {
        view = join(pending, pendingLength);
      }
      pending = view.length > 0 ? [view] : [];
      pendingLength = view.length;
    }
    if (!stopped && piece.length < chunk.length) {
      const frame = (container?.frames ?? 0) + 1;
      stopped = captureError(
        'too-large',
        offset,
        `Roundtrip reads the first ${maxBytes} octets of a capture; this one goes on past them, so reading stopped at packet ${frame}, octet ${offset}.`,
        frame,
      );
    }
    return out;
  }

  function finish(): CaptureOutcome {
    let damage = stopped;
    if (!damage && pendingLength > 0) {
      const rest = join(pending, pendingLength);
      damage = container
        ? container.cutShort(rest, offset)
        : captureError(
            'truncated-header',
            rest.length,
            `A capture file starts with a 4-octet magic number; this file has ${rest.length} octets.`,
          );
    }
    if (bytesRead === 0) damage = captureError('empty', 0, 'The file is empty.');
    const frames = container?.frames ?? 0;
    if (damage && frames === 0) return { ok: false, error: damage };
    if (frames === 0) {
      warn({
        code: 'no-packets',
        frame: null,
        offset: bytesRead,
        explanation: 'The file is a capture without a single packet.',
      });
    } else if (tcpPackets === 0 && sum(other) === frames) {
      const counts = [...other.values()].map((o) => `${o.packets} ${o.protocol}`).join(', ');
      warn({
        code: 'no-tcp',
        frame: null,
        offset: 0,
        explanation: `None of the ${frames} packets is TCP: ${counts}.`,
      });
    }
    return {
      ok: true,
      format,
      frames,
      tcpPackets,
      other: [...other.values()],
      warnings,
      warningCount,
      damage,
      startedAt: first ? first.seconds + first.fraction : null,
    };
  }

  return {
    push,
    finish,
    get bytesRead() {
      return bytesRead;
    },
    get stopped() {
      return stopped !== null;
    },
  };
}

function sum(other: Map<string, OtherTraffic>): number {
  let total = 0;
  for (const o of other.values()) total += o.packets;
  return total;
}

function join(pieces: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** Says what the file seems to be instead, when that is easy to tell. */
function unknownFormat(bytes: Uint8Array): string {
  const start = String.fromCharCode(...bytes.subarray(0, 16)).trimStart();
  const magic = `0x${u32(bytes, 0).toString(16).padStart(8, '0')}`;
  if (start.startsWith('{') || start.startsWith('[')) {
    return `The file starts like JSON (a HAR file?), not with a pcap or pcapng magic number.`;
  }
  return `The first four octets, ${magic}, are neither a pcap magic number (0xa1b2c3d4, 0xa1b23c4d, either byte order) nor a pcapng Section Header Block (0x0a0d0d0a).`;
}
