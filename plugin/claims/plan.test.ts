import { decodePreparedClaim, deviceConflict, encodePreparedClaim, heldVfioFunctions, interfaceNameConflict, isVfioDevice, loadPreparedClaim, pfVfConflict, podAttachPlan, preparedClaimIndex, type NetdevPlannedDevice, type PreparedClaim } from './plan.ts';

function prepared(claim: string, pod: string, devices: [device: string, podIfName: string][]): PreparedClaim {
  return {
    version: 1,
    claim: { namespace: 'ns', name: claim, uid: `uid-${claim}` },
    pod: { name: pod, uid: `uid-${pod}` },
    devices: devices.map(([device, podIfName]) => ({
      request: 'nic', pool: 'node-a', device, hostIfName: device, podIfName, config: { interface: { name: podIfName } }, rdmaCharDevices: [],
    })),
  };
}

test('a pod plan lists the devices of all its claims with the claim each came from', () => {
  const plan = podAttachPlan([prepared('a', 'p', [['eth1', 'net1']]), prepared('b', 'p', [['eth2', 'net2'], ['eth3', 'net3']])]);
  expect(plan?.pod).toEqual({ name: 'p', uid: 'uid-p' });
  expect(plan?.devices.map((device) => [device.claim.name, device.device, 'podIfName' in device && device.podIfName])).toEqual([
    ['a', 'eth1', 'net1'], ['b', 'eth2', 'net2'], ['b', 'eth3', 'net3'],
  ]);
  expect(podAttachPlan([])).toBeUndefined();
});

test('a second claim of a pod may not take an interface name the first one uses', () => {
  const first = prepared('a', 'p', [['eth1', 'net1']]);
  expect(interfaceNameConflict([first], prepared('b', 'p', [['eth2', 'net1']]))).toBe(
    'request "nic" device "eth2": interface name "net1" in pod p is already taken by device "eth1" of claim ns/a; set interface.name in one of the claims\' configs to a different name',
  );
  expect(interfaceNameConflict([first], prepared('b', 'p', [['eth2', 'net2']]))).toBeUndefined();
});

test('a claim prepared again does not conflict with its own earlier record', () => {
  const first = prepared('a', 'p', [['eth1', 'net1']]);
  expect(interfaceNameConflict([first], first)).toBeUndefined();
});

test('a stored record decodes to itself; a damaged or foreign one is refused with the field', () => {
  const record = prepared('a', 'p', [['eth1', 'net1']]);
  expect(decodePreparedClaim(JSON.parse(JSON.stringify(record)))).toEqual(record);
  expect(() => decodePreparedClaim({ ...record, version: 2 })).toThrow(/^not a prepared claim record: version: /);
  const badConfig = { ...record, devices: [{ ...record.devices[0], config: { interface: { mtu: 1 } } }] };
  expect(() => decodePreparedClaim(badConfig)).toThrow(/^not a prepared claim record: devices\.0\.config\.interface\.mtu: /);
  expect(() => decodePreparedClaim({ ...record, 'token-s3cr3t': 1 })).toThrow(/^not a prepared claim record: \(record\): unknown field$/);
});

test('a record as the previous version wrote it decodes into parsed values and encodes back to the same JSON', () => {
  const config = {
    interface: { name: 'net1', addresses: ['10.0.0.2/24', '2001:db8::2/64'], mtu: 9000, hardwareAddr: '02:00:00:00:00:01' },
    routes: [{ destination: '10.20.0.0/16', gateway: '10.0.0.1', table: 100 }, { destination: '10.30.0.0/16', scope: 253 }],
    rules: [{ priority: 100, source: '10.0.0.0/24', table: 100 }],
    neighbors: [{ destination: '10.0.0.1', hardwareAddr: '02:00:00:00:00:09' }],
  };
  const record = prepared('a', 'p', [['eth1', 'net1']]);
  const stored = JSON.parse(JSON.stringify({ ...record, devices: [{ ...record.devices[0], config }] })) as unknown;
  const decoded = decodePreparedClaim(stored);
  expect(decoded.devices[0]?.config.interface?.addresses?.[0]).toEqual({ family: 2, bytes: Buffer.from([10, 0, 0, 2]), prefixLength: 24 });
  expect(decoded.devices[0]?.config.rules?.[0]?.family).toBe(2);
  expect(encodePreparedClaim(decoded)).toEqual(stored);
});

