/**
 * Reads a file the user opened, off the main thread, so that the tab never freezes: a pcap or
 * pcapng capture fed to the capture reader in the chunks the file's stream gives (how much is
 * read and how many connections it holds are posted as it goes), a browser's HAR export, or a
 * Roundtrip timeline file. The page cancels by terminating the worker. Bundled in one piece (no
 * `import()`), as the one-file build needs (docs/single-file.md).
 */
import {
  createCaptureReader,
  createConversationTracker,
  parseHar,
  readTimelineJson,
  timelineFromConversation,
} from './capture';
import type { FromWorker, ToWorker } from './protocol';

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

let tracker = createConversationTracker();

/**
 * How often the progress is sent (octets): a message for each 64 KiB made the page redraw the
 * dialog 1,500 times for a 93 MiB file, on the cores the reading needs; a bar that moves every
 * mebibyte still moves smoothly.
 */
const PROGRESS_EVERY = 1024 * 1024;

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'open') void open(message.file);
  else {
    const conversation = tracker.conversation(message.id);
    if (conversation)
      post({
        type: 'timeline',
        timeline: timelineFromConversation(conversation),
        conversation: message.id,
      });
  }
};

async function open(file: Blob) {
  const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
  // A JSON text starts with "{" after any BOM and white space; a capture with its magic.
  const text = new TextDecoder()
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return openJson(await file.text());
  tracker = createConversationTracker();
  const reader = createCaptureReader();
  const stream = file.stream().getReader();
  // The first chunk's progress is sent at once, then one every PROGRESS_EVERY octets.
  let nextProgress = 0;
  for (;;) {
    const { done, value } = await stream.read();
    if (done) break;
    for (const packet of reader.push(value)) tracker.add(packet);
    if (reader.bytesRead >= nextProgress) {
      post({
        type: 'progress',
        read: reader.bytesRead,
        total: file.size,
        connections: tracker.count(),
      });
      nextProgress = reader.bytesRead + PROGRESS_EVERY;
    }
    if (reader.stopped) {
      await stream.cancel();
      break;
    }
  }
  const outcome = reader.finish();
  if (!outcome.ok) {
    const { code, offset, frame, explanation } = outcome.error;
    post({
      type: 'failed',
      problem: {
        kind: 'capture',
        offset,
        frame,
        line: null,
        column: null,
        path: '',
        code,
        explanation,
      },
    });
    return;
  }
  const { format, frames, tcpPackets, other, warnings, warningCount, damage } = outcome;
  post({
    type: 'capture',
    facts: { format, frames, tcpPackets, other, warnings, warningCount, damage },
    conversations: tracker.summaries(),
  });
}

function openJson(text: string) {
  // A browser's HAR export: an object whose first member is "log" (HAR 1.2 §log).
  if (/^\s*\{\s*"log"\s*:/.test(text.replace(/^\uFEFF/, ''))) {
    const har = parseHar(text);
    if (har.ok) {
      post({ type: 'har', har: har.har, warnings: har.warnings.length });
      return;
    }
    const { offset, line, column, path, explanation } = har.error;
    post({
      type: 'failed',
      problem: { kind: 'har', offset, frame: null, line, column, path, code: null, explanation },
    });
    return;
  }
  const result = readTimelineJson(text);
  if (result.ok) {
    post({ type: 'timeline', timeline: result.timeline, conversation: null });
    return;
  }
  const { offset, line, column, path, explanation } = result;
  post({
    type: 'failed',
    problem: { kind: 'json', offset, frame: null, line, column, path, code: null, explanation },
  });
}
