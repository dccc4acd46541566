import React from 'react';
import { DataSourceHttpSettings } from '@grafana/ui';
import { DataSourcePluginOptionsEditorProps } from '@grafana/data';
import { IoTOptions, IoTSecureJsonData } from '../types';

type Props = DataSourcePluginOptionsEditorProps<IoTOptions, IoTSecureJsonData>;

export function ConfigEditor({ options, onOptionsChange }: Props) {
  return <DataSourceHttpSettings defaultUrl="http://127.0.0.1:8080" dataSourceConfig={options} onChange={onOptionsChange} />;
}
