/**
 * What "Edit as a form" does with a keystroke, without React. The Request box's text is what is
 * simulated; a field writes into it only what reads back from it as typed. A field whose value
 * cannot be written (an empty header name, a target without its "/", a method with a space) keeps
 * the value as typed beside the text, with what is wrong, and the text keeps the last request
 * that could be sent: the form never rewrites what is typed, and the text never holds a request
 * the form made up.
 */
import type { RequestSpec, Scenario, ScenarioError } from '../model';
import { validateScenario } from '../validation';
import { type RequestErrorCode, readRequestText, requestToText } from './requestText';

/**
 * A field of the form: `method`, `target`, `body`, a header line's name or value
 * (`header:<row>:name`, `header:<row>:value`) or a form field's (`field:<row>:…`).
 */
export type FieldKey =
  | 'method'
  | 'target'
  | 'body'
  | `${'header' | 'field'}:${number}:${'name' | 'value'}`;

export type FieldProblem =
  /** The validator's refusal (src/scenarios/validate.ts), said by its code. */
  | { kind: 'refused'; error: ScenarioError }
  /** Written out, the request would not read: the reader's error code. */
  | {
      kind: 'unreadable';
      code: Exclude<RequestErrorCode, 'differs'>;
      /** The octets a body's length announces, and those it lacks, where the error counts them. */
      length?: number;
      missing?: number;
    }
  /** A Content-Length line: the client computes it from the body (RFC 9112 §6.2). */
  | { kind: 'computed' }
  /** The client would send something else than what is typed. */
  | { kind: 'not-as-typed' };

/**
 * A field's value as typed where the text holds another: one that cannot be written (`problem`),
 * or a header value with spaces at its ends, which the text holds without them (RFC 9110 §5.5:
 * they are not part of the value) while the field keeps them, so that a space typed between two
 * words is not taken away before the second.
 */
export interface PendingField {
  value: string;
  problem: FieldProblem | null;
}

export type PendingFields = Readonly<Partial<Record<FieldKey, PendingField>>>;

const FORM_TYPE = 'application/x-www-form-urlencoded';

export const isFormBody = (spec: RequestSpec) =>
  (spec.headers ?? []).some(
    ([n, v]) => n.toLowerCase() === 'content-type' && v.toLowerCase().startsWith(FORM_TYPE),
  );

const formFields = (spec: RequestSpec): [string, string][] => [
  ...new URLSearchParams(spec.body ?? ''),
];

function rowKey(key: FieldKey): { list: 'header' | 'field'; row: number; part: 0 | 1 } | null {
  const m = /^(header|field):(\d+):(name|value)$/.exec(key);
  if (!m) return null;
  return {
    list: m[1] as 'header' | 'field',
    row: Number(m[2]),
    part: m[3] === 'name' ? 0 : 1,
  };
}

/** The value the request holds for a field, or undefined where it has no such field. */
export function fieldOf(spec: RequestSpec, key: FieldKey): string | undefined {
  if (key === 'method') return spec.method;
  if (key === 'target') return spec.target;
  if (key === 'body') return spec.body ?? '';
  const at = rowKey(key);
  if (!at) return undefined;
  const rows = at.list === 'header' ? (spec.headers ?? []) : formFields(spec);
  return rows[at.row]?.[at.part];
}

/** The request with one field set to `value`. */
export function withField(spec: RequestSpec, key: FieldKey, value: string): RequestSpec {
  if (key === 'method') return { ...spec, method: value };
  if (key === 'target') return { ...spec, target: value };
  if (key === 'body') return withBody(spec, value);
  const at = rowKey(key);
  if (!at) return spec;
  const set = (rows: readonly [string, string][]) =>
    rows.map((r, i): [string, string] =>
      i !== at.row ? r : at.part === 0 ? [value, r[1]] : [r[0], value],
    );
  return at.list === 'header'
    ? withHeaders(spec, set(spec.headers ?? []))
    : withBody(spec, new URLSearchParams(set(formFields(spec))).toString());
}

export const withHeaders = (spec: RequestSpec, rows: [string, string][]): RequestSpec => {
  const { headers: _old, ...rest } = spec;
  return rows.length > 0 ? { ...rest, headers: rows } : rest;
};

const withBody = (spec: RequestSpec, body: string): RequestSpec => {
  const { body: _old, ...rest } = spec;
  return body === '' ? rest : { ...rest, body };
};

export const withFormFields = (spec: RequestSpec, rows: [string, string][]) =>
  withBody(spec, new URLSearchParams(rows).toString());

/** RFC 9110 §5.5: the whitespace at a field value's ends is not part of it. */
const trimOws = (value: string) => value.replace(/^[ \t]+|[ \t]+$/g, '');

/** The request as the text reads it back: header values without OWS, computed lines left out. */
function comparable(spec: RequestSpec) {
  return {
    method: spec.method,
    target: spec.target,
    version: spec.version ?? 'HTTP/1.1',
    headers: (spec.headers ?? [])
      .filter(([name]) => name.toLowerCase() !== 'content-length')
      .map(([name, value]) => [name, trimOws(value)]),
    body: spec.body ?? '',
  };
}

export type FieldAttempt = { ok: true; text: string } | { ok: false; problem: FieldProblem };

/**
 * Whether `candidate` (the request with field `key` changed) can be written into the Request
 * box, and its text if so. `base` is the scenario the request belongs to, for the validator.
 */
