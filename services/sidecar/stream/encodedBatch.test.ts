import { StreamPositions } from '../../../common/positions/StreamPositions';
import { ServerFrameCodec, type iot } from '../../../common/proto';
import { encodeBatch, trimBatch } from './encodedBatch';

const envelope = (topic: string, sequence: number, ms: number, payload?: iot.broker.v1.IPayload) => ({
  topic,
  sequence,
  brokerTime: { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 },
  payload,
});
const telemetry = (value: number) => ({ telemetry: { values: { value } } });

describe('encodeBatch / trimBatch', () => {
  it('encodes a ServerFrame batch once, with the oldest broker time', () => {
    const batch = encodeBatch(7, [envelope('a', 1, 5_000), envelope('b', 4, 4_000)], [], 3, false);
    const frame = ServerFrameCodec.decode(batch.bytes);
    expect(frame.batch?.streamId).toBe(7);
    expect(frame.batch?.envelopes).toHaveLength(2);
    expect(Number(frame.batch?.dropped)).toBe(3);
    expect(batch.oldestBrokerTimeMs).toBe(4_000);
  });

  /** Positions that have accepted the given topic's sequences. */
  const delivered = (...last: Array<[string, number]>) => {
    const positions = new StreamPositions();
    positions.enter('e');
    for (const [topic, sequence] of last) {
      positions.accept(topic, sequence);
    }
    return positions;
  };

  it('keeps only what follows the delivered sequences, re-encoded under another stream id', () => {
    const batch = encodeBatch(
      7,
      [envelope('a', 1, 1), envelope('a', 2, 2), envelope('b', 9, 3)],
      [
        { topic: 'a', fromSequence: 1, toSequence: 1 },
        { topic: 'b', fromSequence: 5, toSequence: 8 },
      ],
      0,
      false
    );
    const trimmed = trimBatch(batch, delivered(['a', 1], ['b', 6]), 9, 0)!;
    const frame = ServerFrameCodec.decode(trimmed.bytes);
    expect(frame.batch?.streamId).toBe(9);
    expect(frame.batch?.envelopes?.map((e) => [e.topic, Number(e.sequence)])).toEqual([
      ['a', 2],
      ['b', 9],
    ]);
    expect(frame.batch?.gaps?.map((g) => [g.topic, Number(g.fromSequence), Number(g.toSequence)])).toEqual([
      ['b', 7, 8],
    ]);
    expect(trimBatch(batch, delivered(['a', 2], ['b', 9]), 9, 0)).toBeUndefined();
  });

  it('sends an all-telemetry batch as one block when asked, and anything else as envelopes', () => {
    const readings = [envelope('a', 1, 1_000, telemetry(20)), envelope('a', 2, 2_000, telemetry(21))];
    const block = ServerFrameCodec.decode(encodeBatch(7, readings, [], 0, true).bytes).batch!;
    expect(block.envelopes).toHaveLength(0);
    expect(block.block?.sequences).toEqual([1, 2]);
    expect(block.block?.values).toEqual([20, 21]);

    const mixed = [...readings, envelope('a', 3, 3_000, { raw: new Uint8Array([1]) })];
    const envelopes = ServerFrameCodec.decode(encodeBatch(7, mixed, [], 0, true).bytes).batch!;
    expect(envelopes.block).toBeNull();
    expect(envelopes.envelopes).toHaveLength(3);

    const notAsked = ServerFrameCodec.decode(encodeBatch(7, readings, [], 0, false).bytes).batch!;
    expect(notAsked.envelopes).toHaveLength(2);
  });

  it('trims a block batch into a block', () => {
    const batch = encodeBatch(
      7,
      [envelope('a', 1, 1_000, telemetry(20)), envelope('a', 2, 2_000, telemetry(21))],
      [],
      0,
      true
    );
    const trimmed = ServerFrameCodec.decode(trimBatch(batch, delivered(['a', 1]), 9, 0)!.bytes).batch!;
    expect(trimmed.block?.sequences).toEqual([2]);
    expect(trimmed.block?.values).toEqual([21]);
  });
});
