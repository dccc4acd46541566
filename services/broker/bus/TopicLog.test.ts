import { TopicLog } from './TopicLog';

function message(sequence: number) {
  return { topic: 't', sequence, brokerTimeMs: sequence, ordinal: sequence, bytes: Buffer.alloc(0) };
}

describe('TopicLog field names', () => {
  it('bounds the names it remembers per topic, in count and in length', () => {
    const log = new TopicLog('t', 10);
    const values: Record<string, number> = { ['n'.repeat(129)]: 1, ['m'.repeat(128)]: 2 };
    for (let i = 0; i < 300; i++) {
      values[`f${i}`] = i;
    }
    log.record(message(1), { telemetry: { values } });
    expect(log.fields.size).toBe(256);
    expect(log.fields.has('m'.repeat(128))).toBe(true);
    expect([...log.fields].every((name) => name.length <= 128)).toBe(true);
  });
});
