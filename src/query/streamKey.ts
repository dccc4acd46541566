import type { ResolvedQuery } from '../types';

/**
 * The `key` of one stream in a query response. Panels merge streaming responses by key, so it must
 * be stable for the same stream and differ between any two streams of a panel: it names the
 * datasource, the query, the interpolated filter and every option that changes what is shown.
 */
export function streamKey(
  datasourceUid: string,
  query: ResolvedQuery,
  filter: string,
  fields: readonly string[]
): string {
  const options = [
    fields.join(','),
    query.timeSource,
    query.splitBy,
    query.bufferSize ?? '',
    query.maxUpdateHz,
    query.conflation,
    query.conflation === 'none' ? '' : query.conflationRateHz,
    query.backfill,
    query.maxHistory,
  ];
  return ['iotlive', datasourceUid, query.refId, filter, ...options]
    .map((part) => encodeURIComponent(String(part)))
    .join('/');
}
