/** The attachment record: parsed values in memory, the previous version's JSON on disk. */
import { AF_INET } from '../../netops/ip.ts';
import { decodeAttachment, encodeAttachment } from './attachment.ts';

/** A record exactly as the version before plugin/apis wrote it (addresses, routes and rules as text). */
const previousFormat = JSON.parse(`{
  "netnsPath": "/var/run/netns/cni-1234",
  "podIfName": "net1",
  "snapshot": {
    "ifName": "ens1f0", "ifIndex": 7, "mtu": 1500, "mac": "02:00:00:00:00:07", "up": true,
    "addresses": ["192.0.2.7/24", "2001:db8::7/64"],
    "routes": [
      { "destination": "198.51.100.0/24", "table": 254, "scope": 0, "protocol": 4, "gateway": "192.0.2.1", "priority": 10 },
      { "destination": "2001:db8:5::/48", "table": 1000, "scope": 253, "protocol": 3, "source": "2001:db8::7" }
    ],
    "kind": "veth", "gsoMaxSize": 65536, "groMaxSize": 65536, "minMtu": 68, "maxMtu": 9216
  },
  "rules": [{ "family": 2, "table": 100, "priority": 100, "source": "10.0.0.0/24" }],
  "podMac": "02:aa:00:00:00:07",
  "rdmaDevice": "mlx5_0"
}`) as unknown;

test('a record of the previous version decodes into parsed values and encodes back to the same JSON', () => {
  const attachment = decodeAttachment(previousFormat);
  expect(attachment.snapshot.addresses[0]).toEqual({ family: AF_INET, bytes: Buffer.from([192, 0, 2, 7]), prefixLength: 24 });
  expect(attachment.snapshot.routes[0]).toEqual({
    destination: { family: AF_INET, bytes: Buffer.from([198, 51, 100, 0]), prefixLength: 24 },
    gateway: { family: AF_INET, bytes: Buffer.from([192, 0, 2, 1]) },
    table: 254, scope: 0, protocol: 4, priority: 10,
  });
  expect(attachment.rules).toEqual([{ family: AF_INET, table: 100, priority: 100, source: { family: AF_INET, bytes: Buffer.from([10, 0, 0, 0]), prefixLength: 24 } }]);
  expect(encodeAttachment(attachment)).toEqual(previousFormat);
  // What is written is what is read: JSON text in between changes nothing.
  expect(decodeAttachment(JSON.parse(JSON.stringify(encodeAttachment(attachment))))).toEqual(attachment);
});

test.each([
  [{ snapshot: undefined }, /^not an attachment record: snapshot: /],
  [{ rules: [{ family: 2, table: 100, source: '10.0.0.0' }] }, /^not an attachment record: rules\.0\.source: must be an IP address with a prefix length/],
  [{ 's3cr3t-field': 1 }, /^not an attachment record: \(record\): unknown field$/],
])('a damaged record is refused naming the field, never quoting the file: %j', (damage, reason) => {
  expect(() => decodeAttachment({ ...(previousFormat as object), ...damage })).toThrow(reason);
});

describe('the VF part', () => {
  const vf = {
    pfIfName: 'ens1f0', vfIndex: 3,
    before: { vf: 3, mac: '00:00:00:00:00:00', vlan: 100, qos: 5, vlanProto: '802.1ad', minTxRate: 0, maxTxRate: 1000, spoofChk: true, trust: false, linkState: 'auto' },
  };
  const withVf = { ...(previousFormat as object), vf };

  test('a record with a VF snapshot goes through JSON unchanged; one without (the previous format) still has none', () => {
    const attachment = decodeAttachment(withVf);
    expect(attachment.vf).toEqual(vf);
    expect(encodeAttachment(attachment)).toEqual(withVf);
    expect(decodeAttachment(JSON.parse(JSON.stringify(encodeAttachment(attachment))))).toEqual(attachment);
    expect(decodeAttachment(previousFormat).vf).toBeUndefined();
    // A driver that does not report spoof check or trust, and an untagged VF: those fields stay out.
    const { spoofChk: _s, trust: _t, vlanProto: _p, ...sparse } = { ...vf.before, vlan: 0 };
    expect(decodeAttachment({ ...withVf, vf: { ...vf, before: sparse } }).vf?.before).toEqual(sparse);
  });

  test.each([
    [{ vfIndex: -1 }, /^not an attachment record: vf\.vfIndex: /],
    [{ pfIfName: 'a-name-far-too-long' }, /^not an attachment record: vf\.pfIfName: must be at most 15 characters/],
    [{ before: { ...vf.before, vlanProto: '802.1x' } }, /^not an attachment record: vf\.before\.vlanProto: /],
    [{ before: { ...vf.before, maxTxRate: 2 ** 32 } }, /^not an attachment record: vf\.before\.maxTxRate: /],
    [{ before: { ...vf.before, mac: 'zz:00:00:00:00:00' } }, /^not an attachment record: vf\.before\.mac: must be a hardware address/],
    [{ before: { ...vf.before, linkState: 'up' } }, /^not an attachment record: vf\.before\.linkState: /],
    [{ extra: true }, /^not an attachment record: vf: unknown field$/],
  ])('a damaged VF part is refused naming the field: %j', (damage, reason) => {
    expect(() => decodeAttachment({ ...withVf, vf: { ...vf, ...damage } })).toThrow(reason);
  });
});
