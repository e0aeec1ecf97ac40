import { AF_INET, AF_INET6, formatCidr, formatIp, networkOf, parseCidr, parseIp, prefixContains } from './ip.ts';

describe('ip', () => {
  test.each([
    ['10.1.2.3', AF_INET, '0a010203'],
    ['::1', AF_INET6, '00000000000000000000000000000001'],
    ['2001:db8::7', AF_INET6, '20010db8000000000000000000000007'],
    ['fe80::1:2', AF_INET6, 'fe800000000000000000000000010002'],
    ['::ffff:10.0.0.1', AF_INET6, '00000000000000000000ffff0a000001'],
  ])('parses %s', (text, family, hex) => {
    const ip = parseIp(text);
    expect(ip?.family).toBe(family);
    expect(ip?.bytes.toString('hex')).toBe(hex);
  });

  test.each(['10.0.0', '1.2.3.256', 'fe80:::1', 'eth0', ''])('rejects %j', (text) => {
    expect(parseIp(text)).toBeUndefined();
  });

  test('round-trips and compresses IPv6 per RFC 5952', () => {
    for (const text of ['2001:db8::7', '::1', '::', 'fe80::1:0:0:2', '2001:db8:0:1:1:1:1:1', '1::']) {
      const ip = parseIp(text)!;
      expect(formatIp(ip.family, ip.bytes)).toBe(text);
    }
  });

  test('parses CIDRs and rejects bad prefix lengths', () => {
    expect(formatCidr(parseCidr('192.168.7.9/24')!)).toBe('192.168.7.9/24');
    expect(parseCidr('10.0.0.1/33')).toBeUndefined();
    expect(parseCidr('2001:db8::1/129')).toBeUndefined();
    expect(parseCidr('10.0.0.1')).toBeUndefined();
    expect(parseCidr('10.0.0.1/x')).toBeUndefined();
  });

  test('computes networks and containment', () => {
    expect(formatCidr(networkOf(parseCidr('10.9.8.7/20')!))).toBe('10.9.0.0/20');
    expect(formatCidr(networkOf(parseCidr('2001:db8:1:2::9/48')!))).toBe('2001:db8:1::/48');
    expect(prefixContains(parseCidr('10.9.0.0/20')!, parseIp('10.9.15.255')!)).toBe(true);
    expect(prefixContains(parseCidr('10.9.0.0/20')!, parseIp('10.9.16.0')!)).toBe(false);
    expect(prefixContains(parseCidr('10.9.0.0/20')!, parseIp('::1')!)).toBe(false);
  });
});
