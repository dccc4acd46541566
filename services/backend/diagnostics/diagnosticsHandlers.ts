/** pluginv2.Diagnostics: CheckHealth (Save & test) and CollectMetrics. */
import { toIoTError } from '../../../common/errors/errors';
import { health } from '../../sidecar/http/apiHandlers';
import type { BackendContext } from '../BackendContext';
import type { CheckHealthRequest, CheckHealthResponse, CollectMetricsResponse } from '../grpc/messages';
import { healthVerdict, settingsVerdict, type HealthVerdict } from './healthMessage';

function response(verdict: HealthVerdict): CheckHealthResponse {
  return {
    status: verdict.ok ? 'OK' : 'ERROR',
    message: verdict.message,
    jsonDetails: Buffer.from(JSON.stringify(verdict.details)),
  };
}

/** Asks the datasource's broker for its info, as the sidecar's /api/health does, and explains failures. */
export async function checkHealth(ctx: BackendContext, request: CheckHealthRequest): Promise<CheckHealthResponse> {
  let instance;
  try {
    instance = ctx.instanceFor(request.pluginContext);
  } catch (err) {
    return response(settingsVerdict(toIoTError(err).message));
  }
  const answer = await health(instance.api, instance.principal(request.pluginContext?.user));
  const verdict = healthVerdict(answer.body, instance.settings);
  ctx.logger.info(
    { uid: instance.settings.uid, ok: verdict.ok, problem: verdict.details.problem },
    verdict.ok ? 'health check passed' : 'health check failed'
  );
  return response(verdict);
}

/** The backend's metrics in Prometheus text. */
export async function collectMetrics(ctx: BackendContext): Promise<CollectMetricsResponse> {
  return { metrics: { prometheus: Buffer.from(await ctx.metrics.text([ctx.liveMetrics.registry]), 'utf8') } };
}
