/**
 * The message under the cursor as bytes: its blocks in colours with a legend,
 * CR LF drawn as markers, blocks revealed as the steps write them, each line
 * annotated on hover, on a tap and on keyboard focus, and a hex view on a toggle.
 */
import { lazy, memo, Suspense, useId } from 'react';
import { messageFacts, useMessageFacts } from '../explain/messageFacts';
import { type MessageBlockKind, stepSegments } from '../model';
import { useApp, useT } from '../store';
import { useMessageBytes } from './bytesView';
import { requestOf } from './exchange';
import { snapshotAt } from './select';
import './message.css';

// Loaded on first use: only a message that breaks a sender's rule has deviations.
const Deviations = lazy(() => import('./Deviations'));

const BLOCK_KINDS: MessageBlockKind[] = ['start-line', 'header', 'blank-line', 'body'];

export function MessageView() {
  const t = useT();
  const timeline = useApp((s) => s.timeline);
  // The step's snapshot, not the cursor: a step that changes nothing here renders nothing.
  const snap = useApp((s) => (s.timeline ? snapshotAt(s.timeline, s.cursor) : null));
  const hex = useApp((s) => s.hex);
  // In the teardown a step that carries no bytes of a message is about the closing, not
  // about the last message: the panel says so, and shows that message dimmed.
  // A step that sends or receives a RST is about an abort (RFC 9293 §3.10.5), not a close.
  const closing = useApp((s): 'closing' | 'reset' | null => {
    const step = s.timeline?.steps[s.cursor];
    const snapshot = s.timeline ? snapshotAt(s.timeline, s.cursor) : null;
    if (
      step?.phase.sevenStep !== 7 ||
      snapshot === null ||
      snapshot.current !== null ||
      snapshot.carried !== null
    )
      return null;
    const segments = s.timeline?.segments ?? [];
    const reset = stepSegments(step).some((id) => segments[id]?.flags.includes('RST'));
    return reset ? 'reset' : 'closing';
  });
  const message = snap && timeline ? timeline.messages[snap.messageId] : undefined;
  const request = message && timeline ? requestOf(timeline.messages, message) : undefined;
  // Drawn again when the parser arrives, should the reader get to a message before it does.
  useMessageFacts();
  const facts = message && timeline ? messageFacts(timeline, message) : null;
  // The lines come with the parser; until then (the first page only) the panel shows no bytes.
  const MessageBytes = useMessageBytes();
  const deviations = facts?.deviations ?? [];

  return (
    <div
      className={closing ? 'message-view closing' : 'message-view'}
      data-testid="message-view"
      data-message-id={message ? message.id : ''}
      data-revealed={snap?.revealed ?? 0}
    >
      <MessageToolbar hex={hex} />
      {closing && (
        <p className="message-closing">
          {t[closing === 'reset' ? 'message.reset' : 'message.teardown']}
        </p>
      )}
      {message && snap ? (
        MessageBytes && (
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
          />
        )
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
