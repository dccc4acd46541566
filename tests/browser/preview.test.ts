/**
 * End to end in a real browser: the preview host loads the built plugin (dist/module.js) the way
 * Grafana does, against a real broker, simulator and sidecar on ephemeral ports, and a person's
 * actions on the page behave: live data, topic changes, a broker outage, a device command.
 * The steps share one stack and one page and run in order; each leaves a screenshot in test-artifacts/.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { previewTestIds } from '../../services/preview/app/testIds';
import { previewConfigFromEnv } from '../../services/preview/previewConfig';
import { PREVIEW_DIST_DIR } from '../../services/preview/previewWebpackConfig';
import { startPreviewServer } from '../../services/preview/server/createPreviewServer';
import { grafanaIconsDir } from '../../services/preview/server/grafanaAssets';
import type { LocalStack } from '../../services/stack/startStack';
import { testIds } from '../../src/components/testIds';
import { startBrowserStack, stepsWithScreenshots, type BrowserStack, REPO_ROOT } from './browserStack';
import { browserSkipReason } from './chromium';
import { PageProblems } from './pageProblems';
import { panel, readCounters, sendCommand, setTopic, waitForCounters } from './previewPage';

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts', 'browser');
const DEVICES = 5;
const skipReason = browserSkipReason();

if (skipReason) {
  // Jest has no skip reason; the test's name carries it so the report says why.
  test.skip(`browser end-to-end tests skipped: ${skipReason}`, () => undefined);
} else {
  describe('preview host in Chromium', () => {
    let env: BrowserStack | undefined;
    let stack: LocalStack | undefined;
    let page: Page;
    let problems: PageProblems;
    let sidecarApiKey = '';
    const screenshot = (name: string) => env!.screenshot(name);
    const step = stepsWithScreenshots(screenshot);

    beforeAll(async () => {
      // These steps cover the sidecar transport; backendLive.test.ts covers the plugin backend's.
      env = await startBrowserStack({ artifacts: ARTIFACTS, devices: DEVICES, transport: 'sidecar' });
      ({ stack, page, problems } = env);
      sidecarApiKey = env.apiKey;
    }, 240_000);

    afterAll(async () => {
      await env?.close();
    }, 60_000);

    it('loads the built plugin with its editors and no console errors', step('01-loaded', async () => {
      await page.goto(stack!.previewUrl);
      await page.getByTestId(previewTestIds.banner).waitFor();
      await expect(page.getByTestId(previewTestIds.banner).textContent()).resolves.toContain('Preview host — not Grafana');
      await page.getByTestId(previewTestIds.configSection).getByTestId(testIds.configEditor.url).waitFor();
      for (const id of ['timeseries', 'stat', 'table'] as const) {
        await panel(page, id).getByTestId(testIds.queryEditor.container).waitFor();
      }
      await waitForCounters(page, 'timeseries', (c) => c.rows > 0, 'first rows', 20_000);
      await page.waitForTimeout(1000);
      await screenshot('01-loaded');
      expect(problems.list()).toEqual([]);
    }), 60_000);

    it('streams live data that keeps advancing on every panel', step('02-live', async () => {
      const first = await waitForCounters(page, 'timeseries', (c) => c.series >= DEVICES && c.latestTimeMs > 0, `${DEVICES} series`, 20_000);
      expect(first.state).toBe('Streaming');
      await waitForCounters(page, 'timeseries', (c) => c.latestTimeMs > first.latestTimeMs && c.rows > first.rows, 'newer samples', 10_000);
      await waitForCounters(page, 'stat', (c) => c.series === 1 && c.latestTimeMs > 0, 'one device', 10_000);
      await waitForCounters(page, 'table', (c) => c.series >= DEVICES, 'every device in the table', 10_000);
      // uPlot draws the time series on a canvas; the stat and the table render their values as text.
      expect(await panel(page, 'timeseries').locator('canvas').count()).toBeGreaterThan(0);
      await expect(panel(page, 'table').getByText('volts').first().isVisible()).resolves.toBe(true);
      const path = await screenshot('02-live');
      if (process.env.UPDATE_README_SCREENSHOT === '1') {
        copyFileSync(path, join(REPO_ROOT, 'docs', 'img', 'preview.png'));
      }
      expect(problems.list()).toEqual([]);
    }), 60_000);

    it('shows other data when the topic changes in the QueryEditor', step('03-topic-changed', async () => {
      const tableBody = panel(page, 'table');
      await setTopic(page, 'table', 'site/+/device/+/vibration');
      // Vibration samples carry rms and peak; the battery's volts must be gone.
      await tableBody.getByText('rms').first().waitFor({ timeout: 15_000 });
      await waitForCounters(page, 'table', (c) => c.series >= DEVICES, 'vibration of every device', 15_000);
      expect(await tableBody.getByText('volts').count()).toBe(0);
      await screenshot('03-topic-changed');
      expect(problems.list()).toEqual([]);
    }), 60_000);

    it('shows "reconnecting" while the broker is down and recovers without a reload', step('04-broker-outage', async () => {
      problems.reset();
      const before = await readCounters(page, 'timeseries');
      await stack!.stopBroker();
      await waitForCounters(page, 'timeseries', (c) => /reconnecting/i.test(c.notices), 'a reconnecting notice', 20_000);
      await screenshot('04-broker-down');
      const outageStartedMs = Date.now();
      await stack!.startBroker();
      await waitForCounters(
        page,
        'timeseries',
        (c) => !/reconnecting/i.test(c.notices) && c.latestTimeMs > Math.max(before.latestTimeMs, outageStartedMs),
        'recovery with samples newer than the outage',
        45_000
      );
      await waitForCounters(page, 'stat', (c) => c.latestTimeMs > outageStartedMs, 'the stat panel recovering too', 20_000);
      await screenshot('05-recovered');
      // The page was never reloaded: the banner element is the one from the first load.
      expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    }), 90_000);

    it('sends a device command from the QueryEditor and shows the device answer', step('06-command', async () => {
      problems.reset();
      const result = await sendCommand(page, 'stat', 'sim-0001', 'ping', '{}');
      expect(result).toContain('The device answered');
      expect(result).toContain('"pong":true');
      expect(result).toContain('sim-0001');
      await screenshot('06-command');
      expect(problems.list()).toEqual([]);
    }), 60_000);

    it('streams live data under a sub-path (root_url with serve_from_sub_path), the WebSocket URL included', async () => {
      // A second preview host in front of the same sidecar, served under /grafana as Grafana would be.
      const config = previewConfigFromEnv({
        PREVIEW_LISTEN: '127.0.0.1:0',
        PREVIEW_SIDECAR_URL: stack!.sidecarUrl,
        PREVIEW_API_KEY: sidecarApiKey,
        PREVIEW_DEVICE_COUNT: String(DEVICES),
        PREVIEW_SUB_PATH: '/grafana',
      });
      const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
      const subPreview = await startPreviewServer(
        {
          pluginDistDir: join(REPO_ROOT, 'dist'),
          appDistDir: join(REPO_ROOT, PREVIEW_DIST_DIR),
          iconsDir: grafanaIconsDir(),
          dataSource: config.dataSource,
          role: config.role,
          dashboard: config.dashboard,
          upstreamTimeoutMs: config.upstreamTimeoutMs,
          maxBodyBytes: 1024 * 1024,
          logger: quiet,
          subPath: config.subPath,
        },
        config.host,
        config.port
      );
      const subPage = await env!.browser.context.newPage();
      try {
        const subProblems = new PageProblems(subPage);
        const socketUrls: string[] = [];
        subPage.on('websocket', (socket) => socketUrls.push(socket.url()));
        await subPage.goto(`${subPreview.url}/`);
        const first = await waitForCounters(subPage, 'timeseries', (c) => c.series >= DEVICES && c.latestTimeMs > 0, `${DEVICES} series`, 30_000);
        expect(first.state).toBe('Streaming');
        await waitForCounters(subPage, 'timeseries', (c) => c.latestTimeMs > first.latestTimeMs && c.rows > first.rows, 'newer samples', 10_000);
        const origin = new URL(subPreview.url).host;
        expect(socketUrls.length).toBeGreaterThan(0);
        expect(socketUrls.every((url) => url.startsWith(`ws://${origin}/grafana/api/datasources/proxy/uid/`))).toBe(true);
        mkdirSync(ARTIFACTS, { recursive: true });
        await subPage.screenshot({ path: join(ARTIFACTS, '07-sub-path.png'), fullPage: true });
        expect(subProblems.list()).toEqual([]);
      } catch (error) {
        await subPage.screenshot({ path: join(ARTIFACTS, '07-sub-path-failed.png'), fullPage: true }).catch(() => undefined);
        throw error;
      } finally {
        await subPage.close();
        await subPreview.close();
      }
    }, 90_000);
  });
}
