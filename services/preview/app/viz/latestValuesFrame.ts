/**
 * Reduces streaming frames to one row per series and field with its newest value: the
 * "latest value per device" table. Pure, so it is cheap to test and to run at every update.
 */
import { createDataFrame, DataFrame, FieldType } from '@grafana/data';

/** One table frame: series, field, newest time and newest non-null value. */
export function latestValuesFrame(frames: DataFrame[]): DataFrame {
  const series: string[] = [];
  const fieldNames: string[] = [];
  const times: Array<number | null> = [];
  const values: Array<number | string | null> = [];
  for (const frame of frames) {
    const timeField = frame.fields.find((field) => field.type === FieldType.time);
    for (const field of frame.fields) {
      if (field === timeField || (field.type !== FieldType.number && field.type !== FieldType.string)) {
        continue;
      }
      let row = -1;
      for (let i = frame.length - 1; i >= 0; i--) {
        if (field.values[i] !== null && field.values[i] !== undefined) {
          row = i;
          break;
        }
      }
      if (row < 0) {
        continue;
      }
      series.push(seriesName(frame, field.labels));
      fieldNames.push(field.config.displayName ?? field.config.displayNameFromDS ?? field.name);
      times.push(timeField ? Number(timeField.values[row]) : null);
      values.push(field.values[row]);
    }
  }
  const allNumbers = values.every((value) => typeof value === 'number' || value === null);
  return createDataFrame({
    name: 'Latest values',
    fields: [
      { name: 'Series', type: FieldType.string, values: series },
      { name: 'Field', type: FieldType.string, values: fieldNames },
      { name: 'Time', type: FieldType.time, values: times },
      { name: 'Value', type: allNumbers ? FieldType.number : FieldType.string, values },
    ],
  });
}

// The device when the series carries one, else the series' own name (its key), else its labels.
function seriesName(frame: DataFrame, labels?: Record<string, string>): string {
  const device = labels?.device ?? labels?.deviceId ?? labels?.device_id;
  if (device) {
    return device;
  }
  if (frame.name) {
    return frame.name;
  }
  return Object.entries(labels ?? {})
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
}
