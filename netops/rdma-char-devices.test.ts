/**
 * RDMA character device numbers from sysfs: against a stand-in tree (any host), and in the kernel
 * lane against the real device nodes of an rdma_rxe device created while the test runs (after
 * the process started, as a driver loaded after the agent would be).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rdmaBindingsByIfIndex } from './rdma.ts';
import { CharDeviceNotFoundError, rdmaCharDeviceNumbers } from './rdma-char-devices.ts';
import { describeWithKernel, ip, KernelFixture, missingRxe } from './test/kernel-fixtures.ts';
import { writeCharDeviceUevent } from './test/sysfs-fixtures.ts';

describe('from a stand-in sysfs', () => {
  let sysfs: string;
  beforeEach(() => {
    sysfs = mkdtempSync(path.join(tmpdir(), 'netclaim-sysfs-'));
  });
  afterEach(() => rmSync(sysfs, { recursive: true, force: true }));

  test('verbs, the connection manager and MAD devices, each from its class', () => {
    writeCharDeviceUevent(sysfs, 'infiniband_verbs', 'uverbs3', 231, 195);
    writeCharDeviceUevent(sysfs, 'misc', 'rdma_cm', 10, 58);
    writeCharDeviceUevent(sysfs, 'infiniband_mad', 'umad1', 231, 1);
    expect(rdmaCharDeviceNumbers('/dev/infiniband/uverbs3', sysfs)).toEqual({ major: 231, minor: 195 });
    expect(rdmaCharDeviceNumbers('/dev/infiniband/rdma_cm', sysfs)).toEqual({ major: 10, minor: 58 });
    expect(rdmaCharDeviceNumbers('/dev/infiniband/umad1', sysfs)).toEqual({ major: 231, minor: 1 });
  });

  test('a device that appears later is found then, with no restart', () => {
    expect(() => rdmaCharDeviceNumbers('/dev/infiniband/uverbs0', sysfs)).toThrow(CharDeviceNotFoundError);
    writeCharDeviceUevent(sysfs, 'infiniband_verbs', 'uverbs0', 231, 192);
    expect(rdmaCharDeviceNumbers('/dev/infiniband/uverbs0', sysfs)).toEqual({ major: 231, minor: 192 });
  });

  test('a same-named device whose node is elsewhere is not taken', () => {
    writeCharDeviceUevent(sysfs, 'misc', 'rdma_cm', 10, 99, 'rdma_cm');
    expect(() => rdmaCharDeviceNumbers('/dev/infiniband/rdma_cm', sysfs)).toThrow('/dev/infiniband/rdma_cm: no such device in sysfs');
  });

  test.each(['/dev/infiniband/../sda', '/dev/sda', '/dev/infiniband/a/b', '/dev/infiniband/..'])('%s is refused before sysfs is read', (devicePath) => {
    expect(() => rdmaCharDeviceNumbers(devicePath, sysfs)).toThrow(`${devicePath}: not a device directly under /dev/infiniband`);
  });
});

describeWithKernel('from the kernel\'s sysfs, with rdma_rxe', missingRxe(), () => {
  const fixture = new KernelFixture();
  afterEach(() => fixture.cleanup());

  test('every character device of a new rxe device has the numbers of its node in /dev', () => {
    const veth = fixture.veth('cd');
    fixture.rxe('rxc', veth);
    const ifIndex = (JSON.parse(ip('-j', 'link', 'show', 'dev', veth)) as Array<{ ifindex: number }>)[0]!.ifindex;
    const nodes = rdmaBindingsByIfIndex().get(ifIndex)?.charDevices ?? [];
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    for (const node of nodes) {
      const rdev = BigInt(statSync(node).rdev);
      // glibc's major()/minor() for the 64-bit dev_t encoding.
      const major = Number(((rdev >> 8n) & 0xfffn) | ((rdev >> 32n) & ~0xfffn));
      const minor = Number((rdev & 0xffn) | ((rdev >> 12n) & ~0xffn));
      expect([node, rdmaCharDeviceNumbers(node)]).toEqual([node, { major, minor }]);
    }
  });
});
