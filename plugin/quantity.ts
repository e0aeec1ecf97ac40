/**
 * Kubernetes resource quantities (`100M`, `1Gi`, `1500m`, `2e3`) as numbers, for the consumable
 * capacity of shared devices (KEP-5075): what a ResourceSlice publishes and what the scheduler
 * writes into an allocation's `consumedCapacity`. Both come from outside, so parsing is strict:
 * anything the API server's grammar does not accept is a QuantityError, never a guess.
 *
 * Values are plain numbers (bit/s, counts): exact for integers below 2^53, far beyond any link
 * speed in bit/s. Formatting writes integers with the largest decimal SI suffix that keeps them
 * exact, as the API server's canonical form does (`10000000000` → `10G`).
 */

export class QuantityError extends Error {
  constructor(text: string) {
    super(`${JSON.stringify(text.slice(0, 40))} is not a quantity (e.g. 100M, 1Gi, 10)`);
    this.name = 'QuantityError';
  }
}

const grammar = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d{1,3})?$/;

const binary: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const decimal: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** The quantity's value; throws QuantityError for text outside the grammar (at most 64 characters). */
export function parseQuantity(text: string): number {
  const match = text.length <= 64 ? grammar.exec(text) : null;
  if (!match) throw new QuantityError(text);
  const [, sign = '', digits = '', suffix = ''] = match;
  const multiplier = binary[suffix] ?? decimal[suffix] ?? 10 ** Number(suffix.slice(1));
  const value = Number(digits) * multiplier;
  return sign === '-' ? -value : value;
}

const suffixes: ReadonlyArray<[string, number]> = [['E', 1e18], ['P', 1e15], ['T', 1e12], ['G', 1e9], ['M', 1e6], ['k', 1e3]];

/** A non-negative safe integer as the API server writes it back: `100M`, `32`, `10G`. */
export function formatQuantity(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`quantity ${value} is not a non-negative safe integer`);
  for (const [suffix, multiplier] of suffixes) {
    if (value >= multiplier && value % multiplier === 0) return `${value / multiplier}${suffix}`;
  }
  return String(value);
}
