/**
 * The message under the cursor as bytes: its blocks in colours with a legend,
 * CR LF drawn as markers, blocks revealed as the steps write them, each line
 * annotated on hover, on a tap and on keyboard focus, and a hex view on a toggle.
 */
import { lazy, memo, Suspense, useId, useState } from 'react';
import { lineNotes, messageFacts, useMessageFacts } from '../explain/messageFacts';
import type { HttpMessageRecord, MessageBlock, MessageBlockKind } from '../model';
import { useApp, useLang, useT } from '../store';
import { format } from '../strings';
import { requestOf } from './exchange';
import type { BodyFraming } from './notes';
import {
  decodeBytes,
  hexDump,
  looksLikeText,
  type MessageSnapshot,
  snapshotAt,
  visiblePieces,
} from './select';
import './message.css';

// Loaded on first use: only a message that breaks a sender's rule has deviations.
const Deviations = lazy(() => import('./Deviations'));

const BLOCK_KINDS: MessageBlockKind[] = ['start-line', 'header', 'blank-line', 'body'];
/** Long bodies are cut for display; the byte count says how much there is. */
const BODY_SHOWN = 1500;

export function MessageView() {
  const t = useT();
  const timeline = useApp((s) => s.timeline);
  // The step's snapshot, not the cursor: a step that changes nothing here renders nothing.
  const snap = useApp((s) => (s.timeline ? snapshotAt(s.timeline, s.cursor) : null));
  const hex = useApp((s) => s.hex);
  // In the teardown a step that carries no bytes of a message is about the closing, not
  // about the last message: the panel says so, and shows that message dimmed.
  const closing = useApp((s) => {
    const step = s.timeline?.steps[s.cursor];
    const snapshot = s.timeline ? snapshotAt(s.timeline, s.cursor) : null;
    return (
      step?.phase.sevenStep === 7 &&
      snapshot !== null &&
      snapshot.current === null &&
      snapshot.carried === null
    );
  });
  const message = snap && timeline ? timeline.messages[snap.messageId] : undefined;
  const request = message && timeline ? requestOf(timeline.messages, message) : undefined;
  // Drawn again when the parser arrives, should the reader get to a message before it does.
  useMessageFacts();
  const facts = message && timeline ? messageFacts(timeline, message) : null;
  const deviations = facts?.deviations ?? [];

  return (
    <div
      className={closing ? 'message-view closing' : 'message-view'}
      data-testid="message-view"
      data-message-id={message ? message.id : ''}
      data-revealed={snap?.revealed ?? 0}
    >
      <MessageToolbar hex={hex} />
      {closing && <p className="message-closing">{t['message.teardown']}</p>}
      {message && snap ? (
        // What is drawn, as values: a step that only moves which bytes a segment
        // carries (snap.carried, not shown) re-renders no line.
        <MessageBytes
          message={message}
          request={request}
          revealed={snap.revealed}
          parsed={snap.parsed}
          current={snap.current}
          direction={snap.direction}
          hex={hex}
          framing={facts?.framing ?? null}
          notes={lineNotes()}
        />
      ) : (
        <p className="message-empty">{t['message.empty']}</p>
      )}
      {deviations.length > 0 && (
        <Suspense fallback={null}>
          <Deviations deviations={deviations} />
        </Suspense>
      )}
    </div>
  );
}

/** The legend and the hex toggle: the same at every step (an <input> React updates is touched whole). */
const MessageToolbar = memo(function MessageToolbar({ hex }: { hex: boolean }) {
  const t = useT();
  const setHex = useApp((s) => s.setHex);
  const hexId = useId();
  return (
    <div className="message-toolbar">
      <ul className="legend" aria-label={t['message.legend']}>
        {BLOCK_KINDS.map((kind) => (
          <li key={kind} className={`legend-item block-${kind}`}>
            {t[`block.${kind}`]}
          </li>
        ))}
      </ul>
      <label className="toggle" htmlFor={hexId}>
        <input
          id={hexId}
          type="checkbox"
          checked={hex}
          onChange={(e) => setHex(e.target.checked)}
        />
        {t['message.hex']}
      </label>
    </div>
  );
});

type ShownSnapshot = Pick<MessageSnapshot, 'revealed' | 'parsed' | 'current' | 'direction'>;

interface BytesProps extends ShownSnapshot {
  message: HttpMessageRecord;
  /** The request a response answers, for what its notes say of the two together. */
  request: HttpMessageRecord | undefined;
  hex: boolean;
  /** How the body's end is found, for its note. */
  framing: BodyFraming;
  /** What each line means; null until it comes with the parser (messageFacts.ts). */
  notes: ReturnType<typeof lineNotes>;
}

