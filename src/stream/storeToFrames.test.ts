import { FieldType, getFieldDisplayName } from '@grafana/data';
import { pipe } from 'rxjs';
import { batch, envelope } from '../testing/fixtures';
import { runOperator } from '../testing/runOperator';
import { appendToRings } from './appendToRings';
import { projectFields } from './projectFields';
import { splitSeries } from './splitSeries';
import { stampTime } from './stampTime';
import { storeToFrames } from './storeToFrames';

describe('storeToFrames', () => {
  it('builds one frame per series with a time field and labelled value fields', async () => {
    const stores = await runOperator(
      [
        batch([
          envelope({ sequence: 1, deviceId: 'd1', values: { t: 1 } }),
          envelope({ sequence: 2, deviceId: 'd2', values: { t: 2 } }),
        ]),
      ],
      pipe(
        projectFields(['t', 'device']),
        stampTime('broker'),
        splitSeries('device'),
        appendToRings({ capacity: 5, maxSeries: 5 })
      )
    );
    const frames = storeToFrames(stores[0], {
      refId: 'A',
      filter: 'site/#',
      notices: [{ severity: 'warning', text: 'reconnecting' }],
    });
    expect(frames).toHaveLength(2);
    expect(frames[0].name).toBeUndefined();
    expect(frames[0]).toMatchObject({
      refId: 'A',
      length: 1,
      meta: { notices: [{ text: 'reconnecting' }] },
    });
    expect(frames[0].fields.map((f) => [f.name, f.type, f.labels])).toEqual([
      ['Time', FieldType.time, undefined],
      ['t', FieldType.number, { device: 'd1' }],
      ['device', FieldType.string, { device: 'd1' }],
    ]);
    expect(frames[1].fields[1].values).toEqual([2]);
    // Legends name each series once: the field, then its label value.
    expect(getFieldDisplayName(frames[0].fields[1], frames[0], frames)).toBe('t d1');
  });

  it('gives an empty frame named after the filter before any data', () => {
    const [frame] = storeToFrames(undefined, { refId: 'B', filter: 'a/#', notices: [] });
    expect(frame).toMatchObject({ refId: 'B', name: 'a/#', length: 0, meta: undefined });
  });
});
