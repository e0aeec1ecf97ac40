import { configAppliesTo, resolveRequestConfig } from './request-config.ts';
import { opaqueConfig, TEST_DRIVER } from '../../testing/claims.ts';

describe('configAppliesTo', () => {
  test.each([
    [undefined, 'nic', true],
    [[], 'nic', true],
    [['nic'], 'nic', true],
    [['other'], 'nic', false],
    [['nic'], 'nic/fast', true],
    [['nic/fast'], 'nic/fast', true],
    [['nic/slow'], 'nic/fast', false],
    [['nic/fast'], 'nic', false],
    [['ni'], 'nic/fast', false],
  ] as const)('requests %j, result of %s: %s', (requests, request, expected) => {
    expect(configAppliesTo(requests as readonly string[] | undefined, request)).toBe(expected);
  });
});

describe('resolveRequestConfig', () => {
  test('class config first, claim config after, later wins, whatever order they arrive in', () => {
    const configs = [
      opaqueConfig({ interface: { mtu: 9000 } }, { source: 'FromClaim' }),
      opaqueConfig({ interface: { mtu: 1500, name: 'net1' } }, { source: 'FromClass' }),
    ];
    expect(resolveRequestConfig(configs, TEST_DRIVER, 'nic').config).toEqual({ interface: { name: 'net1', mtu: 9000 } });
  });

  test('a class may set interface.type and a claim its fields; the merged config is judged whole', () => {
    const vlanClass = opaqueConfig({ interface: { type: 'vlan', protocol: '802.1ad' } }, { source: 'FromClass' });
    expect(resolveRequestConfig([vlanClass, opaqueConfig({ interface: { vlanId: 42 } })], TEST_DRIVER, 'nic'))
      .toEqual({ config: { interface: { type: 'vlan', protocol: '802.1ad', vlanId: 42 } } });
    expect(() => resolveRequestConfig([vlanClass], TEST_DRIVER, 'nic'))
      .toThrow('invalid config (the applicable DeviceClass and claim configs merged): interface.vlanId: is required for interface.type "vlan"');
    expect(() => resolveRequestConfig([vlanClass, opaqueConfig({ interface: { vlanId: 42, mode: 'bridge' } })], TEST_DRIVER, 'nic'))
      .toThrow('interface.mode: applies only to interface.type "macvlan" or "ipvlan", not "vlan"');
  });

  test('configs of other drivers are ignored, even when they would not validate', () => {
    const configs = [
      opaqueConfig({ gpu: { clocks: 'max' } }, { driver: 'gpu.example.com' }),
      opaqueConfig({ interface: { name: 'net1' } }),
    ];
    expect(resolveRequestConfig(configs, TEST_DRIVER, 'nic').config).toEqual({ interface: { name: 'net1' } });
  });

  test('per-request scoping: parent configs cover subrequests, subrequest configs only their own', () => {
    const configs = [
      opaqueConfig({ interface: { mtu: 1500 } }, { requests: ['nic'] }),
      opaqueConfig({ interface: { mtu: 9000 } }, { requests: ['nic/fast'] }),
      opaqueConfig({ interface: { name: 'storage' } }, { requests: ['other'] }),
    ];
    expect(resolveRequestConfig(configs, TEST_DRIVER, 'nic/fast').config).toEqual({ interface: { mtu: 9000 } });
    expect(resolveRequestConfig(configs, TEST_DRIVER, 'nic/slow').config).toEqual({ interface: { mtu: 1500 } });
    expect(resolveRequestConfig(configs, TEST_DRIVER, 'other').config).toEqual({ interface: { name: 'storage' } });
  });

  test('an invalid entry is named by its source, its index and every bad field', () => {
    const configs = [
      opaqueConfig({ interface: { mtu: 1500 } }, { source: 'FromClass' }),
      opaqueConfig({ interface: { mtu: 10, adresses: [] } }),
    ];
    expect(() => resolveRequestConfig(configs, TEST_DRIVER, 'nic')).toThrow(
      'invalid claim config (status.allocation.devices.config[1]): interface.mtu: must be at least 68; interface.adresses: unknown field',
    );
  });

  test('a class config error says it comes from the DeviceClass', () => {
    const configs = [opaqueConfig({ routes: 'none' }, { source: 'FromClass' })];
    expect(() => resolveRequestConfig(configs, TEST_DRIVER, 'nic')).toThrow(
      'invalid DeviceClass config (status.allocation.devices.config[0]): routes: must be a list',
    );
  });

  test('an invalid config scoped to another request does not fail this one', () => {
    const configs = [opaqueConfig({ interface: { mtu: 1 } }, { requests: ['other'] })];
    expect(resolveRequestConfig(configs, TEST_DRIVER, 'nic').config).toEqual({});
  });
});
