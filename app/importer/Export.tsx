/**
 * "Export": the header's button for a menu of formats (pcapng, SVG, PNG, JSON, text). Only the
 * button is in the first load; the menu and the writers are fetched when the pointer or the
 * focus comes to it, and a press before they are here opens the menu once they are.
 */
import { lazy, Suspense, useState } from 'react';
import { useT } from '../store';

const ExportMenu = lazy(() => import('./ExportMenu'));

export function Export() {
  const t = useT();
  const [wanted, setWanted] = useState(false);
  const [open, setOpen] = useState(false);
  const want = () => setWanted(true);
  return (
    <div className="tool export">
      <button
        type="button"
        id="export-button"
        data-testid="export"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'export-menu' : undefined}
        onPointerEnter={want}
        onFocus={want}
        onClick={() => {
          setWanted(true);
          setOpen((o) => !o);
        }}
      >
        {t['header.export']}
      </button>
      {wanted && open && (
        <Suspense fallback={null}>
          <ExportMenu onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
