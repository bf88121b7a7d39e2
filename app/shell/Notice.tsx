/** Says which parts of a malformed link were replaced by defaults. */
import { useApp, useAppStore, useT } from '../store';
import { format } from '../strings';

export function Notice() {
  const t = useT();
  const bad = useApp((s) => s.badParams);
  const store = useAppStore();
  if (bad.length === 0) return null;
  return (
    <div className="notice" role="status">
      <span>{format(t, 'notice.badUrl', { params: bad.join(', ') })}</span>
      <button type="button" onClick={() => store.getState().setBadParams([])}>
        {t['notice.dismiss']}
      </button>
    </div>
  );
}
