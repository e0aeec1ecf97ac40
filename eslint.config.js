// Lint (`make lint`, part of `make test`): typescript-eslint with type information, for the
// mistakes the type checker lets through: a promise nobody waits for, a promise handed to
// something that ignores it, and two ways to write a private member.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Generated protobuf code and build output are not ours to lint.
  { ignores: ['node_modules/', 'build/', 'nri-proto/generated/', 'nri-proto/kubelet/generated/', '.cache/'] },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      '@typescript-eslint/no-misused-promises': 'error',
      // `#private` only: the `private` keyword is only a compile-time promise, and two styles is one
      // too many. A constructor cannot be `#`: `private constructor` (a factory's) stays allowed.
      'no-restricted-syntax': ['error', {
        selector: ':matches(PropertyDefinition, MethodDefinition[kind!="constructor"], TSParameterProperty, TSAbstractPropertyDefinition, TSAbstractMethodDefinition)[accessibility="private"]',
        message: 'Use a #private member, not the private keyword.',
      }],
    },
  },
);
