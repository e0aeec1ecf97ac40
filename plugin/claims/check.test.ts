import { checkClaim, type ClaimCheckInput } from './check.ts';
import { encodePreparedClaim } from './plan.ts';
import { allocatedClaim, inventoryOf, opaqueConfig, TEST_DRIVER, TEST_POOL, type ClaimSpec } from '../../testing/claims.ts';

const inventory = inventoryOf(['eth0', 'eth1', 'eth2', 'eth3'], ['eth0']);

function input(spec: ClaimSpec, overrides: Partial<ClaimCheckInput> = {}): ClaimCheckInput {
  const claim = allocatedClaim(spec);
  const ref = { namespace: claim.metadata?.namespace ?? '', name: claim.metadata?.name ?? '', uid: claim.metadata?.uid ?? '' };
  return { driverName: TEST_DRIVER, ref, claim, devices: inventory, ...overrides };
}

test('a claim with two devices becomes a plan for its pod with merged configs and pod interface names', () => {
  const { prepared } = checkClaim(input({
    devices: ['eth1', 'eth2'],
    config: [
      opaqueConfig({ interface: { mtu: 9000 } }, { source: 'FromClass' }),
      opaqueConfig({ interface: { name: 'net1', addresses: ['10.0.0.2/24'] } }, { requests: ['nic-0'] }),
    ],
  }));
  // In record form, where the merged config reads as the user wrote it.
  expect(encodePreparedClaim(prepared)).toEqual({
    version: 1,
    claim: { namespace: 'default', name: 'claim-a', uid: 'uid-claim-a' },
    pod: { name: 'pod-a', uid: 'pod-uid-a' },
    devices: [
      { request: 'nic-0', pool: TEST_POOL, device: 'eth1', hostIfName: 'eth1', podIfName: 'net1', config: { interface: { mtu: 9000, name: 'net1', addresses: ['10.0.0.2/24'] } }, rdmaCharDevices: [] },
      { request: 'nic-1', pool: TEST_POOL, device: 'eth2', hostIfName: 'eth2', podIfName: 'eth2', config: { interface: { mtu: 9000 } }, rdmaCharDevices: [] },
    ],
  });
});

test('results of other drivers are left to them', () => {
  const { prepared } = checkClaim(input({
    results: [
      { request: 'gpu', driver: 'gpu.example.com', pool: 'node-a', device: 'gpu-0' },
      { request: 'nic', driver: TEST_DRIVER, pool: TEST_POOL, device: 'eth3' },
    ],
  }));
  expect(prepared.devices.map((device) => device.device)).toEqual(['eth3']);
});

test('the published device name maps to the host interface the inventory knows', () => {
  const entry = { pool: TEST_POOL, ifName: 'enp3s0f1', rdmaCharDevices: ['/dev/infiniband/uverbs1'] };
  const devices = { byDeviceName: (name: string) => (name === 'pci-0000-03-00-1' ? entry : undefined) };
  const { prepared } = checkClaim(input({ devices: ['pci-0000-03-00-1'] }, { devices }));
  expect(prepared.devices[0]).toMatchObject({ device: 'pci-0000-03-00-1', hostIfName: 'enp3s0f1', podIfName: 'enp3s0f1', rdmaCharDevices: ['/dev/infiniband/uverbs1'] });
});

test('a pod consumer is found among non-pod consumers', () => {
  const spec = input({});
  spec.claim.status!.reservedFor = [
    { apiGroup: 'example.com', resource: 'pods', name: 'not-a-core-pod', uid: 'x' },
    { resource: 'pods', name: 'pod-b', uid: 'pod-uid-b' },
  ];
  expect(checkClaim(spec).prepared.pod).toEqual({ name: 'pod-b', uid: 'pod-uid-b' });
});

test.each([
  ['replaced claim', input({}, { ref: { namespace: 'default', name: 'claim-a', uid: 'old-uid' } }), 'ResourceClaim default/claim-a was replaced: the API server has uid uid-claim-a, the kubelet asked for old-uid'],
  ['uplink', input({ devices: ['eth0'] }), 'request "nic-0" device "eth0": host interface eth0 stays with the node (carries or is stacked with a default route); it cannot be moved into a pod'],
  ['shared by two pods', input({ pods: [{ name: 'a', uid: '1' }, { name: 'b', uid: '2' }] }), 'claim is reserved for 2 pods (a, b), but a network device can be in only one pod\'s network namespace; give each pod its own claim, e.g. with a ResourceClaimTemplate'],
  ['one interface name twice', input({ devices: ['eth1', 'eth2'], config: [opaqueConfig({ interface: { name: 'net1' } })] }), 'devices "eth1" (request "nic-0") and "eth2" (request "nic-1") would both be named "net1" in the pod; set a different interface.name for one of them'],
  ['renamed onto another device\'s host name', input({ devices: ['eth1', 'eth2'], config: [opaqueConfig({ interface: { name: 'eth2' } }, { requests: ['nic-0'] })] }), 'devices "eth1" (request "nic-0") and "eth2" (request "nic-1") would both be named "eth2" in the pod'],
  ['host name that every pod already has', input({ devices: ['eth1'] }, { devices: { byDeviceName: () => ({ pool: TEST_POOL, ifName: 'eth0' }) } }), 'request "nic-0" device "eth1": every pod already has an interface named "eth0"; set interface.name in the claim\'s config to another name'],
  ['renamed to loopback', input({ config: [opaqueConfig({ interface: { name: 'lo' } })] }), 'request "nic-0" device "eth1": every pod already has an interface named "lo"'],
])('%s is refused with a message naming the reason', (_name, checkInput, message) => {
  expect(() => checkClaim(checkInput)).toThrow(message);
});

