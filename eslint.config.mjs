import { defineConfig } from 'eslint/config';
import baseConfig from './.config/eslint.config.mjs';

export default defineConfig([
  {
    ignores: [
      '**/logs',
      '**/*.log',
      '**/npm-debug.log*',
      '**/yarn-debug.log*',
      '**/yarn-error.log*',
      '**/.pnpm-debug.log*',
      '**/node_modules/',
      '.yarn/cache',
      '.yarn/unplugged',
      '.yarn/build-state.yml',
      '.yarn/install-state.gz',
      '**/.pnp.*',
      '**/pids',
      '**/*.pid',
      '**/*.seed',
      '**/*.pid.lock',
      '**/lib-cov',
      '**/coverage',
      '**/dist/',
      '**/artifacts/',
      '**/work/',
      '**/ci/',
      'test-results/',
      'playwright-report/',
      'blob-report/',
      'playwright/.cache/',
      'playwright/.auth/',
      '**/.idea',
      '**/.eslintcache',
      // Generated from proto/ by `npm run proto`.
      'common/proto/generated.*',
      'services/preview/dist/',
      'test-artifacts/',
      'bench/results/',
      // The backend executable's bundle, built by `npm run build`.
      '.build/',
      'bench/.build/',
      'bench/.build/',
    ],
  },
  ...baseConfig,
  {
    // The Node services, shared code, tests, benchmarks and scripts follow the same rules as the plugin.
    files: ['common/**/*.ts', 'services/**/*.{ts,tsx}', 'tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
  },
  {
    // The preview host's page is built with React's automatic JSX runtime.
    files: ['services/preview/app/**/*.tsx'],
    rules: { 'react/react-in-jsx-scope': 'off' },
  },
]);
