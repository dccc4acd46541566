/**
 * What every browser test starts with: the local stack on free ports (built plugin, broker, simulator,
 * sidecar, preview host) with a chosen transport, Chromium on one page, the page's problems, and the
 * services' log written next to the screenshots when the stack stops.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ensureBuilt } from '../../services/stack/ensureBuilt';
import { stackConfigFromEnv, type StackConfig } from '../../services/stack/stackConfig';
import { LocalStack, startStack } from '../../services/stack/startStack';
import { launchChromium } from './chromium';
import { PageProblems } from './pageProblems';

export const REPO_ROOT = resolve(__dirname, '..', '..');

export interface BrowserStackOptions {
  /** Where screenshots and services.log go. */
  artifacts: string;
  devices: number;
  transport: StackConfig['transport'];
}

export interface BrowserStack {
  stack: LocalStack;
  browser: Awaited<ReturnType<typeof launchChromium>>;
  page: Page;
  problems: PageProblems;
  apiKey: string;
  /** Saves the page as `<name>.png` in the artifacts folder; returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startBrowserStack(options: BrowserStackOptions): Promise<BrowserStack> {
  await ensureBuilt(REPO_ROOT, 'missing', () => undefined);
  const config = stackConfigFromEnv({
    ...process.env,
    BROKER_LISTEN: '127.0.0.1:0',
    BROKER_METRICS_LISTEN: 'off',
    SIDECAR_LISTEN: '127.0.0.1:0',
    SIDECAR_METRICS_LISTEN: 'off',
    PREVIEW_LISTEN: '127.0.0.1:0',
    SIMULATOR_DEVICES: String(options.devices),
    SIMULATOR_RATE: '5',
    SIDECAR_API_KEY: '',
    LOG_LEVEL: 'info',
    STACK_TRANSPORT: options.transport,
  });
  const serviceLog: string[] = [];
  const stack = await startStack({
    config,
    repoRoot: REPO_ROOT,
    onLine: (service, line) => {
      serviceLog.push(`[${service}] ${line}`);
      if (serviceLog.length > 2000) {
        serviceLog.shift();
      }
    },
  });
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  try {
    browser = await launchChromium();
  } catch (error) {
    await stack.close();
    throw error;
  }
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const screenshot = async (name: string) => {
    mkdirSync(options.artifacts, { recursive: true });
    const path = join(options.artifacts, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    return path;
  };
  return {
    stack,
    browser,
    page,
    problems: new PageProblems(page),
    apiKey: config.apiKey,
    screenshot,
    async close() {
      await browser.close();
      await stack.close();
      // What the services said, next to the screenshots, for whoever reads a failure.
      mkdirSync(options.artifacts, { recursive: true });
      writeFileSync(join(options.artifacts, 'services.log'), serviceLog.join('\n'));
    },
  };
}

/** Wraps test bodies so a failing one leaves `<name>-failed.png` beside the other screenshots. */
export function stepsWithScreenshots(screenshot: (name: string) => Promise<unknown>) {
  return (name: string, body: () => Promise<void>) => async (): Promise<void> => {
    try {
      await body();
    } catch (error) {
      await screenshot(`${name}-failed`).catch(() => undefined);
      throw error;
    }
  };
}
