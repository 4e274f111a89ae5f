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
  // More workers than the 2 cores it is tuned on: much of a test's time is waiting (child processes, rate limits,
  // retry back-off). Measured warm on 2 cores: 2 workers 93 s, 3 65 s, 4 61 s, 5 58-60 s, 6 61 s (CPU-bound).
  maxWorkers: 5,
  // No temporary folder outlives the run (test/global/temp-folders.mjs).
  globalSetup: '<rootDir>/test/global/setup.mjs',
  globalTeardown: '<rootDir>/test/global/teardown.mjs',
};
