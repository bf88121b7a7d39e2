/** A scenario's title and one-line description from the catalogue, by id. */
import type { Profile, Timeline } from '../model';
import { type Catalogue, format, isMessageKey } from '../strings';

export function scenarioTitle(t: Catalogue, id: string): string {
  const key = `scenario.${id}.title`;
  return isMessageKey(key) ? t[key] : id;
}

/**
 * A scenario's description, in the words for the profile on screen where the profile changes
 * what happens (`scenario.<id>.desc.<profile>`): under `linux` the simultaneous close does not
 * reach CLOSING, and its description says why.
 */
export function scenarioDescription(t: Catalogue, id: string, profile?: Profile): string {
  const own = `scenario.${id}.desc.${profile}`;
  if (profile && isMessageKey(own)) return t[own];
  const key = `scenario.${id}.desc`;
  return isMessageKey(key) ? t[key] : t['scenario.unknown.desc'];
}

/** An address and its port as one: an IPv6 address in brackets (RFC 3986 §3.2.2). */
export const hostPort = (address: string, port: number) =>
  address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;

/**
 * An imported session's description, which names its connection by both ends: the Scenario
 * menu names it by its file alone, which a menu as wide as a phone shows whole.
 */
export function importedDescription(t: Catalogue, timeline: Timeline): string {
  return format(t, 'scenario.imported.desc', {
    client: hostPort(timeline.client.address, timeline.client.port),
    server: hostPort(timeline.server.address, timeline.server.port),
  });
}
