/**
 * The host networking a test containerd touches through the bridge CNI: a pod subnet that
 * collides with nothing the host routes, the bridge it leaves behind, and the
 * net.ipv4.ip_forward switch it flips.
 */
import { execFile } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { formatCidr, networkOf, parseCidr, prefixContains } from '../../netops/ip.ts';
import type { IpPrefix } from '../../netops/ip.ts';

const run = promisify(execFile);
const ipForwardPath = '/proc/sys/net/ipv4/ip_forward';

export function prefixesOverlap(a: IpPrefix, b: IpPrefix): boolean {
  return prefixContains(a, b) || prefixContains(b, a);
}

/** A random 10.x.y.0/24 above 10.200/16 that overlaps none of `occupied`; bounded tries. */
export function chooseFreeSubnet(occupied: readonly IpPrefix[], pickByte: (below: number) => number = randomInt): string {
  const attempts = 200;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const candidate = parseCidr(`10.${200 + pickByte(56)}.${pickByte(256)}.0/24`)!;
    if (!occupied.some((prefix) => prefixesOverlap(prefix, candidate))) return formatCidr(candidate);
  }
  throw new Error(`no free /24 in 10.200.0.0/13 after ${attempts} tries`);
}

interface IpJsonRoute { dst: string }
interface IpJsonAddress { addr_info: { family: string; local: string; prefixlen: number }[] }

/** Every IPv4 prefix the host routes or owns, except default routes (which contain everything). */
export async function hostIpv4Prefixes(): Promise<IpPrefix[]> {
  const routes = JSON.parse((await run('ip', ['-j', '-4', 'route', 'show', 'table', 'all'])).stdout) as IpJsonRoute[];
  const addresses = JSON.parse((await run('ip', ['-j', '-4', 'address', 'show'])).stdout) as IpJsonAddress[];
  const texts = [
    ...routes.map((route) => route.dst).filter((dst) => dst !== 'default').map((dst) => (dst.includes('/') ? dst : `${dst}/32`)),
    ...addresses.flatMap((link) => link.addr_info.filter((info) => info.family === 'inet').map((info) => `${info.local}/${info.prefixlen}`)),
  ];
  return texts.map((text) => parseCidr(text)).filter((prefix): prefix is IpPrefix => prefix !== undefined).map(networkOf);
}

export function readIpForward(): string {
  return readFileSync(ipForwardPath, 'utf8').trim();
}

export function restoreIpForward(value: string): void {
  if (readIpForward() !== value) writeFileSync(ipForwardPath, value);
}

export async function linkExists(name: string): Promise<boolean> {
  try {
    await run('ip', ['link', 'show', 'dev', name]);
    return true;
  } catch {
    return false;
  }
}

export async function deleteLinkIfPresent(name: string): Promise<void> {
  if (await linkExists(name)) await run('ip', ['link', 'delete', 'dev', name]);
}
