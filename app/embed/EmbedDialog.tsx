/**
 * "Copy embed code": the code for the view on screen, copied at once, in a dialog where the
 * size, the panels and the course site's address can be changed (and the code copied again),
 * with what Moodle and Canvas keep of it. Everything it says is inside the dialog, in a line
 * of its own, so that the header never moves. Loaded on first use (HeaderTools.tsx).
 */
import { type RefObject, useEffect, useId, useImperativeHandle, useRef, useState } from 'react';
import { scenarioTitle } from '../shell/scenarioText';
import { useAppStore, useStrings, useT } from '../store';
import { useWorkshopStale } from '../workshop/stale';
import { PANELS, type Panels, readOrigin } from './options';
import {
  DEFAULT_CHOICE,
  type EmbedChoice,
  embedUrl,
  iframeSnippet,
  SIZES,
  type Size,
} from './snippet';
import { embedStrings } from './strings';
import './embedDialog.css';

export interface EmbedDialogHandle {
  /** Opens the dialog and copies the code, as the click that calls it allows. */
  open(): void;
}

type Status = 'copied' | 'failed' | '';

export default function EmbedDialog({
  handle,
  openNow = false,
  onOpened,
}: {
  handle: RefObject<EmbedDialogHandle | null>;
  /** Open as soon as mounted: the button was pressed before this module was here. */
  openNow?: boolean;
  onOpened?: () => void;
}) {
  const t = useT();
  const e = useStrings(embedStrings);
  const store = useAppStore();
  const dialog = useRef<HTMLDialogElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const [choice, setChoice] = useState<EmbedChoice>(DEFAULT_CHOICE);
  const [originText, setOriginText] = useState('');
  const [status, setStatus] = useState<Status>('');
  // The workshop's draft cannot be simulated: the code is for the last version that worked.
  const lastGood = useWorkshopStale();
  // Its content exists only while it is open: the prerendered page has none of it.
  const [open, setOpen] = useState(false);
  // The view when the dialog was opened: stepping behind it does not change the code.
  const [view, setView] = useState(() => store.getState());

  const originOk = originText.trim() === '' || readOrigin(originText.trim()) !== null;
  const snippetFor = (c: EmbedChoice, v = view) =>
    iframeSnippet(embedUrl(window.location.href, v, c), scenarioTitle(t, v.scenarioId), c);
  const snippet = open ? snippetFor(choice) : '';

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
      code.current?.focus();
      code.current?.select();
    }
  };
  const show = () => {
    const now = store.getState();
    setView(now);
    setStatus('');
    setOpen(true);
    dialog.current?.showModal();
    void copy(snippetFor(choice, now));
  };
  useImperativeHandle(handle, () => ({ open: show }));
  // Once, when the press that asked for it finds the dialog mounted.
  // biome-ignore lint/correctness/useExhaustiveDependencies: show reads the store when called
  useEffect(() => {
    if (!openNow) return;
    onOpened?.();
    show();
  }, [openNow, onOpened]);
  const change = (next: Partial<EmbedChoice>) => {
    setChoice((c) => ({ ...c, ...next }));
    setStatus('');
  };

  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => setOpen(false)}
    >
      {open && (
        <>
          <h2 id={`${id}-title`}>{e['embed.dialogTitle']}</h2>
          {view.source.kind === 'imported' && <p className="hint">{e['embed.imported']}</p>}
          {lastGood && view.source.kind !== 'imported' && (
            <p className="hint">{e['embed.lastGood']}</p>
          )}
          <div className="embed-choices">
            <fieldset>
              <legend>{e['embed.size']}</legend>
              {SIZES.map((size: Size) => (
                <label key={size}>
                  <input
                    type="radio"
                    name={`${id}-size`}
                    checked={choice.size === size}
                    onChange={() => change({ size })}
                  />
                  {e[`embed.size.${size}`]}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>{e['embed.panels']}</legend>
              {PANELS.map((panels: Panels) => (
                <label key={panels}>
                  <input
                    type="radio"
                    name={`${id}-panels`}
                    checked={choice.panels === panels}
                    onChange={() => change({ panels })}
                  />
                  {e[`embed.panels.${panels}`]}
                </label>
              ))}
            </fieldset>
          </div>
          <label className="embed-origin" htmlFor={`${id}-origin`}>
            {e['embed.origin']}
          </label>
          <input
            id={`${id}-origin`}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://moodle.example.edu"
            value={originText}
            aria-invalid={!originOk}
            aria-describedby={`${id}-origin-hint`}
            onChange={(e) => {
              const text = e.target.value;
              setOriginText(text);
              change({ origin: readOrigin(text.trim()) });
            }}
          />
          <p id={`${id}-origin-hint`} className={originOk ? 'hint' : 'hint error'}>
            {originOk ? e['embed.origin.hint'] : e['embed.origin.bad']}
          </p>
          <label htmlFor={`${id}-code`}>{e['embed.copyManual']}</label>
          <textarea
            id={`${id}-code`}
            ref={code}
            readOnly
            rows={5}
            value={snippet}
            onFocus={(e) => e.target.select()}
          />
          <div className="embed-actions">
            <button type="button" className="primary" onClick={() => void copy(snippet)}>
              {e['embed.copy']}
            </button>
            <button type="button" onClick={() => dialog.current?.close()}>
              {e['embed.close']}
            </button>
          </div>
          <p className={`embed-status${status === 'failed' ? ' error' : ''}`} role="status">
            {status === 'copied'
              ? e['embed.copied']
              : status === 'failed'
                ? e['embed.copyFailed']
                : ''}
          </p>
          <details className="embed-platforms">
            <summary>{e['embed.platforms']}</summary>
            <p>{e['embed.fallback']}</p>
            <p>{e['embed.moodle']}</p>
            <p>{e['embed.canvas']}</p>
          </details>
        </>
      )}
    </dialog>
  );
}
