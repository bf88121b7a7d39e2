/**
 * The `s` parameter that carries a custom scenario (`scenario=custom&s=<…>`), the writing side:
 * `<format>.<payload>`, the payload the scenario's JSON in UTF-8 as URL-safe base64 (RFC 4648
 * §5, no padding). The format number says how to read the payload; a reader keeps every format
 * it ever wrote (app/workshop/link.ts), so that a link opens as it did when it was made.
 * This half is in the first load (the URL is written from it); reading is loaded with the
 * workshop.
 */
import type { Scenario } from '../model';

/**
 * The format this build writes. A new format gets a new number and a reader; old ones stay.
 * 2: the scenario's `tcp` (MSL, initial RTO) and a route's `raw` response (app/workshop/link.ts).
 */
export const SCENARIO_FORMAT = 2;

/** Bytes as URL-safe base64 without padding (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

// Each scenario object is encoded once, however often the URL is written.
const encoded = new WeakMap<Scenario, string>();

export function encodeScenarioParam(scenario: Scenario): string {
  const known = encoded.get(scenario);
  if (known !== undefined) return known;
  const payload = toBase64Url(new TextEncoder().encode(JSON.stringify(scenario)));
  const value = `${SCENARIO_FORMAT}.${payload}`;
  encoded.set(scenario, value);
  return value;
}
