import React from 'react';
import type { SelectableValue } from '@grafana/data';
import { InlineField, InlineFieldRow, Select } from '@grafana/ui';
import type { Aggregation } from '../../types';
import { testIds } from '../testIds';

const AGGREGATIONS: Array<SelectableValue<Aggregation>> = [
  {
    label: 'Auto',
    value: 'auto',
    description: 'Samples as they are when they fit on the panel, else the average per interval',
  },
  { label: 'Last', value: 'last', description: 'The last value of each interval' },
  { label: 'Average', value: 'avg', description: 'The mean of each interval' },
  { label: 'Min', value: 'min', description: 'The lowest value of each interval' },
  { label: 'Max', value: 'max', description: 'The highest value of each interval' },
  { label: 'Sum', value: 'sum', description: 'The sum of each interval' },
  { label: 'Count', value: 'count', description: 'How many samples each interval holds' },
];

interface Props {
  aggregation: Aggregation | undefined;
  onChange(aggregation: Aggregation): void;
}

/** How the plugin backend combines samples per interval for past ranges and alert rules. */
export function AggregationRow({ aggregation, onChange }: Props) {
  return (
    <InlineFieldRow>
      <InlineField
        label="Aggregation"
        labelWidth={14}
        tooltip="Plugin backend only (past ranges and alert rules): how samples are combined per interval"
      >
        <div data-testid={testIds.queryEditor.aggregation}>
          <Select
            width={16}
            options={AGGREGATIONS}
            value={aggregation ?? 'auto'}
            onChange={(v) => onChange(v.value ?? 'auto')}
          />
        </div>
      </InlineField>
    </InlineFieldRow>
  );
}