describe('SR-IOV VFs', () => {
  const vfEntry = { pool: TEST_POOL, ifName: 'ens1f0v2', sriovVf: { pfIfName: 'ens1f0', vfIndex: 2, pfMtu: 9000, pfSpeedMbps: 25000 } };
  const devices = {
    byDeviceName: (name: string) => (name === 'vf2' ? vfEntry : name === 'orphan' ? { pool: TEST_POOL, ifName: 'ens2v0', sriovVf: { vfIndex: 0 } }
      : name === 'vf3' ? pfInPod : inventory.byDeviceName(name)),
  };
  // Its PF is in a pod: sysfs names the PF by address only (physfn/net/ is empty in the host namespace).
  const pfInPod = { pool: TEST_POOL, ifName: 'ens1f0v3', pciAddress: '0000:05:00.5', sriovVf: { pfPciAddress: '0000:05:00.0', vfIndex: 3 } };
  const check = (device: string, config: object) => checkClaim(input({ devices: [device], config: [opaqueConfig(config)] }, { devices }));
  const refusal = (device: string, config: object): string => {
    try {
      check(device, config);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected the claim to be refused');
  };

  test('a VF is planned with its PF and index, with or without VF settings; the record keeps both', () => {
    const { prepared } = check('vf2', { vf: { vlan: 10, maxTxRate: 25000 }, interface: { mtu: 9000 } });
    expect(prepared.devices[0]).toMatchObject({ hostIfName: 'ens1f0v2', vf: { pfIfName: 'ens1f0', vfIndex: 2 }, config: { vf: { vlan: 10, maxTxRate: 25000 } } });
    expect(encodePreparedClaim(prepared)).toMatchObject({ devices: [{ vf: { pfIfName: 'ens1f0', vfIndex: 2 }, config: { vf: { vlan: 10, maxTxRate: 25000 } } }] });
    expect(check('vf2', {}).prepared.devices[0]).toHaveProperty('vf', { pfIfName: 'ens1f0', vfIndex: 2 });
    expect(check('eth1', {}).prepared.devices[0]).not.toHaveProperty('vf');
  });

  test.each([
    ['eth1', { vf: { vlan: 10 } }, 'request "nic-0" device "eth1": vf: device "eth1" (host interface eth1) is not an SR-IOV VF'],
    ['vf2', { vf: { maxTxRate: 40000 } }, 'request "nic-0" device "vf2": vf.maxTxRate: 40000 Mbit/s is above the link speed of PF ens1f0 (25000 Mbit/s)'],
    ['vf2', { vf: { minTxRate: 30000 } }, 'request "nic-0" device "vf2": vf.minTxRate: 30000 Mbit/s is above the link speed of PF ens1f0 (25000 Mbit/s)'],
    ['vf2', { interface: { mtu: 9001 } }, 'request "nic-0" device "vf2": interface.mtu: 9001 is above the MTU of PF ens1f0 (9000)'],
    ['orphan', { vf: { trust: true } }, 'request "nic-0" device "orphan": vf: the PF of VF ens2v0 has no network interface on the host'],
    ['vf2', { vf: { qos: 1 } }, 'vf.qos: needs vf.vlan'],
    ['orphan', {}, 'request "nic-0" device "orphan": VF ens2v0 is an SR-IOV VF but sysfs does not name its PF (no physfn link); it cannot be kept apart from its PF, so it is not prepared'],
    ['vf3', { vf: { trust: true } }, 'vf: the PF of VF ens1f0v3 has no network interface on the host'],
  ])('refuses %s with %j, naming the request, device and field', (device, config, expected) => {
    expect(refusal(device, config)).toContain(expected);
  });

  test('a VF is recorded as one with its PF\'s PCI address, also when its PF has no name on the host, and bound to vfio-pci', () => {
    expect(check('vf3', {}).prepared.devices[0]).toMatchObject({ pciAddress: '0000:05:00.5', vf: { pfPciAddress: '0000:05:00.0', vfIndex: 3 } });
    const vfio = (pciAddress: string) => ({ pciAddress, iommuGroup: 40, groupPeers: [], originalDriver: 'mlx5_core' });
    const { prepared } = checkClaim(input({ devices: ['vf3'], config: [opaqueConfig({ driver: 'vfio-pci' })] }, { devices, vfio }));
    expect(prepared.devices[0]).toMatchObject({ vfio: { pciAddress: '0000:05:00.5' }, vf: { pfPciAddress: '0000:05:00.0', vfIndex: 3 } });
    expect(check('vf2', {}).prepared.devices[0]).toHaveProperty('vf', { pfIfName: 'ens1f0', vfIndex: 2 });
  });
});

describe('driver "vfio-pci"', () => {
  const nics = new Map([
    ['pci-0000-03-00-0', { pool: TEST_POOL, ifName: 'enp3s0f0', pciAddress: '0000:03:00.0' }],
    ['pci-0000-03-00-1', { pool: TEST_POOL, ifName: 'enp3s0f1', pciAddress: '0000:03:00.1' }],
    ['pci-0000-04-00-0', { pool: TEST_POOL, pciAddress: '0000:04:00.0' }],
    ['veth1', { pool: TEST_POOL, ifName: 'veth1' }],
  ]);
  const devices = { byDeviceName: (name: string) => nics.get(name) };
  const groups: Record<string, { iommuGroup: number; groupPeers: string[] }> = {
    '0000:03:00.0': { iommuGroup: 12, groupPeers: ['0000:03:00.1'] },
    '0000:03:00.1': { iommuGroup: 12, groupPeers: ['0000:03:00.0'] },
    '0000:04:00.0': { iommuGroup: 14, groupPeers: [] },
  };
  const vfio = (pciAddress: string) => ({ pciAddress, ...groups[pciAddress]!, ...(pciAddress === '0000:04:00.0' ? { originalDriver: 'vfio-pci' } : { originalDriver: 'ixgbe' }) });
  const vfioConfig = [opaqueConfig({ driver: 'vfio-pci' })];

  test('a group given whole becomes vfio devices with their bindings, and no pod interface names', () => {
    const { prepared } = checkClaim(input({ devices: ['pci-0000-03-00-0', 'pci-0000-03-00-1'], config: vfioConfig }, { devices, vfio }));
    expect(encodePreparedClaim(prepared)).toMatchObject({
      devices: [
        { request: 'nic-0', pool: TEST_POOL, device: 'pci-0000-03-00-0', config: { driver: 'vfio-pci' }, vfio: { pciAddress: '0000:03:00.0', iommuGroup: 12, originalDriver: 'ixgbe' } },
        { request: 'nic-1', pool: TEST_POOL, device: 'pci-0000-03-00-1', config: { driver: 'vfio-pci' }, vfio: { pciAddress: '0000:03:00.1', iommuGroup: 12, originalDriver: 'ixgbe' } },
      ],
    });
  });

  test('a function already bound to vfio-pci is planned like any other', () => {
    const { prepared } = checkClaim(input({ devices: ['pci-0000-04-00-0'], config: vfioConfig }, { devices, vfio }));
    expect(prepared.devices).toEqual([expect.objectContaining({ vfio: { pciAddress: '0000:04:00.0', iommuGroup: 14, originalDriver: 'vfio-pci' } })]);
  });

  test.each([
    ['half a group', input({ devices: ['pci-0000-03-00-0'], config: vfioConfig }, { devices, vfio }),
      'request "nic-0" device "pci-0000-03-00-0": PCI function 0000:03:00.0 shares IOMMU group 12 with 0000:03:00.1, which this claim did not get; vfio gives a pod an IOMMU group whole: allocate every function of the group in the same claim'],
    ['a virtual link', input({ devices: ['veth1'], config: vfioConfig }, { devices, vfio }), 'request "nic-0" device "veth1": driver "vfio-pci" needs a PCI function, and host interface veth1 is none'],
    ['a vfio-bound function without the driver asked for', input({ devices: ['pci-0000-04-00-0'] }, { devices, vfio }),
      'request "nic-0" device "pci-0000-04-00-0": PCI function 0000:04:00.0 is bound to vfio-pci and has no netdev; set driver: "vfio-pci" in the claim\'s config to get it for a userspace driver'],
    ['an agent that binds nothing', input({ devices: ['pci-0000-04-00-0'], config: vfioConfig }, { devices }), 'request "nic-0" device "pci-0000-04-00-0": this agent does not bind devices to vfio-pci'],
    ['what the inspector refuses', input({ devices: ['pci-0000-04-00-0'], config: vfioConfig }, { devices, vfio: () => { throw new Error('PCI function 0000:04:00.0: has no IOMMU group'); } }),
      'request "nic-0" device "pci-0000-04-00-0": PCI function 0000:04:00.0: has no IOMMU group'],
    ['a netdev field beside it', input({ devices: ['pci-0000-04-00-0'], config: [opaqueConfig({ driver: 'vfio-pci', interface: { name: 'net1' } })] }, { devices, vfio }),
      'interface.name: does not apply with driver "vfio-pci"'],
  ])('%s is refused', (_name, checkInput, message) => {
    expect(() => checkClaim(checkInput)).toThrow(message);
  });
});
