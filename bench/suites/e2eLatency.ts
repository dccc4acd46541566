/**
 * End-to-end latency: a device publishes 10,000 messages a second; the plugin, built and running in
 * headless Chromium, receives them from a real sidecar and broker. Transport latency is publish →
 * sample appended to the plugin's ring buffer (before the render-rate cap); render staleness is how
 * old the newest sample is when the plugin emits a frame, which the cap bounds.
 */
import { buildBenchPage } from '../browser/buildBenchPage';
import { openBenchPage, startBenchServer } from '../browser/benchServer';
import { launchChromium } from '../../tests/browser/chromium';
import { startRatedPublisher } from '../lib/ratedPublisher';
import { startService, type ServiceProcess } from '../lib/serviceProcess';
import { percentile, sleep } from '../lib/stats';
import { assertPluginBuilt } from './pipeline';

export interface E2eResult {
  e2e_msgs_per_s: number;
  e2e_p50_ms: number;
  e2e_p99_ms: number;
  /** The part of the latency before the broker: device publish → broker receive. */
  e2e_device_to_broker_p99_ms: number;
  render_staleness_p99_ms: number;
  e2e_samples_measured: number;
}

const MESSAGES_PER_SECOND = 10_000;

/** Runs the end-to-end latency suite. */
export async function runE2eLatency(quick: boolean): Promise<E2eResult> {
  assertPluginBuilt();
  await buildBenchPage();
  const broker = await startService('services/broker/main.ts', 'broker listening', {
    BROKER_LISTEN: '127.0.0.1:0',
    BROKER_METRICS_LISTEN: 'off',
  });
  let sidecar: ServiceProcess | undefined;
  let publisher: Awaited<ReturnType<typeof startRatedPublisher>> | undefined;
  const server = await startBenchServer();
  const chromium = await launchChromium();
  try {
    // The page talks to the sidecar directly (no proxy to add a key), so this sidecar runs keyless.
    sidecar = await startService('services/sidecar/main.ts', 'sidecar listening', {
      SIDECAR_LISTEN: '127.0.0.1:0',
      SIDECAR_METRICS_LISTEN: 'off',
      BROKER_TARGET: `127.0.0.1:${broker.port}`,
      SIDECAR_INSECURE: '1',
    });
    const page = await openBenchPage(chromium.context, server.url);
    await page.evaluate(
      (url) => window.iotliveBench.startLatency(url, 'bench/e2e/#'),
      `http://127.0.0.1:${sidecar.port}`
    );
    // Small device batches every 2 ms: the event time is stamped when a batch leaves the device.
    publisher = await startRatedPublisher({
      target: `127.0.0.1:${broker.port}`,
      topicPrefix: 'bench/e2e',
      readingsPerSecond: MESSAGES_PER_SECOND,
      fieldsPerReading: 1,
      topics: 20,
      tickMs: 2,
    });
    await sleep(1_500);
    await page.evaluate(() => window.iotliveBench.resetLatency());
    await sleep(quick ? 3_000 : 8_000);
    const recorded = await page.evaluate(() => window.iotliveBench.stopLatency());
    if (recorded.transport.length === 0) {
      throw new Error('no sample reached the plugin: check the sidecar and broker logs');
    }
    return {
      e2e_msgs_per_s: MESSAGES_PER_SECOND,
      e2e_p50_ms: percentile(recorded.transport, 50),
      e2e_p99_ms: percentile(recorded.transport, 99),
      e2e_device_to_broker_p99_ms: percentile(recorded.toBroker, 99),
      render_staleness_p99_ms: percentile(recorded.staleness, 99),
      e2e_samples_measured: recorded.transport.length,
    };
  } finally {
    await publisher?.stop();
    await chromium.close();
    await server.close();
    await sidecar?.stop();
    await broker.stop();
  }
}
