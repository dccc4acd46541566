/**
 * Routes plain HTTP requests: the open endpoints (/healthz, /readyz) first, then the key check, then
 * the API. Every error is JSON with a category. /metrics is not here: it has its own listen address
 * (SIDECAR_METRICS_LISTEN), since Grafana's proxy forwards any path, even without a key.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_PATHS } from '../../../common/api/sidecarApi';
import { NotFoundError, ValidationError, type IoTError } from '../../../common/errors/errors';
import type { KeyStore } from '../auth/keyStore';
import type { Logger } from '../logger';
import type { SidecarMetrics } from '../metrics';
import { command, devices, health, publish, topics, type ApiContext } from './apiHandlers';
import { sendError, sendJson } from './respond';

export interface RouterDeps extends ApiContext {
  keys: KeyStore;
  metrics: SidecarMetrics;
  logger: Logger;
  /** The token for the sidecar's own broker calls (readiness). */
  brokerToken?: string;
}

function methodNotAllowed(method: string, allowed: string): IoTError {
  return new ValidationError(`${method} is not allowed here: use ${allowed}`, { httpStatus: 405 });
}

/** Handles one HTTP request (not an upgrade). */
export async function handleRequest(deps: RouterDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://sidecar.invalid');
  const method = req.method ?? 'GET';
  try {
    switch (url.pathname) {
      case API_PATHS.healthz:
        sendJson(res, 200, { status: 'ok' });
        return;
      case API_PATHS.readyz:
        await readiness(deps, res);
        return;
    }
    const principal = deps.keys.authenticate(req.headers);
    const expect = (allowed: 'GET' | 'POST') => {
      if (method !== allowed) {
        throw methodNotAllowed(method, allowed);
      }
    };
    switch (url.pathname) {
      case API_PATHS.health: {
        expect('GET');
        const result = await health(deps, principal);
        sendJson(res, result.status, result.body);
        return;
      }
      case API_PATHS.topics:
        expect('GET');
        sendJson(res, 200, await topics(deps, principal, url));
        return;
      case API_PATHS.devices:
        expect('GET');
        sendJson(res, 200, await devices(deps, principal));
        return;
      case API_PATHS.publish:
        expect('POST');
        sendJson(res, 200, await publish(deps, principal, req));
        return;
      case API_PATHS.command:
        expect('POST');
        sendJson(res, 200, await command(deps, principal, req));
        return;
      case API_PATHS.stream:
        throw new ValidationError('this endpoint speaks WebSocket: send an Upgrade request', { httpStatus: 426 });
      default:
        throw new NotFoundError(`no endpoint ${url.pathname}: see docs/sidecar.md for the endpoints`);
    }
  } catch (err) {
    const error = sendError(res, err);
    deps.metrics.clientErrors.inc({ category: error.category });
    if (error.category === 'internal') {
      deps.logger.error({ path: url.pathname, err: error.message }, 'request failed');
    } else {
      deps.logger.debug({ path: url.pathname, status: error.httpStatus, err: error.message }, 'request refused');
    }
  }
}

async function readiness(deps: RouterDeps, res: ServerResponse): Promise<void> {
  try {
    await deps.gateway.unary('getInfo', deps.brokerToken, {});
    sendJson(res, 200, { status: 'ready', broker: deps.gateway.target });
  } catch (err) {
    const error = err as IoTError;
    // Any answer, even a refusal of the sidecar's own token, proves the broker is reachable; keys
    // with their own broker tokens may still work.
    if (error.category !== 'upstream' && error.category !== 'timeout') {
      sendJson(res, 200, { status: 'ready', broker: deps.gateway.target, warning: error.message });
      return;
    }
    sendJson(res, 503, {
      status: 'not ready',
      broker: deps.gateway.target,
      error: { category: error.category, message: error.message },
    });
  }
}
