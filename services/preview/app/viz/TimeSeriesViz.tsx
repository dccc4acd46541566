/** Grafana's TimeSeries visualization over the panel's frames (one series per device and field). */
import { DataFrame, FieldType, TimeRange } from '@grafana/data';
import { LegendDisplayMode, TimeSeries, useTheme2 } from '@grafana/ui';
import { useMemo, useState } from 'react';
import { GRAPH_FIELD_DEFAULTS, prepareFrames } from './prepareFrames';

interface Props {
  frames: DataFrame[];
  timeRange: TimeRange;
  width: number;
  height: number;
}

const LEGEND = { displayMode: LegendDisplayMode.List, placement: 'bottom' as const, showLegend: true, calcs: [] };

/** Draws every frame that has a time field and at least one numeric field. */
export function TimeSeriesViz({ frames, timeRange, width, height }: Props) {
  const theme = useTheme2();
  const graphable = useMemo(
    () =>
      prepareFrames(
        frames.filter(
          (frame) =>
            frame.length > 0 &&
            frame.fields.some((field) => field.type === FieldType.time) &&
            frame.fields.some((field) => field.type === FieldType.number)
        ),
        theme,
        GRAPH_FIELD_DEFAULTS
      ),
    [frames, theme]
  );
  // GraphNG rebuilds its plot config only when the structure changes; the series names describe it.
  const key = useMemo(() => structureKey(graphable), [graphable]);
  const [structure, setStructure] = useState({ key, revision: 0 });
  if (structure.key !== key) {
    // Derived state updated during render, React's documented pattern for "changed since last render".
    setStructure({ key, revision: structure.revision + 1 });
  }
  if (graphable.length === 0) {
    return <NoData width={width} height={height} />;
  }
  return (
    <TimeSeries
      frames={graphable}
      structureRev={structure.revision}
      timeRange={timeRange}
      timeZone="browser"
      width={width}
      height={height}
      legend={LEGEND}
    />
  );
}

/** A placeholder with the panel's size, like Grafana's "No data". */
export function NoData({ width, height }: { width: number; height: number }) {
  return (
    <div style={{ width, height, display: 'flex', alignItems: 'center', justifyContent: 'center', opacity: 0.6 }}>
      No data
    </div>
  );
}

function structureKey(frames: DataFrame[]): string {
  return frames
    .map((frame) =>
      frame.fields.map((field) => `${field.name}:${field.type}:${JSON.stringify(field.labels ?? {})}`).join(',')
    )
    .join('|');
}
