/**
 * One dashboard panel: Grafana's PanelChrome around a visualization fed by `ds.query()`, the stream
 * counters, and the plugin's own QueryEditor wired like Grafana's (onChange edits, onRunQuery runs).
 */
import { CoreApp, DataQuery, DataSourceApi, LoadingState, PanelData, TimeRange } from '@grafana/data';
import { PanelChrome } from '@grafana/ui';
import { ComponentType, ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { useElementWidth } from '../hooks/useElementWidth';
import { useQueryRunner } from '../hooks/useQueryRunner';
import { previewTestIds } from '../testIds';
import { PluginErrorBoundary } from './PluginErrorBoundary';
import { StreamCounters } from './StreamCounters';

/** Props of a plugin QueryEditor, as Grafana passes them. */
interface QueryEditorProps {
  datasource: DataSourceApi;
  query: DataQuery;
  onChange: (query: DataQuery) => void;
  onRunQuery: () => void;
  app?: CoreApp;
  range?: TimeRange;
  data?: PanelData;
  queries?: DataQuery[];
}

interface Props {
  id: string;
  panelId: number;
  title: string;
  datasource: DataSourceApi;
  initialQuery: DataQuery;
  rangeWidthMs: number;
  /** The moving time range the visualization shows. */
  timeRange: TimeRange;
  runVersion: number;
  height: number;
  renderViz: (frames: PanelData['series'], width: number, height: number) => ReactNode;
}

// Large enough for a few minutes of a fast device; the query does not restart when the panel resizes.
const MAX_DATA_POINTS = 1000;

/** A live panel with its query editor. */
export function LivePanel(props: Props) {
  const { id, panelId, title, datasource, rangeWidthMs, timeRange, runVersion, height, renderViz } = props;
  const [draft, setDraft] = useState<DataQuery>(props.initialQuery);
  const [running, setRunning] = useState<DataQuery>(props.initialQuery);
  const latestDraft = useRef(draft);
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  const { result, stats } = useQueryRunner({
    datasource,
    query: running,
    rangeWidthMs,
    panelId,
    maxDataPoints: MAX_DATA_POINTS,
    runVersion,
  });

  const onChange = useCallback((query: DataQuery) => {
    latestDraft.current = query;
    setDraft(query);
  }, []);
  const onRunQuery = useCallback(() => setRunning(latestDraft.current), []);

  const panelData: PanelData = useMemo(
    () => ({ state: result.state, series: result.series, errors: result.errors, timeRange }),
    [result, timeRange]
  );
  const QueryEditor = datasource.components?.QueryEditor as ComponentType<QueryEditorProps> | undefined;
  const statusMessage = result.errors.map((error) => error.message ?? 'Query error').join('; ') || undefined;

  return (
    <div
      data-testid={previewTestIds.panel(id)}
      style={{ display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0 }}
    >
      <div ref={containerRef} style={{ width: '100%' }}>
        {width > 0 && (
          <PanelChrome
            title={title}
            width={width}
            height={height}
            loadingState={result.state === LoadingState.Error ? LoadingState.Error : result.state}
            statusMessage={statusMessage}
          >
            {(innerWidth, innerHeight) => (
              <PluginErrorBoundary label={`${title} visualization`}>
                {renderViz(result.series, innerWidth, innerHeight)}
              </PluginErrorBoundary>
            )}
          </PanelChrome>
        )}
      </div>
      <StreamCounters id={id} state={result.state} stats={stats} errors={result.errors} />
      <div data-testid={previewTestIds.panelQueryEditor(id)}>
        {QueryEditor ? (
          <PluginErrorBoundary label={`${title} query editor`}>
            <QueryEditor
              datasource={datasource}
              query={draft}
              onChange={onChange}
              onRunQuery={onRunQuery}
              app={CoreApp.Dashboard}
              range={timeRange}
              data={panelData}
              queries={[draft]}
            />
          </PluginErrorBoundary>
        ) : (
          <em>The plugin has no QueryEditor.</em>
        )}
      </div>
    </div>
  );
}
