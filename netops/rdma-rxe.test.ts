/**
 * RDMA on a real kernel: a soft-RoCE (rdma_rxe) device over a veth, found through RDMA netlink
 * (it has no PCI function, so sysfs discovery alone never sees it), tied to its netdev, with the
 * character devices a container needs, and the kernel's RDMA namespace mode read and switched.
 *
 * rxe cannot move between namespaces: the kernel allows the move only for drivers with a
 * disassociate_ucontext hook, and rxe has none, so it answers EOPNOTSUPP. That the exclusive-mode
 * move of a NIC's RDMA device sends the right bytes therefore stays tested against the UAPI layout
 * in rdma.test.ts; here we check the kernel's refusal is what we think it is.
 */
import { statSync } from 'node:fs';
import { constants } from 'node:os';
import { listDevices, watchLinks } from './devices.ts';
import { isNetlinkError } from './netlink/errors.ts';
import { withNetnsFd } from './netns.ts';
import {
  getRdmaNetnsMode, listRdmaDevices, listRdmaPorts, moveRdmaDevice, openRdmaSocket, rdmaBindingsByIfIndex, rdmaCharDevice, setRdmaNetnsMode,
} from './rdma.ts';
import { describeWithKernel, ip, KernelFixture, missingRxe } from './test/kernel-fixtures.ts';

const fixture = new KernelFixture();
afterEach(() => fixture.cleanup());

function ifIndexOf(name: string): number {
  return (JSON.parse(ip('-j', 'link', 'show', 'dev', name)) as Array<{ ifindex: number }>)[0]!.ifindex;
}

describeWithKernel('RDMA netlink with rdma_rxe', missingRxe(), () => {
  test('an rxe device is found through RDMA netlink and tied to its veth, with its device nodes', () => {
    const veth = fixture.veth('r');
    const rxe = fixture.rxe('rxe', veth);
    const socket = openRdmaSocket();
    try {
      const device = listRdmaDevices(socket).find((candidate) => candidate.name === rxe);
      expect(device).toBeDefined();
      expect(listRdmaPorts(socket, device!)).toEqual([{ deviceIndex: device!.index, port: 1, ifIndex: ifIndexOf(veth), state: expect.any(String) }]);
      expect(rdmaCharDevice(socket, 'uverbs', device)).toMatch(/^uverbs\d+$/);
      expect(rdmaCharDevice(socket, 'no-such-client', device)).toBeUndefined();
    } finally {
      socket.close();
    }
    const binding = rdmaBindingsByIfIndex().get(ifIndexOf(veth));
    expect(binding?.device).toBe(rxe);
    expect(binding?.charDevices).toContain('/dev/infiniband/rdma_cm');
    for (const node of binding!.charDevices) expect(statSync(node).isCharacterDevice()).toBe(true);
    expect(listDevices().find((info) => info.ifName === veth)).toMatchObject({ rdmaDevice: rxe, rdmaCharDevices: binding!.charDevices });
  });

  test('the port state follows the netdev\'s carrier: ACTIVE with it, not without (device health reads it)', async () => {
    const veth = fixture.veth('s');
    const rxe = fixture.rxe('rxs', veth);
    const portState = () => listDevices().find((info) => info.ifName === veth)?.rdmaPortState;
    // The fixture leaves the peer down: the veth has no carrier.
    expect(listDevices().find((info) => info.ifName === veth)).toMatchObject({ rdmaDevice: rxe, carrier: false, adminUp: true });
    expect(portState()).not.toBe('ACTIVE');
    // The kernel tells rxe of the carrier in its deferred link-watch work, which also sends the
    // RTM_NEWLINK with operstate up: once that event is here, rxe has heard.
    const operUp = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no RTM_NEWLINK with operstate up for ${veth}`)), 10_000);
      const watch = watchLinks((event) => {
        if (event.type !== 'new' || event.link.name !== veth || event.link.operState !== 'up') return;
        clearTimeout(timer);
        watch.close();
        resolve();
      }, (message, error) => reject(new Error(`${message}: ${String(error)}`)));
    });
    ip('link', 'set', `${veth}p`, 'up');
    await operUp;
    expect(listDevices().find((info) => info.ifName === veth)).toMatchObject({ carrier: true });
    expect(portState()).toBe('ACTIVE');
  });

  test('the namespace mode is read and switched, and rxe refuses to move (EOPNOTSUPP)', async () => {
    const veth = fixture.veth('m');
    const rxe = fixture.rxe('rxm', veth);
    const socket = openRdmaSocket();
    try {
      expect(getRdmaNetnsMode(socket)).toBe('shared');
      // The kernel switches modes only while no namespace but the initial one exists (else EBUSY).
      setRdmaNetnsMode(socket, 'exclusive');
      try {
        expect(getRdmaNetnsMode(socket)).toBe('exclusive');
      } finally {
        setRdmaNetnsMode(socket, 'shared');
      }
      expect(getRdmaNetnsMode(socket)).toBe('shared');
      const device = listRdmaDevices(socket).find((candidate) => candidate.name === rxe)!;
      const pod = fixture.netns('pod');
      let refusal: unknown;
      await withNetnsFd(pod.path, (fd) => moveRdmaDevice(socket, device, fd)).catch((error: unknown) => { refusal = error; });
      expect(isNetlinkError(refusal) && refusal.errno).toBe(constants.errno.EOPNOTSUPP);
      expect(listRdmaDevices(socket).map((candidate) => candidate.name)).toContain(rxe);
    } finally {
      socket.close();
    }
  });
});
