/**
 * tshark, the reference: the comparison tests run it on the same files as
 * the reader. Where tshark is missing they fail (never skip), saying how to
 * install it, because a comparison that did not run proves nothing.
 */
import { execFileSync } from 'node:child_process';
import type { TcpAnalysis } from '../tcp-analysis';

export const INSTALL_TSHARK =
  'tshark is the reference these tests compare with, and it is not installed. ' +
  'Debian/Ubuntu: `sudo apt-get install tshark` (or run `npm run ensure-browser` as root, which does it); ' +
  'macOS: `brew install wireshark`; Windows: install Wireshark with its command-line tools.';

let available: boolean | null = null;

export function tsharkAvailable(): boolean {
  if (available === null) {
    try {
      execFileSync('tshark', ['--version'], { stdio: 'ignore' });
      available = true;
    } catch {
      available = false;
    }
  }
  return available;
}

/** The TCP analysis fields, Wireshark's names: each prints 1 when the flag is set. */
export const ANALYSIS_FIELDS = [
  'retransmission',
  'fast_retransmission',
  'spurious_retransmission',
  'out_of_order',
  'lost_segment',
  'ack_lost_segment',
  'duplicate_ack',
  'zero_window',
  'zero_window_probe',
  'zero_window_probe_ack',
  'keep_alive',
  'keep_alive_ack',
  'window_update',
  'window_full',
  'reused_ports',
] as const;

/**
 * `tshark -r file -T fields -e …`: one record per frame, keyed by field name,
 * with the first occurrence of each field (empty when absent). Runs tshark
 * with its default preferences, as a student's Wireshark has them.
 */
export function tsharkFields(
  file: string,
  fields: readonly string[],
  filter?: string,
): Record<string, string>[] {
  if (!tsharkAvailable()) throw new Error(INSTALL_TSHARK);
  const args = ['-r', file, '-T', 'fields', '-E', 'separator=/t', '-E', 'occurrence=f'];
  if (filter) args.push('-Y', filter);
  for (const f of fields) args.push('-e', f);
  const out = execFileSync('tshark', args, {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return out
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const cells = line.split('\t');
      return Object.fromEntries(fields.map((name, i) => [name, cells[i] ?? '']));
    });
}

/** What tshark says about a capture: its analysis of each frame, and each stream as "Follow TCP Stream" shows it. */
export interface TsharkReference {
  /** By frame number: the analysis flags in ANALYSIS_FIELDS order, and "n#frame" for a duplicate ACK. */
  analysis: Map<number, { flags: string[]; dupAck: string }>;
  /** By stream number: each side's octets as a binary string, node 0 (the side of the first segment) first. */
  streams: Map<number, [string, string]>;
}

/** One tshark run for both: `-T fields` with the analysis fields, and `-z follow,tcp,raw,N` for streams 0 to count − 1. */
export function tsharkReference(file: string, streamCount: number): TsharkReference {
  if (!tsharkAvailable()) throw new Error(INSTALL_TSHARK);
  const fields = [
    'frame.number',
    ...ANALYSIS_FIELDS.map((f) => `tcp.analysis.${f}`),
    'tcp.analysis.duplicate_ack_num',
    'tcp.analysis.duplicate_ack_frame',
  ];
  const args = [
    '-r',
    file,
    '-Y',
    'tcp',
    '-T',
    'fields',
    '-E',
    'separator=/t',
    '-E',
    'occurrence=f',
  ];
  for (const f of fields) args.push('-e', f);
  for (let n = 0; n < streamCount; n++) args.push('-z', `follow,tcp,raw,${n}`);
  const out = execFileSync('tshark', args, {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const analysis: TsharkReference['analysis'] = new Map();
  const streams: TsharkReference['streams'] = new Map();
  let sides: [string, string] | null = null;
  for (const line of out.split('\n')) {
    const filter = /^Filter: tcp\.stream eq (\d+)$/.exec(line);
    if (filter) {
      sides = ['', ''];
      streams.set(Number(filter[1]), sides);
    } else if (sides) {
      const data = /^(\t?)([0-9a-f]+)$/.exec(line);
      if (data) sides[data[1] ? 1 : 0] += hexToBinary(data[2] ?? '');
    } else if (/^\d+\t/.test(line)) {
      const cells = line.split('\t');
      const row = Object.fromEntries(fields.map((name, i) => [name, cells[i] ?? '']));
      analysis.set(Number(row['frame.number']), {
        flags: ANALYSIS_FIELDS.filter((f) => row[`tcp.analysis.${f}`] !== ''),
        dupAck: row['tcp.analysis.duplicate_ack_num']
          ? `${row['tcp.analysis.duplicate_ack_num']}#${row['tcp.analysis.duplicate_ack_frame']}`
          : '',
      });
    }
  }
  return { analysis, streams };
}

function hexToBinary(hex: string): string {
  let text = '';
  for (let i = 0; i < hex.length; i += 2) {
    text += String.fromCharCode(Number.parseInt(hex.slice(i, i + 2), 16));
  }
  return text;
}

/** The analysis alone (the random conversations' test has thousands of streams). */
export function tsharkAnalysis(file: string): TsharkReference['analysis'] {
  return tsharkReference(file, 0).analysis;
}

/** Our analysis as tshark prints it: a fast or spurious retransmission is also a retransmission. */
export function asTsharkFlags(analysis: TcpAnalysis): string[] {
  const set = new Set<string>(analysis.flags);
  if (set.has('fast_retransmission') || set.has('spurious_retransmission'))
    set.add('retransmission');
  return ANALYSIS_FIELDS.filter((f) => set.has(f));
}
