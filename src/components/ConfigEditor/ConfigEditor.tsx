import React, { useEffect, type ChangeEvent } from 'react';
import type { DataSourcePluginOptionsEditorProps } from '@grafana/data';
import { Field, FieldSet, Input } from '@grafana/ui';
import { MAX_REQUEST_TIMEOUT_MS, MIN_REQUEST_TIMEOUT_MS } from '../../../common/api/proxyLimits';
import { DEFAULT_REQUEST_TIMEOUT_MS, DEFAULT_SIDECAR_URL, type IoTOptions, type IoTSecureJsonData } from '../../types';
import { testIds } from '../testIds';
import { SecretField } from './SecretField';
import { BackendSettings } from './BackendSettings';

type Props = DataSourcePluginOptionsEditorProps<IoTOptions, IoTSecureJsonData>;

/** True for an absolute http(s) URL. */
export function isValidSidecarUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The datasource settings: where the sidecar is, the keys the proxy adds to each request (stored
 * by Grafana as secrets, never sent back to the browser) and the request deadline.
 */
export function ConfigEditor(props: Props) {
  const { options, onOptionsChange } = props;
  const timeout = options.jsonData.requestTimeoutMs;
  const timeoutInvalid =
    timeout !== undefined &&
    !(Number.isFinite(timeout) && timeout >= MIN_REQUEST_TIMEOUT_MS && timeout <= MAX_REQUEST_TIMEOUT_MS);
  const urlInvalid = options.url !== '' && !isValidSidecarUrl(options.url);

  useEffect(() => {
    if (!options.url) {
      onOptionsChange({ ...options, url: DEFAULT_SIDECAR_URL });
    }
    // Only a brand-new datasource needs the default; later edits are the author's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onUrlChange = (event: ChangeEvent<HTMLInputElement>) =>
    onOptionsChange({ ...options, url: event.currentTarget.value.trim() });

  const onTimeoutChange = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.currentTarget.value.trim();
    onOptionsChange({
      ...options,
      jsonData: { ...options.jsonData, requestTimeoutMs: text === '' ? undefined : Number(text) },
    });
  };

  return (
    <>
      <BackendSettings {...props} />
      <FieldSet label="Sidecar">
        <Field
          label="URL"
          description="The IoT Live sidecar's HTTP address as Grafana's server reaches it; browsers reach it only through Grafana's proxy."
          invalid={urlInvalid}
          error={urlInvalid ? 'Give an http:// or https:// URL, e.g. http://127.0.0.1:8080' : undefined}
        >
          <Input
            id="iotlive-url"
            data-testid={testIds.configEditor.url}
            value={options.url ?? ''}
            placeholder={DEFAULT_SIDECAR_URL}
            onChange={onUrlChange}
            width={48}
          />
        </Field>
        <Field
          label="Request timeout (ms)"
          description="Deadline of health checks, discovery and commands."
          invalid={timeoutInvalid}
          error={
            timeoutInvalid
              ? `Between ${MIN_REQUEST_TIMEOUT_MS} and ${MAX_REQUEST_TIMEOUT_MS} ms: Grafana's data source proxy ends longer requests`
              : undefined
          }
        >
          <Input
            id="iotlive-timeout"
            type="number"
            data-testid={testIds.configEditor.timeout}
            value={timeout ?? ''}
            placeholder={String(DEFAULT_REQUEST_TIMEOUT_MS)}
            onChange={onTimeoutChange}
            width={20}
          />
        </Field>
      </FieldSet>
      <FieldSet label="Authentication">
        <SecretField
          editor={props}
          name="apiKey"
          label="API key"
          description="Sent by Grafana's proxy as a bearer token on every request to the sidecar."
          placeholder="API key"
          id="iotlive-api-key"
          testId={testIds.configEditor.apiKey}
        />
        <SecretField
          editor={props}
          name="commandKey"
          label="Command key"
          description="Optional: used instead of the API key to publish and send device commands (Editor role only)."
          placeholder="Command key (optional)"
          id="iotlive-command-key"
          testId={testIds.configEditor.commandKey}
        />
      </FieldSet>
    </>
  );
}
