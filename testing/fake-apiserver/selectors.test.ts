import { parseFieldSelector, parseLabelSelector, SelectorError } from './selectors.ts';

const slice = (nodeName: string, driver: string, labels: Record<string, string> = {}) => ({
  metadata: { name: `${nodeName}-${driver}`, labels },
  spec: { nodeName, driver },
});

describe('field selectors', () => {
  it('matches conjunctions of equalities and inequalities on allowed fields', () => {
    const matches = parseFieldSelector('spec.nodeName=node-a,spec.driver!=other.io', ['spec.nodeName', 'spec.driver']);
    expect(matches(slice('node-a', 'netclaim.io'))).toBe(true);
    expect(matches(slice('node-a', 'other.io'))).toBe(false);
    expect(matches(slice('node-b', 'netclaim.io'))).toBe(false);
  });

  it('accepts == and metadata.name everywhere', () => {
    expect(parseFieldSelector('metadata.name==node-a-x', [])(slice('node-a', 'x'))).toBe(true);
  });

  it('rejects fields the resource does not index and malformed terms', () => {
    expect(() => parseFieldSelector('spec.unknown=1', ['spec.nodeName'])).toThrow(SelectorError);
    expect(() => parseFieldSelector('spec.nodeName', ['spec.nodeName'])).toThrow(SelectorError);
  });
});

describe('label selectors', () => {
  const object = slice('n', 'd', { app: 'netclaim', tier: 'node' });

  it.each([
    ['app=netclaim', true],
    ['app==netclaim,tier=node', true],
    ['app!=netclaim', false],
    ['app in (x, netclaim)', true],
    ['tier notin (node)', false],
    ['app', true],
    ['!app', false],
    ['!missing', true],
    ['missing', false],
    ['', true],
  ])('%s → %s', (selector, expected) => {
    expect(parseLabelSelector(selector)(object)).toBe(expected);
  });

  it('rejects garbage', () => {
    expect(() => parseLabelSelector('a b c')).toThrow(SelectorError);
  });
});
