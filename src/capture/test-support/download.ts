/**
 * Generated captures of HTTP downloads, for the bench's large capture and the
 * end-to-end test of a large one: each download a handshake, a GET, the
 * response in 1,448-octet segments (MSS 1460 with timestamps) every second one
 * acknowledged, and a three-segment close, written with this folder's own
 * frame and pcapng writers.
 */
import type { TcpFlag } from '../../timeline/types';
import { ethernetIpv4Tcp } from '../frame-writer';
import { writePcapng } from '../pcapng-writer';

/** One segment of a download, its numbers relative (Wireshark's). */
export interface DownloadFrame {
  from: 'client' | 'server';
  flags: TcpFlag[];
  seq: number;
  ack: number;
  payload: string;
}

/** One download's segments: about 1 + `responseOctets` / 1,000 of them. */
export function downloadFrames(path: string, responseOctets: number): DownloadFrame[] {
  const request = `GET ${path} HTTP/1.1\r\nHost: bench.example\r\nUser-Agent: roundtrip-bench\r\nAccept: */*\r\n\r\n`;
  const head = `HTTP/1.1 200 OK\r\nServer: bench\r\nContent-Type: application/octet-stream\r\nContent-Length: ${responseOctets}\r\n\r\n`;
  const response = head + 'x'.repeat(responseOctets);
  const frames: DownloadFrame[] = [
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
    // RFC 9293 §3.8.6.3 (RFC 1122 §4.2.3.2): an ACK for at least every second full-sized segment.
    if (++segments % 2 === 0 || last) {
      frames.push({ from: 'client', flags: ['ACK'], seq: clientNext, ack: 1 + at, payload: '' });
    }
  }
  const serverNext = 1 + response.length;
  frames.push(
    { from: 'client', flags: ['FIN', 'ACK'], seq: clientNext, ack: serverNext, payload: '' },
    { from: 'server', flags: ['FIN', 'ACK'], seq: serverNext, ack: clientNext + 1, payload: '' },
    { from: 'client', flags: ['ACK'], seq: clientNext + 1, ack: serverNext + 1, payload: '' },
  );
  return frames;
}

const mac = (n: number) => [0x00, 0x00, 0x5e, 0x00, 0x53, n];

/**
 * Download `k`'s frame `f` as Ethernet + IPv4 + TCP: client 10.1.x.y, server
 * 10.0.0.80:80, each side's ISN made from `k`; `n` is the frame's number (IP ID).
 */
export function downloadPacket(f: DownloadFrame, k: number, n: number, tsval: number): Uint8Array {
  const client = { address: `10.1.${(k >> 8) & 255}.${k & 255}`, port: 40000 + (k % 20000) };
  const server = { address: '10.0.0.80', port: 80 };
  const [src, dst] = f.from === 'client' ? [client, server] : [server, client];
  const isn = f.from === 'client' ? 1000 * k : 7_000_000 + 1000 * k;
  const peerIsn = f.from === 'client' ? 7_000_000 + 1000 * k : 1000 * k;
  return ethernetIpv4Tcp({
    src: src.address,
    dst: dst.address,
    srcPort: src.port,
    dstPort: dst.port,
    seq: (isn + f.seq) >>> 0,
    ack: f.flags.includes('ACK') ? (peerIsn + f.ack) >>> 0 : 0,
    flags: f.flags,
    window: 502,
    options: f.flags.includes('SYN')
      ? { mss: 1460, sackPermitted: true, timestamps: { value: tsval, echo: 0 }, windowScale: 7 }
      : { timestamps: { value: tsval, echo: tsval } },
    payload: f.payload,
    ipId: n & 0xffff,
    srcMac: mac(f.from === 'client' ? 1 : 2),
    dstMac: mac(f.from === 'client' ? 2 : 1),
  });
}

/**
 * One download of `responseOctets` as a pcapng file: one TCP connection, its
 * packets `gapNanos` apart (about `responseOctets` / 965 packets).
 */
export function oneDownloadCapture(responseOctets: number, gapNanos = 200_000n): Uint8Array {
  const frames = downloadFrames('/large', responseOctets);
  let nanos = 1_700_000_000_000_000_000n;
  return writePcapng(
    frames.map((f, n) => {
      nanos += gapNanos;
      return { nanos, data: downloadPacket(f, 1, n, n + 1) };
    }),
  );
}
