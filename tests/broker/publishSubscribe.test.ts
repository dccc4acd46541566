import { google } from '../../common/proto';
import { startBroker, type StartedBroker } from '../helpers/broker';
import { kindOf, TestClient } from './support';

describe('publish and subscribe over gRPC', () => {
  let broker: StartedBroker;
  let client: TestClient;

  beforeEach(async () => {
    broker = await startBroker();
    client = new TestClient(broker.target);
  });

  afterEach(async () => {
    client.close();
    await broker.close();
  });

  it('carries all four payload kinds unchanged, with sequence, times, device id and labels', async () => {
    const subscription = client.subscribe({ filter: 'kinds/#' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const typedValue = google.protobuf.Timestamp.encode({ seconds: 42, nanos: 7 }).finish();
    const raw = Uint8Array.from([0, 1, 2, 254, 255]);
    await client.publish({
      topic: 'kinds/telemetry',
      payload: { telemetry: { values: { celsius: 21.5, rh: -0.25 } } },
      deviceId: 'd1',
      labels: { unit: 'C' },
      eventTime: { seconds: 1_700_000_000, nanos: 5 },
    });
    await client.publish({
      topic: 'kinds/json',
      payload: {
        json: {
          fields: {
            on: { boolValue: true },
            name: { stringValue: 'pump' },
            nested: { structValue: { fields: { n: { numberValue: 3 } } } },
          },
        },
      },
    });
    await client.publish({
      topic: 'kinds/typed',
      payload: { typed: { type_url: 'type.googleapis.com/google.protobuf.Timestamp', value: typedValue } },
    });
    await client.publish({ topic: 'kinds/raw', payload: { raw } });
    const [telemetry, json, typed, rawEnvelope] = await subscription.waitForCount(4);

    expect(telemetry.topic).toBe('kinds/telemetry');
    expect(Number(telemetry.sequence)).toBe(1);
    expect(kindOf(telemetry)).toBe('telemetry');
    expect(telemetry.payload?.telemetry?.values).toEqual({ celsius: 21.5, rh: -0.25 });
    expect(telemetry.deviceId).toBe('d1');
    expect(telemetry.labels).toEqual({ unit: 'C' });
    expect(telemetry.eventTime).toMatchObject({ seconds: 1_700_000_000, nanos: 5 });
    expect(Number(telemetry.brokerTime?.seconds)).toBeGreaterThan(1_600_000_000);

    expect(kindOf(json)).toBe('json');
    expect(json.payload?.json?.fields?.name?.stringValue).toBe('pump');
    expect(json.payload?.json?.fields?.nested?.structValue?.fields?.n?.numberValue).toBe(3);
    // Without an event time, the broker time stands in.
    expect(json.eventTime).toEqual(json.brokerTime);

    expect(kindOf(typed)).toBe('typed');
    expect(typed.payload?.typed?.type_url).toBe('type.googleapis.com/google.protobuf.Timestamp');
    expect(google.protobuf.Timestamp.decode(typed.payload?.typed?.value as Uint8Array)).toMatchObject({
      seconds: 42,
      nanos: 7,
    });

    expect(kindOf(rawEnvelope)).toBe('raw');
    expect(Array.from(rawEnvelope.payload?.raw ?? [])).toEqual([0, 1, 2, 254, 255]);
    subscription.cancel();
  });

  it('numbers each topic on its own, from 1, by exactly 1', async () => {
    const sequences: number[] = [];
    for (let i = 0; i < 3; i++) {
      sequences.push(Number((await client.publishValue('seq/a', i)).sequence));
      sequences.push(Number((await client.publishValue('seq/b', i)).sequence));
    }
    expect(sequences).toEqual([1, 1, 2, 2, 3, 3]);
  });

  describe('MQTT wildcard rules', () => {
    const topics = ['a', 'a/b', 'a/b/c', 'a/x/c', 'a/b/c/d', 'b/b/c', '$SYS/a', '$SYS/a/b', 'a//c', '/a'];
    const cases: Array<[string, string[]]> = [
      ['a/b', ['a/b']],
      ['a/+', ['a/b']],
      ['a/+/c', ['a/b/c', 'a/x/c', 'a//c']],
      ['+/b/c', ['a/b/c', 'b/b/c']],
      ['a/#', ['a', 'a/b', 'a/b/c', 'a/x/c', 'a/b/c/d', 'a//c']],
      ['#', ['a', 'a/b', 'a/b/c', 'a/x/c', 'a/b/c/d', 'b/b/c', 'a//c', '/a']],
      ['+', ['a']],
      ['+/+', ['a/b', '/a']],
      ['/+', ['/a']],
      ['a/b/#', ['a/b', 'a/b/c', 'a/b/c/d']],
      ['$SYS/#', ['$SYS/a', '$SYS/a/b']],
      ['+/a', ['/a']],
      ['a/+/+/+', ['a/b/c/d']],
    ];

    it.each(cases)('filter %s receives live exactly %j', async (filter, expected) => {
      const subscription = client.subscribe({ filter });
      // A marker published last tells us every earlier publish has been fanned out.
      const marker = client.subscribe({ filter: 'zz/marker' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const topic of topics) {
        await client.publishValue(topic, 1);
      }
      await client.publishValue('zz/marker', 1);
      await marker.waitForCount(1);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const topicsSeen = subscription.received
        .map((envelope) => envelope.topic)
        .filter((topic) => topic !== 'zz/marker');
      expect(topicsSeen.sort()).toEqual([...expected].sort());
      subscription.cancel();
      marker.cancel();
    });

    it.each(cases)('filter %s replays from history exactly %j', async (filter, expected) => {
      for (const topic of topics) {
        await client.publishValue(topic, 1);
      }
      const subscription = client.subscribe({ filter, until: { seconds: Math.ceil(Date.now() / 1000) + 60 } });
      await subscription.waitForEnd();
      expect(subscription.error).toBeUndefined();
      expect(subscription.received.map((envelope) => envelope.topic).sort()).toEqual([...expected].sort());
    });
  });

  it('replays after a sequence, then continues live', async () => {
    for (let i = 1; i <= 5; i++) {
      await client.publishValue('r/t', i);
    }
    const subscription = client.subscribe({ filter: 'r/t', afterSequence: 3 });
    await subscription.waitForCount(2);
    await client.publishValue('r/t', 6);
    await subscription.waitForCount(3);
    expect(subscription.sequences()).toEqual([4, 5, 6]);
    subscription.cancel();
  });

  it('backfills since a time, oldest first, across topics in publish order', async () => {
    await client.publishValue('bf/a', 0);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const since = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await client.publishValue('bf/b', 1);
    await client.publishValue('bf/a', 2);
    await client.publishValue('bf/b', 3);
    const subscription = client.subscribe({
      filter: 'bf/+',
      since: { seconds: Math.floor(since / 1000), nanos: (since % 1000) * 1e6 },
    });
    await subscription.waitForCount(3);
    expect(subscription.received.map((envelope) => envelope.payload?.telemetry?.values?.value)).toEqual([1, 2, 3]);
    subscription.cancel();
  });

  it('caps history at max_history, keeping the newest', async () => {
    for (let i = 1; i <= 10; i++) {
      await client.publishValue('cap/t', i);
    }
    const subscription = client.subscribe({ filter: 'cap/#', since: { seconds: 1 }, maxHistory: 3 });
    await subscription.waitForCount(3);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(subscription.sequences()).toEqual([8, 9, 10]);
    subscription.cancel();
  });

  it('with until, replays history only and then ends the stream with OK', async () => {
    for (let i = 1; i <= 4; i++) {
      await client.publishValue('u/t', i);
    }
    const subscription = client.subscribe({
      filter: 'u/t',
      afterSequence: 1,
      until: { seconds: Math.ceil(Date.now() / 1000) + 60 },
    });
    await subscription.waitForEnd();
    expect(subscription.error).toBeUndefined();
    expect(subscription.sequences()).toEqual([2, 3, 4]);
  });

  it('resumes every topic of a filter after one position and says it recovered', async () => {
    for (let i = 1; i <= 4; i++) {
      await client.publishValue('m/a', i);
      await client.publishValue('m/b', i);
    }
    const head = client.subscribe({ filter: 'm/+', since: { seconds: 1 } });
    const all = await head.waitForCount(8);
    const position = { epoch: head.start?.epoch ?? '', offset: Number(all[4].offset) };
    head.cancel();
    const subscription = client.subscribe({ filter: 'm/+', from: position });
    await subscription.waitForCount(3);
    expect(subscription.start).toMatchObject({ epoch: position.epoch, recovered: true });
    expect(subscription.received.map((envelope) => `${envelope.topic}#${envelope.sequence}`)).toEqual([
      'm/b#3',
      'm/a#4',
      'm/b#4',
    ]);
    expect(subscription.gaps).toEqual([]);
    subscription.cancel();
  });

  it('answers a position from another history (a restarted broker) with recovered false and its history from the start', async () => {
    await client.publishValue('restart/t', 1);
    await client.publishValue('restart/t', 2);
    const subscription = client.subscribe({ filter: 'restart/t', from: { epoch: 'a-history-gone', offset: 500 } });
    await subscription.waitForCount(2);
    expect(subscription.start?.recovered).toBe(false);
    expect(subscription.start?.epoch).not.toBe('a-history-gone');
    expect(subscription.sequences()).toEqual([1, 2]);
    subscription.cancel();
  });

  it('is live only without a start', async () => {
    await client.publishValue('live/t', 1);
    const subscription = client.subscribe({ filter: 'live/t' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await client.publishValue('live/t', 2);
    await subscription.waitForCount(1);
    expect(subscription.sequences()).toEqual([2]);
    subscription.cancel();
  });
});
