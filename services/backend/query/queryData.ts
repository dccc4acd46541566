/** pluginv2.Data.QueryData. */
import type { BackendContext } from '../BackendContext';
import type { QueryDataRequest, QueryDataResponse } from '../grpc/messages';

export async function queryData(_ctx: BackendContext, request: QueryDataRequest): Promise<QueryDataResponse> {
  const responses: QueryDataResponse['responses'] = {};
  for (const query of request.queries) {
    responses[query.refId] = { frames: [], error: 'not implemented', status: 501, errorSource: 'plugin' };
  }
  return responses as never;
}
