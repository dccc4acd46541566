import { Conflation } from '../../../common/proto';
import type { FoldingConflation } from '../../../common/proto/conflation';
import { Conflator } from './conflator';

const telemetry = (topic: string, sequence: number, v: number, deviceId = '') => ({
  topic,
  sequence,
  deviceId,
  payload: { telemetry: { values: { v } } },
});

describe('Conflator', () => {
  it.each<[FoldingConflation, number]>([
    [Conflation.CONFLATION_LAST, 2],
    [Conflation.CONFLATION_AVG, 3.25],
    [Conflation.CONFLATION_MIN, 2],
    [Conflation.CONFLATION_MAX, 5],
  ])('folds a series with mode %s to %s', (mode, expected) => {
    const conflator = new Conflator({ rateHz: 10, mode });
    [5, 2, 4, 2].forEach((v, i) => conflator.offer(telemetry('t', i + 1, v)));
    const [out] = conflator.drain();
    expect(out.payload?.telemetry?.values).toEqual({ v: expected });
    expect(out.sequence).toBe(4);
    expect(conflator.conflated).toBe(3);
    expect(conflator.hasPending).toBe(false);
  });

  it('keeps series (topic and device) apart and releases them in sequence order', () => {
    const conflator = new Conflator({ rateHz: 4, mode: Conflation.CONFLATION_LAST });
    expect(conflator.periodMs).toBe(250);
    conflator.offer(telemetry('t', 3, 1, 'b'));
    conflator.offer(telemetry('t', 1, 1, 'a'));
    conflator.offer(telemetry('t', 4, 2, 'a'));
    conflator.offer({ topic: 'u', sequence: 1, payload: { raw: new Uint8Array([1]) } });
    const out = conflator.drain();
    expect(out.map((envelope) => [envelope.topic, envelope.sequence])).toEqual([
      ['u', 1],
      ['t', 3],
      ['t', 4],
    ]);
    expect(conflator.conflated).toBe(1);
  });
});
