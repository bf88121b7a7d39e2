/**
 * The list of keys: a modal <dialog>; Escape closes it and the focus goes back where it was.
 * Fetched when first asked for (App.tsx), and open from the moment it is drawn.
 */
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { useStrings } from '../store';
import { keysStrings } from './strings';
import './keysDialog.css';

export interface KeysDialogHandle {
  open(): void;
}

const KeysDialog = forwardRef<KeysDialogHandle>(function KeysDialog(_props, ref) {
  const k = useStrings(keysStrings);
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const open = () => {
    const d = dialog.current;
    if (!d || d.open) return;
    returnTo.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    d.showModal();
  };
  useImperativeHandle(ref, () => ({ open }));
  // Open from the moment it is first drawn: it is drawn when asked for.
  useEffect(open, []);
  const rows: [string, string][] = [
    ['← →', k['keys.step']],
    [k['token.key.pages'], k['keys.step']],
    [k['keys.spaceKey'], k['keys.play']],
    [k['token.key.home'], k['keys.home']],
    [k['token.key.end'], k['keys.end']],
    ['?', k['keys.help']],
  ];
  return (
    <dialog
      ref={dialog}
      className="keys-dialog"
      aria-labelledby="keys-title"
      onClose={() => {
        returnTo.current?.focus();
        returnTo.current = null;
      }}
    >
      <h2 id="keys-title">{k['keys.title']}</h2>
      <dl className="keys-list">
        {rows.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{k['keys.note']}</p>
      <button type="button" onClick={() => dialog.current?.close()}>
        {k['keys.close']}
      </button>
    </dialog>
  );
});

export default KeysDialog;
