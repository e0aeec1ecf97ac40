import { deviceAttributes } from './attributes.ts';
import { compileDeviceFilter, defaultFilterExpression, deviceFilter, FilterError } from './filter.ts';
import type { PublishedDevice } from './published-device.ts';
import { fakeDevice, fakePciNic } from '../../testing/devices.ts';

const published = (info: Parameters<typeof deviceAttributes>[0]): PublishedDevice => ({ name: info.ifName, attributes: deviceAttributes(info) });
const nic = published(fakePciNic('enp3s0f0', '0000:03:00.0', { mtu: 9000 }));
const veth = published(fakeDevice({ ifName: 'veth12' }));
const judge = (expression: string, device: PublishedDevice, driverName = 'netclaim.io') => compileDeviceFilter(expression, driverName).judge(device);

describe('CEL device filter', () => {
  it('sees attributes under the driver domain, as DeviceClass selectors do', () => {
    const expression = 'device.attributes["netclaim.io"].type != "veth" && device.driver == "netclaim.io"';
    expect(judge(expression, nic)).toEqual({ keep: true });
    expect(judge(expression, veth)).toEqual({ keep: false, outcome: 'false', reason: 'filter returned false' });
  });

  it('compares ints as CEL ints and reads standard attributes under their own domain', () => {
    expect(judge('device.attributes["netclaim.io"].mtu > 1500', nic).keep).toBe(true);
    expect(judge('device.attributes["resource.kubernetes.io"].pcieRoot == "pci0000:00"', nic).keep).toBe(true);
  });

  it('sees allowMultipleAllocations, true only on a shared parent, as a DeviceClass selector can select shared parents', () => {
    expect(judge('device.allowMultipleAllocations', { ...nic, allowMultipleAllocations: true }).keep).toBe(true);
    expect(judge('!device.allowMultipleAllocations', nic).keep).toBe(true);
  });

  it('follows the configured driver name', () => {
    expect(judge('device.attributes["example.com"].ifName.startsWith("enp")', nic, 'example.com').keep).toBe(true);
  });

  it('drops a device when evaluation errors or the result is not a bool (fail closed), saying which', () => {
    expect(judge('device.attributes["netclaim.io"].pciVendor == "15b3"', veth)).toEqual({ keep: false, outcome: 'error', reason: 'filter error: field not found: pciVendor' });
    expect(judge('has(device.attributes["netclaim.io"].pciVendor) ? device.attributes["netclaim.io"].pciVendor : false', nic)).toEqual({ keep: false, outcome: 'not bool', reason: 'filter returned string, not bool' });
    expect(judge('!has(device.attributes["netclaim.io"].pciVendor) || device.attributes["netclaim.io"].pciVendor == "15b3"', veth).keep).toBe(true);
  });

  it('refuses at compile time an expression that does not parse, naming it', () => {
    expect(() => compileDeviceFilter('device.attributes[', 'netclaim.io')).toThrow(FilterError);
    expect(() => compileDeviceFilter('device.attributes[', 'netclaim.io')).toThrow(/^--filter "device\.attributes\[": /);
  });

  it.each([
    ['1', 'int'], ['1.5', 'double'], ['"yes"', 'string'], ['[true]', 'list'], ['device', 'map'], ['1u', 'uint'], ['null', 'null'],
  ])('refuses %s at compile time, with no device to try it on: it evaluates to %s', (expression, type) => {
    expect(() => compileDeviceFilter(expression, 'netclaim.io')).toThrow(new FilterError(expression, `evaluates to ${type}, not bool`));
  });
});

describe('the default filter (no --filter)', () => {
  const filter = deviceFilter(undefined, 'netclaim.io');
  const vf = published(fakePciNic('enp3s0f0v0', '0000:03:00.2', { isSriovVf: true, driver: 'mlx5_core' }));

  it('offers PCI functions, physical and SR-IOV VFs', () => {
    expect(filter.judge(nic)).toEqual({ keep: true });
    expect(filter.judge(vf)).toEqual({ keep: true });
  });

  it.each(['veth', 'bridge', 'ifb', 'macvlan', 'vxlan', 'tun', 'bond', 'vlan'])('never offers a %s', (type) => {
    const verdict = filter.judge(published(fakeDevice({ ifName: `${type}0`, type })));
    expect(verdict).toEqual({ keep: false, outcome: 'false', reason: 'no bus address: a virtual link, offered only when --filter selects it' });
  });

  it('is a CEL expression an operator can copy into --filter and extend, with the configured driver name', () => {
    expect(filter).toMatchObject({ expression: defaultFilterExpression('netclaim.io'), isDefault: true });
    const extended = compileDeviceFilter(`(${defaultFilterExpression('netclaim.io')}) || device.attributes["netclaim.io"].ifName == "veth12"`, 'netclaim.io');
    expect([nic, vf, veth].map((device) => extended.judge(device).keep)).toEqual([true, true, true]);
    expect(deviceFilter(undefined, 'example.com').expression).toContain('device.attributes["example.com"]');
    expect(deviceFilter(undefined, 'example.com').judge(nic).keep).toBe(true);
  });

  it('is replaced by a --filter, which alone decides', () => {
    const operator = deviceFilter('device.attributes["netclaim.io"].type == "veth"', 'netclaim.io');
    expect(operator.isDefault).toBe(false);
    expect([nic, veth].map((device) => operator.judge(device).keep)).toEqual([false, true]);
  });

  it.each<[string, PublishedDevice['attributes']]>([
    ['a PCI function', { pciAddress: { string: '0000:03:00.0' }, virtual: { bool: false } }],
    ['a virtual link', { virtual: { bool: true } }],
    ['a virtual link with a bus address', { pciAddress: { string: '0000:03:00.0' }, virtual: { bool: true } }],
    ['no virtual attribute but a bus address', { pciAddress: { string: '0000:03:00.0' } }],
    ['no attribute at all', {}],
    ['a non-bool virtual', { pciAddress: { string: 'x' }, virtual: { string: 'no' } }],
    ['a non-bool virtual, no bus address', { virtual: { int: 1 } }],
    ['attributes named with the driver domain', { 'netclaim.io/pciAddress': { string: 'x' }, 'netclaim.io/virtual': { bool: false } }],
    ['attributes of another domain only', { 'example.com/pciAddress': { string: 'x' }, virtual: { bool: false } }],
  ])('decides as CEL evaluating its expression would, without loading CEL: %s', (_, attributes) => {
    const device = { name: 'd', attributes };
    const byCel = compileDeviceFilter(defaultFilterExpression('netclaim.io'), 'netclaim.io').judge(device);
    const verdict = filter.judge(device);
    expect(verdict.keep).toBe(byCel.keep);
    if (!verdict.keep && !byCel.keep) expect(verdict.outcome).toBe(byCel.outcome);
  });
});
