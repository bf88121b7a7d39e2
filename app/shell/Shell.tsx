import { type Catalogue, format } from '../strings';

/** The page's regions. Each feature folder fills one of them. */
export function Shell({ t }: { t: Catalogue }) {
  return (
    <div className="shell">
      <header className="shell-header">
        <div className="brand">
          <h1>{t['app.title']}</h1>
          <p className="tagline">{t['app.tagline']}</p>
        </div>
        <div className="header-tools">
          <label>
            <span>{t['header.scenario']}</span>
            <select disabled>
              <option>—</option>
            </select>
          </label>
          <label>
            <span>{t['header.language']}</span>
            <select disabled>
              <option>English</option>
            </select>
          </label>
        </div>
      </header>
      <main className="shell-main">
        <section className="region region-diagram" aria-label={t['region.diagram']}>
          <h2 className="region-title">{t['region.diagram']}</h2>
        </section>
        <section className="region region-states" aria-label={t['region.states']}>
          <h2 className="region-title">{t['region.states']}</h2>
          <dl className="endpoint-states">
            <div>
              <dt>{t['endpoint.client']}</dt>
              <dd data-testid="client-state">CLOSED</dd>
            </div>
            <div>
              <dt>{t['endpoint.server']}</dt>
              <dd data-testid="server-state">LISTEN</dd>
            </div>
          </dl>
        </section>
        <section className="region region-message" aria-label={t['region.message']}>
          <h2 className="region-title">{t['region.message']}</h2>
          <div data-testid="message-view">{t['message.empty']}</div>
        </section>
        <section className="region region-explain" aria-label={t['region.explanation']}>
          <h2 className="region-title">{t['region.explanation']}</h2>
          <p data-testid="step-explanation" aria-live="polite">
            {t['explain.start']}
          </p>
        </section>
      </main>
      <section className="shell-controls" aria-label={t['region.controls']}>
        <button type="button" disabled>
          {t['controls.previous']}
        </button>
        <button type="button">{t['controls.play']}</button>
        <button type="button">{t['controls.next']}</button>
        <button type="button">{t['controls.restart']}</button>
        <span data-testid="step-counter">
          {format(t, 'controls.stepCounter', { step: 0, total: 0 })}
        </span>
      </section>
    </div>
  );
}
