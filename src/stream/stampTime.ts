import { map, type OperatorFunction } from 'rxjs';
import { msFromTimestamp } from '../../common/time/timestamp';
import type { TimeSource } from '../types';
import type { RowBatch } from './batchTypes';

/**
 * Fills each row's time from the chosen source: `stampTime('event')`. Event time falls back to
 * broker time when a device sent none, and both fall back to the batch's arrival time. A gap row
 * gets the broker time of the message before the gap when the source is broker time; otherwise
 * NaN, and appendToRings places it just after its series' last sample.
 */
export function stampTime(source: TimeSource): OperatorFunction<RowBatch, RowBatch> {
  return map((rows) => {
    const { time, gapRows, arrivalMs } = rows;
    const { brokerTimeMs, eventTimeMs, length } = rows.messages;
    for (let g = 0; g < gapRows; g++) {
      time[g] = source === 'broker' ? (msFromTimestamp(rows.gaps[g].afterTime) ?? NaN) : NaN;
    }
    for (let i = 0, row = gapRows; i < length; i++, row++) {
      if (source === 'arrival') {
        time[row] = arrivalMs;
        continue;
      }
      const broker = brokerTimeMs[i];
      const event = source === 'event' ? eventTimeMs[i] : NaN;
      time[row] = event === event ? event : broker === broker ? broker : arrivalMs;
    }
    return rows;
  });
}