test('at load only the index part is checked, by hand: who holds what, each refusal naming the field; the rest waits for the claim\'s first use', () => {
  const record = JSON.parse(JSON.stringify(encodePreparedClaim(prepared('a', 'p', [['eth1', 'net1']])))) as { devices: Array<Record<string, unknown>> };
  const device = record.devices[0]!;
  const load = (value: unknown) => () => loadPreparedClaim(value, '');
  expect(loadPreparedClaim(record, 'text')).toEqual({
    index: { claim: { namespace: 'ns', name: 'a', uid: 'uid-a' }, pod: { name: 'p', uid: 'uid-p' }, devices: [{ request: 'nic', pool: 'node-a', device: 'eth1', hostIfName: 'eth1' }] },
    text: 'text',
  });
  expect(load([record])).toThrow(/^not a prepared claim record: \(record\): must be an object$/);
  expect(load({ ...record, version: '1' })).toThrow(/^not a prepared claim record: version: must be 1$/);
  expect(load({ ...record, claim: { namespace: 'ns', name: 'a', uid: 'u', owner: 'x' } })).toThrow(/^not a prepared claim record: claim: unknown field$/);
  expect(load({ ...record, pod: { name: 'p' } })).toThrow(/^not a prepared claim record: pod\.uid: must be a string$/);
  expect(load({ ...record, devices: {} })).toThrow(/^not a prepared claim record: devices: must be a list$/);
  expect(load({ ...record, devices: [{ ...device, pool: 7 }] })).toThrow(/^not a prepared claim record: devices\.0\.pool: must be a string$/);
  expect(load({ ...record, devices: [{ ...device, pciAddress: '../../x' }] })).toThrow(/^not a prepared claim record: devices\.0\.pciAddress: must be a PCI address/);
  expect(load({ ...record, devices: [{ ...device, vf: { vfIndex: 2 ** 31 } }] })).toThrow(/^not a prepared claim record: devices\.0\.vf\.vfIndex: must be a whole number from 0 to 2147483646$/);
  expect(load({ ...record, devices: [{ ...device, vf: { vfIndex: 1, owner: 'x' } }] })).toThrow(/^not a prepared claim record: devices\.0\.vf: unknown field$/);
  expect(load({ ...record, devices: [{ ...device, vfio: { pciAddress: 'x' } }] })).toThrow(/^not a prepared claim record: devices\.0\.vfio\.pciAddress: must be a PCI address/);
  // Never stricter than the schema: what the index does not hold (a bad config) loads, and is refused at first use.
  const badConfig = { ...record, devices: [{ ...device, config: { interface: { mtu: 1 } } }] };
  expect(loadPreparedClaim(badConfig, '').index.devices).toHaveLength(1);
  expect(() => decodePreparedClaim(badConfig)).toThrow(/^not a prepared claim record: devices\.0\.config\.interface\.mtu: /);
});

