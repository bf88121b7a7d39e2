/** The raw packet records of a file, read with the container alone (tests only). */
import type { RawPacket } from '../bytes';
import { type CapturedSegment, type CaptureResult, createCaptureReader } from '../index';
import { createPcapContainer } from '../pcap';
import { createPcapngContainer, isPcapng } from '../pcapng';

export function rawPackets(bytes: Uint8Array): RawPacket[] {
  const container = isPcapng(bytes) ? createPcapngContainer() : createPcapContainer();
  const packets: RawPacket[] = [];
  let at = 0;
  for (;;) {
    const step = container.step(bytes, at, at);
    if (step.kind === 'error') throw new Error(step.error.explanation);
    if (step.kind === 'more') return packets;
    if (step.kind === 'packet') packets.push({ ...step.packet, data: step.packet.data.slice() });
    at += step.size;
  }
}

/** `readCapture` fed in chunks of `size` octets. */
export function readInChunks(bytes: Uint8Array, size: number): CaptureResult {
  const reader = createCaptureReader();
  const packets: CapturedSegment[] = [];
  for (let at = 0; at < bytes.length; at += size) {
    for (const p of reader.push(bytes.subarray(at, at + size))) packets.push(p);
  }
  const outcome = reader.finish();
  return outcome.ok ? { ...outcome, packets } : outcome;
}
