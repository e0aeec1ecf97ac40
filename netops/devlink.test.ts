/**
 * devlink over generic netlink: the request bytes against a C program built from the UAPI
 * headers (host), which refusals mean "no e-switch" (host, a socket that refuses), and the
 * e-switch mode of a netdevsim device against the devlink tool (lane).
 */
import { execFileSync } from 'node:child_process';
import { openDevlink, encodeEswitchGet, eswitchMode, type Devlink } from './devlink.ts';
import { encodeFamilyQuery, genlAttributes } from './genetlink.ts';
import { CTRL_ATTR, DEVLINK_ATTR, GENL_ID, NLM_F } from './netlink/constants.ts';
import { isNetlinkError, isNotSupported, NetlinkError } from './netlink/errors.ts';
import { decodeMessages, encodeMessage } from './netlink/message.ts';
import type { NetlinkSocket } from './netlink/socket.ts';
import { devlinkHandle } from './sysfs.ts';
import { compileOracle } from './test/c-oracle.ts';
import { describeWithKernel, KernelFixture, missingNetdevsim } from './test/kernel-fixtures.ts';

const oracleSource = String.raw`
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <linux/netlink.h>
#include <linux/genetlink.h>
#include <linux/devlink.h>

static unsigned char buf[4096];
static size_t len;
static struct nlmsghdr *begin(uint16_t type, uint16_t flags, uint32_t seq, uint8_t cmd, uint8_t version) {
  struct nlmsghdr *h = (struct nlmsghdr *)buf;
  memset(buf, 0, sizeof buf);
  h->nlmsg_type = type; h->nlmsg_flags = flags; h->nlmsg_seq = seq;
  struct genlmsghdr *g = (struct genlmsghdr *)NLMSG_DATA(h);
  g->cmd = cmd; g->version = version;
  len = NLMSG_HDRLEN + GENL_HDRLEN;
  h->nlmsg_len = len;
  return h;
}
static void attr(struct nlmsghdr *h, uint16_t type, const void *data, uint16_t size) {
  struct nlattr *a = (struct nlattr *)(buf + len);
  a->nla_type = type; a->nla_len = NLA_HDRLEN + size;
  memcpy(buf + len + NLA_HDRLEN, data, size);
  len += NLA_HDRLEN + NLA_ALIGN(size);
  h->nlmsg_len = len;
}
static void dump(const char *name) {
  printf("%s=", name);
  for (size_t i = 0; i < len; i++) printf("%02x", buf[i]);
  printf("\n");
}
int main(void) {
  struct nlmsghdr *h = begin(GENL_ID_CTRL, NLM_F_REQUEST, 5, CTRL_CMD_GETFAMILY, 2);
  attr(h, CTRL_ATTR_FAMILY_NAME, DEVLINK_GENL_NAME, sizeof DEVLINK_GENL_NAME);
  dump("family");
  h = begin(0x1a, NLM_F_REQUEST, 6, DEVLINK_CMD_ESWITCH_GET, DEVLINK_GENL_VERSION);
  attr(h, DEVLINK_ATTR_BUS_NAME, "pci", 4); attr(h, DEVLINK_ATTR_DEV_NAME, "0000:03:00.0", 13);
  dump("eswitchGet");
  /* The controller's answer, with attributes we do not read around the id. */
  uint16_t id = 0x1a; uint32_t version = 1;
  h = begin(GENL_ID_CTRL, 0, 5, CTRL_CMD_NEWFAMILY, 2);
  attr(h, CTRL_ATTR_FAMILY_NAME, DEVLINK_GENL_NAME, sizeof DEVLINK_GENL_NAME); attr(h, CTRL_ATTR_FAMILY_ID, &id, 2); attr(h, CTRL_ATTR_VERSION, &version, 4);
  dump("familyReply");
  uint16_t mode = DEVLINK_ESWITCH_MODE_SWITCHDEV; uint8_t inline_mode = DEVLINK_ESWITCH_INLINE_MODE_NONE;
  h = begin(0x1a, 0, 6, DEVLINK_CMD_ESWITCH_GET, DEVLINK_GENL_VERSION);
  attr(h, DEVLINK_ATTR_BUS_NAME, "pci", 4); attr(h, DEVLINK_ATTR_DEV_NAME, "0000:03:00.0", 13);
  attr(h, DEVLINK_ATTR_ESWITCH_MODE, &mode, 2); attr(h, DEVLINK_ATTR_ESWITCH_INLINE_MODE, &inline_mode, 1);
  dump("eswitchReply");
  return 0;
}
`;

