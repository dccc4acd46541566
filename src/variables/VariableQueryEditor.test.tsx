import React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testIds } from '../components/testIds';
import type { DataSource } from '../datasource';
import { VariableQueryEditor } from './VariableQueryEditor';
import { parseVariableQuery, type IoTVariableQuery } from './variableQuery';

describe('VariableQueryEditor', () => {
  it('explains an invalid topic filter and keeps it out of the query', async () => {
    const onChange = jest.fn();
    render(
      <VariableQueryEditor
        query={{ refId: 'V', kind: 'topics', filter: '' }}
        datasource={{} as DataSource}
        onChange={onChange}
        onRunQuery={jest.fn()}
      />
    );
    await userEvent.type(screen.getByTestId(testIds.variableEditor.filter), 'site/#/x');
    expect(screen.getByText(/'#' must stand alone as the last level/)).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalledWith(expect.objectContaining({ filter: 'site/#/x' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ filter: 'site/#' }));
  });

  it('edits a topics filter and switches to devices', async () => {
    const onChange = jest.fn();
    const query: IoTVariableQuery = { refId: 'V', kind: 'topics', filter: '' };
    const { rerender } = render(
      <VariableQueryEditor query={query} datasource={{} as DataSource} onChange={onChange} onRunQuery={jest.fn()} />
    );
    await userEvent.type(screen.getByTestId(testIds.variableEditor.filter), 's');
    expect(onChange).toHaveBeenLastCalledWith({ refId: 'V', kind: 'topics', filter: 's' });
    await userEvent.click(within(screen.getByTestId(testIds.variableEditor.container)).getByText('Devices'));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'devices' }));
    rerender(
      <VariableQueryEditor
        query={{ refId: 'V', kind: 'devices' }}
        datasource={{} as DataSource}
        onChange={onChange}
        onRunQuery={jest.fn()}
      />
    );
    await userEvent.click(screen.getByTestId(testIds.variableEditor.connectedOnly));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'devices', connectedOnly: true }));
  });
});

describe('parseVariableQuery', () => {
  it('reads the text forms', () => {
    expect(parseVariableQuery('topics')).toMatchObject({ kind: 'topics', filter: '' });
    expect(parseVariableQuery('topics(site/#)')).toMatchObject({ kind: 'topics', filter: 'site/#' });
    expect(parseVariableQuery('devices(connected)')).toMatchObject({ kind: 'devices', connectedOnly: true });
    expect(parseVariableQuery('site/+/env')).toMatchObject({ kind: 'topics', filter: 'site/+/env' });
  });
});
