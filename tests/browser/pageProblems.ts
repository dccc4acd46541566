/**
 * Collects what would show up red in the browser's console: console errors, uncaught exceptions and
 * failed requests. Tests read and reset it per phase, since a deliberate broker outage is allowed
 * to produce failed requests that page load must not.
 */
import type { Page } from 'playwright-core';

/** The problems seen since the last reset. */
export class PageProblems {
  private problems: string[] = [];

  constructor(page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error') {
        this.problems.push(`console error: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => this.problems.push(`uncaught: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) {
        this.problems.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
      }
    });
    page.on('requestfailed', (request) => {
      // Streams cut by navigation or by the test itself end as aborted requests; they are not faults.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
        this.problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
      }
    });
  }

  /** Everything recorded since the last reset. */
  list(): string[] {
    return [...this.problems];
  }

  /** Forgets what was recorded so far. */
  reset(): void {
    this.problems = [];
  }
}
