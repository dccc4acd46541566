/**
 * @grafana/data's streaming frame and label parser for tests under Node. The package's entry point
 * touches `window` when loaded, so the two modules are required directly; their types are the
 * package's own.
 */
import type * as GrafanaData from '@grafana/data';
import path from 'node:path';

/** The package's exports map hides its inner modules from require(); its files are read by path. */
const DIST = path.resolve(__dirname, '../../../node_modules/@grafana/data/dist/cjs');

export const { StreamingDataFrame } = require(path.join(DIST, 'dataframe/StreamingDataFrame.cjs')) as Pick<
  typeof GrafanaData,
  'StreamingDataFrame'
>;
export const { parseLabels } = require(path.join(DIST, 'utils/labels.cjs')) as Pick<typeof GrafanaData, 'parseLabels'>;
export type StreamingDataFrameInstance = GrafanaData.StreamingDataFrame;
export type DataFrameJSON = GrafanaData.DataFrameJSON;
