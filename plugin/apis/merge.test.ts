import { parseInterfaceConfig } from './config.ts';
import { mergeInterfaceConfigs } from './merge.ts';

describe('mergeInterfaceConfigs', () => {
  test('interface fields merge one by one, later wins', () => {
    expect(mergeInterfaceConfigs([
      parseInterfaceConfig({ interface: { name: 'net1', mtu: 1500 } }),
      parseInterfaceConfig({ interface: { mtu: 9000, addresses: ['10.0.0.2/24'] } }),
    ])).toEqual(parseInterfaceConfig({ interface: { name: 'net1', mtu: 9000, addresses: ['10.0.0.2/24'] } }));
  });

  test('a later list replaces the earlier one whole; an absent list keeps the earlier one', () => {
    const classConfig = parseInterfaceConfig({ routes: [{ destination: '10.1.0.0/16', gateway: '10.0.0.1' }], neighbors: [{ destination: '10.0.0.9', hardwareAddr: '02:00:00:00:00:09' }] });
    const claimConfig = parseInterfaceConfig({ routes: [{ destination: '10.2.0.0/16', gateway: '10.0.0.1' }] });
    expect(mergeInterfaceConfigs([classConfig, claimConfig]))
      .toEqual({ routes: claimConfig.routes, neighbors: classConfig.neighbors });
  });

  test('addresses and ipam are one choice: a later config that makes it drops the earlier one\'s', () => {
    const pool = parseInterfaceConfig({ interface: { name: 'net1', ipam: { pool: 'blue' } } });
    const fixed = parseInterfaceConfig({ interface: { addresses: ['10.0.0.2/24'] } });
    expect(mergeInterfaceConfigs([pool, fixed])).toEqual(parseInterfaceConfig({ interface: { name: 'net1', addresses: ['10.0.0.2/24'] } }));
    expect(mergeInterfaceConfigs([fixed, pool])).toEqual(pool);
  });

  test('no configs give the empty config', () => {
    expect(mergeInterfaceConfigs([])).toEqual({});
  });
});
