import React from 'react';
import {
  onUpdateDatasourceSecureJsonDataOption,
  updateDatasourcePluginResetOption,
  type DataSourcePluginOptionsEditorProps,
} from '@grafana/data';
import { Field, SecretInput } from '@grafana/ui';
import type { IoTOptions, IoTSecureJsonData } from '../../types';

interface Props {
  editor: DataSourcePluginOptionsEditorProps<IoTOptions, IoTSecureJsonData>;
  /** The secureJsonData key this field edits. */
  name: keyof IoTSecureJsonData;
  label: string;
  description: string;
  placeholder: string;
  id: string;
  testId: string;
}

/** One secret setting: Grafana keeps it server-side and only says whether it is configured. */
export function SecretField({ editor, name, label, description, placeholder, id, testId }: Props) {
  const { secureJsonFields, secureJsonData } = editor.options;
  return (
    <Field label={label} description={description}>
      <SecretInput
        id={id}
        data-testid={testId}
        isConfigured={Boolean(secureJsonFields?.[name])}
        value={secureJsonData?.[name] ?? ''}
        placeholder={placeholder}
        width={48}
        onReset={() => updateDatasourcePluginResetOption(editor, name)}
        onChange={onUpdateDatasourceSecureJsonDataOption(editor, name)}
      />
    </Field>
  );
}
