/**
 * Says that an old step link was shown at the nearest named moment, or that the link's moment is
 * not in this scenario and which step is shown instead (app/url/openView.ts).
 */
import { useApp, useAppStore, useStrings, useT } from '../store';
import { fill } from '../strings';
import { findMoment } from '../timeline/moments';
import { momentIdName, momentName } from './names';
import { momentStrings } from './strings';

export default function ResolvedNotice() {
  const w = useStrings(momentStrings);
  const t = useT();
  const store = useAppStore();
  const resolved = useApp((s) => s.resolvedStep);
  const timeline = useApp((s) => s.timeline);
  if (!resolved) return null;
  const moment = timeline ? findMoment(timeline, resolved.moment) : undefined;
  const words =
    resolved.kind === 'missing'
      ? fill(w['notice.missing'], {
          step: resolved.step,
          moment: momentIdName(w, resolved.moment),
        })
      : moment && fill(w['notice.nearest'], { step: resolved.step, moment: momentName(w, moment) });
  if (!words) return null;
  return (
    <div className="notice" role="status" data-testid="moment-notice">
      <span>{words}</span>
      <button type="button" onClick={() => store.getState().setResolvedStep(null)}>
        {t['notice.dismiss']}
      </button>
    </div>
  );
}
