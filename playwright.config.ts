import type { PluginOptions } from '@grafana/plugin-e2e';
import { defineConfig, devices } from '@playwright/test';
import { dirname } from 'node:path';
import { GRAFANA_URL, probeGrafana } from './tests/e2e/grafanaAvailability';

/**
 * `npm run e2e`: the @grafana/plugin-e2e specs in tests/e2e against a real Grafana at GRAFANA_URL
 * (default http://localhost:3000, the docker-compose stack), in Debian's Chromium. When Grafana does
 * not answer, the login step is left out and every spec reports itself skipped with the reason.
 */
const pluginE2eAuth = `${dirname(require.resolve('@grafana/plugin-e2e'))}/auth`;
const grafana = probeGrafana(GRAFANA_URL);
// Workers inherit the runner's environment, so the specs see the verdict without probing again.
process.env.IOTLIVE_GRAFANA_REACHABLE = grafana.reachable ? '1' : '0';
process.env.IOTLIVE_GRAFANA_SKIP_REASON = grafana.reason;
if (!grafana.reachable && !process.env.TEST_WORKER_INDEX) {
  // The list reporter does not print skip reasons; say it once, from the runner.
  console.warn(`e2e specs skipped: ${grafana.reason}`);
}

const chromium = {
  ...devices['Desktop Chrome'],
  channel: undefined,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
};

export default defineConfig<PluginOptions>({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 2 : 0,
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  outputDir: 'test-results',
  use: {
    baseURL: GRAFANA_URL,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: grafana.reachable
    ? [
        // Logs in once and stores the session for the specs.
        { name: 'auth', testDir: pluginE2eAuth, testMatch: [/.*\.js/], use: chromium },
        {
          name: 'chromium',
          use: { ...chromium, storageState: 'playwright/.auth/admin.json' },
          dependencies: ['auth'],
        },
      ]
    : [{ name: 'chromium', use: chromium }],
});
