/** Jest in ESM mode over the TypeScript sources (type checking is `npm run typecheck`). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }],
  },
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 60000,
  maxWorkers: 2,
  // No temporary folder outlives the run (test/global/temp-folders.mjs).
  globalSetup: '<rootDir>/test/global/setup.mjs',
  globalTeardown: '<rootDir>/test/global/teardown.mjs',
};
