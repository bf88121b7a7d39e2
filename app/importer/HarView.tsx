/**
 * A HAR opened (in the import dialog, loaded on first use): its entries as HTTP exchanges on
 * one time axis, each with its timing phases (HAR 1.2 §timings: blocked, dns, connect, ssl, send,
 * wait, receive; −1 "does not apply"; ssl drawn inside connect when the HAR counts it so), grouped
 * by the connection they shared. The bars are a picture of the words beside them, which say
 * every phase. A HAR holds no packets, and the view says so; "Simulate this exchange" rebuilds
 * one entry over TCP in the workshop (`scenarioFromHar`), and beside it the view lists what that
 * changes from the browser's exchange, so that the reader knows before going.
 */
import { type ReactNode, useId, useMemo, useState } from 'react';
import { useLang, useStrings } from '../store';
import { fill } from '../strings';
import { formatDuration, formatNumber } from '../strings/intl';
import type { HarChange, HarDocument, HarPhase, HarScenario } from './capture';
import { scenarioFromHar } from './capture';
import { importStrings } from './strings';

const PHASES: readonly HarPhase[] = ['blocked', 'dns', 'connect', 'ssl', 'send', 'wait', 'receive'];

interface Props {
  har: HarDocument;
  name: string;
  warnings: number;
  /** Called with the scenario of the exchange chosen. */
  onSimulate: (made: Extract<HarScenario, { ok: true }>) => void;
}

