/** Grafana's BigValue (the stat panel's core) for the newest value of the first numeric field, with a sparkline. */
import { DataFrame, FieldType, getFieldDisplayName, TimeRange } from '@grafana/data';
import { BigValue, BigValueColorMode, BigValueGraphMode, BigValueTextMode, useTheme2 } from '@grafana/ui';
import { useMemo } from 'react';
import { prepareFrames } from './prepareFrames';
import { NoData } from './TimeSeriesViz';

interface Props {
  frames: DataFrame[];
  timeRange: TimeRange;
  width: number;
  height: number;
}

/** Shows the last non-null value; the sparkline covers what the frame holds. */
export function StatViz({ frames, timeRange, width, height }: Props) {
  const theme = useTheme2();
  const prepared = useMemo(() => prepareFrames(frames, theme), [frames, theme]);
  const frame = prepared.find(
    (candidate) => candidate.length > 0 && candidate.fields.some((field) => field.type === FieldType.number)
  );
  const valueField = frame?.fields.find((field) => field.type === FieldType.number);
  const timeField = frame?.fields.find((field) => field.type === FieldType.time);
  if (!frame || !valueField || !valueField.display) {
    return <NoData width={width} height={height} />;
  }
  let last: number | null = null;
  for (let i = frame.length - 1; i >= 0; i--) {
    const value = valueField.values[i];
    if (value !== null && value !== undefined) {
      last = value;
      break;
    }
  }
  const display = { ...valueField.display(last), title: getFieldDisplayName(valueField, frame, prepared) };
  return (
    <BigValue
      theme={theme}
      width={width}
      height={height}
      value={display}
      sparkline={{ y: valueField, x: timeField, timeRange }}
      colorMode={BigValueColorMode.Value}
      graphMode={BigValueGraphMode.Area}
      textMode={BigValueTextMode.ValueAndName}
    />
  );
}
