/**
 * Field defaults and display processors for frames, as a Grafana panel gets them from its plugin's
 * field-config defaults and the dashboard's field overrides; without them @grafana/ui's
 * visualizations have no colors, units or formatted values.
 */
import {
  applyFieldOverrides,
  DataFrame,
  FieldColorModeId,
  FieldConfig,
  GrafanaTheme2,
  ThresholdsMode,
} from '@grafana/data';

/** Per-field `custom` options for graph fields (the time series panel's defaults, tuned for live data). */
export const GRAPH_FIELD_DEFAULTS = {
  drawStyle: 'line',
  lineInterpolation: 'linear',
  lineWidth: 1,
  // Many overlapping device series: lines only, or the fills muddy each other.
  fillOpacity: 0,
  gradientMode: 'none',
  showPoints: 'never',
  pointSize: 4,
  // Unfilled gaps stay visible as breaks in the line, as the datasource intends.
  spanNulls: false,
  axisPlacement: 'auto',
  axisGridShow: true,
  axisBorderShow: false,
};

const BASE_CONFIG: FieldConfig = {
  color: { mode: FieldColorModeId.PaletteClassic },
  thresholds: { mode: ThresholdsMode.Absolute, steps: [{ value: -Infinity, color: 'green' }] },
};

/** Returns frames with config defaults merged under each field's own config and display processors set. */
export function prepareFrames(
  frames: DataFrame[],
  theme: GrafanaTheme2,
  custom: Record<string, unknown> = {}
): DataFrame[] {
  const withDefaults = frames.map((frame) => ({
    ...frame,
    fields: frame.fields.map((field) => ({
      ...field,
      config: { ...BASE_CONFIG, ...field.config, custom: { ...custom, ...field.config.custom } },
    })),
  }));
  return applyFieldOverrides({
    data: withDefaults,
    fieldConfig: { defaults: {}, overrides: [] },
    replaceVariables: (value) => value,
    theme,
    timeZone: 'browser',
  });
}
