/**
 * One "Request" box (or a route's response typed by hand, the same box): a textarea holding the request exactly as typed, over a copy of its text
 * (hidden from screen readers) that draws the CR LF of each line end of the head, as the message
 * view marks them, and marks the octet an error points at. The textarea never wraps, so both
 * lay out line for line; the copy follows its scrolling.
 */
import { type ReactNode, useEffect, useId, useRef } from 'react';
import type { ScenarioError } from '../model';
import { useStrings } from '../store';
import type { RequestError } from './requestText';
import type { ResponseError } from './responseText';
import { strings } from './strings';
import { errorText, requestRefusalText } from './words';
// The CR and LF markers, drawn as the message view draws them.
import '../message/bytes.css';

interface Props {
  label: string;
  text: string;
  error: RequestError | ResponseError | null;
  onChange: (text: string) => void;
  /** A control beside the label (removing this request). */
  action?: ReactNode;
  /** What the box holds: a request (the default) or a response typed by hand. */
  kind?: 'request' | 'response';
  /** What the validator refuses in the request the text reads as (`/requests/0/target`). */
  refusals?: readonly ScenarioError[];
}

/** Where the head ends in the text (as requestText.ts reads it). */
function headEnd(text: string): number {
  let start = 0;
  while (text[start] === '\n') start++;
  const blank = text.indexOf('\n\n', start);
  return blank === -1 ? text.length : blank + 2;
}

function Backdrop({ text, mark }: { text: string; mark: number | null }) {
  const end = headEnd(text);
  const out: ReactNode[] = [];
  // Keyed by line, not by offset: a character typed then changes its own line's text only, where
  // offsets as keys made every later line a new element.
  let line = 0;
  let run = '';
  const flush = (key: string) => {
    if (run) out.push(<span key={key}>{run}</span>);
    run = '';
  };
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    const marked = i === mark;
    if (ch === '\n') {
      flush(`t${line}`);
      const markers =
        i < end ? (
          <>
            <span className="crlf crlf-CR">CR</span>
            <span className="crlf crlf-LF">LF</span>
          </>
        ) : (
          <span className="crlf crlf-LF">LF</span>
        );
      out.push(
        marked ? (
          <mark key="m" className="workshop-mark">
            {markers}
          </mark>
        ) : (
          <span key={`n${line}`}>{markers}</span>
        ),
        '\n',
      );
      line++;
    } else if (marked) {
      // The line's text before the mark, keyed apart from its text after it (`t` of the line).
      flush(`b${line}`);
      // The end of the text (a request cut short) is marked as one empty column.
      out.push(
        <mark key="m" className="workshop-mark">
          {ch ?? ' '}
        </mark>,
      );
    } else if (ch !== undefined) {
      run += ch;
    }
  }
  flush(`t${line}`);
  // A last empty line still takes its height, as in the textarea.
  return <>{out}</>;
}

export function RequestBox({
  label,
  text,
  error,
  onChange,
  action,
  kind = 'request',
  refusals = [],
}: Props) {
  const s = useStrings(strings);
  const id = useId();
  const back = useRef<HTMLPreElement>(null);
  const sync = (e: React.UIEvent<HTMLTextAreaElement>) => {
    if (!back.current) return;
    back.current.scrollTop = e.currentTarget.scrollTop;
    back.current.scrollLeft = e.currentTarget.scrollLeft;
  };
  const rows = Math.min(14, Math.max(5, text.split('\n').length + 1));
  const errorBox = useRef<HTMLParagraphElement>(null);
  const broken = error !== null;
  useEffect(() => {
    // When the text stops reading, its reason comes into view (above the controls that stick to
    // a phone's bottom: its scroll-margin), the box being typed in kept in view above it.
    if (broken) errorBox.current?.scrollIntoView?.({ block: 'nearest' });
  }, [broken]);
  return (
    <div className="workshop-request">
      <div className="workshop-row">
        <label htmlFor={id} className="workshop-label">
          {label}
        </label>
        {action}
      </div>
      <p id={`${id}-help`} className="workshop-help">
        {kind === 'request' ? s.requestHelp : s.responseHelp}
      </p>
      <div className="workshop-edit">
        <pre ref={back} className="workshop-backdrop" aria-hidden="true">
          <Backdrop text={text} mark={error ? error.index : null} />
        </pre>
        <textarea
          id={id}
          className="workshop-text"
          data-row-control={`${kind}-text`}
          value={text}
          rows={rows}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          aria-invalid={error !== null || refusals.length > 0}
          aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}${refusals.length > 0 ? ` ${id}-refused` : ''}`}
          onChange={(e) => onChange(e.target.value)}
          onScroll={sync}
        />
      </div>
      {error && (
        <p
          id={`${id}-error`}
          ref={errorBox}
          className="workshop-error"
          data-testid="workshop-error"
        >
          {errorText(s, error, kind)}
        </p>
      )}
      {refusals.length > 0 && (
        <p id={`${id}-refused`} className="workshop-error" data-testid="workshop-refusal">
          {refusals.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole on each change.
            <span key={i} className="workshop-field-reason">
              {requestRefusalText(s, e)}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
