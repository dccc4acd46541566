import React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DataSourceSettings } from '@grafana/data';
import type { IoTOptions, IoTSecureJsonData } from '../../types';
import { testIds } from '../testIds';
import { ConfigEditor } from './ConfigEditor';

type Settings = DataSourceSettings<IoTOptions, IoTSecureJsonData>;

function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    id: 1,
    uid: 'ds1',
    orgId: 1,
    name: 'IoT',
    type: 'iotlive-grpc-datasource',
    typeName: '',
    typeLogoUrl: '',
    access: 'proxy',
    url: 'http://sidecar:8080',
    user: '',
    database: '',
    basicAuth: false,
    basicAuthUser: '',
    isDefault: false,
    jsonData: {},
    secureJsonFields: {},
    readOnly: false,
    withCredentials: false,
    ...overrides,
  };
}

/** Renders with a parent that keeps the settings, as Grafana's settings page does. */
function renderEditor(initial: Settings) {
  const changes: Settings[] = [];
  function Host() {
    const [options, setOptions] = React.useState(initial);
    return (
      <ConfigEditor
        options={options}
        onOptionsChange={(next) => {
          changes.push(next);
          setOptions(next);
        }}
      />
    );
  }
  render(<Host />);
  return { changes, last: () => changes[changes.length - 1] };
}

describe('ConfigEditor transport', () => {
  it('keeps saved datasources on the sidecar and hides the backend settings there', () => {
    renderEditor(settings());
    expect(screen.queryByTestId(testIds.configEditor.brokerAddress)).not.toBeInTheDocument();
  });

  it('switches to the plugin backend and keeps its tokens in secureJsonData only', async () => {
    const { last } = renderEditor(settings());
    await userEvent.click(screen.getByText('Plugin backend'));
    expect(last().jsonData.transport).toBe('backend');
    await userEvent.type(screen.getByTestId(testIds.configEditor.brokerAddress), 'broker:50051');
    await userEvent.type(screen.getByTestId(testIds.configEditor.brokerToken), 'secret-token');
    expect(last().jsonData.brokerAddress).toBe('broker:50051');
    expect(last().secureJsonData?.brokerToken).toBe('secret-token');
    expect(JSON.stringify(last().jsonData)).not.toContain('secret-token');
  });

  it('flags a broker address that is not host:port', async () => {
    renderEditor(settings({ jsonData: { transport: 'backend' } }));
    await userEvent.type(screen.getByTestId(testIds.configEditor.brokerAddress), 'broker');
    expect(screen.getByText(/Give host:port/)).toBeInTheDocument();
  });
});

describe('ConfigEditor', () => {
  it('fills in the default sidecar URL for a new datasource', () => {
    const { last } = renderEditor(settings({ url: '' }));
    expect(last().url).toBe('http://127.0.0.1:8080');
  });

  it('edits the URL and shows an error for one that is not http(s)', async () => {
    const { last } = renderEditor(settings());
    const input = screen.getByTestId(testIds.configEditor.url);
    await userEvent.clear(input);
    await userEvent.type(input, 'ftp://x');
    expect(last().url).toBe('ftp://x');
    expect(screen.getByText(/Give an http:\/\/ or https:\/\/ URL/)).toBeInTheDocument();
  });

  it('keeps the keys in secureJsonData only, never in jsonData', async () => {
    const { last } = renderEditor(settings());
    await userEvent.type(screen.getByTestId(testIds.configEditor.apiKey), 'k1');
    await userEvent.type(screen.getByTestId(testIds.configEditor.commandKey), 'k2');
    await userEvent.type(screen.getByTestId(testIds.configEditor.timeout), '3000');
    expect(last().secureJsonData).toEqual({ apiKey: 'k1', commandKey: 'k2' });
    expect(last().jsonData).toEqual({ requestTimeoutMs: 3000 });
    expect(JSON.stringify(last().jsonData)).not.toMatch(/k1|k2/);
  });

  it('shows a configured key as set and clears it on reset', async () => {
    const { last } = renderEditor(settings({ secureJsonFields: { apiKey: true, commandKey: true } }));
    const resets = screen.getAllByRole('button', { name: /reset/i });
    expect(resets).toHaveLength(2);
    await userEvent.click(resets[0]);
    expect(last().secureJsonFields).toEqual({ apiKey: false, commandKey: true });
    expect(last().secureJsonData).toEqual({ apiKey: '' });
  });

  it('refuses a timeout out of range', async () => {
    renderEditor(settings());
    await userEvent.type(screen.getByTestId(testIds.configEditor.timeout), '5');
    expect(screen.getByText(/^Between 100 and 30000 ms/)).toBeInTheDocument();
  });

  it("refuses a timeout Grafana's data source proxy would cut short", async () => {
    renderEditor(settings());
    await userEvent.type(screen.getByTestId(testIds.configEditor.timeout), '60000');
    expect(
      screen.getByText(/^Between 100 and 30000 ms: Grafana's data source proxy ends longer requests/)
    ).toBeInTheDocument();
  });
});
