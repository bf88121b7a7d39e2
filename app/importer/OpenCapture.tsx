/**
 * "Open a capture": the header's button (a file picker) and drag-and-drop anywhere on the page.
 * Only this is in the first load; the dialog, the worker and the words are fetched on first use,
 * or when the pointer or the focus comes to the button, or a file is dragged over the page.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useT } from '../store';
import type { OpenRequest } from './protocol';

const ImportDialog = lazy(() => import('./ImportDialog'));

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

export function OpenCapture() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const count = useRef(0);
  const [wanted, setWanted] = useState(false);
  const [request, setRequest] = useState<OpenRequest | null>(null);
  const open = (file: File) => {
    count.current += 1;
    setWanted(true);
    setRequest({ file, n: count.current });
  };
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without this the browser would open the file in place of the page.
      e.preventDefault();
      setWanted(true);
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      count.current += 1;
      setWanted(true);
      setRequest({ file, n: count.current });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  const want = () => setWanted(true);
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
      {wanted && (
        <Suspense fallback={null}>
          <ImportDialog request={request} />
        </Suspense>
      )}
    </div>
  );
}
