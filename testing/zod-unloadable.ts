/**
 * zod failing to load, as a missing package makes it (plugin/apis/lazy-schema.ts loads it at the
 * first schema used): `use` runs against fresh copies of the modules it imports, whose first
 * require of zod throws Node's error and whose next one loads it.
 */
import { jest } from '@jest/globals';

export async function withZodFailingOnce(use: () => Promise<void>): Promise<void> {
  let failures = 1;
  jest.doMock('zod', () => {
    if (failures-- > 0) throw Object.assign(new Error('Cannot find module \'zod\'\nRequire stack:\n- plugin/apis/lazy-schema.ts'), { code: 'MODULE_NOT_FOUND' });
    return jest.requireActual('zod');
  });
  try {
    await jest.isolateModulesAsync(use);
  } finally {
    jest.dontMock('zod');
  }
}
