import * as grpc from '@grpc/grpc-js';
import { startBroker, type StartedBroker } from '../helpers/broker';
import { codeOf, TestClient, type Subscription } from './support';

const MAX_MESSAGE = 2048;
const MAX_RECEIVE = 8192;

describe('bad input', () => {
  let broker: StartedBroker;
  let client: TestClient;
  let bystander: Subscription;

  beforeAll(async () => {
    broker = await startBroker({
      maxMessageBytes: MAX_MESSAGE,
      maxReceiveBytes: MAX_RECEIVE,
      maxTopicBytes: 64,
      maxBatchItems: 5,
    });
    client = new TestClient(broker.target);
    // A healthy stream that must survive every bad call below.
    bystander = client.subscribe({ filter: 'healthy/#' });
  });

  afterAll(async () => {
    // The bystander saw every healthy publish made after each bad call.
    await client.publishValue('healthy/end', 1);
    await bystander.waitForCount(1);
    expect(bystander.error).toBeUndefined();
    bystander.cancel();
    client.close();
    await broker.close();
  });

  afterEach(async () => {
    // The process carries on: a good publish still works.
    expect(Number((await client.publishValue('after/each', 1)).sequence)).toBeGreaterThan(0);
  });

  const invalidArgument = async (promise: Promise<unknown>, pattern: RegExp) => {
    const failure = await codeOf(promise);
    expect(failure.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(failure.details).toMatch(pattern);
  };

  it.each([
    ['a/#/b', /'#' must stand alone as the last level/],
    ['a/b#', /'#' must stand alone/],
    ['a/+b', /'\+' must stand alone in its level/],
    ['', /the filter is empty/],
    ['x'.repeat(65), /the filter is 65 bytes long; the limit is 64/],
    ['a\u0000b', /NUL character/],
  ])('Subscribe refuses the filter %j with INVALID_ARGUMENT', async (filter, pattern) => {
    const subscription = client.subscribe({ filter });
    const error = await subscription.waitForError();
    expect(error.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(error.details).toMatch(pattern);
  });

  it('Subscribe refuses an empty history window', async () => {
    const error = await client
      .subscribe({ filter: 'a', since: { seconds: 100 }, until: { seconds: 50 } })
      .waitForError();
    expect(error.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(error.details).toMatch(/"until" must be later than "since"/);
  });

  it.each([
    ['', /the topic is empty/],
    ['t'.repeat(65), /the topic is 65 bytes long; the limit is 64/],
    ['a/+/b', /contains a wildcard/],
    ['a/#', /contains a wildcard/],
  ])('Publish refuses the topic %j with INVALID_ARGUMENT', async (topic, pattern) => {
    await invalidArgument(client.publishValue(topic, 1), pattern);
  });

  it('refuses timestamps outside the protobuf range in Publish, Subscribe and device telemetry', async () => {
    const telemetry = { telemetry: { values: { value: 1 } } };
    await invalidArgument(
      client.publish({ topic: 'time/t', payload: telemetry, eventTime: { seconds: 1e15 } }),
      /event_time .* is outside the timestamp range/
    );
    await invalidArgument(
      client.publish({ topic: 'time/t', payload: telemetry, eventTime: { seconds: 10, nanos: -5 } }),
      /outside the timestamp range/
    );
    const error = await client.subscribe({ filter: 'time/#', since: { seconds: -1e13 } }).waitForError();
    expect(error.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(error.details).toMatch(/since .* is outside the timestamp range/);
    const device = client.device();
    await device.register({ deviceId: 'clock' });
    const ack = await device.send(1, [
      { topic: 'time/d', payload: telemetry, eventTime: { seconds: 300_000_000_000 } },
      { topic: 'time/d', payload: telemetry, eventTime: { seconds: 1_700_000_000 } },
    ]);
    expect(ack.sequences.map(Number)).toEqual([0, 1]);
    expect(ack.error).toMatch(/item 0: event_time .* outside the timestamp range/);
    device.cancel();
  });

  it('Publish refuses a missing or empty payload', async () => {
    await invalidArgument(client.publish({ topic: 'a/b' }), /has no payload: set one of payload.telemetry/);
    await invalidArgument(client.publish({ topic: 'a/b', payload: {} }), /has no payload/);
  });

  it('Publish refuses a typed payload without a type_url', async () => {
    await invalidArgument(
      client.publish({ topic: 'a/b', payload: { typed: { value: new Uint8Array([1]) } } }),
      /no type_url/
    );
  });

  it('Publish refuses a message over the size limit with INVALID_ARGUMENT and numbers nothing', async () => {
    await invalidArgument(
      client.publish({ topic: 'big/t', payload: { raw: new Uint8Array(MAX_MESSAGE) } }),
      /bytes encoded; the limit is 2048 bytes/
    );
    expect((await client.listTopics('big/#')).topics).toEqual([]);
    expect(Number((await client.publish({ topic: 'big/t', payload: { raw: new Uint8Array(100) } })).sequence)).toBe(1);
  });

  it('refuses a gRPC message over the receive limit with RESOURCE_EXHAUSTED', async () => {
    const failure = await codeOf(
      client.publish({ topic: 'huge/t', payload: { raw: new Uint8Array(MAX_RECEIVE * 2) } })
    );
    expect(failure.code).toBe(grpc.status.RESOURCE_EXHAUSTED);
  });

  it('answers bytes that are not a valid protobuf message with INVALID_ARGUMENT', async () => {
    // Field 15 with wire type 7, which does not exist: no protobuf decoder can read this.
    const malformed = Buffer.from([0x7f, 0x01]);
    const call = (method: string) =>
      new Promise((resolve, reject) =>
        client.client.makeUnaryRequest(
          `/iot.broker.v1.Broker/${method}`,
          (bytes: Buffer) => bytes,
          (bytes: Buffer) => bytes,
          malformed,
          new grpc.Metadata(),
          {},
          (err, value) => (err ? reject(err) : resolve(value))
        )
      );
    await invalidArgument(call('Publish'), /PublishRequest is not a valid protobuf message/);
    await invalidArgument(call('Command'), /CommandRequest is not a valid protobuf message/);
    await invalidArgument(call('ListTopics'), /ListTopicsRequest is not a valid protobuf message/);
    await invalidArgument(call('ListDevices'), /ListDevicesRequest is not a valid protobuf message/);
    await invalidArgument(call('GetInfo'), /GetInfoRequest is not a valid protobuf message/);
  });

  it('answers an undecodable device message with a SessionError and keeps the session', async () => {
    const stream = client.client.makeBidiStreamRequest(
      '/iot.broker.v1.Broker/Connect',
      (bytes: Buffer) => bytes,
      (bytes: Buffer) => bytes,
      new grpc.Metadata(),
      {}
    );
    const received: Buffer[] = [];
    stream.on('data', (bytes: Buffer) => received.push(bytes));
    stream.write(Buffer.from([0x7f, 0x01]));
    stream.write(Buffer.from([0x0a, 0x04, 0x0a, 0x02, 0x64, 0x31])); // register { device_id: "d1" }
    const { iot } = await import('../../common/proto');
    const deadline = Date.now() + 5_000;
    while (received.length < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const [first, second] = received.map((bytes) => iot.broker.v1.BrokerMessage.decode(bytes));
    expect(first.error?.category).toBe('validation');
    expect(first.error?.message).toMatch(/not valid protobuf/);
    expect(second.registered?.deviceId).toBe('d1');
    stream.on('error', () => undefined);
    stream.cancel();
  });

  it('refuses a telemetry batch over the item limit in its Ack', async () => {
    const device = client.device();
    await device.register({ deviceId: 'batcher' });
    const items = Array.from({ length: 6 }, () => ({ topic: 'b/t', payload: { telemetry: { values: { v: 1 } } } }));
    const ack = await device.send(1, items);
    expect(ack.sequences.map(Number)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(ack.error).toMatch(/6 items; the limit is 5/);
    const ok = await device.send(2, items.slice(0, 5));
    expect(ok.sequences.map(Number)).toEqual([1, 2, 3, 4, 5]);
    device.cancel();
  });

  it('refuses an oversize item in a batch and accepts the rest', async () => {
    const device = client.device();
    await device.register({ deviceId: 'sizer' });
    const ack = await device.send(1, [
      { topic: 's/t', payload: { raw: new Uint8Array(10) } },
      { topic: 's/t', payload: { raw: new Uint8Array(MAX_MESSAGE) } },
      { topic: 's/t', payload: { raw: new Uint8Array(10) } },
    ]);
    expect(ack.sequences.map(Number)).toEqual([1, 0, 2]);
    expect(ack.error).toMatch(/item 1: .*limit is 2048 bytes/);
    device.cancel();
  });

  it('refuses ListTopics with an invalid filter and Command without a device or name', async () => {
    await invalidArgument(client.listTopics('a/#/b'), /'#' must stand alone/);
    await invalidArgument(client.command({ deviceId: '', name: 'ping' }), /device_id is empty/);
    await invalidArgument(client.command({ deviceId: 'd', name: '' }), /command name is empty/);
  });
});
