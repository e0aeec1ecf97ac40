/**
 * The addresses one pool can hand out in one family, as an index space: the ranges' usable
 * addresses in order, minus gateways and exclusions, minus what an earlier range of the pool
 * already covers. Pure arithmetic on BigInt, so an IPv6 /64 costs no more than an IPv4 /29.
 */
import { createHash } from 'node:crypto';
import { AF_INET, formatIp, type Family, type IpPrefix } from '../../netops/ip.ts';
import type { IpPool, IpPoolRange } from '../apis/ip-pool.ts';

interface Segment {
  first: bigint;
  last: bigint;
  range: IpPoolRange;
}

export interface FamilySpace {
  family: Family;
  segments: Segment[];
  /** How many addresses the pool can hand out in this family. */
  size: bigint;
}

/** One address of the space: its canonical text (the IPAddress object's name) and its prefix. */
export interface SpaceAddress {
  index: bigint;
  /** Canonical text: the name of the IPAddress object that claims it. */
  name: string;
  /** The address with its range's prefix length, as the pod's interface gets it. */
  prefix: IpPrefix;
  range: IpPoolRange;
}

export function familySpace(pool: IpPool, family: Family): FamilySpace {
  const width = family === AF_INET ? 32 : 128;
  const ranges = pool.ranges.filter((range) => range.subnet.family === family);
  const holes: Array<[bigint, bigint]> = [
    ...ranges.flatMap((range) => (range.gateway ? [[toBig(range.gateway.bytes), toBig(range.gateway.bytes)] as [bigint, bigint]] : [])),
    ...(pool.exclude ?? []).filter((prefix) => prefix.family === family).map((prefix) => bounds(prefix, width)),
  ];
  const segments: Segment[] = [];
  for (const range of ranges) {
    const [first, last] = usable(range, width);
    // An earlier range's addresses are not counted twice.
    const taken = [...holes, ...segments.map((segment): [bigint, bigint] => [segment.first, segment.last])];
    for (const [from, to] of subtract([[first, last]], taken)) segments.push({ first: from, last: to, range });
  }
  return { family, segments, size: segments.reduce((sum, segment) => sum + segment.last - segment.first + 1n, 0n) };
}

export function addressAt(space: FamilySpace, index: bigint): SpaceAddress {
  let offset = index;
  for (const segment of space.segments) {
    const length = segment.last - segment.first + 1n;
    if (offset < length) {
      const bytes = fromBig(segment.first + offset, space.family === AF_INET ? 4 : 16);
      return { index, name: formatIp(space.family, bytes), prefix: { family: space.family, bytes, prefixLength: segment.range.subnet.prefixLength }, range: segment.range };
    }
    offset -= length;
  }
  throw new RangeError(`index ${index} is outside the pool's ${space.size} addresses`);
}

/**
 * The first address from `from` on (wrapping around) that `isBlocked` does not refuse. Every
 * refused step is a distinct blocked address, so the scan takes at most `blockedCount + 1` steps
 * however large the pool: undefined when that many found nothing, or the space has no more.
 */
export function findFree(space: FamilySpace, from: bigint, isBlocked: (name: string) => boolean, blockedCount: number): SpaceAddress | undefined {
  if (space.size === 0n) return undefined;
  const steps = space.size < BigInt(blockedCount + 1) ? space.size : BigInt(blockedCount + 1);
  for (let step = 0n; step < steps; step++) {
    const candidate = addressAt(space, (from + step) % space.size);
    if (!isBlocked(candidate.name)) return candidate;
  }
  return undefined;
}

/**
 * Where a node starts looking in a pool: spread by a hash of node, pool and family, so agents on
 * different nodes rarely reach for the same free address at the same moment (each collision costs
 * an API round trip), and the same on every restart of one node.
 */
export function startIndex(space: FamilySpace, seed: string): bigint {
  if (space.size === 0n) return 0n;
  const digest = createHash('sha256').update(seed).digest();
  return digest.readBigUInt64BE(0) % space.size;
}

/** The usable span of a range: start/end when given, else the subnet without its network address (and, IPv4, broadcast). */
function usable(range: IpPoolRange, width: number): [bigint, bigint] {
  const [network, broadcast] = bounds(range.subnet, width);
  const hostBits = width - range.subnet.prefixLength;
  const first = range.start ? toBig(range.start.bytes) : hostBits > 1 ? network + 1n : network;
  const last = range.end ? toBig(range.end.bytes) : hostBits > 1 && width === 32 ? broadcast - 1n : broadcast;
  return [first, last];
}

function bounds(prefix: IpPrefix, width: number): [bigint, bigint] {
  const hostMask = (1n << BigInt(width - prefix.prefixLength)) - 1n;
  const network = toBig(prefix.bytes) & ~hostMask;
  return [network, network | hostMask];
}

function subtract(spans: Array<[bigint, bigint]>, holes: ReadonlyArray<[bigint, bigint]>): Array<[bigint, bigint]> {
  let result = spans;
  for (const [holeFirst, holeLast] of holes) {
    result = result.flatMap(([first, last]): Array<[bigint, bigint]> => {
      if (holeLast < first || holeFirst > last) return [[first, last]];
      return [
        ...(holeFirst > first ? [[first, holeFirst - 1n] as [bigint, bigint]] : []),
        ...(holeLast < last ? [[holeLast + 1n, last] as [bigint, bigint]] : []),
      ];
    });
  }
  return result;
}

function toBig(bytes: Buffer): bigint {
  return BigInt(`0x${bytes.toString('hex') || '0'}`);
}

function fromBig(value: bigint, length: number): Buffer {
  return Buffer.from(value.toString(16).padStart(length * 2, '0'), 'hex');
}
