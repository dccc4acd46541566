/** The whole preview page: banner, demo dashboard and the datasource settings. */
import { DataSourceApi } from '@grafana/data';
import { useCallback, useState } from 'react';
import type { PreviewBootData, PreviewDataSourceSettings } from '../../shared/bootData';
import type { PreviewTemplateSrv } from '../previewTemplateSrv';
import { ConfigSection } from './ConfigSection';
import { DashboardSection } from './DashboardSection';
import { PreviewBanner } from './PreviewBanner';

interface Props {
  boot: PreviewBootData;
  templateSrv: PreviewTemplateSrv;
  /** Builds a DataSource instance from settings (the plugin's own class). */
  createInstance: (settings: PreviewDataSourceSettings) => DataSourceApi;
}

/** Holds the current datasource instance; a saved configuration replaces it, as in Grafana. */
export function PreviewApp({ boot, templateSrv, createInstance }: Props) {
  const [settings, setSettings] = useState(boot.dataSource);
  const [datasource, setDatasource] = useState(() => createInstance(boot.dataSource));
  const onSaved = useCallback(
    (saved: PreviewDataSourceSettings) => {
      const fresh = createInstance(saved);
      setSettings(saved);
      setDatasource(fresh);
      return fresh;
    },
    [createInstance]
  );
  const info = boot.pluginJson.info as { version?: string } | undefined;
  return (
    <div style={{ minHeight: '100vh' }}>
      <PreviewBanner pluginName={boot.pluginJson.name} pluginVersion={info?.version ?? ''} role={boot.user.role} />
      <main style={{ padding: 16, display: 'flex', flexDirection: 'column', gap: 24 }}>
        <h1 style={{ margin: 0 }}>{boot.pluginJson.name} — live preview</h1>
        <DashboardSection datasource={datasource} dashboard={boot.dashboard} templateSrv={templateSrv} />
        <ConfigSection settings={settings} datasource={datasource} onSaved={onSaved} />
      </main>
    </div>
  );
}
