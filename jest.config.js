// Tests run as native ES modules on Node 24; swc only strips types (tsc --noEmit checks them).
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2023' },
      module: { type: 'es6' },
    }],
  },
  testMatch: ['<rootDir>/{netops,plugin,nri-proto,testing,e2e,manifests,docs}/**/*.test.ts'],
  testTimeout: 30000,
  // build/image/rootfs holds a copy of the sources and package.json (make image).
  modulePathIgnorePatterns: ['<rootDir>/build/'],
  // Kernel tests share the host's rtnl lock and name space; running test files one at a time keeps them deterministic.
  maxWorkers: 1,
};
