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
import { ethernetIpv4Tcp } from '../../src/capture/frame-writer';
import { writePcapng } from '../../src/capture/pcapng-writer';
import type { TcpFlag } from '../../src/timeline/types';
import { OUT } from './build';

export const CAPTURE_PACKETS = 100_000;

interface Frame {
  from: 'client' | 'server';
  flags: TcpFlag[];
  seq: number;
  ack: number;
  payload: string;
}

/** One download's segments, relative numbers: ~100 packets. */
function download(path: string, responseOctets: number): Frame[] {
  const request = `GET ${path} HTTP/1.1\r\nHost: bench.example\r\nUser-Agent: roundtrip-bench\r\nAccept: */*\r\n\r\n`;
  const head = `HTTP/1.1 200 OK\r\nServer: bench\r\nContent-Type: application/octet-stream\r\nContent-Length: ${responseOctets}\r\n\r\n`;
  const response = head + 'x'.repeat(responseOctets);
  const frames: Frame[] = [
    { from: 'client', flags: ['SYN'], seq: 0, ack: 0, payload: '' },
    { from: 'server', flags: ['SYN', 'ACK'], seq: 0, ack: 1, payload: '' },
    { from: 'client', flags: ['ACK'], seq: 1, ack: 1, payload: '' },
    { from: 'client', flags: ['PSH', 'ACK'], seq: 1, ack: 1, payload: request },
  ];
  const clientNext = 1 + request.length;
  let at = 0;
  let segments = 0;
  while (at < response.length) {
    const piece = response.slice(at, at + 1448);
    const last = at + piece.length >= response.length;
    frames.push({
      from: 'server',
      flags: last ? ['PSH', 'ACK'] : ['ACK'],
      seq: 1 + at,
      ack: clientNext,
      payload: piece,
    });
    at += piece.length;
    // RFC 9293 §3.8.6.3 (RFC 1122): an ACK for at least every second full-sized segment.
    if (++segments % 2 === 0 || last) {
      frames.push({ from: 'client', flags: ['ACK'], seq: clientNext, ack: 1 + at, payload: '' });
    }
  }
  const serverNext = 1 + response.length;
  frames.push({
    from: 'client',
    flags: ['FIN', 'ACK'],
    seq: clientNext,
    ack: serverNext,
    payload: '',
  });
  frames.push({
    from: 'server',
    flags: ['FIN', 'ACK'],
    seq: serverNext,
    ack: clientNext + 1,
    payload: '',
  });
  frames.push({
    from: 'client',
    flags: ['ACK'],
    seq: clientNext + 1,
    ack: serverNext + 1,
    payload: '',
  });
  return frames;
}

/** Writes the capture once into bench/out and returns its path. */
export async function benchCapture(): Promise<string> {
  const file = join(OUT, `capture-${CAPTURE_PACKETS}.pcapng`);
  if (existsSync(file)) return file;
  const conversations: Frame[][] = [];
  let total = 0;
  for (let i = 0; total < CAPTURE_PACKETS; i++) {
    const frames = download(`/file/${i}`, 60_000 + ((i * 7919) % 20_000));
    conversations.push(frames);
    total += frames.length;
  }
  // 50 downloads at a time, their packets interleaved one by one.
  const packets: { data: Uint8Array; nanos: bigint }[] = [];
  const mac = (n: number) => [0x00, 0x00, 0x5e, 0x00, 0x53, n];
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
        const client = {
          address: `10.1.${(c.k >> 8) & 255}.${c.k & 255}`,
          port: 40000 + (c.k % 20000),
        };
        const server = { address: '10.0.0.80', port: 80 };
        const [src, dst] = f.from === 'client' ? [client, server] : [server, client];
        const isn = f.from === 'client' ? 1000 * c.k : 7_000_000 + 1000 * c.k;
        const peerIsn = f.from === 'client' ? 7_000_000 + 1000 * c.k : 1000 * c.k;
        nanos += 20_000n;
        packets.push({
          nanos,
          data: ethernetIpv4Tcp({
            src: src.address,
            dst: dst.address,
            srcPort: src.port,
            dstPort: dst.port,
            seq: (isn + f.seq) >>> 0,
            ack: f.flags.includes('ACK') ? (peerIsn + f.ack) >>> 0 : 0,
            flags: f.flags,
            window: 502,
            options: f.flags.includes('SYN')
              ? {
                  mss: 1460,
                  sackPermitted: true,
                  timestamps: { value: c.next, echo: 0 },
                  windowScale: 7,
                }
              : { timestamps: { value: c.next, echo: c.next } },
            payload: f.payload,
            ipId: packets.length & 0xffff,
            srcMac: mac(f.from === 'client' ? 1 : 2),
            dstMac: mac(f.from === 'client' ? 2 : 1),
          }),
        });
      }
    }
  }
  await mkdir(OUT, { recursive: true });
  await writeFile(file, writePcapng(packets));
  return file;
}
