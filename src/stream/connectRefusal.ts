/**
 * Telling a refused key apart from an outage when the stream socket cannot open. A browser's
 * WebSocket never reveals the HTTP status of a failed upgrade, so the datasource asks the sidecar's
 * health endpoint through the same proxy; Node's `ws` names the status in its error. Grafana's data
 * source proxy turns the sidecar's 401 into a 400 "Authentication to data source failed", so both
 * count as a refused key. Retrying cannot fix a refused key: the panels say so and stop.
 */
import { AuthError, type IoTError } from '../../common/errors/errors';

/** Resolves to an error that retrying cannot fix, or undefined for an outage worth retrying. */
export type RefusalCheck = (upgradeStatus: number | undefined) => Promise<IoTError | undefined>;

/** The message a person gets when the sidecar refused the datasource's key. */
export const STREAM_KEY_REFUSED_MESSAGE =
  "the API key was refused by the sidecar: check the datasource's API key (Save & test says more)";

/** Grafana's proxy answers an upstream 401 with this text and HTTP 400. */
const PROXY_AUTH_FAILED = 'authentication to data source failed';

/** True for an HTTP answer that means the sidecar refused the key, directly (401) or through Grafana's proxy (400). */
export function isKeyRefusal(status: number, body?: unknown): boolean {
  if (status === 401) {
    return true;
  }
  if (status !== 400) {
    return false;
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body ?? '');
  return text.toLowerCase().includes(PROXY_AUTH_FAILED);
}

/** The HTTP status of a failed upgrade, from a `ws` error event ("Unexpected server response: 401"). */
export function upgradeStatusOf(event: unknown): number | undefined {
  const e = event as { message?: unknown; error?: { message?: unknown } } | null | undefined;
  const message =
    typeof e?.message === 'string' ? e.message : typeof e?.error?.message === 'string' ? e.error.message : '';
  const match = /unexpected server response: (\d{3})/i.exec(message);
  return match ? Number(match[1]) : undefined;
}

/** Without a way to ask further: a 401 on the upgrade is a refused key; anything else may pass. */
export const refusalFromUpgradeStatus: RefusalCheck = async (status) =>
  status === 401 ? new AuthError(STREAM_KEY_REFUSED_MESSAGE) : undefined;
