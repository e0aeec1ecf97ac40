import { applyJsonPatch, applyMergePatch, PatchError, type Json } from './patch.ts';

describe('JSON merge patch (RFC 7386)', () => {
  it('merges objects, deletes on null, replaces arrays and scalars', () => {
    const target: Json = { metadata: { labels: { a: '1', b: '2' } }, spec: { list: [1, 2], n: 1 } };
    const patched = applyMergePatch(target, { metadata: { labels: { a: null, c: '3' } }, spec: { list: [3] } });
    expect(patched).toEqual({ metadata: { labels: { b: '2', c: '3' } }, spec: { list: [3], n: 1 } });
    expect(target).toEqual({ metadata: { labels: { a: '1', b: '2' } }, spec: { list: [1, 2], n: 1 } });
  });

  it('replaces a scalar target with an object patch and vice versa', () => {
    expect(applyMergePatch({ a: 'x' }, { a: { b: 1 } })).toEqual({ a: { b: 1 } });
    expect(applyMergePatch({ a: { b: 1 } }, { a: 2 })).toEqual({ a: 2 });
  });
});

describe('JSON patch (RFC 6902)', () => {
  it('adds, replaces, removes, moves and copies', () => {
    const result = applyJsonPatch({ a: { b: [1, 3] }, c: 'x' }, [
      { op: 'add', path: '/a/b/1', value: 2 },
      { op: 'add', path: '/a/b/-', value: 4 },
      { op: 'replace', path: '/c', value: 'y' },
      { op: 'copy', from: '/c', path: '/d' },
      { op: 'move', from: '/d', path: '/e~1f' },
      { op: 'remove', path: '/a/b/0' },
      { op: 'test', path: '/c', value: 'y' },
    ]);
    expect(result).toEqual({ a: { b: [2, 3, 4] }, c: 'y', 'e/f': 'y' });
  });

  it('fails on a failed test and on missing paths', () => {
    expect(() => applyJsonPatch({ a: 1 }, [{ op: 'test', path: '/a', value: 2 }])).toThrow(PatchError);
    expect(() => applyJsonPatch({ a: 1 }, [{ op: 'remove', path: '/b' }])).toThrow(PatchError);
    expect(() => applyJsonPatch({ a: 1 }, [{ op: 'add', path: '/x/y', value: 1 }])).toThrow(PatchError);
    expect(() => applyJsonPatch({ a: 1 }, { op: 'add' })).toThrow(PatchError);
  });
});
