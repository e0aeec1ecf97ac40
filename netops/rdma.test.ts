/**
 * RDMA netlink without RDMA hardware: a C program written against the kernel's UAPI headers
 * (rdma/rdma_netlink.h, linux/netlink.h) builds the requests we must send and the replies the
 * kernel would give; our encoder must produce the same bytes and our decoder read theirs.
 */
import { fstatSync, statSync } from 'node:fs';
import { Attributes, MessageWriter } from './netlink/attributes.ts';
import { NLM_F, NLMSG, RDMA_NLDEV, RDMA_NLDEV_ATTR, RDMA_NLDEV_CMD, RDMA_NLDEV_SYS_ATTR, rdmaMessageType } from './netlink/constants.ts';
import { decodeMessages, encodeMessage } from './netlink/message.ts';
import type { SocketTransport } from './netlink/socket.ts';
import {
  attachRdmaDevice, decodeCharDeviceName, decodeNetnsMode, decodeRdmaDevice, decodeRdmaPort, encodeCharDeviceQuery, encodeMove, encodeNetnsMode,
  openRdmaSocket, returnRdmaDevice,
} from './rdma.ts';
import { compileOracle } from './test/c-oracle.ts';
import { KernelFixture } from './test/kernel-fixtures.ts';

const oracleSource = String.raw`
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <linux/netlink.h>
#include <rdma/rdma_netlink.h>

static unsigned char buf[4096];
static size_t len;
static struct nlmsghdr *begin(uint16_t type, uint16_t flags, uint32_t seq) {
  struct nlmsghdr *h = (struct nlmsghdr *)(buf + len);
  memset(h, 0, NLMSG_HDRLEN);
  h->nlmsg_type = type; h->nlmsg_flags = flags; h->nlmsg_seq = seq; h->nlmsg_len = NLMSG_HDRLEN;
  len += NLMSG_HDRLEN;
  return h;
}
static void attr(struct nlmsghdr *h, uint16_t type, const void *data, uint16_t size) {
  struct nlattr *a = (struct nlattr *)(buf + len);
  a->nla_type = type; a->nla_len = NLA_HDRLEN + size;
  memset(buf + len + NLA_HDRLEN, 0, NLA_ALIGN(size));
  memcpy(buf + len + NLA_HDRLEN, data, size);
  len += NLA_HDRLEN + NLA_ALIGN(size);
  h->nlmsg_len = (uint32_t)(buf + len - (unsigned char *)h);
}
static void dump(const char *name) {
  printf("%s=", name);
  for (size_t i = 0; i < len; i++) printf("%02x", buf[i]);
  printf("\n");
  len = 0;
}
int main(void) {
  uint32_t dev = 3, fd = 42, zero = 0; uint8_t exclusive = 0, shared = 1;
  struct nlmsghdr *h = begin(RDMA_NL_GET_TYPE(RDMA_NL_NLDEV, RDMA_NLDEV_CMD_SET), NLM_F_REQUEST | NLM_F_ACK, 7);
  attr(h, RDMA_NLDEV_ATTR_DEV_INDEX, &dev, 4); attr(h, RDMA_NLDEV_NET_NS_FD, &fd, 4);
  dump("move");
  h = begin(RDMA_NL_GET_TYPE(RDMA_NL_NLDEV, RDMA_NLDEV_CMD_SYS_SET), NLM_F_REQUEST | NLM_F_ACK, 8);
  attr(h, RDMA_NLDEV_SYS_ATTR_NETNS_MODE, &exclusive, 1);
  dump("exclusive");
  h = begin(RDMA_NL_GET_TYPE(RDMA_NL_NLDEV, RDMA_NLDEV_CMD_GET), NLM_F_REQUEST | NLM_F_DUMP, 9);
  dump("list");
  /* A dump reply as the kernel sends it: two devices with more attributes than we read, then DONE. */
  h = begin(RDMA_NL_GET_TYPE(RDMA_NL_NLDEV, RDMA_NLDEV_CMD_GET), NLM_F_MULTI, 9);
  attr(h, RDMA_NLDEV_ATTR_DEV_INDEX, &zero, 4); attr(h, RDMA_NLDEV_ATTR_DEV_NAME, "mlx5_0", 7);
  attr(h, RDMA_NLDEV_ATTR_FW_VERSION, "28.39.1002", 11);
  h = begin(RDMA_NL_GET_TYPE(RDMA_NL_NLDEV, RDMA_NLDEV_CMD_GET), NLM_F_MULTI, 9);
  attr(h, RDMA_NLDEV_ATTR_DEV_INDEX, &dev, 4); attr(h, RDMA_NLDEV_ATTR_DEV_NAME, "rocep1s0f1", 11);
  h = begin(NLMSG_DONE, NLM_F_MULTI, 9); attr(h, 0, &zero, 0); h->nlmsg_len = NLMSG_HDRLEN + 4; len += 4;
  dump("devices");
  h = begin(RDMA_NL_GET_TYPE(RDMA_NL_NLDEV, RDMA_NLDEV_CMD_SYS_GET), 0, 10);
  attr(h, RDMA_NLDEV_SYS_ATTR_NETNS_MODE, &shared, 1);
  dump("mode");
  h = begin(RDMA_NL_GET_TYPE(RDMA_NL_NLDEV, RDMA_NLDEV_CMD_GET_CHARDEV), NLM_F_REQUEST | NLM_F_ACK, 11);
  attr(h, RDMA_NLDEV_ATTR_DEV_INDEX, &dev, 4); attr(h, RDMA_NLDEV_ATTR_CHARDEV_TYPE, "uverbs", 7);
  dump("chardevQuery");
  /* A port dump reply: port 1 of device 3 over netdev 7, with the attributes we do not read. */
  uint32_t port = 1, ndev = 7; uint64_t guid = 0x0002c9fffe000001ULL, devt = (231ULL << 20) | 192, abi = 6;
  h = begin(RDMA_NL_GET_TYPE(RDMA_NL_NLDEV, RDMA_NLDEV_CMD_PORT_GET), NLM_F_MULTI, 12);
  attr(h, RDMA_NLDEV_ATTR_DEV_INDEX, &dev, 4); attr(h, RDMA_NLDEV_ATTR_DEV_NAME, "rxe0", 5);
  attr(h, RDMA_NLDEV_ATTR_PORT_INDEX, &port, 4); attr(h, RDMA_NLDEV_ATTR_SUBNET_PREFIX, &guid, 8);
  attr(h, RDMA_NLDEV_ATTR_NDEV_INDEX, &ndev, 4); attr(h, RDMA_NLDEV_ATTR_NDEV_NAME, "r0", 3);
  dump("port");
  h = begin(RDMA_NL_GET_TYPE(RDMA_NL_NLDEV, RDMA_NLDEV_CMD_GET_CHARDEV), 0, 11);
  attr(h, RDMA_NLDEV_ATTR_CHARDEV_NAME, "uverbs0", 8); attr(h, RDMA_NLDEV_ATTR_CHARDEV, &devt, 8);
  attr(h, RDMA_NLDEV_ATTR_CHARDEV_ABI, &abi, 8);
  dump("chardev");
  h = begin(RDMA_NL_GET_TYPE(RDMA_NL_NLDEV, RDMA_NLDEV_CMD_GET_CHARDEV), 0, 11);
  attr(h, RDMA_NLDEV_ATTR_CHARDEV_NAME, "../../etc", 10);
  dump("hostileChardev");
  return 0;
}
`;

