import { ServerFrameCodec } from '../../../common/proto';
import { SidecarMetrics } from '../metrics';
import { StreamState } from '../stream/frames';
import { LagAccounting } from './lagAccounting';

function setup() {
  let nowMs = 10_000;
  const frames: Buffer[] = [];
  const metrics = new SidecarMetrics({ defaultMetrics: false });
  const lag = new LagAccounting({
    metrics,
    now: () => nowMs,
    sendControl: (frame) => frames.push(frame),
    stateOf: () => StreamState.STATE_LIVE,
  });
  const statuses = () => frames.map((frame) => ServerFrameCodec.decode(frame).status);
  return { lag, metrics, statuses, advance: (ms: number) => (nowMs += ms) };
}

describe('LagAccounting', () => {
  it('counts what was sent per stream and reports it with the next status', () => {
    const { lag, statuses } = setup();
    const account = lag.open(7);
    account.subscriptions.add(1);
    lag.batchSent({ streamId: 7, messageCount: 3 }, 100, 10_000);
    lag.batchSent({ streamId: 99, messageCount: 5 }, 100, 10_000);
    expect(account.messagesSent).toBe(3);
    lag.batchesDropped([{ streamId: 7, messageCount: 2, oldestBrokerTimeMs: 9_500 }]);
    expect(statuses()).toEqual([
      expect.objectContaining({ subscriptionId: 1, state: StreamState.STATE_LAGGING, lagMs: 500, messagesSent: 3 }),
    ]);
  });

  it('reports LAGGING to every subscription of a stream at most once a second, then caught up once', async () => {
    const { lag, metrics, statuses, advance } = setup();
    const account = lag.open(7);
    account.subscriptions.add(1).add(2);
    const drop = () => lag.batchesDropped([{ streamId: 7, messageCount: 4 }]);
    drop();
    advance(999);
    drop();
    expect(statuses().map((s) => [s?.subscriptionId, s?.state])).toEqual([
      [1, StreamState.STATE_LAGGING],
      [2, StreamState.STATE_LAGGING],
    ]);
    advance(1);
    drop();
    lag.drained();
    lag.drained();
    const last = statuses().slice(2);
    expect(last.map((s) => [s?.subscriptionId, s?.state, s?.detail])).toEqual([
      [1, StreamState.STATE_LAGGING, expect.stringContaining('oldest batches were dropped')],
      [2, StreamState.STATE_LAGGING, expect.stringContaining('oldest batches were dropped')],
      [1, StreamState.STATE_LIVE, 'caught up'],
      [2, StreamState.STATE_LIVE, 'caught up'],
    ]);
    expect(last[3]).toMatchObject({ droppedBatches: 3, droppedMessages: 12 });
    expect((await metrics.dropped.get()).values[0]).toMatchObject({ labels: { reason: 'slow_client' }, value: 12 });
  });

  it('forgets a stream it no longer receives', () => {
    const { lag, statuses } = setup();
    lag.open(7).subscriptions.add(1);
    lag.forget(7);
    lag.batchesDropped([{ streamId: 7, messageCount: 1 }]);
    expect(statuses()).toEqual([]);
  });
});
