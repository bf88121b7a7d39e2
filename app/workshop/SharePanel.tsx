/**
 * Sharing a scenario: the link (the page's own URL, which carries it), with a warning above
 * 2,000 characters, where some sites cut links; the scenario as a JSON file to download, and a
 * file to open (validated as a link is: `npm run simulate -- --file` reads the same file).
 */
import { useId, useRef, useState } from 'react';
import type { Scenario, ScenarioError } from '../model';
import { useAppStore, useStrings, useT } from '../store';
import { fill } from '../strings';
import { encodeUrl } from '../url/codec';
import { urlStateOf } from '../url/urlState';
import { positionAt, scanJson, type TextPosition, validateScenario } from '../validation';
import { strings } from './strings';
import { refusalText } from './words';

/** Longer links are cut by some chat tools, forums and mail clients. */
export const LONG_LINK = 2000;

/** A JSON file that is not a scenario but that "Open a capture" opens. */
export type OtherFile = 'timeline' | 'har';

/**
 * What a JSON value is when it is a file "Open a capture" reads rather than a scenario: a
 * timeline saved by Export → JSON (its `version`, `segments` and `steps`, timeline.schema.json),
 * or a HAR (its `log.entries`, HAR 1.2).
 */
function otherFile(data: unknown): OtherFile | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const o = data as Record<string, unknown>;
  if (typeof o.version === 'number' && Array.isArray(o.segments) && Array.isArray(o.steps))
    return 'timeline';
  const log = o.log;
  if (
    typeof log === 'object' &&
    log !== null &&
    Array.isArray((log as { entries?: unknown }).entries)
  )
    return 'har';
  return null;
}

/**
 * A file's text as a scenario, or why not: not JSON (where it stops being JSON, found again by
 * src/capture/json-locate.ts: each browser words `JSON.parse`'s error its own way, in English),
 * a file for "Open a capture", or the validator's first refusal, which the panel says in the
 * reader's language.
 */
export function readScenarioFile(
  text: string,
):
  | { ok: true; scenario: Scenario }
  | { ok: false; notJson: TextPosition }
  | { ok: false; other: OtherFile }
  | { ok: false; refusal: ScenarioError } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, notJson: positionAt(text, scanJson(text).error?.offset ?? 0) };
  }
  const other = otherFile(data);
  if (other) return { ok: false, other };
  const checked = validateScenario(data);
  if (checked.ok) return checked;
  // A refused scenario has at least one refusal.
  const [refusal] = checked.errors as [ScenarioError, ...ScenarioError[]];
  return { ok: false, refusal };
}

export function SharePanel({
  scenario,
  stale,
  onOpen,
}: {
  /** The scenario on screen, or null while the draft cannot be simulated. */
  scenario: Scenario | null;
  /** Whether the draft holds something that cannot be simulated: the link is the last version. */
  stale: boolean;
  onOpen: (scenario: Scenario) => void;
}) {
  const s = useStrings(strings);
  const t = useT();
  const store = useAppStore();
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'' | 'copied' | 'manual'>('');
  const [link, setLink] = useState('');
  const [fileError, setFileError] = useState('');
  const long = link.length > LONG_LINK;

  const copy = async () => {
    // The view now (the URL is written a moment after the last step), without the fragment.
    const { origin, pathname, search } = window.location;
    const url = `${origin}${pathname}${encodeUrl(urlStateOf(store.getState(), false), search)}`;
    setLink(url);
    if (url.length > LONG_LINK) {
      setStatus('');
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  };

  const download = () => {
    if (!scenario) return;
    const blob = new Blob([`${JSON.stringify(scenario, null, 2)}\n`], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'roundtrip-scenario.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 0);
  };

  const open = async (f: File | undefined) => {
    if (!f) return;
    const read = readScenarioFile(await f.text());
    if (read.ok) {
      setFileError('');
      onOpen(read.scenario);
    } else {
      if ('other' in read) {
        const words = read.other === 'timeline' ? s.timelineFile : s.harFile;
        setFileError(fill(words, { button: t['header.openCapture'], export: t['header.export'] }));
        return;
      }
      const reason =
        'notJson' in read
          ? fill(s.notJson, { line: read.notJson.line, column: read.notJson.column })
          : `${read.refusal.path || '/'} ${refusalText(s, read.refusal)}`;
      setFileError(fill(s.fileError, { reason }));
    }
  };

  return (
    <fieldset className="workshop-group">
      <legend>{s.share}</legend>
      <div className="workshop-row">
        <button type="button" onClick={copy}>
          {s.copyLink}
        </button>
        <button type="button" disabled={!scenario} onClick={download}>
          {s.download}
        </button>
        <label className="workshop-file">
          <span>{s.openFile}</span>
          <input
            ref={file}
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              void open(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      <p className="copy-status" role="status">
        {status === 'copied' ? (stale ? s.linkCopiedLastGood : s.linkCopied) : ''}
      </p>
      {long && (
        <p className="workshop-field-error" role="status">
          {fill(s.linkLong, { length: link.length })}
        </p>
      )}
      {(status === 'manual' || long) && (
        <div className="workshop-field">
          <label htmlFor={`${id}-link`}>{s.linkManual}</label>
          <input id={`${id}-link`} readOnly value={link} onFocus={(e) => e.target.select()} />
        </div>
      )}
      {fileError && (
        <p className="workshop-field-error" role="alert">
          {fileError}
        </p>
      )}
    </fieldset>
  );
}
