/** The workshop's network and client: the link, the named faults in plain words, the profile. */
import { memo, useId } from 'react';
import type { Scenario, ScenarioError } from '../model';
import { useStrings } from '../store';
import { fill } from '../strings';
import { PROFILE_TIMERS } from '../validation';
import { faultsOf, otherRules, withFaults } from './edit';
import { CheckField, FieldErrors, NumberField } from './Fields';
import { strings } from './strings';

/** A route's own refusals, which the site form shows beside the route (SiteForm.tsx). */
const ROUTE = /^\/site\/resources\/\d+(\/|$)/;

interface Props {
  scenario: Scenario;
  errors: readonly ScenarioError[];
  activeCloser: 'client' | 'server';
  /** How many segments carrying data the client sends in the timeline on screen. */
  clientData: number;
  onChange: (next: Scenario) => void;
}

/** Memoised: a keystroke in a Request box changes none of its props (Workshop.tsx). */
export const NetworkForm = memo(function NetworkForm({
  scenario,
  errors,
  activeCloser,
  clientData,
  onChange,
}: Props) {
  const s = useStrings(strings);
  const id = useId();
  const at = (path: string) =>
    errors.filter((e) => e.path === path || e.path.startsWith(`${path}/`));
  const link = scenario.link;
  const setLink = (patch: Partial<Scenario['link']>) =>
    onChange({ ...scenario, link: { ...link, ...patch } });
  const faults = faultsOf(scenario, activeCloser);
  const setFaults = (patch: Partial<typeof faults>) =>
    onChange(withFaults(scenario, { ...faults, ...patch }, activeCloser));
  const others = otherRules(scenario, activeCloser);
  const client = scenario.client ?? {};
  const tcp = scenario.tcp ?? {};
  const own = PROFILE_TIMERS[scenario.profile];
  /** Sets one timer, or gives it back to the profile (undefined); no empty `tcp` is left. */
  const setTimer = (key: 'mslMs' | 'initialRtoMs', value: number | undefined) => {
    const { [key]: _old, ...rest } = tcp;
    const next = value === undefined ? rest : { ...rest, [key]: value };
    const { tcp: _tcp, ...without } = scenario;
    onChange(Object.keys(next).length > 0 ? { ...without, tcp: next } : without);
  };
  return (
    <>
      <fieldset className="workshop-group">
        <legend>{s.network}</legend>
        <div className="workshop-fields">
          <NumberField
            label={s.latency}
            value={link.latencyMs}
            min={0}
            max={10_000}
            errors={at('/link/latencyMs')}
            onChange={(latencyMs) => setLink({ latencyMs })}
          />
          <NumberField
            label={s.bandwidth}
            value={link.bitsPerSecond}
            scale={1e-6}
            min={0.001}
            errors={at('/link/bitsPerSecond')}
            onChange={(bitsPerSecond) => setLink({ bitsPerSecond })}
          />
          <NumberField
            label={s.loss}
            value={link.lossRate}
            scale={100}
            min={0}
            max={50}
            errors={at('/link/lossRate')}
            onChange={(lossRate) => setLink({ lossRate })}
          />
          <NumberField
            label={s.seed}
            value={scenario.seed}
            min={0}
            step={1}
            errors={at('/seed')}
            onChange={(seed) => onChange({ ...scenario, seed })}
          />
          <div className="workshop-field wide">
            <label htmlFor={`${id}-profile`}>{s.profile}</label>
            <select
              id={`${id}-profile`}
              value={scenario.profile}
              onChange={(e) =>
                onChange({
                  ...scenario,
                  profile: e.target.value === 'linux' ? 'linux' : 'textbook',
                })
              }
            >
              <option value="textbook">{s.profileTextbook}</option>
              <option value="linux">{s.profileLinux}</option>
            </select>
          </div>
        </div>
      </fieldset>
      <fieldset className="workshop-group">
        <legend>{s.timers}</legend>
        <div className="workshop-fields">
          <NumberField
            label={s.msl}
            value={tcp.mslMs}
            min={1}
            step={1}
            help={fill(s.mslHelp, { value: own.mslMs })}
            errors={at('/tcp/mslMs')}
            onChange={(ms) => setTimer('mslMs', ms)}
            onClear={() => setTimer('mslMs', undefined)}
          />
          <NumberField
            label={s.initialRto}
            value={tcp.initialRtoMs}
            min={1}
            step={1}
            help={fill(s.initialRtoHelp, { value: own.initialRtoMs })}
            errors={at('/tcp/initialRtoMs')}
            onChange={(ms) => setTimer('initialRtoMs', ms)}
            onClear={() => setTimer('initialRtoMs', undefined)}
          />
        </div>
        <FieldErrors id={`${id}-tcp`} errors={errors.filter((e) => e.path === '/tcp')} />
      </fieldset>
      <fieldset className="workshop-group">
        <legend>{s.faults}</legend>
        <div className="workshop-fields">
          <NumberField
            label={s.dropData}
            value={faults.dropClientData}
            min={0}
            max={1000}
            step={1}
            help={fill(s.dropDataHelp, { count: clientData })}
            // The link counts the client's segments that carry data, retransmissions included
            // (src/network/link.ts): a number past the last one drops nothing.
            note={
              faults.dropClientData > clientData
                ? fill(s.dropDataBeyond, { n: faults.dropClientData, count: clientData })
                : undefined
            }
            errors={at('/impairments/drop')}
            onChange={(n) => setFaults({ dropClientData: n })}
          />
          <NumberField
            label={s.delayLastAck}
            value={faults.delayLastAckMs}
            min={0}
            max={600_000}
            errors={at('/impairments/delay')}
            onChange={(ms) => setFaults({ delayLastAckMs: ms })}
          />
        </div>
        <CheckField
          label={s.dropFin}
          checked={faults.dropServerFin}
          onChange={(on) => setFaults({ dropServerFin: on })}
        />
        <CheckField
          label={s.dropSynAck}
          checked={faults.dropFirstSynAck}
          onChange={(on) => setFaults({ dropFirstSynAck: on })}
        />
        {others > 0 && <p className="workshop-help">{fill(s.otherRules, { count: others })}</p>}
      </fieldset>
      <fieldset className="workshop-group">
        <legend>{s.client}</legend>
        <CheckField
          label={s.closeAtOnce}
          checked={client.close === 'at-once'}
          onChange={(on) =>
            onChange({ ...scenario, client: { ...client, close: on ? 'at-once' : 'when-done' } })
          }
        />
        <div className="workshop-fields">
          <NumberField
            label={s.maxRedirects}
            value={client.maxRedirects ?? 5}
            min={0}
            max={20}
            step={1}
            errors={at('/client')}
            onChange={(maxRedirects) =>
              onChange({ ...scenario, client: { ...client, maxRedirects } })
            }
          />
        </div>
        <FieldErrors
          id={`${id}-rest`}
          errors={at('/site')
            .filter((e) => !ROUTE.test(e.path))
            .concat(errors.filter((e) => e.path === ''))}
        />
      </fieldset>
    </>
  );
});
