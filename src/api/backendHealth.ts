import type { TestDataSourceResponse } from '@grafana/data';
import { lastValueFrom, timeout, TimeoutError as RxTimeoutError } from 'rxjs';
import type { Fetcher } from './SidecarApi';

/** What Grafana's /api/datasources/uid/<uid>/health answers, from the plugin backend's CheckHealth. */
interface GrafanaHealthBody {
  status?: string;
  message?: string;
  details?: unknown;
}

/** Where Grafana serves a backend datasource's resources (CallResource). */
export function resourcesUrl(uid: string): string {
  return `/api/datasources/uid/${encodeURIComponent(uid)}/resources`;
}

/**
 * Save & test in backend mode: Grafana calls the backend's CheckHealth and answers 200 with its
 * verdict, or 400 (or 500) with the message when the check failed.
 */
export async function backendHealth(fetcher: Fetcher, uid: string, timeoutMs: number): Promise<TestDataSourceResponse> {
  try {
    const response = await lastValueFrom(
      fetcher
        .fetch<GrafanaHealthBody>({
          url: `/api/datasources/uid/${encodeURIComponent(uid)}/health`,
          method: 'GET',
          showErrorAlert: false,
          showSuccessAlert: false,
        })
        .pipe(timeout({ first: timeoutMs }))
    );
    const body = response.data ?? {};
    return {
      status: body.status === 'OK' ? 'success' : 'error',
      message: body.message ?? 'The plugin backend answered without a message',
      details: body.details === undefined ? undefined : { message: JSON.stringify(body.details) },
    };
  } catch (err) {
    if (err instanceof RxTimeoutError) {
      return { status: 'error', message: `Grafana did not answer the health check within ${timeoutMs} ms` };
    }
    const data = (err as { data?: GrafanaHealthBody; status?: number }).data;
    const status = (err as { status?: number }).status;
    return {
      status: 'error',
      message:
        data?.message ??
        `Grafana could not run the plugin backend's health check${status ? ` (HTTP ${status})` : ''}: check that the plugin backend is installed and allowed to load`,
    };
  }
}
