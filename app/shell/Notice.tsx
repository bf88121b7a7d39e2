/**
 * Says which parts of a malformed link were replaced by defaults, and when an old step link was
 * shown at the nearest named moment (that notice and its words are loaded when needed).
 */
import { lazy, Suspense } from 'react';
import { useApp, useAppStore, useT } from '../store';
import { format } from '../strings';

const ResolvedNotice = lazy(() => import('../moments/ResolvedNotice'));

export function Notice() {
  const bad = useApp((s) => s.badParams);
  const resolved = useApp((s) => s.resolvedStep !== null);
  const store = useAppStore();
  return (
    <>
      {resolved && (
        <Suspense fallback={null}>
          <ResolvedNotice />
        </Suspense>
      )}
      {bad.length > 0 && (
        <BadParams bad={bad} onDismiss={() => store.getState().setBadParams([])} />
      )}
    </>
  );
}

function BadParams({ bad, onDismiss }: { bad: string[]; onDismiss: () => void }) {
  const t = useT();
  return (
    <div className="notice" role="status">
      <span>{format(t, 'notice.badUrl', { params: bad.join(', ') })}</span>
      <button type="button" onClick={onDismiss}>
        {t['notice.dismiss']}
      </button>
    </div>
  );
}