const MessageBytes = memo(function MessageBytes({
  message,
  request,
  hex,
  framing,
  notes,
  ...snap
}: BytesProps) {
  const t = useT();
  const lang = useLang();
  const noteOf = (block: MessageBlock) =>
    notes?.blockNote(lang, message, block, framing, request) ?? '';
  const [active, setActive] = useState<number | null>(null);
  const shown = message.blocks.slice(0, snap.revealed);
  const focus = active ?? snap.current ?? (shown.length > 0 ? shown.length - 1 : null);
  const focusBlock = focus === null ? undefined : message.blocks[focus];
  const who = t[`who.${message.from}`];
  const reader = t[`who.${message.from === 'client' ? 'server' : 'client'}`];
  const doing =
    snap.direction === 'parse'
      ? format(t, 'message.reads', { who: reader })
      : format(t, 'message.writes', { who });
  const baseId = useId();

  return (
    <div className={`message message-${message.from}`}>
      <p className="message-head">
        <span className={`endpoint-tag tag-${message.from}`}>
          {t[message.kind === 'request' ? 'message.request' : 'message.response']}
        </span>
        <span className="message-doing">{doing}</span>
        <span className="message-size">
          {format(t, 'message.bytes', { count: message.bytes.length })}
        </span>
      </p>
      <ol className={hex ? 'message-lines hex' : 'message-lines'} aria-label={message.startLine}>
        {shown.map((block, i) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks never reorder
            key={i}
            className={lineClass(block, i, snap, active)}
            data-block-index={i}
            data-kind={block.kind}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: each line is focusable so that its note can be read by keyboard
            tabIndex={0}
            aria-describedby={`${baseId}-${i}`}
            onMouseEnter={() => setActive(i)}
            onMouseLeave={() => setActive(null)}
            onFocus={() => setActive(i)}
            onBlur={() => setActive(null)}
          >
            {hex ? (
              <HexBlock bytes={message.bytes.slice(block.start, block.end)} />
            ) : (
              <TextBlock bytes={message.bytes.slice(block.start, block.end)} kind={block.kind} />
            )}
            <span id={`${baseId}-${i}`} className="visually-hidden">
              {noteOf(block)}
            </span>
          </li>
        ))}
      </ol>
      {snap.revealed < message.blocks.length && (
        <p className="message-pending">
          {format(t, 'message.pending', { count: message.blocks.length - snap.revealed })}
        </p>
      )}
      {focusBlock && (
        <p className={`message-note note-${focusBlock.kind}`} aria-hidden="true">
          {noteOf(focusBlock)}
        </p>
      )}
      {/* One hint per way of pointing: message.css shows the touch one where there is no hover. */}
      <p className="message-hint">
        <span className="hint-keys">{t['message.lineNote']}</span>
        <span className="hint-touch">{t['message.lineNote.touch']}</span>
      </p>
    </div>
  );
});

/**
 * `selected`: the line the note is about because the reader pointed at it (hovered, tapped or
 * focused), outlined as keyboard focus outlines it; a tap focuses a line without `:focus-visible`.
 */
function lineClass(
  block: MessageBlock,
  i: number,
  snap: ShownSnapshot,
  active: number | null,
): string {
  const classes = ['line', `block-${block.kind}`];
  if (i === snap.current) classes.push('current');
  if (i === active) classes.push('selected');
  if (i < snap.parsed) classes.push('parsed');
  return classes.join(' ');
}

// Memoised by value (the bytes are a string): a step re-renders only the lines it changes.
const TextBlock = memo(function TextBlock({
  bytes,
  kind,
}: {
  bytes: string;
  kind: MessageBlockKind;
}) {
  const t = useT();
  if (kind === 'body' && !looksLikeText(bytes)) {
    return <span className="binary">{format(t, 'message.binary', { count: bytes.length })}</span>;
  }
  const cut = kind === 'body' && bytes.length > BODY_SHOWN;
  const text = decodeBytes(cut ? bytes.slice(0, BODY_SHOWN) : bytes);
  return (
    <span className="line-text">
      {visiblePieces(text).map((p, i) =>
        'text' in p ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one fixed string
          <span key={i}>{p.text}</span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one fixed string
          <span key={i} className={`crlf crlf-${p.marker}`} aria-hidden="true">
            {p.marker}
          </span>
        ),
      )}
      {cut && <span className="more">… +{bytes.length - BODY_SHOWN}</span>}
    </span>
  );
});

const HexBlock = memo(function HexBlock({ bytes }: { bytes: string }) {
  return (
    <span className="hex-rows">
      {hexDump(bytes).map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows of one fixed dump
        <span key={i} className="hex-row">
          {row}
        </span>
      ))}
    </span>
  );
});
