/**
 * Oracles compiled from the kernel's UAPI headers: a C program builds the bytes the kernel would
 * send or expects, and prints them as `name=hex` lines; tests compare ours against them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function compileOracle(source: string): Record<string, Buffer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'netclaim-oracle-'));
  try {
    writeFileSync(path.join(dir, 'oracle.c'), source);
    execFileSync('gcc', ['-o', path.join(dir, 'oracle'), path.join(dir, 'oracle.c')]);
    const output = execFileSync(path.join(dir, 'oracle'), { encoding: 'utf8' });
    return Object.fromEntries(output.trim().split('\n').map((line) => {
      const [name, hex] = line.split('=') as [string, string];
      return [name, Buffer.from(hex, 'hex')];
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * C helpers for an oracle that lays out rtnetlink request bodies the way iproute2 does (libnetlink's
 * addattr/addattr_nest): `begin(index)` starts an ifinfomsg for that link, `attr` appends one
 * attribute, `nest`/`end` open and close a nested one, `dump(name)` prints the body (ifinfomsg
 * and attributes, without nlmsghdr) as a `name=hex` line. Include after the UAPI headers.
 */
export const RTNETLINK_BODY_C = String.raw`
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <sys/socket.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
static unsigned char body[8192];
static size_t body_len;
static void begin(int index) {
  memset(body, 0, sizeof body);
  struct ifinfomsg *ifi = (struct ifinfomsg *)body; ifi->ifi_family = AF_UNSPEC; ifi->ifi_index = index;
  body_len = NLMSG_ALIGN(sizeof *ifi);
}
static void attr(uint16_t type, const void *data, uint16_t size) {
  struct nlattr *a = (struct nlattr *)(body + body_len);
  a->nla_type = type; a->nla_len = NLA_HDRLEN + size;
  memcpy(body + body_len + NLA_HDRLEN, data, size);
  body_len += NLA_HDRLEN + NLA_ALIGN(size);
}
static size_t nest(uint16_t type) { size_t at = body_len; attr(type, "", 0); return at; }
static void end(size_t at) { ((struct nlattr *)(body + at))->nla_len = body_len - at; }
static void dump(const char *name) {
  printf("%s=", name);
  for (size_t i = 0; i < body_len; i++) printf("%02x", body[i]);
  printf("\n");
}
`;
