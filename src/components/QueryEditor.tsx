import React from 'react';
import { InlineField, Input } from '@grafana/ui';
import { QueryEditorProps } from '@grafana/data';
import { DataSource } from '../datasource';
import { IoTOptions, IoTQuery } from '../types';

type Props = QueryEditorProps<DataSource, IoTQuery, IoTOptions>;

export function QueryEditor({ query, onChange, onRunQuery }: Props) {
  return (
    <InlineField label="Topic" labelWidth={16} tooltip="MQTT-style topic filter">
      <Input
        value={query.topic ?? ''}
        onChange={(e) => onChange({ ...query, topic: e.currentTarget.value })}
        onBlur={onRunQuery}
        width={40}
      />
    </InlineField>
  );
}