export function attemptField(
  base: Scenario,
  candidate: RequestSpec,
  key: FieldKey,
  host: string,
): FieldAttempt {
  const at = rowKey(key);
  if (at?.list === 'header' && candidate.headers?.[at.row]?.[0].toLowerCase() === 'content-length')
    return { ok: false, problem: { kind: 'computed' } };
  const checked = validateScenario({ ...base, requests: [candidate] });
  if (!checked.ok) {
    const refusal = checked.errors.find(
      (e) => e.path === '/requests/0' || e.path.startsWith('/requests/0/'),
    );
    if (refusal) return { ok: false, problem: { kind: 'refused', error: refusal } };
  }
  let text: string;
  try {
    text = requestToText(candidate, host);
  } catch {
    return { ok: false, problem: { kind: 'not-as-typed' } };
  }
  const read = readRequestText(text);
  if (!read.ok) {
    // `differs`: the text reads, but the client would write it otherwise.
    return read.error.code === 'differs'
      ? { ok: false, problem: { kind: 'not-as-typed' } }
      : {
          ok: false,
          problem: {
            kind: 'unreadable',
            code: read.error.code,
            ...(read.error.length === undefined ? {} : { length: read.error.length }),
            ...(read.error.missing === undefined ? {} : { missing: read.error.missing }),
          },
        };
  }
  if (JSON.stringify(comparable(read.spec)) !== JSON.stringify(comparable(candidate)))
    return { ok: false, problem: { kind: 'not-as-typed' } };
  return { ok: true, text };
}

/** What a field shows: the value as typed while it is pending and still meant, else the text's. */
export function shownField(spec: RequestSpec, key: FieldKey, pending: PendingFields): string {
  const held = pending[key];
  const now = fieldOf(spec, key);
  if (held && (held.problem !== null || trimOws(held.value) === now)) return held.value;
  return now ?? '';
}

/** Whether any field holds a value that cannot be written. */
export const hasProblem = (pending: PendingFields | undefined) =>
  Object.values(pending ?? {}).some((p) => p?.problem);

/** The pending fields after a field was typed: `attempt` says whether it went into the text. */
export function afterTyping(
  pending: PendingFields,
  key: FieldKey,
  value: string,
  attempt: FieldAttempt,
): PendingFields {
  const { [key]: _old, ...rest } = pending;
  if (!attempt.ok) return { ...rest, [key]: { value, problem: attempt.problem } };
  // Written with its spaces taken off (a header value): the field keeps them as typed.
  return trimOws(value) !== value ? { ...rest, [key]: { value, problem: null } } : rest;
}

/** The other half of a row's field (its value for its name, and back), or null for the rest. */
function otherHalf(key: FieldKey): FieldKey | null {
  const at = rowKey(key);
  return at ? `${at.list}:${at.row}:${at.part === 0 ? 'value' : 'name'}` : null;
}

/**
 * A keystroke in field `key`: the request's new text, or null where the change cannot be
 * written, and the fields held as typed after it. A row (a header line, a form field) is written
 * whole, as the form shows it: a value typed beside a name held as refused is tried with that
 * name, never put on the name the text still has (the last row that read, such as "Add"'s
 * `X-Example`). Until the row as typed can be sent, all of it stays out of the text, which keeps
 * the last request that read, and both halves keep what was typed.
 */
export function typeField(
  base: Scenario,
  spec: RequestSpec,
  pending: PendingFields,
  key: FieldKey,
  value: string,
  host: string,
): { text: string | null; pending: PendingFields } {
  const other = otherHalf(key);
  const held = other === null ? undefined : pending[other];
  const row = other !== null && held ? withField(spec, other, held.value) : spec;
  const attempt = attemptField(base, withField(row, key, value), key, host);
  let next = afterTyping(pending, key, value, attempt);
  if (attempt.ok && other !== null && held) {
    // The held half went into the text with the row: it is held no longer, but for the spaces
    // at a value's ends, which the field keeps as typed (`afterTyping`).
    const { [other]: _written, ...rest } = next;
    next = afterTyping(rest, other, held.value, attempt);
  }
  return { text: attempt.ok ? attempt.text : null, pending: next };
}

/**
 * The pending fields after rows of one list were removed or moved: `to(row)` is a row's new
 * place, or null when it was removed.
 */
export function afterRows(
  pending: PendingFields,
  list: 'header' | 'field',
  to: (row: number) => number | null,
): PendingFields {
  const out: Partial<Record<FieldKey, PendingField>> = {};
  for (const [key, held] of Object.entries(pending) as [FieldKey, PendingField][]) {
    const at = rowKey(key);
    if (!at || at.list !== list) {
      out[key] = held;
      continue;
    }
    const row = to(at.row);
    if (row !== null) out[`${list}:${row}:${at.part === 0 ? 'name' : 'value'}`] = held;
  }
  return out;
}

/** The values the pending fields hold as typed, by key: what the draft keeps of them. */
export function heldValues(pending: PendingFields): Record<string, string> {
  return Object.fromEntries(
    Object.entries(pending).flatMap(([key, held]) => (held ? [[key, held.value]] : [])),
  );
}

/**
 * The pending fields of a request read back from its draft's held values: each value tried
 * again on the request as it is (`attemptField`), so that why it is refused is said anew.
 */
export function restoredFields(
  base: Scenario,
  spec: RequestSpec,
  values: Readonly<Record<string, string>>,
  host: string,
): PendingFields {
  let pending: PendingFields = {};
  for (const [key, value] of Object.entries(values) as [FieldKey, string][]) {
    pending = typeField(base, spec, pending, key, value, host).pending;
  }
  return pending;
}