export function HarView({ har, name, warnings, onSimulate }: Props) {
  const s = useStrings(importStrings);
  const lang = useLang();
  const id = useId();
  const [scrub, setScrub] = useState(true);
  const [problem, setProblem] = useState<{ index: number; text: string } | null>(null);
  const end = Math.max(
    1,
    ...har.exchanges.map((e) => Math.max(e.start + e.time, ...e.phases.map((p) => p.end))),
  );
  const pct = (ms: number) => `${Math.min(100, Math.max(0, (ms / end) * 100))}%`;
  const ms = (x: number) => formatDuration(lang, x);
  const byIndex = new Map(har.exchanges.map((e, i) => [i, e]));
  const creator = [har.creator.name, har.creator.version].filter(Boolean).join(' ');

  // Made once per exchange and scrub choice: the list beside the button is what the button opens.
  const made = useMemo(
    () => new Map(har.exchanges.map((e) => [e.index, scenarioFromHar(e, { scrub })])),
    [har, scrub],
  );
  const simulate = (index: number) => {
    const m = made.get(index);
    if (!m) return;
    if (m.ok) onSimulate(m);
    else setProblem({ index, text: m.problem });
  };

  const word = (c: HarChange): ReactNode => {
    switch (c.kind) {
      case 'field-left-out':
        return (
          <>
            {fill(s['change.field'], {
              message: s[`change.${c.message}`],
              name: c.name,
              why: s[`why.${c.why}`],
            })}
            {c.detail && (
              <>
                {' '}
                <span lang="en">({c.detail})</span>
              </>
            )}
          </>
        );
      case 'version':
        return fill(s['change.version'], { from: c.from });
      case 'status':
        return fill(s['change.status'], { from: c.from, to: c.to });
      case 'redirect-not-followed':
        return fill(s['change.redirect'], { status: c.status, location: c.location });
      case 'body-left-out':
        return c.why === 'encoded'
          ? fill(s['change.bodyEncoded'], {
              message: s[`change.${c.message}`],
              encoding: c.encoding ?? '',
            })
          : fill(s['change.bodyTooLong'], { message: s[`change.${c.message}`] });
      case 'scrubbed':
        return fill(s['change.scrubbed'], { message: s[`change.${c.message}`], name: c.name });
      case 'host':
        return fill(s['change.host'], { from: c.from, to: c.to });
    }
  };

  return (
    <div className="har-view" data-testid="har-view">
      <h3 className="har-title">{fill(s.harTitle, { name })}</h3>
      <p className="har-no-tcp" data-testid="har-no-tcp">
        {s.harNoTcp}
      </p>
      <p>
        {fill(s.harSummary, {
          n: formatNumber(lang, har.exchanges.length),
          ms: ms(end),
          creator: creator || 'HAR',
        })}{' '}
        {warnings > 0 && fill(s.harWarnings, { n: formatNumber(lang, warnings) })}
      </p>
      <div className="har-legend">
        <span>{s.harPhases}:</span>
        <ul>
          {PHASES.map((phase) => (
            <li key={phase}>
              <span className={`har-swatch har-phase-${phase}`} aria-hidden="true" />
              {s[`phase.${phase}`]}
            </li>
          ))}
        </ul>
      </div>
      <label className="har-scrub">
        <input type="checkbox" checked={scrub} onChange={(e) => setScrub(e.target.checked)} />
        {s.harScrub}
      </label>
      <p className="har-changes">{s.harChanges}</p>
      <div className="har-axis" aria-hidden="true">
        <span>{ms(0)}</span>
        <span>{s.harAxis}</span>
        <span>{ms(end)}</span>
      </div>
      {har.connections.map((c) => (
        <section
          key={c.id ?? '-'}
          className="har-connection"
          data-testid="har-connection"
          aria-labelledby={`${id}-c-${c.id ?? '-'}`}
        >
          <h4 id={`${id}-c-${c.id ?? '-'}`}>
            {c.id === null ? s.harNoConnection : fill(s.harConnection, { id: c.id })}
          </h4>
          {c.id === null && <p className="har-hint">{s.harNoConnectionHint}</p>}
          <ol>
            {c.exchanges.map((i) => {
              const e = byIndex.get(i);
              if (!e) return null;
              const request = `${e.request.method} ${e.request.url}`;
              const changes = made.get(e.index)?.changes ?? [];
              const sslInside = e.phases.some(
                (p) =>
                  p.phase === 'ssl' &&
                  e.phases.some((q) => q.phase === 'connect' && p.end <= q.end + 1e-9),
              );
              return (
                <li key={e.index} className="har-exchange" data-testid="har-exchange">
                  <div className="har-line">
                    <span className="har-request">{request}</span>
                    <span className="har-status">
                      {e.response.status} {e.response.statusText}
                    </span>
                    <span className="har-time">{ms(e.time)}</span>
                  </div>
                  <div className="har-track" aria-hidden="true">
                    {e.phases.map((p) => (
                      <span
                        key={p.phase}
                        className={`har-bar har-phase-${p.phase}${p.phase === 'ssl' && sslInside ? ' har-inside' : ''}`}
                        style={{ insetInlineStart: pct(p.start), width: pct(p.end - p.start) }}
                      />
                    ))}
                  </div>
                  <ul className="har-phases">
                    {PHASES.map((phase) => {
                      const d = e.timings[phase];
                      return (
                        <li key={phase} data-phase={phase}>
                          <span className={`har-swatch har-phase-${phase}`} aria-hidden="true" />
                          {s[`phase.${phase}`]}: {d === null ? s.notApplicable : ms(d)}
                          {phase === 'ssl' &&
                            d !== null &&
                            ` (${sslInside ? s.sslInside : s.sslApart})`}
                        </li>
                      );
                    })}
                  </ul>
                  <button
                    type="button"
                    className="har-simulate"
                    aria-label={fill(s.simulateLabel, { request })}
                    onClick={() => simulate(e.index)}
                  >
                    {s.simulate}
                  </button>
                  {changes.length > 0 && (
                    <details className="har-changes-list" data-testid="har-changes">
                      <summary>
                        {fill(s.changesSummary, { n: formatNumber(lang, changes.length) })}
                      </summary>
                      <ul>
                        {changes.map((c, k) => (
                          // The list is made anew with the scrub choice; its order is its identity.
                          // biome-ignore lint/suspicious/noArrayIndexKey: see above
                          <li key={k}>{word(c)}</li>
                        ))}
                      </ul>
                    </details>
                  )}
                  {problem?.index === e.index && (
                    <p className="har-problem" role="alert">
                      {fill(s.simulateFailed, { problem: '' })}
                      <span lang="en">{problem.text}</span>
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
