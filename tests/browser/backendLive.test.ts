/**
 * Backend mode end to end in a real browser: the preview host runs the built plugin backend and
 * stands in for Grafana Live, so the built plugin's panels subscribe to `ds/<uid>/…` channels over
 * `/api/live/ws` and the backend's RunStream feeds them, against a real broker and simulator. The
 * steps share one stack and one page and run in order; each leaves a screenshot in test-artifacts/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { previewTestIds } from '../../services/preview/app/testIds';
import type { LocalStack } from '../../services/stack/startStack';
import { startBrowserStack, stepsWithScreenshots, type BrowserStack, REPO_ROOT } from './browserStack';
import { browserSkipReason } from './chromium';
import { PageProblems } from './pageProblems';
import { panel, readCounters, setTopic, waitForCounters } from './previewPage';

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts', 'browser-backend');
const DEVICES = 5;
const skipReason = browserSkipReason();

/** What the page sent and received on its Grafana Live socket. */
interface LiveTraffic {
  liveSockets: string[];
  otherSockets: string[];
  subscribedChannels: string[];
  publications: number;
}

if (skipReason) {
  test.skip(`backend-mode browser tests skipped: ${skipReason}`, () => undefined);
} else {
  describe('preview host in Chromium, backend mode (Grafana Live stand-in)', () => {
    let env: BrowserStack | undefined;
    let stack: LocalStack | undefined;
    let page: Page;
    let problems: PageProblems;
    const traffic: LiveTraffic = { liveSockets: [], otherSockets: [], subscribedChannels: [], publications: 0 };
    const screenshot = (name: string) => env!.screenshot(name);
    const step = stepsWithScreenshots(screenshot);

    beforeAll(async () => {
      env = await startBrowserStack({ artifacts: ARTIFACTS, devices: DEVICES, transport: 'backend' });
      ({ stack, page, problems } = env);
      page.on('websocket', (socket) => {
        if (!socket.url().endsWith('/api/live/ws')) {
          traffic.otherSockets.push(socket.url());
          return;
        }
        traffic.liveSockets.push(socket.url());
        socket.on('framesent', ({ payload }) => {
          const command = JSON.parse(String(payload)) as { subscribe?: { channel: string } };
          if (command.subscribe) {
            traffic.subscribedChannels.push(command.subscribe.channel);
          }
        });
        socket.on('framereceived', ({ payload }) => {
          if (String(payload).startsWith('{"push"')) {
            traffic.publications++;
          }
        });
      });
    }, 240_000);

    afterAll(async () => {
      await env?.close();
    }, 60_000);

    it(
      'streams live data that keeps advancing, through Grafana Live channels only',
      step('01-live', async () => {
        expect(stack!.transport).toBe('backend');
        await page.goto(stack!.previewUrl);
        await page.getByTestId(previewTestIds.banner).waitFor();
        const first = await waitForCounters(
          page,
          'timeseries',
          (c) => c.rows > 0 && c.latestTimeMs > 0,
          'first rows',
          30_000
        );
        expect(first.state).toBe('Streaming');
        await waitForCounters(
          page,
          'timeseries',
          (c) => c.latestTimeMs > first.latestTimeMs,
          'samples newer than the first ones',
          15_000
        );
        await waitForCounters(page, 'table', (c) => c.rows > 0 && c.latestTimeMs > 0, 'the table panel', 15_000);
        await waitForCounters(page, 'stat', (c) => c.latestTimeMs > 0, 'the stat panel', 15_000);
        expect(traffic.liveSockets).toHaveLength(1);
        expect(traffic.otherSockets).toEqual([]);
        expect(traffic.subscribedChannels.length).toBeGreaterThanOrEqual(3);
        expect(traffic.subscribedChannels.every((channel) => /^ds\/[^/]+\/(v1|h1)\//.test(channel))).toBe(true);
        expect(traffic.publications).toBeGreaterThan(0);
        await screenshot('01-live');
        expect(problems.list()).toEqual([]);
      }),
      90_000
    );

    it(
      'names every device of a split query, for as long as the stream runs',
      step('01b-series-names', async () => {
        // Grafana's streaming frame keeps each series' labels and display name from the packets' schema
        // (restated with every notice); the legend names every device as the direct path does, and the
        // table panel's frame still tells the devices apart by their labels, minutes in too.
        for (let i = 1; i <= DEVICES; i++) {
          await panel(page, 'timeseries')
            .getByText(`sim-000${i} celsius`, { exact: true })
            .first()
            .waitFor({ timeout: 15_000 });
        }
        await waitForCounters(page, 'table', (c) => c.series >= DEVICES, 'every device in the table', 15_000);
      }),
      60_000
    );

    it(
      'subscribes to another channel when the topic changes in the QueryEditor',
      step('02-topic-changed', async () => {
        const channelsBefore = new Set(traffic.subscribedChannels);
        const table = panel(page, 'table');
        await setTopic(page, 'table', 'site/+/device/+/vibration');
        await table.getByText('rms').first().waitFor({ timeout: 20_000 });
        expect(await table.getByText('volts').count()).toBe(0);
        const added = traffic.subscribedChannels.filter((channel) => !channelsBefore.has(channel));
        expect(added).toHaveLength(1);
        await screenshot('02-topic-changed');
        expect(problems.list()).toEqual([]);
      }),
      60_000
    );

    it(
      'says the broker stream was interrupted during a broker restart and recovers without a reload',
      step('03-broker-restart', async () => {
        problems.reset();
        await stack!.stopBroker();
        await waitForCounters(
          page,
          'timeseries',
          (c) => /interrupted|reconnecting/i.test(c.notices),
          'an interruption notice',
          30_000
        );
        await screenshot('03-broker-down');
        const restartedMs = Date.now();
        await stack!.startBroker();
        await waitForCounters(
          page,
          'timeseries',
          (c) => c.latestTimeMs > restartedMs,
          'samples newer than the restart',
          45_000
        );
        const recovered = await readCounters(page, 'timeseries');
        expect(recovered.state).toBe('Streaming');
        expect(recovered.notices).toMatch(/reconnected|resumed|reset|missing/i);
        await screenshot('04-recovered');
        expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
        // The same Grafana Live socket carried the whole outage: the restart was the backend's to absorb.
        expect(traffic.liveSockets).toHaveLength(1);
      }),
      120_000
    );
  });
}
