/**
 * Whether a real Grafana answers at GRAFANA_URL, probed once when Playwright loads its configuration.
 * The specs skip themselves with the reason when it does not, so `npm run e2e` reports why nothing ran
 * instead of failing on a machine without Grafana.
 */
import { spawnSync } from 'node:child_process';

/** The Grafana the specs run against (the docker-compose stack by default). */
export const GRAFANA_URL = process.env.GRAFANA_URL ?? 'http://localhost:3000';

const PROBE_TIMEOUT_MS = 5000;

/** Asks Grafana's health endpoint, synchronously (Playwright's configuration is synchronous). */
export function probeGrafana(url: string = GRAFANA_URL): { reachable: boolean; reason: string } {
  const script = `fetch(${JSON.stringify(`${url.replace(/\/$/, '')}/api/health`)}, { signal: AbortSignal.timeout(${PROBE_TIMEOUT_MS}) })
    .then((r) => process.exit(r.ok ? 0 : 3), () => process.exit(2))`;
  const result = spawnSync(process.execPath, ['-e', script], { timeout: PROBE_TIMEOUT_MS + 2000 });
  if (result.status === 0) {
    return { reachable: true, reason: '' };
  }
  const why = result.status === 3 ? 'answered /api/health with an error' : 'did not answer';
  return {
    reachable: false,
    reason: `Grafana at ${url} ${why}; start one (e.g. docker compose up) and set GRAFANA_URL to run these specs`,
  };
}

/** Set by playwright.config.ts in the runner; workers inherit it. */
export function grafanaSkipReason(): string | undefined {
  return process.env.IOTLIVE_GRAFANA_REACHABLE === '1'
    ? undefined
    : (process.env.IOTLIVE_GRAFANA_SKIP_REASON ?? `Grafana at ${GRAFANA_URL} was not probed`);
}
