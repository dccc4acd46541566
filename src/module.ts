import { DataSourcePlugin } from '@grafana/data';
import { ConfigEditor } from './components/ConfigEditor';
import { DataSource } from './datasource';
import { QueryEditor } from './components/QueryEditor';
import { IoTOptions, IoTQuery } from './types';

export const plugin = new DataSourcePlugin<DataSource, IoTQuery, IoTOptions>(DataSource)
  .setConfigEditor(ConfigEditor)
  .setQueryEditor(QueryEditor);
