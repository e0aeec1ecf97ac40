/**
 * IP addresses and prefixes as the kernel wants them (family + raw bytes), parsed once from the
 * strings users write. Node's net.isIP decides what is valid; this module only converts.
 */
import { isIPv4, isIPv6 } from 'node:net';

export const AF_INET = 2;
export const AF_INET6 = 10;
export type Family = typeof AF_INET | typeof AF_INET6;

export interface IpAddress {
  family: Family;
  bytes: Buffer;
}

export interface IpPrefix extends IpAddress {
  prefixLength: number;
}

export function parseIp(text: string): IpAddress | undefined {
  // Buffer.alloc, not Buffer.from: a parsed address may live as long as its prepared claim, and a
  // pooled 4-byte view would keep a whole 8 KiB pool slab alive with it.
  if (isIPv4(text)) {
    const bytes = Buffer.alloc(4);
    bytes.set(text.split('.').map(Number));
    return { family: AF_INET, bytes };
  }
  if (!isIPv6(text)) return undefined;
  return { family: AF_INET6, bytes: ipv6Bytes(text) };
}

/** "10.0.0.1/24" → address 10.0.0.1 with prefix 24 (host bits are kept: it is an interface address). */
export function parseCidr(text: string): IpPrefix | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const address = parseIp(text.slice(0, slash));
  const lengthText = text.slice(slash + 1);
  if (!address || !/^\d{1,3}$/.test(lengthText)) return undefined;
  const prefixLength = Number(lengthText);
  if (prefixLength > address.bytes.length * 8) return undefined;
  return { ...address, prefixLength };
}

export function formatIp(family: number, bytes: Buffer): string {
  if (family === AF_INET) return Array.from(bytes.subarray(0, 4)).join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(bytes.readUInt16BE(i).toString(16));
  // RFC 5952: compress the longest run (≥ 2) of zero groups.
  let bestStart = -1, bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== '0') { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLength) { bestStart = i; bestLength = j - i; }
    i = j;
  }
  if (bestStart < 0) return groups.join(':');
  return `${groups.slice(0, bestStart).join(':')}::${groups.slice(bestStart + bestLength).join(':')}`;
}

export function formatCidr(prefix: IpPrefix): string {
  return `${formatIp(prefix.family, prefix.bytes)}/${prefix.prefixLength}`;
}

/** The network part only: 10.0.0.7/24 → 10.0.0.0/24 (what a route destination means). */
export function networkOf(prefix: IpPrefix): IpPrefix {
  const bytes = Buffer.from(prefix.bytes);
  for (let bit = prefix.prefixLength; bit < bytes.length * 8; bit++) {
    bytes[bit >> 3]! &= ~(0x80 >> (bit & 7));
  }
  return { family: prefix.family, bytes, prefixLength: prefix.prefixLength };
}

export function prefixContains(prefix: IpPrefix, address: IpAddress): boolean {
  if (prefix.family !== address.family) return false;
  return networkOf(prefix).bytes.equals(networkOf({ ...address, prefixLength: prefix.prefixLength }).bytes);
}

function ipv6Bytes(text: string): Buffer {
  let head = text;
  let tailV4: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.', lastColon)) {
    tailV4 = text.slice(lastColon + 1).split('.').map(Number);
    head = text.slice(0, lastColon + 1) + '0:0';
  }
  const [left = '', right] = head.split('::');
  const leftGroups = left === '' ? [] : left.split(':');
  const rightGroups = right === undefined || right === '' ? [] : right.split(':');
  const zeros = 8 - leftGroups.length - rightGroups.length;
  const groups = [...leftGroups, ...Array<string>(right === undefined ? 0 : zeros).fill('0'), ...rightGroups];
  const bytes = Buffer.alloc(16);
  groups.forEach((group, index) => bytes.writeUInt16BE(parseInt(group, 16), index * 2));
  if (tailV4.length === 4) Buffer.from(tailV4).copy(bytes, 12);
  return bytes;
}
