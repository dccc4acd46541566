import { getBackendSrv, type FetchError, type FetchResponse } from '@grafana/runtime';
import { lastValueFrom, timeout, TimeoutError as RxTimeoutError, type Observable } from 'rxjs';
import {
  AuthError,
  ForbiddenError,
  IoTError,
  isErrorCategory,
  TimeoutError,
  UpstreamError,
} from '../../common/errors/errors';
import type { ApiErrorBody } from '../../common/api/sidecarApi';
import { proxyTimeoutMessage } from '../../common/api/proxyLimits';
import { isKeyRefusal } from '../stream/connectRefusal';

/** The part of Grafana's BackendSrv the sidecar API uses. */
export interface Fetcher {
  fetch<T>(options: {
    url: string;
    method?: string;
    data?: unknown;
    params?: Record<string, string>;
    showErrorAlert?: boolean;
    showSuccessAlert?: boolean;
  }): Observable<FetchResponse<T>>;
}

/** The message a person gets when the proxy's route header was refused. */
export const KEY_REFUSED_MESSAGE = "the API key was refused by the sidecar: check the datasource's API key";

/** The message a person gets when Grafana refuses a route for their role (publish and command need Editor). */
export const ROLE_REFUSED_MESSAGE =
  'your Grafana role cannot publish or send commands (Editor required): ask an administrator for the Editor role';

/** What Grafana's data source proxy answers (403, JSON) when the user's role lacks a route's reqRole. */
const PROXY_ROUTE_DENIED = 'plugin proxy route access denied';

/** The proxy's own message in a body that is either text or `{message}`, as BackendSrv hands it over. */
function proxyMessage(data: unknown): string | undefined {
  if (typeof data === 'string') {
    return data.trim();
  }
  const message = (data as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

function isApiErrorBody(data: unknown): data is ApiErrorBody {
  const error = (data as ApiErrorBody | undefined)?.error;
  return (
    typeof error === 'object' && error !== null && isErrorCategory(error.category) && typeof error.message === 'string'
  );
}

/** Turns whatever the fetch failed with into a typed error that says what to do. */
export function toSidecarError(err: unknown, path: string, timeoutMs: number): IoTError {
  if (err instanceof IoTError) {
    return err;
  }
  if (err instanceof RxTimeoutError) {
    return new TimeoutError(`the sidecar did not answer ${path} within ${timeoutMs} ms`, { cause: err });
  }
  const fetchError = err as Partial<FetchError>;
  const status = typeof fetchError.status === 'number' ? fetchError.status : 0;
  const data = fetchError.data;
  // Through Grafana the sidecar's 401 arrives as the proxy's 400; a direct 401 means the same.
  if (isKeyRefusal(status, data)) {
    return new AuthError(KEY_REFUSED_MESSAGE, { cause: err });
  }
  if (status === 403 && !isApiErrorBody(data)) {
    const why = proxyMessage(data) === PROXY_ROUTE_DENIED ? ROLE_REFUSED_MESSAGE : KEY_REFUSED_MESSAGE;
    return new ForbiddenError(why, { cause: err });
  }
  if (isApiErrorBody(data)) {
    if (status === 403) {
      return new ForbiddenError(data.error.message, { cause: err });
    }
    return new IoTError(data.error.category, data.error.message, { cause: err, httpStatus: status || undefined });
  }
  // The sidecar's own timeouts carry a JSON body; a bare 504 is the proxy giving up.
  if (status === 504) {
    return new TimeoutError(proxyTimeoutMessage(path), { cause: err });
  }
  if (status <= 0 || status === 502 || status === 503) {
    return new UpstreamError(
      `the sidecar is unreachable${status > 0 ? ` (HTTP ${status} from Grafana's proxy)` : ''}: check the datasource URL and that the sidecar is running`,
      { cause: err }
    );
  }
  const text = typeof fetchError.statusText === 'string' && fetchError.statusText ? ` ${fetchError.statusText}` : '';
  return new IoTError('internal', `the sidecar answered ${path} with HTTP ${status}${text}`, {
    cause: err,
    httpStatus: status,
  });
}

/**
 * The sidecar's HTTP API, called through Grafana's data source proxy (which adds the route's
 * Authorization header). Every call has a deadline and fails with a typed error.
 */
export class SidecarApi {
  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs: number,
    private readonly fetcher: () => Fetcher = getBackendSrv
  ) {}

  /** GET a JSON document. */
  get<T>(path: string, params?: Record<string, string>, timeoutMs = this.timeoutMs): Promise<T> {
    return this.request<T>('GET', path, undefined, params, timeoutMs);
  }

  /** POST a JSON body and read the JSON answer. */
  post<T>(path: string, body: unknown, timeoutMs = this.timeoutMs): Promise<T> {
    return this.request<T>('POST', path, body, undefined, timeoutMs);
  }

  private async request<T>(
    method: string,
    path: string,
    data: unknown,
    params: Record<string, string> | undefined,
    timeoutMs: number
  ): Promise<T> {
    try {
      const response = await lastValueFrom(
        this.fetcher()
          .fetch<T>({
            url: `${this.baseUrl}${path}`,
            method,
            data,
            params,
            showErrorAlert: false,
            showSuccessAlert: false,
          })
          .pipe(timeout({ first: timeoutMs }))
      );
      return response.data;
    } catch (err) {
      throw toSidecarError(err, path, timeoutMs);
    }
  }
}
