import { deviceAttributes } from './attributes.ts';
import { compileDeviceFilter, FilterSyntaxError } from './filter.ts';
import type { PublishedDevice } from './published-device.ts';
import { fakeDevice, fakePciNic } from '../../testing/devices.ts';

const published = (info: Parameters<typeof deviceAttributes>[0]): PublishedDevice => ({ name: info.ifName, attributes: deviceAttributes(info) });
const nic = published(fakePciNic('enp3s0f0', '0000:03:00.0', { mtu: 9000 }));
const veth = published(fakeDevice({ ifName: 'veth12' }));

describe('CEL device filter', () => {
  it('sees attributes under the driver domain, as DeviceClass selectors do', () => {
    const filter = compileDeviceFilter('device.attributes["netclaim.io"].type != "veth" && device.driver == "netclaim.io"', 'netclaim.io');
    expect(filter(nic)).toEqual({ keep: true });
    expect(filter(veth)).toEqual({ keep: false, reason: 'filter returned false' });
  });

  it('compares ints as CEL ints and reads standard attributes under their own domain', () => {
    expect(compileDeviceFilter('device.attributes["netclaim.io"].mtu > 1500', 'netclaim.io')(nic).keep).toBe(true);
    expect(compileDeviceFilter('device.attributes["resource.kubernetes.io"].pcieRoot == "pci0000:00"', 'netclaim.io')(nic).keep).toBe(true);
  });

  it('follows the configured driver name', () => {
    expect(compileDeviceFilter('device.attributes["example.com"].ifName.startsWith("enp")', 'example.com')(nic).keep).toBe(true);
  });

  it('drops a device when evaluation errors or the result is not a bool (fail closed)', () => {
    const verdict = compileDeviceFilter('device.attributes["netclaim.io"].pciVendor == "15b3"', 'netclaim.io')(veth);
    expect(verdict.keep).toBe(false);
    expect(!verdict.keep && verdict.reason).toMatch(/filter error/);
    expect(compileDeviceFilter('"yes"', 'netclaim.io')(nic)).toEqual({ keep: false, reason: 'filter returned string, not bool' });
    expect(compileDeviceFilter('!has(device.attributes["netclaim.io"].pciVendor) || device.attributes["netclaim.io"].pciVendor == "15b3"', 'netclaim.io')(veth).keep).toBe(true);
  });

  it('rejects an expression that does not parse at startup', () => {
    expect(() => compileDeviceFilter('device.attributes[', 'netclaim.io')).toThrow(FilterSyntaxError);
  });
});