test('a VF\'s PF name is checked at load as the schema checks it, with its message: a name the schema refuses never holds a PF in the index', () => {
  const record = JSON.parse(JSON.stringify(encodePreparedClaim(prepared('a', 'p', [['vf1', 'net1']])))) as { devices: Array<Record<string, unknown>> };
  const withPf = (pfIfName: string) => ({ ...record, devices: [{ ...record.devices[0], vf: { pfIfName, vfIndex: 1 } }] });
  expect(loadPreparedClaim(withPf('pf0'), '').index.devices[0]?.vf).toEqual({ pfIfName: 'pf0', vfIndex: 1 });
  // "eth@0" is a name the kernel allows: refused at load it cannot keep a PF of that name out of every prepare.
  for (const pfIfName of ['eth@0', 'a'.repeat(16), '..', '']) {
    const refusal = (() => {
      try {
        decodePreparedClaim(withPf(pfIfName));
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error(`the schema took pfIfName ${JSON.stringify(pfIfName)}`);
    })();
    expect(refusal).toMatch(/^not a prepared claim record: devices\.0\.vf\.pfIfName: /);
    expect(() => loadPreparedClaim(withPf(pfIfName), '')).toThrow(new Error(refusal));
  }
});

test('a value the record cannot hold is refused at encoding in one line naming the field, as it becomes the claim\'s error', () => {
  const claim = prepared('a', 'p', [['vf1', 'net1']]);
  const withPf = { ...claim, devices: [{ ...claim.devices[0]!, vf: { pfIfName: 'eth@0', vfIndex: 1 } }] };
  expect(() => encodePreparedClaim(withPf)).toThrow(/^cannot write a prepared claim record: devices\.0\.vf\.pfIfName: may contain only letters, digits, "-", "_" and "\."$/);
});

test('a claim holds its own devices without conflict; another claim holding one is named with its uid', () => {
  const holder = prepared('a', 'p', [['eth1', 'net1']]);
  expect(deviceConflict(holder, () => [{ claim: holder }])).toBeUndefined();
  expect(deviceConflict(prepared('b', 'q', [['eth2', 'net2']]), () => [])).toBeUndefined();
  expect(deviceConflict(prepared('b', 'q', [['eth2', 'net2'], ['eth1', 'net1']]), (_pool, device) => (device === 'eth1' ? [{ claim: holder }] : []))).toMatch(
    /^request "nic" device "eth1" \(pool "[^"]+"\): the device is held by claim ns\/a \(uid [^)]+\), prepared on this node for pod p; /,
  );
});

describe('a PF and its VFs are never prepared in two claims at once', () => {
  const withVf = (claim: PreparedClaim, pfIfName: string, vfIndex: number): PreparedClaim => ({ ...claim, devices: claim.devices.map((device) => ({ ...device, vf: { pfIfName, vfIndex } })) });
  const vfClaim = withVf(prepared('vfs', 'p1', [['ens1f0v1', 'net1']]), 'ens1f0', 1);
  const pfClaim = prepared('pf', 'p2', [['ens1f0', 'net1']]);

  test('a PF while one of its VFs is prepared, and a VF while its PF is, each naming the other claim', () => {
    expect(pfVfConflict([vfClaim], pfClaim)).toBe('request "nic" device "ens1f0": its VF 1 ("ens1f0v1") is prepared in claim ns/vfs for pod p1; '
      + 'a PF cannot move into a pod while its VFs are in use; this claim can be prepared once that claim is unprepared');
    expect(pfVfConflict([pfClaim], vfClaim)).toBe('request "nic" device "ens1f0v1": its PF ens1f0 ("ens1f0") is prepared in claim ns/pf for pod p2; '
      + 'a VF cannot be used while its PF is in a pod; this claim can be prepared once that claim is unprepared');
  });

  test('VFs of one PF live together; another PF, and a claim against its own record, are free', () => {
    expect(pfVfConflict([vfClaim], withVf(prepared('vf2', 'p3', [['ens1f0v2', 'net1']]), 'ens1f0', 2))).toBeUndefined();
    expect(pfVfConflict([vfClaim], prepared('other', 'p3', [['ens2f0', 'net1']]))).toBeUndefined();
    expect(pfVfConflict([pfClaim], pfClaim)).toBeUndefined();
  });

  test('a share of a PF (a child in the pod, the PF on the host) and its VFs live together', () => {
    const share: PreparedClaim = { ...pfClaim, devices: pfClaim.devices.map((device) => ({ ...device as NetdevPlannedDevice, shareId: '0f2c7a7e-59a8-4d4e-8c55-3c2f0f9f5a01' })) };
    expect(pfVfConflict([vfClaim], share)).toBeUndefined();
    expect(pfVfConflict([share], vfClaim)).toBeUndefined();
  });

  test('the record keeps a VF\'s PF and index', () => {
    expect(decodePreparedClaim(JSON.parse(JSON.stringify(encodePreparedClaim(vfClaim))))).toEqual(vfClaim);
  });
});

describe('the PF/VF exclusion keys on PCI addresses (sysfs physfn), which neither vfio-pci, the PF leaving the host nor a rename changes', () => {
  const claim = (name: string, pod: string, devices: PreparedClaim['devices']): PreparedClaim => ({
    version: 1, claim: { namespace: 'ns', name, uid: `uid-${name}` }, pod: { name: pod, uid: `uid-${pod}` }, devices,
  });
  const pfDevice = (hostIfName: string): NetdevPlannedDevice => ({ request: 'nic', pool: 'node-a', device: 'pci-0000-05-00-0', hostIfName, podIfName: 'net1', pciAddress: '0000:05:00.0', config: {}, rdmaCharDevices: [] });
  const pfClaim = claim('pf', 'p2', [pfDevice('ens1f0')]);
  const dpdk = claim('dpdk', 'p1', [{
    request: 'nic', pool: 'node-a', device: 'pci-0000-05-00-2', config: { driver: 'vfio-pci' },
    vfio: { pciAddress: '0000:05:00.2', iommuGroup: 30, originalDriver: 'mlx5_core' }, vf: { pfPciAddress: '0000:05:00.0', vfIndex: 0 },
  }]);
  // Prepared while its PF was in a pod: sysfs physfn/net/ was empty, so no PF name, but the address.
  const vfNoPfName = claim('vf', 'p3', [{ request: 'nic', pool: 'node-a', device: 'pci-0000-05-00-3', hostIfName: 'ens1f0v1', podIfName: 'net1', pciAddress: '0000:05:00.3', config: {}, rdmaCharDevices: [], vf: { pfPciAddress: '0000:05:00.0', vfIndex: 1 } }]);
  const loaded = (prepared: PreparedClaim) => loadPreparedClaim(JSON.parse(JSON.stringify(encodePreparedClaim(prepared))), '').index;

  test('a PF is refused while one of its VFs is prepared with driver vfio-pci, and that VF while its PF is', () => {
    expect(pfVfConflict([loaded(dpdk)], pfClaim)).toBe('request "nic" device "pci-0000-05-00-0": its VF 0 ("pci-0000-05-00-2") is prepared in claim ns/dpdk for pod p1; '
      + 'a PF cannot move into a pod while its VFs are in use; this claim can be prepared once that claim is unprepared');
    expect(pfVfConflict([preparedClaimIndex(pfClaim)], dpdk)).toMatch(/^request "nic" device "pci-0000-05-00-2": its PF ens1f0 \("pci-0000-05-00-0"\) is prepared in claim ns\/pf/);
  });

  test('a VF prepared without its PF\'s name (the PF was in a pod) is still a VF: refused next to its PF, never taken for one', () => {
    expect(pfVfConflict([loaded(pfClaim)], vfNoPfName)).toMatch(/^request "nic" device "pci-0000-05-00-3": its PF ens1f0 /);
    expect(pfVfConflict([loaded(vfNoPfName)], pfClaim)).toMatch(/its VF 1 \("pci-0000-05-00-3"\)/);
    expect(pfVfConflict([loaded(vfNoPfName)], dpdk)).toBeUndefined();
  });

  test('a PF renamed on the host after its VF was prepared is still refused; a device that took the old name is not', () => {
    const vf = claim('vf', 'p1', [{ request: 'nic', pool: 'node-a', device: 'pci-0000-05-00-2', hostIfName: 'ens1f0v0', podIfName: 'net1', config: {}, rdmaCharDevices: [], vf: { pfIfName: 'ens1f0', pfPciAddress: '0000:05:00.0', vfIndex: 0 } }]);
    expect(pfVfConflict([loaded(vf)], claim('pf', 'p2', [pfDevice('ens1f0np0')]))).toBeDefined();
    const impostor = claim('other', 'p2', [{ ...pfDevice('ens1f0'), device: 'pci-0000-06-00-0', pciAddress: '0000:06:00.0' }]);
    expect(pfVfConflict([loaded(vf)], impostor)).toBeUndefined();
  });

  test('the index of a vfio device carries its function\'s address and its PF, and nothing more; it names the functions claims hold bound', () => {
    expect(loaded(dpdk).devices).toEqual([{ request: 'nic', pool: 'node-a', device: 'pci-0000-05-00-2', pciAddress: '0000:05:00.2', vf: { pfPciAddress: '0000:05:00.0', vfIndex: 0 } }]);
    expect(heldVfioFunctions([loaded(dpdk), loaded(vfNoPfName), preparedClaimIndex(pfClaim)])).toEqual(new Set(['0000:05:00.2']));
    expect(() => decodePreparedClaim({ ...encodePreparedClaim(vfNoPfName) as object, devices: [{ ...vfNoPfName.devices[0], vf: { pfPciAddress: '../x', vfIndex: 1 } }] }))
      .toThrow(/^not a prepared claim record: devices\.0/);
  });
});

describe('a vfio device in the record', () => {
  const vfioRecord = (vfio: object): unknown => ({
    version: 1,
    claim: { namespace: 'ns', name: 'dpdk', uid: 'uid-dpdk' },
    pod: { name: 'p', uid: 'uid-p' },
    devices: [{ request: 'nic', pool: 'node-a', device: 'pci-0000-03-00-2', config: { driver: 'vfio-pci' }, vfio }],
  });

  test('decodes with its binding and encodes back to the same JSON; it takes no pod interface name', () => {
    const stored = vfioRecord({ pciAddress: '0000:03:00.2', iommuGroup: 31, originalDriver: 'iavf' });
    const decoded = decodePreparedClaim(stored);
    expect(isVfioDevice(decoded.devices[0]!) && decoded.devices[0].vfio).toEqual({ pciAddress: '0000:03:00.2', iommuGroup: 31, originalDriver: 'iavf' });
    expect(encodePreparedClaim(decoded)).toEqual(stored);
    expect(interfaceNameConflict([decoded], prepared('b', 'p', [['eth2', 'pci-0000-03-00-2']]))).toBeUndefined();
  });

  test('the driver_override it had round-trips; a record from before it was kept decodes without it', () => {
    const stored = vfioRecord({ pciAddress: '0000:03:00.2', iommuGroup: 31, originalDriver: 'iavf', originalOverride: 'iavf' });
    expect(encodePreparedClaim(decodePreparedClaim(stored))).toEqual(stored);
    expect(decodePreparedClaim(vfioRecord({ pciAddress: '0000:03:00.2', iommuGroup: 31, originalDriver: 'iavf' })).devices[0]).not.toHaveProperty('vfio.originalOverride');
  });

  test('a function that had no driver has none recorded', () => {
    expect(decodePreparedClaim(vfioRecord({ pciAddress: '0000:03:00.2', iommuGroup: 31 })).devices[0]).toMatchObject({ vfio: { pciAddress: '0000:03:00.2', iommuGroup: 31 } });
  });

  test.each([
    [{ pciAddress: '../../../etc', iommuGroup: 31 }],
    [{ pciAddress: '0000:03:00.2', iommuGroup: -1 }],
    [{ pciAddress: '0000:03:00.2', iommuGroup: 31, originalDriver: '../x' }],
    [{ pciAddress: '0000:03:00.2', iommuGroup: 31, originalDriver: 'iavf', originalOverride: 'a b' }],
    [{ pciAddress: '0000:03:00.2' }],
  ])('a damaged binding %j is refused', (vfio) => {
    expect(() => decodePreparedClaim(vfioRecord(vfio))).toThrow(/^not a prepared claim record: devices\.0/);
  });
});
