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
  // Twice the cores of the 2-core machine it is tuned on: much of a test's time is waiting (child processes, rate
  // limits, retry back-off), so two workers leave the cores idle. Measured: 2 workers 93 s, 3 79 s, 4 74 s.
  maxWorkers: 4,
  // No temporary folder outlives the run (test/global/temp-folders.mjs).
  globalSetup: '<rootDir>/test/global/setup.mjs',
  globalTeardown: '<rootDir>/test/global/teardown.mjs',
};
