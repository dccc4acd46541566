import { pipe } from 'rxjs';
import { batch, envelope } from '../testing/fixtures';
import { runOperator } from '../testing/runOperator';
import type { SplitBy } from '../types';
import { projectFields } from './projectFields';
import { splitSeries } from './splitSeries';

const input = batch(
  [
    envelope({ topic: 't/1', sequence: 1, deviceId: 'd1', labels: { site: 'n' } }),
    envelope({ topic: 't/2', sequence: 1, deviceId: 'd2', labels: { site: 's' } }),
    envelope({ topic: 't/1', sequence: 2, deviceId: 'd1', labels: { site: 's' } }),
  ],
  [{ topic: 't/1', fromSequence: 0, toSequence: 0 }]
);

async function split(by: SplitBy) {
  const [rows] = await runOperator([input], pipe(projectFields([]), splitSeries(by)));
  return { series: Array.from(rows.series), keys: rows.seriesKeys, labels: rows.seriesLabels };
}

describe('splitSeries', () => {
  it('splits by topic, with the topic as label; a gap joins its topic', async () => {
    expect(await split('topic')).toEqual({
      series: [0, 0, 1, 0],
      keys: ['t/1', 't/2'],
      labels: [{ topic: 't/1' }, { topic: 't/2' }],
    });
  });

  it('splits by device; a gap goes to every series of its topic (-1)', async () => {
    expect(await split('device')).toEqual({
      series: [-1, 0, 1, 0],
      keys: ['d1\u0000t/1', 'd2\u0000t/2'],
      labels: [
        { device: 'd1', topic: 't/1' },
        { device: 'd2', topic: 't/2' },
      ],
    });
  });

  it('splits by a label value', async () => {
    expect(await split('label:site')).toEqual({
      series: [-1, 0, 1, 2],
      keys: ['n\u0000t/1', 's\u0000t/2', 's\u0000t/1'],
      labels: [
        { site: 'n', topic: 't/1' },
        { site: 's', topic: 't/2' },
        { site: 's', topic: 't/1' },
      ],
    });
  });

  it('keeps one series without labels when not split', async () => {
    expect(await split('none')).toEqual({ series: [0, 0, 0, 0], keys: [''], labels: [{}] });
  });
});
