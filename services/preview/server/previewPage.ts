/**
 * The preview page's HTML: Grafana-shaped boot data (so @grafana/runtime's `config` initialises as it
 * does in Grafana), the preview's own boot data, and the app bundle.
 */
import { BOOT_DATA_GLOBAL, PreviewBootData } from '../shared/bootData';

/** Serialises a value into an inline script without letting it close the script element. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The subset of `window.grafanaBootData` that @grafana/runtime and plugins read. */
export function grafanaBootData(boot: PreviewBootData, appUrl: string, appSubUrl = '') {
  const ds = boot.dataSource;
  return {
    assets: { dark: '', light: '' },
    navTree: [],
    settings: {
      appUrl,
      appSubUrl,
      buildInfo: { version: 'preview', commit: '', env: 'production', edition: 'Preview host' },
      defaultDatasource: ds.name,
      datasources: {
        [ds.name]: {
          id: ds.id,
          uid: ds.uid,
          type: ds.type,
          name: ds.name,
          access: 'proxy',
          url: `/api/datasources/proxy/uid/${ds.uid}`,
          jsonData: ds.jsonData,
          isDefault: true,
          readOnly: false,
        },
      },
      featureToggles: {},
      liveEnabled: boot.liveEnabled ?? false,
    },
    user: {
      id: 1,
      uid: 'preview',
      login: boot.user.login,
      name: boot.user.login,
      email: '',
      isSignedIn: true,
      orgId: 1,
      orgName: 'Preview',
      orgRole: boot.user.role,
      isGrafanaAdmin: false,
      theme: 'dark',
      timezone: 'browser',
      weekStart: 'browser',
      locale: 'en-US',
      language: 'en-US',
      regionalFormat: 'en-US',
      permissions: {},
    },
  };
}

/**
 * Renders the whole page. Like Grafana's index.html, `<base href>` is the sub-path (or "/"), so the
 * relative URLs of the page, the plugin and BackendSrv resolve under it.
 */
export function renderPreviewPage(boot: PreviewBootData, appUrl: string, bundleUrl: string, appSubUrl = ''): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <base href="${escapeHtml(appSubUrl)}/" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Preview host — ${escapeHtml(boot.pluginJson.name)} (not Grafana)</title>
    <link rel="icon" href="data:," />
    <script>
      window.grafanaBootData = ${inlineJson(grafanaBootData(boot, appUrl, appSubUrl))};
      window.${BOOT_DATA_GLOBAL} = ${inlineJson(boot)};
    </script>
  </head>
  <body>
    <div id="root"></div>
    <script src="${escapeHtml(bundleUrl)}"></script>
  </body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
