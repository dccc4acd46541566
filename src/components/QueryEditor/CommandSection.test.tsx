import React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installIntersectionObserver } from '../../testing/installIntersectionObserver';
import { testIds } from '../testIds';

beforeAll(installIntersectionObserver);
import { CommandSection, describeOutcome } from './CommandSection';

function target() {
  return {
    listTopics: jest.fn().mockResolvedValue([]),
    listDevices: jest.fn().mockResolvedValue([
      { deviceId: 'pump-1', connected: true, metadata: {}, topics: [] },
      { deviceId: 'pump-2', connected: false, metadata: {}, topics: [] },
    ]),
    publish: jest.fn().mockResolvedValue({ sequence: 9, brokerTimeMs: 1 }),
    sendCommand: jest
      .fn()
      .mockResolvedValue({ commandId: 'c', deviceId: 'pump-1', ok: true, result: 'done', roundTripMs: 14 }),
  };
}

async function open() {
  await userEvent.click(screen.getByText('Send a test message or device command'));
}

describe('CommandSection', () => {
  it('publishes a test message after confirmation and shows the result', async () => {
    const t = target();
    render(<CommandSection target={t} defaultTopic="site/a/env" />);
    await open();
    expect(screen.getByTestId(testIds.commandSection.topic)).toHaveValue('site/a/env');
    await userEvent.type(screen.getByTestId(testIds.commandSection.payload), '{{"temperature": 21.5}');
    await userEvent.click(screen.getByTestId(testIds.commandSection.send));
    expect(t.publish).not.toHaveBeenCalled();
    await userEvent.click(await screen.findByRole('button', { name: 'Yes, send' }));
    await waitFor(() => expect(t.publish).toHaveBeenCalledWith({ topic: 'site/a/env', values: { temperature: 21.5 } }));
    expect(await screen.findByTestId(testIds.commandSection.result)).toHaveTextContent('Sequence 9');
  });

  it('sends a command to a device picked from the broker list', async () => {
    const t = target();
    render(<CommandSection target={t} defaultTopic="site/#" />);
    await open();
    expect(screen.getByTestId(testIds.commandSection.topic)).toHaveValue('');
    await userEvent.click(within(screen.getByTestId(testIds.commandSection.mode)).getByText('Device command'));
    await waitFor(() => expect(t.listDevices).toHaveBeenCalled());
    await userEvent.click(within(screen.getByTestId(testIds.commandSection.device)).getByRole('combobox'));
    await userEvent.click(await screen.findByText('pump-1'));
    await userEvent.type(screen.getByTestId(testIds.commandSection.name), 'reboot');
    await userEvent.click(screen.getByTestId(testIds.commandSection.send));
    await userEvent.click(await screen.findByRole('button', { name: 'Yes, send' }));
    await waitFor(() =>
      expect(t.sendCommand).toHaveBeenCalledWith({ deviceId: 'pump-1', name: 'reboot', payload: undefined })
    );
    expect(await screen.findByTestId(testIds.commandSection.result)).toHaveTextContent('The device answered in 14 ms');
  });

  it('explains what is wrong instead of asking for confirmation', async () => {
    const t = target();
    render(<CommandSection target={t} defaultTopic="" />);
    await open();
    await userEvent.type(screen.getByTestId(testIds.commandSection.topic), 'a/b');
    await userEvent.type(screen.getByTestId(testIds.commandSection.payload), 'not json');
    await userEvent.click(screen.getByTestId(testIds.commandSection.send));
    expect(await screen.findByTestId(testIds.commandSection.result)).toHaveTextContent('the payload is not valid JSON');
    expect(screen.queryByRole('button', { name: 'Yes, send' })).not.toBeInTheDocument();
  });

  it('describes a refused command', () => {
    expect(
      describeOutcome({ commandId: 'c', deviceId: 'd', ok: false, result: null, error: 'busy', roundTripMs: 3 })
    ).toEqual({
      severity: 'error',
      title: 'The device refused the command',
      text: 'busy',
    });
  });
});
