/** Parsed values from the text people write, for tests that build configs and snapshots by hand. */
import { type IpAddress, type IpPrefix, parseCidr, parseIp } from '../ip.ts';

export function cidr(text: string): IpPrefix {
  const prefix = parseCidr(text);
  if (!prefix) throw new Error(`not a CIDR: ${text}`);
  return prefix;
}

export function ipAddr(text: string): IpAddress {
  const address = parseIp(text);
  if (!address) throw new Error(`not an IP address: ${text}`);
  return address;
}
