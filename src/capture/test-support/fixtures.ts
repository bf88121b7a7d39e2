/**
 * The capture fixtures (fixtures/captures/, made by scripts/capture/capture.sh)
 * and their tshark text summaries, read for the tests. Node APIs are fine
 * here: this folder is for tests only (src/tsconfig.json excludes it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TcpFlag } from '../../timeline/types';

export const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'captures');

export function fixtureBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, file)));
}

/** Every capture file in the fixtures folder, pcapng and pcap. */
export function captureFiles(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => /\.(pcapng|pcap)$/.test(f))
    .sort();
}

/**
 * The captures scripts/capture/extra.sh makes (for the importer, and the large
 * response across a 40 ms round trip); every other capture is a scenario's,
 * on 127.0.0.1, recorded in stability.txt.
 */
export const IMPORTER_CAPTURES = [
  'four-conversations.pcapng',
  'ipv6.pcapng',
  'large-response-rtt40.pcapng',
  'mid-connection.pcapng',
  'reset.pcapng',
  'retransmission-rto.pcapng',
  'retransmission-sack.pcapng',
  'sll2.pcapng',
  'vlan.pcapng',
];

/** The scenario captures: curl and nginx on 127.0.0.1, one fixture per scenario. */
export function scenarioCaptures(): string[] {
  return captureFiles().filter((f) => !IMPORTER_CAPTURES.includes(f));
}

/** The text summary tshark wrote for a capture (get.pcap shares get.txt). */
export function summaryFile(capture: string): string {
  return capture.replace(/\.(pcapng|pcap)$/, '.txt');
}

/** One row of the tshark summary, with tshark's own field names. */
export type TsharkRow = Record<string, string>;

export function readTsharkSummary(file: string): TsharkRow[] {
  const lines = readFileSync(join(FIXTURES, file), 'utf8').trimEnd().split('\n');
  const names = (lines[0] ?? '').split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
  });
}

/**
 * tshark's tcp.flags.str is twelve positions, each a letter when the bit is set:
 * reserved ×3, AE, CWR, ECE, URG, ACK, PSH, RST, SYN, FIN. Read by position,
 * because "R" stands for both a reserved bit and RST.
 */
export function tsharkFlags(text: string): { flags: TcpFlag[]; other: string[] } {
  const chars = Array.from(text);
  const set = (i: number) => chars[i] !== undefined && chars[i] !== '·';
  const flags: TcpFlag[] = [];
  if (set(10)) flags.push('SYN');
  if (set(11)) flags.push('FIN');
  if (set(9)) flags.push('RST');
  if (set(8)) flags.push('PSH');
  if (set(7)) flags.push('ACK');
  const other: string[] = [];
  if (set(6)) other.push('URG');
  if (set(5)) other.push('ECE');
  if (set(4)) other.push('CWR');
  if (set(3)) other.push('AE');
  return { flags, other };
}

/**
 * The segment sequences in stability.txt, per scenario, as the capture script
 * wrote them from tshark ("C→S SYN", "S→C PSH,ACK len=421"…): the first run's.
 */
export function recordedSequences(): Map<string, string[]> {
  const text = readFileSync(join(FIXTURES, 'stability.txt'), 'utf8');
  const result = new Map<string, string[]>();
  let scenario: string | null = null;
  let inRun = false;
  for (const line of text.split('\n')) {
    const heading = /^## (\S+):/.exec(line);
    if (heading) {
      scenario = heading[1] ?? null;
      inRun = false;
      if (scenario) result.set(scenario, []);
    } else if (/^run 1:/.test(line)) {
      inRun = true;
    } else if (/^run \d+:/.test(line) || !line.startsWith('  ')) {
      inRun = false;
    } else if (inRun && scenario) {
      result.get(scenario)?.push(line.trim());
    }
  }
  return result;
}
