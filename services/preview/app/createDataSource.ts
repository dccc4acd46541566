/**
 * Turns the built plugin and the datasource settings into a live DataSource instance the way
 * Grafana's datasource service does: the instance gets the proxy URL, never the upstream one.
 */
import {
  DataQuery,
  DataSourceApi,
  DataSourceInstanceSettings,
  DataSourceJsonData,
  DataSourcePlugin,
  DataSourcePluginMeta,
  PluginType,
} from '@grafana/data';
import type { PreviewBootData, PreviewDataSourceSettings } from '../shared/bootData';

/** A datasource plugin with any query and options types. */
export type AnyDataSourcePlugin = DataSourcePlugin<
  DataSourceApi<DataQuery, DataSourceJsonData>,
  DataQuery,
  DataSourceJsonData
>;

/** The plugin metadata Grafana builds from plugin.json, with logo paths made absolute. */
export function pluginMetaFrom(boot: PreviewBootData): DataSourcePluginMeta {
  const json = boot.pluginJson as unknown as DataSourcePluginMeta;
  const logos = (json.info?.logos ?? {}) as { small?: string; large?: string };
  return {
    ...json,
    type: PluginType.datasource,
    baseUrl: boot.pluginBaseUrl,
    module: boot.pluginModuleUrl,
    info: {
      ...json.info,
      logos: {
        small: logos.small ? `${boot.pluginBaseUrl}/${logos.small}` : '',
        large: logos.large ? `${boot.pluginBaseUrl}/${logos.large}` : '',
      },
    },
  };
}

/** The instance settings the DataSource constructor receives. */
export function instanceSettingsFrom(
  settings: PreviewDataSourceSettings,
  meta: DataSourcePluginMeta
): DataSourceInstanceSettings<DataSourceJsonData> {
  return {
    id: settings.id,
    uid: settings.uid,
    type: settings.type,
    name: settings.name,
    meta,
    access: 'proxy',
    url: `/api/datasources/proxy/uid/${settings.uid}`,
    jsonData: settings.jsonData as DataSourceJsonData,
    readOnly: settings.readOnly,
    isDefault: settings.isDefault,
  };
}

/** Constructs the plugin's DataSource class, attaching its components as Grafana does. */
export function createDataSource(
  plugin: AnyDataSourcePlugin,
  settings: PreviewDataSourceSettings,
  meta: DataSourcePluginMeta
): DataSourceApi<DataQuery, DataSourceJsonData> {
  const instance = new plugin.DataSourceClass(instanceSettingsFrom(settings, meta));
  instance.components = plugin.components;
  return instance;
}
