/**
 * From a flat list of captured segments to TCP connections, each told from
 * the client's and the server's side, with sequence and acknowledgment numbers
 * relative to each side's initial sequence number the way Wireshark shows
 * them (its "relative sequence numbers", on by default).
 *
 * A connection is identified by its 4-tuple (RFC 9293 §3.4: "a pair of
 * sockets"); the same 4-tuple used again after a close is a new connection.
 */
import type { Endpoint, EndpointInfo, TcpFlag } from '../timeline/types';
import type { CapturedSegment } from './types';

export interface ConversationSegment {
  /** The frame number in the file (see CapturedSegment.frame). */
  frame: number;
  time: number;
  from: Endpoint;
  flags: TcpFlag[];
  /** SEG.SEQ minus the sender's initial sequence number, modulo 2^32. */
  relSeq: number;
  /** SEG.ACK minus the receiver's initial sequence number, modulo 2^32; 0 when ACK is off. */
  relAck: number;
  /** Payload octets (Wireshark's Len). */
  len: number;
  /** The window field as carried. */
  window: number;
  /**
   * The window in octets, scaled by the sender's shift (RFC 7323 §2.3) once
   * both SYNs have offered window scaling; on SYNs, and when unknown, the field itself.
   */
  windowBytes: number;
}

export interface Conversation {
  /** 0-based, in order of each connection's first segment (Wireshark's tcp.stream). */
  id: number;
  client: EndpointInfo;
  server: EndpointInfo;
  /**
   * How the client was recognised: it sent the first SYN; or it received the
   * first SYN,ACK; or, when the capture missed the handshake, a guess from the
   * ports: servers listen on a fixed, usually lower port, clients get an
   * ephemeral one (Linux: 32768–60999) — the higher port is the client's.
   */
  clientBy: 'syn' | 'syn-ack' | 'ports';
  /** Sequence numbers of the SYNs, null when the capture does not have them. */
  clientIsn: number | null;
  serverIsn: number | null;
  /** Window scale shifts offered in the SYNs (RFC 7323 §2.2), null when not offered. */
  clientWindowScale: number | null;
  serverWindowScale: number | null;
  segments: ConversationSegment[];
}

const MOD = 2 ** 32;

interface Group {
  key: string;
  packets: CapturedSegment[];
  /** Set once a RST, or a FIN from each side, has been seen. */
  closed: boolean;
  fins: Set<string>;
}

export function summarizeConversation(packets: CapturedSegment[]): Conversation[] {
  const groups: Group[] = [];
  const open = new Map<string, Group>();
  for (const packet of packets) {
    const source = `${packet.src}|${packet.srcPort}`;
    const destination = `${packet.dst}|${packet.dstPort}`;
    const key = source < destination ? `${source}|${destination}` : `${destination}|${source}`;
    const pureSyn = packet.flags.includes('SYN') && !packet.flags.includes('ACK');
    let group = open.get(key);
    if (!group || (group.closed && pureSyn)) {
      group = { key, packets: [], closed: false, fins: new Set() };
      groups.push(group);
      open.set(key, group);
    }
    group.packets.push(packet);
    if (packet.flags.includes('RST')) group.closed = true;
    if (packet.flags.includes('FIN')) group.fins.add(source);
    if (group.fins.size === 2) group.closed = true;
  }
  return groups.map((group, id) => summarize(id, group.packets));
}

function summarize(id: number, packets: CapturedSegment[]): Conversation {
  const has = (p: CapturedSegment, flag: TcpFlag) => p.flags.includes(flag);
  const syn = packets.find((p) => has(p, 'SYN') && !has(p, 'ACK'));
  const synAck = packets.find((p) => has(p, 'SYN') && has(p, 'ACK'));
  // `packets` is never empty: a group is made for a packet.
  const firstPacket = packets[0] as CapturedSegment;
  const clientBy = syn ? 'syn' : synAck ? 'syn-ack' : 'ports';
  const byPorts =
    firstPacket.srcPort >= firstPacket.dstPort
      ? { address: firstPacket.src, port: firstPacket.srcPort }
      : { address: firstPacket.dst, port: firstPacket.dstPort };
  const client: EndpointInfo = syn
    ? { address: syn.src, port: syn.srcPort }
    : synAck
      ? { address: synAck.dst, port: synAck.dstPort }
      : byPorts;
  const fromClient = (p: CapturedSegment) => p.src === client.address && p.srcPort === client.port;
  const server: EndpointInfo = fromClient(firstPacket)
    ? { address: firstPacket.dst, port: firstPacket.dstPort }
    : { address: firstPacket.src, port: firstPacket.srcPort };

  const clientSyn = packets.find((p) => has(p, 'SYN') && fromClient(p));
  const serverSyn = packets.find((p) => has(p, 'SYN') && !fromClient(p));
  const clientWindowScale = clientSyn?.options.windowScale ?? null;
  const serverWindowScale = serverSyn?.options.windowScale ?? null;
  // RFC 7323 §2.2: scaling is in force only when both SYNs carried the option.
  const scaling = clientWindowScale !== null && serverWindowScale !== null;

  // Wireshark's bases: the SYN's sequence number when seen; otherwise one less
  // than the first sequence number a side sends, or than the first
  // acknowledgment it receives, whichever comes first (so a capture that
  // starts mid-connection counts from 1, as Wireshark does).
  const base: Record<Endpoint, number | null> = { client: null, server: null };
  const segments = packets.map((p): ConversationSegment => {
    const from: Endpoint = fromClient(p) ? 'client' : 'server';
    const to: Endpoint = from === 'client' ? 'server' : 'client';
    const isSyn = has(p, 'SYN');
    const isAck = has(p, 'ACK');
    base[from] ??= isSyn ? p.seq : (p.seq - 1 + MOD) % MOD;
    if (isAck) base[to] ??= (p.ack - 1 + MOD) % MOD;
    const sendBase = base[from] as number;
    const receiveBase = base[to];
    const shift = from === 'client' ? clientWindowScale : serverWindowScale;
    return {
      frame: p.frame,
      time: p.time,
      from,
      flags: p.flags,
      relSeq: (p.seq - sendBase + MOD) % MOD,
      relAck: isAck && receiveBase !== null ? (p.ack - receiveBase + MOD) % MOD : 0,
      len: p.length,
      window: p.window,
      // RFC 7323 §2.2: the window field of a SYN or SYN,ACK "MUST NOT be scaled".
      // RFC 7323 §2.3: a shift above 14 is used as 14.
      windowBytes: scaling && !isSyn ? p.window * 2 ** Math.min(shift ?? 0, 14) : p.window,
    };
  });

  return {
    id,
    client,
    server,
    clientBy,
    clientIsn: clientSyn?.seq ?? null,
    serverIsn: serverSyn?.seq ?? null,
    clientWindowScale,
    serverWindowScale,
    segments,
  };
}
