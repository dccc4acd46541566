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
  // Grafana's proxy turns the sidecar's 401 into 400 "Authentication to data source failed".
  if (isKeyRefusal(status, data)) {
    return new AuthError(KEY_REFUSED_MESSAGE, { cause: err });
  }
  if (status === 403) {
    const why = isApiErrorBody(data) ? data.error.message : KEY_REFUSED_MESSAGE;
    return new ForbiddenError(why, { cause: err });
  }
  if (isApiErrorBody(data)) {
    return new IoTError(data.error.category, data.error.message, { cause: err, httpStatus: status || undefined });
  }
  if (status <= 0 || status === 502 || status === 503 || status === 504) {
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
