/**
 * The workshop's form fields. A number field keeps the text as typed (an empty or half-typed
 * number is never rewritten) and passes on a number only when the text is one; what the
 * validator refuses for its path is shown beside it.
 */
import { useId, useState } from 'react';
import type { ScenarioError } from '../model';
import { useStrings } from '../store';
import { fill } from '../strings';
import { StateNames } from '../strings/StateNames';
import { strings } from './strings';
import { refusalText } from './words';

export function FieldErrors({ id, errors }: { id: string; errors: readonly ScenarioError[] }) {
  const s = useStrings(strings);
  if (errors.length === 0) return null;
  return (
    <p id={id} className="workshop-field-error">
      {errors.map((e, i) => (
        // A field is refused for one reason at a time, but a typed text that is not a number
        // comes before the validator's reason for the last number: one sentence each.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole on each change.
        <span key={i} className="workshop-field-reason">
          {fill(s.notAccepted, { reason: refusalText(s, e) })}
        </span>
      ))}
    </p>
  );
}

interface NumberProps {
  label: string;
  /** Undefined: the field starts empty (an optional number, whose default `help` names). */
  value: number | undefined;
  /** Shown value = value × scale (a loss rate in %, a bandwidth in Mbit/s). */
  scale?: number;
  min?: number;
  max?: number;
  step?: number | 'any';
  errors?: readonly ScenarioError[];
  onChange: (value: number) => void;
  /** For an optional number: what emptying the field does (else an empty field is refused). */
  onClear?: () => void;
  /** A sentence under the field. */
  help?: string;
  /** A warning about a value that is accepted but does nothing, shown as its error is. */
  note?: string;
}

const shown = (value: number | undefined, scale: number) =>
  value === undefined ? '' : String(Math.round(value * scale * 1e6) / 1e6);

/**
 * A refusal in the field's own unit: the validator names the scenario's numbers (bit/s, a
 * fraction), the field shows them scaled (Mbit/s, %), and so must its reason.
 */
function inUnit(error: ScenarioError, scale: number): ScenarioError {
  if (scale === 1) return error;
  const params = { ...error.params };
  for (const key of ['min', 'max']) {
    const v = params[key];
    if (typeof v === 'number') params[key] = shown(v, scale);
  }
  return { ...error, params };
}

export function NumberField({
  label,
  value,
  scale = 1,
  min,
  max,
  step = 'any',
  errors = [],
  onChange,
  onClear,
  help,
  note,
}: NumberProps) {
  const id = useId();
  const [text, setText] = useState(() => shown(value, scale));
  const [bad, setBad] = useState(false);
  const notNumber: ScenarioError = {
    path: '',
    code: 'not-number',
    params: {},
    message: 'must be a number',
  };
  const own = errors.map((e) => inUnit(e, scale));
  const all = bad ? [notNumber, ...own] : own;
  const described = [
    help ? `${id}-help` : '',
    note ? `${id}-note` : '',
    all.length > 0 ? `${id}-error` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="workshop-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={text}
        min={min}
        max={max}
        step={step}
        aria-invalid={all.length > 0}
        aria-describedby={described || undefined}
        onChange={(e) => {
          setText(e.target.value);
          const empty = e.target.value.trim() === '';
          if (empty && onClear) {
            setBad(false);
            onClear();
            return;
          }
          const n = empty ? Number.NaN : Number(e.target.value);
          setBad(!Number.isFinite(n));
          if (Number.isFinite(n)) onChange(n / scale);
        }}
      />
      {help && (
        <p id={`${id}-help`} className="workshop-help">
          <StateNames text={help} />
        </p>
      )}
      {note && (
        <p id={`${id}-note`} className="workshop-field-error">
          {note}
        </p>
      )}
      <FieldErrors id={`${id}-error`} errors={all} />
    </div>
  );
}

export function CheckField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="workshop-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}
