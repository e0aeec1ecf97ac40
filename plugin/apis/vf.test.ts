/** The `vf` block: alone and merged with a class's (the prepared-claim record keeps it: plugin/claims/plan.test.ts). */
import { finalConfigIssues, parseInterfaceConfig, encodeInterfaceConfig, ConfigError } from './config.ts';
import { mergeInterfaceConfigs } from './merge.ts';

const every = { mac: '02:00:00:00:00:07', vlan: 100, qos: 5, vlanProto: '802.1ad', spoofChk: false, trust: true, linkState: 'enable', minTxRate: 100, maxTxRate: 1000 };

function fieldErrors(value: unknown): string {
  try {
    const config = parseInterfaceConfig(value);
    return finalConfigIssues(config).map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
}

test('every field decodes into netops VfSettings and encodes back unchanged', () => {
  const config = { interface: { name: 'net1' }, vf: every };
  const parsed = parseInterfaceConfig(config);
  expect(parsed.vf).toEqual(every);
  expect(finalConfigIssues(parsed)).toEqual([]);
  expect(encodeInterfaceConfig(parsed)).toEqual(config);
});

test.each([
  [{ vf: { vlan: 4095 } }, 'vf.vlan: must be between 0 and 4094'],
  [{ vf: { vlan: -1 } }, 'vf.vlan: must be between 0 and 4094'],
  [{ vf: { vlan: 10, qos: 8 } }, 'vf.qos: must be between 0 and 7'],
  [{ vf: { vlanProto: '802.1x', vlan: 1 } }, 'vf.vlanProto: must be one of "802.1Q", "802.1ad"'],
  [{ vf: { linkState: 'up' } }, 'vf.linkState: must be one of "auto", "enable", "disable"'],
  [{ vf: { spoofChk: 'yes' } }, 'vf.spoofChk: must be a boolean'],
  [{ vf: { maxTxRate: 1.5 } }, 'vf.maxTxRate: must be a whole number'],
  [{ vf: { minTxRate: -1 } }, 'vf.minTxRate: must be between 0 and 1000000'],
  [{ vf: { mac: '01:00:00:00:00:01' } }, 'vf.mac: must be a unicast MAC address'],
  [{ vf: { mac: '00:00:00:00:00:00' } }, 'vf.mac: must not be all zeros'],
  [{ vf: { mac: '02:00:00:00:00' } }, 'vf.mac: must be a MAC address'],
  [{ vf: { vlna: 10 } }, 'vf.vlna: unknown field'],
  [{ vf: { qos: 3 } }, 'vf.qos: needs vf.vlan set to a VLAN id'],
  [{ vf: { qos: 3, vlan: 0 } }, 'vf.qos: needs vf.vlan set to a VLAN id'],
  [{ vf: { vlanProto: '802.1Q' } }, 'vf.vlanProto: needs vf.vlan'],
  [{ vf: { vlanProto: '802.1ad', vlan: 0 } }, 'vf.vlanProto: "802.1ad" needs a VLAN id'],
  [{ vf: { minTxRate: 200, maxTxRate: 100 } }, 'vf.minTxRate: must not be above vf.maxTxRate (200 > 100 Mbit/s)'],
  [{ interface: { type: 'macvlan' }, vf: { vlan: 10 } }, 'vf: applies only to interface.type "device"'],
])('rejects %j naming the field', (value, expected) => {
  expect(fieldErrors(value)).toContain(expected);
});

test.each([
  [{ vf: { qos: 0 } }],
  [{ vf: { minTxRate: 200, maxTxRate: 0 } }],
  [{ vf: { vlan: 0, vlanProto: '802.1Q' } }],
  [{ interface: { type: 'device' }, vf: { vlan: 1 } }],
])('accepts %j', (value) => {
  expect(fieldErrors(value)).toBe('');
});

test('a MAC in capitals is the same MAC: lowercase from then on, as the kernel and the attachment record write it', () => {
  expect(parseInterfaceConfig({ vf: { mac: '02:AB:00:00:00:07' } }).vf?.mac).toBe('02:ab:00:00:00:07');
});

test('a class sets some fields and a claim the others: judged together', () => {
  const merged = mergeInterfaceConfigs([parseInterfaceConfig({ vf: { qos: 3, spoofChk: true } }), parseInterfaceConfig({ vf: { vlan: 10 } })]);
  expect(merged.vf).toEqual({ qos: 3, spoofChk: true, vlan: 10 });
  expect(finalConfigIssues(merged)).toEqual([]);
});
