/**
 * A fetch()-based implementation of @grafana/runtime's BackendSrv with Grafana's observable contract:
 * `fetch()` emits one FetchResponse and completes, fails with a FetchError `{ status, data, config }`
 * for HTTP errors, and aborts the request when unsubscribed.
 */
import type { BackendSrv, BackendSrvRequest, FetchError, FetchResponse } from '@grafana/runtime';
import { lastValueFrom, Observable } from 'rxjs';

/** Called for every request that failed, so the page can count and show it like Grafana's alerts. */
export type RequestFailureListener = (error: FetchError) => void;

/** Builds the request URL with `params`, skipping undefined and null values as Grafana does. */
export function buildRequestUrl(url: string, params?: Record<string, unknown>): string {
  if (!params) {
    return url;
  }
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) {
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      search.append(key, String(item));
    }
  }
  const query = search.toString();
  if (!query) {
    return url;
  }
  return `${url}${url.includes('?') ? '&' : '?'}${query}`;
}

/**
 * Makes a same-origin URL relative ("/api/x" becomes "api/x"), as Grafana's BackendSrv does, so it
 * resolves against the page's `<base href>`, which carries the sub-path when Grafana has one.
 */
export function relativeToBase(url: string): string {
  return /^https?:/i.test(url) ? url : url.replace(/^\/+/, '');
}

/** Encodes `data` as Grafana does: plain objects and arrays as JSON, anything fetch understands as is. */
export function encodeRequestBody(data: unknown): { body?: BodyInit; contentType?: string } {
  if (data === undefined || data === null) {
    return {};
  }
  if (
    typeof data === 'string' ||
    data instanceof FormData ||
    data instanceof Blob ||
    data instanceof ArrayBuffer ||
    data instanceof URLSearchParams ||
    ArrayBuffer.isView(data)
  ) {
    return { body: data as BodyInit };
  }
  return { body: JSON.stringify(data), contentType: 'application/json' };
}

async function parseBody(response: Response, responseType: BackendSrvRequest['responseType']): Promise<unknown> {
  switch (responseType) {
    case 'arraybuffer':
      return response.arrayBuffer();
    case 'blob':
      return response.blob();
    case 'text':
      return response.text();
    default: {
      // Grafana parses JSON when it can and falls back to the text, for 'json' and unspecified alike.
      const text = await response.text();
      if (text === '') {
        return responseType === 'json' ? {} : text;
      }
      try {
        return JSON.parse(text);
      } catch {
        return text;
      }
    }
  }
}

/** The preview host's BackendSrv. */
export class PreviewBackendSrv implements BackendSrv {
  constructor(private readonly onFailure: RequestFailureListener = () => {}) {}

  fetch<T>(options: BackendSrvRequest): Observable<FetchResponse<T>> {
    return new Observable<FetchResponse<T>>((subscriber) => {
      const controller = new AbortController();
      const onExternalAbort = () => controller.abort();
      options.abortSignal?.addEventListener('abort', onExternalAbort);
      const { body, contentType } = encodeRequestBody(options.data);
      const headers = new Headers({ 'X-Grafana-Org-Id': '1' });
      if (contentType) {
        headers.set('Content-Type', contentType);
      }
      for (const [name, value] of Object.entries(options.headers ?? {})) {
        headers.set(name, String(value));
      }
      const url = buildRequestUrl(relativeToBase(options.url), options.params);
      const fail = (error: FetchError) => {
        this.onFailure(error);
        subscriber.error(error);
      };
      fetch(url, {
        method: options.method ?? 'GET',
        headers,
        body,
        signal: controller.signal,
        credentials: options.credentials ?? 'same-origin',
      })
        .then(async (response) => {
          const data = await parseBody(response, options.responseType);
          if (!response.ok) {
            const payload = data as { message?: string } | string;
            fail({
              status: response.status,
              statusText: response.statusText,
              data: payload,
              message: typeof payload === 'object' && payload?.message ? payload.message : response.statusText,
              config: options,
            });
            return;
          }
          subscriber.next(fetchResponse(response, data as T, options));
          subscriber.complete();
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) {
            subscriber.error({
              status: -1,
              data: { message: 'Request was aborted' },
              cancelled: true,
              config: options,
            });
            return;
          }
          const message = error instanceof Error ? error.message : String(error);
          fail({ status: 0, statusText: 'Network error', data: { message }, message, config: options });
        });
      return () => {
        options.abortSignal?.removeEventListener('abort', onExternalAbort);
        controller.abort();
      };
    });
  }

  chunked(options: BackendSrvRequest): Observable<FetchResponse<Uint8Array | undefined>> {
    return new Observable((subscriber) => {
      const controller = new AbortController();
      fetch(buildRequestUrl(relativeToBase(options.url), options.params), {
        method: options.method ?? 'GET',
        headers: options.headers,
        body: encodeRequestBody(options.data).body,
        signal: controller.signal,
      })
        .then(async (response) => {
          const reader = response.body?.getReader();
          const emit = (data: Uint8Array | undefined) => subscriber.next(fetchResponse(response, data, options));
          if (!reader) {
            emit(undefined);
            subscriber.complete();
            return;
          }
          for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
            emit(chunk.value);
          }
          subscriber.complete();
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) {
            subscriber.error({ status: 0, data: { message: String(error) }, config: options });
          }
        });
      return () => controller.abort();
    });
  }

  request<T = unknown>(options: BackendSrvRequest): Promise<T> {
    return lastValueFrom(this.fetch<T>(options)).then((response) => response.data);
  }

  datasourceRequest<T = unknown>(options: BackendSrvRequest): Promise<FetchResponse<T>> {
    return lastValueFrom(this.fetch<T>(options));
  }

  get<T = unknown>(
    url: string,
    params?: Record<string, unknown>,
    requestId?: string,
    options?: Partial<BackendSrvRequest>
  ) {
    return this.request<T>({ ...options, url, params, requestId, method: 'GET' });
  }

  delete<T = unknown>(url: string, data?: unknown, options?: Partial<BackendSrvRequest>) {
    return this.request<T>({ ...options, url, data, method: 'DELETE' });
  }

  post<T = unknown>(url: string, data?: unknown, options?: Partial<BackendSrvRequest>) {
    return this.request<T>({ ...options, url, data, method: 'POST' });
  }

  patch<T = unknown>(url: string, data?: unknown, options?: Partial<BackendSrvRequest>) {
    return this.request<T>({ ...options, url, data, method: 'PATCH' });
  }

  put<T = unknown>(url: string, data?: unknown, options?: Partial<BackendSrvRequest>) {
    return this.request<T>({ ...options, url, data, method: 'PUT' });
  }
}

/** Grafana's FetchResponse for a fetch() Response and its (decoded) body. */
function fetchResponse<T>(response: Response, data: T, config: BackendSrvRequest): FetchResponse<T> {
  return {
    data,
    status: response.status,
    statusText: response.statusText,
    ok: response.ok,
    headers: response.headers,
    redirected: response.redirected,
    type: response.type,
    url: response.url,
    config,
  };
}
