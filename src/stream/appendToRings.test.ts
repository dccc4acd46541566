import { pipe } from 'rxjs';
import { batch, envelope } from '../testing/fixtures';
import { runOperator } from '../testing/runOperator';
import type { SplitBy } from '../types';
import { appendBatch, appendToRings } from './appendToRings';
import type { MessageBatch } from './batchTypes';
import { projectFields } from './projectFields';
import { SeriesStore } from './SeriesStore';
import { splitSeries } from './splitSeries';
import { stampTime } from './stampTime';

async function append(batches: MessageBatch[], splitBy: SplitBy = 'topic', capacity = 10, maxSeries = 10) {
  const stores = await runOperator(
    batches,
    pipe(
      projectFields(['temperature']),
      stampTime('broker'),
      splitSeries(splitBy),
      appendToRings({ capacity, maxSeries })
    )
  );
  return stores[stores.length - 1];
}

const at = (sequence: number, topic = 't/1', deviceId = 'd1') =>
  envelope({ topic, sequence, brokerMs: sequence * 1000, deviceId, values: { temperature: sequence } });

describe('appendToRings', () => {
  it('appends rows per series in sequence order and emits the same store every time', async () => {
    const stores = await runOperator(
      [batch([at(1), at(1, 't/2'), at(2)]), batch([at(3)])],
      pipe(
        projectFields(['temperature']),
        stampTime('broker'),
        splitSeries('topic'),
        appendToRings({ capacity: 10, maxSeries: 10 })
      )
    );
    expect(stores[0]).toBe(stores[1]);
    const store = stores[1];
    expect(store.series.map((s) => s.key)).toEqual(['t/1', 't/2']);
    expect(store.series[0].ring.snapshot()).toEqual({
      time: [1000, 2000, 3000],
      columns: [{ name: 'temperature', kind: 'number', values: [1, 2, 3] }],
    });
    expect(store.version).toBe(2);
  });

  it('wraps around at capacity, keeping the newest', async () => {
    const store = await append([batch([at(1), at(2), at(3), at(4), at(5)])], 'topic', 3);
    expect(store.series[0].ring.snapshot().columns[0].values).toEqual([3, 4, 5]);
  });

  it('turns a gap into a null row between the samples around it', async () => {
    const store = await append([
      batch([at(1), at(2)]),
      batch([at(6)], [{ topic: 't/1', fromSequence: 3, toSequence: 5 }]),
    ]);
    const { time, columns } = store.series[0].ring.snapshot();
    expect(columns[0].values).toEqual([1, 2, null, 6]);
    expect(time[2]).toBeGreaterThan(2000);
    expect(time[2]).toBeLessThan(6000);
  });

  it('sends a gap to every series its topic fed when split by device', async () => {
    const store = await append(
      [
        batch([at(1, 't/1', 'd1'), at(2, 't/1', 'd2'), at(1, 't/2', 'd3')]),
        batch([], [{ topic: 't/1', fromSequence: 3, toSequence: 3 }]),
      ],
      'device'
    );
    const values = store.series.map((s) => s.ring.snapshot().columns[0].values);
    expect(values).toEqual([[1, null], [2, null], [1]]);
  });

  it('draws one break for consecutive gaps and none before the first sample', async () => {
    const store = await append([
      batch([], [{ topic: 't/1', fromSequence: 1, toSequence: 1 }]),
      batch([at(2)]),
      batch([], [{ topic: 't/1', fromSequence: 3, toSequence: 3 }]),
      batch([], [{ topic: 't/1', fromSequence: 4, toSequence: 4 }]),
    ]);
    expect(store.series[0].ring.snapshot().columns[0].values).toEqual([2, null]);
  });

  it('counts rows of series beyond the limit instead of growing', async () => {
    const store = await append([batch([at(1, 'a'), at(1, 'b'), at(1, 'c'), at(2, 'c')])], 'topic', 10, 2);
    expect(store.series.map((s) => s.key)).toEqual(['a', 'b']);
    expect(store.droppedRows).toBe(2);
  });

  it('empties the columns a batch does not write when it reuses a slot', async () => {
    const store = new SeriesStore(2, 10);
    const appendWith = async (paths: string[], messages: MessageBatch) => {
      const [rows] = await runOperator(
        [messages],
        pipe(projectFields(paths), stampTime('broker'), splitSeries('topic'))
      );
      appendBatch(store, rows);
    };
    const ab = (sequence: number) =>
      envelope({ topic: 't/1', sequence, brokerMs: sequence * 1000, values: { a: sequence, b: sequence * 10 } });
    await appendWith(['a', 'b'], batch([ab(1), ab(2)]));
    await appendWith(['a'], batch([ab(3)]));
    expect(store.series[0].ring.snapshot().columns).toEqual([
      { name: 'a', kind: 'number', values: [2, 3] },
      { name: 'b', kind: 'number', values: [20, null] },
    ]);
  });
});
