import { FieldType, getFieldDisplayName, type DataFrame } from '@grafana/data';
import { pipe } from 'rxjs';
import { batch, envelope } from '../testing/fixtures';
import type { SplitBy } from '../types';
import type { Envelope } from './batchTypes';
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
      splitBy: 'device',
      fields: ['t', 'device'],
    });
    expect(frames).toHaveLength(2);
    expect(frames[0].name).toBeUndefined();
    expect(frames[0]).toMatchObject({
      refId: 'A',
      length: 1,
      meta: { notices: [{ text: 'reconnecting' }] },
    });
    const labels = { device: 'd1', topic: 'site/a/device/d1/env' };
    expect(frames[0].fields.map((f) => [f.name, f.type, f.labels])).toEqual([
      ['Time', FieldType.time, undefined],
      ['t', FieldType.number, labels],
      ['device', FieldType.string, labels],
    ]);
    expect(frames[1].fields[1].values).toEqual([2]);
    // Legends name each series once: its device, then the field.
    expect(getFieldDisplayName(frames[0].fields[1], frames[0], frames)).toBe('d1 t');
  });

  const env = (sequence: number, device: string, values: Record<string, number>) =>
    envelope({ topic: `site/lab/device/${device}/env`, sequence, deviceId: device, values });
  const battery = (sequence: number, device: string, values: Record<string, number>) =>
    envelope({ topic: `site/lab/device/${device}/battery`, sequence, deviceId: device, values });

  async function framesOf(envelopes: Envelope[], splitBy: SplitBy, filter: string, fields: string[] = []) {
    const stores = await runOperator(
      [batch(envelopes)],
      pipe(
        projectFields(fields),
        stampTime('broker'),
        splitSeries(splitBy),
        appendToRings({ capacity: 10, maxSeries: 10 })
      )
    );
    return storeToFrames(stores[0], { refId: 'A', filter, notices: [], splitBy, fields });
  }

  const valueFields = (frame: DataFrame) => frame.fields.filter((f) => f.type !== FieldType.time);
  const legend = (frames: DataFrame[]) =>
    frames.flatMap((frame) => valueFields(frame).map((f) => getFieldDisplayName(f, frame, frames)));

  it('gives a frame only the fields of its own series, not every field of the batch', async () => {
    const frames = await framesOf(
      [env(1, 'sim-1', { celsius: 20, humidity: 40 }), battery(1, 'sim-1', { percent: 90, volts: 3.7 })],
      'topic',
      'site/lab/device/sim-1/#'
    );
    expect(frames.map((f) => valueFields(f).map((field) => field.name))).toEqual([
      ['percent', 'volts'],
      ['celsius', 'humidity'],
    ]);
    expect(frames.flatMap(valueFields).every((field) => field.values.every((v) => v !== null))).toBe(true);
  });

  it('keeps a device’s topics apart: each field holds only its own readings, same names stay distinct', async () => {
    const frames = await framesOf(
      [
        env(1, 'sim-1', { percent: 40 }),
        battery(1, 'sim-1', { percent: 90 }),
        env(2, 'sim-1', { percent: 41 }),
        battery(2, 'sim-1', { percent: 89 }),
      ],
      'device',
      'site/lab/device/+/+'
    );
    expect(frames).toHaveLength(2);
    // Lines, not dots: no empty rows between a field's readings.
    expect(frames.map((f) => valueFields(f)[0].values)).toEqual([
      [90, 89],
      [40, 41],
    ]);
    expect(frames.map((f) => valueFields(f)[0].labels?.topic)).toEqual([
      'site/lab/device/sim-1/battery',
      'site/lab/device/sim-1/env',
    ]);
    expect(legend(frames)).toEqual(['sim-1 battery percent', 'sim-1 env percent']);
  });

  it('orders series by name, not by arrival, and names them by the varying part of the topic', async () => {
    const frames = await framesOf(
      [env(1, 'sim-10', { celsius: 1 }), env(1, 'sim-2', { celsius: 2 }), env(1, 'sim-1', { celsius: 3 })],
      'topic',
      'site/lab/device/+/env'
    );
    expect(legend(frames)).toEqual(['sim-1 celsius', 'sim-2 celsius', 'sim-10 celsius']);
    const byDevice = await framesOf(
      [env(1, 'sim-10', { celsius: 1 }), env(1, 'sim-2', { celsius: 2 })],
      'device',
      'site/lab/device/+/env'
    );
    expect(legend(byDevice)).toEqual(['sim-2 celsius', 'sim-10 celsius']);
  });

  it('lists fields in the order the query names them, otherwise by name', async () => {
    const input = [env(1, 'sim-1', { zeta: 1, alpha: 2 })];
    const named = await framesOf(input, 'topic', 'site/lab/device/+/env', ['zeta', 'alpha']);
    expect(valueFields(named[0]).map((f) => f.name)).toEqual(['zeta', 'alpha']);
    const all = await framesOf(input, 'topic', 'site/lab/device/+/env');
    expect(valueFields(all[0]).map((f) => f.name)).toEqual(['alpha', 'zeta']);
  });

  it('gives an empty frame named after the filter before any data', () => {
    const [frame] = storeToFrames(undefined, { refId: 'B', filter: 'a/#', notices: [] });
    expect(frame).toMatchObject({ refId: 'B', name: 'a/#', length: 0, meta: undefined });
  });

  it('keeps JSON text as text and booleans as booleans; every numeric value includes nested leaves', async () => {
    const message = envelope({
      topic: 'plant/press-1',
      sequence: 1,
      json: { motor: { rpm: 1200, on: true }, status: 'ok', temperature: 40 },
    });
    const [chosen] = await framesOf([message], 'topic', 'plant/+', ['json.motor.on', 'json.status']);
    expect(valueFields(chosen).map((f) => [f.name, f.type, f.values])).toEqual([
      ['json.motor.on', FieldType.boolean, [true]],
      ['json.status', FieldType.string, ['ok']],
    ]);
    const [all] = await framesOf([message], 'topic', 'plant/+');
    expect(valueFields(all).map((f) => [f.name, f.values])).toEqual([
      ['motor.rpm', [1200]],
      ['temperature', [40]],
    ]);
  });
});
