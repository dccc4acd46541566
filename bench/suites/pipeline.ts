/**
 * The plugin's pipeline: decode → project → time → split → append → frames at ≤ N Hz, measured in
 * headless Chromium on the built plugin (dist/module.js) fed by a stand-in sidecar socket, beside
 * the naive baseline in the same page, plus the Node reference run and the heap with a
 * 100,000-row buffer filled.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildBenchPage } from '../browser/buildBenchPage';
import { openBenchPage, startBenchServer } from '../browser/benchServer';
import { launchChromium } from '../../tests/browser/chromium';
import { measurePipelineInNode } from '../pipeline/nodePipeline';

export interface PipelineResult {
  pipeline_samples_per_s: number;
  pipeline_samples_per_s_node: number;
  /** The same in Node with batches sent as envelopes instead of telemetry blocks. */
  pipeline_samples_per_s_node_envelopes: number;
  naive_samples_per_s: number;
  pipeline_speedup_vs_naive: number;
  browser_heap_mb: number;
  browser_heap_rows: number;
}

const HEAP_ROWS = 100_000;

/** Fails early with the fix when the plugin has not been built. */
export function assertPluginBuilt(): void {
  const moduleJs = path.resolve(__dirname, '../../dist/module.js');
  if (!fs.existsSync(moduleJs)) {
    throw new Error('dist/module.js is missing: run "npm run build" first');
  }
}

/** Runs the pipeline suite. */
export async function runPipeline(quick: boolean): Promise<PipelineResult> {
  assertPluginBuilt();
  const rounds = quick ? 2 : 5;
  const nodeRate = measurePipelineInNode(rounds);
  const nodeEnvelopesRate = measurePipelineInNode(rounds, 'envelopes');
  await buildBenchPage();
  const server = await startBenchServer();
  const chromium = await launchChromium();
  try {
    const errors: string[] = [];
    chromium.context.on('weberror', (err) => errors.push(err.error().message));
    const page = await openBenchPage(chromium.context, server.url);
    const plugin = await page.evaluate((n) => window.iotliveBench.pluginPipeline(n), rounds);
    const naive = await page.evaluate((n) => window.iotliveBench.naivePipeline(n), rounds);
    await page.close();

    // The heap in a fresh page (the first one closed), so the figures above leave nothing behind in it.
    const heapPage = await openBenchPage(chromium.context, server.url);
    const filled = await heapPage.evaluate((rows) => window.iotliveBench.fillBuffer(rows), HEAP_ROWS);
    const cdp = await chromium.context.newCDPSession(heapPage);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    if (errors.length > 0) {
      throw new Error(`the bench page reported errors: ${errors.join('; ')}`);
    }
    return {
      pipeline_samples_per_s: plugin.samplesPerSecond,
      pipeline_samples_per_s_node: nodeRate,
      pipeline_samples_per_s_node_envelopes: nodeEnvelopesRate,
      naive_samples_per_s: naive.samplesPerSecond,
      pipeline_speedup_vs_naive: plugin.samplesPerSecond / naive.samplesPerSecond,
      browser_heap_mb: heap.usedSize / 2 ** 20,
      browser_heap_rows: filled.rowsShown,
    };
  } finally {
    await chromium.close();
    await server.close();
  }
}
