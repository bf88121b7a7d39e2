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

/** The analysis flags tshark set on each frame, by frame number, in ANALYSIS_FIELDS order. */
export function tsharkAnalysis(file: string): Map<number, { flags: string[]; dupAck: string }> {
  const fields = [
    'frame.number',
    'tcp.stream',
    ...ANALYSIS_FIELDS.map((f) => `tcp.analysis.${f}`),
    'tcp.analysis.duplicate_ack_num',
    'tcp.analysis.duplicate_ack_frame',
  ];
  const rows = tsharkFields(file, fields, 'tcp');
  return new Map(
    rows.map((row) => [
      Number(row['frame.number']),
      {
        flags: ANALYSIS_FIELDS.filter((f) => row[`tcp.analysis.${f}`] !== ''),
        dupAck: row['tcp.analysis.duplicate_ack_num']
          ? `${row['tcp.analysis.duplicate_ack_num']}#${row['tcp.analysis.duplicate_ack_frame']}`
          : '',
      },
    ]),
  );
}

/** Our analysis as tshark prints it: a fast or spurious retransmission is also a retransmission. */
export function asTsharkFlags(analysis: TcpAnalysis): string[] {
  const set = new Set<string>(analysis.flags);
  if (set.has('fast_retransmission') || set.has('spurious_retransmission'))
    set.add('retransmission');
  return ANALYSIS_FIELDS.filter((f) => set.has(f));
}
