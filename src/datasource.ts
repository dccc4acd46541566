import { CoreApp, DataQueryRequest, DataQueryResponse, DataSourceApi, DataSourceInstanceSettings, LoadingState } from '@grafana/data';
import { getBackendSrv } from '@grafana/runtime';
import { lastValueFrom, Observable, of } from 'rxjs';
import type { HealthResponse } from '../common/api/sidecarApi';
import { DEFAULT_QUERY, IoTOptions, IoTQuery } from './types';

export class DataSource extends DataSourceApi<IoTQuery, IoTOptions> {
  private readonly baseUrl: string;

  constructor(instanceSettings: DataSourceInstanceSettings<IoTOptions>) {
    super(instanceSettings);
    this.baseUrl = instanceSettings.url ?? '';
  }

  getDefaultQuery(_: CoreApp): Partial<IoTQuery> {
    return DEFAULT_QUERY;
  }

  filterQuery(query: IoTQuery): boolean {
    return Boolean(query.topic);
  }

  query(_request: DataQueryRequest<IoTQuery>): Observable<DataQueryResponse> {
    return of({ data: [], state: LoadingState.Done });
  }

  async testDatasource() {
    const response = await lastValueFrom(getBackendSrv().fetch<HealthResponse>({ url: `${this.baseUrl}/api/health` }));
    return { status: 'success', message: `Broker ${response.data.broker.version ?? ''} reachable` };
  }
}
