import React, { useMemo } from 'react';
import type { SelectableValue } from '@grafana/data';
import { InlineField, InlineFieldRow, MultiSelect, Select } from '@grafana/ui';
import type { TopicSummary } from '../../../common/api/sidecarApi';
import { topicProblem } from '../../query/topicProblem';
import { testIds } from '../testIds';
import { fieldsOfFilter } from './useDiscovery';

interface Props {
  topic: string;
  fields: string[];
  topics: TopicSummary[];
  loading: boolean;
  discoveryError?: string;
  onTopicChange: (topic: string) => void;
  onFieldsChange: (fields: string[]) => void;
}

const asOption = (value: string): SelectableValue<string> => ({ label: value, value });

/** The topic filter (with suggestions from the broker) and the fields to plot. */
export function TopicRow({ topic, fields, topics, loading, discoveryError, onTopicChange, onFieldsChange }: Props) {
  const problem = topicProblem(topic);
  const topicOptions = useMemo(
    () =>
      topics
        .map((t) => t.name)
        .sort()
        .map(asOption),
    [topics]
  );
  const fieldOptions = useMemo(() => {
    const known = fieldsOfFilter(topics, topic);
    return [...known, ...fields.filter((f) => !known.includes(f)), 'device'].map(asOption);
  }, [topics, topic, fields]);

  return (
    <InlineFieldRow>
      <InlineField
        label="Topic"
        labelWidth={14}
        tooltip="MQTT topic filter: '+' matches one level, '#' the rest. Template variables allowed."
        invalid={problem !== undefined}
        error={
          problem !== undefined ? <span data-testid={testIds.queryEditor.topicError}>{problem}</span> : discoveryError
        }
      >
        <div data-testid={testIds.queryEditor.topic}>
          <Select
            width={48}
            isLoading={loading}
            allowCustomValue
            placeholder="site/+/device/+/env"
            options={topicOptions}
            value={topic ? asOption(topic) : null}
            onChange={(v) => onTopicChange(v?.value ?? '')}
            onCreateOption={(v) => onTopicChange(v.trim())}
          />
        </div>
      </InlineField>
      <InlineField
        label="Fields"
        labelWidth={10}
        tooltip="Telemetry values, json.<path>, label.<name> or device. Empty: every numeric value."
      >
        <div data-testid={testIds.queryEditor.fields}>
          <MultiSelect
            width={40}
            allowCustomValue
            placeholder="all numeric values"
            options={fieldOptions}
            value={fields.map(asOption)}
            onChange={(values) => onFieldsChange(values.map((v) => v.value ?? '').filter((v) => v !== ''))}
          />
        </div>
      </InlineField>
    </InlineFieldRow>
  );
}
