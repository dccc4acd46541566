import React from 'react';
import type { QueryEditorProps } from '@grafana/data';
import { InlineField, InlineFieldRow, InlineSwitch, Input, RadioButtonGroup } from '@grafana/ui';
import type { DataSource } from '../datasource';
import type { IoTOptions, IoTQuery } from '../types';
import { topicProblem } from '../query/topicProblem';
import { testIds } from '../components/testIds';
import { DEFAULT_VARIABLE_QUERY, type IoTVariableQuery } from './variableQuery';

type Props = QueryEditorProps<DataSource, IoTQuery, IoTOptions, IoTVariableQuery>;

const KIND_OPTIONS = [
  { label: 'Topics', value: 'topics' as const },
  { label: 'Devices', value: 'devices' as const },
];

/** Edits a topics or devices variable query. */
export function VariableQueryEditor({ query, onChange }: Props) {
  const current: IoTVariableQuery = React.useMemo(() => ({ ...DEFAULT_VARIABLE_QUERY, ...query }), [query]);
  const update = React.useCallback(
    (change: Partial<IoTVariableQuery>) => onChange({ ...current, ...change }),
    [current, onChange]
  );
  // The typed filter stays in the field while it is invalid; only a valid one reaches the query.
  const [filterText, setFilterText] = React.useState(current.filter ?? '');
  const filterProblem = topicProblem(filterText);
  return (
    <InlineFieldRow data-testid={testIds.variableEditor.container}>
      <InlineField label="Values" labelWidth={14}>
        <RadioButtonGroup
          options={KIND_OPTIONS}
          value={current.kind}
          onChange={(kind) => update({ kind })}
          data-testid={testIds.variableEditor.kind}
        />
      </InlineField>
      {current.kind === 'topics' ? (
        <InlineField
          label="Filter"
          labelWidth={10}
          tooltip="MQTT filter the topics must match; empty: every topic"
          invalid={filterProblem !== undefined}
          error={filterProblem}
        >
          <Input
            width={32}
            value={filterText}
            placeholder="site/+/device/#"
            onChange={(e) => {
              const filter = e.currentTarget.value;
              setFilterText(filter);
              if (topicProblem(filter) === undefined) {
                update({ filter });
              }
            }}
            data-testid={testIds.variableEditor.filter}
          />
        </InlineField>
      ) : (
        <InlineField label="Connected only" labelWidth={16}>
          <InlineSwitch
            value={current.connectedOnly ?? false}
            onChange={(e) => update({ connectedOnly: e.currentTarget.checked })}
            data-testid={testIds.variableEditor.connectedOnly}
          />
        </InlineField>
      )}
    </InlineFieldRow>
  );
}
