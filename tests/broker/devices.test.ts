import * as grpc from '@grpc/grpc-js';
import { startBroker, type StartedBroker } from '../helpers/broker';
import { codeOf, kindOf, TestClient, waitFor } from './support';

describe('device sessions and commands', () => {
  let broker: StartedBroker;
  let client: TestClient;

  beforeEach(async () => {
    broker = await startBroker({ heartbeatIntervalMs: 200, heartbeatMisses: 2 });
    client = new TestClient(broker.target);
  });

  afterEach(async () => {
    client.close();
    await broker.close();
  });

  it('registers, publishes telemetry batches and acknowledges them with sequences', async () => {
    const device = client.device();
    const registered = await device.register({
      deviceId: 'd1',
      metadata: { model: 'x' },
      topics: ['plant/d1/#'],
      heartbeatIntervalMs: 1_000,
    });
    expect(registered).toMatchObject({ deviceId: 'd1', heartbeatIntervalMs: 1_000 });
    const subscription = client.subscribe({ filter: 'plant/#' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    const ack = await device.send(7, [
      {
        topic: 'plant/d1/temperature',
        payload: { telemetry: { values: { celsius: 20 } } },
        eventTime: { seconds: 1_700_000_000 },
      },
      { topic: 'plant/d1/temperature', payload: { telemetry: { values: { celsius: 21 } } } },
      { topic: 'plant/d1/status', payload: { json: { fields: { state: { stringValue: 'ok' } } } } },
    ]);
    expect(Number(ack.batchId)).toBe(7);
    expect(ack.sequences.map(Number)).toEqual([1, 2, 1]);
    expect(ack.error).toBe('');
    const received = await subscription.waitForCount(3);
    expect(received.map((envelope) => envelope.deviceId)).toEqual(['d1', 'd1', 'd1']);
    expect(Number(received[0].eventTime?.seconds)).toBe(1_700_000_000);
    expect(kindOf(received[2])).toBe('json');
    subscription.cancel();
    device.cancel();
  });

  it('refuses bad items in the Ack with an error and keeps the session going', async () => {
    const device = client.device();
    await device.register({ deviceId: 'd2', topics: ['plant/d2/#'] });
    const ack = await device.send(1, [
      { topic: 'plant/d2/ok', payload: { telemetry: { values: { v: 1 } } } },
      { topic: 'elsewhere/x', payload: { telemetry: { values: { v: 2 } } } },
      { topic: 'plant/d2/nopayload' },
      { topic: 'plant/d2/+', payload: { raw: new Uint8Array([1]) } },
      { topic: '', payload: { raw: new Uint8Array([1]) } },
    ]);
    expect(ack.sequences.map(Number)).toEqual([1, 0, 0, 0, 0]);
    expect(ack.error).toMatch(/item 1: .*outside the topics this device registered/);
    const next = await device.send(2, [{ topic: 'plant/d2/ok', payload: { telemetry: { values: { v: 3 } } } }]);
    expect(next.sequences.map(Number)).toEqual([2]);
    device.cancel();
  });

  it('answers telemetry before registration with an Ack refusing every item', async () => {
    const device = client.device();
    const ack = await device.send(1, [{ topic: 'a/b', payload: { raw: new Uint8Array([1]) } }]);
    expect(ack.sequences.map(Number)).toEqual([0]);
    expect(ack.error).toMatch(/register first/);
    // The session carries on: registering now works.
    await device.register({ deviceId: 'late' });
    device.cancel();
  });

  it('routes a command to the device and correlates its result', async () => {
    const device = client.device();
    await device.register({ deviceId: 'pump-1', topics: ['pumps/#'] });
    device.onCommand = (command) => ({
      commandId: command.commandId,
      ok: true,
      result: {
        json: {
          fields: {
            echoed: { stringValue: command.name },
            speed: { numberValue: command.payload?.json?.fields?.speed?.numberValue ?? 0 },
          },
        },
      },
    });
    const result = await client.command({
      deviceId: 'pump-1',
      name: 'set_speed',
      payload: { json: { fields: { speed: { numberValue: 5 } } } },
    });
    expect(result.ok).toBe(true);
    expect(result.deviceId).toBe('pump-1');
    expect(result.commandId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.result?.json?.fields?.echoed?.stringValue).toBe('set_speed');
    expect(result.result?.json?.fields?.speed?.numberValue).toBe(5);
    expect(result.roundTripMs).toBeGreaterThanOrEqual(0);
    device.cancel();
  });

  it('passes a device refusal back as ok=false with its error', async () => {
    const device = client.device();
    await device.register({ deviceId: 'pump-2' });
    device.onCommand = (command) => ({ commandId: command.commandId, ok: false, error: 'valve stuck' });
    const result = await client.command({ deviceId: 'pump-2', name: 'open' });
    expect(result).toMatchObject({ ok: false, error: 'valve stuck' });
    device.cancel();
  });

  it('answers NOT_FOUND for an unknown device and UNAVAILABLE for an offline one', async () => {
    const unknown = await codeOf(client.command({ deviceId: 'ghost', name: 'ping' }));
    expect(unknown.code).toBe(grpc.status.NOT_FOUND);
    expect(unknown.details).toMatch(/no device "ghost"/);

    const device = client.device();
    await device.register({ deviceId: 'gone' });
    device.end();
    await waitFor(
      () => broker.server.devices.get('default', 'gone')?.session === undefined,
      'the device to disconnect'
    );
    const offline = await codeOf(client.command({ deviceId: 'gone', name: 'ping' }));
    expect(offline.code).toBe(grpc.status.UNAVAILABLE);
    expect(offline.details).toMatch(/offline/);
  });

  it('answers DEADLINE_EXCEEDED when the device does not answer within the call deadline', async () => {
    const device = client.device();
    await device.register({ deviceId: 'slow' });
    const failure = await codeOf(client.command({ deviceId: 'slow', name: 'ping' }, 300));
    expect(failure.code).toBe(grpc.status.DEADLINE_EXCEEDED);
    const command = await device.next('command');
    expect(command.command?.name).toBe('ping');
    expect(Number(command.command?.deadline?.seconds)).toBeGreaterThan(0);
    device.cancel();
  });

  it('fails a waiting command with UNAVAILABLE when its device disconnects', async () => {
    const device = client.device();
    await device.register({ deviceId: 'flaky' });
    device.onCommand = () => {
      device.cancel();
      return undefined;
    };
    const failure = await codeOf(client.command({ deviceId: 'flaky', name: 'ping' }));
    expect(failure.code).toBe(grpc.status.UNAVAILABLE);
    expect(failure.details).toMatch(/disconnected before answering/);
  });

  it('marks a silent device disconnected after its missed heartbeats, and keeps a chatty one', async () => {
    const silent = client.device();
    await silent.register({ deviceId: 'silent', heartbeatIntervalMs: 100 });
    const chatty = client.device();
    await chatty.register({ deviceId: 'chatty', heartbeatIntervalMs: 100 });
    const beat = setInterval(() => chatty.call.write({ heartbeat: {} }), 40);
    try {
      const error = await silent.next('error', 3_000);
      expect(error.error?.category).toBe('timeout');
      await waitFor(() => silent.error !== undefined, 'the silent session to end');
      expect(silent.error?.code).toBe(grpc.status.DEADLINE_EXCEEDED);
      const devices = await client.listDevices();
      const byId = Object.fromEntries(devices.devices.map((device) => [device.deviceId, device]));
      expect(byId.silent.connected).toBe(false);
      expect(byId.chatty.connected).toBe(true);
      expect(Number(byId.chatty.lastHeartbeat?.seconds)).toBeGreaterThan(0);
    } finally {
      clearInterval(beat);
      chatty.cancel();
    }
  });

  it("applies a device's own heartbeat timeout from its first interval, not the broker's default", async () => {
    // The broker's default allowance (30 s) must not delay the timeout of a device that asked for 100 ms.
    const slowDefault = await startBroker({ heartbeatIntervalMs: 10_000, heartbeatMisses: 3 });
    const local = new TestClient(slowDefault.target);
    try {
      const silent = local.device();
      await silent.register({ deviceId: 'quiet', heartbeatIntervalMs: 100 });
      const error = await silent.next('error', 5_000);
      expect(error.error?.message).toMatch(/heartbeat timeout 300 ms/);
      await waitFor(() => silent.error !== undefined, 'the silent session to end');
      expect((await local.listDevices()).devices.find((device) => device.deviceId === 'quiet')?.connected).toBe(false);
    } finally {
      local.close();
      await slowDefault.close();
    }
  });

  it('lists devices with their metadata and topics; a second session for the same id replaces the first', async () => {
    const first = client.device();
    await first.register({ deviceId: 'twin', metadata: { rev: '1' }, topics: ['t/#'] });
    const second = client.device();
    await second.register({ deviceId: 'twin', metadata: { rev: '2' }, topics: ['t/#', 'u/+'] });
    await waitFor(() => first.error !== undefined, 'the first session to be replaced');
    expect(first.error?.code).toBe(grpc.status.ABORTED);
    const { devices } = await client.listDevices();
    expect(devices).toHaveLength(1);
    expect(devices[0]).toMatchObject({
      deviceId: 'twin',
      connected: true,
      metadata: { rev: '2' },
      topics: ['t/#', 'u/+'],
    });
    second.cancel();
  });

  it('refuses an invalid registration with a SessionError and accepts a valid one after it', async () => {
    const device = client.device();
    device.call.write({ register: { deviceId: 'bad/id' } });
    const error = await device.next('error');
    expect(error.error).toMatchObject({ category: 'validation' });
    expect(error.error?.message).toMatch(/device id/);
    device.call.write({ register: { deviceId: 'ok-id', topics: ['a/#/b'] } });
    expect((await device.next('error')).error?.message).toMatch(/'#' must stand alone/);
    const many = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, 'v']));
    device.call.write({ register: { deviceId: 'ok-id', metadata: many } });
    expect((await device.next('error')).error?.message).toMatch(/65 metadata entries; the limit is 64/);
    device.call.write({ register: { deviceId: 'ok-id', metadata: { note: 'x'.repeat(2_000) } } });
    expect((await device.next('error')).error?.message).toMatch(/metadata "note" is too large/);
    await device.register({ deviceId: 'ok-id' });
    device.cancel();
  });
});
