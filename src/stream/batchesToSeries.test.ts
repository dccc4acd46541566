import { batch, envelope } from '../testing/fixtures';
import { runOperator } from '../testing/runOperator';
import { batchesToSeries } from './batchesToSeries';

const reading = (sequence: number, deviceId: string, json?: Record<string, unknown>) =>
  envelope({
    topic: `site/a/device/${deviceId}/env`,
    sequence,
    deviceId,
    eventMs: 5_000 + sequence,
    brokerMs: 9_000 + sequence,
    values: json ? undefined : { temperature: sequence, humidity: 40 },
    json,
  });

describe('batchesToSeries', () => {
  it('projects, stamps, splits and appends: one series per device, times from the chosen source', async () => {
    const stores = await runOperator(
      [batch([reading(1, 'd1'), reading(2, 'd2')]), batch([reading(3, 'd1')])],
      batchesToSeries({ fields: ['temperature'], timeSource: 'event', splitBy: 'device', capacity: 10, maxSeries: 10 })
    );
    const store = stores[stores.length - 1];
    expect(store.series.map((s) => [s.labels.device, s.ring.size, s.ring.lastTime])).toEqual([
      ['d1', 2, 5_003],
      ['d2', 1, 5_002],
    ]);
  });

  it('tells the caller what each batch could not plot', async () => {
    const counts: Array<ReadonlyMap<string, number> | undefined> = [];
    await runOperator(
      [batch([reading(1, 'd1', { motor: { rpm: 'fast' } })]), batch([reading(2, 'd1')])],
      batchesToSeries({
        fields: ['json.motor'],
        timeSource: 'broker',
        splitBy: 'topic',
        capacity: 10,
        maxSeries: 10,
        onUnplotted: (c) => counts.push(c),
      })
    );
    expect(counts).toHaveLength(2);
    expect([...(counts[0] ?? new Map()).keys()]).toEqual([expect.stringContaining('json.motor')]);
  });
});
