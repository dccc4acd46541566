/**
 * POST /api/ds/query as Grafana's server answers it for a backend datasource: the request's queries
 * become one QueryData call (each query's JSON as it came, its refId, maxDataPoints, intervalMs and
 * the request's range), and the Arrow frames that come back are sent as frame JSON per refId.
 */
import type * as grpc from '@grpc/grpc-js';
import type { DataQuery, PluginContext, QueryDataResponse } from '../../backend/grpc/messages';
import { frameJsonFromArrow, type FrameJson } from './frameJson';

/** Grafana's defaults for a query that does not say. */
const DEFAULT_MAX_DATA_POINTS = 100;
const DEFAULT_INTERVAL_MS = 1000;
const QUERY_DEADLINE_MS = 30_000;

export interface DsQueryAnswer {
  status: number;
  body: unknown;
}

export interface DsQueryResult {
  status: number;
  frames?: FrameJson[];
  error?: string;
  errorSource?: string;
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Epoch ms (number or digits) or `now` / `now-<n><s|m|h|d|w>`, as panels send them. */
export function parseTimePoint(value: unknown, now: number): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return value;
  }
  if (typeof value !== 'string') {
    return undefined;
  }
  if (/^\d+$/.test(value)) {
    return Number(value);
  }
  const relative = /^now(?:-(\d+)([smhdw]))?$/.exec(value);
  if (!relative) {
    return undefined;
  }
  return relative[1] === undefined ? now : now - Number(relative[1]) * UNIT_MS[relative[2]];
}

function badRequest(message: string): DsQueryAnswer {
  return { status: 400, body: { message } };
}

function positiveNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

function queryData(
  client: grpc.Client,
  request: { pluginContext: PluginContext; headers: Record<string, string>; queries: DataQuery[] }
): Promise<QueryDataResponse> {
  return new Promise((resolve, reject) =>
    (client as unknown as Record<string, (...args: unknown[]) => void>).QueryData(
      request,
      { deadline: Date.now() + QUERY_DEADLINE_MS },
      (err: Error | null, response: QueryDataResponse) => (err ? reject(err) : resolve(response))
    )
  );
}

/** The answer to one /api/ds/query body for the datasource `uid`, from the backend's QueryData. */
export async function answerDsQuery(
  client: grpc.Client,
  pluginContext: PluginContext,
  uid: string,
  body: Buffer,
  now = Date.now()
): Promise<DsQueryAnswer> {
  let request: { queries?: unknown; from?: unknown; to?: unknown };
  try {
    request = JSON.parse(body.toString('utf8'));
  } catch (err) {
    return badRequest(`The request body is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof request !== 'object' || request === null || !Array.isArray(request.queries)) {
    return badRequest('The request needs a "queries" array.');
  }
  if (request.queries.length === 0) {
    return badRequest('No queries found in the request.');
  }
  const from = parseTimePoint(request.from, now);
  const to = parseTimePoint(request.to, now);
  if (from === undefined || to === undefined) {
    return badRequest('"from" and "to" must be epoch milliseconds or now-relative times such as now-1h.');
  }
  const queries: DataQuery[] = [];
  for (const query of request.queries as Array<Record<string, unknown>>) {
    const datasourceUid = (query?.datasource as { uid?: unknown } | undefined)?.uid;
    if (datasourceUid !== uid) {
      return { status: 404, body: { message: `Data source ${String(datasourceUid)} was not found.` } };
    }
    queries.push({
      refId: typeof query.refId === 'string' ? query.refId : 'A',
      maxDataPoints: positiveNumber(query.maxDataPoints, DEFAULT_MAX_DATA_POINTS),
      intervalMS: positiveNumber(query.intervalMs, DEFAULT_INTERVAL_MS),
      timeRange: { fromEpochMS: from, toEpochMS: to },
      json: Buffer.from(JSON.stringify(query)),
      queryType: typeof query.queryType === 'string' ? query.queryType : '',
    });
  }

  let response: QueryDataResponse;
  try {
    response = await queryData(client, { pluginContext, headers: {}, queries });
  } catch (err) {
    return { status: 500, body: { message: `Query data error: ${(err as Error).message}` } };
  }
  const results: Record<string, DsQueryResult> = {};
  let anyError = false;
  for (const [refId, answer] of Object.entries(response.responses ?? {})) {
    const result: DsQueryResult = { status: answer.status || 200 };
    if (answer.error) {
      anyError = true;
      result.error = answer.error;
      if (answer.errorSource) {
        result.errorSource = answer.errorSource;
      }
    }
    result.frames = answer.frames.map((frame) => frameJsonFromArrow(frame));
    results[refId] = result;
  }
  // Grafana answers 400 when any query failed (207 only with its multi-status feature on), with every result.
  return { status: anyError ? 400 : 200, body: { results } };
}
