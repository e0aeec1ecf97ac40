import { formatQuantity, parseQuantity, QuantityError } from './quantity.ts';

describe('quantities', () => {
  it('reads decimal, binary and exponent suffixes', () => {
    expect(parseQuantity('100M')).toBe(100_000_000);
    expect(parseQuantity('10G')).toBe(10_000_000_000);
    expect(parseQuantity('1Gi')).toBe(2 ** 30);
    expect(parseQuantity('32')).toBe(32);
    expect(parseQuantity('1500m')).toBe(1.5);
    expect(parseQuantity('2e3')).toBe(2000);
    expect(parseQuantity('0')).toBe(0);
    expect(parseQuantity('.5k')).toBe(500);
  });

  it('refuses what the API server would not parse', () => {
    for (const text of ['', 'M', '100 M', '100MB', '1.2.3', '0x10', 'NaN', '1e', '1'.repeat(65)]) {
      expect(() => parseQuantity(text)).toThrow(QuantityError);
    }
  });

  it('writes integers in canonical form, exact', () => {
    expect(formatQuantity(10_000_000_000)).toBe('10G');
    expect(formatQuantity(100_000_000)).toBe('100M');
    expect(formatQuantity(1_500_000)).toBe('1500k');
    expect(formatQuantity(32)).toBe('32');
    expect(formatQuantity(0)).toBe('0');
    for (const value of [1, 999, 1000, 25_000_000_000, 2 ** 40]) expect(parseQuantity(formatQuantity(value))).toBe(value);
    expect(() => formatQuantity(1.5)).toThrow(RangeError);
  });
});
