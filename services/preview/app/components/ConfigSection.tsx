/**
 * The plugin's ConfigEditor on a settings page like Grafana's: edits stay local until "Save & test",
 * which stores them on the preview server (secrets stay there) and then runs the new instance's
 * testDatasource().
 */
import { DataSourceApi, DataSourceSettings, TestDataSourceResponse } from '@grafana/data';
import { getBackendSrv, isFetchError } from '@grafana/runtime';
import { Alert, Button } from '@grafana/ui';
import { ComponentType, useState } from 'react';
import type { PreviewDataSourceSettings } from '../../shared/bootData';
import { previewTestIds } from '../testIds';
import { PluginErrorBoundary } from './PluginErrorBoundary';

interface ConfigEditorProps {
  options: DataSourceSettings;
  onOptionsChange: (options: DataSourceSettings) => void;
}

interface Props {
  settings: PreviewDataSourceSettings;
  datasource: DataSourceApi;
  /** Called with the stored settings; returns the datasource rebuilt from them. */
  onSaved: (settings: PreviewDataSourceSettings) => DataSourceApi;
}

type TestOutcome = { status: 'success' | 'error' | 'warning'; message: string } | undefined;

/** The settings page section. */
export function ConfigSection({ settings, datasource, onSaved }: Props) {
  const [options, setOptions] = useState<DataSourceSettings>(settings as unknown as DataSourceSettings);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<TestOutcome>();
  const ConfigEditor = datasource.components?.ConfigEditor as ComponentType<ConfigEditorProps> | undefined;

  const saveAndTest = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const saved = await getBackendSrv().put<{ datasource: PreviewDataSourceSettings }>(
        `/api/datasources/uid/${settings.uid}`,
        options
      );
      setOptions(saved.datasource as unknown as DataSourceSettings);
      const fresh = onSaved(saved.datasource);
      const result = (await fresh.testDatasource()) as TestDataSourceResponse;
      setOutcome({
        status: result.status === 'success' ? 'success' : result.status === 'warning' ? 'warning' : 'error',
        message: result.message,
      });
    } catch (error) {
      setOutcome({ status: 'error', message: describeError(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section data-testid={previewTestIds.configSection} style={{ maxWidth: 900 }}>
      <h2>Datasource settings</h2>
      {ConfigEditor ? (
        <PluginErrorBoundary label="ConfigEditor">
          <ConfigEditor options={options} onOptionsChange={setOptions} />
        </PluginErrorBoundary>
      ) : (
        <em>The plugin has no ConfigEditor.</em>
      )}
      <div style={{ marginTop: 16, display: 'flex', flexDirection: 'column', gap: 8 }}>
        <div>
          <Button data-testid={previewTestIds.saveAndTest} onClick={saveAndTest} disabled={busy}>
            {busy ? 'Testing…' : 'Save & test'}
          </Button>
        </div>
        {outcome && (
          <div data-testid={previewTestIds.testResult} data-status={outcome.status}>
            <Alert severity={outcome.status} title={outcome.message} />
          </div>
        )}
      </div>
    </section>
  );
}

function describeError(error: unknown): string {
  if (isFetchError(error)) {
    const data = error.data as { message?: string } | undefined;
    return data?.message ?? error.message ?? `HTTP ${error.status}`;
  }
  return error instanceof Error ? error.message : String(error);
}
