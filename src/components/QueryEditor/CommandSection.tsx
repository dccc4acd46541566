import React, { useState } from 'react';
import type { SelectableValue } from '@grafana/data';
import {
  Alert,
  Button,
  Collapse,
  ConfirmModal,
  InlineField,
  InlineFieldRow,
  Input,
  RadioButtonGroup,
  Select,
  TextArea,
} from '@grafana/ui';
import type { CommandBody, CommandResponse, PublishBody, PublishResult } from '../../../common/api/sidecarApi';
import { hasWildcard } from '../../../common/topics/topicFilter';
import { messageFromText, payloadFromText, validateCommandBody, validatePublishBody } from '../../api/commandBodies';
import { testIds } from '../testIds';
import { useDevices, type DiscoverySource } from './useDiscovery';

/** What the section needs from the datasource. */
export interface CommandTarget extends DiscoverySource {
  publish(body: PublishBody): Promise<PublishResult>;
  sendCommand(body: CommandBody): Promise<CommandResponse>;
}

type Mode = 'publish' | 'command';
type Outcome = { severity: 'success' | 'error'; title: string; text: string };

const MODES: Array<SelectableValue<Mode>> = [
  { label: 'Test message', value: 'publish' },
  { label: 'Device command', value: 'command' },
];

/** Builds the request the form describes; throws a ValidationError a person can act on. */
export function buildRequest(mode: Mode, form: { topic: string; deviceId: string; name: string; payload: string }) {
  if (mode === 'publish') {
    return { mode, body: validatePublishBody({ topic: form.topic.trim(), ...messageFromText(form.payload) }) } as const;
  }
  const body: CommandBody = { deviceId: form.deviceId, name: form.name.trim(), payload: payloadFromText(form.payload) };
  return { mode, body: validateCommandBody(body) } as const;
}

/** The result of a command or publish, as the alert shows it. */
export function describeOutcome(result: PublishResult | CommandResponse): Outcome {
  if ('commandId' in result) {
    const answer = result.result === undefined ? '' : ` Answer: ${JSON.stringify(result.result)}`;
    return result.ok
      ? { severity: 'success', title: `The device answered in ${result.roundTripMs} ms`, text: answer.trim() }
      : { severity: 'error', title: 'The device refused the command', text: result.error ?? 'no reason given' };
  }
  return { severity: 'success', title: 'Message published', text: `Sequence ${result.sequence}` };
}

/**
 * A collapsible section to publish a test message or send a command to a device, with a
 * confirmation step. The Editor-only proxy route means viewers cannot send anything.
 */
export function CommandSection({ target, defaultTopic }: { target: CommandTarget; defaultTopic: string }) {
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<Mode>('publish');
  const [topic, setTopic] = useState(hasWildcard(defaultTopic) ? '' : defaultTopic);
  const [deviceId, setDeviceId] = useState('');
  const [name, setName] = useState('');
  const [payload, setPayload] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  const onSend = () => {
    try {
      buildRequest(mode, { topic, deviceId, name, payload });
      setConfirming(true);
    } catch (err) {
      setOutcome({ severity: 'error', title: 'Not sent', text: err instanceof Error ? err.message : String(err) });
    }
  };

  const onConfirm = async () => {
    setConfirming(false);
    setSending(true);
    try {
      const request = buildRequest(mode, { topic, deviceId, name, payload });
      const result =
        request.mode === 'publish' ? await target.publish(request.body) : await target.sendCommand(request.body);
      setOutcome(describeOutcome(result));
    } catch (err) {
      setOutcome({
        severity: 'error',
        title: 'Sending failed',
        text: err instanceof Error ? err.message : String(err),
      });
    } finally {
      setSending(false);
    }
  };

  const what = mode === 'publish' ? `a message to "${topic}"` : `the command "${name}" to device "${deviceId}"`;
  return (
    <div data-testid={testIds.commandSection.container}>
      <Collapse label="Send a test message or device command" isOpen={open} onToggle={() => setOpen(!open)}>
        <InlineFieldRow>
          <InlineField label="Send" labelWidth={14}>
            <div data-testid={testIds.commandSection.mode}>
              <RadioButtonGroup options={MODES} value={mode} onChange={setMode} />
            </div>
          </InlineField>
        </InlineFieldRow>
        {mode === 'publish' ? (
          <InlineField label="Topic" labelWidth={14} tooltip="A topic name, without wildcards">
            <Input
              width={48}
              value={topic}
              data-testid={testIds.commandSection.topic}
              onChange={(e) => setTopic(e.currentTarget.value)}
            />
          </InlineField>
        ) : (
          <CommandTargetRow target={target} deviceId={deviceId} name={name} onDevice={setDeviceId} onName={setName} />
        )}
        <InlineField
          label="Payload"
          labelWidth={14}
          tooltip='JSON; an object of numbers, e.g. {"temperature": 21.5}, is sent as telemetry'
        >
          <TextArea
            cols={60}
            rows={3}
            value={payload}
            placeholder='{"temperature": 21.5}'
            data-testid={testIds.commandSection.payload}
            onChange={(e) => setPayload(e.currentTarget.value)}
          />
        </InlineField>
        <Button icon="message" disabled={sending} onClick={onSend} data-testid={testIds.commandSection.send}>
          {sending ? 'Sending…' : 'Send'}
        </Button>
        {outcome && (
          <div data-testid={testIds.commandSection.result}>
            <Alert severity={outcome.severity} title={outcome.title} onRemove={() => setOutcome(undefined)}>
              {outcome.text}
            </Alert>
          </div>
        )}
      </Collapse>
      <ConfirmModal
        isOpen={confirming}
        title={mode === 'publish' ? 'Publish a message' : 'Send a device command'}
        body={`Send ${what}? Every subscriber sees it.`}
        confirmText="Yes, send"
        confirmVariant="primary"
        onConfirm={onConfirm}
        onDismiss={() => setConfirming(false)}
      />
    </div>
  );
}

interface CommandTargetRowProps {
  target: DiscoverySource;
  deviceId: string;
  name: string;
  onDevice: (id: string) => void;
  onName: (name: string) => void;
}

function CommandTargetRow({ target, deviceId, name, onDevice, onName }: CommandTargetRowProps) {
  const devices = useDevices(target);
  const options = devices.items.map((d) => ({
    label: d.deviceId,
    value: d.deviceId,
    description: d.connected ? 'connected' : 'disconnected',
  }));
  return (
    <InlineFieldRow>
      <InlineField label="Device" labelWidth={14} error={devices.error} invalid={devices.error !== undefined}>
        <div data-testid={testIds.commandSection.device}>
          <Select
            width={32}
            isLoading={devices.loading}
            options={options}
            allowCustomValue
            value={deviceId ? { label: deviceId, value: deviceId } : null}
            onChange={(v) => onDevice(v?.value ?? '')}
            onCreateOption={(v) => onDevice(v.trim())}
          />
        </div>
      </InlineField>
      <InlineField label="Command" labelWidth={10}>
        <Input
          width={20}
          value={name}
          placeholder="reboot"
          data-testid={testIds.commandSection.name}
          onChange={(e) => onName(e.currentTarget.value)}
        />
      </InlineField>
    </InlineFieldRow>
  );
}
