/**
 * Queueing disciplines (RTM_*QDISC): the egress rate a pod's interface may use, enforced by the
 * kernel as the link's root qdisc.
 *
 * A token bucket filter (tbf), not htb: one classless qdisc in one message caps everything the
 * link sends, which is exactly "this interface gets N Mbit/s". htb earns its three messages
 * (qdisc, class, default) only when classes share or borrow bandwidth, and a pod's interface has
 * one rate. The qdisc dies with the link (a child) or with the move home (a whole device: the
 * kernel resets a link's qdiscs when it changes namespace), so there is nothing to undo.
 */
import { MessageWriter, packHeader } from './netlink/attributes.ts';
import { HEADER_SIZE, NLM_F, RTM, TC_H, TC_LINKLAYER, TCA, TCA_TBF } from './netlink/constants.ts';
import type { NetlinkSocket } from './netlink/socket.ts';

const BYTES_PER_MBIT = 125_000;
/** struct tc_ratespec's rate is a u32 of bytes/s; above it (34.4 Gbit/s) TCA_TBF_RATE64 carries the rate. */
const U32_MAX = 0xffffffff;
const TC_RATESPEC_SIZE = 12;
/** struct tc_tbf_qopt: rate and peak rate (tc_ratespec each), limit, buffer, mtu (u32 each). */
const TC_TBF_QOPT_SIZE = 2 * TC_RATESPEC_SIZE + 12;
/** A GSO packet (64 KiB) fits the bucket whole, so tbf need not split it into segments. */
const MIN_BURST = 64 * 1024;
const MAX_BURST = 4 * 1024 * 1024;
/** Traffic the bucket may send at once: 4 ms at the rate, within the bounds above. */
const BURST_SECONDS = 0.004;
/** At most this much queueing delay before tbf drops (and TCP slows down); bounded in bytes too. */
const QUEUE_SECONDS = 0.02;
const MAX_QUEUE = 16 * 1024 * 1024;

export interface TokenBucket {
  rateBytesPerSecond: number;
  /** The bucket size: bytes sent back to back at line speed after an idle spell. */
  burstBytes: number;
  /** Bytes queued waiting for tokens; past it tbf drops. */
  limitBytes: number;
}

/** The token bucket for a rate in Mbit/s (10^6 bits, as link speeds and Kubernetes quantities count). */
export function tokenBucket(rateMbps: number): TokenBucket {
  const rateBytesPerSecond = Math.round(rateMbps * BYTES_PER_MBIT);
  const burstBytes = Math.min(Math.max(Math.round(rateBytesPerSecond * BURST_SECONDS), MIN_BURST), MAX_BURST);
  return { rateBytesPerSecond, burstBytes, limitBytes: burstBytes + Math.min(Math.round(rateBytesPerSecond * QUEUE_SECONDS), MAX_QUEUE) };
}

/** Replaces the link's root qdisc with a token bucket at rateMbps: what it may send, whatever the sender. */
export function setEgressRate(socket: NetlinkSocket, index: number, rateMbps: number, linkName: string): void {
  socket.execute(RTM.NEWQDISC, NLM_F.CREATE | NLM_F.REPLACE, encodeEgressRate(index, tokenBucket(rateMbps)),
    `set egress rate ${rateMbps} Mbit/s on ${linkName} (tbf)`);
}

export function encodeEgressRate(index: number, bucket: TokenBucket): Buffer {
  const rate = bucket.rateBytesPerSecond;
  // struct tc_tbf_qopt. A link-layer-aware rate (Ethernet) needs no rate table; the burst goes in
  // TCA_TBF_BURST as bytes, so the tick-based buffer and mtu fields stay 0.
  const qopt = Buffer.alloc(TC_TBF_QOPT_SIZE);
  qopt.writeUInt8(TC_LINKLAYER.ETHERNET, 1);
  qopt.writeUInt32LE(Math.min(rate, U32_MAX), 8);
  qopt.writeUInt32LE(bucket.limitBytes, 2 * TC_RATESPEC_SIZE);
  return new MessageWriter()
    .raw(tcmsg(index, 0, TC_H.ROOT))
    .string(TCA.KIND, 'tbf')
    .nested(TCA.OPTIONS, (options) => {
      options.bytes(TCA_TBF.PARMS, qopt);
      if (rate > U32_MAX) options.bytes(TCA_TBF.RATE64, u64(rate));
      options.u32(TCA_TBF.BURST, bucket.burstBytes);
    })
    .finish();
}

function u64(value: number): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(BigInt(value));
  return bytes;
}

/** struct tcmsg { u8 family; u8 pad1; u16 pad2; s32 ifindex; u32 handle; u32 parent; u32 info; } (handle 0: the kernel picks). */
function tcmsg(index: number, handle: number, parent: number): Buffer {
  return packHeader(HEADER_SIZE.tcmsg, [4, 4, index], [8, 4, handle], [12, 4, parent]);
}
