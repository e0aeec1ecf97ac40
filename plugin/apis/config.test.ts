import { ConfigError, encodeInterfaceConfig, parseClassConfig, parseInterfaceConfig } from './config.ts';

function errorOf(value: unknown): string {
  try {
    parseInterfaceConfig(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the config to be rejected');
}

describe('interface config', () => {
  test('accepts every field', () => {
    const config = {
      interface: { name: 'net1', addresses: ['10.0.0.2/24', '2001:db8::2/64'], mtu: 9000, hardwareAddr: '02:00:00:00:00:01', arpIgnore: 1, arpAnnounce: 2, gsoMaxSize: 65536, groMaxSize: 65536 },
      routes: [{ destination: '0.0.0.0/0', gateway: '10.0.0.1', source: '10.0.0.2', scope: 0, table: 100 }, { destination: '10.9.0.0/16', scope: 253 }],
      rules: [{ priority: 100, source: '10.0.0.0/24', table: 100 }],
      neighbors: [{ destination: '10.0.0.1', hardwareAddr: '02:00:00:00:00:09' }],
    };
    // Decoded into parsed values and encoded again, nothing is lost or changed.
    expect(encodeInterfaceConfig(parseInterfaceConfig(config))).toEqual(config);
    expect(parseInterfaceConfig(undefined)).toEqual({});
  });

  test.each([
    [{ interface: { adresses: ['10.0.0.2/24'] } }, 'interface.adresses: unknown field'],
    [{ bogus: 1 }, 'bogus: unknown field'],
    [{ interface: { name: 'this-name-is-too-long' } }, 'interface.name: must be at most 15 characters'],
    [{ interface: { name: 'a/b' } }, 'interface.name: may contain only'],
    [{ interface: { name: '..' } }, 'interface.name: must not be "." or ".."'],
    [{ interface: { addresses: ['10.0.0.2'] } }, 'interface.addresses[0]: must be an IP address with a prefix length'],
    [{ interface: { addresses: ['10.0.0.300/24'] } }, 'interface.addresses[0]: must be an IP address with a prefix length'],
    [{ interface: { nmae: 'net1' } }, 'interface.nmae: unknown field'],
    [{ interface: { addresses: ['10.0.0.2/24', '10.0.0.2/24'] } }, 'interface.addresses: must not list an address twice'],
    [{ interface: { mtu: 67 } }, 'interface.mtu: must be at least 68'],
    [{ interface: { mtu: 70000 } }, 'interface.mtu: must be at most 65535'],
    [{ interface: { mtu: '1500' } }, 'interface.mtu: must be a number'],
    [{ interface: { hardwareAddr: '01:00:00:00:00:01' } }, 'interface.hardwareAddr: must be a unicast MAC'],
    [{ interface: { hardwareAddr: 'zz' } }, 'interface.hardwareAddr: must be a MAC address'],
    [{ interface: { arpIgnore: 5 } }, 'interface.arpIgnore: must be 0, 1, 2, 3 or 8'],
    [{ routes: [{ destination: '10.0.0.0/8', gateway: '2001:db8::1' }] }, 'routes[0].gateway: must be the same IP family'],
    [{ routes: [{ destination: '10.0.0.0/8', scope: 0 }] }, 'routes[0].gateway: is required for a route with scope 0'],
    [{ routes: [{ destination: '10.0.0.0/8', scope: 200 }] }, 'routes[0].scope: must be 0 (universe) or 253 (link)'],
    [{ routes: [{ destination: '10.0.0.0/8', table: 0 }] }, 'routes[0].table: must be between 1 and 4294967295'],
    [{ routes: {} }, 'routes: must be a list'],
    [{ rules: [{ priority: 40000, source: '10.0.0.0/8', table: 5 }] }, 'rules[0].priority: must be between 0 and 32767'],
    [{ rules: [{ table: 5 }] }, 'rules[0].source: a rule needs a source or a destination'],
    [{ neighbors: [{ destination: '10.0.0.1' }] }, 'neighbors[0].hardwareAddr: must be a string'],
    ['text', '(config): must be a JSON object'],
    [{ interface: { ipam: { pool: 'Blue' } } }, 'interface.ipam.pool: must be a DNS label'],
    [{ interface: { ipam: { pool: 'blue', size: 2 } } }, 'interface.ipam.size: unknown field'],
    [{ ipPools: [{ name: 'blue', ranges: [{ subnet: '10.0.0.0/24' }] }] }, 'ipPools: may be set only in a DeviceClass config'],
  ])('rejects %j naming the field', (value, expected) => {
    expect(errorOf(value)).toContain(expected);
  });
});

describe('DeviceClass config: ipPools', () => {
  const pool = (definition: object) => ({ ipPools: [{ name: 'blue', ranges: [{ subnet: '10.0.0.0/24' }], ...definition }] });
  const classError = (value: unknown) => {
    try {
      parseClassConfig(value);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected the class config to be rejected');
  };

  test('a pool decodes into parsed values and encodes back as written', () => {
    const written = pool({ ranges: [{ subnet: '10.0.0.0/24', start: '10.0.0.10', end: '10.0.0.20', gateway: '10.0.0.1' }, { subnet: 'fd00::/64' }], exclude: ['10.0.0.15', '10.0.0.16/30'], routes: [{ destination: '10.9.0.0/16', gateway: '10.0.0.1' }] });
    const parsed = parseClassConfig(written);
    expect(parsed.ipPools?.[0]?.ranges[1]?.subnet.prefixLength).toBe(64);
  });

  test.each([
    [pool({ ranges: [] }), 'ipPools[0].ranges (pool "blue"): a pool needs at least one range'],
    [pool({ ranges: [{ subnet: '10.0.0.0/24', gateway: '10.1.0.1' }] }), 'ipPools[0].ranges[0].gateway (pool "blue"): must be inside subnet 10.0.0.0/24'],
    [pool({ ranges: [{ subnet: '10.0.0.0/24', start: '10.0.0.9', end: '10.0.0.2' }] }), 'ipPools[0].ranges[0].end (pool "blue"): must not come before start'],
    [pool({ ranges: [{ subnet: '::ffff:10.0.0.0/120' }] }), 'ipPools[0].ranges[0].subnet (pool "blue"): must not be an IPv4-mapped IPv6 subnet'],
    [pool({ exclude: ['10.0.0.x'] }), 'ipPools[0].exclude[0] (pool "blue"): must be an IP address or a subnet'],
    [pool({ size: 3 }), 'ipPools[0].size (pool "blue"): unknown field'],
    [{ ipPools: [{ name: 'a', ranges: [{ subnet: '10.0.0.0/24' }] }, { name: 'a', ranges: [{ subnet: '10.1.0.0/24' }] }] }, 'ipPools[1].name (pool "a"): pool "a" is defined twice'],
  ])('rejects %j naming the field and the pool', (value, expected) => {
    expect(classError(value)).toContain(expected);
  });
});
