/**
 * A datasource's settings as the backend uses them, read from what Grafana hands over on every call:
 * jsonData (visible to every viewer: no secrets) and decryptedSecureJsonData (the tokens).
 */
import { ValidationError } from '../../../common/errors/errors';
import type { DataSourceInstanceSettings } from '../grpc/messages';

export interface BackendSettings {
  uid: string;
  name: string;
  /** The broker's gRPC address, host:port. */
  brokerAddress: string;
  /** Speak TLS to the broker. */
  brokerTls: boolean;
  /** A PEM CA bundle the broker's certificate is checked against; undefined: the system's roots. */
  brokerCaCert?: string;
  /** Deadline of health, discovery and command calls, in ms. */
  requestTimeoutMs: number;
  /** The token the backend presents to the broker for reads. */
  brokerToken?: string;
  /** The token for publishes and commands; the broker token when not set. */
  commandToken?: string;
}

export const DEFAULT_BROKER_ADDRESS = '127.0.0.1:50051';
export const DEFAULT_BACKEND_TIMEOUT_MS = 10_000;
const MAX_TIMEOUT_MS = 120_000;

function parseJsonData(bytes: Buffer | undefined): Record<string, unknown> {
  if (!bytes || bytes.length === 0) {
    return {};
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    throw new ValidationError(`the datasource's jsonData is not valid JSON: ${(err as Error).message}`);
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : {};
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Strips a scheme Grafana users often type ("grpc://host:port") down to host:port. */
export function normalizeBrokerAddress(raw: string): string {
  const withoutScheme = raw.replace(/^(grpcs?|https?|dns):\/\/\/?/i, '').replace(/\/+$/, '');
  if (!/^[A-Za-z0-9.\-_[\]:]+:\d{1,5}$/.test(withoutScheme)) {
    throw new ValidationError(
      `the broker address "${raw}" is not host:port (e.g. broker:50051); fix it in the datasource settings`
    );
  }
  return withoutScheme;
}

/** Reads the settings of one datasource; a ValidationError says which setting to fix. */
export function readBackendSettings(instance: DataSourceInstanceSettings): BackendSettings {
  const json = parseJsonData(instance.jsonData);
  const secure = instance.decryptedSecureJsonData ?? {};
  const timeout = json.requestTimeoutMs;
  const requestTimeoutMs =
    typeof timeout === 'number' && Number.isFinite(timeout) && timeout >= 100
      ? Math.min(timeout, MAX_TIMEOUT_MS)
      : DEFAULT_BACKEND_TIMEOUT_MS;
  return {
    uid: instance.uid,
    name: instance.name,
    brokerAddress: normalizeBrokerAddress(nonEmpty(json.brokerAddress) ?? DEFAULT_BROKER_ADDRESS),
    brokerTls: json.brokerTls === true,
    brokerCaCert: nonEmpty(secure.brokerCaCert),
    requestTimeoutMs,
    brokerToken: nonEmpty(secure.brokerToken),
    commandToken: nonEmpty(secure.commandToken),
  };
}
