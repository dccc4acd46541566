/**
 * A series' labels as the `labels` cell of Grafana's labels push mode, which @grafana/data parses
 * with a Prometheus-style pattern: names must be word characters, values may hold neither a double
 * quote nor a line break. Those characters are replaced rather than escaped, because the parser
 * knows no escapes.
 */

/** `{device="d1", topic="site/a/env"}` for `{ device: 'd1', topic: 'site/a/env' }`; '' for no labels. */
export function labelsCell(labels: Readonly<Record<string, string>>): string {
  const names = Object.keys(labels);
  if (names.length === 0) {
    return '';
  }
  const pairs = names.map((name) => {
    const safeName = name.replace(/\W/g, '_') || '_';
    const safeValue = labels[name].replace(/"/g, "'").replace(/[\r\n]+/g, ' ');
    return `${safeName}="${safeValue}"`;
  });
  return `{${pairs.join(', ')}}`;
}
