/**
 * "Open a capture": the header's button (a file picker) and drag-and-drop anywhere on the page.
 * Only this is in the first load; the dialog, the worker and the words are fetched on first use,
 * or when the pointer or the focus comes to the button, or a file is dragged over the page.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../store';
import type { OpenRequest } from './protocol';

type ImportDialog = typeof import('./ImportDialog').default;

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

export function OpenCapture() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const count = useRef(0);
  // The dialog's module once fetched, rendered as soon as it is there. Not `lazy` in Suspense:
  // React holds back showing a suspended part for up to 300 ms after its fallback, and the file
  // is read only once the dialog is on screen.
  const [Dialog, setDialog] = useState<ImportDialog | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [request, setRequest] = useState<OpenRequest | null>(null);
  const want = useCallback(() => {
    import('./ImportDialog').then(
      // The same component each time, so a second call changes nothing.
      (module) => setDialog(() => module.default),
      (error: unknown) => setFailed(error),
    );
  }, []);
  const open = useCallback(
    (file: File) => {
      count.current += 1;
      want();
      setRequest({ file, n: count.current });
    },
    [want],
  );
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without this the browser would open the file in place of the page.
      e.preventDefault();
      want();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      open(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [want, open]);
  // As a failed `lazy` import would: the region's error boundary says so.
  if (failed) throw failed;
  return (
    <div className="tool open-capture">
      <button
        type="button"
        data-testid="open-capture"
        onPointerEnter={want}
        onFocus={want}
        onClick={() => input.current?.click()}
      >
        {t['header.openCapture']}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        data-testid="open-capture-input"
        accept=".pcap,.pcapng,.cap,.json,.har"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared, so that choosing the same file again opens it again.
          e.target.value = '';
          if (file) open(file);
        }}
      />
      {Dialog && <Dialog request={request} />}
    </div>
  );
}
