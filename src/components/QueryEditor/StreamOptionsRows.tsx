import React, { useState } from 'react';
import type { SelectableValue } from '@grafana/data';
import { InlineField, InlineFieldRow, Input, RadioButtonGroup, Select } from '@grafana/ui';
import { CONFLATION_MODES } from '../../../common/proto/conflation';
import { isValidBackfill } from '../../query/timeWindow';
import {
  LIMITS,
  type ConflationMode,
  type IoTQuery,
  type ResolvedQuery,
  type SplitBy,
  type TimeSource,
} from '../../types';
import { testIds } from '../testIds';
import { NumberInput } from './NumberInput';

interface Props {
  query: ResolvedQuery;
  onChange: (change: Partial<IoTQuery>) => void;
}

const TIME_SOURCES: Array<SelectableValue<TimeSource>> = [
  { label: 'Event', value: 'event', description: 'When the device measured it (broker time when absent)' },
  { label: 'Broker', value: 'broker', description: 'When the broker accepted it' },
  { label: 'Arrival', value: 'arrival', description: 'When this browser received it' },
];

const SPLITS: Array<SelectableValue<string>> = [
  { label: 'Topic', value: 'topic' },
  { label: 'Device', value: 'device' },
  { label: 'Label', value: 'label' },
  { label: 'None', value: 'none' },
];

/** Exhaustive, so a conflation added to the contract fails the typecheck until the editor offers it. */
const CONFLATION_OPTIONS: Record<ConflationMode, Omit<SelectableValue<ConflationMode>, 'value'>> = {
  none: { label: 'None', description: 'Every message' },
  last: { label: 'Last', description: 'The latest value per window' },
  avg: { label: 'Average' },
  min: { label: 'Min' },
  max: { label: 'Max' },
};
const CONFLATIONS: Array<SelectableValue<ConflationMode>> = CONFLATION_MODES.map((value) => ({
  value,
  ...CONFLATION_OPTIONS[value],
}));

/** How samples are timed, split, buffered, rate-limited, conflated and backfilled. */
export function StreamOptionsRows({ query, onChange }: Props) {
  const splitKind = query.splitBy.startsWith('label:') ? 'label' : query.splitBy;
  const splitLabel = query.splitBy.startsWith('label:') ? query.splitBy.slice('label:'.length) : '';
  const backfillInvalid = !isValidBackfill(query.backfill);

  return (
    <>
      <InlineFieldRow>
        <InlineField label="Time" labelWidth={14} tooltip="Which timestamp each sample is plotted at">
          <div data-testid={testIds.queryEditor.timeSource}>
            <RadioButtonGroup
              options={TIME_SOURCES}
              value={query.timeSource}
              onChange={(timeSource) => onChange({ timeSource })}
            />
          </div>
        </InlineField>
        <InlineField label="Split by" labelWidth={12} tooltip="One series per topic, device or label value">
          <div data-testid={testIds.queryEditor.splitBy}>
            <Select
              width={14}
              options={SPLITS}
              value={splitKind}
              onChange={(v) => {
                const kind = v.value ?? 'topic';
                onChange({ splitBy: (kind === 'label' ? `label:${splitLabel || 'site'}` : kind) as SplitBy });
              }}
            />
          </div>
        </InlineField>
        {splitKind === 'label' && (
          <LabelNameInput name={splitLabel} onName={(name) => onChange({ splitBy: `label:${name}` })} />
        )}
      </InlineFieldRow>
      <InlineFieldRow>
        <NumberInput
          label="Buffer size"
          tooltip="Samples kept per series; empty: the panel's max data points"
          labelWidth={14}
          value={query.bufferSize}
          min={LIMITS.bufferSize.min}
          max={LIMITS.bufferSize.max}
          integer
          placeholder="max data points"
          testId={testIds.queryEditor.bufferSize}
          width={16}
          onCommit={(bufferSize) => onChange({ bufferSize })}
        />
        <NumberInput
          label="Max updates/s"
          labelWidth={18}
          tooltip="The most panel updates per second, whatever the message rate"
          value={query.maxUpdateHz}
          min={LIMITS.maxUpdateHz.min}
          max={LIMITS.maxUpdateHz.max}
          testId={testIds.queryEditor.maxUpdateHz}
          onCommit={(maxUpdateHz) => onChange({ maxUpdateHz })}
        />
        <InlineField
          label="Conflation"
          labelWidth={12}
          tooltip="Let the sidecar combine values per series within each window"
        >
          <div data-testid={testIds.queryEditor.conflation}>
            <Select
              width={14}
              options={CONFLATIONS}
              value={query.conflation}
              onChange={(v) => onChange({ conflation: v.value ?? 'none' })}
            />
          </div>
        </InlineField>
        {query.conflation !== 'none' && (
          <NumberInput
            label="Rate (Hz)"
            tooltip="Values per second per series after conflation"
            labelWidth={10}
            value={query.conflationRateHz}
            min={LIMITS.conflationRateHz.min}
            max={LIMITS.conflationRateHz.max}
            testId={testIds.queryEditor.conflationRate}
            onCommit={(conflationRateHz) => onChange({ conflationRateHz })}
          />
        )}
      </InlineFieldRow>
      <InlineFieldRow>
        <InlineField
          label="Backfill"
          labelWidth={14}
          tooltip='History to load before going live, e.g. "15m"; empty: the dashboard time range; "0": none'
          invalid={backfillInvalid}
          error={backfillInvalid ? 'A duration such as 30s, 15m or 2h; empty or 0' : undefined}
        >
          <Input
            width={16}
            value={query.backfill}
            placeholder="time range"
            data-testid={testIds.queryEditor.backfill}
            onChange={(e) => onChange({ backfill: e.currentTarget.value })}
          />
        </InlineField>
        <NumberInput
          label="Max history"
          tooltip="The most history messages to replay when the stream opens"
          value={query.maxHistory}
          min={LIMITS.maxHistory.min}
          max={LIMITS.maxHistory.max}
          integer
          testId={testIds.queryEditor.maxHistory}
          width={14}
          onCommit={(maxHistory) => onChange({ maxHistory })}
        />
      </InlineFieldRow>
    </>
  );
}

/** The label to split by; an emptied field keeps the last name until a new one is typed. */
function LabelNameInput({ name, onName }: { name: string; onName: (name: string) => void }) {
  const [text, setText] = useState(name);
  const empty = text.trim() === '';
  return (
    <InlineField label="Label" labelWidth={8} invalid={empty} error={empty ? 'Name the label to split by' : undefined}>
      <Input
        width={14}
        value={text}
        data-testid={testIds.queryEditor.splitLabel}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          if (next.trim() !== '') {
            onName(next.trim());
          }
        }}
      />
    </InlineField>
  );
}
