/**
 * Reading the `s` parameter of a custom scenario's link (`scenario=custom&s=<format>.<payload>`,
 * written by app/url/scenarioParam.ts). Links are forever: every format ever written keeps its
 * reader here, and its upgrade to the next format, so an old link opens as it did; one that
 * cannot says why (damaged, made by a newer Roundtrip, or a scenario the validator refuses).
 * Reading never throws and never runs long: the input is bounded before anything is decoded,
 * and everything after that is linear in it.
 */
import type { Scenario } from '../model';
import { SCENARIO_FORMAT } from '../url/scenarioParam';
import { validateScenario } from '../validation';

export type LinkProblem = 'damaged' | 'newer' | 'invalid';

export type LinkReading =
  | { ok: true; scenario: Scenario; format: number }
  | { ok: false; problem: LinkProblem; detail: string };

/** Longer than any scenario the validator allows (a 64 KiB body, base64), far below a hang. */
export const MAX_PARAM_LENGTH = 400_000;

export interface ScenarioFormat {
  /** The payload as the data of this format, or a thrown error when it is not. */
  read(payload: string): unknown;
  /** This format's data as the next format's (absent for the newest). */
  upgrade?(data: unknown): unknown;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** URL-safe base64 (RFC 4648 §5, padding optional) to bytes; throws when it is not. */
export function fromBase64Url(text: string): Uint8Array {
  const bare = text.replace(/=+$/, '');
  if (!BASE64URL.test(bare) || bare.length % 4 === 1) throw new Error('not base64url');
  const binary = atob(bare.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const readJson = (payload: string): unknown =>
  JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(payload)));

/** The fields format 2 added: the scenario's `tcp`, a route's `raw`. */
function fieldsAfterFormat1(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const o = data as { tcp?: unknown; site?: { resources?: unknown } };
  if (o.tcp !== undefined) return 'tcp';
  const resources = o.site?.resources;
  if (!Array.isArray(resources)) return null;
  return resources.some((r) => typeof r === 'object' && r !== null && 'raw' in r) ? 'raw' : null;
}

/**
 * Format 1: the scenario's JSON (src/scenarios/types.ts before the MSL, the initial RTO and a
 * route's response typed by hand), UTF-8, base64url. Its data is format 2's as it stands: format 2
 * only added optional fields. A format 1 link that holds one of them was never written by
 * Roundtrip, and format 1 refused it (an unknown field); it still does.
 */
const format1: ScenarioFormat = {
  read: readJson,
  upgrade: (data) => {
    const added = fieldsAfterFormat1(data);
    if (added) throw new Error(`format 1 has no field ${added}`);
    return data;
  },
};

/** Format 2: as format 1, with `tcp` (MSL, initial RTO) and a route's `raw` response. */
const format2: ScenarioFormat = { read: readJson };

/**
 * Every format by number. A change to the scenario's shape is a new format: the old one gains
 * an `upgrade` that turns its data into the new shape, and its reader stays.
 */
export const FORMATS: Readonly<Record<number, ScenarioFormat>> = { 1: format1, 2: format2 };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `s` as a scenario, or why not. `formats` and `current` are for tests of the upgrade chain. */
export function readScenarioParam(
  s: string,
  formats: Readonly<Record<number, ScenarioFormat>> = FORMATS,
  current: number = SCENARIO_FORMAT,
): LinkReading {
  if (s.length > MAX_PARAM_LENGTH) {
    return { ok: false, problem: 'damaged', detail: 'longer than any scenario' };
  }
  const match = /^(\d{1,6})\.(.*)$/s.exec(s);
  if (!match) return { ok: false, problem: 'damaged', detail: 'no format number' };
  const format = Number(match[1]);
  const payload = match[2] ?? '';
  if (format > current) {
    return { ok: false, problem: 'newer', detail: `format ${format}, newer than ${current}` };
  }
  const reader = formats[format];
  if (!reader) return { ok: false, problem: 'damaged', detail: `no format ${format}` };
  let data: unknown;
  try {
    data = reader.read(payload);
    for (let f = format; f < current; f++) {
      const upgrade = formats[f]?.upgrade;
      if (!upgrade) throw new Error(`format ${f} has no upgrade`);
      data = upgrade(data);
    }
  } catch (error) {
    return { ok: false, problem: 'damaged', detail: message(error) };
  }
  const checked = validateScenario(data);
  if (!checked.ok) {
    const first = checked.errors[0];
    return {
      ok: false,
      problem: 'invalid',
      detail: first ? `${first.path || '/'} ${first.message}` : 'refused',
    };
  }
  return { ok: true, scenario: checked.scenario, format };
}
