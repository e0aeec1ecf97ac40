import { assignDeviceNames, baseDeviceName, isDnsLabel, toDnsLabel } from './naming.ts';
import { fakeDevice, fakePciNic } from '../../testing/devices.ts';

describe('device names', () => {
  it('keeps interface names that already are DNS labels', () => {
    expect(baseDeviceName(fakeDevice({ ifName: 'eth1' }))).toBe('eth1');
    expect(baseDeviceName(fakeDevice({ ifName: 'veth-ab12' }))).toBe('veth-ab12');
  });

  it.each(['eth0.100', 'ETH1', 'br_ext', '-lead', 'trail-', 'a..b', '.', 'x'.repeat(70)])('normalises %s into a DNS label', (ifName) => {
    const name = toDnsLabel(ifName);
    expect(isDnsLabel(name)).toBe(true);
    expect(name).not.toBe(ifName);
  });

  it('reads normalised names and keeps them stable', () => {
    expect(toDnsLabel('eth0.100')).toMatch(/^eth0-100-[a-z2-7]{5}$/);
    expect(toDnsLabel('eth0.100')).toBe(toDnsLabel('eth0.100'));
    expect(toDnsLabel('eth0.100')).not.toBe(toDnsLabel('eth0_100'));
  });

  it('names PCI functions by their address, whatever the interface is called', () => {
    expect(baseDeviceName(fakePciNic('enp3s0f1', '0000:03:00.1'))).toBe('pci-0000-03-00-1');
    expect(baseDeviceName(fakePciNic('ENP3S0F1', '0000:AF:00.7'))).toBe('pci-0000-af-00-7');
  });

  it('resolves collisions deterministically, PCI devices keeping their names', () => {
    const nic = fakePciNic('enp3s0f1', '0000:03:00.1');
    const impostor = fakeDevice({ ifName: 'pci-0000-03-00-1' });
    const forward = assignDeviceNames([impostor, nic]);
    const backward = assignDeviceNames([nic, impostor]);
    expect(forward.get(nic)).toBe('pci-0000-03-00-1');
    expect(forward.get(impostor)).not.toBe('pci-0000-03-00-1');
    expect(isDnsLabel(forward.get(impostor)!)).toBe(true);
    expect(backward.get(impostor)).toBe(forward.get(impostor));
  });

  it('gives every device of a large set a unique DNS label', () => {
    const devices = Array.from({ length: 300 }, (_, index) => fakeDevice({ ifName: index % 2 ? `eth${index}.10` : `eth${index}` }));
    const names = [...assignDeviceNames(devices).values()];
    expect(new Set(names).size).toBe(300);
    expect(names.every(isDnsLabel)).toBe(true);
  });
});
