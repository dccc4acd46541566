import {
  CoreApp,
  DataQueryRequest,
  DataQueryResponse,
  DataSourceInstanceSettings,
  LoadingState,
  type MetricFindValue,
  type ScopedVars,
  type TestDataSourceResponse,
} from '@grafana/data';
import { DataSourceWithBackend, getBackendSrv, getGrafanaLiveSrv } from '@grafana/runtime';
import { merge, Observable, of, type SchedulerLike } from 'rxjs';
import {
  API_PATHS,
  type CommandBody,
  type CommandResponse,
  type DeviceSummary,
  type DevicesResponse,
  type HealthResponse,
  type PublishBody,
  type PublishResult,
  type TopicSummary,
  type TopicsResponse,
} from '../common/api/sidecarApi';
import { toIoTError } from '../common/errors/errors';
import { validateTopicFilter } from '../common/topics/topicFilter';
import { validateCommandBody, validatePublishBody } from './api/commandBodies';
import { DEFAULT_COMMAND_TIMEOUT_MS, MAX_REQUEST_TIMEOUT_MS, PROXY_HEADROOM_MS } from '../common/api/proxyLimits';
import { healthFailure, healthResult } from './api/healthCheck';
import { SidecarApi, type Fetcher } from './api/SidecarApi';
import { backendHealth, resourcesUrl } from './api/backendHealth';
import { QueryTemplates, type TemplateDependencies } from './query/queryTemplates';
import { streamKey } from './query/streamKey';
import { targetStream, toDataQueryError } from './query/targetStream';
import { liveChannelStream, type LiveDataSource } from './query/liveChannelStream';
import { endsInPast, resolveTimeWindow } from './query/timeWindow';
import { createSidecarStreamClient, type SidecarStreamDependencies } from './stream/sidecarStreamClient';
import type { StreamClient } from './stream/StreamClient';
import {
  clampNumber,
  DEFAULT_BUFFER_SIZE,
  DEFAULT_QUERY,
  DEFAULT_REQUEST_TIMEOUT_MS,
  IoTOptions,
  IoTQuery,
  LIMITS,
  migrateQuery,
  resolveQuery,
} from './types';
import { IoTVariableSupport } from './variables/IoTVariableSupport';
import { deviceValues, parseVariableQuery, topicValues, type IoTVariableQuery } from './variables/variableQuery';

/** What a host can replace; Grafana supplies none of these and gets the defaults. */
export interface DataSourceDependencies extends SidecarStreamDependencies, TemplateDependencies {
  /** Grafana's BackendSrv (or a stand-in that proxies like it). */
  fetcher?: () => Fetcher;
  scheduler?: SchedulerLike;
  /** Backend mode: Grafana Live (default: getGrafanaLiveSrv()). */
  live?: () => LiveDataSource;
}

/** Series one query may hold; more would cost memory without being readable on a panel. */
export const MAX_SERIES_PER_QUERY = 500;

/**
 * IoT Live datasource. Sidecar mode: live telemetry over one shared WebSocket through the data source
 * proxy, discovery and health over HTTP, messages and commands through the Editor-only proxy routes.
 * Backend mode: past ranges through the plugin backend's QueryData, live ranges as Grafana Live
 * channels of its streams, discovery and commands through its resources.
 */
export class DataSource extends DataSourceWithBackend<IoTQuery, IoTOptions> {
  private readonly proxyUrl: string;
  private readonly api: SidecarApi;
  private readonly deps: DataSourceDependencies;
  private client: StreamClient | undefined;
  private readonly backendMode: boolean;
  private readonly requestTimeoutMs: number;
  private readonly templates: QueryTemplates;

