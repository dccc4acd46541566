/** How samples are split into series: one series per topic, per device or per value of a label. */
export type SplitBy = 'none' | 'topic' | 'device' | `label:${string}`;

/** True for "none", "topic", "device" and "label:<name>" with a non-empty name. */
export function isSplitBy(value: unknown): value is SplitBy {
  return (
    value === 'none' ||
    value === 'topic' ||
    value === 'device' ||
    (typeof value === 'string' && value.startsWith('label:') && value.length > 'label:'.length)
  );
}
