import React, { type ChangeEvent } from 'react';
import type { DataSourcePluginOptionsEditorProps } from '@grafana/data';
import { Field, FieldSet, Input, InlineSwitch, RadioButtonGroup } from '@grafana/ui';
import type { IoTOptions, IoTSecureJsonData, Transport } from '../../types';
import { testIds } from '../testIds';
import { SecretField } from './SecretField';

type Props = DataSourcePluginOptionsEditorProps<IoTOptions, IoTSecureJsonData>;

const TRANSPORTS: Array<{ label: string; value: Transport; description: string }> = [
  {
    label: 'Plugin backend',
    value: 'backend',
    description: 'Grafana runs the plugin backend, which talks to the broker',
  },
  {
    label: 'Sidecar',
    value: 'sidecar',
    description: 'A separately deployed sidecar, reached through the data source proxy',
  },
];

/** True for host:port (what the backend dials), with an optional grpc:// prefix. */
export function isValidBrokerAddress(address: string): boolean {
  return /^((grpcs?|dns):\/\/\/?)?[A-Za-z0-9.\-_[\]:]+:\d{1,5}\/?$/.test(address.trim());
}

/**
 * Which door the datasource uses, and in backend mode where the broker is and the tokens the
 * backend presents (kept by Grafana as secrets and handed to the backend per call).
 */
export function BackendSettings(props: Props) {
  const { options, onOptionsChange } = props;
  const transport: Transport = options.jsonData.transport ?? 'sidecar';
  const address = options.jsonData.brokerAddress ?? '';
  const addressInvalid = address !== '' && !isValidBrokerAddress(address);

  const setJson = (patch: Partial<IoTOptions>) =>
    onOptionsChange({ ...options, jsonData: { ...options.jsonData, ...patch } });

  return (
    <FieldSet label="Connection">
      <Field label="Transport" description="Health, discovery and commands go through the chosen door.">
        <RadioButtonGroup
          data-testid={testIds.configEditor.transport}
          options={TRANSPORTS}
          value={transport}
          onChange={(value) => setJson({ transport: value })}
        />
      </Field>
      {transport === 'backend' && (
        <>
          <Field
            label="Broker address"
            description="The broker's gRPC address as the Grafana server reaches it, host:port."
            invalid={addressInvalid}
            error={addressInvalid ? 'Give host:port, e.g. broker:50051' : undefined}
          >
            <Input
              id="iotlive-broker-address"
              data-testid={testIds.configEditor.brokerAddress}
              value={address}
              placeholder="127.0.0.1:50051"
              width={48}
              onChange={(event: ChangeEvent<HTMLInputElement>) =>
                setJson({ brokerAddress: event.currentTarget.value.trim() })
              }
            />
          </Field>
          <Field
            label="TLS"
            description="Speak TLS to the broker (its certificate is checked against the system's roots)."
          >
            <InlineSwitch
              id="iotlive-broker-tls"
              data-testid={testIds.configEditor.brokerTls}
              value={options.jsonData.brokerTls === true}
              onChange={(event: React.FormEvent<HTMLInputElement>) =>
                setJson({ brokerTls: event.currentTarget.checked })
              }
            />
          </Field>
          <SecretField
            editor={props}
            name="brokerToken"
            label="Broker token"
            description="The bearer token the backend presents to the broker (read permission)."
            placeholder="Broker token"
            id="iotlive-broker-token"
            testId={testIds.configEditor.brokerToken}
          />
          <SecretField
            editor={props}
            name="commandToken"
            label="Command token"
            description="Optional: the token for publishes and device commands (sent only for Editors and Admins)."
            placeholder="Command token (optional)"
            id="iotlive-command-token"
            testId={testIds.configEditor.commandToken}
          />
        </>
      )}
    </FieldSet>
  );
}
