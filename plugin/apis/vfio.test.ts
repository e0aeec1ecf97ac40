import { ConfigError, finalConfigIssues, parseInterfaceConfig } from './config.ts';
import { mergeInterfaceConfigs } from './merge.ts';

function finalIssues(value: unknown): string[] {
  return finalConfigIssues(parseInterfaceConfig(value)).map((issue) => `${issue.path}: ${issue.message}`);
}

describe('driver: "vfio-pci"', () => {
  test('alone, or with interface.type "device", is a final config', () => {
    expect(finalIssues({ driver: 'vfio-pci' })).toEqual([]);
    expect(finalIssues({ driver: 'vfio-pci', interface: { type: 'device' } })).toEqual([]);
  });

  test('any other driver is refused naming the field', () => {
    expect(() => parseInterfaceConfig({ driver: 'igb_uio' })).toThrow(ConfigError);
    expect(() => parseInterfaceConfig({ driver: 'igb_uio' })).toThrow('driver: must be "vfio-pci" (or absent: the device\'s own network driver)');
  });

  test('every netdev field is refused with it, each named', () => {
    expect(finalIssues({ driver: 'vfio-pci', interface: { name: 'net1', addresses: ['10.0.0.2/24'], mtu: 9000 }, routes: [{ destination: '10.9.0.0/16', scope: 253 }], rules: [{ source: '10.0.0.0/24', table: 5 }], neighbors: [] })).toEqual([
      'interface.addresses: does not apply with driver "vfio-pci": the function has no netdev in the pod',
      'interface.mtu: does not apply with driver "vfio-pci": the function has no netdev in the pod',
      'interface.name: does not apply with driver "vfio-pci": the function has no netdev in the pod',
      'routes: do not apply with driver "vfio-pci": the pod\'s network namespace is not touched',
      'rules: do not apply with driver "vfio-pci": the pod\'s network namespace is not touched',
      'neighbors: do not apply with driver "vfio-pci": the pod\'s network namespace is not touched',
    ]);
    expect(finalIssues({ driver: 'vfio-pci', vf: { vlan: 10 } })).toEqual([
      'vf: is not applied with driver "vfio-pci" yet: set the VF through its PF before binding, or use the VF as a netdev',
    ]);
    expect(finalIssues({ driver: 'vfio-pci', interface: { type: 'macvlan' } })).toEqual([
      'interface.type: must be absent or "device" with driver "vfio-pci": the pod gets the PCI function itself, which has no netdev to be a parent',
    ]);
  });

  test('a claim may set it over a class config; the merged config is what is judged', () => {
    const merged = mergeInterfaceConfigs([parseInterfaceConfig({ interface: { mtu: 9000 } }), parseInterfaceConfig({ driver: 'vfio-pci' })]);
    expect(merged).toEqual({ interface: { mtu: 9000 }, driver: 'vfio-pci' });
    expect(finalConfigIssues(merged).map((issue) => issue.path)).toEqual(['interface.mtu']);
  });
});
