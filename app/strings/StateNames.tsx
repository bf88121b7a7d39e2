/**
 * A TCP state's name is one word for a student (RFC 9293 §3.3.2: SYN-RECEIVED, FIN-WAIT-1…), but
 * a browser may break a line after any hyphen (UAX #14), so on a phone "SYN-" ended one line and
 * "RECEIVED" began the next. Each hyphenated name in a text is put in a span that keeps it on one
 * line (`.state-name`, app/styles.css); the text is unchanged, so screen readers and copy and
 * paste read it as written, hyphen and all.
 */
import type { ReactNode } from 'react';
import { TCP_STATES } from '../model';

const HYPHENATED = new RegExp(`\\b(${TCP_STATES.filter((s) => s.includes('-')).join('|')})\\b`);

/** `text`, each hyphenated state name in it kept whole. */
export function StateNames({ text }: { text: string }): ReactNode {
  // split() with a capturing group: the names are at the odd indexes.
  const parts = text.split(HYPHENATED);
  if (parts.length === 1) return text;
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order
      <span key={i} className="state-name">
        {part}
      </span>
    ) : (
      part
    ),
  );
}
