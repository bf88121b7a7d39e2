/** The Host field's value (RFC 9110 §7.2), also the authority-form of a CONNECT target. */
import { type Fault, fault } from './errors';

/**
 * RFC 9110 §7.2: Host = uri-host [ ":" port ]; RFC 3986 §3.2.2, §3.2.3:
 *   uri-host = IP-literal / IPv4address / reg-name
 *   reg-name = *( unreserved / pct-encoded / sub-delims )
 *   port     = *DIGIT
 * Simplification: an IP-literal is checked for its brackets and characters, not
 * for the full IPv6address grammar.
 */
export function hostFault(
  value: string,
  at: number,
  requirePort: boolean,
  code: 'invalid-host' | 'invalid-request-target' = 'invalid-host',
): Fault | null {
  let hostEnd: number;
  if (value.startsWith('[')) {
    hostEnd = value.indexOf(']') + 1;
    if (hostEnd === 0 || !/^\[[0-9A-Za-z:._~!$&'()*+,;=-]+\]$/.test(value.slice(0, hostEnd))) {
      return fault(code, at, `"${value}" is not a valid host: an IP literal needs "[...]".`);
    }
  } else {
    hostEnd = value.indexOf(':');
    if (hostEnd < 0) hostEnd = value.length;
    if (!/^(?:[A-Za-z0-9._~!$&'()*+,;=-]|%[0-9A-Fa-f]{2})*$/.test(value.slice(0, hostEnd))) {
      return fault(code, at, `"${value}" is not a valid host name (RFC 3986 reg-name).`);
    }
  }
  const rest = value.slice(hostEnd);
  const portOk = requirePort ? /^:[0-9]+$/.test(rest) : /^(?::[0-9]*)?$/.test(rest);
  if (!portOk) {
    const expected = requirePort ? 'host:port' : 'host or host:port';
    return fault(code, at, `"${value}" is not ${expected} with a decimal port.`);
  }
  return null;
}
