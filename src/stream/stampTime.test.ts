import { timestampFromMs } from '../../common/time/timestamp';
import { batch, blockBatch, envelope } from '../testing/fixtures';
import { runOperator } from '../testing/runOperator';
import { projectFields } from './projectFields';
import { stampTime } from './stampTime';
import type { TimeSource } from '../types';
import { pipe } from 'rxjs';

const envelopes = [
  envelope({ sequence: 1, brokerMs: 5_000, eventMs: 4_000 }),
  envelope({ sequence: 2, brokerMs: 6_000 }),
];
const gaps = [{ topic: 'site/a/device/d1/env', fromSequence: 0, toSequence: 0, afterTime: timestampFromMs(3_000) }];

describe.each([
  ['envelopes', batch],
  ['a telemetry block', blockBatch],
])('stampTime on %s', (_, form) => {
  async function times(source: TimeSource): Promise<number[]> {
    const [rows] = await runOperator([form(envelopes, gaps, 9_000)], pipe(projectFields([]), stampTime(source)));
    return Array.from(rows.time);
  }

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
