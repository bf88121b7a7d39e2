/**
 * The lines of the message under the cursor: each block in its colour, CR LF drawn as markers,
 * the bytes as text or hex, and each line's note on hover, on a tap and on keyboard focus. It is
 * fetched with the parser and the notes (explain/messageFacts.ts): the first page shows no
 * message, so no byte of this is in the first load.
 */
import { memo, useId, useMemo, useState } from 'react';
import type { HttpMessageRecord, MessageBlock, MessageBlockKind } from '../model';
import { useLang, useT } from '../store';
import { format } from '../strings';
import { decodeBytes, hexDump, looksLikeText, visiblePieces } from './bytes';
import { type BodyFraming, blockNote } from './notes';
import type { MessageSnapshot } from './select';
import './bytes.css';

/** Long bodies are cut for display; the byte count says how much there is. */
const BODY_SHOWN = 1500;

type ShownSnapshot = Pick<MessageSnapshot, 'revealed' | 'parsed' | 'current' | 'direction'>;

export interface BytesProps extends ShownSnapshot {
  message: HttpMessageRecord;
  /** The request a response answers, for what its notes say of the two together. */
  request: HttpMessageRecord | undefined;
  hex: boolean;
  /** How the body's end is found, for its note. */
  framing: BodyFraming;
}

const MessageBytes = memo(function MessageBytes({
  message,
  request,
  hex,
  framing,
  ...snap
}: BytesProps) {
  const t = useT();
  const lang = useLang();
  // Each line's bytes and note, once per message: a step changes which lines are shown, not
  // what they hold. A line's bytes made again at each step were a new string that TextBlock's
  // memo compared octet by octet with the last one, a large body's whole length.
  const lines = useMemo(
    () =>
      message.blocks.map((block) => ({
        bytes: message.bytes.slice(block.start, block.end),
        note: blockNote(lang, message, block, framing, request),
      })),
    [message, lang, framing, request],
  );
  const [active, setActive] = useState<number | null>(null);
  const shown = message.blocks.slice(0, snap.revealed);
  const focus = active ?? snap.current ?? (shown.length > 0 ? shown.length - 1 : null);
  const focusBlock = focus === null ? undefined : message.blocks[focus];
  const who = t[`who.${message.from}`];
  const reader = t[`who.${message.from === 'client' ? 'server' : 'client'}`];
  // The writer writes and sends it; the reader receives and reads it. A step that does neither
  // shows the last message as its writer wrote it.
  const doing =
    snap.direction === 'parse'
      ? format(t, 'message.reads', { who: reader })
      : snap.direction === 'receive'
        ? format(t, 'message.receives', { who: reader })
        : snap.direction === 'send'
          ? format(t, 'message.sends', { who })
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
              <HexBlock bytes={lines[i]?.bytes ?? ''} />
            ) : (
              <TextBlock bytes={lines[i]?.bytes ?? ''} kind={block.kind} />
            )}
            <span id={`${baseId}-${i}`} className="visually-hidden">
              {lines[i]?.note}
            </span>
          </li>
        ))}
      </ol>
      {snap.revealed < message.blocks.length && (
        <p className="message-pending">
          {format(t, 'message.pending', { count: message.blocks.length - snap.revealed })}
        </p>
      )}
      {focusBlock && focus !== null && (
        <p className={`message-note note-${focusBlock.kind}`} aria-hidden="true">
          {lines[focus]?.note}
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

export default MessageBytes;
