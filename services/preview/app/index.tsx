/**
 * The preview app's entry: share the real libraries through an AMD registry, install Grafana's
 * runtime services, load the built plugin exactly as Grafana loads it, then render the page.
 */
import { createTheme, ThemeContext } from '@grafana/data';
import { setBackendSrv, setGrafanaLiveSrv, setTemplateSrv } from '@grafana/runtime';
import { GlobalStyles } from '@grafana/ui';
import { createRoot } from 'react-dom/client';
import { BOOT_DATA_GLOBAL, PreviewBootData } from '../shared/bootData';
import { AmdRegistry } from './amdLoader';
import { AnyDataSourcePlugin, createDataSource, pluginMetaFrom } from './createDataSource';
import { LocalFontFaces } from './components/LocalFontFaces';
import { PreviewApp } from './components/PreviewApp';
import { LiveConnection, liveSocketUrl } from './live/LiveConnection';
import { PreviewLiveSrv } from './live/PreviewLiveSrv';
import { PreviewBackendSrv } from './previewBackendSrv';
import { PreviewTemplateSrv } from './previewTemplateSrv';
import { registerSharedModules } from './sharedModules';
import { previewTestIds } from './testIds';

async function main(): Promise<void> {
  const boot = (window as unknown as Record<string, PreviewBootData>)[BOOT_DATA_GLOBAL];
  const container = document.getElementById('root');
  if (!boot || !container) {
    throw new Error('the preview page is missing its boot data or #root element');
  }
  const root = createRoot(container);
  const theme = createTheme({ colors: { mode: 'dark' } });

  const registry = new AmdRegistry();
  registerSharedModules(registry);
  registry.install(window);
  setBackendSrv(new PreviewBackendSrv());
  // Grafana Live stand-in: the socket opens only when a backend-mode panel streams.
  setGrafanaLiveSrv(new PreviewLiveSrv(new LiveConnection(liveSocketUrl(document.baseURI))));
  const templateSrv = new PreviewTemplateSrv(boot.dashboard.variables);
  setTemplateSrv(templateSrv);

  let plugin: AnyDataSourcePlugin;
  try {
    const exports = await registry.load(boot.pluginModuleUrl);
    plugin = exports.plugin as AnyDataSourcePlugin;
    if (!plugin || typeof plugin.DataSourceClass !== 'function') {
      throw new Error(`${boot.pluginModuleUrl} does not export a datasource plugin named "plugin"`);
    }
  } catch (error) {
    root.render(
      <ThemeContext.Provider value={theme}>
        <GlobalStyles />
        <LocalFontFaces />
        <pre data-testid={previewTestIds.loadError} style={{ padding: 16, whiteSpace: 'pre-wrap' }}>
          Could not load the plugin: {error instanceof Error ? error.message : String(error)}
        </pre>
      </ThemeContext.Provider>
    );
    throw error;
  }
  const meta = pluginMetaFrom(boot);
  plugin.meta = meta;

  root.render(
    <ThemeContext.Provider value={theme}>
      <GlobalStyles />
      <LocalFontFaces />
      <PreviewApp
        boot={boot}
        templateSrv={templateSrv}
        createInstance={(settings) => createDataSource(plugin, settings, meta)}
      />
    </ThemeContext.Provider>
  );
}

main().catch((error: unknown) => console.error('preview host failed to start:', error));