let oracle: Record<string, Buffer>;

beforeAll(() => {
  oracle = compileOracle(oracleSource);
});

describe('RDMA netlink encoding matches the UAPI', () => {
  test('moving a device into a namespace by fd', () => {
    expect(encodeMessage(rdmaMessageType(RDMA_NLDEV_CMD.SET), NLM_F.REQUEST | NLM_F.ACK, 7, encodeMove(3, 42)).toString('hex'))
      .toBe(oracle.move!.toString('hex'));
  });

  test('setting exclusive namespace mode', () => {
    expect(encodeMessage(rdmaMessageType(RDMA_NLDEV_CMD.SYS_SET), NLM_F.REQUEST | NLM_F.ACK, 8, encodeNetnsMode('exclusive')).toString('hex'))
      .toBe(oracle.exclusive!.toString('hex'));
  });

  test('asking for the uverbs character device of a device', () => {
    expect(encodeMessage(rdmaMessageType(RDMA_NLDEV_CMD.GET_CHARDEV), NLM_F.REQUEST | NLM_F.ACK, 11, encodeCharDeviceQuery('uverbs', 3)).toString('hex'))
      .toBe(oracle.chardevQuery!.toString('hex'));
  });

  test('listing devices', () => {
    expect(encodeMessage(rdmaMessageType(RDMA_NLDEV_CMD.GET), NLM_F.REQUEST | NLM_F.DUMP, 9, Buffer.alloc(0)).toString('hex'))
      .toBe(oracle.list!.toString('hex'));
  });
});

describe('RDMA netlink decoding of kernel-shaped replies', () => {
  test('a device dump', () => {
    const messages = decodeMessages(oracle.devices!);
    expect(messages.map((m) => m.type)).toEqual([rdmaMessageType(RDMA_NLDEV_CMD.GET), rdmaMessageType(RDMA_NLDEV_CMD.GET), 3]);
    expect(messages.slice(0, 2).map(decodeRdmaDevice)).toEqual([{ index: 0, name: 'mlx5_0' }, { index: 3, name: 'rocep1s0f1' }]);
  });

  test('a port and the netdev under it', () => {
    expect(decodeRdmaPort(decodeMessages(oracle.port!)[0]!)).toEqual({ deviceIndex: 3, port: 1, ifIndex: 7 });
  });

  test('a character device name, and one that would leave /dev/infiniband', () => {
    expect(decodeCharDeviceName(decodeMessages(oracle.chardev!)[0]!)).toBe('uverbs0');
    expect(decodeCharDeviceName(decodeMessages(oracle.hostileChardev!)[0]!)).toBeUndefined();
  });

  test('the namespace mode', () => {
    expect(decodeNetnsMode(decodeMessages(oracle.mode!)[0]!)).toBe('shared');
  });
});