describe('devlink encoding matches the UAPI', () => {
  let oracle: Record<string, Buffer>;
  beforeAll(() => {
    oracle = compileOracle(oracleSource);
  });

  test('resolving the devlink family by name, and reading its id from the answer', () => {
    expect(encodeMessage(GENL_ID.CTRL, NLM_F.REQUEST, 5, encodeFamilyQuery('devlink')).toString('hex')).toBe(oracle.family!.toString('hex'));
    const [reply] = decodeMessages(oracle.familyReply!);
    expect(genlAttributes(reply!).u16(CTRL_ATTR.FAMILY_ID)).toBe(0x1a);
  });

  test('asking a PCI device for its e-switch mode, and reading it from the answer', () => {
    expect(encodeMessage(0x1a, NLM_F.REQUEST, 6, encodeEswitchGet({ bus: 'pci', device: '0000:03:00.0' })).toString('hex')).toBe(oracle.eswitchGet!.toString('hex'));
    const [reply] = decodeMessages(oracle.eswitchReply!);
    expect(genlAttributes(reply!).u16(DEVLINK_ATTR.ESWITCH_MODE)).toBe(1);
  });
});

describe('a refused e-switch query', () => {
  const refusing = (errno: number): Devlink => ({ socket: { query: () => { throw new NetlinkError(errno, 'get e-switch mode of pci/0000:05:00.0'); } } as unknown as NetlinkSocket, family: 20 });
  const handle = { bus: 'pci', device: '0000:05:00.0' };

  test('EOPNOTSUPP (95, which Node names ENOTSUP) means "no e-switch", as do ENODEV and ENOENT', () => {
    for (const errno of [95, 19, 2]) expect(eswitchMode(refusing(errno), handle)).toBeUndefined();
  });

  test('any other refusal is an error', () => {
    expect(() => eswitchMode(refusing(1), handle)).toThrow('get e-switch mode of pci/0000:05:00.0: EPERM');
  });

  test('errno 95 matches under either of its names', () => {
    const error = new NetlinkError(95, 'x');
    expect(isNotSupported(error)).toBe(true);
    expect(isNetlinkError(error, 'EOPNOTSUPP') && isNetlinkError(error, 'ENOTSUP')).toBe(true);
    expect(isNetlinkError(error, 'EINVAL') || isNotSupported(new NetlinkError(22, 'x'))).toBe(false);
  });
});

const fixture = new KernelFixture();
afterEach(() => fixture.cleanup());

describeWithKernel('devlink on netdevsim', missingNetdevsim(), () => {
  let devlink: Devlink;
  beforeAll(() => {
    devlink = openDevlink()!;
  });
  afterAll(() => devlink?.socket.close());

  const oracleMode = (handle: string): string | undefined =>
    (JSON.parse(execFileSync('devlink', ['-j', 'dev', 'eswitch', 'show', handle], { encoding: 'utf8' })) as { dev: Record<string, { mode: string }> }).dev[handle]?.mode;

  test('the e-switch mode as the devlink tool reports it, legacy and then switchdev (no VF needed)', () => {
    expect(devlink).toBeDefined();
    const sim = fixture.netdevsim('dl');
    const handle = devlinkHandle(sim.pf)!;
    expect(handle).toEqual({ bus: 'netdevsim', device: `netdevsim${sim.id}` });
    expect(eswitchMode(devlink, handle)).toBe(oracleMode(sim.devlink));
    expect(eswitchMode(devlink, handle)).toBe('legacy');
    execFileSync('devlink', ['dev', 'eswitch', 'set', sim.devlink, 'mode', 'switchdev']);
    expect(eswitchMode(devlink, handle)).toBe('switchdev');
    expect(oracleMode(sim.devlink)).toBe('switchdev');
  });

  test('a device devlink does not know has no mode, and is no error', () => {
    expect(eswitchMode(devlink, { bus: 'netdevsim', device: 'netdevsim999999' })).toBeUndefined();
    expect(eswitchMode(devlink, { bus: 'pci', device: '0000:ff:1f.7' })).toBeUndefined();
  });
});
