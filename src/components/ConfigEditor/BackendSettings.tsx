import React, { type ChangeEvent } from 'react';
import {
  onUpdateDatasourceSecureJsonDataOption,
  updateDatasourcePluginResetOption,
  type DataSourcePluginOptionsEditorProps,
} from '@grafana/data';
import { Field, FieldSet, Input, InlineSwitch, RadioButtonGroup, SecretInput } from '@grafana/ui';
import type { IoTOptions, IoTSecureJsonData, Transport } from '../../types';
import { testIds } from '../testIds';

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
  const secureFields = options.secureJsonFields ?? {};
  const secureData = options.secureJsonData ?? {};
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
          <Field
            label="Broker token"
            description="The bearer token the backend presents to the broker (subscribe permission)."
          >
            <SecretInput
              id="iotlive-broker-token"
              data-testid={testIds.configEditor.brokerToken}
              isConfigured={Boolean(secureFields.brokerToken)}
              value={secureData.brokerToken ?? ''}
              placeholder="Broker token"
              width={48}
              onReset={() => updateDatasourcePluginResetOption(props, 'brokerToken')}
              onChange={onUpdateDatasourceSecureJsonDataOption(props, 'brokerToken')}
            />
          </Field>
          <Field
            label="Command token"
            description="Optional: the token for publishes and device commands (sent only for Editors and Admins)."
          >
            <SecretInput
              id="iotlive-command-token"
              data-testid={testIds.configEditor.commandToken}
              isConfigured={Boolean(secureFields.commandToken)}
              value={secureData.commandToken ?? ''}
              placeholder="Command token (optional)"
              width={48}
              onReset={() => updateDatasourcePluginResetOption(props, 'commandToken')}
              onChange={onUpdateDatasourceSecureJsonDataOption(props, 'commandToken')}
            />
          </Field>
        </>
      )}
    </FieldSet>
  );
}
