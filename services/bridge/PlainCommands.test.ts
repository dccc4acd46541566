import { jsonToStruct, structToJson } from '../../common/proto/jsonStruct';
import type { iot } from '../../common/proto/generated';
import { timestampFromMs } from '../../common/time/timestamp';
import { PlainCommands, type MqttPublish } from './PlainCommands';

interface Published {
  topic: string;
  payload: string;
  properties?: Parameters<MqttPublish>[2];
}

function setup(protocolVersion: 4 | 5, publish?: MqttPublish) {
  const published: Published[] = [];
  const replies: iot.broker.v1.ICommandResponse[] = [];
  const commands = new PlainCommands({
    publish:
      publish ??
      (async (topic, payload, properties) => {
        published.push({ topic, payload: Buffer.from(payload).toString(), properties });
      }),
    commandTopic: 'devices/{device}/commands/{command}',
    replyTopic: 'bridge/replies',
    protocolVersion,
    defaultTimeoutMs: 10_000,
    now: Date.now,
  });
  const replier = { reply: (response: iot.broker.v1.ICommandResponse) => replies.push(response) };
  return { commands, published, replies, replier };
}

const command = (name: string, args: unknown, deadlineMs = Date.now() + 5_000) =>
  ({
    commandId: 'c-1',
    name,
    payload: { json: jsonToStruct(args) },
    deadline: timestampFromMs(deadlineMs),
  }) as iot.broker.v1.DeviceCommand;

describe('PlainCommands', () => {
  it('sends MQTT 5 commands as their arguments with a response topic and correlation data', async () => {
    const { commands, published, replies, replier } = setup(5);
    commands.send('d1', command('set_interval', { ms: 500 }), replier);
    await Promise.resolve();
    expect(published).toEqual([
      {
        topic: 'devices/d1/commands/set_interval',
        payload: '{"ms":500}',
        properties: {
          responseTopic: 'bridge/replies/c-1',
          correlationData: Buffer.from('c-1'),
          userProperties: { command: 'set_interval' },
        },
      },
    ]);
    commands.onReply('bridge/replies/c-1', Buffer.from('{"ok":true,"interval_ms":500}'), Buffer.from('c-1'));
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ commandId: 'c-1', ok: true, error: '' });
    expect(structToJson(replies[0].result?.json)).toEqual({ ok: true, interval_ms: 500 });
    commands.close();
  });

  it('wraps MQTT 3.1.1 commands in an envelope naming where to answer, and matches the answer by topic', async () => {
    const { commands, published, replies, replier } = setup(4);
    commands.send('d1', command('ping', {}), replier);
    await Promise.resolve();
    expect(JSON.parse(published[0].payload)).toEqual({
      id: 'c-1',
      command: 'ping',
      args: {},
      reply_to: 'bridge/replies/c-1',
    });
    expect(published[0].properties).toBeUndefined();
    commands.onReply('bridge/replies/c-1', Buffer.from('{"error":"busy"}'), undefined);
    expect(replies[0]).toMatchObject({ ok: false, error: 'busy' });
  });

  it('answers with a timeout at the deadline and ignores a late answer', async () => {
    jest.useFakeTimers();
    try {
      const { commands, replies, replier } = setup(5);
      commands.send('d1', command('ping', {}, Date.now() + 1_000), replier);
      jest.advanceTimersByTime(1_000);
      expect(replies[0]).toMatchObject({ commandId: 'c-1', ok: false });
      expect(replies[0].error).toMatch(/device "d1" did not answer "ping" on bridge\/replies\/c-1/);
      commands.onReply('bridge/replies/c-1', Buffer.from('{}'), Buffer.from('c-1'));
      expect(replies).toHaveLength(1);
      expect(commands.counters).toMatchObject({ timedOut: 1, unmatchedReplies: 1 });
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses a command name that cannot be a topic level, and reports a failed publish', async () => {
    const { commands, replies, replier } = setup(5, () => Promise.reject(new Error('not connected')));
    commands.send('d1', command('a/b', {}), replier);
    expect(replies[0].error).toMatch(/cannot be part of an MQTT topic/);
    commands.send('d1', command('ping', {}), replier);
    await new Promise((resolve) => setImmediate(resolve));
    expect(replies[1]).toMatchObject({ ok: false, error: 'the command could not be published to MQTT: not connected' });
    commands.close();
  });
});
