import { timestampFromMs } from '../../common/time/timestamp';
import { batch, envelope } from '../testing/fixtures';
import { runOperator } from '../testing/runOperator';
import { projectFields } from './projectFields';
import { stampTime } from './stampTime';
import type { TimeSource } from '../types';
import { pipe } from 'rxjs';

const input = batch(
  [envelope({ sequence: 1, brokerMs: 5_000, eventMs: 4_000 }), envelope({ sequence: 2, brokerMs: 6_000 })],
  [{ topic: 'site/a/device/d1/env', fromSequence: 0, toSequence: 0, afterTime: timestampFromMs(3_000) }],
  9_000
);

async function times(source: TimeSource): Promise<number[]> {
  const [rows] = await runOperator([input], pipe(projectFields([]), stampTime(source)));
  return Array.from(rows.time);
}

describe('stampTime', () => {
  it('uses event time, falling back to broker time', async () => {
    expect(await times('event')).toEqual([NaN, 4_000, 6_000]);
  });
  it('uses broker time, and places a gap after the last message before it', async () => {
    expect(await times('broker')).toEqual([3_000, 5_000, 6_000]);
  });
  it('uses the arrival time of the batch', async () => {
    expect(await times('arrival')).toEqual([NaN, 9_000, 9_000]);
  });
});
