import React, { useState } from 'react';
import { InlineField, Input } from '@grafana/ui';

interface Props {
  label: string;
  tooltip: string;
  value: number | undefined;
  min: number;
  max: number;
  integer?: boolean;
  placeholder?: string;
  testId: string;
  labelWidth?: number;
  width?: number;
  /** Called on blur with a valid number, or undefined when the field was emptied. */
  onCommit: (value: number | undefined) => void;
}

/** Why a typed number is refused, or undefined when it is fine (empty is fine: the default applies). */
export function numberProblem(text: string, min: number, max: number, integer: boolean): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') {
    return undefined;
  }
  const value = Number(trimmed);
  if (!Number.isFinite(value)) {
    return 'Enter a number';
  }
  if (integer && !Number.isInteger(value)) {
    return 'Enter a whole number';
  }
  if (value < min || value > max) {
    return `Between ${min.toLocaleString('en-US')} and ${max.toLocaleString('en-US')}`;
  }
  return undefined;
}

/** A number field that keeps what is typed, shows why it is refused and commits on blur. */
export function NumberInput(props: Props) {
  const { label, tooltip, value, min, max, integer = false, placeholder, testId, labelWidth = 16, width = 12 } = props;
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    // The query changed from outside (undo, another editor): show its value.
    setShownValue(value);
    setText(value === undefined ? '' : String(value));
  }
  const problem = numberProblem(text, min, max, integer);
  return (
    <InlineField
      label={label}
      tooltip={tooltip}
      labelWidth={labelWidth}
      invalid={problem !== undefined}
      error={problem}
    >
      <Input
        type="number"
        width={width}
        value={text}
        min={min}
        max={max}
        placeholder={placeholder}
        data-testid={testId}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={() => {
          if (problem === undefined) {
            props.onCommit(text.trim() === '' ? undefined : Number(text));
          }
        }}
      />
    </InlineField>
  );
}