test('a kernel without RDMA says so plainly', () => {
  let socket: ReturnType<typeof openRdmaSocket> | undefined;
  try {
    socket = openRdmaSocket();
  } catch (error) {
    expect((error as Error).message).toMatch(/open netlink socket: EPROTONOSUPPORT/);
    return;
  }
  socket.close(); // this kernel has RDMA after all: opening worked, nothing else to check here
});

/**
 * An RDMA-capable kernel played from the UAPI layout: it answers the netns mode and device dump,
 * and records every move with the namespace its fd points at, while the fd is still open.
 */
class ScriptedRdmaKernel {
  moves: Array<{ deviceIndex: number; netnsInode: number }> = [];
  requests: number[] = [];
  readonly #mode: 'shared' | 'exclusive';
  readonly #devices: Array<{ index: number; name: string }>;

  constructor(mode: 'shared' | 'exclusive', devices: Array<{ index: number; name: string }>) {
    this.#mode = mode;
    this.#devices = devices;
  }

  transport(): SocketTransport {
    return {
      openSocket: () => 99,
      closeSocket: () => undefined,
      transact: (_fd, request, seq) => this.#answer(request, seq),
      transactAsync: async (_fd, request, seq) => this.#answer(request, seq),
    };
  }

  #answer(request: Buffer, seq: number): Buffer {
    const [message] = decodeMessages(request);
    this.requests.push(message!.type);
    const attributes = new Attributes(message!.payload);
    switch (message!.type) {
      case rdmaMessageType(RDMA_NLDEV_CMD.SYS_GET):
        return encodeMessage(message!.type, 0, seq, new MessageWriter().u8(RDMA_NLDEV_SYS_ATTR.NETNS_MODE, this.#mode === 'shared' ? 1 : 0).finish());
      case rdmaMessageType(RDMA_NLDEV_CMD.GET):
        return Buffer.concat([
          ...this.#devices.map((device) => encodeMessage(message!.type, NLM_F.MULTI, seq,
            new MessageWriter().u32(RDMA_NLDEV_ATTR.DEV_INDEX, device.index).string(RDMA_NLDEV_ATTR.DEV_NAME, device.name).finish())),
          encodeMessage(NLMSG.DONE, NLM_F.MULTI, seq, Buffer.alloc(4)),
        ]);
      case rdmaMessageType(RDMA_NLDEV_CMD.SET): {
        this.moves.push({ deviceIndex: attributes.u32(RDMA_NLDEV_ATTR.DEV_INDEX)!, netnsInode: fstatSync(attributes.u32(RDMA_NLDEV.NET_NS_FD)!).ino });
        return encodeMessage(NLMSG.ERROR, NLM_F.CAPPED, seq, Buffer.concat([Buffer.alloc(4), request.subarray(0, 16)]));
      }
      default:
        throw new Error(`unexpected request type ${message!.type}`);
    }
  }
}

describe('RDMA devices follow their NIC into the pod', () => {
  const fixture = new KernelFixture();
  afterAll(() => fixture.cleanup());
  const devices = [{ index: 0, name: 'mlx5_0' }, { index: 4, name: 'mlx5_1' }];

  test('in exclusive mode the device moves into the pod namespace and back to the host', async () => {
    const ns = fixture.netns('rdma');
    const kernel = new ScriptedRdmaKernel('exclusive', devices);
    expect(await attachRdmaDevice('mlx5_1', ns.path, kernel.transport())).toBe(true);
    expect(kernel.moves).toEqual([{ deviceIndex: 4, netnsInode: statSync(ns.path).ino }]);
    await returnRdmaDevice('mlx5_1', ns.path, kernel.transport());
    expect(kernel.moves[1]).toEqual({ deviceIndex: 4, netnsInode: statSync('/proc/self/ns/net').ino });
  });

  test('in shared mode nothing moves; an unknown device is an error; a dead namespace needs nothing back', async () => {
    const ns = fixture.netns('shared');
    const shared = new ScriptedRdmaKernel('shared', devices);
    expect(await attachRdmaDevice('mlx5_0', ns.path, shared.transport())).toBe(false);
    expect(shared.moves).toEqual([]);
    const exclusive = new ScriptedRdmaKernel('exclusive', devices);
    await expect(attachRdmaDevice('mlx5_9', ns.path, exclusive.transport())).rejects.toThrow('RDMA device mlx5_9 not found on the host');
    await returnRdmaDevice('mlx5_0', `/var/run/netns/${fixture.prefix}-gone`, exclusive.transport());
    expect(exclusive.requests).toEqual([rdmaMessageType(RDMA_NLDEV_CMD.SYS_GET), rdmaMessageType(RDMA_NLDEV_CMD.GET)]);
  });
});
