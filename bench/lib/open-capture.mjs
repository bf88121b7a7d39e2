// node bench/lib/open-capture.mjs MODEL.js CAPTURE.pcapng
//
// Opens a capture as the importer does, in a process of its own so that its
// memory is its own: src/capture (bundled by the bench, MODEL.js) fed the file
// in 1 MiB chunks, every TCP segment into the conversation tracker (which
// runs Wireshark's TCP analysis as it goes), then the conversation list.
// Prints one JSON line: wall and CPU milliseconds, the resident memory before
// and its peak while reading (sampled after each chunk: getrusage's maxRSS
// would count the parent's memory at fork), and what was read.
import { closeSync, openSync, readSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [model, file] = process.argv.slice(2);
const capture = await import(pathToFileURL(model).href);
const rssBefore = process.memoryUsage().rss;
let rssPeak = rssBefore;
const cpu0 = process.cpuUsage();
const start = performance.now();

const reader = capture.createCaptureReader();
const tracker = capture.createConversationTracker();
const chunk = new Uint8Array(1 << 20);
const fd = openSync(file, 'r');
let segments = 0;
for (;;) {
  const n = readSync(fd, chunk, 0, chunk.length, null);
  if (n === 0) break;
  for (const packet of reader.push(chunk.subarray(0, n))) {
    tracker.add(packet);
    segments++;
  }
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
}
closeSync(fd);
const outcome = reader.finish();
const conversations = tracker.summaries();
rssPeak = Math.max(rssPeak, process.memoryUsage().rss);

const wallMs = performance.now() - start;
const cpu = process.cpuUsage(cpu0);
process.stdout.write(
  `${JSON.stringify({
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssBefore,
    rssPeak,
    ok: outcome.ok,
    frames: outcome.ok ? outcome.frames : 0,
    segments,
    conversations: conversations.length,
  })}\n`,
);
