/**
 * networking.k8s.io/v1 IPAddress as the real API server validates it (pkg/apis/networking/
 * validation): the name is an IP address in canonical form (IPv4 without leading zeros, IPv6 as
 * RFC 5952 writes it, IPv4-mapped IPv6 as ::ffff:a.b.c.d), spec.parentRef is required with a
 * resource and a name, and the spec is immutable. Uniqueness is the name's: a second create of
 * one address is AlreadyExists, which is what allocators built on it rely on.
 */
import { isIP } from 'node:net';
import { formatIp, parseIp } from '../../netops/ip.ts';
import { isJsonObject, type Json } from './patch.ts';
import { isDnsLabel, isDnsSubdomain } from './validation.ts';

export function validateIpAddress(object: { [key: string]: Json }): string[] {
  const metadata = isJsonObject(object.metadata) ? object.metadata : {};
  const name = typeof metadata.name === 'string' ? metadata.name : '';
  const problems = isCanonicalIp(name) ? [] : [`metadata.name: Invalid value: "${name}": must be a canonical format IP address`];
  const spec = isJsonObject(object.spec) ? object.spec : undefined;
  const parentRef = spec && isJsonObject(spec.parentRef) ? spec.parentRef : undefined;
  if (!parentRef) return [...problems, 'spec.parentRef: Required value'];
  for (const field of ['resource', 'name'] as const) {
    const value = parentRef[field];
    if (typeof value !== 'string' || value === '') problems.push(`spec.parentRef.${field}: Required value`);
    else if (value === '.' || value === '..' || /[/%]/.test(value)) problems.push(`spec.parentRef.${field}: Invalid value: "${value}": may not be '.' or '..' or contain '/' or '%'`);
  }
  if (typeof parentRef.group === 'string' && parentRef.group !== '' && !isDnsSubdomain(parentRef.group)) problems.push('spec.parentRef.group: Invalid value: must be a DNS subdomain');
  if (typeof parentRef.namespace === 'string' && parentRef.namespace !== '' && !isDnsLabel(parentRef.namespace)) problems.push('spec.parentRef.namespace: Invalid value: must be a DNS label');
  return problems;
}

export function validateIpAddressUpdate(before: { [key: string]: Json }, after: { [key: string]: Json }): string[] {
  return JSON.stringify(before.spec) === JSON.stringify(after.spec) ? [] : ['spec: Invalid value: field is immutable'];
}

function isCanonicalIp(name: string): boolean {
  const parsed = parseIp(name);
  if (!parsed || isIP(name) === 0) return false;
  const mapped = parsed.bytes.length === 16 && parsed.bytes.subarray(0, 10).every((byte) => byte === 0) && parsed.bytes.readUInt16BE(10) === 0xffff;
  // Go's netip prints an IPv4-mapped address with its IPv4 part dotted.
  const canonical = mapped ? `::ffff:${formatIp(2, parsed.bytes.subarray(12))}` : formatIp(parsed.family, parsed.bytes);
  return canonical === name;
}
