import { config } from '@grafana/runtime';
import { API_PATHS, type HealthResponse } from '../../common/api/sidecarApi';
import { AuthError, toIoTError, type IoTError } from '../../common/errors/errors';
import type { SidecarApi } from '../api/SidecarApi';
import { STREAM_KEY_REFUSED_MESSAGE } from './connectRefusal';
import { StreamClient, type StreamClientOptions } from './StreamClient';
import { streamUrl, type WebSocketFactory } from './transport';

/** What a host may replace when the stream socket is opened (Grafana supplies none of these). */
export interface SidecarStreamDependencies {
  /** Opens the stream WebSocket; Node hosts pass the `ws` package's WebSocket here. */
  createSocket?: WebSocketFactory;
  /** Grafana's sub-path (default: config.appSubUrl), which the stream URL needs and instanceSettings.url lacks. */
  appSubUrl?: string;
  /** The page URL relative proxy URLs are resolved against (default: window.location.href). */
  baseUrl?: string;
  now?: () => number;
  /** Further stream client options (backoff, timeouts). */
  streamOptions?: Partial<Omit<StreamClientOptions, 'url' | 'createSocket' | 'now'>>;
}

/** The sidecar transport's one stream client: a WebSocket through the data source proxy. */
export function createSidecarStreamClient(
  proxyUrl: string,
  api: SidecarApi,
  deps: SidecarStreamDependencies
): StreamClient {
  const base = deps.baseUrl ?? globalThis.location?.href ?? 'http://localhost/';
  return new StreamClient({
    ...deps.streamOptions,
    url: streamUrl(proxyUrl, base, deps.appSubUrl ?? config?.appSubUrl ?? ''),
    checkRefusal: (status) => refusalOf(api, status),
    ...(deps.createSocket ? { createSocket: deps.createSocket } : {}),
    ...(deps.now ? { now: deps.now } : {}),
  });
}

/**
 * Whether a stream socket that could not open was refused (a wrong key) rather than cut off: the
 * browser hides the upgrade's HTTP status, so the health endpoint is asked through the same proxy.
 */
async function refusalOf(api: SidecarApi, upgradeStatus: number | undefined): Promise<IoTError | undefined> {
  if (upgradeStatus === 401) {
    return new AuthError(STREAM_KEY_REFUSED_MESSAGE);
  }
  try {
    await api.get<HealthResponse>(API_PATHS.health);
    return undefined;
  } catch (err) {
    return toIoTError(err).category === 'auth' ? new AuthError(STREAM_KEY_REFUSED_MESSAGE, { cause: err }) : undefined;
  }
}
