/** The benchmark table: one row a figure, with its target and the naive baseline when there is one. */
import { round } from './stats';

export interface Row {
  metric: string;
  value: number;
  unit: string;
  /** e.g. ">= 100000"; empty when the figure has no target. */
  target?: string;
  /** The naive baseline's figure measured in the same run. */
  baseline?: number;
  /** Whether the value meets the target; undefined when there is none. */
  met?: boolean;
}

function format(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) {
    return value === undefined ? '' : String(value);
  }
  return round(value, 3).toLocaleString('en-US');
}

/** Renders rows as a Markdown table, so the output can be pasted into the README as it is. */
export function renderTable(rows: Row[]): string {
  const header = ['metric', 'value', 'unit', 'target', 'met', 'naive baseline'];
  const body = rows.map((r) => [
    r.metric,
    format(r.value),
    r.unit,
    r.target ?? '',
    r.met === undefined ? '' : r.met ? 'yes' : 'no',
    format(r.baseline),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => line[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...body.map(line)].join('\n');
}

/** A row for a figure that must be at least `min`. */
export function atLeast(metric: string, value: number, unit: string, min: number, baseline?: number): Row {
  return { metric, value, unit, target: `>= ${min.toLocaleString('en-US')}`, met: value >= min, baseline };
}

/** A row for a figure that must be at most `max`. */
export function atMost(metric: string, value: number, unit: string, max: number, baseline?: number): Row {
  return { metric, value, unit, target: `<= ${max.toLocaleString('en-US')}`, met: value <= max, baseline };
}

/** A row without a target. */
export function info(metric: string, value: number, unit: string, baseline?: number): Row {
  return { metric, value, unit, baseline };
}
