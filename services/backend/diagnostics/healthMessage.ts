/**
 * Save & test's answer from the broker health the sidecar's API computes: what is wrong, in words an
 * operator can act on, with the category of common/errors in the details.
 */
import type { HealthResponse } from '../../../common/api/sidecarApi';
import type { ErrorCategory } from '../../../common/errors/errors';
import type { BackendSettings } from '../instances/instanceSettings';

export type HealthProblem = 'unreachable' | 'token' | 'tls' | 'timeout' | 'settings' | 'other';

export interface HealthVerdict {
  ok: boolean;
  message: string;
  details: { category?: ErrorCategory; problem?: HealthProblem; broker: string; [key: string]: unknown };
}

/** TLS failures reach us as UNAVAILABLE with the TLS library's words in the detail. */
const TLS_WORDS = /\b(ssl|tls|certificate|handshake|wrong version number|self[- ]signed|alpn)\b/i;

function problemOf(category: ErrorCategory, message: string, settings: BackendSettings): HealthProblem {
  if (TLS_WORDS.test(message) || (settings.brokerTls && /connection (closed|dropped|reset)/i.test(message))) {
    return 'tls';
  }
  switch (category) {
    case 'auth':
      return 'token';
    case 'timeout':
      return 'timeout';
    case 'upstream':
      return 'unreachable';
    case 'validation':
      return 'settings';
    default:
      return 'other';
  }
}

function advice(problem: HealthProblem, settings: BackendSettings): string {
  const where = settings.brokerAddress;
  switch (problem) {
    case 'unreachable':
      return `Cannot reach the broker at ${where}: check the Broker address setting and that the broker runs and accepts connections from the Grafana server.`;
    case 'token':
      return `The broker at ${where} refused the broker token: set a valid Broker token in the datasource settings (one with the read permission).`;
    case 'tls':
      return settings.brokerTls
        ? `The TLS handshake with the broker at ${where} failed: turn TLS off if the broker speaks plain gRPC, or give the CA certificate that signed its certificate.`
        : `The broker at ${where} seems to expect TLS: turn on TLS in the datasource settings.`;
    case 'timeout':
      return `The broker at ${where} did not answer within ${settings.requestTimeoutMs} ms: check the network path, or raise the request timeout.`;
    case 'settings':
      return 'The datasource settings are invalid';
    default:
      return `The broker at ${where} failed`;
  }
}

/** The verdict for a health answer; `roundTripMs` and counts go into the details when the broker answered. */
export function healthVerdict(health: HealthResponse, settings: BackendSettings): HealthVerdict {
  const { broker } = health;
  if (broker.reachable && !health.error) {
    const counts = [
      broker.topicCount === undefined ? undefined : `${broker.topicCount} topic${broker.topicCount === 1 ? '' : 's'}`,
      broker.deviceCount === undefined
        ? undefined
        : `${broker.deviceCount} device${broker.deviceCount === 1 ? '' : 's'}`,
    ].filter((part): part is string => part !== undefined);
    return {
      ok: true,
      message: `Broker${broker.version ? ` ${broker.version}` : ''} at ${settings.brokerAddress} reachable from the plugin backend${counts.length ? `: ${counts.join(', ')}` : ''}`,
      details: {
        broker: settings.brokerAddress,
        roundTripMs: broker.roundTripMs,
        bus: broker.bus,
        tenant: broker.tenant,
      },
    };
  }
  const category = health.error?.category ?? 'upstream';
  const cause = health.error?.message ?? 'no answer';
  const problem = problemOf(category, cause, settings);
  return {
    ok: false,
    message: `${advice(problem, settings)} (${cause})`,
    details: { category, problem, broker: settings.brokerAddress },
  };
}

/** The verdict when the settings themselves cannot be read. */
export function settingsVerdict(message: string): HealthVerdict {
  return {
    ok: false,
    message: `${advice('settings', {} as BackendSettings)}: ${message}`,
    details: { category: 'validation', problem: 'settings', broker: '' },
  };
}
