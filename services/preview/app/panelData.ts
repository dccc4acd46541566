/**
 * How Grafana combines the responses of one query run into panel data: every response carries a
 * `key` (default "A"); the latest response per key replaces the previous one, and the panel shows the
 * frames of all keys together. A streaming datasource that reuses a key would overwrite its siblings.
 */
import { DataFrame, DataQueryError, DataQueryResponse, LoadingState } from '@grafana/data';

/** The combined result of every response received so far. */
export interface PanelResult {
  packets: ReadonlyMap<string, DataQueryResponse>;
  series: DataFrame[];
  state: LoadingState;
  errors: DataQueryError[];
}

/** The result before the first response. */
export const EMPTY_PANEL_RESULT: PanelResult = {
  packets: new Map(),
  series: [],
  state: LoadingState.Loading,
  errors: [],
};

/** Folds one more response into the panel result. */
export function mergeResponsePacket(previous: PanelResult, response: DataQueryResponse): PanelResult {
  const packets = new Map(previous.packets);
  packets.set(response.key ?? 'A', response);
  const series: DataFrame[] = [];
  const errors: DataQueryError[] = [];
  for (const packet of packets.values()) {
    series.push(...(packet.data as DataFrame[]));
    if (packet.errors?.length) {
      errors.push(...packet.errors);
    } else if (packet.error) {
      errors.push(packet.error);
    }
  }
  const state = errors.length > 0 ? LoadingState.Error : (response.state ?? LoadingState.Done);
  return { packets, series, state, errors };
}
