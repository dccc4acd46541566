import fc from 'fast-check';
import { ServerFrameCodec, ServerFrameWireCodec } from '../../common/proto';
import { telemetryBlockOf } from '../../common/proto/telemetryBlock';
import { ValidationError } from '../../common/errors/errors';
import { envelope } from '../testing/fixtures';
import type { Envelope, MessageBatch } from './batchTypes';
import { batchFromBlock, batchFromEnvelopes, batchFromWire, selectRows } from './messageBatch';

type Sent = { envelopes?: Envelope[]; block?: ReturnType<typeof telemetryBlockOf> };

/** A batch through the real codecs, as the plugin receives it (or as a client of the full codec would). */
function overTheWire(batch: Sent, codec: 'wire' | 'full' = 'wire'): MessageBatch {
  const bytes = ServerFrameCodec.encode({ batch: { streamId: 1, ...batch } }).finish();
  const decoded = codec === 'wire' ? ServerFrameWireCodec.decode(bytes).batch : ServerFrameCodec.decode(bytes).batch;
  return batchFromWire(decoded!, 5);
}

/** What a consumer can read of each row, whichever form it arrived in. */
function rowsOf(messages: MessageBatch, fields: string[]) {
  return Array.from({ length: messages.length }, (_, row) => ({
    topic: messages.topics[row],
    sequence: messages.sequences[row],
    brokerTimeMs: messages.brokerTimeMs[row],
    eventTimeMs: messages.eventTimeMs[row],
    deviceId: messages.deviceIds[row],
    labels: { ...messages.labels[row] },
    values: fields.map((name) => {
      const f = messages.telemetry ? messages.telemetry.fields.indexOf(name) : -1;
      return f >= 0 ? messages.telemetry!.values[f][row] : (messages.payloads?.[row]?.telemetry?.values?.[name] ?? NaN);
    }),
  }));
}

describe('MessageBatch', () => {
  it('reads the same rows from a telemetry block as from the envelopes it was built from', () => {
    const field = fc.constantFrom('t', 'h', 'p', 'x.y');
    const message = fc.record({
      topic: fc.constantFrom('a', 'b/c', 'site/d/env'),
      values: fc.dictionary(field, fc.double({ noNaN: true }), { minKeys: 1 }),
      deviceId: fc.constantFrom('', 'd1', 'd2'),
      labels: fc.dictionary(fc.constantFrom('site', 'zone'), fc.string()),
      eventMs: fc.option(fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(message, { minLength: 1, maxLength: 30 }), (messages) => {
        const envelopes = messages.map((m, i) => envelope({ ...m, sequence: i + 1 }));
        const fromEnvelopes = overTheWire({ envelopes });
        const block = telemetryBlockOf(envelopes);
        const fromBlock = overTheWire({ block });
        expect(fromBlock.telemetry).toBeDefined();
        expect(fromBlock.payloads).toBeUndefined();
        const fields = ['t', 'h', 'p', 'x.y'];
        expect(rowsOf(fromBlock, fields)).toEqual(rowsOf(fromEnvelopes, fields));
        expect(rowsOf(overTheWire({ block }, 'full'), fields)).toEqual(rowsOf(fromEnvelopes, fields));
      })
    );
  });

  it('refuses a block whose columns disagree, with what is wrong', () => {
    const block = telemetryBlockOf([envelope({ sequence: 1 }), envelope({ sequence: 2 })])!;
    expect(() => batchFromBlock({ ...block, sequences: [1] }, [], 0, 0)).toThrow(ValidationError);
    expect(() => batchFromBlock({ ...block, sequences: [1] }, [], 0, 0)).toThrow('2 rows but 1 sequences');
    expect(() => batchFromBlock({ ...block, values: [1, 2, 3] }, [], 0, 0)).toThrow('1 fields × 2 rows but 3 values');
    expect(() => batchFromBlock({ ...block, sourceIndex: [0, 9] }, [], 0, 0)).toThrow('row 1 names source 9 of 1');
    expect(() =>
      batchFromBlock(
        { ...block, brokerTimeMs: undefined, eventTimeMs: undefined, values: new Uint8Array(12) },
        [],
        0,
        0
      )
    ).toThrow('values holds 12 bytes');
  });

  it('selects rows with their payloads or values', () => {
    const envelopes = [1, 2, 3].map((sequence) => envelope({ sequence, values: { t: sequence * 10 } }));
    const gaps = [{ topic: 'x', fromSequence: 1, toSequence: 2 }];
    const fromEnvelopes = selectRows(batchFromEnvelopes(envelopes, [], 0, 0), [0, 2], gaps);
    expect(Array.from(fromEnvelopes.sequences)).toEqual([1, 3]);
    expect(fromEnvelopes.payloads?.map((p) => p?.telemetry?.values?.t)).toEqual([10, 30]);
    expect(fromEnvelopes.gaps).toBe(gaps);
    const fromBlock = selectRows(batchFromBlock(telemetryBlockOf(envelopes)!, [], 0, 0), [1], []);
    expect(Array.from(fromBlock.telemetry!.values[0])).toEqual([20]);
  });
});
