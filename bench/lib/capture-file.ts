/**
 * The bench's large capture: 100,000 packets of HTTP over TCP, written with
 * src/capture's own frame and pcapng writers (not timed). 1,000 downloads of
 * about 70 KB, 50 at a time, each a handshake, a GET, the response in
 * 1,448-octet segments (MSS 1460 with timestamps) each other one acknowledged,
 * and a three-segment close: what a capture of a busy page load holds.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writePcapng } from '../../src/capture/pcapng-writer';
import {
  type DownloadFrame,
  downloadFrames,
  downloadPacket,
} from '../../src/capture/test-support/download';
import { OUT } from './build';

export const CAPTURE_PACKETS = 100_000;

/** Writes the capture once into bench/out and returns its path. */
export async function benchCapture(): Promise<string> {
  const file = join(OUT, `capture-${CAPTURE_PACKETS}.pcapng`);
  if (existsSync(file)) return file;
  const conversations: DownloadFrame[][] = [];
  let total = 0;
  for (let i = 0; total < CAPTURE_PACKETS; i++) {
    const frames = downloadFrames(`/file/${i}`, 60_000 + ((i * 7919) % 20_000));
    conversations.push(frames);
    total += frames.length;
  }
  // 50 downloads at a time, their packets interleaved one by one.
  const packets: { data: Uint8Array; nanos: bigint }[] = [];
  let nanos = 1_700_000_000_000_000_000n;
  for (
    let batch = 0;
    batch < conversations.length && packets.length < CAPTURE_PACKETS;
    batch += 50
  ) {
    const open = conversations
      .slice(batch, batch + 50)
      .map((frames, k) => ({ frames, k: batch + k, next: 0 }));
    while (open.some((c) => c.next < c.frames.length) && packets.length < CAPTURE_PACKETS) {
      for (const c of open) {
        const f = c.frames[c.next++];
        if (!f || packets.length >= CAPTURE_PACKETS) continue;
        nanos += 20_000n;
        packets.push({ nanos, data: downloadPacket(f, c.k, packets.length, c.next) });
      }
    }
  }
  await mkdir(OUT, { recursive: true });
  await writeFile(file, writePcapng(packets));
  return file;
}
