/** The stream status line under a panel: state, update rate, rows, newest sample and notices. */
import { DataQueryError, LoadingState } from '@grafana/data';
import { Badge, BadgeColor } from '@grafana/ui';
import type { StreamStatsSnapshot } from '../streamStats';
import { previewTestIds } from '../testIds';

interface Props {
  id: string;
  state: LoadingState;
  stats: StreamStatsSnapshot;
  errors: DataQueryError[];
}

const STATE_COLORS: Record<string, BadgeColor> = {
  [LoadingState.Streaming]: 'green',
  [LoadingState.Done]: 'blue',
  [LoadingState.Loading]: 'orange',
  [LoadingState.Error]: 'red',
  [LoadingState.NotStarted]: 'purple',
};

/** Shows what the panel's stream is doing, with machine-readable values in data attributes. */
export function StreamCounters({ id, state, stats, errors }: Props) {
  const latest = stats.latestTimeMs === undefined ? '—' : new Date(stats.latestTimeMs).toLocaleTimeString();
  const messages = [
    ...stats.notices.map((notice) => `${notice.severity}: ${notice.text}`),
    ...errors.map((error) => `error: ${error.message ?? ''}`),
  ];
  return (
    <div
      data-testid={previewTestIds.panelStatus(id)}
      style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', fontSize: 12 }}
    >
      <span data-testid={previewTestIds.panelState(id)} data-state={state}>
        <Badge text={state} color={STATE_COLORS[state] ?? 'blue'} />
      </span>
      <span data-testid={previewTestIds.panelFramesPerSecond(id)} data-value={stats.framesPerSecond}>
        {stats.framesPerSecond.toFixed(1)} frames/s
      </span>
      <span data-testid={previewTestIds.panelRows(id)} data-value={stats.rows}>
        {stats.rows} rows
      </span>
      <span data-testid={previewTestIds.panelSeries(id)} data-value={stats.series}>
        {stats.series} series
      </span>
      <span data-testid={previewTestIds.panelLatestTime(id)} data-value={stats.latestTimeMs ?? ''}>
        newest {latest}
      </span>
      <span data-testid={previewTestIds.panelNotices(id)} data-value={messages.length}>
        {messages.length === 0 ? 'no notices' : messages.join(' · ')}
      </span>
    </div>
  );
}
