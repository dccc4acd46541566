/**
 * The demo dashboard: a variable picker and a time-range width like a Grafana dashboard's controls,
 * and three live panels (time series of a wildcard topic, stat of one device, latest values table).
 */
import { CoreApp, DataQuery, DataSourceApi, SelectableValue } from '@grafana/data';
import { Button, InlineField, Select } from '@grafana/ui';
import { useMemo, useState } from 'react';
import type { PreviewDashboard } from '../../shared/bootData';
import { relativeTimeRange } from '../buildQueryRequest';
import { useNow } from '../hooks/useNow';
import type { PreviewTemplateSrv } from '../previewTemplateSrv';
import { previewTestIds } from '../testIds';
import { LatestValuesTableViz } from '../viz/LatestValuesTableViz';
import { StatViz } from '../viz/StatViz';
import { TimeSeriesViz } from '../viz/TimeSeriesViz';
import { LivePanel } from './LivePanel';

interface Props {
  datasource: DataSourceApi;
  dashboard: PreviewDashboard;
  templateSrv: PreviewTemplateSrv;
}

const RANGE_OPTIONS: Array<SelectableValue<number>> = [
  { label: 'Last 1 minute', value: 60_000 },
  { label: 'Last 5 minutes', value: 300_000 },
  { label: 'Last 15 minutes', value: 900_000 },
];

/** The panels' visible time range moves this often; the data itself arrives as the stream pushes it. */
const TIME_TICK_MS = 1000;

/** Builds a panel's first query from the plugin's own defaults, the dashboard's topic and the panel's choices. */
function initialQuery(datasource: DataSourceApi, topic: string, choices: Record<string, unknown> = {}): DataQuery {
  const defaults = datasource.getDefaultQuery?.(CoreApp.Dashboard) ?? {};
  return {
    ...defaults,
    ...choices,
    refId: 'A',
    datasource: { type: datasource.type, uid: datasource.uid },
    topic,
  } as DataQuery;
}

/** The dashboard section of the page. */
export function DashboardSection({ datasource, dashboard, templateSrv }: Props) {
  const [rangeWidthMs, setRangeWidthMs] = useState(dashboard.timeRangeMs);
  const [runVersion, setRunVersion] = useState(0);
  const [variableValues, setVariableValues] = useState(() =>
    Object.fromEntries(dashboard.variables.map((variable) => [variable.name, variable.current]))
  );
  const now = useNow(TIME_TICK_MS);
  const timeRange = useMemo(() => relativeTimeRange(rangeWidthMs, now), [rangeWidthMs, now]);
  const queries = useMemo(
    () => ({
      // One series per device, which is what a wildcard over a fleet is for.
      timeSeries: initialQuery(datasource, dashboard.timeSeriesTopic, { splitBy: 'device' }),
      stat: initialQuery(datasource, dashboard.statTopic),
      table: initialQuery(datasource, dashboard.tableTopic, { splitBy: 'device' }),
    }),
    [datasource, dashboard]
  );

  const onVariableChange = (name: string, value: string) => {
    templateSrv.setValue(name, value);
    setVariableValues((previous) => ({ ...previous, [name]: value }));
    // Like a dashboard variable change: every panel runs its query again with the new value.
    setRunVersion((version) => version + 1);
  };

  return (
    <section data-testid={previewTestIds.dashboard}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginBottom: 12 }}>
        {dashboard.variables.map((variable) => (
          <InlineField
            key={variable.name}
            label={variable.label}
            data-testid={previewTestIds.variableSelect(variable.name)}
          >
            <Select
              width={24}
              options={variable.options.map((option) => ({ label: option, value: option }))}
              value={variableValues[variable.name]}
              onChange={(selected) => selected.value !== undefined && onVariableChange(variable.name, selected.value)}
            />
          </InlineField>
        ))}
        <InlineField label="Time range" data-testid={previewTestIds.timeRangeSelect}>
          <Select
            width={20}
            options={RANGE_OPTIONS}
            value={rangeWidthMs}
            onChange={(selected) => selected.value && setRangeWidthMs(selected.value)}
          />
        </InlineField>
        <Button variant="secondary" icon="sync" onClick={() => setRunVersion((version) => version + 1)}>
          Run queries
        </Button>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 16 }}>
        <div style={{ gridColumn: '1 / span 2' }}>
          <LivePanel
            key={`timeseries-${datasource.uid}-${datasource.id}`}
            id="timeseries"
            panelId={1}
            title="Live time series, one series per device"
            datasource={datasource}
            initialQuery={queries.timeSeries}
            rangeWidthMs={rangeWidthMs}
            timeRange={timeRange}
            runVersion={runVersion}
            height={320}
            renderViz={(frames, width, height) => (
              <TimeSeriesViz frames={frames} timeRange={timeRange} width={width} height={height} />
            )}
          />
        </div>
        <LivePanel
          key={`stat-${datasource.uid}-${datasource.id}`}
          id="stat"
          panelId={2}
          title="One device ($device)"
          datasource={datasource}
          initialQuery={queries.stat}
          rangeWidthMs={rangeWidthMs}
          timeRange={timeRange}
          runVersion={runVersion}
          height={220}
          renderViz={(frames, width, height) => (
            <StatViz frames={frames} timeRange={timeRange} width={width} height={height} />
          )}
        />
        <LivePanel
          key={`table-${datasource.uid}-${datasource.id}`}
          id="table"
          panelId={3}
          title="Latest value per device"
          datasource={datasource}
          initialQuery={queries.table}
          rangeWidthMs={rangeWidthMs}
          timeRange={timeRange}
          runVersion={runVersion}
          height={220}
          renderViz={(frames, width, height) => <LatestValuesTableViz frames={frames} width={width} height={height} />}
        />
      </div>
    </section>
  );
}
