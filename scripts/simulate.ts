/**
 * npm run simulate -- <scenario> | --file my-scenario.json
 *                     [--profile textbook|linux] [--seed N] [--json]
 *                     [--pcap FILE [--capture-at server|client]]
 *
 * Runs a canned scenario, or a scenario file as the workshop downloads it (checked by
 * validateScenario, whose reasons it prints with their paths when it refuses), and prints its timeline as a text sequence diagram,
 * or as JSON with --json. With --pcap it also writes the session as a pcapng
 * file for Wireshark, captured on the server (or the client) as
 * src/capture/export.ts explains. `npm run simulate -- --list` lists the
 * scenarios.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { timelineToPcapng } from '../src/capture/index';
import { formatTimeline, SCENARIOS, type Scenario, simulate } from '../src/index';
import { validateScenario } from '../src/validate';

function usage(message?: string): never {
  if (message) process.stderr.write(`${message}\n\n`);
  process.stderr.write(
    'usage: npm run simulate -- <scenario> | --file FILE.json\n' +
      '                           [--profile textbook|linux] [--seed N] [--json]\n' +
      '                           [--pcap FILE [--capture-at server|client]]\n' +
      `scenarios: ${SCENARIOS.map((s) => s.id).join(', ')}\n`,
  );
  process.exit(message ? 2 : 0);
}

const args = process.argv.slice(2);
let id: string | undefined;
let file: string | undefined;
let profile: 'textbook' | 'linux' | undefined;
let seed: number | undefined;
let json = false;
let pcap: string | undefined;
let captureAt: 'server' | 'client' = 'server';
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--json') json = true;
  else if (arg === '--help' || arg === '-h') usage();
  else if (arg === '--file') {
    file = args[++i];
    if (!file || file.startsWith('-')) usage('--file needs a file name');
  } else if (arg === '--pcap') {
    pcap = args[++i];
    if (!pcap || pcap.startsWith('-')) usage('--pcap needs a file name');
  } else if (arg === '--capture-at') {
    const value = args[++i];
    if (value !== 'server' && value !== 'client')
      usage(`--capture-at must be server or client, not ${value}`);
    captureAt = value;
  } else if (arg === '--list') {
    for (const s of SCENARIOS) process.stdout.write(`${s.id.padEnd(20)} ${s.title}\n`);
    process.exit(0);
  } else if (arg === '--profile') {
    const value = args[++i];
    if (value !== 'textbook' && value !== 'linux')
      usage(`--profile must be textbook or linux, not ${value}`);
    profile = value;
  } else if (arg === '--seed') {
    const value = Number(args[++i]);
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff)
      usage('--seed must be an integer in 0..4294967295');
    seed = value;
  } else if (arg?.startsWith('-')) usage(`unknown option ${arg}`);
  else if (id === undefined) id = arg;
  else usage(`unexpected argument ${arg}`);
}
/** The scenario in a file, or an exit with every reason the validator gives, by path. */
function readScenarioFile(path: string): Scenario {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    process.stderr.write(`${path}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const checked = validateScenario(data);
  if (checked.ok) return checked.scenario;
  for (const e of checked.errors) process.stderr.write(`${path}: ${e.path || '/'} ${e.message}\n`);
  process.exit(1);
}

if (file !== undefined && id !== undefined) usage('a scenario or --file, not both');
if (file === undefined && id === undefined) usage('which scenario?');
const scenario = file !== undefined ? readScenarioFile(file) : SCENARIOS.find((s) => s.id === id);
if (!scenario) usage(`no scenario "${id}"`);
const timeline = simulate(scenario, {
  ...(profile ? { profile } : {}),
  ...(seed !== undefined ? { seed } : {}),
});
process.stdout.write(json ? `${JSON.stringify(timeline, null, 2)}\n` : formatTimeline(timeline));
if (pcap) {
  const { bytes, segmentIds } = timelineToPcapng(timeline, { at: captureAt });
  writeFileSync(pcap, bytes);
  process.stderr.write(
    `wrote ${pcap}: ${segmentIds.length} frames, as the ${captureAt} captured them\n`,
  );
}
