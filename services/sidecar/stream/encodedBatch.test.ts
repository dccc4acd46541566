import { ServerFrameCodec } from '../../../common/proto';
import { encodeBatch, trimBatch } from './encodedBatch';

const envelope = (topic: string, sequence: number, ms: number) => ({ topic, sequence, brokerTime: { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 } });

describe('encodeBatch / trimBatch', () => {
  it('encodes a ServerFrame batch once, with the oldest broker time', () => {
    const batch = encodeBatch(7, [envelope('a', 1, 5_000), envelope('b', 4, 4_000)], [], 3);
    const frame = ServerFrameCodec.decode(batch.bytes);
    expect(frame.batch?.streamId).toBe(7);
    expect(frame.batch?.envelopes).toHaveLength(2);
    expect(Number(frame.batch?.dropped)).toBe(3);
    expect(batch.oldestBrokerTimeMs).toBe(4_000);
  });

  it('keeps only what follows the delivered sequences, re-encoded under another stream id', () => {
    const batch = encodeBatch(7, [envelope('a', 1, 1), envelope('a', 2, 2), envelope('b', 9, 3)], [{ topic: 'a', fromSequence: 1, toSequence: 1 }, { topic: 'b', fromSequence: 5, toSequence: 8 }], 0);
    const trimmed = trimBatch(batch, new Map([['a', 1], ['b', 6]]), 9, 0)!;
    const frame = ServerFrameCodec.decode(trimmed.bytes);
    expect(frame.batch?.streamId).toBe(9);
    expect(frame.batch?.envelopes?.map((e) => [e.topic, Number(e.sequence)])).toEqual([['a', 2], ['b', 9]]);
    expect(frame.batch?.gaps?.map((g) => [g.topic, Number(g.fromSequence), Number(g.toSequence)])).toEqual([['b', 7, 8]]);
    expect(trimBatch(batch, new Map([['a', 2], ['b', 9]]), 9, 0)).toBeUndefined();
  });
});
