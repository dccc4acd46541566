import { ConnectionState } from '../stream/connectionState';
import { streamNotices, type StreamHealth } from './streamNotices';

const healthy: StreamHealth = {
  connection: ConnectionState.Open,
  connectionDetail: '',
  droppedBySidecar: 0,
  droppedBySeriesLimit: 0,
  maxSeries: 500,
};

describe('streamNotices', () => {
  it('says nothing when all is well', () => {
    expect(streamNotices(healthy)).toEqual([]);
  });

  it('shows reconnecting and lagging with counts', () => {
    const notices = streamNotices({
      ...healthy,
      connection: ConnectionState.Reconnecting,
      connectionDetail: 'the connection to the sidecar was lost (1006)',
      status: { state: 'lagging', lagMs: 900, droppedBatches: 3, droppedMessages: 1240, detail: '' },
    });
    expect(notices.map((n) => n.text)).toEqual([
      'not live, reconnecting: the connection to the sidecar was lost (1006)',
      '1,240 messages dropped: this browser could not keep up (consider conflation or a lower update rate)',
    ]);
  });

  it('shows where history starts when the sidecar cut it short', () => {
    const note =
      'showing from 2026-12-02T05:00:00.000Z; older data is not retained (at most 10000 history messages are replayed)';
    expect(streamNotices({ ...healthy, historyNote: note })).toEqual([{ severity: 'info', text: note }]);
  });

  it('shows the series limit, conflation counts and the last problem', () => {
    const notices = streamNotices({
      ...healthy,
      droppedBySidecar: 12,
      droppedBySeriesLimit: 3,
      problem: { category: 'rate_limit', message: 'slow down' },
    });
    expect(notices.map((n) => n.text)).toEqual([
      '12 messages conflated or dropped by the sidecar',
      'series limit (500) reached: 3 samples not shown',
      'rate_limit: slow down',
    ]);
  });
});