  constructor(instanceSettings: DataSourceInstanceSettings<IoTOptions>, dependencies: DataSourceDependencies = {}) {
    super(instanceSettings);
    this.proxyUrl = instanceSettings.url ?? '';
    this.deps = dependencies;
    this.templates = new QueryTemplates(dependencies);
    // Grafana's proxy ends a request at its own timeout, so a longer deadline would only hide that.
    const timeoutMs = Math.min(
      instanceSettings.jsonData?.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      MAX_REQUEST_TIMEOUT_MS
    );
    this.backendMode = instanceSettings.jsonData?.transport === 'backend';
    this.requestTimeoutMs = timeoutMs;
    // In backend mode discovery and commands are the backend's resources, which check the user's role.
    this.api = new SidecarApi(
      this.backendMode ? resourcesUrl(this.uid) : this.proxyUrl,
      timeoutMs,
      dependencies.fetcher
    );
    this.variables = new IoTVariableSupport(this);
  }

  /** The datasource's one stream client (sidecar transport), created on first use. */
  get streamClient(): StreamClient {
    this.client ??= createSidecarStreamClient(this.proxyUrl, this.api, this.deps);
    return this.client;
  }

  /** Closes the stream socket and ends every stream; safe to call twice. */
  dispose(): void {
    this.client?.close();
  }

  override getDefaultQuery(_: CoreApp): Partial<IoTQuery> {
    return DEFAULT_QUERY;
  }

  override filterQuery(query: IoTQuery): boolean {
    return query.hide !== true && (migrateQuery(query).topic ?? '').trim() !== '';
  }

  override query(request: DataQueryRequest<IoTQuery>): Observable<DataQueryResponse> {
    const targets = request.targets.filter((t) => this.filterQuery(t));
    if (targets.length > 0 && this.backendMode && endsInPast(request.range.to.valueOf(), this.now())) {
      return this.queryData(request, targets);
    }
    const streams = targets.flatMap((t) => this.streamsOf(t, request));
    return streams.length === 0 ? of({ data: [], state: LoadingState.Done }) : merge(...streams);
  }

  /**
   * Backend mode, a range in the past: the backend's QueryData (history, downsampled) with the
   * variables already replaced, so a multi-value variable is one query per filter as in Explore.
   * The queries name no datasource: they are all this one, already resolved from any variable.
   */
  private queryData(request: DataQueryRequest<IoTQuery>, targets: IoTQuery[]): Observable<DataQueryResponse> {
    const queries = this.interpolateVariablesInQueries(targets, request.scopedVars).map(
      ({ datasource: _resolved, ...query }) => query
    );
    return super.query({ ...request, targets: queries });
  }

  /** One stream per topic filter the query's (possibly multi-value) template expands to. */
  private streamsOf(target: IoTQuery, request: DataQueryRequest<IoTQuery>): Array<Observable<DataQueryResponse>> {
    const query = resolveQuery(target);
    const { filters, fields } = this.templates.expand(query, request.scopedVars);
    const now = this.now();
    const window = resolveTimeWindow(
      { fromMs: request.range.from.valueOf(), toMs: request.range.to.valueOf() },
      query.backfill,
      now
    );
    const { min, max } = LIMITS.bufferSize;
    const capacity = query.bufferSize ?? clampNumber(request.maxDataPoints, min, max, DEFAULT_BUFFER_SIZE);
    return filters.map((filter) => {
      const key = streamKey(this.uid, query, filter, fields);
      try {
        validateTopicFilter(filter);
      } catch (err) {
        return of({ key, state: LoadingState.Error, data: [], errors: [toDataQueryError(err, query.refId)] });
      }
      const stream = { key, query, filter, fields, window, capacity: Math.round(capacity) };
      if (this.backendMode && window.mode === 'live') {
        const rangeMs = request.range.to.valueOf() - request.range.from.valueOf();
        return liveChannelStream({
          ...stream,
          window,
          live: (this.deps.live ?? getGrafanaLiveSrv)(),
          datasourceUid: this.uid,
          rangeMs,
        });
      }
      return targetStream({
        ...stream,
        source: this.streamClient,
        maxSeries: MAX_SERIES_PER_QUERY,
        scheduler: this.deps.scheduler,
      });
    });
  }

