import type { TestDataSourceResponse } from '@grafana/data';
import type { HealthResponse } from '../../common/api/sidecarApi';
import type { IoTError } from '../../common/errors/errors';

/** The Save & test result for a health answer the sidecar gave. */
export function healthResult(health: HealthResponse): TestDataSourceResponse {
  const { broker } = health;
  if (!broker.reachable) {
    const why = health.error?.message ?? 'no answer';
    return {
      status: 'error',
      message: `The sidecar (${health.sidecar.version}) is up, but the broker at ${broker.target} is down: ${why}`,
    };
  }
  const parts = [
    broker.roundTripMs === undefined ? undefined : `${Math.round(broker.roundTripMs)} ms round trip`,
    broker.topicCount === undefined ? undefined : `${broker.topicCount} topic${broker.topicCount === 1 ? '' : 's'}`,
    broker.deviceCount === undefined ? undefined : `${broker.deviceCount} device${broker.deviceCount === 1 ? '' : 's'}`,
  ].filter((p): p is string => p !== undefined);
  const version = broker.version ? ` ${broker.version}` : '';
  return {
    status: 'success',
    message: `Broker${version} reachable through sidecar ${health.sidecar.version}${parts.length ? `: ${parts.join(', ')}` : ''}`,
    details: { message: `Broker at ${broker.target}${broker.bus ? ` (bus: ${broker.bus})` : ''}` },
  };
}

/** The Save & test result for a failed health call. */
export function healthFailure(error: IoTError, health?: HealthResponse): TestDataSourceResponse {
  if (health?.broker && health.broker.reachable === false) {
    return healthResult({ ...health, error: health.error ?? { category: error.category, message: error.message } });
  }
  if (
    error.category === 'upstream' &&
    error.httpStatus === 502 &&
    !error.message.startsWith('the sidecar is unreachable')
  ) {
    return { status: 'error', message: `The sidecar is up, but the broker is down: ${error.message}` };
  }
  return { status: 'error', message: capitalize(error.message) };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
