/**
 * Page helpers for the preview host: its own counters (previewTestIds) and the plugin's editors
 * (the plugin's testIds), so the tests read like what a person does on the page.
 */
import type { Locator, Page } from 'playwright-core';
import { testIds } from '../../src/components/testIds';
import { previewTestIds } from '../../services/preview/app/testIds';

export type PanelId = 'timeseries' | 'stat' | 'table';

/** A panel's live counters, as the page shows them. */
export interface PanelCounters {
  state: string;
  rows: number;
  series: number;
  latestTimeMs: number;
  notices: string;
}

/** The whole panel (visualization, counters and query editor). */
export function panel(page: Page, id: PanelId): Locator {
  return page.getByTestId(previewTestIds.panel(id));
}

/** Reads a panel's counters from their data attributes. */
export async function readCounters(page: Page, id: PanelId): Promise<PanelCounters> {
  const value = async (testId: string) => (await page.getByTestId(testId).getAttribute('data-value')) ?? '';
  return {
    state: (await page.getByTestId(previewTestIds.panelState(id)).getAttribute('data-state')) ?? '',
    rows: Number(await value(previewTestIds.panelRows(id))),
    series: Number(await value(previewTestIds.panelSeries(id))),
    latestTimeMs: Number((await value(previewTestIds.panelLatestTime(id))) || 0),
    notices: (await page.getByTestId(previewTestIds.panelNotices(id)).textContent()) ?? '',
  };
}

/** Polls until `check` accepts the panel's counters; returns them, or throws with the last ones seen. */
export async function waitForCounters(
  page: Page,
  id: PanelId,
  check: (counters: PanelCounters) => boolean,
  what: string,
  timeoutMs: number
): Promise<PanelCounters> {
  const deadline = Date.now() + timeoutMs;
  let last = await readCounters(page, id);
  while (!check(last)) {
    if (Date.now() > deadline) {
      throw new Error(`panel "${id}": ${what} did not happen within ${timeoutMs} ms; last counters ${JSON.stringify(last)}`);
    }
    await page.waitForTimeout(250);
    last = await readCounters(page, id);
  }
  return last;
}

/** Types a topic filter into a panel's QueryEditor and picks it, as a person would. */
export async function setTopic(page: Page, id: PanelId, topic: string): Promise<void> {
  const input = panel(page, id).getByTestId(testIds.queryEditor.topic).getByRole('combobox');
  await input.click();
  await input.fill(topic);
  await input.press('Enter');
}

/** Sends a device command from a panel's QueryEditor, confirms it, and returns the result text. */
export async function sendCommand(page: Page, id: PanelId, deviceId: string, name: string, payload: string): Promise<string> {
  const editor = panel(page, id);
  const section = editor.getByTestId(testIds.commandSection.container);
  await section.getByText('Send a test message or device command').click();
  await section.getByTestId(testIds.commandSection.mode).getByLabel('Device command').check();
  const device = section.getByTestId(testIds.commandSection.device).getByRole('combobox');
  await device.click();
  await device.fill(deviceId);
  await device.press('Enter');
  await section.getByTestId(testIds.commandSection.name).fill(name);
  await section.getByTestId(testIds.commandSection.payload).fill(payload);
  await section.getByTestId(testIds.commandSection.send).click();
  // The plugin asks for confirmation in a modal; its confirm button is the one that says "send".
  await page.getByRole('dialog').getByRole('button', { name: /send/i }).click();
  const result = section.getByTestId(testIds.commandSection.result);
  await result.waitFor({ timeout: 15_000 });
  return (await result.textContent()) ?? '';
}