  /**
   * The queries with their variables replaced, for Explore and other places that leave the
   * dashboard's variables behind. A query whose multi-value variable stands for several filters
   * becomes one query per filter (refIds A, A-2, …).
   */
  override interpolateVariablesInQueries(queries: IoTQuery[], scopedVars: ScopedVars | undefined): IoTQuery[] {
    return queries.flatMap((target) => {
      const query = migrateQuery(target);
      const { filters, fields } = this.templates.expand(resolveQuery(query), scopedVars);
      const topics = filters.length > 0 ? filters : [query.topic ?? ''];
      return topics.map((topic, i) => ({
        ...query,
        refId: i === 0 ? query.refId : `${query.refId}-${i + 1}`,
        topic,
        fields: query.fields === undefined ? undefined : fields,
      }));
    });
  }

  override async testDatasource(): Promise<TestDataSourceResponse> {
    if (this.backendMode) {
      return backendHealth((this.deps.fetcher ?? getBackendSrv)(), this.uid, this.requestTimeoutMs);
    }
    try {
      return healthResult(await this.api.get<HealthResponse>(API_PATHS.health));
    } catch (err) {
      const error = toIoTError(err);
      const body = (error.cause as { data?: unknown } | undefined)?.data;
      const health = isHealthResponse(body) ? body : undefined;
      return healthFailure(error, health);
    }
  }

  /** Topics the broker knows, optionally only those matching an MQTT filter. */
  async listTopics(filter = ''): Promise<TopicSummary[]> {
    const params = filter.trim() === '' ? undefined : { filter: validateTopicFilter(filter.trim()) };
    const response = await this.api.get<TopicsResponse>(API_PATHS.topics, params);
    return response.topics ?? [];
  }

  /** Devices the broker knows, connected or not. */
  async listDevices(): Promise<DeviceSummary[]> {
    const response = await this.api.get<DevicesResponse>(API_PATHS.devices);
    return response.devices ?? [];
  }

  /** Publishes one message (Editor role, through the command route). */
  async publish(body: PublishBody): Promise<PublishResult> {
    return this.api.post<PublishResult>(API_PATHS.publish, validatePublishBody(body));
  }

  /** Sends a command to a device and waits for its answer (Editor role, through the command route). */
  async sendCommand(body: CommandBody): Promise<CommandResponse> {
    validateCommandBody(body);
    // The HTTP deadline outlasts the device's, so the sidecar's own timeout answer gets through.
    const httpTimeoutMs = (body.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS) + PROXY_HEADROOM_MS;
    return this.api.post<CommandResponse>(API_PATHS.command, body, httpTimeoutMs);
  }

  /** Values of a topics or devices variable. */
  async findVariableValues(query: IoTVariableQuery, scopedVars?: ScopedVars): Promise<MetricFindValue[]> {
    if (query.kind === 'devices') {
      return deviceValues(await this.listDevices(), query.connectedOnly ?? false);
    }
    const filter = this.templates.replace(query.filter ?? '', scopedVars);
    return topicValues(await this.listTopics(filter));
  }

  /** The text form of variable queries ("topics(site/#)", "devices(connected)"), for older dashboards. */
  override async metricFindQuery(
    query: string | IoTVariableQuery,
    options?: { scopedVars?: ScopedVars }
  ): Promise<MetricFindValue[]> {
    const parsed = typeof query === 'string' ? parseVariableQuery(query) : query;
    return this.findVariableValues(parsed, options?.scopedVars);
  }

  private now(): number {
    return this.deps.now ? this.deps.now() : Date.now();
  }
}

function isHealthResponse(value: unknown): value is HealthResponse {
  const v = value as HealthResponse | undefined;
  return typeof v === 'object' && v !== null && typeof v.broker === 'object' && typeof v.sidecar === 'object';
}
