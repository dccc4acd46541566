/**
 * pluginv2.Data.QueryData: each query's history from the broker over its time range, downsampled to
 * the panel's maxDataPoints and returned as Arrow frames. A failed query is a DataResponse error with
 * a status and whose fault it is (plugin or downstream); the others are answered all the same.
 */
import { isIoTError, toIoTError, type IoTError } from '../../../common/errors/errors';
import type { BackendContext } from '../BackendContext';
import type { DataResponse, QueryDataRequest, QueryDataResponse } from '../grpc/messages';
import type { FrameMeta } from './arrowFrame';
import { parseBackendQuery } from './backendQuery';
import { fetchHistory } from './fetchHistory';
import { samplesFromEnvelopes } from './samplesFromEnvelopes';
import { seriesFrames } from './seriesFrames';

/** The most history messages one query holds in memory; beyond it the answer says it was cut. */
export const MAX_QUERY_MESSAGES = 500_000;

/** Grafana sets this header when an alert rule (not a person) runs the query. */
export function isAlertRequest(headers: Record<string, string>): boolean {
  return Object.entries(headers ?? {}).some(([name, value]) => name.toLowerCase() === 'fromalert' && value === 'true');
}

function failure(error: IoTError, downstream: boolean): DataResponse {
  return {
    frames: [],
    error: error.message,
    status: error.httpStatus,
    errorSource: downstream ? 'downstream' : 'plugin',
  };
}

async function answerQuery(
  ctx: BackendContext,
  request: QueryDataRequest,
  query: QueryDataRequest['queries'][number],
  forAlert: boolean
): Promise<DataResponse> {
  const started = performance.now();
  let parsed;
  let instance;
  try {
    parsed = parseBackendQuery(query);
    instance = ctx.instanceFor(request.pluginContext);
  } catch (err) {
    return failure(toIoTError(err), false);
  }
  let history;
  try {
    history = await fetchHistory(instance.gateway, {
      token: instance.principal(request.pluginContext?.user).brokerToken,
      filter: parsed.topic,
      fromMs: parsed.fromMs,
      toMs: parsed.toMs,
      maxHistory: parsed.maxHistory,
      deadlineMs: instance.api.options.timeouts.historyMs,
      maxMessages: MAX_QUERY_MESSAGES,
    });
  } catch (err) {
    // The broker's answer: its fault (or its settings'), not the plugin's.
    return failure(toIoTError(err), isIoTError(err) && err.category !== 'internal');
  }
  ctx.metrics.historyMessages.inc(history.envelopes.length);
  const notices: FrameMeta['notices'] = history.truncated
    ? [
        {
          severity: 'warning',
          text: `Only the first ${MAX_QUERY_MESSAGES} messages of the range were read: narrow the range or the topic.`,
        },
      ]
    : [];
  const series = samplesFromEnvelopes(history.envelopes, parsed);
  const summary = seriesFrames(series, parsed, { forAlert, notices });
  ctx.metrics.queryDuration.observe((performance.now() - started) / 1000);
  ctx.logger.debug(
    {
      refId: parsed.refId,
      topic: parsed.topic,
      messages: history.envelopes.length,
      series: series.length,
      rows: summary.rows,
      bucketMs: summary.bucketMs,
      forAlert,
    },
    'query answered'
  );
  return {
    frames: summary.frames.map((frame) => Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength)),
    error: '',
    status: 200,
    errorSource: '',
  };
}

export async function queryData(ctx: BackendContext, request: QueryDataRequest): Promise<QueryDataResponse> {
  const forAlert = isAlertRequest(request.headers);
  const answers = await Promise.all(
    request.queries.map(async (query) => {
      try {
        return [query.refId, await answerQuery(ctx, request, query, forAlert)] as const;
      } catch (err) {
        ctx.logger.error({ refId: query.refId, error: (err as Error).message }, 'query failed unexpectedly');
        return [query.refId, failure(toIoTError(err), false)] as const;
      }
    })
  );
  return { responses: Object.fromEntries(answers) };
}
