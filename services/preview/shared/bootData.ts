/**
 * What the preview server embeds in its page for the app, like Grafana's `grafanaBootData`:
 * the datasource as the browser may see it (no secrets), the plugin's metadata and the demo dashboard.
 */

/** A Grafana organisation role. */
export type PreviewRole = 'Viewer' | 'Editor' | 'Admin';

/** The datasource settings as Grafana sends them to browsers: `secureJsonFields` flags, never secrets. */
export interface PreviewDataSourceSettings {
  id: number;
  uid: string;
  orgId: number;
  name: string;
  type: string;
  typeName: string;
  typeLogoUrl: string;
  access: 'proxy';
  url: string;
  user: string;
  database: string;
  basicAuth: boolean;
  basicAuthUser: string;
  withCredentials: boolean;
  isDefault: boolean;
  jsonData: Record<string, unknown>;
  secureJsonFields: Record<string, boolean>;
  readOnly: boolean;
  version: number;
}

/** One dashboard variable offered by the preview's template service. */
export interface PreviewVariable {
  name: string;
  label: string;
  current: string;
  options: string[];
}

/** The demo dashboard's panels: which topic each one queries (variables allowed). */
export interface PreviewDashboard {
  /** Topic filter of the time series panel, usually a wildcard over every device. */
  timeSeriesTopic: string;
  /** Topic filter of the stat panel, usually one device through the `device` variable. */
  statTopic: string;
  /** Topic filter of the latest-values table. */
  tableTopic: string;
  /** Width of the moving time range, in ms. */
  timeRangeMs: number;
  variables: PreviewVariable[];
}

/** Everything the page needs to boot. */
export interface PreviewBootData {
  /** The plugin.json of the built plugin (dist/plugin.json). */
  pluginJson: Record<string, unknown> & { id: string; name: string; info?: Record<string, unknown> };
  /** Where the built plugin's AMD module is served, as Grafana serves it. */
  pluginModuleUrl: string;
  /** The base URL of the plugin's static files, e.g. "public/plugins/<id>". */
  pluginBaseUrl: string;
  /** The datasource as the config page sees it: `url` is the upstream URL, the instance gets the proxy path. */
  dataSource: PreviewDataSourceSettings;
  user: { login: string; role: PreviewRole };
  dashboard: PreviewDashboard;
  /** Whether `/api/live/ws` stands in for Grafana Live (the plugin backend runs and has streams). */
  liveEnabled?: boolean;
}

/** The global the page sets before loading the app bundle. */
export const BOOT_DATA_GLOBAL = 'previewBootData';
