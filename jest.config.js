// Dates in tests are compared in UTC whatever the machine's zone.
process.env.TZ = 'UTC';

const base = require('./.config/jest.config');

/** swc for every TypeScript file; .mjs too, since d3-color ships ES modules only. */
const transform = { ...base.transform, '^.+\\.mjs$': base.transform['^.+\\.(t|j)sx?$'] };

module.exports = {
  // Process-spawning tests print their own diagnostics; keep jest's output to the verdicts.
  verbose: false,
  // Integration tests start real processes; they set longer timeouts where they need them.
  testTimeout: 20_000,
  projects: [
    {
      ...base,
      transform,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
    },
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/{common,services,scripts,bench}/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
    },
  ],
};
