/** Permanent neighbour entries (RTM_*NEIGH): static ARP / NDP entries a pod should start with. */
import { formatIp, type IpAddress } from './ip.ts';
import { MessageWriter, packHeader } from './netlink/attributes.ts';
import { HEADER_SIZE, NDA, NLM_F, NUD, RTM } from './netlink/constants.ts';
import type { NetlinkSocket } from './netlink/socket.ts';
import { parseMac } from './mac.ts';

/** A static neighbour entry: this address is at this MAC. */
export interface Neighbor {
  destination: IpAddress;
  hardwareAddr: string;
}

export function addPermanentNeighbor(socket: NetlinkSocket, index: number, destination: IpAddress, mac: string, linkName: string): void {
  const body = new MessageWriter()
    .raw(ndmsg(destination.family, index, NUD.PERMANENT))
    .bytes(NDA.DST, destination.bytes)
    .bytes(NDA.LLADDR, parseMac(mac))
    .finish();
  socket.execute(RTM.NEWNEIGH, NLM_F.CREATE | NLM_F.REPLACE, body,
    `add neighbour ${formatIp(destination.family, destination.bytes)} lladdr ${mac} on ${linkName}`);
}

/** struct ndmsg { u8 family; u8 pad1; u16 pad2; s32 ifindex; u16 state; u8 flags; u8 type; } */
function ndmsg(family: number, index: number, state: number): Buffer {
  return packHeader(HEADER_SIZE.ndmsg, [0, 1, family], [4, 4, index], [8, 2, state]);
}
