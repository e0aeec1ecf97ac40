import { connectFailure } from './errors.ts';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`connect ${code}`), { code });
}

describe('connectFailure', () => {
  it.each([
    ['ENOENT', 'no-socket', /is NRI enabled/],
    ['EACCES', 'permission-denied', /run as root/],
    ['EPERM', 'permission-denied', /run as root/],
    ['ECONNREFUSED', 'connection-refused', /not running/],
    ['ENOTSOCK', 'not-nri-peer', /not a socket/],
    ['EMFILE', 'connection-refused', /connect EMFILE/],
  ])('%s → %s', (code, kind, message) => {
    const failure = connectFailure('/run/nri.sock', errno(code));
    expect(failure.kind).toBe(kind);
    expect(failure.message).toMatch(message);
    expect((failure.cause as NodeJS.ErrnoException).code).toBe(code);
  });
});
