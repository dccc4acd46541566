import { timestampFromMs } from '../time/timestamp';
import { telemetryBlockOf } from './telemetryBlock';
import type { Envelope } from './index';

const reading = (
  topic: string,
  sequence: number,
  values: Record<string, number>,
  extra: Partial<Envelope> = {}
): Envelope => ({
  topic,
  sequence,
  brokerTime: timestampFromMs(1_000 + sequence),
  payload: { telemetry: { values } },
  ...extra,
});

describe('telemetryBlockOf', () => {
  it('lays envelopes out as rows: one source per topic, device and labels, field-major values', () => {
    const block = telemetryBlockOf([
      reading(
        'a',
        1,
        { t: 20, h: 40 },
        { deviceId: 'd1', labels: { site: 'n', zone: '1' }, eventTime: timestampFromMs(999.5) }
      ),
      reading('b', 7, { t: 21 }),
      reading('a', 2, { h: 41, t: 22 }, { deviceId: 'd1', labels: { zone: '1', site: 'n' } }),
    ])!;
    expect(block.sources).toEqual([
      { topic: 'a', deviceId: 'd1', labels: { site: 'n', zone: '1' } },
      { topic: 'b', deviceId: '', labels: {} },
    ]);
    expect(block.sourceIndex).toEqual([0, 1, 0]);
    expect(block.sequences).toEqual([1, 7, 2]);
    expect(block.brokerTimeMs).toEqual([1_001, 1_007, 1_002]);
    expect(block.eventTimeMs).toEqual([999.5, NaN, NaN]);
    expect(block.fields).toEqual(['t', 'h']);
    expect(block.values).toEqual([20, 21, 22, 40, NaN, 41]);
  });

  it('gives no block when a message is not telemetry, or there is none', () => {
    expect(
      telemetryBlockOf([reading('a', 1, { t: 1 }), { topic: 'a', sequence: 2, payload: { raw: new Uint8Array([1]) } }])
    ).toBeUndefined();
    expect(telemetryBlockOf([])).toBeUndefined();
  });
});
