import React from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { config } from '@grafana/runtime';
import type { TopicSummary } from '../../../common/api/sidecarApi';
import type { DataSource } from '../../datasource';
import { QUERY_VERSION, type IoTQuery } from '../../types';
import { installIntersectionObserver } from '../../testing/installIntersectionObserver';
import { testIds } from '../testIds';

beforeAll(installIntersectionObserver);
import { QueryEditor } from './QueryEditor';

const TOPICS: TopicSummary[] = [
  { name: 'site/a/env', fields: ['temperature', 'humidity'], messageCount: 3, ratePerSecond: 1, lastSequence: 3 },
  { name: 'site/b/env', fields: ['pressure'], messageCount: 1, ratePerSecond: 0, lastSequence: 1 },
  { name: 'other/x', fields: ['volts'], messageCount: 1, ratePerSecond: 0, lastSequence: 1 },
];

function fakeDataSource() {
  return {
    listTopics: jest.fn().mockResolvedValue(TOPICS),
    listDevices: jest.fn().mockResolvedValue([{ deviceId: 'd1', connected: true, metadata: {}, topics: [] }]),
    publish: jest.fn().mockResolvedValue({ sequence: 9, brokerTimeMs: 1 }),
    sendCommand: jest
      .fn()
      .mockResolvedValue({ commandId: 'c', deviceId: 'd1', ok: true, result: 'done', roundTripMs: 14 }),
  };
}

async function renderEditor(query: IoTQuery) {
  const ds = fakeDataSource();
  const changes: IoTQuery[] = [];
  const onRunQuery = jest.fn();
  function Host() {
    const [current, setCurrent] = React.useState(query);
    return (
      <QueryEditor
        query={current}
        datasource={ds as unknown as DataSource}
        onChange={(next) => {
          changes.push(next);
          setCurrent(next);
        }}
        onRunQuery={onRunQuery}
      />
    );
  }
  render(<Host />);
  await waitFor(() => expect(ds.listTopics).toHaveBeenCalled());
  await act(async () => undefined);
  return { ds, changes, onRunQuery, last: () => changes[changes.length - 1] };
}

describe('QueryEditor', () => {
  it('hides the send section from viewers (role read from Grafana’s boot data) and shows it to editors', async () => {
    const user = config.bootData.user;
    const original = user.orgRole;
    try {
      user.orgRole = 'Viewer' as typeof user.orgRole;
      const { unmount } = render(
        <QueryEditor
          query={{ refId: 'A', topic: 'site/#' }}
          datasource={fakeDataSource() as unknown as DataSource}
          onChange={() => undefined}
          onRunQuery={() => undefined}
        />
      );
      await act(async () => undefined);
      expect(screen.queryByTestId(testIds.commandSection.container)).toBeNull();
      unmount();
      user.orgRole = 'Editor' as typeof user.orgRole;
      await renderEditor({ refId: 'A', topic: 'site/#' });
      expect(screen.getByTestId(testIds.commandSection.container)).toBeInTheDocument();
    } finally {
      user.orgRole = original;
    }
  });

  it('suggests the broker topics and runs the query when one is picked', async () => {
    const { last, onRunQuery } = await renderEditor({ refId: 'A', topic: '' });
    const topicSelect = within(screen.getByTestId(testIds.queryEditor.topic)).getByRole('combobox');
    await userEvent.click(topicSelect);
    expect(await screen.findByText('site/a/env')).toBeInTheDocument();
    expect(screen.getByText('other/x')).toBeInTheDocument();
    await userEvent.click(screen.getByText('site/b/env'));
    expect(last()).toMatchObject({ topic: 'site/b/env', version: QUERY_VERSION });
    expect(onRunQuery).toHaveBeenCalled();
  });

  it('accepts a typed wildcard filter and shows why an invalid one is refused', async () => {
    const { last, onRunQuery } = await renderEditor({ refId: 'A', topic: '' });
    const topicSelect = within(screen.getByTestId(testIds.queryEditor.topic)).getByRole('combobox');
    await userEvent.type(topicSelect, 'site/#/x{enter}');
    expect(last().topic).toBe('site/#/x');
    expect(await screen.findByTestId(testIds.queryEditor.topicError)).toHaveTextContent("'#' must stand alone");
    expect(onRunQuery).not.toHaveBeenCalled();
  });

  it('offers the fields of the topics the filter matches', async () => {
    const { last } = await renderEditor({ refId: 'A', topic: 'site/+/env' });
    const fieldsSelect = within(screen.getByTestId(testIds.queryEditor.fields)).getByRole('combobox');
    await userEvent.click(fieldsSelect);
    expect(await screen.findByText('humidity')).toBeInTheDocument();
    expect(screen.getByText('pressure')).toBeInTheDocument();
    expect(screen.queryByText('volts')).not.toBeInTheDocument();
    await userEvent.click(screen.getByText('temperature'));
    expect(last().fields).toEqual(['temperature']);
  });

  it('edits the time source, buffer size, update rate and backfill with validation', async () => {
    const { last } = await renderEditor({ refId: 'A', topic: 'site/#' });
    await userEvent.click(within(screen.getByTestId(testIds.queryEditor.timeSource)).getByText('Arrival'));
    expect(last().timeSource).toBe('arrival');

    const buffer = screen.getByTestId(testIds.queryEditor.bufferSize);
    await userEvent.type(buffer, '5');
    expect(screen.getByText('Between 10 and 100,000')).toBeInTheDocument();
    await userEvent.type(buffer, '00');
    await userEvent.tab();
    expect(last().bufferSize).toBe(500);

    const rate = screen.getByTestId(testIds.queryEditor.maxUpdateHz);
    await userEvent.clear(rate);
    await userEvent.type(rate, '30');
    await userEvent.tab();
    expect(last().maxUpdateHz).toBe(30);

    await userEvent.type(screen.getByTestId(testIds.queryEditor.backfill), 'soon');
    expect(screen.getByText(/A duration such as/)).toBeInTheDocument();
  });

  it("picks the backend's aggregation, auto by default", async () => {
    const { last } = await renderEditor({ refId: 'A', topic: 'a', version: QUERY_VERSION });
    const select = within(screen.getByTestId(testIds.queryEditor.aggregation)).getByRole('combobox');
    expect(screen.getByText('Auto')).toBeInTheDocument();
    await userEvent.click(select);
    await userEvent.click(await screen.findByText('Max'));
    expect(last()).toMatchObject({ topic: 'a', aggregation: 'max' });
  });

  it('shows the conflation rate only with conflation', async () => {
    await renderEditor({ refId: 'A', topic: 'a', conflation: 'avg', version: QUERY_VERSION });
    expect(screen.getByTestId(testIds.queryEditor.conflationRate)).toBeInTheDocument();
  });

  it('splits by a label with the label name', async () => {
    const { last } = await renderEditor({ refId: 'A', topic: 'a', splitBy: 'label:site', version: QUERY_VERSION });
    const label = screen.getByTestId(testIds.queryEditor.splitLabel);
    expect(label).toHaveValue('site');
    await userEvent.clear(label);
    await userEvent.type(label, 'zone');
    expect(last().splitBy).toBe('label:zone');
  });

  it('migrates an old query when it is edited', async () => {
    const { last } = await renderEditor({ refId: 'A', version: 1, topic: 'a', fields: 'x,y' } as unknown as IoTQuery);
    await userEvent.click(within(screen.getByTestId(testIds.queryEditor.timeSource)).getByText('Broker'));
    expect(last()).toMatchObject({ version: QUERY_VERSION, fields: ['x', 'y'], timeSource: 'broker' });
  });
});
