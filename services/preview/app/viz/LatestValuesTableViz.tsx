/** Grafana's Table showing the newest value of every series the query returns. */
import { DataFrame } from '@grafana/data';
import { Table, useTheme2 } from '@grafana/ui';
import { useMemo } from 'react';
import { latestValuesFrame } from './latestValuesFrame';
import { prepareFrames } from './prepareFrames';
import { NoData } from './TimeSeriesViz';

interface Props {
  frames: DataFrame[];
  width: number;
  height: number;
}

/** One row per series and field, sorted by series name. */
export function LatestValuesTableViz({ frames, width, height }: Props) {
  const theme = useTheme2();
  const table = useMemo(() => prepareFrames([latestValuesFrame(frames)], theme)[0], [frames, theme]);
  if (table.length === 0) {
    return <NoData width={width} height={height} />;
  }
  return <Table data={table} width={width} height={height} initialSortBy={[{ displayName: 'Series', desc: false }]} />;
}
